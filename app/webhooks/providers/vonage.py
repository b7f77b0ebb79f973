"""Vonage Messages API webhooks: JSON with a signed JWT in ``Authorization``.

Inbound: ``{"channel": "sms", "message_uuid", "from", "to", "text", "timestamp", ...}``;
status: ``{"message_uuid", "from", "to", "status", "error": {"type", "title", "detail"}}``
with numbers in E.164 without the ``+`` (developer.vonage.com/en/api/messages, "Webhooks").
"""

from __future__ import annotations

from typing import Any

from flask import request

from app.carrier_signatures import verify_vonage
from app.delivery_status import DeliveryFailure, failure_kind
from app.inbound import InboundMessage
from app.webhooks.fields import check_body, message_id, plus_e164, recipient, sender
from app.webhooks.providers.base import Parsed, ProviderAdapter, field, json_body, optional
from config import Settings


class VonageAdapter(ProviderAdapter):
    """``/webhooks/vonage/sms`` (inbound URL) and ``/webhooks/vonage/status`` (status URL)."""

    name = "vonage"

    def configured(self, settings: Settings) -> bool:
        return bool(settings.vonage_signature_secret.get_secret_value())

    def verify(self, settings: Settings) -> None:
        verify_vonage(
            settings.vonage_signature_secret.get_secret_value(),
            request.headers.get("Authorization", ""),
            request.get_data(cache=True),
            tolerance=settings.webhook_timestamp_tolerance_seconds,
        )

    def inbound(self, settings: Settings) -> Parsed:
        payload = json_body()
        region = settings.default_region
        channel = str(payload.get("channel") or "sms").lower()
        # Only a text message must have text; an image or a file has none, and means nothing.
        is_text = payload.get("message_type", "text") == "text"
        body = field(payload, "text") if is_text else str(payload.get("text") or "")
        _, number = recipient(plus_e164(field(payload, "from")), "from", region)
        return InboundMessage(
            message_sid=message_id(field(payload, "message_uuid"), "message_uuid"),
            number=number,
            sender=sender(plus_e164(field(payload, "to")), "to", region),
            body=check_body(body, "text"),
            channel=channel,
            provider=self.name,
        )

    def status(self, settings: Settings) -> DeliveryFailure | None:
        payload = json_body()
        code = error_code(payload)
        kind = failure_kind(self.name, code) if code else None
        if kind is None:
            return None
        region = settings.default_region
        _, number = recipient(plus_e164(field(payload, "to")), "to", region)
        return DeliveryFailure(
            provider=self.name,
            kind=kind,
            message_id=message_id(field(payload, "message_uuid"), "message_uuid"),
            number=number,
            error_code=code,
            sender=sender(plus_e164(field(payload, "from")), "from", region),
            channel=str(payload.get("channel") or "sms").lower(),
            status=str(payload.get("status") or ""),
        )


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
