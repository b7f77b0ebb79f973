"""The sharded ledger interface the archive is written against, over today's one stream.

After the Redis Cluster rewrite (issue 9) the ledger itself offers ``shard_count``,
``scan(shard, after, batch)`` and ``trim(shard, ids)``; until then this adapter gives the
same interface over the single stream ``Keys.LEDGER`` (one shard, number 0). At the merge
the adapter goes and ``LedgerSource(ledger)`` becomes the ledger itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Protocol, cast

from app.keys import Keys
from app.ledger import ConsentLedger, _event_dict


class ShardedLedger(Protocol):
    """What the archive needs from the ledger."""

    shard_count: int

    def scan(self, shard: int, after: str = "-", batch: int = 1000) -> Iterator[dict[str, Any]]:
        """Events of ``shard`` with ids above ``after`` (``"-"``: all), in ledger order."""
        ...

    def trim(self, shard: int, ids: list[str]) -> int:
        """Delete these (archived) ids from the shard's stream; returns how many went."""
        ...

    def compact_history(self, number: str) -> None:
        """Shrink ``number``'s history in Redis to what the fold needs (after a trim)."""
        ...


class LedgerSource:
    """``ShardedLedger`` over today's single ledger stream."""

    shard_count = 1

    def __init__(self, ledger: ConsentLedger) -> None:
        self.ledger = ledger

    def scan(self, shard: int, after: str = "-", batch: int = 1000) -> Iterator[dict[str, Any]]:
        """Events with ids strictly above ``after``, in ledger order, each with ``shard``."""
        self._check(shard)
        start = "-" if after == "-" else "(" + after
        while True:
            chunk = cast(list[tuple[str, dict[str, str]]],
                         self.ledger.redis.xrange(Keys.LEDGER, start, "+", count=batch))
            for ledger_id, fields in chunk:
                event: dict[str, Any] = _event_dict(ledger_id, fields)
                event["shard"] = shard
                yield event
            if len(chunk) < batch:
                return
            start = "(" + chunk[-1][0]

    def trim(self, shard: int, ids: list[str]) -> int:
        """XDEL ``ids`` from the stream."""
        self._check(shard)
        return int(cast(int, self.ledger.redis.xdel(Keys.LEDGER, *ids))) if ids else 0

    def compact_history(self, number: str) -> None:
        """No-op here: compacting the history needs the fold, which is the lead's (issue 9)."""

    def _check(self, shard: int) -> None:
        if not 0 <= shard < self.shard_count:
            raise ValueError(f"shard {shard} does not exist (shard_count {self.shard_count})")
