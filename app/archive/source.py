"""What the archive needs from the consent ledger (``app.ledger.ConsentLedger`` is one)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Protocol


class ShardedLedger(Protocol):
    """The ledger's shards, read in order and trimmed once archived."""

    @property
    def shard_count(self) -> int:
        """Shards of the store: ledger ids are unique within one."""
        ...

    def scan(self, shard: int | None = None, after: str = "-", batch: int = 1000
             ) -> Iterator[dict[str, Any]]:
        """Events of ``shard`` with ids above ``after`` (``"-"``: all), in ledger order."""
        ...

    def read_after(self, shard: int, after: str, limit: int
                   ) -> tuple[list[dict[str, Any]], str | None]:
        """Up to ``limit`` events of ``shard`` above ``after``, and the id of the oldest
        entry still in the stream (None when it is empty)."""
        ...

    def trim(self, shard: int, ledger_ids: list[str]) -> int:
        """Delete these (archived) ids from the shard's stream, compacting the histories of
        their numbers; returns how many went."""
        ...
