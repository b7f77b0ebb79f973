"""Confirmations on record: what became of the one confirmation text an opt-out got.

The event that was confirmed keeps the text (``reply``) and, when the text went back in the
webhook's answer (Twilio's TwiML, Plivo's XML), the time it was handed over
(``reply_sent_at``). What a carrier says later is a ``confirmation`` event of its own, whose
``target`` is the confirmed event: the carrier's message id (``reply_sid``), when its send
API took the text (``reply_sent_at``, carriers replied to through their API), and each
status it reported (``reply_status``: sent, delivered, undelivered, failed, read; with
``reply_status_at``). The ledger is append-only, so a later fact is a later event.

Twilio tells us about a TwiML reply only through the status callback named in the
``<Message statusCallback="...">`` attribute (twilio.com/docs/messaging/twiml/message):
:func:`status_callback_url` points it at our own ``/status`` webhook with the confirmed
event's ledger id in the query, which Twilio signs with the rest of the URL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.consent.events import ConsentEvent, Kind, RecordResult
from app.consent.ledger import ConsentLedger
from app.errors import InvalidField
from app.messaging.inbound import now_iso

# The query parameter of our status webhook that names the event a reply confirmed.
CONFIRMS = "confirms"
_LEDGER_ID = re.compile(r"[0-9]{1,19}-[0-9]{1,19}")
# Statuses worth keeping. Twilio posts no callback for a message's first status and calls
# queued/accepted/sending/scheduled transitional (twilio.com/docs/messaging/guides/
# outbound-message-status-in-status-callbacks); ``accepted`` is ours: a send API took it.
RECORDED_STATUSES = frozenset({"accepted", "sent", "delivered", "undelivered", "failed",
                               "read", "canceled"})
FAILED_STATUSES = frozenset({"undelivered", "failed", "canceled"})


def status_callback_url(base_url: str, provider: str, ledger_id: str) -> str:
    """Our status webhook, naming the event whose confirmation the callbacks are about."""
    return f"{base_url}/webhooks/{provider}/status?{CONFIRMS}={ledger_id}"


def confirmed_id(raw: str | None) -> str | None:
    """The ledger id of a ``confirms`` query parameter (None when absent).

    Raises:
        InvalidField: present but not a ledger id.
    """
    if raw is None:
        return None
    if not _LEDGER_ID.fullmatch(raw):
        raise InvalidField("invalid_field", f"query parameter {CONFIRMS} is not a ledger id")
    return raw


@dataclass(frozen=True)
class ReplyReport:
    """A carrier's word on a confirmation we sent to ``number`` for the event ``target``."""

    provider: str
    number: str
    target: str
    message_id: str
    status: str
    channel: str = "sms"
    error_code: str = ""
    at: str = ""  # when the carrier reported it (default: when we heard)
    sent_at: str = ""  # when the carrier's send API took it

    @property
    def worth_recording(self) -> bool:
        """Only statuses that say something final-ish are kept (one or two a reply)."""
        return self.status in RECORDED_STATUSES


def record_reply_report(ledger: ConsentLedger, report: ReplyReport) -> RecordResult:
    """Record ``report`` once per (carrier, message id, status), on the number's shard (a
    carrier that gave no id: once per confirmed event and status).

    Raises:
        StoreUnavailable: nothing was recorded (the carrier retries).
    """
    return ledger.record(ConsentEvent(
        kind=Kind.CONFIRMATION,
        number=report.number,
        source="carrier",
        channel=report.channel,
        target=report.target,
        provider=report.provider,
        reply_sid=report.message_id or None,
        reply_sent_at=report.sent_at or None,
        reply_status=report.status,
        reply_status_at=report.at or now_iso(),
        error_code=report.error_code or None,
        dedupe_key=f"confirmation:{report.provider}:"
                   f"{report.message_id or 'for-' + report.target}:{report.status}",
    ))
