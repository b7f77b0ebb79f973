"""The compliance archive: every consent event copied from the Redis ledger into SQL.

Redis stays the fast path (the webhook and the checks never read SQL); the archive is the
record kept for years. ``archive_now`` copies and trims, ``full_history`` reads both.

Every row is sealed in its shard's hash chain (``sealing``); ``verify`` walks the chains.
An erasure calls ``Archive.redact`` (or ``redact_event`` on an event not yet archived): the
personal fields (``PERSONAL_FIELDS``) go, their keyed digests stay, the chain still verifies.
ERASURE_PEPPER keys those digests: from the environment, or on a development machine from
the dev-secrets file ``optout run`` writes (``config.dev.erasure_pepper``); unset, nothing
is archived (``PepperMissing``) and nothing trimmed, so no event is lost meanwhile.
"""

from __future__ import annotations

import threading

from app.archive.copier import ArchiveRun, archive_now, copy_new_events, trim_archived
from app.archive.history import full_history
from app.archive.sealing import PERSONAL_FIELDS, Pepper, PepperMissing, redact_event
from app.archive.source import ShardedLedger
from app.archive.store import Archive, ChainHead
from config import Settings
from config.dev import erasure_pepper

__all__ = [
    "PERSONAL_FIELDS", "Archive", "ArchiveRun", "ChainHead", "Pepper", "PepperMissing",
    "ShardedLedger", "archive_for", "archive_now", "close_archives", "copy_new_events",
    "full_history", "redact_event", "trim_archived",
]  # fmt: skip

_lock = threading.Lock()
_archives: dict[str, Archive] = {}


def archive_for(settings: Settings) -> Archive:
    """The process's archive for ``settings`` (ARCHIVE_URL or the SQLite default), opened
    once per URL. Opening connects to nothing: the first query does."""
    url = settings.archive_database_url
    pepper = Pepper.of(erasure_pepper(settings))
    with _lock:
        if url not in _archives:
            _archives[url] = Archive.open(url, pepper)
        elif pepper is not None:
            _archives[url].pepper = pepper
        return _archives[url]


def close_archives() -> None:
    """Close every archive this process opened."""
    with _lock:
        for archive in _archives.values():
            archive.close()
        _archives.clear()
