"""The changes feed (``GET /v1/events``, ``optout events tail``): consent events oldest
first, in pages, with a cursor that holds a position per shard.

Ledger ids are per shard and per node clock, so one global order by id could skip an event
that lands late on another shard; a position per shard cannot. A page merges the shards'
next events by time (then shard), stopping where any shard's read ran out, so the order is
stable: the same cursor gives the same page. Reads go through the archive merge, so an event
trimmed from Redis is still in the feed.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.consent.events import split_id
from app.errors import InvalidField
from app.events.payload import outbound

Reader = Callable[[int, str, int], list[dict[str, Any]]]
MAX_LIMIT = 1000
_ROUNDS = 20  # reads per page at most, when most events are not consent changes
_FAR = (1 << 63, 0)


@dataclass
class Page:
    """Events and the cursor after them."""

    events: list[dict[str, Any]]
    next: str


def encode_cursor(positions: list[str]) -> str:
    """A cursor for these per-shard positions (opaque to clients)."""
    raw = json.dumps({"v": 1, "p": positions}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str | None, shards: int) -> list[str]:
    """The per-shard positions of ``cursor`` (None or "": the very start).

    Raises:
        InvalidField: not a cursor of this store.
    """
    if not cursor:
        return ["0-0"] * shards
    try:
        data = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        positions = [str(p) for p in data["p"]]
        for position in positions:
            split_id(position)
    except (ValueError, KeyError, TypeError):
        raise InvalidField("invalid_cursor", "after must be a cursor this feed gave "
                           "(the 'next' of a page), or empty for the start") from None
    if len(positions) != shards:
        raise InvalidField("invalid_cursor", "the cursor belongs to a store with another "
                           "number of shards")
    return positions


def page(read: Reader, shards: int, cursor: str | None, limit: int) -> Page:
    """Up to ``limit`` consent events after ``cursor``, and the cursor after them."""
    positions = decode_cursor(cursor, shards)
    events: list[dict[str, Any]] = []
    for _ in range(_ROUNDS):
        wanted = limit - len(events)
        reads = {shard: read(shard, positions[shard], wanted) for shard in range(shards)}
        horizon = min((split_id(str(got[-1]["id"])) for got in reads.values()
                       if len(got) == wanted), default=_FAR)
        merged = sorted(((split_id(str(e["id"])), shard, e)
                         for shard, got in reads.items() for e in got
                         if split_id(str(e["id"])) <= horizon))
        for _, shard, entry in merged:
            if len(events) == limit:
                break
            positions[shard] = str(entry["id"])
            event = outbound(entry)
            if event is not None:
                events.append(event)
        if len(events) == limit or horizon == _FAR:
            break
    return Page(events, encode_cursor(positions))
