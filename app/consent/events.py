"""Consent events: what an event says, where it came from, and what recording it did."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, Literal

from app.consent.history import CATEGORY_NAMES
from app.errors import InvalidEvent
from app.text import control_character

Scope = Literal["sender", "all"]


class Kind(StrEnum):
    """What a consent event does."""

    OPT_OUT = "opt_out"
    OPT_IN = "opt_in"
    UNDELIVERABLE = "undeliverable"
    REVIEW = "review"
    RETRACT = "retract"
    RND = "rnd"  # an answer of the FCC's Reassigned Numbers Database (field ``answer``)
    ERASED = "erased"  # personal data erased on request; the entry carries no number
    CAPTURED = "captured"  # consent captured with its proof (a double opt-in: pending first)
    NARROWED = "narrowed"  # the answer to the clarifying question narrows an opt-out
    # What became of the confirmation text an event got (the carrier's id, sent,
    # delivered, failed): no consent meaning, kept with the event it confirms (``target``).
    CONFIRMATION = "confirmation"


# Where an event came from: the inbound text, the carrier, or a person on another channel.
SOURCES = frozenset(
    {"sms", "carrier", "email", "mail", "phone", "web", "import", "manual", "review", "system",
     "rnd"}
)
RND_ANSWERS = ("yes", "no", "no_data")
MANUAL_SOURCES = frozenset({"email", "mail", "phone", "web", "import", "manual"})
# Kinds that name a sender unless they cover every sender.
SENDER_KINDS = frozenset({"opt_out", "opt_in", "review", "captured", "narrowed"})
# The proof a capture carries (POST /v1/consents), as ledger fields of the same names.
PROOF_FIELDS = ("method", "disclosure", "url", "ip", "user_agent", "captured_at", "reference")


def split_id(ledger_id: str) -> tuple[int, int]:
    """``"1700000000000-3"`` -> (1700000000000, 3)."""
    ms, _, seq = ledger_id.partition("-")
    return int(ms), int(seq or 0)


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
    # An RND answer: "yes" (disconnected after date_given), "no" or "no_data", and the day
    # the database was asked.
    answer: str | None = None
    date_given: str | None = None
    queried_on: str | None = None
    # Message categories the event covers (names, in CATEGORIES order; empty: every one) and
    # the revocation policy that chose them (opt-outs, narrowings).
    categories: tuple[str, ...] = ()
    policy: str | None = None
    # A capture's proof (PROOF_FIELDS) and its own status (pending_confirmation, confirmed,
    # expired); None: the record's status (new, repeat) is written.
    proof: dict[str, str] = field(default_factory=dict)
    status: str | None = None
    # Ledger fields written only when the reply is sent (``reply_on``): the text, when it was
    # handed over (``reply_at``, above), and whether it asked the clarifying question.
    reply_text: str | None = None
    clarify: bool = False

    def validate(self) -> None:
        """Raises InvalidEvent when the event cannot be recorded as given."""
        if self.source not in SOURCES:
            raise InvalidEvent(f"source must be one of {sorted(SOURCES)}, not {self.source!r}")
        if self.scope not in ("sender", "all"):
            raise InvalidEvent(f"scope must be 'sender' or 'all', not {self.scope!r}")
        if self.kind.value in SENDER_KINDS and self.scope == "sender":
            if not self.sender:
                raise InvalidEvent("a sender-scoped event needs a sender")
            if "#" in self.sender:
                raise InvalidEvent("a sender may not contain '#'")
        if self.kind is Kind.CONFIRMATION and not self.target:
            raise InvalidEvent("a confirmation report names the event it is about")
        if self.kind is Kind.RETRACT and not self.target:
            raise InvalidEvent("a retraction names the event it cancels")
        if self.kind is Kind.RND and self.answer not in RND_ANSWERS:
            raise InvalidEvent(f"an RND answer is one of {list(RND_ANSWERS)}")
        if self.kind is Kind.ERASED:
            raise InvalidEvent("an erasure is recorded by ConsentLedger.erase, not record")
        if self.kind is Kind.NARROWED and not self.target:
            raise InvalidEvent("a narrowing names the opt-out it answers")
        if self.status in ("confirmed", "expired") and not self.target:
            raise InvalidEvent("a confirmation or expiry names the pending consent")
        for name, value in (("body", self.body), ("note", self.note),
                            ("recorded_by", self.recorded_by), *self.proof.items()):
            found = control_character(value) if value else None
            if found:
                raise InvalidEvent(f"{name} contains a control character ({found})")
        unknown = set(self.categories) - set(CATEGORY_NAMES)
        if unknown:
            raise InvalidEvent(f"categories must be among {list(CATEGORY_NAMES)}, not "
                               f"{sorted(unknown)}")

    def ledger_fields(self) -> list[str]:
        """Field/value pairs for the stream entry; empty values are left out."""
        values: dict[str, object] = {
            "kind": self.kind.value,
            "number": self.number,
            "scope": self.scope if self.kind.value in SENDER_KINDS else "",
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
            "answer": self.answer,
            "date_given": self.date_given,
            "queried_on": self.queried_on,
            "categories": ",".join(c for c in CATEGORY_NAMES if c in self.categories),
            "policy": self.policy,
            **{name: self.proof.get(name) for name in PROOF_FIELDS},
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

    def reply_fields(self) -> list[str]:
        """Field/value pairs written only when the reply is sent: the text, when it was
        handed to the carrier in the webhook's answer, and whether it asked which messages
        to stop."""
        pairs = ["reply", self.reply_text] if self.reply_text else []
        if pairs and self.reply_at:
            pairs += ["reply_sent_at", self.reply_at]
        return pairs + (["clarify", "asked"] if self.clarify and pairs else [])


@dataclass(frozen=True)
class RecordResult:
    """``status``: ``new`` (changed what checks say), ``repeat`` (already in force, recorded
    but not to be confirmed again), ``duplicate`` (same message id seen before) or
    ``in_force`` (already in force and, for an event that asked for ``only_changes``, not
    recorded) or ``erased`` (the number's data was erased on request: nothing is recorded,
    and the number stays suppressed). ``ledger_id`` is unique within ``shard``, the shard
    of the event's number ("" when nothing was recorded). ``applied``: the record also
    wrote the projection (the bulk path for numbers with no history), so nothing is left to
    apply."""

    status: Literal["new", "repeat", "duplicate", "in_force", "erased"]
    ledger_id: str
    shard: int = 0
    enqueue: bool = False  # this record took its shard's apply-requested flag
    applied: bool = False
