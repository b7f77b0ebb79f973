"""Delivery-status reports from any carrier: an opt-out at the carrier or a dead number.

Every provider's status webhook turns its payload into a :class:`DeliveryFailure`; what a
failure means (which codes are opt-outs, which are numbers that cannot receive texts) is
decided here, once, for every provider. Nothing here knows Flask.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.ledger import ConsentEvent, ConsentLedger, Kind, RecordResult
from app.message_ids import MessageIds
from app.revocation import opt_out_scope
from config.settings import RevokeScope


@dataclass(frozen=True)
class CarrierErrors:
    """A provider's delivery error codes that change what a check answers."""

    opt_out: frozenset[str]
    undeliverable: frozenset[str]


CARRIER_ERRORS: dict[str, CarrierErrors] = {
    "twilio": CarrierErrors(
        # 21610: "Message cannot be sent to the 'To' number because the customer has replied
        # with STOP" (twilio.com/docs/api/errors/21610).
        opt_out=frozenset({"21610"}),
        # 21211 invalid 'To' number, 21614 'To' is not a mobile number, 30005 unknown
        # destination handset, 30006 landline or unreachable carrier
        # (twilio.com/docs/api/errors/<code>).
        undeliverable=frozenset({"21211", "21614", "30005", "30006"}),
    ),
    "telnyx": CarrierErrors(
        # 40300 "Blocked due to STOP message": the destination sent STOP/END/QUIT to this
        # number (developers.telnyx.com/api/errors/40300).
        opt_out=frozenset({"40300"}),
        # 40001 "Not routable: the destination number is either a landline or a non-routable
        # wireless number"; 40012 "Invalid destination number: carrier rejected the
        # destination number" (developers.telnyx.com/docs/messaging/messages/error-codes).
        undeliverable=frozenset({"40001", "40012"}),
    ),
    "vonage": CarrierErrors(
        # Messages API 1050 "Number barred - The number you are trying to submit to is
        # blacklisted and may not receive messages": Vonage's opt-out list after a STOP
        # (developer.vonage.com/en/api-errors/messages#1050).
        opt_out=frozenset({"1050"}),
        # Messages API 1170 "Invalid or Missing MSISDN": the recipient is not a number that
        # can receive texts (developer.vonage.com/en/api-errors/messages#1170; the SMS
        # API's code 34 of the same name reads "the phone number you supplied in the to
        # parameter of your request was either missing or invalid").
        undeliverable=frozenset({"1170"}),
    ),
    "plivo": CarrierErrors(
        # 200 "Source number blocked by STOP from destination number: the destination has
        # opted out ... blocked all messages sent from your phone number"
        # (plivo.com/docs/messaging/troubleshooting/error-codes).
        opt_out=frozenset({"200"}),
        # 50 "Invalid destination number: ... not SMS-enabled, or is a PSTN landline";
        # 70 "Destination permanently unavailable: the dst phone number is not active"
        # (same page).
        undeliverable=frozenset({"50", "70"}),
    ),
    "bandwidth": CarrierErrors(
        # 4775 "destination-rejected-due-to-user-opt-out: User has opted out of receiving
        # messages from a particular sender" (dev.bandwidth.com/docs/messaging/errors).
        opt_out=frozenset({"4775"}),
        # 4700 "invalid-service-type: messaging is not supported by the carrier or handset";
        # 4720 "invalid-destination-address: ... not enabled for messaging (like a
        # landline)"; 4721 "destination-tn-deactivated: on the deactivation list" (same page).
        undeliverable=frozenset({"4700", "4720", "4721"}),
    ),
}

PROVIDER_NAMES = {"twilio": "Twilio", "telnyx": "Telnyx", "vonage": "Vonage", "plivo": "Plivo",
                  "bandwidth": "Bandwidth"}


def failure_kind(provider: str, error_code: str) -> Kind | None:
    """``OPT_OUT``, ``UNDELIVERABLE`` or None (an error that says nothing about consent)."""
    errors = CARRIER_ERRORS[provider]
    code = error_code.strip()
    if code in errors.opt_out:
        return Kind.OPT_OUT
    if code in errors.undeliverable:
        return Kind.UNDELIVERABLE
    return None


@dataclass(frozen=True)
class DeliveryFailure:
    """A failed outbound text whose error code means something for consent.

    ``number`` is the recipient (E.164); ``sender`` the number or short code we texted
    from; ``service_sid`` the Twilio Messaging Service, when there is one.
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

    @property
    def needs_sender(self) -> bool:
        """An opt-out is for one sender: without one it cannot be recorded."""
        return self.kind is Kind.OPT_OUT and not (self.service_sid or self.sender)


def record_delivery_failure(ledger: ConsentLedger, failure: DeliveryFailure,
                            revoke_scope: RevokeScope = "sender", *,
                            message_ids: MessageIds | None = None) -> RecordResult:
    """Record ``failure`` in the consent ledger (once per message, number, kind and error
    code); a carrier opt-out covers every sender under ``REVOKE_SCOPE=all``. With
    ``message_ids``, a message id already recorded for another number is logged (WARNING).

    Raises:
        InvalidEvent: an opt-out without a sender.
        redis.RedisError: nothing was recorded.
    """
    # Twilio's key predates the other carriers: keep it so a retried callback that straddles
    # the upgrade is still recognised as a repeat.
    scope = "" if failure.provider == "twilio" else f"{failure.provider}:"
    event = ConsentEvent(
        kind=failure.kind,
        number=failure.number,
        source="carrier",
        scope=opt_out_scope("sender", revoke_scope) if failure.kind is Kind.OPT_OUT
        else "sender",
        sender=failure.service_sid or failure.sender,
        channel=failure.channel,
        to=failure.sender,
        service_sid=failure.service_sid,
        message_sid=failure.message_id,
        error_code=failure.error_code,
        note=f"{PROVIDER_NAMES[failure.provider]} status callback "
        f"{failure.status} {failure.error_code}".replace("  ", " ").strip(),
        dedupe_key=f"status:{scope}{failure.message_id}:{failure.error_code}",
        provider=failure.provider,
    )
    result = ledger.record(event)
    if message_ids is not None and result.status != "duplicate":
        message_ids.note(failure.provider, failure.message_id, failure.number,
                         what="status callback")
    return result
