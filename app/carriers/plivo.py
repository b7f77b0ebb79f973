"""Plivo messaging: form posts signed with ``X-Plivo-Signature-V3``.

Inbound (the application's ``message_url``): ``MessageUUID, From, To, Type, Text`` (``Body``
for MMS and WhatsApp), ``MessageIntent``; status (the ``url`` of a sent message):
``MessageUUID, From, To, Status, ErrorCode``; numbers are E.164 without the ``+``
(plivo.com/docs/messaging/api/message/handling-incoming, .../message-status-callbacks).
The signature is base64 HMAC-SHA256, keyed with the auth token, of the URL with its query
sorted, then (POST) the sorted form fields as ``keyvalue`` pairs, then
``"." + X-Plivo-Signature-V3-Nonce`` (plivo-python ``plivo/utils/signature_v3.py``). Plivo
signs no time, so the nonce of a handled request is remembered and refused after. Plivo
takes the reply in the response, as Message XML; a text that answers none (a double opt-in's
request) goes through its Message API.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, urlsplit, urlunsplit
from xml.sax.saxutils import escape, quoteattr

import requests

from app.carriers.base import (
    SEND_TIMEOUT_SECONDS,
    Answer,
    Carrier,
    CarrierErrors,
    Parsed,
    WebhookRequest,
    form_fields,
    raise_for,
    required,
)
from app.carriers.fields import check_body, message_id, plus_e164, recipient, sender
from app.errors import SignatureError
from app.messaging.delivery import DeliveryFailure
from app.messaging.inbound import InboundMessage
from app.phone import mask_number

if TYPE_CHECKING:
    from app.messaging.outbound import ProviderReply
    from config import Settings

log = logging.getLogger(__name__)
MESSAGES_URL = "https://api.plivo.com/v1/Account/{auth_id}/Message/"

# Plivo's own reading of a keyword, as Twilio's OptOutType (used in REPLY_MODE=carrier).
_INTENTS = {"optout": "STOP", "optin": "START", "help": "HELP"}

ERRORS = CarrierErrors(
    # 200 "Source number blocked by STOP from destination number: the destination has
    # opted out ... blocked all messages sent from your phone number"
    # (plivo.com/docs/messaging/troubleshooting/error-codes).
    opt_out=frozenset({"200"}),
    # 50 "Invalid destination number: ... not SMS-enabled, or is a PSTN landline";
    # 70 "Destination permanently unavailable: the dst phone number is not active"
    # (same page).
    undeliverable=frozenset({"50", "70"}),
)


class Plivo(Carrier):
    """``/webhooks/plivo/sms`` (message_url) and ``/webhooks/plivo/status``."""

    name = "plivo"
    title = "Plivo"
    errors = ERRORS
    replies_inline = True

    def configured(self, settings: Settings) -> bool:
        return bool(settings.plivo_auth_token.get_secret_value())

    def verify(self, request: WebhookRequest, settings: Settings) -> None:
        verify_plivo(
            settings.plivo_auth_token.get_secret_value(),
            request.url,
            form_fields(request).to_dict(flat=False),
            request.header("X-Plivo-Signature-V3"),
            request.header("X-Plivo-Signature-V3-Nonce"),
        )

    def nonce(self, request: WebhookRequest) -> str | None:
        return request.header("X-Plivo-Signature-V3-Nonce")

    def inbound(self, request: WebhookRequest, settings: Settings) -> Parsed:
        form = form_fields(request)
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

    def status(self, request: WebhookRequest, settings: Settings) -> DeliveryFailure | None:
        form = form_fields(request)
        code = (form.get("ErrorCode") or "").strip()
        kind = self.errors.kind_of(code)
        if kind is None:
            return None
        region = settings.default_region
        _, number = recipient(plus_e164(required(form, "To")), "To", region)
        return self.failure(
            kind,
            message_id=message_id(required(form, "MessageUUID"), "MessageUUID"),
            number=number,
            error_code=code,
            sender=sender(plus_e164(required(form, "From")), "From", region),
            channel=(form.get("Type") or "sms").lower(),
            status=form.get("Status", ""),
        )

    def answer(self, message: InboundMessage, reply: str | None,
               status_callback: str | None = None) -> Answer:
        return Answer(message_xml(message, reply), 200, "application/xml")

    def can_send(self, settings: Settings) -> bool:
        return bool(settings.plivo_auth_id and settings.plivo_auth_token.get_secret_value())

    def send(self, reply: ProviderReply, settings: Settings,
             session: requests.Session) -> dict[str, object]:
        """A text that answers no inbound one (a double opt-in's request): the Message API,
        ``POST /v1/Account/{auth_id}/Message/`` with ``src``, ``dst`` and ``text``
        (plivo.com/docs/messaging/api/message/send-a-message), answered 202 with
        ``message_uuid``."""
        if not self.can_send(settings):
            log.error("no PLIVO_AUTH_ID: the text to %s was not sent", mask_number(reply.to))
            return {"sent": False, "reason": "PLIVO_AUTH_ID and PLIVO_AUTH_TOKEN are not set"}
        response = session.post(
            MESSAGES_URL.format(auth_id=settings.plivo_auth_id),
            json={"src": reply.sender.lstrip("+"), "dst": reply.to.lstrip("+"),
                  "text": reply.text},
            auth=(settings.plivo_auth_id, settings.plivo_auth_token.get_secret_value()),
            headers={"Accept": "application/json"},
            timeout=SEND_TIMEOUT_SECONDS,
        )
        raise_for(response, self.title)
        uuids = response.json().get("message_uuid") or [""]
        return {"sent": True, "id": str(uuids[0] if isinstance(uuids, list) else uuids)}


def message_xml(message: InboundMessage, text: str | None) -> str:
    """Plivo Message XML texting ``text`` back, or an empty Response."""
    if not text:
        return "<Response></Response>"
    src = quoteattr(message.sender.lstrip("+"))
    dst = quoteattr(message.number.lstrip("+"))
    return f'<Response><Message src={src} dst={dst} type="sms">{escape(text)}</Message></Response>'


def plivo_signed_string(url: str, params: Mapping[str, Iterable[str]], method: str = "POST"
                        ) -> str:
    """What Plivo signs for ``url`` and the form fields ``params`` (before the nonce)."""
    parts = urlsplit(url)
    base = urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))
    query: dict[str, list[str]] = {}
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        query.setdefault(key, []).append(value)
    if method.upper() == "GET":
        query = {**query}
        for key, values in params.items():
            query.setdefault(key, []).extend(values)
        params = {}
    query_string = "&".join(
        "&".join(f"{key}={value}" for value in sorted(query[key])) for key in sorted(query)
    )
    if query_string or params:
        base += "?" + query_string
    if query_string and params:
        base += "."
    return base + "".join(
        "".join(f"{key}{value}" for value in sorted(params[key])) for key in sorted(params)
    )


def plivo_signature(auth_token: str, url: str, params: Mapping[str, Iterable[str]],
                    nonce: str, method: str = "POST") -> str:
    """X-Plivo-Signature-V3 for a request to ``url`` with ``params`` and ``nonce``."""
    message = f"{plivo_signed_string(url, params, method)}.{nonce}".encode()
    digest = hmac.new(auth_token.encode(), message, hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


def verify_plivo(auth_token: str, url: str, params: Mapping[str, Iterable[str]],
                 signature: str, nonce: str, method: str = "POST") -> None:
    """Check X-Plivo-Signature-V3 (a comma-separated list while a token is rotated).

    Raises:
        SignatureError: missing headers or no listed signature matches.
    """
    if not signature or not nonce:
        raise SignatureError(
            "missing_signature", "X-Plivo-Signature-V3 and X-Plivo-Signature-V3-Nonce are required"
        )
    expected = plivo_signature(auth_token, url, params, nonce, method)
    if not any(hmac.compare_digest(expected, given.strip()) for given in signature.split(",")):
        raise SignatureError(
            "bad_signature", "X-Plivo-Signature-V3 does not match this request (check "
            "PLIVO_AUTH_TOKEN and PUBLIC_BASE_URL)"
        )
