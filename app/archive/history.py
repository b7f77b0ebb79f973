"""A number's whole history: what the archive holds and what is still in Redis, merged."""

from __future__ import annotations

from typing import Any, Protocol

from app.archive.store import Archive, split_id


class HistorySource(Protocol):
    """The ledger's per-number reader (``services.ledger``)."""

    def history(self, number: str) -> list[dict[str, str]]:
        """The number's events still in Redis, oldest first."""
        ...


def full_history(
    ledger: HistorySource, archive: Archive | None, number: str
) -> list[dict[str, Any]]:
    """Every consent event of ``number`` (E.164), oldest first, each with ``shard``.

    Archived events (SQL) and the events still in Redis are merged and deduplicated by
    (shard, ledger id), so the answer is the same before and after a trim. Redis is read
    first: an event trimmed between the two reads was archived before it was trimmed, so
    the archive's read still finds it. An archive whose schema does not exist yet (never
    migrated) holds nothing and nothing was trimmed: Redis alone answers.
    """
    merged: dict[tuple[int, str], dict[str, Any]] = {}
    for event in ledger.history(number):
        item: dict[str, Any] = dict(event)
        item["shard"] = int(item.get("shard", 0))
        merged[(item["shard"], item["id"])] = item
    if archive is not None and archive.ready():
        for event in archive.events_of(number):
            merged.setdefault((int(event.get("shard", 0)), event["id"]), event)
    return sorted(merged.values(), key=lambda e: (*split_id(e["id"]), e["shard"]))
