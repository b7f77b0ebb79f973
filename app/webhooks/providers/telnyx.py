"""Telnyx Messaging webhooks (API v2): JSON events signed with Ed25519.

Inbound texts arrive as ``message.received``; the outcome of a text we sent as
``message.sent`` / ``message.finalized`` with ``payload.errors`` (Telnyx posts both kinds to
the messaging profile's one webhook URL, so ``/sms`` accepts status events too).
Payloads: developers.telnyx.com/docs/messaging/messages/receiving-webhooks.
"""

from __future__ import annotations

from typing import Any

from flask import request

from app.carrier_signatures import verify_telnyx
from app.delivery_status import DeliveryFailure, failure_kind
from app.inbound import InboundMessage
from app.webhooks.fields import check_body, message_id, recipient, sender
from app.webhooks.providers.base import Parsed, ProviderAdapter, field, json_body, optional
from config import Settings

STATUS_EVENTS = frozenset({"message.sent", "message.finalized"})


class TelnyxAdapter(ProviderAdapter):
    """``/webhooks/telnyx/sms`` and ``/webhooks/telnyx/status``."""

    name = "telnyx"

    def configured(self, settings: Settings) -> bool:
        return bool(settings.telnyx_public_key)

    def verify(self, settings: Settings) -> None:
        verify_telnyx(
            settings.telnyx_public_key,
            request.headers.get("telnyx-signature-ed25519", ""),
            request.headers.get("telnyx-timestamp", ""),
            request.get_data(cache=True),
            tolerance=settings.webhook_timestamp_tolerance_seconds,
        )

    def inbound(self, settings: Settings) -> Parsed:
        event = json_body()
        event_type = field(event, "data.event_type")
        if event_type in STATUS_EVENTS:
            return _failure(event, settings.default_region)
        if event_type != "message.received":
            return None
        region = settings.default_region
        payload = field(event, "data.payload", kind=dict)
        if "text" not in payload:
            field(event, "data.payload.text")  # 400 naming it
        channel, number = recipient(
            field(event, "data.payload.from.phone_number"), "data.payload.from.phone_number",
            region,
        )
        return InboundMessage(
            message_sid=message_id(field(event, "data.payload.id"), "data.payload.id"),
            number=number,
            sender=sender(field(event, "data.payload.to.0.phone_number"),
                          "data.payload.to.0.phone_number", region),
            body=check_body(payload.get("text") or "", "data.payload.text"),
            channel=str(payload.get("type") or channel).lower(),
            provider=self.name,
        )

    def status(self, settings: Settings) -> DeliveryFailure | None:
        event = json_body()
        if field(event, "data.event_type") not in STATUS_EVENTS:
            return None
        return _failure(event, settings.default_region)


def _failure(event: dict[str, Any], region: str) -> DeliveryFailure | None:
    """The first error of a sent message that means an opt-out or a dead number."""
    errors = optional(event, "data.payload.errors") or []
    for error in errors if isinstance(errors, list) else []:
        code = str(error.get("code", "")) if isinstance(error, dict) else ""
        kind = failure_kind("telnyx", code)
        if kind is None:
            continue
        channel, number = recipient(field(event, "data.payload.to.0.phone_number"),
                                    "data.payload.to.0.phone_number", region)
        return DeliveryFailure(
            provider="telnyx",
            kind=kind,
            message_id=message_id(field(event, "data.payload.id"), "data.payload.id"),
            number=number,
            error_code=code,
            sender=sender(field(event, "data.payload.from.phone_number"),
                          "data.payload.from.phone_number", region),
            channel=channel,
            status=str(optional(event, "data.payload.to.0.status") or ""),
        )
    return None
