"""POST /webhooks/<provider>/sms and /status for Telnyx, Vonage and Plivo: signed the way each
provider signs, into the same pipeline as Twilio's, on a real Redis and RQ worker."""

from __future__ import annotations

import base64
import logging
import time
import uuid
from pathlib import Path

import pytest
import redis

from app import create_app
from app.bootstrap import build_services
from config import Settings
from tests.helpers import OUR_NUMBER, make_settings
from tests.helpers.carriers import (
    CARRIER_SETTINGS,
    CARRIERS,
    OTHER_NUMBER,
    TELNYX_KEY,
    TEXTER,
    Carrier,
    Plivo,
)


@pytest.fixture
def settings(redis_client: redis.Redis, redis_url: str, tmp_path: Path) -> Settings:
    return make_settings(redis_url, tmp_path, **CARRIER_SETTINGS)




by_name = pytest.mark.parametrize("carrier", CARRIERS, ids=lambda c: c.name)

STOP_CODES = {"telnyx": "40300", "vonage": "1050", "plivo": "200", "bandwidth": "4775"}
DEAD_CODES = {"telnyx": "40001", "vonage": "1170", "plivo": "50", "bandwidth": "4720"}
# spam, throttled...
OTHER_CODES = {"telnyx": "40002", "vonage": "1000", "plivo": "30", "bandwidth": "4770"}


def ok(response) -> None:
    assert response.status_code in (200, 204), response.get_data(as_text=True)


@by_name
def test_stop_is_enforced_for_that_sender_before_any_worker_runs(carrier: Carrier, client,
                                                                 run_jobs, suppressed, services):
    ok(carrier.text(client, "STOP"))
    assert suppressed(TEXTER, OUR_NUMBER)  # acknowledged => enforced, no job has run
    run_jobs()
    assert suppressed(TEXTER, OUR_NUMBER)
    assert not suppressed(TEXTER, OTHER_NUMBER)
    event = services.ledger.history(TEXTER)[0]
    assert event["kind"] == "opt_out" and event["source"] == "sms"


@by_name
def test_start_resubscribes(carrier: Carrier, client, run_jobs, suppressed):
    ok(carrier.text(client, "STOP"))
    run_jobs()
    ok(carrier.text(client, "START"))
    run_jobs()
    assert not suppressed(TEXTER, OUR_NUMBER)


@by_name
def test_bad_signature_is_403_and_records_nothing(carrier: Carrier, client, services):
    payload = carrier.inbound("STOP", TEXTER, OUR_NUMBER, str(uuid.uuid4()))
    response = carrier.post(client, f"/webhooks/{carrier.name}/sms", payload, tamper=True)
    assert response.status_code == 403
    assert response.get_json()["error"]["code"] == "bad_signature"
    assert services.ledger.history(TEXTER) == []
    assert not services.suppressions.lookup(TEXTER, OUR_NUMBER).suppressed


@pytest.mark.parametrize("carrier", CARRIERS[:2], ids=lambda c: c.name)
def test_wrong_key_or_secret_is_403(carrier: Carrier, client):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    other = {"key": Ed25519PrivateKey.generate()} if carrier.name == "telnyx" else {
        "secret": "someone-elses-secret-0123456789abcdef"}
    payload = carrier.inbound("STOP", TEXTER, OUR_NUMBER, str(uuid.uuid4()))
    response = carrier.post(client, f"/webhooks/{carrier.name}/sms", payload, **other)
    assert response.status_code == 403


@by_name
def test_unsigned_request_is_403(carrier: Carrier, client):
    payload = carrier.inbound("STOP", TEXTER, OUR_NUMBER, str(uuid.uuid4()))
    path = f"/webhooks/{carrier.name}/sms"
    response = (client.post(path, data=payload) if isinstance(carrier, Plivo)
                else client.post(path, json=payload))
    assert response.status_code == 403
    assert response.get_json()["error"]["code"] == "missing_signature"


@pytest.mark.parametrize("carrier", CARRIERS[:2], ids=lambda c: c.name)
def test_replayed_old_timestamp_is_403(carrier: Carrier, client, services):
    payload = carrier.inbound("STOP", TEXTER, OUR_NUMBER, str(uuid.uuid4()))
    response = carrier.post(client, f"/webhooks/{carrier.name}/sms", payload, age=3600)
    assert response.status_code == 403
    assert response.get_json()["error"]["code"] == "stale_signature"
    assert services.ledger.history(TEXTER) == []


def test_plivo_replayed_nonce_is_403(client, services):
    plivo = Plivo()
    payload = plivo.inbound("STOP", TEXTER, OUR_NUMBER, str(uuid.uuid4()))
    ok(plivo.post(client, "/webhooks/plivo/sms", payload, nonce="12345678901234567890"))
    replay = plivo.post(client, "/webhooks/plivo/sms", payload, nonce="12345678901234567890")
    assert replay.status_code == 403
    assert replay.get_json()["error"]["code"] == "replayed_request"
    assert len(services.ledger.history(TEXTER)) == 1


