"""A person's decision on a message the keyword engine was unsure of.

"Suppress" records an opt-out dated when the person sent the message; "not an opt-out"
records a retraction of that message, which undoes only what the message itself did (under
AMBIGUOUS_POLICY=suppress), never an earlier real opt-out. Both are ledger events, keyed by
the review item so a double click records once.
"""

from __future__ import annotations

from typing import Literal

from app.counters import ReviewQueue
from app.exceptions import OptoutError
from app.ledger import ConsentEvent, ConsentLedger, Kind, RecordResult, Scope, ledger_time
from app.revocation import opt_out_scope
from config.settings import RevokeScope

Decision = Literal["suppress", "dismiss"]


class ReviewItemNotFound(OptoutError):
    """No review item has this id (already decided, or never queued)."""

    code = "review_item_not_found"


def decide(ledger: ConsentLedger, reviews: ReviewQueue, item_id: str, decision: Decision,
           reviewer: str, revoke_scope: RevokeScope = "sender") -> RecordResult:
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
        scope: Scope = opt_out_scope("sender" if sender else "all", revoke_scope)
        event = ConsentEvent(
            kind=Kind.OPT_OUT, number=item["number"], source="review",
            sender=sender if scope == "sender" else None,
            to=sender if scope == "all" else None, scope=scope, keyword=item.get("matched"),
            message_sid=item.get("message_sid"), occurred_at=ledger_time(ledger_id),
            note=f"reviewed by {reviewer}: an opt-out (message {item_id})",
            dedupe_key=f"review:{item_id}",
        )
    else:
        event = ConsentEvent(
            kind=Kind.RETRACT, number=item["number"], source="review", target=ledger_id,
            note=f"reviewed by {reviewer}: not an opt-out (message {item_id})",
            dedupe_key=f"review:{item_id}",
        )
    result = ledger.record(event)
    reviews.remove(item_id)
    return result
