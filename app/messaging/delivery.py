"""Delivery-status reports from any carrier: an opt-out at the carrier or a dead number.

Every carrier turns its status payload into a :class:`DeliveryFailure` (which codes mean an
opt-out and which a number that cannot receive texts is each carrier's own table); recording
one is the same for every carrier. Nothing here knows Flask.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.consent.events import ConsentEvent, Kind, RecordResult
from app.consent.ledger import ConsentLedger
from app.consent.policy import DEFAULT_POLICY, Policy
from app.messaging.message_ids import MessageIds, status_dedupe_key


@dataclass(frozen=True)
class DeliveryFailure:
    """A failed outbound text whose error code means something for consent.

    ``number`` is the recipient (E.164); ``sender`` the number or short code we texted
    from; ``service_sid`` the Twilio Messaging Service, when there is one; ``note`` what
    the carrier reported, in words.
    """

    provider: str
    kind: Kind
    message_id: str
    number: str
    error_code: str
    sender: str | None = None
    service_sid: str | None = None
    channel: str = "sms"
    status: str = ""
    note: str = ""

    @property
    def needs_sender(self) -> bool:
        """An opt-out is for one sender: without one it cannot be recorded."""
        return self.kind is Kind.OPT_OUT and not (self.service_sid or self.sender)


def record_delivery_failure(ledger: ConsentLedger, failure: DeliveryFailure,
                            policy: Policy = DEFAULT_POLICY, *,
                            message_ids: MessageIds | None = None) -> RecordResult:
    """Record ``failure`` in the consent ledger (once per message, number, kind and error
    code), with the scope ``policy`` gives an opt-out: every category, since the carrier
    itself refuses every text from that sender now. With ``message_ids``, a message id
    already recorded for another number is logged (WARNING).

    Raises:
        InvalidEvent: an opt-out without a sender.
        StoreUnavailable: nothing was recorded.
    """
    event = policy.widened(ConsentEvent(
        kind=failure.kind,
        number=failure.number,
        source="carrier",
        sender=failure.service_sid or failure.sender,
        channel=failure.channel,
        to=failure.sender,
        service_sid=failure.service_sid,
        message_sid=failure.message_id,
        error_code=failure.error_code,
        note=failure.note,
        dedupe_key=status_dedupe_key(failure.provider, failure.message_id, failure.error_code),
        provider=failure.provider,
    ), words_cover_all=True)  # the carrier now blocks every text from that sender
    result = ledger.record(event)
    if message_ids is not None and result.status not in ("duplicate", "erased"):
        message_ids.note(failure.provider, failure.message_id, failure.number,
                         what="status callback")
    return result
