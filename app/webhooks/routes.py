"""``POST /webhooks/twilio/sms`` and ``POST /webhooks/twilio/status``."""

from __future__ import annotations

import logging

from flask import Blueprint, Response

from app.errors import APIError
from app.exceptions import InvalidNumber, InvalidSender
from app.inbound import InboundMessage
from app.ledger import ConsentEvent, Kind
from app.numbers import (
    is_service_sid,
    mask_number,
    normalize_number,
    normalize_sender,
    split_channel,
)
from app.replies import twiml
from app.revocation import opt_out_scope
from app.services import Services
from app.web import services
from app.webhooks.twilio_request import read_signed_form, required

log = logging.getLogger(__name__)
bp = Blueprint("webhooks", __name__, url_prefix="/webhooks/twilio")

MAX_BODY_CHARS = 1600  # the longest message Twilio delivers
OPT_OUT_ERROR = "21610"  # the carrier says the recipient replied STOP to this sender
UNDELIVERABLE_ERRORS = frozenset({"21211", "21614", "30005", "30006"})


def _recipient(raw: str, field: str, region: str) -> tuple[str, str]:
    channel, address = split_channel(raw)
    try:
        return channel, normalize_number(address, region)
    except InvalidNumber as exc:
        raise APIError(400, "invalid_number", f"{field}: {exc}") from None


def _sender(raw: str, field: str, region: str) -> str:
    try:
        return normalize_sender(raw, region)
    except InvalidSender as exc:
        raise APIError(400, "invalid_sender", f"{field}: {exc}") from None


def _service_sid(raw: str | None) -> str | None:
    if not raw:
        return None
    if not is_service_sid(raw):
        raise APIError(400, "invalid_sender", "MessagingServiceSid is not MG + 32 hex digits")
    return "MG" + raw[2:].lower()


@bp.post("/sms")
def inbound_sms() -> Response:
    """An inbound text: record what it means, answer with TwiML."""
    svc: Services = services()
    region = svc.settings.default_region
    form = read_signed_form(svc.settings)
    message_sid = required(form, "MessageSid", "SmsMessageSid", "SmsSid")
    body = required(form, "Body")
    if len(body) > MAX_BODY_CHARS:
        raise APIError(400, "body_too_long", f"Body exceeds {MAX_BODY_CHARS} characters")
    channel, number = _recipient(required(form, "From"), "From", region)
    message = InboundMessage(
        message_sid=message_sid,
        number=number,
        sender=_sender(required(form, "To"), "To", region),
        body=body,
        channel=channel,
        service_sid=_service_sid(form.get("MessagingServiceSid")),
        opt_out_type=form.get("OptOutType") or None,
    )
    outcome = svc.inbound.handle(message)
    return Response(twiml(outcome.reply), status=200, mimetype="text/xml")


@bp.post("/status")
def status_callback() -> Response:
    """A delivery status callback: 21610 is an opt-out at the carrier; some errors mean the
    number can never receive texts (recorded as undeliverable, not as consent revoked)."""
    svc: Services = services()
    region = svc.settings.default_region
    form = read_signed_form(svc.settings)
    error_code = (form.get("ErrorCode") or "").strip()
    if error_code != OPT_OUT_ERROR and error_code not in UNDELIVERABLE_ERRORS:
        return Response(status=204)
    message_sid = required(form, "MessageSid", "SmsSid")
    channel, number = _recipient(required(form, "To"), "To", region)
    service_sid = _service_sid(form.get("MessagingServiceSid"))
    sender = _sender(required(form, "From"), "From", region) if form.get("From") else None
    if error_code == OPT_OUT_ERROR and not (service_sid or sender):
        raise APIError(400, "missing_field", "form field From or MessagingServiceSid is required")
    is_opt_out = error_code == OPT_OUT_ERROR
    event = ConsentEvent(
        kind=Kind.OPT_OUT if is_opt_out else Kind.UNDELIVERABLE,
        number=number,
        source="carrier",
        scope=opt_out_scope("sender", svc.settings.revoke_scope) if is_opt_out else "sender",
        sender=service_sid or sender,
        channel=channel,
        to=sender,
        service_sid=service_sid,
        message_sid=message_sid,
        error_code=error_code,
        note=f"Twilio status callback {form.get('MessageStatus', '')} {error_code}".strip(),
        dedupe_key=f"status:{message_sid}:{error_code}",
    )
    result = svc.ledger.record(event)
    log.info("status callback %s for %s: %s", error_code, mask_number(number), result.status)
    return Response(status=204)
