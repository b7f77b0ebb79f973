"""Telnyx, Vonage and Plivo as they post to us: their documented payload shapes, signed the
way each signs (with cryptography, PyJWT and the Plivo SDK directly, not with our own
signer), and a stub of their send APIs mounted on a real ``requests.Session``."""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import secrets
import time
import uuid
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

import jwt
import requests
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from flask.testing import FlaskClient
from plivo.utils.signature_v3 import construct_post_url, get_signature_v3
from twilio.http import HttpClient
from twilio.http.response import Response
from werkzeug.test import TestResponse

from app.carriers.base import use_http_session
from tests.helpers import BASE_URL, OUR_NUMBER

TEXTER = "+16175550123"
OTHER_NUMBER = "+18005550199"
TELNYX_KEY = Ed25519PrivateKey.generate()
TELNYX_PUBLIC_KEY = base64.b64encode(
    TELNYX_KEY.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
).decode()
VONAGE_SECRET = "vonage-signature-secret-0123456789abcdef"
PLIVO_TOKEN = "plivo-auth-token-0123456789abcdef"
CARRIER_SETTINGS: dict[str, object] = {
    "telnyx_public_key": TELNYX_PUBLIC_KEY,
    "telnyx_api_key": "KEYtelnyx-test",
    "vonage_signature_secret": VONAGE_SECRET,
    "vonage_api_key": "abcd1234",
    "vonage_api_secret": "vonage-api-secret",
    "plivo_auth_id": "MAXXXXXXXXXXXXXXXXXX",
    "plivo_auth_token": PLIVO_TOKEN,
    "bandwidth_callback_username": "optout-callbacks",
    "bandwidth_callback_password": "bandwidth-callback-password",
    "bandwidth_account_id": "9900000",
    "bandwidth_application_id": "93de2206-9669-4e07-948d-329f4b722ee2",
    "bandwidth_api_username": "api-user",
    "bandwidth_api_password": "api-password",
}


class Carrier:
    """One provider posting to ``/webhooks/<name>/...``."""

    name: str
    old: int = 3600  # seconds: a replayed request's age

    def inbound(self, body: str, sender: str, to: str, message_id: str) -> Any:
        raise NotImplementedError

    def failed(self, code: str, recipient: str, sender: str, message_id: str) -> Any:
        raise NotImplementedError

    def post(self, client: FlaskClient, path: str, payload: Any, **signing: Any
             ) -> TestResponse:
        raise NotImplementedError

    def text(self, client: FlaskClient, body: str, sender: str = TEXTER,
             to: str = OUR_NUMBER, message_id: str | None = None) -> TestResponse:
        """Text ``body`` from ``sender`` to our number ``to``."""
        payload = self.inbound(body, sender, to, message_id or str(uuid.uuid4()))
        return self.post(client, f"/webhooks/{self.name}/sms", payload)

    def status(self, client: FlaskClient, code: str, recipient: str = TEXTER,
               sender: str = OUR_NUMBER) -> TestResponse:
        """Report that our text to ``recipient`` failed with ``code``."""
        payload = self.failed(code, recipient, sender, str(uuid.uuid4()))
        return self.post(client, f"/webhooks/{self.name}/status", payload)


def _digits(number: str) -> str:
    return number.lstrip("+")


class Telnyx(Carrier):
    name = "telnyx"

    def inbound(self, body: str, sender: str, to: str, message_id: str) -> dict[str, Any]:
        # developers.telnyx.com: "message.received" webhook (API v2).
        return {"data": {
            "event_type": "message.received",
            "id": str(uuid.uuid4()),
            "occurred_at": "2026-11-27T16:00:00.000+00:00",
            "payload": {
                "cc": [], "completed_at": None, "cost": None, "direction": "inbound",
                "encoding": "GSM-7", "errors": [],
                "from": {"carrier": "T-Mobile USA", "line_type": "Wireless",
                         "phone_number": sender},
                "id": message_id, "media": [],
                "messaging_profile_id": "740572b6-099c-44a1-89b9-6c92163bc68d",
                "organization_id": "b448f9cc-a842-4784-98e9-03c1a5872950",
                "parts": 1, "received_at": "2026-11-27T16:00:00.000+00:00",
                "record_type": "message", "sent_at": None, "tags": [], "text": body,
                "to": [{"carrier": "Telnyx", "line_type": "Wireless", "phone_number": to,
                        "status": "webhook_delivered"}],
                "type": "SMS", "valid_until": None, "webhook_failover_url": None,
                "webhook_url": BASE_URL + "/webhooks/telnyx/sms",
            },
            "record_type": "event",
        }, "meta": {"attempt": 1, "delivered_to": BASE_URL + "/webhooks/telnyx/sms"}}

    def failed(self, code: str, recipient: str, sender: str, message_id: str
               ) -> dict[str, Any]:
        errors = [{"code": code, "title": "Delivery failed", "detail": "carrier error"}]
        return {"data": {
            "event_type": "message.finalized",
            "id": str(uuid.uuid4()),
            "occurred_at": "2026-11-27T16:00:05.000+00:00",
            "payload": {
                "completed_at": "2026-11-27T16:00:05.000+00:00", "direction": "outbound",
                "encoding": "GSM-7", "errors": errors if code else [],
                "from": {"carrier": "Telnyx", "line_type": "Wireless", "phone_number": sender},
                "id": message_id, "messaging_profile_id": "740572b6-099c-44a1-89b9-6c92163bc68d",
                "parts": 1, "record_type": "message", "text": "Your appointment is at 3pm",
                "to": [{"carrier": "T-MOBILE USA, INC.", "line_type": "Wireless",
                        "phone_number": recipient,
                        "status": "delivery_failed" if code else "delivered"}],
                "type": "SMS",
            },
            "record_type": "event",
        }, "meta": {"attempt": 1, "delivered_to": BASE_URL + "/webhooks/telnyx/status"}}

    def post(self, client: FlaskClient, path: str, payload: Any, *, age: int = 0,
             key: Ed25519PrivateKey = TELNYX_KEY, tamper: bool = False) -> TestResponse:
        body = json.dumps(payload).encode()
        stamp = str(int(time.time()) - age)
        signature = base64.b64encode(key.sign(stamp.encode() + b"|" + body)).decode()
        if tamper:
            body = body.replace(b"message", b"massage", 1)
        return client.post(path, data=body, content_type="application/json", headers={
            "telnyx-signature-ed25519": signature, "telnyx-timestamp": stamp})


