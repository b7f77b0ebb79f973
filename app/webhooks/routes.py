"""``POST /webhooks/twilio/sms`` and ``POST /webhooks/twilio/status``."""

from __future__ import annotations

import logging

from flask import Blueprint, Response

from app.delivery_status import DeliveryFailure, failure_kind, record_delivery_failure
from app.errors import APIError
from app.inbound import InboundMessage
from app.numbers import mask_number
from app.replies import twiml
from app.services import Services
from app.web import services
from app.webhooks.fields import check_body, recipient, sender, service_sid
from app.webhooks.twilio_request import message_sid, read_signed_form, required

log = logging.getLogger(__name__)
bp = Blueprint("webhooks", __name__, url_prefix="/webhooks/twilio")


@bp.post("/sms")
def inbound_sms() -> Response:
    """An inbound text: record what it means, answer with TwiML."""
    svc: Services = services()
    region = svc.settings.default_region
    form = read_signed_form(svc.settings)
    sid = message_sid(form, "MessageSid", "SmsMessageSid", "SmsSid")
    body = check_body(required(form, "Body"), "Body")
    channel, number = recipient(required(form, "From"), "From", region)
    message = InboundMessage(
        message_sid=sid,
        number=number,
        sender=sender(required(form, "To"), "To", region),
        body=body,
        channel=channel,
        service_sid=service_sid(form.get("MessagingServiceSid")),
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
    sid = message_sid(form, "MessageSid", "SmsSid")
    error_code = (form.get("ErrorCode") or "").strip()
    kind = failure_kind("twilio", error_code)
    if kind is None:
        return Response(status=204)
    channel, number = recipient(required(form, "To"), "To", region)
    failure = DeliveryFailure(
        provider="twilio",
        kind=kind,
        message_id=sid,
        number=number,
        error_code=error_code,
        sender=sender(required(form, "From"), "From", region) if form.get("From") else None,
        service_sid=service_sid(form.get("MessagingServiceSid")),
        channel=channel,
        status=form.get("MessageStatus", ""),
    )
    if failure.needs_sender:
        raise APIError(400, "missing_field", "form field From or MessagingServiceSid is required")
    result = record_delivery_failure(svc.ledger, failure, svc.settings.revoke_scope,
                                     message_ids=svc.message_ids)
    log.info("status callback %s for %s: %s", error_code, mask_number(number), result.status)
    return Response(status=204)
