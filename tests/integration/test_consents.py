"""``POST /v1/consents``: the proof a capture keeps, the faults it names, Idempotency-Key, the
double opt-in's request through each carrier's send API (stub transport), the console's
form for consent given on paper or by phone."""

from __future__ import annotations

import json

import pytest

from tests.helpers import API_KEY, OUR_NUMBER, console_login, csrf, make_settings
from tests.helpers.carriers import CARRIER_SETTINGS

TEXTER = "+16175550123"
HEADERS = {"Authorization": f"Bearer {API_KEY}"}
WEB_FORM = {"number": TEXTER, "sender": OUR_NUMBER, "categories": ["marketing"],
            "method": "web_form", "disclosure": "I agree to get offers by text.",
            "url": "https://miniluxe.example/join", "ip": "2001:db8::1",
            "user_agent": "Mozilla/5.0", "captured_at": "2026-11-20T10:04:05-05:00",
            "reference": "form-12"}


@pytest.fixture
def settings(redis_client, redis_url, tmp_path, request):
    return make_settings(redis_url, tmp_path, **getattr(request, "param", {}))


def post(client, body, **headers):
    return client.post("/v1/consents", headers={**HEADERS, **headers}, json=body)


def test_a_web_form_capture_keeps_its_proof_and_lifts_an_earlier_opt_out(client, sms,
                                                                         services):
    sms("STOP")
    answer = post(client, WEB_FORM)
    assert answer.status_code == 201, answer.get_json()
    body = answer.get_json()
    assert body["status"] == "captured" and body["categories"] == ["marketing"]
    assert body["check"]["textable_now"] and body["check"]["category"] == "marketing"
    [_, event] = services.ledger.history(TEXTER)
    assert event["kind"] == "captured" and event["method"] == "web_form"
    assert event["source"] == "web" and event["reference"] == "form-12"
    assert event["url"] == WEB_FORM["url"] and event["user_agent"] == "Mozilla/5.0"
    assert event["ip"] == "2001:db8::1" and event["captured_at"] == "2026-11-20T15:04:05+00:00"
    assert event["at"] == event["captured_at"]  # when it happened, not when we heard of it
    # The capture was for marketing: an informational text stays covered by the STOP.
    assert services.suppressions.lookup(TEXTER, OUR_NUMBER, "i").suppressed


@pytest.mark.parametrize(("change", "code", "words"), [
    ({"method": None}, "missing_field", "'method'"),
    ({"method": "fax"}, "invalid_field", "'method'"),
    ({"number": "nope"}, "invalid_number", ""),
    ({"number": None}, "missing_field", "'number'"),
    ({"ip": "999.1.1.1"}, "invalid_field", "'ip'"),
    ({"url": "javascript:alert(1)"}, "invalid_field", "'url'"),
    ({"captured_at": "yesterday"}, "invalid_field", "'captured_at'"),
    ({"captured_at": "2999-01-01T00:00:00Z"}, "invalid_field", "future"),
    ({"disclosure": None}, "missing_field", "'disclosure'"),
    ({"disclosure": "x" * 4001}, "invalid_field", "4000"),
    ({"categories": ["ads"]}, "invalid_category", "'categories'"),
    ({"sender": "x" * 20}, "invalid_sender", ""),
    ({"method": "paper"}, "missing_field", "'note'"),
    ({"method": "double_opt_in", "sender": None}, "missing_field", "'sender'"),
    ({"surprise": 1}, "invalid_field", "surprise"),
])
def test_a_bad_capture_is_a_400_naming_its_fault(client, services, change, code, words):
    body = {k: v for k, v in {**WEB_FORM, **change}.items() if v is not None}
    answer = post(client, body)
    assert answer.status_code == 400, answer.get_json()
    assert answer.get_json()["error"]["code"] == code
    assert words in answer.get_json()["error"]["message"]
    assert services.ledger.history(TEXTER) == []


def test_idempotency_key_replays_and_refuses_another_request(client, services):
    first = post(client, WEB_FORM, **{"Idempotency-Key": "k-1"})
    again = post(client, WEB_FORM, **{"Idempotency-Key": "k-1"})
    assert again.headers["Idempotent-Replayed"] == "true"
    assert again.get_json() == first.get_json()
    other = post(client, {**WEB_FORM, "reference": "form-13"}, **{"Idempotency-Key": "k-1"})
    assert other.status_code == 422
    assert other.get_json()["error"]["code"] == "idempotency_key_reused"
    assert len(services.ledger.history(TEXTER)) == 1


DOUBLE = {**WEB_FORM, "method": "double_opt_in"}


@pytest.mark.parametrize(("settings", "provider", "url", "sent"), [
    ({**CARRIER_SETTINGS, "plivo_auth_id": "MAXXXXXXXXXXXXXXXXXX"}, "plivo",
     "https://api.plivo.com/v1/Account/MAXXXXXXXXXXXXXXXXXX/Message/",
     {"src": "18005550100", "dst": "16175550123"}),
    (CARRIER_SETTINGS, "telnyx", "https://api.telnyx.com/v2/messages",
     {"from": OUR_NUMBER, "to": TEXTER}),
    (CARRIER_SETTINGS, "vonage", "https://api.nexmo.com/v1/messages",
     {"from": "18005550100", "to": "16175550123"}),
], indirect=["settings"])
def test_the_request_goes_through_the_named_carrier(client, run_jobs, carrier_api, services,
                                                    provider, url, sent):
    assert post(client, DOUBLE).get_json()["error"]["code"] == "provider_required"
    answer = post(client, {**DOUBLE, "provider": provider, "language": "es"})
    assert answer.status_code == 202 and answer.get_json()["provider"] == provider
    assert run_jobs()
    [request] = carrier_api.sent
    assert request.url == url
    body = json.loads(request.body)
    assert sent.items() <= body.items()
    assert "YES" in body.get("text", "")  # English, the built-in text of every language
    assert services.suppressions.lookup(TEXTER, OUR_NUMBER, "m").pending_confirmation