class Vonage(Carrier):
    name = "vonage"

    def inbound(self, body: str, sender: str, to: str, message_id: str) -> dict[str, Any]:
        # developer.vonage.com/en/api/messages: inbound SMS webhook.
        return {"channel": "sms", "message_uuid": message_id, "to": _digits(to),
                "from": _digits(sender), "timestamp": "2026-11-27T16:00:00Z", "text": body,
                "sms": {"num_messages": "1"}, "usage": {"price": "0.0057", "currency": "EUR"},
                "message_type": "text", "context_status": "none"}

    def failed(self, code: str, recipient: str, sender: str, message_id: str
               ) -> dict[str, Any]:
        payload: dict[str, Any] = {
            "message_uuid": message_id, "to": _digits(recipient), "from": _digits(sender),
            "timestamp": "2026-11-27T16:00:05Z", "status": "rejected" if code else "delivered",
            "channel": "sms", "usage": {"price": "0.0333", "currency": "EUR"},
            "destination": {"network_code": "310260"}, "sms": {"count_total": "1"},
        }
        if code:
            payload["error"] = {"type": f"https://developer.vonage.com/api-errors/messages#{code}",
                                "title": int(code), "detail": "rejected by the carrier",
                                "instance": str(uuid.uuid4())}
        return payload

    def post(self, client: FlaskClient, path: str, payload: Any, *, age: int = 0,
             secret: str = VONAGE_SECRET, tamper: bool = False) -> TestResponse:
        body = json.dumps(payload).encode()
        claims = {"iat": int(time.time()) - age, "jti": str(uuid.uuid4()), "iss": "Vonage",
                  "payload_hash": hashlib.sha256(body).hexdigest(), "api_key": "abcd1234",
                  "application_id": "aaaaaaaa-bbbb-4ccc-8ddd-0123456789ab"}
        token = jwt.encode(claims, secret, algorithm="HS256")
        if tamper:
            body = body.replace(b"message", b"massage", 1)
        return client.post(path, data=body, content_type="application/json",
                           headers={"Authorization": f"Bearer {token}"})


class Plivo(Carrier):
    name = "plivo"

    def inbound(self, body: str, sender: str, to: str, message_id: str) -> dict[str, str]:
        # plivo.com/docs/messaging/api/message/handling-incoming
        return {"From": _digits(sender), "To": _digits(to), "Type": "sms", "Text": body,
                "MessageUUID": message_id, "Units": "1", "TotalRate": "0.00000",
                "TotalAmount": "0.00000", "MessageIntent": "", "PowerpackUUID": ""}

    def failed(self, code: str, recipient: str, sender: str, message_id: str
               ) -> dict[str, str]:
        # plivo.com/docs/messaging/api/message/message-status-callbacks
        form = {"MessageUUID": message_id, "To": _digits(recipient), "From": _digits(sender),
                "Type": "sms", "Status": "undelivered" if code else "delivered", "Units": "1",
                "TotalRate": "0.0050", "TotalAmount": "0.0050", "MCC": "310", "MNC": "260",
                "ParentMessageUUID": message_id, "PartInfo": "", "Sequence": "2",
                "MessageTime": "2026-11-27 16:00:00.000000"}
        if code:
            form["ErrorCode"] = code
        return form

    def post(self, client: FlaskClient, path: str, payload: Any, *, nonce: str | None = None,
             token: str = PLIVO_TOKEN, tamper: bool = False) -> TestResponse:
        nonce = nonce or secrets.token_hex(10)
        base = construct_post_url(BASE_URL + path, {k: [v] for k, v in payload.items()})
        signature = get_signature_v3(token.encode(), base, nonce.encode()).decode()
        if tamper:
            payload = {**payload, "Text": payload.get("Text", "") + "!"}
        return client.post(path, data=payload, headers={
            "X-Plivo-Signature-V3": signature, "X-Plivo-Signature-V3-Nonce": nonce})


