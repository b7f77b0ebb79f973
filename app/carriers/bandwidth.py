"""Bandwidth Messaging V2: JSON arrays of events behind HTTP Basic auth.

Bandwidth signs no callback; it sends the username and password set on the messaging
application (dev.bandwidth.com/docs/account/applications: ``InboundCallbackCreds``,
``OutboundCallbackCreds``). Events: ``message-received`` (an inbound text),
``message-delivered`` / ``message-failed`` with ``errorCode`` (dev.bandwidth.com/docs/
messaging/webhooks). An application with a single callback URL sends both kinds to it, so
``/sms`` accepts status events too. Replies go through ``POST /users/{account}/messages``.
"""

from __future__ import annotations

import hmac
import logging
from typing import TYPE_CHECKING, Any

import requests

from app.carriers.base import (
    SEND_TIMEOUT_SECONDS,
    Carrier,
    CarrierErrors,
    Parsed,
    WebhookRequest,
    json_body,
    json_field,
    optional,
    raise_for,
)
from app.carriers.fields import check_body, message_id, recipient, sender
from app.errors import InvalidField, SignatureError
from app.messaging.delivery import DeliveryFailure
from app.messaging.inbound import InboundMessage
from app.phone import mask_number

if TYPE_CHECKING:
    from app.messaging.outbound import ProviderReply
    from config import Settings

log = logging.getLogger(__name__)
STATUS_EVENTS = frozenset({"message-sending", "message-delivered", "message-failed"})
MESSAGES_URL = "https://messaging.bandwidth.com/api/v2/users/{account}/messages"

ERRORS = CarrierErrors(
    # 4775 "destination-rejected-due-to-user-opt-out: User has opted out of receiving
    # messages from a particular sender" (dev.bandwidth.com/docs/messaging/errors).
    opt_out=frozenset({"4775"}),
    # 4700 "invalid-service-type: messaging is not supported by the carrier or handset";
    # 4720 "invalid-destination-address: ... not enabled for messaging (like a
    # landline)"; 4721 "destination-tn-deactivated: on the deactivation list" (same page).
    undeliverable=frozenset({"4700", "4720", "4721"}),
)


class Bandwidth(Carrier):
    """``/webhooks/bandwidth/sms`` (inbound callback) and ``/webhooks/bandwidth/status``."""

    name = "bandwidth"
    title = "Bandwidth"
    errors = ERRORS

    def configured(self, settings: Settings) -> bool:
        return bool(settings.bandwidth_callback_password.get_secret_value())

    def can_send(self, settings: Settings) -> bool:
        return bool(settings.bandwidth_account_id and settings.bandwidth_application_id
                    and settings.bandwidth_api_username
                    and settings.bandwidth_api_password.get_secret_value())

    def verify(self, request: WebhookRequest, settings: Settings) -> None:
        if request.basic_auth is None:
            raise SignatureError("missing_signature", "HTTP Basic credentials are required")
        username, password = request.basic_auth
        user_ok = hmac.compare_digest(username.encode(),
                                      settings.bandwidth_callback_username.encode())
        expected = settings.bandwidth_callback_password.get_secret_value()
        if not (hmac.compare_digest(password.encode(), expected.encode()) and user_ok):
            raise SignatureError("bad_signature", "the callback credentials do not match "
                                 "BANDWIDTH_CALLBACK_USERNAME/PASSWORD")

    def inbound(self, request: WebhookRequest, settings: Settings) -> list[Parsed]:
        return [self._event(event, i, settings.default_region, inbound=True)
                for i, event in enumerate(_events(request))]

    def status(self, request: WebhookRequest, settings: Settings) -> list[Parsed]:
        return [self._event(event, i, settings.default_region, inbound=False)
                for i, event in enumerate(_events(request))]

    def _event(self, event: dict[str, Any], index: int, region: str, *,
               inbound: bool) -> Parsed:
        kind = json_field(event, "type", where=f"{index}.")
        if kind in STATUS_EVENTS:
            return self._failure(event, index, region)
        if kind != "message-received" or not inbound:
            return None
        at = f"{index}."
        _, number = recipient(json_field(event, "message.from", where=at),
                              f"{at}message.from", region)
        return InboundMessage(
            message_sid=message_id(json_field(event, "message.id", where=at),
                                   f"{at}message.id"),
            number=number,
            sender=sender(json_field(event, "to", where=at), f"{at}to", region),
            body=check_body(json_field(event, "message.text", where=at), f"{at}message.text"),
            provider=self.name,
        )

    def _failure(self, event: dict[str, Any], index: int, region: str
                 ) -> DeliveryFailure | None:
        code = str(optional(event, "errorCode") or "")
        kind = self.errors.kind_of(code)
        if kind is None:
            return None
        at = f"{index}."
        _, number = recipient(json_field(event, "to", where=at), f"{at}to", region)
        return self.failure(
            kind,
            message_id=message_id(json_field(event, "message.id", where=at),
                                  f"{at}message.id"),
            number=number,
            error_code=code,
            sender=sender(json_field(event, "message.from", where=at), f"{at}message.from",
                          region),
            status=str(event.get("type", "")),
        )

    def send(self, reply: ProviderReply, settings: Settings,
             session: requests.Session) -> dict[str, object]:
        password = settings.bandwidth_api_password.get_secret_value()
        if not (settings.bandwidth_account_id and settings.bandwidth_application_id
                and settings.bandwidth_api_username and password):
            log.error("Bandwidth API credentials are not set: the reply to %s was not sent",
                      mask_number(reply.to))
            return {"sent": False, "reason": "BANDWIDTH_ACCOUNT_ID, BANDWIDTH_APPLICATION_ID, "
                    "BANDWIDTH_API_USERNAME and BANDWIDTH_API_PASSWORD are not all set"}
        response = session.post(
            MESSAGES_URL.format(account=settings.bandwidth_account_id),
            json={"applicationId": settings.bandwidth_application_id, "to": [reply.to],
                  "from": reply.sender, "text": reply.text},
            auth=(settings.bandwidth_api_username, password),
            headers={"Accept": "application/json"},
            timeout=SEND_TIMEOUT_SECONDS,
        )
        raise_for(response, self.title)
        return {"sent": True, "id": str(response.json().get("id", ""))}


def _events(request: WebhookRequest) -> list[dict[str, Any]]:
    payload: Any = json_body(request, array=True)
    if not isinstance(payload, list) or not all(isinstance(e, dict) for e in payload):
        raise InvalidField("invalid_json", "Bandwidth callbacks are a JSON array of events")
    return payload
