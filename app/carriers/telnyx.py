"""Telnyx Messaging (API v2): JSON events signed with Ed25519.

Inbound texts arrive as ``message.received``; the outcome of a text we sent as
``message.sent`` / ``message.finalized`` with ``payload.errors`` (Telnyx posts both kinds to
the messaging profile's one webhook URL, so ``/sms`` accepts status events too).
Payloads: developers.telnyx.com/docs/messaging/messages/receiving-webhooks. The signature is
Ed25519 over ``"{telnyx-timestamp}|{raw body}"``, base64 in ``telnyx-signature-ed25519``,
checked with the account's public key (developers.telnyx.com/docs/development/
api-fundamentals/webhooks). Replies go through ``POST /v2/messages``.
"""

from __future__ import annotations

import base64
import binascii
import logging
import time
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import requests
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

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
from app.carriers.fields import check_body, message_id, recipient, sender
from app.errors import SignatureError
from app.messaging.delivery import DeliveryFailure
from app.messaging.inbound import InboundMessage
from app.phone import mask_number

if TYPE_CHECKING:
    from app.messaging.outbound import ProviderReply
    from config import Settings

log = logging.getLogger(__name__)

STATUS_EVENTS = frozenset({"message.sent", "message.finalized"})
MESSAGES_URL = "https://api.telnyx.com/v2/messages"
# Telnyx refuses a send to a number that texted STOP to this sender (HTTP 409, error 40300,
# developers.telnyx.com/api/errors/40300): its default opt-out handling has then already
# confirmed, so our confirmation is not needed (and must not be retried).
BLOCKED = "40300"

ERRORS = CarrierErrors(
    # 40300 "Blocked due to STOP message": the destination sent STOP/END/QUIT to this
    # number (developers.telnyx.com/api/errors/40300).
    opt_out=frozenset({"40300"}),
    # 40001 "Not routable: the destination number is either a landline or a non-routable
    # wireless number"; 40012 "Invalid destination number: carrier rejected the
    # destination number" (developers.telnyx.com/docs/messaging/messages/error-codes).
    undeliverable=frozenset({"40001", "40012"}),
)


class Telnyx(Carrier):
    """``/webhooks/telnyx/sms`` and ``/webhooks/telnyx/status``."""

    name = "telnyx"
    title = "Telnyx"
    errors = ERRORS

    def configured(self, settings: Settings) -> bool:
        return bool(settings.telnyx_public_key)

    def can_send(self, settings: Settings) -> bool:
        return bool(settings.telnyx_api_key.get_secret_value())

    def verify(self, request: WebhookRequest, settings: Settings) -> None:
        verify_telnyx(
            settings.telnyx_public_key,
            request.header("telnyx-signature-ed25519"),
            request.header("telnyx-timestamp"),
            request.body,
            tolerance=settings.webhook_timestamp_tolerance_seconds,
        )

    def inbound(self, request: WebhookRequest, settings: Settings) -> Parsed:
        event = json_body(request)
        event_type = json_field(event, "data.event_type")
        if event_type in STATUS_EVENTS:
            return self._failure(event, settings.default_region)
        if event_type != "message.received":
            return None
        region = settings.default_region
        payload = json_field(event, "data.payload", kind=dict)
        if "text" not in payload:
            json_field(event, "data.payload.text")  # 400 naming it
        channel, number = recipient(
            json_field(event, "data.payload.from.phone_number"),
            "data.payload.from.phone_number", region)
        return InboundMessage(
            message_sid=message_id(json_field(event, "data.payload.id"), "data.payload.id"),
            number=number,
            sender=sender(json_field(event, "data.payload.to.0.phone_number"),
                          "data.payload.to.0.phone_number", region),
            body=check_body(payload.get("text") or "", "data.payload.text"),
            channel=str(payload.get("type") or channel).lower(),
            provider=self.name,
        )

    def status(self, request: WebhookRequest, settings: Settings) -> DeliveryFailure | None:
        event = json_body(request)
        if json_field(event, "data.event_type") not in STATUS_EVENTS:
            return None
        return self._failure(event, settings.default_region)

    def _failure(self, event: dict[str, Any], region: str) -> DeliveryFailure | None:
        """The first error of a sent message that means an opt-out or a dead number."""
        errors = optional(event, "data.payload.errors") or []
        for error in errors if isinstance(errors, list) else []:
            code = str(error.get("code", "")) if isinstance(error, dict) else ""
            kind = self.errors.kind_of(code)
            if kind is None:
                continue
            channel, number = recipient(json_field(event, "data.payload.to.0.phone_number"),
                                        "data.payload.to.0.phone_number", region)
            return self.failure(
                kind,
                message_id=message_id(json_field(event, "data.payload.id"), "data.payload.id"),
                number=number,
                error_code=code,
                sender=sender(json_field(event, "data.payload.from.phone_number"),
                              "data.payload.from.phone_number", region),
                channel=channel,
                status=str(optional(event, "data.payload.to.0.status") or ""),
            )
        return None

    def send(self, reply: ProviderReply, settings: Settings,
             session: requests.Session) -> dict[str, object]:
        api_key = settings.telnyx_api_key.get_secret_value()
        if not api_key:
            log.error("no TELNYX_API_KEY: the reply to %s was not sent", mask_number(reply.to))
            return {"sent": False, "reason": "TELNYX_API_KEY is not set"}
        response = session.post(
            MESSAGES_URL,
            json={"from": reply.sender, "to": reply.to, "text": reply.text},
            headers={"Authorization": f"Bearer {api_key}", "Accept": "application/json"},
            timeout=SEND_TIMEOUT_SECONDS,
        )
        if response.status_code >= 400 and _error_codes(response) & {BLOCKED}:
            log.info("Telnyx already blocked %s after its STOP; reply not needed",
                     mask_number(reply.to))
            return {"sent": False, "reason": "blocked at the carrier (40300)"}
        raise_for(response, self.title)
        return {"sent": True, "id": str(response.json().get("data", {}).get("id", ""))}


