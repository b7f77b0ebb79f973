"""Idempotency that cannot drop a STOP: message SIDs checked, a duplicate is the same SID for
the same number and kind (the same SID for another number is recorded, and logged), and the
API's Idempotency-Key follows Stripe's rule. Real Redis, signed Twilio forms."""

from __future__ import annotations

import hashlib
import logging
import secrets
import threading

import pytest
import redis

from app.web.api.idempotency import Fingerprint, IdempotencyRecords
from tests.helpers import API_KEY, OUR_NUMBER, inbound_form, make_settings

SMS = "/webhooks/twilio/sms"
STATUS = "/webhooks/twilio/status"
ALICE = "+16175550123"
BOB = "+16175550199"
OTHER_KEY = "second-client-key"
AUTH = {"Authorization": f"Bearer {API_KEY}"}


def new_sid(prefix: str = "SM") -> str:
    return prefix + secrets.token_hex(16)


def error_of(response, status):
    assert response.status_code == status, response.get_data(as_text=True)
    return response.get_json()["error"]


def conflicts(caplog, services) -> list[logging.LogRecord]:
    services.message_ids.flush()  # ids are checked beside the request, by a thread
    return [r for r in caplog.records
            if r.name == "app.messaging.message_ids" and r.levelno == logging.WARNING]


@pytest.fixture
def settings(redis_client, redis_url, tmp_path):
    return make_settings(redis_url, tmp_path, optout_api_keys=[API_KEY, OTHER_KEY])


# -- webhook: message SIDs are checked -----------------------------------------------------

@pytest.mark.parametrize("field", ["MessageSid", "SmsMessageSid", "SmsSid"])
@pytest.mark.parametrize("value", [
    "", "   ", "SM1", "SM" + "a" * 31, "SM" + "a" * 33, "SM" + "g" * 32, "AC" + "a" * 32,
    "MG" + "a" * 32, "sm" + "a" * 32, " SM" + "a" * 32,
], ids=["empty", "blank", "short", "31-hex", "33-hex", "not-hex", "account", "service",
        "lower-prefix", "leading-space"])
def test_empty_or_malformed_sid_is_400_naming_the_field(post_signed, services, field, value):
    form = inbound_form("STOP", ALICE, **{field: value})
    error = error_of(post_signed(SMS, form), 400)
    assert error["code"] == "invalid_message_id"
    assert error["message"].startswith(field + " ")
    assert services.ledger.history(ALICE) == []


def test_missing_sid_is_still_missing_field(post_signed):
    form = inbound_form("STOP", ALICE)
    for name in ("MessageSid", "SmsMessageSid", "SmsSid"):
        del form[name]
    error = error_of(post_signed(SMS, form), 400)
    assert error["code"] == "missing_field" and "MessageSid" in error["message"]


@pytest.mark.parametrize("prefix", ["SM", "MM"])
def test_sms_and_mms_sids_are_accepted(post_signed, services, prefix):
    sid = new_sid(prefix)
    form = inbound_form("STOP", ALICE, MessageSid=sid, SmsMessageSid=sid, SmsSid=sid)
    assert "<Message" in post_signed(SMS, form).get_data(as_text=True)
    assert services.ledger.history(ALICE)[0]["message_sid"] == sid


def test_upper_case_hex_is_accepted(post_signed, services):
    sid = "SM" + secrets.token_hex(16).upper()
    form = inbound_form("STOP", ALICE, MessageSid=sid, SmsMessageSid=sid, SmsSid=sid)
    assert post_signed(SMS, form).status_code == 200


# -- webhook: the same SID for another number is its own event -----------------------------

def test_same_sid_for_two_numbers_suppresses_both_and_warns(post_signed, run_jobs, suppressed,
                                                            services, caplog):
    sid = new_sid()
    caplog.set_level(logging.INFO)
    first = post_signed(SMS, inbound_form("STOP", ALICE, MessageSid=sid))
    second = post_signed(SMS, inbound_form("STOP", BOB, MessageSid=sid))
    assert first.status_code == second.status_code == 200
    # Each number's first opt-out: each gets its one confirmation.
    assert "<Message" in first.get_data(as_text=True)
    assert "<Message" in second.get_data(as_text=True)
    assert suppressed(ALICE) and suppressed(BOB)  # before any worker ran
    run_jobs()
    assert suppressed(ALICE) and suppressed(BOB)
    assert [e["message_sid"] for e in services.ledger.history(BOB)] == [sid]
    [warning] = conflicts(caplog, services)
    text = warning.getMessage()
    assert sid in text and "+1617•••••23" in text and "+1617•••••99" in text
    assert "6175550123" not in text and "6175550199" not in text


