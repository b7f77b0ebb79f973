"""Plivo messaging webhooks: form posts signed with X-Plivo-Signature-V3.

Inbound (the application's ``message_url``): ``MessageUUID, From, To, Type, Text`` (``Body``
for MMS and WhatsApp), ``MessageIntent``; status (the ``url`` of a sent message):
``MessageUUID, From, To, Status, ErrorCode``; numbers are E.164 without the ``+``
(plivo.com/docs/messaging/api/message/handling-incoming, .../message-status-callbacks).
Plivo takes the reply in the response, as Message XML.
"""

from __future__ import annotations

import hashlib
from xml.sax.saxutils import escape, quoteattr

from flask import Response, request

from app.carrier_signatures import SignatureError, verify_plivo
from app.delivery_status import DeliveryFailure, failure_kind
from app.inbound import InboundMessage, InboundOutcome
from app.web import services
from app.webhooks.fields import check_body, message_id, plus_e164, recipient, sender
from app.webhooks.providers.base import Parsed, ProviderAdapter
from app.webhooks.twilio_request import read_form, required, signed_url
from config import Settings

# Plivo's own reading of a keyword, as Twilio's OptOutType (used in REPLY_MODE=carrier).
_INTENTS = {"optout": "STOP", "optin": "START", "help": "HELP"}
# Plivo signs with a nonce but no time: a nonce seen on a handled request is a replay.
NONCE_KEY = "optout:carriers:plivo-nonce:"
NONCE_SECONDS = 7 * 24 * 3600  # longer than Plivo retries a callback


class PlivoAdapter(ProviderAdapter):
    """``/webhooks/plivo/sms`` (message_url) and ``/webhooks/plivo/status``."""

    name = "plivo"
    replies_inline = True

    def configured(self, settings: Settings) -> bool:
        return bool(settings.plivo_auth_token.get_secret_value())

    def verify(self, settings: Settings) -> None:
        form = read_form()
        nonce = request.headers.get("X-Plivo-Signature-V3-Nonce", "")
        verify_plivo(
            settings.plivo_auth_token.get_secret_value(),
            signed_url(settings),
            form.to_dict(flat=False),
            request.headers.get("X-Plivo-Signature-V3", ""),
            nonce,
        )
        if services().connections.redis.exists(_nonce_key(nonce)):
            raise SignatureError("replayed_request", "this X-Plivo-Signature-V3-Nonce was "
                                 "already used by a handled request")

    def accepted(self, settings: Settings) -> None:
        nonce = request.headers.get("X-Plivo-Signature-V3-Nonce", "")
        services().connections.redis.set(_nonce_key(nonce), 1, ex=NONCE_SECONDS)

    def inbound(self, settings: Settings) -> Parsed:
        form = read_form()
        region = settings.default_region
        kind = (form.get("Type") or "sms").lower()
        # An SMS has Text; an MMS or WhatsApp message may carry only media and no Body.
        body_field = "Text" if kind == "sms" or "Text" in form else "Body"
        body = required(form, body_field) if body_field == "Text" else form.get("Body", "")
        _, number = recipient(plus_e164(required(form, "From")), "From", region)
        return InboundMessage(
            message_sid=message_id(required(form, "MessageUUID"), "MessageUUID"),
            number=number,
            sender=sender(plus_e164(required(form, "To")), "To", region),
            body=check_body(body, body_field),
            channel=kind,
            opt_out_type=_INTENTS.get((form.get("MessageIntent") or "").lower()),
            provider=self.name,
        )

    def status(self, settings: Settings) -> DeliveryFailure | None:
        form = read_form()
        code = (form.get("ErrorCode") or "").strip()
        kind = failure_kind(self.name, code)
        if kind is None:
            return None
        region = settings.default_region
        _, number = recipient(plus_e164(required(form, "To")), "To", region)
        return DeliveryFailure(
            provider=self.name,
            kind=kind,
            message_id=message_id(required(form, "MessageUUID"), "MessageUUID"),
            number=number,
            error_code=code,
            sender=sender(plus_e164(required(form, "From")), "From", region),
            channel=(form.get("Type") or "sms").lower(),
            status=form.get("Status", ""),
        )

    def answer(self, message: InboundMessage, outcome: InboundOutcome) -> Response:
        return Response(message_xml(message, outcome.reply), status=200,
                        mimetype="application/xml")


def message_xml(message: InboundMessage, text: str | None) -> str:
    """Plivo Message XML texting ``text`` back, or an empty Response."""
    if not text:
        return "<Response></Response>"
    src = quoteattr(message.sender.lstrip("+"))
    dst = quoteattr(message.number.lstrip("+"))
    return f'<Response><Message src={src} dst={dst} type="sms">{escape(text)}</Message></Response>'


def _nonce_key(nonce: str) -> str:
    return NONCE_KEY + hashlib.sha256(nonce.encode()).hexdigest()[:32]
