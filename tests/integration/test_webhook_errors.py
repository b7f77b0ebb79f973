"""Every bad webhook request is a 4xx naming the fault, never a 500, and records nothing."""

from __future__ import annotations

import pytest

from tests.helpers import AUTH_TOKEN, BASE_URL, inbound_form, ledger_size, sign

PATH = "/webhooks/twilio/sms"


def error_of(response, status: int) -> dict[str, str]:
    assert response.status_code == status, response.get_data(as_text=True)
    return response.get_json()["error"]


@pytest.fixture(autouse=True)
def nothing_recorded(services):
    yield
    assert ledger_size(services) == 0
    assert services.queue.count == 0


def test_bad_signature_is_403(post_signed):
    error = error_of(post_signed(PATH, inbound_form("STOP"), token="not-the-token"), 403)
    assert error["code"] == "bad_signature"


def test_missing_signature_is_403(client):
    error = error_of(client.post(PATH, data=inbound_form("STOP")), 403)
    assert error["code"] == "missing_signature"


def test_signature_of_a_tampered_body_is_403(client):
    form = inbound_form("hello")
    signature = sign(BASE_URL + PATH, form)
    form["Body"] = "STOP"
    error_of(client.post(PATH, data=form, headers={"X-Twilio-Signature": signature}), 403)


@pytest.mark.parametrize("field", ["From", "To", "Body"])
def test_missing_field_is_400_naming_it(post_signed, field):
    form = inbound_form("STOP")
    del form[field]
    error = error_of(post_signed(PATH, form), 400)
    assert error["code"] == "missing_field" and field in error["message"]


def test_missing_message_sid_is_400(post_signed):
    form = inbound_form("STOP")
    for name in ("MessageSid", "SmsMessageSid", "SmsSid"):
        del form[name]
    assert "MessageSid" in error_of(post_signed(PATH, form), 400)["message"]


@pytest.mark.parametrize("sender", ["12345", "MiniLuxe", "not a number", "+1617555", ""])
def test_from_that_is_not_a_phone_number_is_400(post_signed, sender):
    error = error_of(post_signed(PATH, inbound_form("STOP", sender=sender)), 400)
    assert error["code"] == "invalid_number" and "From" in error["message"]


def test_bad_messaging_service_sid_is_400(post_signed):
    form = inbound_form("STOP", MessagingServiceSid="MGnothex")
    assert error_of(post_signed(PATH, form), 400)["code"] == "invalid_sender"


def test_body_longer_than_twilio_allows_is_400(post_signed):
    error = error_of(post_signed(PATH, inbound_form("STOP " + "x" * 1600)), 400)
    assert error["code"] == "body_too_long"


def test_oversized_request_is_413(client):
    form = inbound_form("x" * 70_000)
    error = error_of(client.post(PATH, data=form, headers={"X-Twilio-Signature": "x"}), 413)
    assert "larger than" in error["message"]


def test_broken_utf8_is_400(client):
    body = (b"MessageSid=SM" + b"0" * 32
            + b"&From=%2B16175550123&To=%2B18005550100&Body=ST%FFOP")
    response = client.post(PATH, data=body, content_type="application/x-www-form-urlencoded",
                           headers={"X-Twilio-Signature": "x"})
    assert error_of(response, 400)["code"] == "invalid_encoding"


def test_raw_non_utf8_bytes_are_400(client):
    body = f"MessageSid=SM{'0' * 32}&Body=STOP\xe9".encode("latin-1")
    response = client.post(PATH, data=body, content_type="application/x-www-form-urlencoded",
                           headers={"X-Twilio-Signature": "x"})
    assert error_of(response, 400)["code"] == "invalid_encoding"


def test_json_body_is_415(client):
    response = client.post(PATH, json={"Body": "STOP"}, headers={"X-Twilio-Signature": "x"})
    assert error_of(response, 415)["code"] == "unsupported_media_type"


def test_get_is_405(client):
    assert client.get(PATH).status_code == 405
    assert client.get(PATH).get_json()["error"]["code"] == "method_not_allowed"


def test_signature_with_the_wrong_auth_token_is_403_even_for_valid_fields(post_signed):
    assert post_signed(PATH, inbound_form("STOP"), token=AUTH_TOKEN[::-1]).status_code == 403