@pytest.mark.parametrize("settings", [{"twilio_account_sid": ""}], indirect=True)
def test_no_carrier_that_can_send_is_a_400(client, services):
    answer = post(client, DOUBLE)
    assert answer.status_code == 400
    assert "none is configured" in answer.get_json()["error"]["message"]
    assert services.ledger.history(TEXTER) == []  # nothing pending that nobody asked


def test_a_stop_ends_a_double_opt_in(client, sms, run_jobs, carrier_api, services):
    assert post(client, DOUBLE).status_code == 202
    sms("STOP")
    assert "you are subscribed" not in sms("YES").get_data(as_text=True)
    run_jobs()
    lookup = services.suppressions.lookup(TEXTER, OUR_NUMBER, "m")
    assert lookup.suppressed and not lookup.pending_confirmation
    assert [e["kind"] for e in services.ledger.history(TEXTER)] == ["captured", "opt_out"]


def test_the_console_records_consent_given_on_paper(client, services):
    console_login(client)
    page = client.get(f"/ops/numbers?q={TEXTER}").get_data(as_text=True)
    assert 'data-testid="record-consent"' in page
    form = {"csrf_token": csrf(page), "method": "paper", "sender": OUR_NUMBER,
            "categories": ["marketing", "informational"], "reference": "paper-7",
            "note": ""}
    client.post(f"/ops/numbers/{TEXTER}/consent", data=form)
    assert services.ledger.history(TEXTER) == []  # the note is required
    page = client.get(f"/ops/numbers?q={TEXTER}").get_data(as_text=True)
    assert "Not recorded" in page and "&#39;note&#39; is required" in page
    form.update(csrf_token=csrf(page), note="signed form in the Boston salon's binder")
    client.post(f"/ops/numbers/{TEXTER}/consent", data=form)
    [event] = services.ledger.history(TEXTER)
    assert (event["kind"], event["method"], event["source"]) == ("captured", "paper", "mail")
    assert event["categories"] == "marketing,informational"
    assert event["note"].startswith("operator:ops: signed form")
    page = client.get(f"/ops/numbers?q={TEXTER}").get_data(as_text=True)
    history = page[page.index('data-testid="history"'):]
    assert "captured" in history and "paper" in history and "Boston salon" in history


def test_check_and_filter_take_a_category(cli, sms, run_jobs, services):
    services.categories.declare(OUR_NUMBER, ("marketing",))
    sms("STOP")
    run_jobs()
    codes = cli("check", TEXTER, "--sender", OUR_NUMBER, "--category", "transactional")
    assert codes.exit_code == 0 and json.loads(codes.stdout)["category"] == "transactional"
    assert cli("check", TEXTER, "--sender", OUR_NUMBER, "--category", "marketing").exit_code == 1
    assert cli("check", TEXTER, "--category", "ads").exit_code == 2
    numbers = f"{TEXTER}\n+16175550124\n"
    kept = cli("filter", "--sender", OUR_NUMBER, "--category", "transactional", input=numbers)
    assert kept.stdout.split() == [TEXTER, "+16175550124"]
    held = cli("filter", "--sender", OUR_NUMBER, "--category", "marketing", input=numbers)
    assert held.stdout.split() == ["+16175550124"] and "suppressed 1" in held.stderr


def test_the_guarded_send_asks_the_category(services, sms):
    from twilio.rest import Client

    from app.errors import SuppressedNumber
    from app.messaging.sending import GuardedSender
    from tests.helpers.carriers import StubHttpClient

    services.categories.declare(OUR_NUMBER, ("marketing",))
    http = StubHttpClient()
    sender = GuardedSender(Client("AC" + "1" * 32, "token", http_client=http),
                           services.suppressions)
    sms("STOP")
    sender.send(TEXTER, "Your code is 123456", sender=OUR_NUMBER, category="transactional")
    with pytest.raises(SuppressedNumber, match="from marketing"):
        sender.send(TEXTER, "20% off!", sender=OUR_NUMBER, category="marketing")
    with pytest.raises(SuppressedNumber):
        sender.send(TEXTER, "hello", sender=OUR_NUMBER)  # no category: the cautious check
    assert len(http.requests) == 1


@pytest.mark.parametrize("settings", [{"clarify_scope": True,
                                       "revocation_policy": "all-marketing"}], indirect=True)
def test_rebuild_replays_categories_captures_and_answers_exactly(client, sms, run_jobs, cli,
                                                                services):
    services.categories.declare(OUR_NUMBER, ("marketing", "informational"))
    sms("STOP")
    sms("MKT")
    post(client, {**DOUBLE, "number": "+16175550124"})
    sms("yes", sender="+16175550124")
    post(client, {**DOUBLE, "number": "+16175550125"})
    post(client, WEB_FORM | {"number": "+16175550126", "categories": ["informational"]})
    run_jobs()
    checked = cli("rebuild", "--check")
    assert checked.exit_code == 0, checked.output
    assert "found 0 history and 0 projection differences" in checked.output
    # A history lost by hand is rebuilt from the ledger to the same answers.
    before = services.suppressions.lookup(TEXTER, OUR_NUMBER, "i")
    shard, bucket, field = services.ledger.layout.locate(TEXTER)
    services.connections.store.node(shard).hdel(services.ledger.layout.history(bucket), field)
    assert cli("rebuild").exit_code == 1
    assert services.suppressions.lookup(TEXTER, OUR_NUMBER, "i") == before
    assert services.suppressions.lookup(TEXTER, OUR_NUMBER, "m").suppressed
