"""An inbound text, from carrier fields to a recorded decision and the reply to send."""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from app.consent.events import ConsentEvent, Kind
from app.consent.ledger import ConsentLedger
from app.consent.policy import DEFAULT_POLICY, Policy
from app.keywords import Classification, KeywordClassifier
from app.messaging.message_ids import MessageIds, message_key
from app.messaging.replies import ReplyBook, ReplyKind
from app.monitoring.counters import Counters
from app.phone import mask_number
from app.store.registry import SenderRegistry
from config.settings import ReplyMode

log = logging.getLogger(__name__)


def now_iso() -> str:
    """The time now, as the ledger writes times."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")


# Twilio Advanced Opt-Out tells us what it matched; it has already acted on it.
_OPT_OUT_TYPES = {"STOP": "opt_out", "START": "opt_in", "HELP": "help"}


@dataclass(frozen=True)
class InboundMessage:
    """An inbound text with its addresses already normalised."""

    message_sid: str
    number: str
    sender: str
    body: str
    channel: str = "sms"
    service_sid: str | None = None
    opt_out_type: str | None = None
    # Which carrier delivered it: message ids are unique only within one provider.
    provider: str = "twilio"

    @property
    def scope_sender(self) -> str:
        """Whose opt-out this is: the Messaging Service when the number belongs to one."""
        return self.service_sid or self.sender


@dataclass(frozen=True)
class InboundOutcome:
    """What we decided, what the ledger said and what to text back."""

    intent: str
    classification: Classification
    status: str | None
    reply: str | None
    provider: str = "twilio"
    ledger_id: str = ""  # the recorded event ("" when nothing was recorded)


class InboundProcessor:
    """Classifies an inbound text, records any consent event and picks the reply."""

    def __init__(
        self,
        ledger: ConsentLedger,
        counters: Counters,
        registry: SenderRegistry,
        classifier: KeywordClassifier,
        replies: ReplyBook,
        reply_mode: ReplyMode,
        *,
        policy: Policy = DEFAULT_POLICY,
        message_ids: MessageIds | None = None,
    ) -> None:
        self.ledger = ledger
        self.counters = counters
        self.registry = registry
        self.classifier = classifier
        self.replies = replies
        self.reply_mode = reply_mode
        self.policy = policy
        self.message_ids = message_ids

    def handle(self, message: InboundMessage, *, reply_inline: bool = True) -> InboundOutcome:
        """Record what ``message`` means; return the reply (None for an empty TwiML).

        Args:
            reply_inline: the reply goes back in the webhook's answer (TwiML, Plivo XML),
                so the event records it as handed over now; else a send job records it.
        """
        classification = self.classifier.classify(
            message.body, senders=(message.scope_sender, message.sender)
        )
        intent = _OPT_OUT_TYPES.get((message.opt_out_type or "").upper(), classification.intent)
        scope = classification.scope if classification.intent == intent else "sender"
        if intent == "opt_out":
            scope = self.policy.opt_out_scope("all" if scope == "all" else "sender")
        reply_kind, reply_on = self._reply_plan(intent, scope, classification)
        text = self.replies.text(reply_kind, classification.language) if reply_kind else None
        status: str | None = None
        ledger_id = ""
        if intent in ("opt_out", "opt_in") or classification.review:
            kind = {"opt_out": Kind.OPT_OUT, "opt_in": Kind.OPT_IN}.get(intent, Kind.REVIEW)
            event = replace(
                self._event(message, classification, kind, scope, reply_kind, reply_on),
                reply_text=text, reply_at=now_iso() if reply_inline else None)
            recorded = self.ledger.record(event)
            status, ledger_id = recorded.status, recorded.ledger_id
            if self.message_ids is not None and status != "duplicate":
                # Recorded: a second number's text under a seen id is its own event, but
                # the carrier should never send one, so it is worth a WARNING.
                self.message_ids.note(message.provider, message.message_sid, message.number)
        else:
            if message.service_sid:
                self.registry.learn_service(message.sender, message.service_sid)
            self.counters.count_message(intent, reply=reply_kind)
        log.info(
            "inbound %s from %s via %s %s: %s%s",
            intent, mask_number(message.number), message.provider, message.channel,
            status or "not recorded",
            " (review)" if classification.review else "",
        )  # fmt: skip  (one line per text; the ledger's own line is DEBUG)
        reply = text if reply_kind and (status is None or status in reply_on) else None
        return InboundOutcome(intent, classification, status, reply, message.provider,
                              ledger_id if reply else "")

    def _reply_plan(
        self, intent: str, scope: str | None, c: Classification
    ) -> tuple[ReplyKind | None, frozenset[str]]:
        """Which reply this message gets, and for which recorded statuses. One confirmation
        per opt-out (a repeat gets none, as the FCC requires); never for a duplicate."""
        if self.reply_mode != "app" or c.review:
            return None, frozenset()
        if intent == "opt_out":
            return ("opt_out_all" if scope == "all" else "opt_out"), frozenset({"new"})
        if intent == "opt_in":
            return "opt_in", frozenset({"new", "repeat"})
        if intent == "help":
            return "help", frozenset()
        return None, frozenset()

    def _event(
        self,
        message: InboundMessage,
        c: Classification,
        kind: Kind,
        scope: str | None,
        reply: ReplyKind | None,
        reply_on: frozenset[str],
    ) -> ConsentEvent:
        review_item = None
        if c.review:
            review_item = {
                "number": message.number,
                "sender": message.scope_sender,
                "body": message.body[:1600],
                "matched": c.matched,
                "language": c.language,
                "decided_by": c.decided_by,
                "model_intent": c.model_intent,
                "model_probability": c.model_probability,
                "message_sid": message.message_sid,
                "suppressed": kind is Kind.OPT_OUT,
            }
        return ConsentEvent(
            kind=kind,
            number=message.number,
            source="sms",
            scope="all" if scope == "all" else "sender",
            sender=message.scope_sender,
            channel=message.channel,
            to=message.sender,
            service_sid=message.service_sid,
            keyword=c.matched or message.opt_out_type,
            language=c.language,
            confidence=c.confidence,
            decided_by=c.decided_by,
            model_intent=c.model_intent,
            model_probability=c.model_probability,
            message_sid=message.message_sid,
            body=message.body[:1600],
            dedupe_key=f"sms:{message_key(message.provider, message.message_sid)}",
            provider=message.provider,
            review_item=review_item,
            reply=reply,
            reply_on=reply_on,
        )