class Bandwidth(Carrier):
    name = "bandwidth"

    def inbound(self, body: str, sender: str, to: str, message_id: str) -> list[dict[str, Any]]:
        # dev.bandwidth.com/docs/messaging/webhooks: "Message Received".
        return [{"type": "message-received", "time": "2026-11-27T16:00:00Z",
                 "description": "Incoming message received", "to": to,
                 "message": {"id": message_id, "time": "2026-11-27T16:00:00Z", "to": [to],
                             "from": sender, "text": body,
                             "applicationId": CARRIER_SETTINGS["bandwidth_application_id"],
                             "media": [], "owner": to, "direction": "in",
                             "segmentCount": 1}}]

    def failed(self, code: str, recipient: str, sender: str, message_id: str
               ) -> list[dict[str, Any]]:
        # "Message Failed" / "Message Delivered".
        event: dict[str, Any] = {
            "type": "message-failed" if code else "message-delivered",
            "time": "2026-11-27T16:00:05Z",
            "description": "carrier error" if code else "ok", "to": recipient,
            "message": {"id": message_id, "time": "2026-11-27T16:00:00Z", "to": [recipient],
                        "from": sender, "text": "",
                        "applicationId": CARRIER_SETTINGS["bandwidth_application_id"],
                        "owner": sender, "direction": "out", "segmentCount": 1}}
        if code:
            event["errorCode"] = int(code)
        return [event]

    def post(self, client: FlaskClient, path: str, payload: Any, *,
             password: str = "bandwidth-callback-password", tamper: bool = False
             ) -> TestResponse:
        if tamper:
            password += "x"
        credentials = base64.b64encode(f"optout-callbacks:{password}".encode()).decode()
        return client.post(path, json=payload, headers={"Authorization": f"Basic {credentials}"})


CARRIERS = [Telnyx(), Vonage(), Plivo(), Bandwidth()]


@dataclass
class StubCarrierAPI(requests.adapters.BaseAdapter):
    """The carriers' send APIs, answering from a queue and keeping every request."""

    sent: list[requests.PreparedRequest] = field(default_factory=list)
    answers: deque[tuple[int, dict[str, Any]]] = field(default_factory=deque)

    def __post_init__(self) -> None:
        super().__init__()

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
        self.sent.append(request)
        status, body = self.answers.popleft() if self.answers else (200, {})
        url = request.url or ""
        if not body and "telnyx" in url:
            body = {"data": {"id": str(uuid.uuid4()), "record_type": "message"}}
        elif not body and "api.twilio.com" in url:
            # twilio.com/docs/messaging/api/message-resource#create-a-message-resource
            fields = dict(parse_qsl(str(request.body or "")))
            status, body = 201, {"sid": "SM" + uuid.uuid4().hex, "status": "queued",
                                 "to": fields.get("To"), "from": fields.get("From"),
                                 "body": fields.get("Body"), "account_sid": "AC" + "1" * 32}
        elif not body and "api.plivo.com" in url:
            # plivo.com/docs/messaging/api/message/send-a-message: 202, a list of uuids
            status, body = 202, {"api_id": str(uuid.uuid4()), "message": "message(s) queued",
                                 "message_uuid": [str(uuid.uuid4())]}
        elif not body:
            status, body = 202, {"message_uuid": str(uuid.uuid4())}
        response = requests.Response()
        response.status_code = status
        response._content = json.dumps(body).encode()
        response.headers["Content-Type"] = "application/json"
        response.url = request.url or ""
        response.request = request
        return response

    def close(self) -> None:
        pass

    def texts(self) -> list[dict[str, Any]]:
        """The bodies sent (JSON, or Twilio's form fields), oldest first."""
        return [dict(parse_qsl(r.body)) if isinstance(r.body, str) and "twilio" in (r.url or "")
                else json.loads(r.body or b"{}") for r in self.sent]


@contextmanager
def stub_carrier_api() -> Iterator[StubCarrierAPI]:
    """Every carrier API call of this process goes to a fresh stub (no network)."""
    stub = StubCarrierAPI()
    session = requests.Session()
    session.mount("https://", stub)
    session.mount("http://", stub)
    use_http_session(session)
    try:
        yield stub
    finally:
        use_http_session(None)
        session.close()


class StubHttpClient(HttpClient):
    """Answers Twilio API calls from memory and remembers what was asked."""

    def __init__(self) -> None:
        super().__init__(logger=logging.getLogger("stub"), is_async=False)
        self.requests: list[dict[str, object]] = []

    def request(self, method, uri, params=None, data=None, headers=None, auth=None,
                timeout=None, allow_redirects=False):
        self.requests.append({"method": method, "uri": uri, "data": dict(data or {})})
        body = {"sid": "SM" + "0" * 32, "status": "queued", "to": (data or {}).get("To"),
                "body": (data or {}).get("Body"), "account_sid": "AC" + "1" * 32}
        return Response(201, json.dumps(body))
