"""Reading and writing the archive: idempotent sealed inserts, per-shard cursors and chain
heads, a number's events, redaction."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Engine, make_url

from app.archive.db import create_archive_engine, migrate
from app.archive.models import ArchivedEvent
from app.archive.models import consent_events as table
from app.archive.sealing import (
    GENESIS,
    PERSONAL_FIELDS,
    Pepper,
    PepperMissing,
    redact_event,
    seal,
)
from app.consent.events import split_id
from app.text import CONTROL, escape_controls

log = logging.getLogger(__name__)
# Any fixed 64-bit number (plus the shard): serialises two copiers sealing one shard.
_SEAL_LOCK = 0x6F70745365616C00
# Columns that repeat a field of the event (search and sort); an erasure empties them too.
PERSONAL_COLUMNS = {"number": "", "body": None, "note": None}


def parse_time(value: object) -> datetime | None:
    """An ISO-8601 time as an aware UTC datetime (naive means UTC); None if not one."""
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def escaped(event: dict[str, Any]) -> dict[str, Any]:
    """``event`` as the archive can hold it: control characters (which entered before the
    entry points refused them; PostgreSQL's text cannot hold a NUL) are written out as
    ``\\uXXXX``, and ``escaped`` names the fields that were, so one event never stops the
    copy of all that follow."""
    fields = sorted(name for name, value in event.items()
                    if isinstance(value, str) and CONTROL.search(value))
    if not fields:
        return event
    return {**{name: escape_controls(value) if isinstance(value, str) else value
               for name, value in event.items()}, "escaped": ",".join(fields)}


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


@dataclass(frozen=True)
class ChainHead:
    """The last sealed row of a shard's chain: what a signed report carries."""

    shard: int
    ledger_id: str
    hash: str
    rows: int

    def as_dict(self) -> dict[str, object]:
        """Plain data for JSON."""
        return {"shard": self.shard, "ledger_id": self.ledger_id, "hash": self.hash,
                "rows": self.rows}


def _with_hash(event: dict[str, Any], row_hash: str | None) -> dict[str, Any]:
    return {**event, "hash": row_hash} if row_hash else event


class Archive:
    """The consent events archived so far, in one SQL database. ``pepper`` (ERASURE_PEPPER)
    keys the personal-field digests of the hash chain: without it nothing can be archived."""

    def __init__(self, engine: Engine, pepper: Pepper | None = None) -> None:
        self.engine = engine
        self.pepper = pepper
        self._ready = False
        dialect = engine.dialect.name
        if dialect == "postgresql":
            self._insert: Any = postgresql.insert
        elif dialect == "sqlite":
            self._insert = sqlite.insert
        else:
            raise ValueError(f"the archive supports PostgreSQL and SQLite, not {dialect}")

    @classmethod
    def open(cls, url: str, pepper: Pepper | None = None) -> Archive:
        """The archive at ``url`` (SQLAlchemy URL; ``postgresql://`` uses psycopg 3)."""
        return cls(create_archive_engine(url), pepper)

    def require_pepper(self) -> Pepper:
        """The pepper, or PepperMissing."""
        if self.pepper is None:
            raise PepperMissing("ERASURE_PEPPER is not set: the archive seals every row with "
                                "it (see README, 'Archive and evidence')")
        return self.pepper

    def close(self) -> None:
        """Close the connection pool."""
        self.engine.dispose()

    def migrate(self) -> tuple[str | None, str]:
        """Apply the schema's migrations; returns (revision before, revision now)."""
        result = migrate(self.engine)
        self._ready = True
        if self.pepper is not None:
            for shard in self.shards():
                with self.engine.begin() as conn:
                    self._seal_unsealed(conn, shard)
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
        """Archive ``events`` of ``shard`` (in ledger order) in one transaction, each sealed
        after the shard's chain head; an id at or below the head is already archived and is
        skipped. Returns how many rows were new.

        Raises:
            PepperMissing: no ERASURE_PEPPER; nothing was written.
        """
        pepper = self.require_pepper()
        now = datetime.now(UTC)
        ordered = sorted((escaped(e) for e in events), key=lambda e: split_id(str(e["id"])))
        if not ordered:
            return 0
        with self.engine.begin() as conn:
            self._lock(conn, shard)
            head = self._head(conn, shard)
            if head is not None and not head.hash:  # rows archived before the chain
                self._seal_unsealed(conn, shard)
                head = self._head(conn, shard)
            prev = head.hash if head else GENESIS
            floor = split_id(head.ledger_id) if head else (-1, -1)
            rows = []
            for event in ordered:
                ledger_id = str(event["id"])
                if split_id(ledger_id) <= floor:
                    continue  # archived by an earlier or concurrent run
                sealed = seal(shard, ledger_id, event, pepper, prev)
                prev = sealed.hash
                rows.append({**_row(shard, event, now), "hash": sealed.hash,
                             "prev_hash": sealed.prev_hash, "digests": sealed.digests,
                             "seal_key": sealed.key_id})
            if rows:
                conn.execute(self._insert(table).on_conflict_do_nothing(
                    index_elements=["shard", "ledger_id"]), rows)
            return len(rows)

    def _lock(self, conn: sa.Connection, shard: int) -> None:
        """Serialise sealing of one shard (PostgreSQL; SQLite has one writer anyway)."""
        if conn.dialect.name == "postgresql":
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"),
                         {"key": _SEAL_LOCK + shard})

    def _head(self, conn: sa.Connection, shard: int) -> ChainHead | None:
        query = (sa.select(table.c.ledger_id, table.c.hash).where(table.c.shard == shard)
                 .order_by(table.c.ledger_ms.desc(), table.c.ledger_seq.desc()).limit(1))
        found = conn.execute(query).first()
        if found is None or found.hash is None:
            return None if found is None else ChainHead(shard, found.ledger_id, "", 0)
        return ChainHead(shard, found.ledger_id, found.hash, 0)

    def _seal_unsealed(self, conn: sa.Connection, shard: int) -> int:
        """Seal, in ledger order, the rows archived before the chain existed (a prefix of the
        shard: the chain is sealed to its end once its last row is). Returns how many."""
        head = self._head(conn, shard)
        if head is None or head.hash:
            return 0
        pepper = self.require_pepper()
        self._lock(conn, shard)
        rows = conn.execute(
            sa.select(table.c.ledger_id, table.c.event, table.c.hash)
            .where(table.c.shard == shard)
            .order_by(table.c.ledger_ms, table.c.ledger_seq)).all()
        prev, count = GENESIS, 0
        for row in rows:
            if row.hash is not None:
                prev = row.hash
                continue
            sealed = seal(shard, row.ledger_id, row.event, pepper, prev)
            prev = sealed.hash
            conn.execute(sa.update(ArchivedEvent).where(table.c.shard == shard,
                                                table.c.ledger_id == row.ledger_id),
                         {"hash": sealed.hash, "prev_hash": sealed.prev_hash,
                          "digests": sealed.digests, "seal_key": sealed.key_id})
            count += 1
        log.info("archive: sealed %d rows of shard %d archived before the hash chain",
                 count, shard)
        return count

    def head(self, shard: int) -> ChainHead | None:
        """The shard's chain head (its last sealed row) and how many rows it holds."""
        count = sa.select(sa.func.count()).select_from(table).where(table.c.shard == shard)
        with self.engine.connect() as conn:
            head = self._head(conn, shard)
            if head is None or not head.hash:
                return None
            return ChainHead(shard, head.ledger_id, head.hash,
                             int(conn.execute(count).scalar_one()))

    def seal_of(self, shard: int) -> dict[str, Any]:
        """What a report carries to be checked against the archive later: the shard's chain
        head now (None while nothing is archived) and how to check it."""
        head = self.head(shard) if self.ready() else None
        return {"chain_head": head.as_dict() if head else None,
                "hash": "SHA-256 over canonical JSON, each row after the one before it in its "
                        "shard (README: Archive and evidence)",
                "check": "optout verify --report <this report as JSON>"}

    def shards(self) -> list[int]:
        """The shards the archive holds rows of."""
        with self.engine.connect() as conn:
            return sorted(conn.execute(sa.select(table.c.shard).distinct()).scalars())

    def redact(self, shard: int, ledger_ids: list[str]) -> int:
        """Delete the personal fields (PERSONAL_FIELDS) of these rows, from the event and
        from the columns that repeat them, keeping the hash chain and the digests: the
        rows still verify. What an erasure calls; returns how many rows it changed."""
        if not ledger_ids:
            return 0
        changed = 0
        with self.engine.begin() as conn:
            found = conn.execute(sa.select(table.c.ledger_id, table.c.event).where(
                table.c.shard == shard, table.c.ledger_id.in_(ledger_ids))).all()
            for row in found:
                if not any(name in row.event for name in PERSONAL_FIELDS):
                    continue
                conn.execute(sa.update(ArchivedEvent).where(table.c.shard == shard,
                                                    table.c.ledger_id == row.ledger_id),
                             {"event": redact_event(row.event), **PERSONAL_COLUMNS})
                changed += 1
        return changed

    def redact_number(self, number: str) -> int:
        """Redact every row of ``number`` (``redact``): what an erasure calls. Idempotent:
        a redacted row no longer names the number, so a second call changes nothing. The
        number's keyed digest stays in each row's ``digests["number"]``
        (``Pepper.digest("number", number)``)."""
        return sum(self.redact(shard, ids) for shard, ids in self.rows_of(number).items())

    def rows_of(self, number: str) -> dict[int, list[str]]:
        """Ledger ids of ``number``'s rows by shard (what an erasure redacts)."""
        query = sa.select(table.c.shard, table.c.ledger_id).where(table.c.number == number)
        out: dict[int, list[str]] = {}
        with self.engine.connect() as conn:
            for shard, ledger_id in conn.execute(query):
                out.setdefault(shard, []).append(ledger_id)
        return out

    def archived(self, shard: int, ids: list[str]) -> set[str]:
        """Which of ``ids`` (of ``shard``) are in the archive."""
        if not ids:
            return set()
        query = sa.select(table.c.ledger_id).where(
            table.c.shard == shard, table.c.ledger_id.in_(ids))
        with self.engine.connect() as conn:
            return set(conn.execute(query).scalars())

    def events_of(self, number: str) -> list[dict[str, Any]]:
        """Every archived event of ``number`` (E.164), oldest first, each with ``shard`` and
        its ``hash`` in the chain."""
        query = (sa.select(table.c.event, table.c.hash).where(table.c.number == number)
                 .order_by(table.c.ledger_ms, table.c.ledger_seq, table.c.shard))
        with self.engine.connect() as conn:
            return [_with_hash(event, row_hash) for event, row_hash in conn.execute(query)]

    def events(self, shard: int) -> Iterator[dict[str, Any]]:
        """Every archived event of ``shard``, in ledger order (rebuild), with its ``hash``."""
        query = (sa.select(table.c.event, table.c.hash).where(table.c.shard == shard)
                 .order_by(table.c.ledger_ms, table.c.ledger_seq))
        with self.engine.connect() as conn:
            for event, row_hash in conn.execution_options(yield_per=5000).execute(query):
                yield _with_hash(event, row_hash)

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
