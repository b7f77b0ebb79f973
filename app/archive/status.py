"""Whether the archive database answers, as the health page tells it.

The archive is secondary: the STOP path never waits for it. When it cannot be reached (the
migration at start, an archive run), the first failure's time and a plain reason are kept
on the queue Redis until a run succeeds, so health can say "archive unreachable since ...".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import redis
import sqlalchemy as sa

from app.store.keys import ARCHIVE_UNREACHABLE


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
