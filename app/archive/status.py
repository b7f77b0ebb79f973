"""Whether the archive database answers, as the health page tells it.

The archive is secondary: the STOP path never waits for it. When it cannot be reached (the
migration at start, an archive run), the first failure's time and a plain reason are kept
on the queue Redis until a run succeeds, so health can say "archive unreachable since ...".
``MigrationRetry`` keeps trying the migration ``optout run`` could not do at start.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial

import redis
import sqlalchemy as sa

from app.store.keys import ARCHIVE_UNREACHABLE

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Unreachable:
    """Since when the archive has not answered, and the last reason why."""

    since: str
    reason: str


def plain_reason(exc: BaseException) -> str:
    """What a database error says, in one line: the driver's own message (no SQL, no
    parameters: they may hold message bodies), else the exception's first line."""
    orig = getattr(exc, "orig", None) if isinstance(exc, sa.exc.DBAPIError) else None
    text = str(orig if orig is not None else exc).strip()
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if isinstance(exc, sa.exc.StatementError) and orig is None:
        first = first.split("[SQL:", 1)[0].strip()
    return first[:300] or type(exc).__name__


def is_unreachable(exc: BaseException) -> bool:
    """True for an error that means the database did not answer (not a refused row)."""
    return isinstance(exc, sa.exc.OperationalError | sa.exc.InterfaceError) or (
        isinstance(exc, sa.exc.DBAPIError) and exc.connection_invalidated)


def mark_unreachable(client: redis.Redis, reason: str) -> None:
    """Note that the archive did not answer now (the first time is kept)."""
    now = datetime.now(UTC).isoformat(timespec="seconds")
    pipe = client.pipeline()
    pipe.hsetnx(ARCHIVE_UNREACHABLE, "since", now)
    pipe.hset(ARCHIVE_UNREACHABLE, "reason", reason)
    pipe.execute()


def mark_reachable(client: redis.Redis) -> None:
    """The archive answered: forget any failure."""
    client.delete(ARCHIVE_UNREACHABLE)


def unreachable(client: redis.Redis) -> Unreachable | None:
    """Since when and why the archive has not answered; None when it has."""
    raw = client.hgetall(ARCHIVE_UNREACHABLE)
    if not raw:
        return None
    values = {(k.decode() if isinstance(k, bytes) else k): (v.decode() if isinstance(v, bytes)
              else v) for k, v in raw.items()}
    return Unreachable(values.get("since", "?"), values.get("reason", ""))


class MigrationRetry:
    """Migrates the archive in a background thread until it succeeds, so that ``optout
    run`` starts everything else while the archive database is down. Each failure is
    logged at WARNING (the first at ERROR by the caller) and kept for health."""

    def __init__(self, migrate: Callable[[], object], redis_url: str, *,
                 first_delay: float = 2.0, max_delay: float = 60.0) -> None:
        self._migrate = migrate
        self._client = redis.Redis.from_url(redis_url)
        self._delay = first_delay
        self._max_delay = max_delay
        self._stop = threading.Event()
        self.done = threading.Event()
        self._thread = threading.Thread(target=self._run, name="optout-archive-migration",
                                        daemon=True)

    def start(self) -> MigrationRetry:
        """Start retrying; returns self."""
        self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        """Stop retrying (at shutdown)."""
        self._stop.set()
        self._thread.join(timeout)

    def _run(self) -> None:
        try:
            self._retry()
        finally:
            self._client.close()

    def _retry(self) -> None:
        while not self._stop.wait(self._delay):
            try:
                self._migrate()
            except sa.exc.SQLAlchemyError as exc:
                reason = plain_reason(exc)
                log.warning("archive migration failed again (next try in %.0fs): %s",
                            min(self._delay * 2, self._max_delay), reason)
                self._note(partial(mark_unreachable, self._client, reason))
                self._delay = min(self._delay * 2, self._max_delay)
                continue
            log.warning("archive migrated after all: the archive job copies what waited")
            self._note(partial(mark_reachable, self._client))
            self.done.set()
            return

    @staticmethod
    def _note(write: Callable[[], None]) -> None:
        try:
            write()
        except redis.RedisError as exc:  # health only: never stop retrying for it
            log.warning("could not record the archive's state for health: %s", exc)
