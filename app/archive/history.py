"""Readers of the whole history: what the archive holds and what is still in Redis, merged.

Every reader that shows events (the API history, the report, the console lookup, the sender
report, rebuild, the events feed) goes through here, so each gives the same answer before
and after events are archived and trimmed from Redis. Redis is read first: an event trimmed
between the two reads was archived before it was trimmed, so the archive's read still finds
it. An archive whose schema does not exist yet (never migrated) holds nothing and nothing was
trimmed: Redis alone answers.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Protocol

from app.archive.source import ShardedLedger
from app.archive.store import Archive
from app.consent.events import split_id


class HistorySource(Protocol):
    """The ledger's per-number reader (``ConsentLedger.history``)."""

    def history(self, number: str) -> list[dict[str, str]]:
        """The number's events still in Redis, oldest first."""
        ...


def full_history(
    ledger: HistorySource, archive: Archive | None, number: str
) -> list[dict[str, Any]]:
    """Every consent event of ``number`` (E.164), oldest first, each with ``shard``: the
    archive's and Redis's, deduplicated by (shard, ledger id). An archived event carries its
    ``hash`` in the shard's chain, whichever copy is returned."""
    merged: dict[tuple[int, str], dict[str, Any]] = {}
    for event in ledger.history(number):
        item: dict[str, Any] = dict(event)
        item["shard"] = int(item.get("shard", 0))
        merged[(item["shard"], item["id"])] = item
    if archive is not None and archive.ready():
        for event in archive.events_of(number):
            key = (int(event.get("shard", 0)), event["id"])
            if key in merged and event.get("hash"):
                merged[key]["hash"] = event["hash"]
            merged.setdefault(key, event)
    return sorted(merged.values(), key=lambda e: (*split_id(e["id"]), e["shard"]))


def shard_events(ledger: ShardedLedger, archive: Archive | None, shard: int
                 ) -> tuple[list[dict[str, Any]], set[str]]:
    """Every event of ``shard`` in ledger order, and the ids of those that are only in the
    archive (trimmed from Redis)."""
    live = {str(event["id"]): event for event in ledger.scan(shard)}
    trimmed: dict[str, dict[str, Any]] = {}
    if archive is not None and archive.ready():
        trimmed = {str(e["id"]): e for e in archive.events(shard) if e["id"] not in live}
    events = sorted([*trimmed.values(), *live.values()], key=lambda e: split_id(str(e["id"])))
    return events, set(trimmed)


def all_events(ledger: ShardedLedger, archive: Archive | None) -> Iterator[dict[str, Any]]:
    """Every event of every shard (each shard in ledger order, shard after shard)."""
    for shard in range(ledger.shard_count):
        yield from shard_events(ledger, archive, shard)[0]


def shard_events_after(ledger: ShardedLedger, archive: Archive | None, shard: int,
                       after: str, limit: int) -> list[dict[str, Any]]:
    """Up to ``limit`` events of ``shard`` with ids above ``after`` (``"0-0"``: from the
    start), in ledger order, wherever they are: Redis, or the archive once trimmed.

    Redis is read first (with the id of its oldest entry): trimming deletes a prefix of the
    shard's ledger, and only what is archived, so when ``after`` is at or past that oldest
    entry nothing after it was trimmed and the archive is not asked.
    """
    live, oldest = ledger.read_after(shard, after, limit)
    if archive is None or (oldest is not None and split_id(after) >= split_id(oldest)) \
            or not archive.ready():
        return live
    kept = archive.events_after(shard, after, limit)
    if not kept:
        return live
    merged = {str(e["id"]): e for e in kept}
    merged.update((str(e["id"]), e) for e in live)
    bound = min(split_id(str(batch[-1]["id"])) if len(batch) == limit else (1 << 63, 0)
                for batch in (live, kept))
    ordered = sorted(merged.values(), key=lambda e: split_id(str(e["id"])))
    return [e for e in ordered if split_id(str(e["id"])) <= bound][:limit]
