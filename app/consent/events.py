"""Consent events: what an event says, where it came from, and what recording it did."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, Literal

from app.errors import InvalidEvent

Scope = Literal["sender", "all"]


class Kind(StrEnum):
    """What a consent event does."""

    OPT_OUT = "opt_out"
    OPT_IN = "opt_in"
    UNDELIVERABLE = "undeliverable"
    REVIEW = "review"
    RETRACT = "retract"
    # What became of the confirmation text an event got (the carrier's id, sent,
    # delivered, failed): no consent meaning, kept with the event it confirms (``target``).
    CONFIRMATION = "confirmation"



# Where an event came from: the inbound text, the carrier, or a person on another channel.
SOURCES = frozenset(
    {"sms", "carrier", "email", "mail", "phone", "web", "import", "manual", "review"}
)
MANUAL_SOURCES = frozenset({"email", "mail", "phone", "web", "import", "manual"})


def ledger_time(ledger_id: str) -> str:
    """The ISO-8601 UTC time encoded in a ledger (stream) id."""
    millis = int(ledger_id.split("-", 1)[0])
    return datetime.fromtimestamp(millis / 1000, UTC).isoformat(timespec="milliseconds")


@dataclass(frozen=True, kw_only=True)
class ConsentEvent:
    """One event for the ledger. ``sender`` is the scope's sender: the Messaging Service SID
    when the texted number belongs to one, else that number (or short code)."""

    kind: Kind
    number: str
    source: str
    scope: Scope = "sender"
    sender: str | None = None
    channel: str = "sms"
    to: str | None = None
    service_sid: str | None = None
    keyword: str | None = None
    language: str | None = None
    confidence: float | None = None
    # What decided a text's reading (the keyword engine's "rule" or "model") and the model's
    # own reading, for the record of why a message counted.
    decided_by: str | None = None
    model_intent: str | None = None
    model_probability: float | None = None
    message_sid: str | None = None
    body: str | None = None
    note: str | None = None
    error_code: str | None = None
    occurred_at: str | None = None
    target: str | None = None
    dedupe_key: str | None = None
    review_item: dict[str, Any] | None = field(default=None)
    # Which carrier delivered it (twilio, telnyx, ...), and who recorded a manual event.
    provider: str | None = None
    recorded_by: str | None = None
    # The reply the caller will send (its kind, for the metrics), for which recorded
    # statuses; its text and, for a reply that goes back in the webhook's answer, the time
    # it is handed over: the record keeps both as ``reply``/``reply_sent_at`` when it goes.
    reply: str | None = None
    reply_on: frozenset[str] = frozenset()
    reply_text: str | None = None
    reply_at: str | None = None
    # A confirmation's fate (Kind.CONFIRMATION): the carrier's message id, when its API took
    # it, the status a carrier reported and when.
    reply_sid: str | None = None
    reply_sent_at: str | None = None
    reply_status: str | None = None
    reply_status_at: str | None = None
    # Record only if it changes what checks say (imports that restate the state in force);
    # an opt-out of every sender then counts as in force while the senders re-subscribed
    # under it are among ``exceptions`` (which the same import restates after it).
    only_changes: bool = False
    exceptions: tuple[str, ...] = ()

    def validate(self) -> None:
        """Raises InvalidEvent when the event cannot be recorded as given."""
        if self.source not in SOURCES:
            raise InvalidEvent(f"source must be one of {sorted(SOURCES)}, not {self.source!r}")
        if self.scope not in ("sender", "all"):
            raise InvalidEvent(f"scope must be 'sender' or 'all', not {self.scope!r}")
        if self.kind in (Kind.OPT_OUT, Kind.OPT_IN, Kind.REVIEW) and self.scope == "sender":
            if not self.sender:
                raise InvalidEvent("a sender-scoped event needs a sender")
            if "#" in self.sender:
                raise InvalidEvent("a sender may not contain '#'")
        if self.kind in (Kind.RETRACT, Kind.CONFIRMATION) and not self.target:
            raise InvalidEvent(f"a {self.kind.value} names the event it is about")

    def reply_fields(self) -> list[str]:
        """Field/value pairs written only when the reply is sent: its text, and when it was
        handed to the carrier in the webhook's answer."""
        if not self.reply_text:
            return []
        return ["reply", self.reply_text] + (["reply_sent_at", self.reply_at]
                                             if self.reply_at else [])

    def ledger_fields(self) -> list[str]:
        """Field/value pairs for the stream entry; empty values are left out."""
        values: dict[str, object] = {
            "kind": self.kind.value,
            "number": self.number,
            "scope": self.scope if self.kind in (Kind.OPT_OUT, Kind.OPT_IN, Kind.REVIEW) else "",
            "sender": self.sender if self.scope == "sender" else "",
            "to": self.to,
            "source": self.source,
            "channel": self.channel,
            "keyword": self.keyword,
            "language": self.language,
            "confidence": None if self.confidence is None else f"{self.confidence:.2f}",
            "decided_by": self.decided_by,
            "model_intent": self.model_intent,
            "model_probability": (None if self.model_probability is None
                                  else f"{self.model_probability:.3f}"),
            "message_sid": self.message_sid,
            "body": self.body,
            "note": self.note,
            "error_code": self.error_code,
            "occurred_at": self.occurred_at,
            "target": self.target,
            "provider": self.provider,
            "recorded_by": self.recorded_by,
            "reply_sid": self.reply_sid,
            "reply_sent_at": self.reply_sent_at,
            "reply_status": self.reply_status,
            "reply_status_at": self.reply_status_at,
        }
        pairs: list[str] = []
        for name, value in values.items():
            if value not in (None, ""):
                pairs += [name, str(value)]
        return pairs


@dataclass(frozen=True)
class RecordResult:
    """``status``: ``new`` (changed what checks say), ``repeat`` (already in force, recorded
    but not to be confirmed again), ``duplicate`` (same message id seen before) or
    ``in_force`` (already in force and, for an event that asked for ``only_changes``, not
    recorded). ``ledger_id`` is unique within ``shard``, the shard of the event's number
    ("" when nothing was recorded)."""

    status: Literal["new", "repeat", "duplicate", "in_force"]
    ledger_id: str
    shard: int = 0
    enqueue: bool = False  # this record took its shard's apply-requested flag
