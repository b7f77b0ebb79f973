"""The guarded send, with the Twilio client on a stub HTTP client (no network)."""

from __future__ import annotations

from urllib.parse import parse_qs

import pytest
from twilio.rest import Client

from app.errors import SuppressedNumber
from app.messaging.sending import GuardedSender
from tests.helpers import OUR_NUMBER
from tests.helpers.carriers import StubHttpClient

TEXTER = "+16175550123"


@pytest.fixture
def http() -> StubHttpClient:
    return StubHttpClient()


@pytest.fixture
def sender(services, http) -> GuardedSender:
    client = Client("AC" + "1" * 32, "token", http_client=http)
    return GuardedSender(client, services.suppressions)


def test_sends_to_a_clean_number(sender, http):
    message = sender.send("(617) 555-0123", "Your appointment is at 3pm", sender=OUR_NUMBER)
    assert message.sid.startswith("SM")
    assert len(http.requests) == 1
    sent = http.requests[0]
    assert sent["method"] == "POST" and sent["uri"].endswith("/Messages.json")
    assert sent["data"]["To"] == TEXTER and sent["data"]["From"] == OUR_NUMBER


def test_refuses_a_suppressed_number_without_calling_twilio(sender, http, sms):
    sms("STOP")  # acknowledged, not yet applied by any worker
    with pytest.raises(SuppressedNumber) as refused:
        sender.send(TEXTER, "20% off today!", sender=OUR_NUMBER)
    assert TEXTER not in str(refused.value)  # masked in the message
    assert http.requests == []


def test_a_messaging_service_sender_is_passed_as_such(sender, http):
    service = "MG" + "c" * 32
    sender.send(TEXTER, "hello", sender=service)
    assert http.requests[0]["data"]["MessagingServiceSid"] == service


def test_refuses_an_undeliverable_number(sender, http, post_signed):
    form = {"MessageSid": "SM" + "e" * 32, "From": OUR_NUMBER, "To": TEXTER,
            "MessageStatus": "undelivered", "ErrorCode": "30006"}
    post_signed("/webhooks/twilio/status", form)
    with pytest.raises(SuppressedNumber, match="undeliverable"):
        sender.send(TEXTER, "hello", sender=OUR_NUMBER)
    assert http.requests == []


def test_parse_of_form_data_is_what_twilio_receives(sender, http):
    sender.send(TEXTER, "a&b=c", sender=OUR_NUMBER, status_callback="https://x.example/s")
    data = http.requests[0]["data"]
    assert data["Body"] == "a&b=c" and data["StatusCallback"] == "https://x.example/s"
    assert parse_qs("x=1") == {"x": ["1"]}
