"""An inbound text, from carrier fields to a recorded decision and the reply to send."""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from app.consent.capture import expires_at, outcome_event, pending_capture
from app.consent.events import ConsentEvent, Kind
from app.consent.history import CATEGORY_NAMES, fold
from app.consent.ledger import ConsentLedger
from app.consent.policy import DEFAULT_POLICY, Policy
from app.keywords import Classification, KeywordClassifier
from app.messaging.clarify import (
    asked_opt_out,
    clarification_answer,
    named_categories,
    yes_language,
)
from app.messaging.message_ids import MessageIds, sms_dedupe_key
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
        double_opt_in_hours: float = 48.0,
    ) -> None:
        self.ledger = ledger
        self.counters = counters
        self.registry = registry
        self.classifier = classifier
        self.replies = replies
        self.reply_mode = reply_mode
        self.policy = policy
        self.message_ids = message_ids
        self.double_opt_in_hours = double_opt_in_hours

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
        if intent in ("none", "opt_in") and not classification.review:
            answered = self._answer(message, classification)
            if answered is not None:
                return answered
        named = named_categories(message.body) if intent == "opt_out" or (
            classification.review and self.policy.exempt) else frozenset()
        if classification.review and intent != "opt_out" and named & self.policy.exempt \
                and self._opted_out(message):
            # "stop the codes too" after an opt-out: the person widens it in words
            classification = replace(classification, intent="opt_out", review=False)
            intent, scope = "opt_out", "sender"
        status: str | None = None
        ledger_id = ""
        reply_kind: ReplyKind | None = None
        reply_on: frozenset[str] = frozenset()
        if intent in ("opt_out", "opt_in") or classification.review:
            kind = {"opt_out": Kind.OPT_OUT, "opt_in": Kind.OPT_IN}.get(intent, Kind.REVIEW)
            event = self.policy.widened(
                self._event(message, classification, kind, scope),
                words_cover_all=scope == "all" or bool(named & self.policy.exempt))
            reply_kind, reply_on = self._reply_plan(intent, event, classification)
            if reply_kind and kind is Kind.OPT_OUT and self.policy.clarify and asked_opt_out(
                    self.ledger, message.number, message.sender, message.scope_sender):
                # An opt-out in answer to our question ("STOP ALL") is recorded, but the
                # question was the one confirmation: whatever the answer, no second text.
                reply_kind, reply_on = None, frozenset()
            event = replace(event, reply=reply_kind, reply_on=reply_on,
                            clarify=reply_kind == "opt_out_clarify",
                            reply_text=self.replies.text(reply_kind, classification.language)
                            if reply_kind else None,
                            reply_at=now_iso() if reply_inline and reply_kind else None)
            recorded = self.ledger.record(event)
            status, ledger_id = recorded.status, recorded.ledger_id
            self._note_message_id(message, status)
        else:
            reply_kind, reply_on = self._reply_plan(intent, None, classification)
            if message.service_sid:
                self.registry.learn_service(message.sender, message.service_sid)
            self.counters.count_message(intent, reply=reply_kind)
        log.info(
            "inbound %s from %s via %s %s: %s%s",
            intent, mask_number(message.number), message.provider, message.channel,
            status or "not recorded",
            " (review)" if classification.review else "",
        )  # fmt: skip  (one line per text; the ledger's own line is DEBUG)
        reply = None
        if reply_kind and (status is None or status in reply_on):
            reply = self.replies.text(reply_kind, classification.language)
        return InboundOutcome(intent, classification, status, reply, message.provider,
                              ledger_id if reply else "")

    def _opted_out(self, message: InboundMessage) -> bool:
        """Whether an opt-out of ``message``'s sender is in force for its number."""
        codes = frozenset(self.registry.sender_codes(message.scope_sender))
        ruled = fold(self.ledger.history_entries(message.number)).ruling(codes)
        return bool(ruled.scope) and not ruled.pending

    def _note_message_id(self, message: InboundMessage, status: str) -> None:
        if self.message_ids is not None and status not in ("duplicate", "erased"):
            # Recorded: a second number's text under a seen id is its own event, but
            # the carrier should never send one, so it is worth a WARNING.
            self.message_ids.note(message.provider, message.message_sid, message.number)

    def _reply_plan(
        self, intent: str, event: ConsentEvent | None, c: Classification
    ) -> tuple[ReplyKind | None, frozenset[str]]:
        """Which reply this message gets, and for which recorded statuses. One confirmation
        per opt-out (a repeat gets none, as the FCC requires); never for a duplicate. With
        CLARIFY_SCOPE it asks which messages to stop, when there is a choice to make."""
        if self.reply_mode != "app" or c.review:
            return None, frozenset()
        if intent == "opt_out" and event is not None:
            if event.scope == "all":
                return "opt_out_all", frozenset({"new"})
            if self.policy.clarifies(event):
                return "opt_out_clarify", frozenset({"new"})
            return "opt_out", frozenset({"new"})
        if intent == "opt_in":
            return "opt_in", frozenset({"new", "repeat"})
        if intent == "help":
            return "help", frozenset()
        return None, frozenset()

    # -- answers to what we asked ------------------------------------------------------

    def _answer(self, message: InboundMessage, c: Classification) -> InboundOutcome | None:
        """The answer to a question of ours, if this message is one: MKT / ALL to the
        clarifying question of the number's last opt-out, or the YES of a double opt-in."""
        answer = clarification_answer(message.body)
        if answer is not None:
            stop = asked_opt_out(self.ledger, message.number, message.sender,
                                 message.scope_sender)
            if stop is not None:
                return self._narrow(message, c, stop, *answer)
        language = yes_language(message.body)
        if language is not None:
            codes = frozenset(self.registry.sender_codes(message.scope_sender))
            pending = pending_capture(self.ledger, message.number, codes)
            if pending is not None and datetime.now(UTC) < expires_at(
                    pending["id"], self.double_opt_in_hours):
                return self._confirm(message, c, pending, language)
        return None

    def _narrow(self, message: InboundMessage, c: Classification, stop: dict[str, str],
                answer: str, words: str) -> InboundOutcome:
        """Record the answer to the clarifying question as its own event. It gets no
        reply: the opt-out's one confirmation was the question."""
        everything = answer == "all"
        sender = stop.get("sender") or None
        event = ConsentEvent(
            kind=Kind.NARROWED, number=message.number, source="sms",
            scope="sender" if sender else "all", sender=sender, channel=message.channel,
            to=message.sender, service_sid=message.service_sid, keyword=words,
            language=c.language, message_sid=message.message_sid, body=message.body[:1600],
            dedupe_key=sms_dedupe_key(message.provider, message.message_sid),
            provider=message.provider, target=stop["id"], policy=stop.get("policy"),
            categories=CATEGORY_NAMES if everything else ("marketing",),
        )
        status = self.ledger.record(event).status
        self._note_message_id(message, status)
        log.info("inbound answer %s from %s narrows opt-out %s: %s", words,
                 mask_number(message.number), stop["id"], status)
        return InboundOutcome("narrowed", c, status, None, message.provider)

    def _confirm(self, message: InboundMessage, c: Classification, pending: dict[str, str],
                 language: str) -> InboundOutcome:
        """Record the YES that confirms a double opt-in; the words are the proof."""
        event = replace(outcome_event(
            pending, "confirmed", source="sms", channel=message.channel, to=message.sender,
            service_sid=message.service_sid, keyword=" ".join(message.body.split()).upper()[:40],
            language=language, message_sid=message.message_sid, body=message.body[:1600],
            dedupe_key=sms_dedupe_key(message.provider, message.message_sid),
            provider=message.provider),
            reply="confirmed" if self.reply_mode == "app" else None,
            reply_on=frozenset({"new"}) if self.reply_mode == "app" else frozenset())
        if event.reply:
            event = replace(event, reply_text=self.replies.text("confirmed", language))
        status = self.ledger.record(event).status
        self._note_message_id(message, status)
        log.info("inbound YES from %s confirms consent %s: %s", mask_number(message.number),
                 pending["id"], status)
        reply = event.reply_text if status in event.reply_on else None
        return InboundOutcome("confirmed", c, status, reply, message.provider)

    def _event(
        self,
        message: InboundMessage,
        c: Classification,
        kind: Kind,
        scope: str | None,
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
            dedupe_key=sms_dedupe_key(message.provider, message.message_sid),
            provider=message.provider,
            review_item=review_item,
        )
