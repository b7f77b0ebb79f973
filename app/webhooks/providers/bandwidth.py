"""Bandwidth Messaging V2 webhooks: JSON arrays of events behind HTTP Basic auth.

Bandwidth signs no callback; it sends the username and password set on the messaging
application (dev.bandwidth.com/docs/account/applications: ``InboundCallbackCreds``,
``OutboundCallbackCreds``). Events: ``message-received`` (an inbound text),
``message-delivered`` / ``message-failed`` with ``errorCode`` (dev.bandwidth.com/docs/
messaging/webhooks). An application with a single callback URL sends both kinds to it, so
``/sms`` accepts status events too.
"""

from __future__ import annotations

import hmac
from typing import Any

from flask import request

from app.carrier_signatures import SignatureError
from app.delivery_status import DeliveryFailure, failure_kind
from app.errors import APIError
from app.inbound import InboundMessage
from app.webhooks.fields import check_body, message_id, recipient, sender
from app.webhooks.providers.base import Parsed, ProviderAdapter, field, json_body, optional
from config import Settings

STATUS_EVENTS = frozenset({"message-sending", "message-delivered", "message-failed"})


class BandwidthAdapter(ProviderAdapter):
    """``/webhooks/bandwidth/sms`` (inbound callback) and ``/webhooks/bandwidth/status``."""

    name = "bandwidth"

    def configured(self, settings: Settings) -> bool:
        return bool(settings.bandwidth_callback_password.get_secret_value())

    def verify(self, settings: Settings) -> None:
        auth = request.authorization
        if auth is None or auth.type != "basic":
            raise SignatureError("missing_signature", "HTTP Basic credentials are required")
        user_ok = hmac.compare_digest((auth.username or "").encode(),
                                      settings.bandwidth_callback_username.encode())
        password = settings.bandwidth_callback_password.get_secret_value()
        if not (hmac.compare_digest((auth.password or "").encode(), password.encode())
                and user_ok):
            raise SignatureError("bad_signature", "the callback credentials do not match "
                                 "BANDWIDTH_CALLBACK_USERNAME/PASSWORD")

    def inbound(self, settings: Settings) -> list[Parsed]:
        return [_event(event, i, settings.default_region, inbound=True)
                for i, event in enumerate(_events())]

    def status(self, settings: Settings) -> list[Parsed]:
        return [_event(event, i, settings.default_region, inbound=False)
                for i, event in enumerate(_events())]


def _events() -> list[dict[str, Any]]:
    payload: Any = json_body(array=True)
    if not isinstance(payload, list) or not all(isinstance(e, dict) for e in payload):
        raise APIError(400, "invalid_json", "Bandwidth callbacks are a JSON array of events")
    return payload


def _event(event: dict[str, Any], index: int, region: str, *, inbound: bool) -> Parsed:
    kind = field(event, "type", where=f"{index}.")
    if kind in STATUS_EVENTS:
        return _failure(event, index, region)
    if kind != "message-received" or not inbound:
        return None
    at = f"{index}."
    _, number = recipient(field(event, "message.from", where=at), f"{at}message.from", region)
    return InboundMessage(
        message_sid=message_id(field(event, "message.id", where=at), f"{at}message.id"),
        number=number,
        sender=sender(field(event, "to", where=at), f"{at}to", region),
        body=check_body(field(event, "message.text", where=at), f"{at}message.text"),
        provider="bandwidth",
    )


def _failure(event: dict[str, Any], index: int, region: str) -> DeliveryFailure | None:
    code = str(optional(event, "errorCode") or "")
    kind = failure_kind("bandwidth", code)
    if kind is None:
        return None
    at = f"{index}."
    _, number = recipient(field(event, "to", where=at), f"{at}to", region)
    return DeliveryFailure(
        provider="bandwidth",
        kind=kind,
        message_id=message_id(field(event, "message.id", where=at), f"{at}message.id"),
        number=number,
        error_code=code,
        sender=sender(field(event, "message.from", where=at), f"{at}message.from", region),
        status=str(event.get("type", "")),
    )
