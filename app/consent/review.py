"""A person's decision on a message the keyword engine was unsure of.

"Suppress" records an opt-out dated when the person sent the message; "not an opt-out"
records a retraction of that message, which undoes only what the message itself did (under
AMBIGUOUS_POLICY=suppress), never an earlier real opt-out. Both are ledger events, keyed by
the review item so a double click records once.
"""

from __future__ import annotations

import json
from typing import Any, Literal, cast

from app.consent.events import ConsentEvent, Kind, RecordResult, ledger_time
from app.consent.ledger import ConsentLedger
from app.consent.policy import DEFAULT_POLICY, Policy
from app.errors import OptoutError
from app.store.store import Store

Decision = Literal["suppress", "dismiss"]


class ReviewItemNotFound(OptoutError):
    """No review item has this id (already decided, or never queued)."""

    code = "review_item_not_found"


class ReviewQueue:
    """Messages the keyword engine was unsure of, kept on their shards until a person
    decides. An item's id is ``<shard>:<ledger id>``."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def items(self) -> list[tuple[str, dict[str, Any]]]:
        """Every item, oldest first."""
        layout = self.store.layout
        replies = self.store.pipeline_by_shard(
            self.store.all_shards(), lambda pipe, shard: pipe.hgetall(layout.review(shard)))
        out = [(f"{shard}:{ledger_id}", json.loads(raw))
               for shard, (found,) in replies.items()
               for ledger_id, raw in cast(dict[str, str], found).items()]
        return sorted(out, key=lambda item: _ms(item[0]))

    def count(self) -> int:
        """Items waiting."""
        layout = self.store.layout
        replies = self.store.pipeline_by_shard(
            self.store.all_shards(), lambda pipe, shard: pipe.hlen(layout.review(shard)))
        return sum(int(n) for (n,) in replies.values())

    def get(self, item_id: str) -> dict[str, Any] | None:
        """The item with this id, or None."""
        shard, ledger_id = _split(item_id)
        if shard is None:
            return None
        raw = self.store.retrying(
            lambda: self.store.node(shard).hget(self.store.layout.review(shard), ledger_id))
        return json.loads(cast(str, raw)) if raw else None

    def remove(self, item_id: str) -> None:
        """Take the item off the queue."""
        shard, ledger_id = _split(item_id)
        if shard is not None:
            self.store.retrying(
                lambda: self.store.node(shard).hdel(self.store.layout.review(shard), ledger_id))


def _split(item_id: str) -> tuple[int | None, str]:
    shard, _, ledger_id = item_id.partition(":")
    return (int(shard), ledger_id) if shard.isdigit() and ledger_id else (None, item_id)


def _ms(item_id: str) -> tuple[int, int]:
    ledger_id = item_id.partition(":")[2]
    ms, _, seq = ledger_id.partition("-")
    return int(ms), int(seq or 0)


def decide(ledger: ConsentLedger, reviews: ReviewQueue, item_id: str, decision: Decision,
           reviewer: str, policy: Policy = DEFAULT_POLICY) -> RecordResult:
    """Record ``decision`` on review item ``item_id`` and take it off the queue
    (an opt-out covers every sender under ``REVOKE_SCOPE=all``).

    Raises:
        ReviewItemNotFound: no such item.
    """
    item = reviews.get(item_id)
    if item is None:
        raise ReviewItemNotFound(f"review item {item_id} is not in the queue")
    ledger_id = item_id.partition(":")[2]
    sender = item.get("sender")
    if decision == "suppress":
        event = policy.widened(ConsentEvent(
            kind=Kind.OPT_OUT, number=item["number"], source="review", sender=sender,
            scope="sender" if sender else "all", keyword=item.get("matched"),
            message_sid=item.get("message_sid"), occurred_at=ledger_time(ledger_id),
            note=f"reviewed by {reviewer}: an opt-out (message {item_id})",
            dedupe_key=f"review:{item_id}",
        ))
    else:
        event = ConsentEvent(
            kind=Kind.RETRACT, number=item["number"], source="review", target=ledger_id,
            note=f"reviewed by {reviewer}: not an opt-out (message {item_id})",
            dedupe_key=f"review:{item_id}",
        )
    result = ledger.record(event)
    reviews.remove(item_id)
    return result
