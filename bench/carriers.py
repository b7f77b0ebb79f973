"""What each carrier adapter costs: signature verification alone (µs) and a whole signed STOP
through the Flask app in process (requests/s), beside Twilio's route on the same Redis."""

from __future__ import annotations

import json
import secrets
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from flask.testing import FlaskClient
from pydantic import SecretStr
from twilio.request_validator import RequestValidator

from app import create_app
from app.bootstrap import build_services
from app.carriers.plivo import plivo_signature, verify_plivo
from app.carriers.telnyx import sign_telnyx, telnyx_public_key_of, verify_telnyx
from app.carriers.vonage import sign_vonage, verify_vonage
from config import Settings

BASE = "https://optout.example.com"
TWILIO_TOKEN = "bench-twilio-token"
VONAGE_SECRET = "bench-vonage-signature-secret-0123456789"
PLIVO_TOKEN = "bench-plivo-token"
BANDWIDTH_PASSWORD = "bench-bandwidth-password"


def _best_us(fn: Callable[[], object], n: int, rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(n):
            fn()
        best = min(best, (time.perf_counter() - start) / n * 1e6)
    return round(best, 1)


def bench_verify(n: int = 2000, rounds: int = 5) -> dict[str, float]:
    """µs to verify one signed webhook of about 1 KB, per provider."""
    body = json.dumps({"text": "STOP", "pad": "x" * 900}).encode()
    key = Ed25519PrivateKey.generate()
    public = telnyx_public_key_of(key)
    telnyx = sign_telnyx(key, body)
    vonage = sign_vonage(VONAGE_SECRET, body)
    form = {"From": ["16175550123"], "To": ["18005550100"], "Text": ["STOP"],
            "MessageUUID": [str(uuid.uuid4())], "Type": ["sms"]}
    nonce = "12345678901234567890"
    plivo = plivo_signature(PLIVO_TOKEN, BASE + "/webhooks/plivo/sms", form, nonce)
    twilio_form = {"MessageSid": "SM" + "0" * 32, "From": "+16175550123", "Body": "STOP"}
    validator = RequestValidator(TWILIO_TOKEN)
    twilio = validator.compute_signature(BASE + "/webhooks/twilio/sms", twilio_form)
    return {
        "twilio_us": _best_us(lambda: validator.validate(
            BASE + "/webhooks/twilio/sms", twilio_form, twilio), n, rounds),
        "telnyx_us": _best_us(lambda: verify_telnyx(
            public, telnyx["telnyx-signature-ed25519"], telnyx["telnyx-timestamp"], body,
            tolerance=300), n, rounds),
        "vonage_us": _best_us(lambda: verify_vonage(
            VONAGE_SECRET, vonage, body, tolerance=300), n, rounds),
        "plivo_us": _best_us(lambda: verify_plivo(
            PLIVO_TOKEN, BASE + "/webhooks/plivo/sms", form, plivo, nonce), n, rounds),
    }


def _requests(key: Ed25519PrivateKey) -> dict[str, Callable[[FlaskClient, int], Any]]:
    def number(i: int) -> str:
        return f"+1617{5550000 + i:07d}"[:12]

    def twilio(client: FlaskClient, i: int) -> Any:
        form = {"MessageSid": "SM" + secrets.token_hex(16), "From": number(i),
                "To": "+18005550100", "Body": "STOP"}
        sig = RequestValidator(TWILIO_TOKEN).compute_signature(
            BASE + "/webhooks/twilio/sms", form)
        return client.post("/webhooks/twilio/sms", data=form,
                           headers={"X-Twilio-Signature": sig})

    def telnyx(client: FlaskClient, i: int) -> Any:
        body = json.dumps({"data": {"event_type": "message.received", "payload": {
            "id": str(uuid.uuid4()), "text": "STOP", "type": "SMS",
            "from": {"phone_number": number(i)},
            "to": [{"phone_number": "+18005550100"}]}}}).encode()
        return client.post("/webhooks/telnyx/sms", data=body, content_type="application/json",
                           headers=sign_telnyx(key, body))

    def vonage(client: FlaskClient, i: int) -> Any:
        body = json.dumps({"channel": "sms", "message_uuid": str(uuid.uuid4()),
                           "from": number(i)[1:], "to": "18005550100",
                           "text": "STOP"}).encode()
        return client.post("/webhooks/vonage/sms", data=body, content_type="application/json",
                           headers={"Authorization": sign_vonage(VONAGE_SECRET, body)})

    def plivo(client: FlaskClient, i: int) -> Any:
        form = {"MessageUUID": str(uuid.uuid4()), "From": number(i)[1:],
                "To": "18005550100", "Text": "STOP", "Type": "sms"}
        nonce = secrets.token_hex(10)
        sig = plivo_signature(PLIVO_TOKEN, BASE + "/webhooks/plivo/sms",
                              {k: [v] for k, v in form.items()}, nonce)
        return client.post("/webhooks/plivo/sms", data=form, headers={
            "X-Plivo-Signature-V3": sig, "X-Plivo-Signature-V3-Nonce": nonce})

    def bandwidth(client: FlaskClient, i: int) -> Any:
        event = [{"type": "message-received", "to": "+18005550100", "message": {
            "id": uuid.uuid4().hex, "from": number(i), "text": "STOP"}}]
        return client.post("/webhooks/bandwidth/sms", json=event,
                           auth=("bench", BANDWIDTH_PASSWORD))

    return {"twilio": twilio, "telnyx": telnyx, "vonage": vonage, "plivo": plivo,
            "bandwidth": bandwidth}


def bench_inprocess(redis_url: str, per_round: int = 300, rounds: int = 3) -> dict[str, float]:
    """Signed STOPs from new numbers per second, per provider, through the app in process
    (signing included on the client side, as in bench/webhook.py)."""
    key = Ed25519PrivateKey.generate()
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(  # type: ignore[call-arg]
            _env_file=None, redis_url=redis_url, public_base_url=BASE,
            optout_data_dir=Path(tmp), twilio_auth_token=TWILIO_TOKEN,
            telnyx_public_key=telnyx_public_key_of(key),
            vonage_signature_secret=SecretStr(VONAGE_SECRET),
            plivo_auth_token=SecretStr(PLIVO_TOKEN), bandwidth_callback_username="bench",
            bandwidth_callback_password=SecretStr(BANDWIDTH_PASSWORD),
            log_level="WARNING",
        )
        svc = build_services(settings)
        try:
            client = create_app(settings, svc).test_client()
            results: dict[str, float] = {}
            offset = 0
            for name, post in _requests(key).items():
                best = 0.0
                for _ in range(rounds):
                    start = time.perf_counter()
                    for i in range(per_round):
                        response = post(client, offset + i)
                        assert response.status_code in (200, 204), response.get_data()
                    offset += per_round
                    best = max(best, per_round / (time.perf_counter() - start))
                results[f"{name}_per_s"] = round(best)
            return results
        finally:
            svc.queue.empty()
            svc.close()