MISSING = {"telnyx": ("data.payload.from.phone_number", lambda p: p["data"]["payload"].pop("from")),
           "vonage": ("message_uuid", lambda p: p.pop("message_uuid")),
           "plivo": ("From", lambda p: p.pop("From")),
           "bandwidth": ("0.message.from", lambda p: p[0]["message"].pop("from"))}


@by_name
def test_missing_field_is_400_naming_it(carrier: Carrier, client, services):
    name, drop = MISSING[carrier.name]
    payload = carrier.inbound("STOP", TEXTER, OUR_NUMBER, str(uuid.uuid4()))
    drop(payload)
    response = carrier.post(client, f"/webhooks/{carrier.name}/sms", payload)
    assert response.status_code == 400
    error = response.get_json()["error"]
    assert error["code"] == "missing_field" and name in error["message"]
    assert services.ledger.history(TEXTER) == []


ID_FIELDS = {"telnyx": "data.payload.id", "vonage": "message_uuid", "plivo": "MessageUUID",
             "bandwidth": "0.message.id"}


@by_name
@pytest.mark.parametrize("message_id", ["", "  ", "x" * 129, "id\nwith-a-newline"],
                         ids=["empty", "blank", "too-long", "control-character"])
@pytest.mark.parametrize("kind", ["sms", "status"])
def test_empty_or_bad_message_id_is_400_naming_it(carrier: Carrier, client, services,
                                                   message_id, kind):
    payload = (carrier.inbound("STOP", TEXTER, OUR_NUMBER, message_id) if kind == "sms"
               else carrier.failed(STOP_CODES[carrier.name], TEXTER, OUR_NUMBER, message_id))
    response = carrier.post(client, f"/webhooks/{carrier.name}/{kind}", payload)
    assert response.status_code == 400, response.get_data(as_text=True)
    error = response.get_json()["error"]
    assert error["code"] == "invalid_message_id"
    assert error["message"].startswith(ID_FIELDS[carrier.name] + " ")
    assert services.ledger.history(TEXTER) == []


@by_name
def test_same_id_for_two_numbers_is_recorded_for_both_and_logged(carrier: Carrier, client,
                                                                  services, suppressed, caplog):
    message_id = str(uuid.uuid4())
    second_texter = "+16175550177"
    ok(carrier.text(client, "STOP", message_id=message_id))
    ok(carrier.text(client, "STOP", sender=second_texter, message_id=message_id))
    assert suppressed(TEXTER, OUR_NUMBER) and suppressed(second_texter, OUR_NUMBER)
    services.message_ids.flush()  # ids are checked beside the request, by a thread
    [warning] = [r for r in caplog.records
                 if r.name == "app.messaging.message_ids" and r.levelno == logging.WARNING]
    assert carrier.name in warning.getMessage() and "+1617•••••77" in warning.getMessage()


def test_deeply_nested_json_is_400(client, services):
    body = b"[" * 20_000 + b"]" * 20_000
    stamp = str(int(time.time()))
    signature = base64.b64encode(TELNYX_KEY.sign(stamp.encode() + b"|" + body)).decode()
    response = client.post("/webhooks/telnyx/sms", data=body, content_type="application/json",
                           headers={"telnyx-signature-ed25519": signature,
                                    "telnyx-timestamp": stamp})
    assert response.status_code == 400
    assert response.get_json()["error"]["code"] == "invalid_json"


@by_name
def test_duplicate_message_id_is_recorded_once(carrier: Carrier, client, run_jobs, services,
                                               carrier_api):
    message_id = str(uuid.uuid4())
    first = carrier.text(client, "STOP", message_id=message_id)
    second = carrier.text(client, "STOP", message_id=message_id)
    ok(first)
    ok(second)
    run_jobs()
    assert len([e for e in services.ledger.history(TEXTER) if e["kind"] != "confirmation"]) == 1
    if isinstance(carrier, Plivo):
        assert "<Message" in first.get_data(as_text=True)
        assert "<Message" not in second.get_data(as_text=True)
    else:
        assert len(carrier_api.sent) == 1


@by_name
def test_same_id_from_two_providers_is_two_messages(carrier: Carrier, client, sms, services):
    # Message ids are unique per provider only: a Twilio SID never hides another's text.
    message_id = "SM" + uuid.uuid4().hex
    ok(carrier.text(client, "STOP", message_id=message_id))
    assert sms("START", MessageSid=message_id).status_code == 200
    assert len(services.ledger.history(TEXTER)) == 2


@by_name
def test_status_opt_out_error_suppresses_for_that_sender(carrier: Carrier, client, run_jobs,
                                                         suppressed, services):
    ok(carrier.status(client, STOP_CODES[carrier.name]))
    assert suppressed(TEXTER, OUR_NUMBER)
    run_jobs()
    assert suppressed(TEXTER, OUR_NUMBER)
    assert not suppressed(TEXTER, OTHER_NUMBER)
    event = services.ledger.history(TEXTER)[0]
    assert event["source"] == "carrier" and event["error_code"] == STOP_CODES[carrier.name]