def test_conflict_record_is_on_the_queue_redis_for_the_dedupe_window(post_signed, services):
    sid = new_sid()
    post_signed(SMS, inbound_form("STOP", ALICE, MessageSid=sid))
    post_signed(SMS, inbound_form("STOP", BOB, MessageSid=sid))
    services.message_ids.flush()
    key = f"optout:sid:twilio:{sid}"
    assert services.connections.redis.get(key) == ALICE  # the first number stays
    ttl = services.connections.redis.ttl(key)
    assert 0 < ttl <= services.settings.message_dedupe_seconds


def test_closing_the_services_finishes_queued_checks_and_ends_their_thread(settings):
    from app.bootstrap import build_services

    svc = build_services(settings)
    sid = new_sid()
    svc.message_ids.note("twilio", sid, ALICE)
    thread = svc.message_ids._thread
    assert thread is not None and thread.is_alive()
    svc.close()  # before the connections close, the thread has checked what it was given
    assert not thread.is_alive()
    client = redis.Redis.from_url(str(settings.redis_url), decode_responses=True)
    assert client.get(f"optout:sid:twilio:{sid}") == ALICE
    client.close()


def test_only_recorded_events_are_noted(post_signed, services, caplog):
    chat = new_sid()
    post_signed(SMS, inbound_form("see you at 5", ALICE, MessageSid=chat))
    assert not services.connections.redis.exists(f"optout:sid:twilio:{chat}")
    # A retried SID (a duplicate) is not recorded again, so it is not a conflict either.
    form = inbound_form("STOP", ALICE)
    post_signed(SMS, form)
    post_signed(SMS, form)
    assert conflicts(caplog, services) == []


def test_retried_sid_gets_one_confirmation_and_one_event(post_signed, services, caplog):
    form = inbound_form("STOP", ALICE)
    replies = [post_signed(SMS, form).get_data(as_text=True) for _ in range(3)]
    assert ["<Message" in reply for reply in replies] == [True, False, False]
    assert len(services.ledger.history(ALICE)) == 1
    assert conflicts(caplog, services) == []


def test_second_stop_with_a_new_sid_is_a_repeat_without_confirmation(sms, services):
    assert "<Message" in sms("STOP", ALICE).get_data(as_text=True)
    assert "<Message" not in sms("STOP", ALICE).get_data(as_text=True)
    statuses = [event["status"] for event in services.ledger.history(ALICE)]
    assert statuses == ["new", "repeat"]


def test_same_sid_for_another_kind_of_the_same_number_is_a_duplicate(post_signed, services,
                                                                     suppressed, caplog):
    """A carrier message changes consent once, whatever it is read as: a START under the
    SID of the number's STOP is no new message (Twilio signs the body: a replay)."""
    sid = new_sid()
    post_signed(SMS, inbound_form("STOP", ALICE, MessageSid=sid))
    answer = post_signed(SMS, inbound_form("START", ALICE, MessageSid=sid))
    assert "resubscribed" not in answer.get_data(as_text=True)
    assert [e["kind"] for e in services.ledger.history(ALICE)] == ["opt_out"]
    assert suppressed(ALICE)
    assert conflicts(caplog, services) == []  # one number: not a conflict


# -- status callbacks ----------------------------------------------------------------------

def status_form(recipient: str, sid: str, error_code: str = "21610") -> dict[str, str]:
    return {"MessageSid": sid, "SmsSid": sid, "AccountSid": "AC" + "1" * 32,
            "From": OUR_NUMBER, "To": recipient, "MessageStatus": "undelivered",
            "ErrorCode": error_code}


@pytest.mark.parametrize("error_code", ["21610", ""], ids=["opt-out", "delivered"])
@pytest.mark.parametrize("field", ["MessageSid", "SmsSid"])
def test_status_callback_with_a_bad_sid_is_400(post_signed, services, field, error_code):
    form = status_form(ALICE, new_sid(), error_code)
    form[field] = "SM1"
    error = error_of(post_signed(STATUS, form), 400)
    assert error["code"] == "invalid_message_id" and error["message"].startswith(field)
    form[field] = ""
    assert error_of(post_signed(STATUS, form), 400)["message"].startswith(f"{field} is empty")
    assert services.ledger.history(ALICE) == []


def test_status_callback_without_a_sid_is_400(post_signed):
    form = status_form(ALICE, new_sid())
    del form["MessageSid"], form["SmsSid"]
    assert error_of(post_signed(STATUS, form), 400)["code"] == "missing_field"


