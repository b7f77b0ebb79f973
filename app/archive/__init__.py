"""The compliance archive: every consent event copied from the Redis ledger into SQL.

Redis stays the fast path (the webhook and the checks never read SQL); the archive is the
record kept for years. ``archive_now`` copies and trims, ``full_history`` reads both.
"""

from __future__ import annotations

import threading

from app.archive.copier import ArchiveRun, archive_now, copy_new_events, trim_archived
from app.archive.history import full_history
from app.archive.source import ShardedLedger
from app.archive.store import Archive
from config import Settings

__all__ = [
    "Archive", "ArchiveRun", "ShardedLedger", "archive_for", "archive_now",
    "close_archives", "copy_new_events", "full_history", "trim_archived",
]  # fmt: skip

_lock = threading.Lock()
_archives: dict[str, Archive] = {}


def archive_for(settings: Settings) -> Archive:
    """The process's archive for ``settings`` (ARCHIVE_URL or the SQLite default), opened
    once per URL. Opening connects to nothing: the first query does."""
    url = settings.archive_database_url
    with _lock:
        if url not in _archives:
            _archives[url] = Archive.open(url)
        return _archives[url]


def close_archives() -> None:
    """Close every archive this process opened."""
    with _lock:
        for archive in _archives.values():
            archive.close()
        _archives.clear()