def _error_codes(response: requests.Response) -> set[str]:
    try:
        errors = response.json().get("errors", [])
    except ValueError:
        return set()
    return {str(e.get("code")) for e in errors if isinstance(e, dict)}


@lru_cache(maxsize=4)
def telnyx_public_key(encoded: str) -> Ed25519PublicKey:
    """The Ed25519 key of TELNYX_PUBLIC_KEY (base64 of the raw 32 bytes).

    Raises:
        ValueError: not base64 of 32 bytes.
    """
    try:
        raw = base64.b64decode(encoded.strip(), validate=True)
    except binascii.Error:
        raise ValueError("TELNYX_PUBLIC_KEY is not base64") from None
    if len(raw) != 32:
        raise ValueError("TELNYX_PUBLIC_KEY is not a raw 32-byte Ed25519 key")
    return Ed25519PublicKey.from_public_bytes(raw)


def verify_telnyx(
    public_key: str, signature: str, timestamp: str, body: bytes, *, tolerance: int,
    now: float | None = None,
) -> None:
    """Check a Telnyx webhook's headers against its raw ``body``.

    Raises:
        SignatureError: missing headers, a timestamp outside ``tolerance`` seconds (a replay),
            or a signature that does not verify.
    """
    if not signature or not timestamp:
        raise SignatureError(
            "missing_signature", "telnyx-signature-ed25519 and telnyx-timestamp are required"
        )
    check_signed_time(timestamp, "telnyx-timestamp", tolerance, now)
    try:
        sig = base64.b64decode(signature, validate=True)
        telnyx_public_key(public_key).verify(sig, timestamp.encode() + b"|" + body)
    except (binascii.Error, InvalidSignature):
        raise SignatureError(
            "bad_signature", "telnyx-signature-ed25519 does not match (check TELNYX_PUBLIC_KEY)"
        ) from None


def sign_telnyx(private_key: Ed25519PrivateKey, body: bytes, timestamp: int | None = None
                ) -> dict[str, str]:
    """The headers Telnyx sends with ``body`` (for the simulator and tests)."""
    stamp = str(int(time.time()) if timestamp is None else timestamp)
    signature = private_key.sign(stamp.encode() + b"|" + body)
    return {"telnyx-signature-ed25519": base64.b64encode(signature).decode(),
            "telnyx-timestamp": stamp}


def telnyx_public_key_of(private_key: Ed25519PrivateKey) -> str:
    """TELNYX_PUBLIC_KEY for ``private_key``: base64 of the raw public bytes."""
    raw = private_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return base64.b64encode(raw).decode()
