"""Vonage Messages API: JSON with a signed JWT in ``Authorization``.

Inbound: ``{"channel": "sms", "message_uuid", "from", "to", "text", "timestamp", ...}``;
status: ``{"message_uuid", "from", "to", "status", "error": {"type", "title", "detail"}}``
with numbers in E.164 without the ``+`` (developer.vonage.com/en/api/messages, "Webhooks").
The JWT is HS256 with the signature secret; its ``payload_hash`` claim is the SHA-256 of the
body (developer.vonage.com/en/messages/concepts/signed-webhooks). Replies go through
``POST /v1/messages``.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
import time
from typing import TYPE_CHECKING, Any

import jwt
import requests

from app.carriers.base import (
    SEND_TIMEOUT_SECONDS,
    Carrier,
    CarrierErrors,
    Parsed,
    WebhookRequest,
    check_signed_time,
    json_body,
    json_field,
    optional,
    raise_for,
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
MESSAGES_URL = "https://api.nexmo.com/v1/messages"

ERRORS = CarrierErrors(
    # Messages API 1050 "Number barred - The number you are trying to submit to is
    # blacklisted and may not receive messages": Vonage's opt-out list after a STOP
    # (developer.vonage.com/en/api-errors/messages#1050).
    opt_out=frozenset({"1050"}),
    # Messages API 1170 "Invalid or Missing MSISDN": the recipient is not a number that
    # can receive texts (developer.vonage.com/en/api-errors/messages#1170; the SMS
    # API's code 34 of the same name reads "the phone number you supplied in the to
    # parameter of your request was either missing or invalid").
    undeliverable=frozenset({"1170"}),
)


class Vonage(Carrier):
    """``/webhooks/vonage/sms`` (inbound URL) and ``/webhooks/vonage/status`` (status URL)."""

    name = "vonage"
    title = "Vonage"
    errors = ERRORS

    def configured(self, settings: Settings) -> bool:
        return bool(settings.vonage_signature_secret.get_secret_value())

    def can_send(self, settings: Settings) -> bool:
        return bool(settings.vonage_api_key and settings.vonage_api_secret.get_secret_value())

    def verify(self, request: WebhookRequest, settings: Settings) -> None:
        verify_vonage(
            settings.vonage_signature_secret.get_secret_value(),
            request.header("Authorization"),
            request.body,
            tolerance=settings.webhook_timestamp_tolerance_seconds,
        )

    def inbound(self, request: WebhookRequest, settings: Settings) -> Parsed:
        payload = json_body(request)
        region = settings.default_region
        channel = str(payload.get("channel") or "sms").lower()
        # Only a text message must have text; an image or a file has none, and means nothing.
        is_text = payload.get("message_type", "text") == "text"
        body = json_field(payload, "text") if is_text else str(payload.get("text") or "")
        _, number = recipient(plus_e164(json_field(payload, "from")), "from", region)
        return InboundMessage(
            message_sid=message_id(json_field(payload, "message_uuid"), "message_uuid"),
            number=number,
            sender=sender(plus_e164(json_field(payload, "to")), "to", region),
            body=check_body(body, "text"),
            channel=channel,
            provider=self.name,
        )

    def status(self, request: WebhookRequest, settings: Settings) -> DeliveryFailure | None:
        payload = json_body(request)
        code = error_code(payload)
        kind = self.errors.kind_of(code) if code else None
        if kind is None:
            return None
        region = settings.default_region
        _, number = recipient(plus_e164(json_field(payload, "to")), "to", region)
        return self.failure(
            kind,
            message_id=message_id(json_field(payload, "message_uuid"), "message_uuid"),
            number=number,
            error_code=code,
            sender=sender(plus_e164(json_field(payload, "from")), "from", region),
            channel=str(payload.get("channel") or "sms").lower(),
            status=str(payload.get("status") or ""),
        )

    def send(self, reply: ProviderReply, settings: Settings,
             session: requests.Session) -> dict[str, object]:
        secret = settings.vonage_api_secret.get_secret_value()
        if not (settings.vonage_api_key and secret):
            log.error("no VONAGE_API_KEY/VONAGE_API_SECRET: the reply to %s was not sent",
                      mask_number(reply.to))
            return {"sent": False, "reason": "VONAGE_API_KEY and VONAGE_API_SECRET are not set"}
        response = session.post(
            MESSAGES_URL,
            json={"message_type": "text", "text": reply.text, "channel": reply.channel,
                  # The Messages API writes E.164 without the plus.
                  "to": reply.to.lstrip("+"), "from": reply.sender.lstrip("+")},
            auth=(settings.vonage_api_key, secret),
            headers={"Accept": "application/json"},
            timeout=SEND_TIMEOUT_SECONDS,
        )
        raise_for(response, self.title)
        return {"sent": True, "id": str(response.json().get("message_uuid", ""))}


def error_code(payload: dict[str, Any]) -> str:
    """The Messages API error code of a status: ``error.title`` (a number), else the
    fragment of ``error.type`` (``.../api-errors/messages#1050``)."""
    title = optional(payload, "error.title")
    if isinstance(title, int) or (isinstance(title, str) and title.strip().isdigit()):
        return str(title).strip()
    kind = optional(payload, "error.type")
    if isinstance(kind, str) and "#" in kind:
        return kind.rsplit("#", 1)[1].strip()
    return ""


def verify_vonage(secret: str, authorization: str, body: bytes, *, tolerance: int,
                  now: float | None = None) -> dict[str, Any]:
    """The claims of a Vonage signed webhook, checked against its raw ``body``.

    Raises:
        SignatureError: no bearer token, a bad or foreign signature, a payload that is not
            the one signed, or an ``iat`` outside ``tolerance`` seconds (a replay).
    """
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise SignatureError("missing_signature", "Authorization: Bearer <JWT> is required")
    try:
        claims: dict[str, Any] = jwt.decode(
            token.strip(), secret, algorithms=["HS256"],
            options={"require": ["iat"], "verify_iat": False},
        )
    except jwt.InvalidTokenError as exc:
        raise SignatureError(
            "bad_signature", f"the webhook JWT does not verify ({exc}); check "
            "VONAGE_SIGNATURE_SECRET"
        ) from None
    check_signed_time(str(claims["iat"]), "iat", tolerance, now)
    expected = hashlib.sha256(body).hexdigest()
    if not hmac.compare_digest(str(claims.get("payload_hash", "")).lower(), expected):
        raise SignatureError("bad_signature", "payload_hash does not match the request body")
    return claims


def sign_vonage(secret: str, body: bytes, *, iat: int | None = None,
                api_key: str = "abcd1234") -> str:
    """``Authorization`` header value Vonage sends with ``body`` (simulator, tests)."""
    claims = {
        "iat": int(time.time()) if iat is None else iat,
        "jti": secrets.token_hex(16),
        "iss": "Vonage",
        "payload_hash": hashlib.sha256(body).hexdigest(),
        "api_key": api_key,
        "application_id": "aaaaaaaa-bbbb-4ccc-8ddd-0123456789ab",
    }
    return "Bearer " + jwt.encode(claims, secret, algorithm="HS256")
