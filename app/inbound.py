"""An inbound text, from carrier fields to a recorded decision and the reply to send."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from app.keywords import Classification, KeywordClassifier
from app.ledger import ConsentEvent, ConsentLedger, Kind
from app.numbers import mask_number
from app.replies import ReplyBook, ReplyKind
from config.settings import ReplyMode

log = logging.getLogger(__name__)

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


class InboundProcessor:
    """Classifies an inbound text, records any consent event and picks the reply."""

    def __init__(
        self,
        ledger: ConsentLedger,
        classifier: KeywordClassifier,
        replies: ReplyBook,
        reply_mode: ReplyMode,
    ) -> None:
        self.ledger = ledger
        self.classifier = classifier
        self.replies = replies
        self.reply_mode = reply_mode

    def handle(self, message: InboundMessage) -> InboundOutcome:
        """Record what ``message`` means; return the reply (None for an empty TwiML)."""
        classification = self.classifier.classify(
            message.body, senders=(message.scope_sender, message.sender)
        )
        intent = _OPT_OUT_TYPES.get((message.opt_out_type or "").upper(), classification.intent)
        scope = classification.scope if classification.intent == intent else "sender"
        status: str | None = None
        if intent in ("opt_out", "opt_in") or classification.review:
            kind = {"opt_out": Kind.OPT_OUT, "opt_in": Kind.OPT_IN}.get(intent, Kind.REVIEW)
            result = self.ledger.record(self._event(message, classification, kind, scope))
            status = result.status
        else:
            self.ledger.count_message(
                intent, sender=message.sender, service_sid=message.service_sid
            )
        log.info(
            "inbound %s from %s via %s: %s%s",
            intent, mask_number(message.number), message.channel, status or "not recorded",
            " (review)" if classification.review else "",
        )  # fmt: skip
        return InboundOutcome(intent, classification, status, self._reply(intent, scope, status,
                                                                          classification))

    def _event(
        self, message: InboundMessage, c: Classification, kind: Kind, scope: str | None
    ) -> ConsentEvent:
        review_item = None
        if c.review:
            review_item = {
                "number": message.number,
                "sender": message.scope_sender,
                "body": message.body[:1600],
                "matched": c.matched,
                "language": c.language,
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
            message_sid=message.message_sid,
            body=message.body[:1600],
            dedupe_key=f"sms:{message.message_sid}",
            review_item=review_item,
        )

    def _reply(
        self, intent: str, scope: str | None, status: str | None, c: Classification
    ) -> str | None:
        if self.reply_mode != "app" or status == "duplicate" or c.review:
            return None
        kind: ReplyKind | None = None
        if intent == "opt_out" and status == "new":
            kind = "opt_out_all" if scope == "all" else "opt_out"
        elif intent == "opt_in":
            kind = "opt_in"
        elif intent == "help":
            kind = "help"
        return self.replies.text(kind, c.language) if kind else None
