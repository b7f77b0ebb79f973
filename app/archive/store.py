"""Reading and writing the archive: idempotent inserts, per-shard cursors, a number's events."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Engine, make_url

from app.archive.db import create_archive_engine, migrate
from app.archive.models import ArchivedEvent
from app.archive.models import consent_events as table


def split_id(ledger_id: str) -> tuple[int, int]:
    """``"1700000000000-3"`` -> (1700000000000, 3)."""
    ms, _, seq = ledger_id.partition("-")
    return int(ms), int(seq or 0)


def parse_time(value: object) -> datetime | None:
    """An ISO-8601 time as an aware UTC datetime (naive means UTC); None if not one."""
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def _row(shard: int, event: dict[str, Any], now: datetime) -> dict[str, Any]:
    ledger_id = str(event["id"])
    ms, seq = split_id(ledger_id)
    return {
        "shard": shard, "ledger_ms": ms, "ledger_seq": seq, "ledger_id": ledger_id,
        "number": event.get("number") or "", "sender": event.get("sender") or None,
        "kind": event.get("kind") or "", "scope": event.get("scope") or None,
        "source": event.get("source") or None, "channel": event.get("channel") or None,
        "keyword": event.get("keyword") or None, "language": event.get("language") or None,
        "body": event.get("body") or None, "note": event.get("note") or None,
        "message_sid": event.get("message_sid") or None, "status": event.get("status") or None,
        "recorded_at": datetime.fromtimestamp(ms / 1000, UTC),
        "occurred_at": parse_time(event.get("occurred_at")),
        "archived_at": now,
        "event": {**event, "shard": shard},
    }  # fmt: skip


class Archive:
    """The consent events archived so far, in one SQL database."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._ready = False
        dialect = engine.dialect.name
        if dialect == "postgresql":
            self._insert: Any = postgresql.insert
        elif dialect == "sqlite":
            self._insert = sqlite.insert
        else:
            raise ValueError(f"the archive supports PostgreSQL and SQLite, not {dialect}")

    @classmethod
    def open(cls, url: str) -> Archive:
        """The archive at ``url`` (SQLAlchemy URL; ``postgresql://`` uses psycopg 3)."""
        return cls(create_archive_engine(url))

    def close(self) -> None:
        """Close the connection pool."""
        self.engine.dispose()

    def migrate(self) -> tuple[str | None, str]:
        """Apply the schema's migrations; returns (revision before, revision now)."""
        result = migrate(self.engine)
        self._ready = True
        return result

    def ready(self) -> bool:
        """True once the schema exists. An SQLite file that does not exist is not created."""
        if self._ready:
            return True
        url = self.engine.url
        database = url.database or ""
        if url.get_backend_name() == "sqlite" and database not in ("", ":memory:") \
                and not Path(database).exists():
            return False
        self._ready = sa.inspect(self.engine).has_table(ArchivedEvent.__tablename__)
        return self._ready

    def cursor(self, shard: int) -> str | None:
        """The highest ledger id archived from ``shard`` (None when none is)."""
        query = (sa.select(table.c.ledger_id).where(table.c.shard == shard)
                 .order_by(table.c.ledger_ms.desc(), table.c.ledger_seq.desc()).limit(1))
        with self.engine.connect() as conn:
            return conn.execute(query).scalar_one_or_none()

    def insert(self, shard: int, events: Iterable[dict[str, Any]]) -> int:
        """Archive ``events`` of ``shard`` in one transaction; an id already archived is
        skipped (ON CONFLICT DO NOTHING). Returns how many rows were new."""
        now = datetime.now(UTC)
        rows = [_row(shard, event, now) for event in events]
        if not rows:
            return 0
        statement = self._insert(table).on_conflict_do_nothing(
            index_elements=["shard", "ledger_id"])
        # The rows this call inserted carry its ``archived_at``: counted in the same
        # transaction (psycopg's pipelined executemany reports no rowcount).
        inserted = sa.select(sa.func.count()).select_from(table).where(
            table.c.shard == shard, table.c.ledger_id.in_([r["ledger_id"] for r in rows]),
            table.c.archived_at == now)
        with self.engine.begin() as conn:
            conn.execute(statement, rows)
            return int(conn.execute(inserted).scalar_one())

    def archived(self, shard: int, ids: list[str]) -> set[str]:
        """Which of ``ids`` (of ``shard``) are in the archive."""
        if not ids:
            return set()
        query = sa.select(table.c.ledger_id).where(
            table.c.shard == shard, table.c.ledger_id.in_(ids))
        with self.engine.connect() as conn:
            return set(conn.execute(query).scalars())

    def events_of(self, number: str) -> list[dict[str, Any]]:
        """Every archived event of ``number`` (E.164), oldest first, each with ``shard``."""
        query = (sa.select(table.c.event).where(table.c.number == number)
                 .order_by(table.c.ledger_ms, table.c.ledger_seq, table.c.shard))
        with self.engine.connect() as conn:
            return list(conn.execute(query).scalars())

    def events(self, shard: int) -> Iterator[dict[str, Any]]:
        """Every archived event of ``shard``, in ledger order (rebuild)."""
        query = (sa.select(table.c.event).where(table.c.shard == shard)
                 .order_by(table.c.ledger_ms, table.c.ledger_seq))
        with self.engine.connect() as conn:
            yield from conn.execution_options(yield_per=5000).execute(query).scalars()

    def events_after(self, shard: int, after: str, limit: int) -> list[dict[str, Any]]:
        """Up to ``limit`` archived events of ``shard`` above the id ``after``, in order."""
        ms, seq = split_id(after)
        query = (sa.select(table.c.event).where(
            table.c.shard == shard,
            sa.or_(table.c.ledger_ms > ms,
                   sa.and_(table.c.ledger_ms == ms, table.c.ledger_seq > seq)))
            .order_by(table.c.ledger_ms, table.c.ledger_seq).limit(limit))
        with self.engine.connect() as conn:
            return list(conn.execute(query).scalars())

    def ids(self, shard: int) -> list[str]:
        """Every archived id of ``shard`` in ledger order (for checks and tests)."""
        query = (sa.select(table.c.ledger_id).where(table.c.shard == shard)
                 .order_by(table.c.ledger_ms, table.c.ledger_seq))
        with self.engine.connect() as conn:
            return list(conn.execute(query).scalars())

    def count(self) -> int:
        """How many events are archived."""
        with self.engine.connect() as conn:
            return int(conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one())

    def describe(self) -> str:
        """The database, password hidden."""
        return make_url(self.engine.url).render_as_string(hide_password=True)