@by_name
def test_status_undeliverable_error_marks_undeliverable_not_opted_out(carrier: Carrier, client,
                                                                      run_jobs, services):
    ok(carrier.status(client, DEAD_CODES[carrier.name]))
    run_jobs()
    lookup = services.suppressions.lookup(TEXTER, OUR_NUMBER)
    assert lookup.undeliverable and not lookup.suppressed and not lookup.textable
    assert services.suppressions.check_many([TEXTER], OUR_NUMBER) == [2]


@by_name
@pytest.mark.parametrize("delivered", [True, False], ids=["delivered", "other-error"])
def test_other_status_reports_are_acknowledged_and_ignored(carrier: Carrier, client, services,
                                                           delivered):
    code = "" if delivered else OTHER_CODES[carrier.name]
    ok(carrier.status(client, code))
    assert services.ledger.history(TEXTER) == []


@by_name
def test_repeated_status_report_is_recorded_once(carrier: Carrier, client, services):
    payload = carrier.failed(STOP_CODES[carrier.name], TEXTER, OUR_NUMBER, str(uuid.uuid4()))
    for _ in range(2):
        ok(carrier.post(client, f"/webhooks/{carrier.name}/status", payload))
    assert len(services.ledger.history(TEXTER)) == 1


@by_name
def test_bad_recipient_in_status_is_400(carrier: Carrier, client):
    response = carrier.status(client, STOP_CODES[carrier.name], recipient="not-a-number")
    assert response.status_code == 400
    assert response.get_json()["error"]["code"] == "invalid_number"


def test_telnyx_status_event_posted_to_the_sms_url_is_a_status(client, services):
    telnyx = CARRIERS[0]
    payload = telnyx.failed("40300", TEXTER, OUR_NUMBER, str(uuid.uuid4()))
    ok(telnyx.post(client, "/webhooks/telnyx/sms", payload))
    assert services.suppressions.lookup(TEXTER, OUR_NUMBER).suppressed


@by_name
@pytest.mark.parametrize("path", ["sms", "status"])
def test_provider_without_a_secret_answers_404(carrier: Carrier, redis_url, tmp_path,
                                               redis_client, path):
    svc = build_services(make_settings(redis_url, tmp_path))
    try:
        client = create_app(svc.settings, svc).test_client()
        payload = carrier.inbound("STOP", TEXTER, OUR_NUMBER, str(uuid.uuid4()))
        response = carrier.post(client, f"/webhooks/{carrier.name}/{path}", payload)
        assert response.status_code == 404
        assert response.get_json()["error"]["code"] == "not_found"
        assert not svc.suppressions.lookup(TEXTER).suppressed
    finally:
        svc.close()


def test_unknown_provider_is_404_and_twilio_keeps_its_own_routes(client, sms):
    assert client.post("/webhooks/sinch/sms", json={}).status_code == 404
    assert "<Message" in sms("STOP").get_data(as_text=True)


@by_name
def test_history_names_the_provider(carrier: Carrier, client, services):
    ok(carrier.text(client, "STOP"))
    ok(carrier.status(client, STOP_CODES[carrier.name], recipient=OTHER_NUMBER))
    assert services.ledger.history(TEXTER)[0]["provider"] == carrier.name
    assert services.ledger.history(OTHER_NUMBER)[0]["provider"] == carrier.name


def test_bandwidth_batch_is_handled_whole_or_not_at_all(client, services, suppressed):
    bandwidth = CARRIERS[3]
    stop = bandwidth.inbound("STOP", TEXTER, OUR_NUMBER, str(uuid.uuid4()))
    failed = bandwidth.failed("4775", OTHER_NUMBER, OUR_NUMBER, str(uuid.uuid4()))
    broken = bandwidth.inbound("STOP", "+16175550999", OUR_NUMBER, str(uuid.uuid4()))
    del broken[0]["message"]["text"]
    response = bandwidth.post(client, "/webhooks/bandwidth/sms", stop + failed + broken)
    assert response.status_code == 400
    assert "2.message.text" in response.get_json()["error"]["message"]
    assert services.ledger.history(TEXTER) == []  # nothing of a rejected batch is recorded
    # One callback URL for both kinds: an inbound text and a status event together.
    ok(bandwidth.post(client, "/webhooks/bandwidth/sms", stop + failed))
    assert suppressed(TEXTER, OUR_NUMBER)
    assert suppressed(OTHER_NUMBER, OUR_NUMBER)


def test_media_without_text_is_acknowledged_and_means_nothing(client, services):
    vonage, plivo = CARRIERS[1], CARRIERS[2]
    image = {**vonage.inbound("", TEXTER, OUR_NUMBER, str(uuid.uuid4())),
             "message_type": "image", "image": {"url": "https://example.com/cat.jpg"}}
    del image["text"]
    ok(vonage.post(client, "/webhooks/vonage/sms", image))
    mms = {**plivo.inbound("", TEXTER, OUR_NUMBER, str(uuid.uuid4())), "Type": "mms",
           "MediaCount": "1", "Media0": "https://media.plivo.com/cat.jpg"}
    del mms["Text"]
    ok(plivo.post(client, "/webhooks/plivo/sms", mms))
    assert services.ledger.history(TEXTER) == []
