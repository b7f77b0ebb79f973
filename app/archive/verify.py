"""``optout verify``: walk every shard's hash chain and name the first row that does not match.

A row fails when: it was never sealed; its ``prev_hash`` is not the hash of the row before it
(a row deleted, inserted or re-sealed); a column that repeats a field of the event differs
from the event (someone changed the searchable copy); a personal field differs from its
keyed digest; or its hash differs from the hash of its content (see ``sealing``). Checking a
signed report against the archive: every event hash it carries must be the row's hash now,
and its chain head must still be in the chain with that hash.
"""

from __future__ import annotations

import hmac
from collections.abc import Generator
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from app.archive.models import consent_events as table
from app.archive.sealing import (
    GENESIS,
    PERSONAL_FIELDS,
    Pepper,
    check_personal_fields,
    seal_hash,
)
from app.archive.store import Archive
from app.consent.events import split_id
from app.phone import mask_number

# Columns that repeat a field of the event: (column, event field).
MIRRORED = (("number", "number"), ("sender", "sender"), ("kind", "kind"), ("scope", "scope"),
            ("source", "source"), ("channel", "channel"), ("keyword", "keyword"),
            ("language", "language"), ("body", "body"), ("note", "note"),
            ("message_sid", "message_sid"), ("status", "status"))


@dataclass(frozen=True)
class BadRow:
    """The first row of a shard that does not verify."""

    shard: int
    ledger_id: str
    number: str  # masked
    reason: str

    def __str__(self) -> str:
        who = f" ({self.number})" if self.number else ""
        return f"shard {self.shard} row {self.ledger_id}{who}: {self.reason}"


@dataclass
class ShardChain:
    """One shard's walk: rows checked, the head reached, the first bad row if any."""

    shard: int
    rows: int = 0
    head_id: str | None = None
    head_hash: str = GENESIS
    bad: BadRow | None = None


@dataclass
class Verification:
    """Every shard's walk."""

    shards: list[ShardChain] = field(default_factory=list)

    @property
    def bad(self) -> list[BadRow]:
        """The first bad row of each shard that has one."""
        return [s.bad for s in self.shards if s.bad is not None]

    @property
    def rows(self) -> int:
        """Rows checked in all."""
        return sum(s.rows for s in self.shards)


def _rows(archive: Archive, shard: int) -> Generator[Any, None, None]:
    columns = [table.c.ledger_id, table.c.ledger_ms, table.c.ledger_seq, table.c.event,
               table.c.hash, table.c.prev_hash, table.c.digests, table.c.seal_key,
               *(table.c[column] for column, _ in MIRRORED)]
    query = (sa.select(*columns).where(table.c.shard == shard)
             .order_by(table.c.ledger_ms, table.c.ledger_seq))
    with archive.engine.connect() as conn:
        result = conn.execution_options(yield_per=2000).execute(query)
        try:
            yield from result
        finally:
            result.close()  # a walk that stops at a bad row leaves no server cursor open


def check_row(shard: int, row: Any, prev: str, pepper: Pepper) -> str | None:
    """Why ``row`` (after the row whose hash is ``prev``) does not verify, or None."""
    event: dict[str, Any] = row.event if isinstance(row.event, dict) else {}
    if row.hash is None:
        return "not sealed (archived before the hash chain; run `optout migrate` with " \
               "ERASURE_PEPPER set)"
    if row.prev_hash != prev:
        return ("its prev_hash is not the hash of the row before it: a row before it was "
                "deleted, inserted or changed")
    if row.seal_key != pepper.key_id:
        return (f"sealed with another ERASURE_PEPPER (key {row.seal_key}, this one is "
                f"{pepper.key_id})")
    if str(event.get("id")) != row.ledger_id or (row.ledger_ms, row.ledger_seq) != split_id(
            row.ledger_id):
        return "its ledger id differs from the sealed event's"
    for column, name in MIRRORED:
        stored = getattr(row, column)
        expected = event.get(name) or ("" if column == "number" else None)
        if name in PERSONAL_FIELDS and name not in event and stored in (None, ""):
            continue  # erased: both copies gone
        if (stored or None) != (expected or None):
            return f"column {column} differs from the sealed event"
    personal = check_personal_fields(event, row.digests or {}, pepper)
    if personal:
        return personal
    expected_hash = seal_hash(shard, row.ledger_id, event, row.digests or {}, row.seal_key, prev)
    if not hmac.compare_digest(expected_hash, row.hash):
        return "its content does not match its hash (a sealed field was changed)"
    return None


def verify_archive(archive: Archive, pepper: Pepper) -> Verification:
    """Walk every shard's chain from its first row, stopping each at its first bad row."""
    result = Verification()
    for shard in archive.shards():
        chain = ShardChain(shard)
        prev = GENESIS
        walk = _rows(archive, shard)
        for row in walk:
            reason = check_row(shard, row, prev, pepper)
            if reason:
                number = (row.event or {}).get("number", "") if isinstance(row.event, dict) \
                    else ""
                chain.bad = BadRow(shard, row.ledger_id, mask_number(number) if number else "",
                                   reason)
                walk.close()
                break
            prev = row.hash
            chain.rows += 1
            chain.head_id, chain.head_hash = row.ledger_id, row.hash
        result.shards.append(chain)
    return result


def check_report(archive: Archive, report: dict[str, Any]) -> list[str]:
    """What in a signed report (``optout report --sign`` or ``?format=json``) the archive no
    longer bears out: an event hash that is not its row's hash now, a chain head no longer in
    the chain. Empty when the copy matches."""
    faults: list[str] = []
    seal = report.get("seal") or {}
    head = seal.get("chain_head") or {}
    wanted: dict[tuple[int, str], str] = {}
    for event in report.get("events", []):
        if event.get("hash"):
            wanted[(int(event.get("shard", 0)), str(event["ledger_id"]))] = str(event["hash"])
    if head.get("ledger_id"):
        wanted.setdefault((int(head["shard"]), str(head["ledger_id"])), str(head["hash"]))
    by_shard: dict[int, list[str]] = {}
    for shard, ledger_id in wanted:
        by_shard.setdefault(shard, []).append(ledger_id)
    found: dict[tuple[int, str], str | None] = {}
    with archive.engine.connect() as conn:
        for shard, ids in by_shard.items():
            query = sa.select(table.c.ledger_id, table.c.hash).where(
                table.c.shard == shard, table.c.ledger_id.in_(ids))
            found.update({(shard, i): h for i, h in conn.execute(query)})
    for (shard, ledger_id), expected in sorted(wanted.items()):
        actual = found.get((shard, ledger_id))
        if actual is None:
            faults.append(f"shard {shard} row {ledger_id}: not in the archive")
        elif actual != expected:
            faults.append(f"shard {shard} row {ledger_id}: hash {actual[:16]}… in the "
                          f"archive, {expected[:16]}… in the report")
    return faults
