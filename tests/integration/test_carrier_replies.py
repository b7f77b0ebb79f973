"""Confirmations and HELP answers for Telnyx and Vonage (sent through their APIs by an RQ
job, against a stub transport) and Plivo (Message XML in the webhook response)."""

from __future__ import annotations

import base64
import json
import uuid
from pathlib import Path

import pytest
import redis
import requests

from app.carriers import send_reply
from app.errors import ReplyRejected
from app.messaging.outbound import ProviderReply
from config import Settings
from tests.helpers import OUR_NUMBER, make_settings
from tests.helpers.carriers import (
    CARRIER_SETTINGS,
    CARRIERS,
    TEXTER,
    Carrier,
)

TELNYX, VONAGE, PLIVO, BANDWIDTH = CARRIERS
API_CARRIERS = pytest.mark.parametrize("carrier", [TELNYX, VONAGE, BANDWIDTH],
                                       ids=lambda c: c.name)


@pytest.fixture
def settings(redis_client: redis.Redis, redis_url: str, tmp_path: Path) -> Settings:
    return make_settings(redis_url, tmp_path, **CARRIER_SETTINGS)




@API_CARRIERS
def test_stop_is_confirmed_once_through_the_send_api(carrier: Carrier, client, run_jobs,
                                                     carrier_api, services):
    assert carrier.text(client, "STOP").status_code == 204
    assert carrier_api.sent == []  # nothing is sent from the web request
    assert services.queue.count == 2  # the apply job and the reply job
    run_jobs()
    assert len(carrier_api.sent) == 1
    assert "You have been unsubscribed from MiniLuxe" in json.dumps(carrier_api.texts()[0])
    carrier.text(client, "stop please")  # a repeated opt-out: recorded, never confirmed again
    carrier.text(client, "STOP")
    run_jobs()
    assert len(carrier_api.sent) == 1
    history = services.ledger.history(TEXTER)
    assert [e["status"] for e in history if e["kind"] == "opt_out"] == ["new", "repeat", "repeat"]
    # The confirmation is on record: its text with the STOP, the carrier's id and the time
    # its API took it in an event of its own.
    stop, sent = history[0], history[1]
    assert stop["reply"].startswith("You have been unsubscribed") and "reply_sent_at" not in stop
    assert sent["kind"] == "confirmation" and sent["target"] == stop["id"]
    assert sent["reply_status"] == "accepted" and sent["reply_sent_at"]


def test_telnyx_request_is_the_documented_send(client, run_jobs, carrier_api):
    TELNYX.text(client, "HELP")
    run_jobs()
    (request,) = carrier_api.sent
    assert request.url == "https://api.telnyx.com/v2/messages"
    assert request.headers["Authorization"] == "Bearer KEYtelnyx-test"
    body = json.loads(request.body or b"")
    assert body["from"] == OUR_NUMBER and body["to"] == TEXTER
    assert "help@miniluxe.example" in body["text"]


def test_vonage_request_is_the_documented_send(client, run_jobs, carrier_api):
    VONAGE.text(client, "HELP")
    run_jobs()
    (request,) = carrier_api.sent
    assert request.url == "https://api.nexmo.com/v1/messages"
    expected = base64.b64encode(b"abcd1234:vonage-api-secret").decode()
    assert request.headers["Authorization"] == f"Basic {expected}"
    body = json.loads(request.body or b"")
    assert body == {"message_type": "text", "channel": "sms", "to": TEXTER.lstrip("+"),
                    "from": OUR_NUMBER.lstrip("+"), "text": body["text"]}
    assert "Reply STOP to cancel" in body["text"]


def test_bandwidth_request_is_the_documented_send(client, run_jobs, carrier_api):
    BANDWIDTH.text(client, "STOP")
    run_jobs()
    (request,) = carrier_api.sent
    assert request.url == "https://messaging.bandwidth.com/api/v2/users/9900000/messages"
    expected = base64.b64encode(b"api-user:api-password").decode()
    assert request.headers["Authorization"] == f"Basic {expected}"
    body = json.loads(request.body or b"")
    assert body["to"] == [TEXTER] and body["from"] == OUR_NUMBER
    assert body["applicationId"] == "93de2206-9669-4e07-948d-329f4b722ee2"
    assert "unsubscribed from MiniLuxe" in body["text"]


@API_CARRIERS
def test_conversation_gets_no_reply(carrier: Carrier, client, run_jobs, carrier_api):
    carrier.text(client, "Can you stop by at 5?")
    run_jobs()
    assert carrier_api.sent == []


def test_plivo_replies_in_message_xml_once(client, services):
    first = PLIVO.text(client, "STOP")
    assert first.status_code == 200 and first.mimetype == "application/xml"
    text = first.get_data(as_text=True)
    assert text.startswith('<Response><Message src="18005550100" dst="16175550123" type="sms">')
    assert "You have been unsubscribed from MiniLuxe" in text
    again = PLIVO.text(client, "STOP")
    assert again.get_data(as_text=True) == "<Response></Response>"
    assert services.queue.count == 1  # one apply job (a repeat enqueues none), no reply job


def test_plivo_help_is_escaped_xml(client):
    body = PLIVO.text(client, "HELP").get_data(as_text=True)
    assert "Msg&amp;data rates may apply" in body


def test_a_retried_job_after_a_sent_reply_sends_nothing(settings, services, carrier_api):
    reply = ProviderReply("telnyx", TEXTER, OUR_NUMBER, "confirmed", str(uuid.uuid4()))
    redis_client = services.connections.redis
    assert send_reply(settings, redis_client, reply)["sent"] is True
    assert send_reply(settings, redis_client, reply) == {"sent": False,
                                                         "reason": "already sent"}
    assert len(carrier_api.sent) == 1


def test_telnyx_40300_means_telnyx_already_confirmed(settings, services, carrier_api):
    carrier_api.answers.append((409, {"errors": [{"code": "40300",
                                                  "title": "Blocked due to STOP message"}]}))
    reply = ProviderReply("telnyx", TEXTER, OUR_NUMBER, "confirmed", str(uuid.uuid4()))
    result = send_reply(settings, services.connections.redis, reply)
    assert result["sent"] is False and "40300" in str(result["reason"])


def test_a_refused_reply_fails_the_job_and_an_outage_is_retried(settings, services,
                                                                carrier_api):
    reply = ProviderReply("vonage", TEXTER, OUR_NUMBER, "confirmed", str(uuid.uuid4()))
    carrier_api.answers.append((401, {"title": "Unauthorized"}))
    with pytest.raises(ReplyRejected):
        send_reply(settings, services.connections.redis, reply)
    carrier_api.answers.append((503, {"title": "Service unavailable"}))
    with pytest.raises(requests.HTTPError):
        send_reply(settings, services.connections.redis, reply)
    assert send_reply(settings, services.connections.redis, reply)["sent"] is True


def test_missing_api_key_records_the_stop_but_sends_nothing(redis_url, tmp_path, redis_client,
                                                            carrier_api):
    from app.bootstrap import build_services

    values = {**CARRIER_SETTINGS, "telnyx_api_key": ""}
    svc = build_services(make_settings(redis_url, tmp_path, **values))
    try:
        reply = ProviderReply("telnyx", TEXTER, OUR_NUMBER, "confirmed", str(uuid.uuid4()))
        result = send_reply(svc.settings, svc.connections.redis, reply)
        assert result == {"sent": False, "reason": "TELNYX_API_KEY is not set"}
        assert carrier_api.sent == []
    finally:
        svc.close()