def test_status_callback_same_sid_for_two_recipients_suppresses_both(post_signed, suppressed,
                                                                     services, caplog):
    sid = new_sid()
    assert post_signed(STATUS, status_form(ALICE, sid)).status_code == 204
    assert post_signed(STATUS, status_form(BOB, sid)).status_code == 204
    assert post_signed(STATUS, status_form(BOB, sid)).status_code == 204  # a retry
    assert suppressed(ALICE) and suppressed(BOB)
    assert len(services.ledger.history(BOB)) == 1
    [warning] = conflicts(caplog, services)
    assert "status callback" in warning.getMessage() and "+1617•••••99" in warning.getMessage()


# -- API: Idempotency-Key, Stripe's rule ----------------------------------------------------

def put(client, number: str = ALICE, key: str | None = "crm-771", auth: str = API_KEY,
        **body):
    headers = {"Authorization": f"Bearer {auth}"}
    if key is not None:
        headers["Idempotency-Key"] = key
    return client.put(f"/v1/suppressions/{number}", json=body or {"source": "email"},
                      headers=headers)


def test_same_key_same_request_replays_the_first_answer(client, services):
    first = put(client)
    assert first.status_code == 200 and "Idempotent-Replayed" not in first.headers
    assert first.get_json()["recorded"]["status"] == "new"
    # The number's state changes meanwhile; the replay is still the first answer.
    client.delete(f"/v1/suppressions/{ALICE}", headers=AUTH,
                  json={"source": "web", "note": "form 12 re-subscribed"})
    again = put(client)
    assert again.status_code == 200
    assert again.headers["Idempotent-Replayed"] == "true"
    assert again.get_data() == first.get_data()
    assert again.get_json()["suppressed"] is True
    assert [e["kind"] for e in services.ledger.history(ALICE)] == ["opt_out", "opt_in"]


def test_same_number_in_another_format_is_the_same_request(client, services):
    put(client, "(617) 555-0123")
    assert put(client, ALICE).headers["Idempotent-Replayed"] == "true"
    assert len(services.ledger.history(ALICE)) == 1


@pytest.mark.parametrize("second, differs", [
    (lambda c: put(c, BOB), "number"),
    (lambda c: put(c, source="phone"), "body"),
    (lambda c: put(c, source="email", note="by phone"), "body"),
    (lambda c: c.delete(f"/v1/suppressions/{ALICE}", headers={**AUTH, "Idempotency-Key":
                        "crm-771"}, json={"source": "email"}), "method (PUT first, DELETE now)"),
    (lambda c: c.put(f"/v1/suppressions/{ALICE}?note=x", headers={**AUTH, "Idempotency-Key":
                     "crm-771"}, json={"source": "email"}), "query string"),
], ids=["number", "source", "note", "method", "query"])
def test_same_key_with_another_request_is_422_naming_what_differs(client, services, suppressed,
                                                                  second, differs):
    assert put(client).status_code == 200
    error = error_of(second(client), 422)
    assert error["code"] == "idempotency_key_reused"
    assert differs in error["message"]
    assert [e["kind"] for e in services.ledger.history(ALICE)] == ["opt_out"]
    assert services.ledger.history(BOB) == []
    # The refused request, sent with its own key, is recorded.
    assert put(client, BOB, key="crm-772").get_json()["recorded"]["status"] == "new"
    assert suppressed(BOB, None)


def test_keys_are_per_api_key(client, services):
    put(client, ALICE)
    other = put(client, BOB, auth=OTHER_KEY)  # another client, the same Idempotency-Key
    assert other.status_code == 200 and "Idempotent-Replayed" not in other.headers
    assert other.get_json()["recorded"]["status"] == "new"


def test_two_clients_with_one_key_for_one_number_both_record(client, services, suppressed):
    # Two CRMs that both number their requests "crm-771": neither hides the other's opt-out.
    assert put(client, sender=OUR_NUMBER, source="email").status_code == 200
    other = put(client, auth=OTHER_KEY, sender="+18005550177", source="email")
    assert other.get_json()["recorded"]["status"] == "new"
    assert suppressed(ALICE, OUR_NUMBER) and suppressed(ALICE, "+18005550177")


def test_key_reused_after_its_record_expired(client, services, suppressed):
    put(client, sender=OUR_NUMBER, source="email")
    redis = services.connections.redis
    redis.delete(*redis.keys("optout:idem:*"))  # 24 hours later
    # The same request: the ledger still knows it (recorded once).
    assert put(client, sender=OUR_NUMBER, source="email").get_json()["recorded"]["status"] == (
        "duplicate")
    redis.delete(*redis.keys("optout:idem:*"))  # 24 hours later again
    # Another request under the old key is a new request, recorded.
    again = put(client, sender="+18005550177", source="email")
    assert again.get_json()["recorded"]["status"] == "new"
    assert suppressed(ALICE, "+18005550177")


def test_a_refused_request_leaves_no_record(client, services):
    missing_source = client.put(f"/v1/suppressions/{ALICE}", json={"note": "x"},
                                headers={**AUTH, "Idempotency-Key": "crm-9"})
    assert error_of(missing_source, 400)["code"] == "missing_field"
    assert put(client, key="crm-9").get_json()["recorded"]["status"] == "new"


@pytest.mark.parametrize("key, fault", [
    ("k" * 256, "longer than 255"), ("", "empty"), ("   ", "empty"), ("a\tb", "control"),
])
def test_unusable_key_is_400(client, services, key, fault):
    error = error_of(put(client, key=key), 400)
    assert error["code"] == "invalid_idempotency_key" and fault in error["message"]
    assert services.ledger.history(ALICE) == []


def test_key_of_255_characters_is_fine(client):
    assert put(client, key="k" * 255).status_code == 200


def test_records_hold_hashes_not_keys_and_live_24_hours(client, services):
    put(client, key="crm-secret-key-771")
    redis = services.connections.redis
    [name] = redis.keys("optout:idem:*")
    assert len(name) == len("optout:idem:") + 64
    value = redis.get(name)
    for secret in (API_KEY, "crm-secret-key-771"):
        assert secret not in name and secret not in value
    assert 23 * 3600 < redis.ttl(name) <= 24 * 3600
    fingerprint = Fingerprint.of("PUT", ALICE, {"source": "email"})
    assert f'"fingerprint": "{fingerprint.digest}"' in value
    expected = hashlib.sha256(
        f"{hashlib.sha256(API_KEY.encode()).hexdigest()}\ncrm-secret-key-771".encode())
    assert name == "optout:idem:" + expected.hexdigest()


def test_a_request_in_flight_makes_the_second_retry(client, services):
    records = IdempotencyRecords(services.connections.redis)
    key = records.key(hashlib.sha256(API_KEY.encode()).hexdigest(), "crm-771")
    claim = records.claim(key, Fingerprint.of("PUT", ALICE, {"source": "email"}))
    assert claim.token
    response = put(client)
    assert error_of(response, 409)["code"] == "idempotency_key_in_use"
    assert response.headers["Retry-After"] == "1"
    assert services.ledger.history(ALICE) == []
    # A different request under a key in flight is still a 422, not a 409.
    assert error_of(put(client, BOB), 422)["code"] == "idempotency_key_reused"


def test_concurrent_requests_with_one_key_record_once(app, services):
    barrier = threading.Barrier(8)
    answers: list[tuple[int, str]] = []

    def call() -> None:
        client = app.test_client()
        barrier.wait()
        response = put(client)
        answers.append((response.status_code, response.headers.get("Idempotent-Replayed", "")))

    threads = [threading.Thread(target=call) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(services.ledger.history(ALICE)) == 1
    assert {status for status, _ in answers} <= {200, 409}
    assert answers.count((200, "")) == 1  # the one that recorded; the others retry or replay
    assert put(app.test_client()).headers["Idempotent-Replayed"] == "true"


def test_without_a_key_every_request_is_recorded(client, services):
    put(client, key=None)
    put(client, key=None)
    assert [e["status"] for e in services.ledger.history(ALICE)] == ["new", "repeat"]


# -- hostile JSON -----------------------------------------------------------------------------

@pytest.mark.parametrize("path, method", [
    (f"/v1/suppressions/{ALICE}", "PUT"), (f"/v1/suppressions/{ALICE}", "DELETE"),
    ("/v1/suppressions/check", "POST"),
])
@pytest.mark.parametrize("document", ["[" * 20_000 + "]" * 20_000,
                                      '{"a":' * 10_000 + "1" + "}" * 10_000],
                         ids=["arrays", "objects"])
def test_deeply_nested_json_is_400(client, services, path, method, document):
    response = client.open(path, method=method, data=document,
                           content_type="application/json",
                           headers={**AUTH, "Idempotency-Key": "deep"})
    assert error_of(response, 400)["code"] == "invalid_json"
    assert services.ledger.history(ALICE) == []
