"""Message categories, the clarifying question and double opt-in, over real HTTP (the app on
a loopback port, Twilio's signed webhooks) and a real RQ worker: the examples a business
relies on, step by step.

1. A number texts STOP to a marketing sender: a check for ``transactional`` says textable,
   one for ``marketing`` (and the cautious one, with no category) says suppressed.
2. With CLARIFY_SCOPE the one confirmation asks; "MKT" narrows the opt-out, is its own event
   with the words, and gets no second text; history and report show it all.
3. A double opt-in goes pending -> confirmed by a YES -> textable.
"""

from __future__ import annotations

import time
from urllib.parse import parse_qsl

import pytest

from tests.helpers import OUR_NUMBER, make_settings

TEXTER = "+16175550123"
INFO_SENDER = "+18005550111"


@pytest.fixture
def settings(redis_client, redis_url, tmp_path, request):
    """CLARIFY_SCOPE on; a test may add settings with an indirect parameter."""
    return make_settings(redis_url, tmp_path, clarify_scope=True,
                         **getattr(request, "param", {}))


def declare(live, sender: str, *categories: str) -> None:
    response = live.api("PUT", f"/v1/senders/{sender}", json={"categories": list(categories)})
    assert response.status_code == 200, response.text
    assert response.json() == {"sender": sender, "categories": list(categories),
                               "declared_by": "api"}


def bulk(live, category: str | None, *numbers: str) -> list[dict[str, object]]:
    body = {"sender": OUR_NUMBER, "numbers": list(numbers), "category": category}
    response = live.api("POST", "/v1/suppressions/check", json=body)
    assert response.status_code == 200, response.text
    return list(response.json()["results"])


def test_a_stop_to_a_marketing_sender_leaves_requested_codes_textable(live, run_jobs):
    declare(live, OUR_NUMBER, "marketing")
    reply = live.sms("STOP")
    assert reply.status_code == 200
    # One marketing category declared: nothing to clarify, the plain confirmation.
    assert "You have been unsubscribed from MiniLuxe" in reply.text and "MKT" not in reply.text
    for applied in (False, True):  # acknowledged (pending mark), then applied by a worker
        if applied:
            assert run_jobs()
        codes = live.check(TEXTER, category="transactional")
        assert codes["textable_now"] and not codes["suppressed"]
        assert codes["category"] == "transactional"
        offers = live.check(TEXTER, category="marketing")
        assert offers["suppressed"] and offers["reason"] == "suppressed"
        assert offers["category"] == "marketing" and offers["scope"] == "sender"
        cautious = live.check(TEXTER)  # no category: any revoked category suppresses
        assert cautious["suppressed"] and cautious["category"] == "marketing"
        assert [r["suppressed"] for r in bulk(live, "transactional", TEXTER)] == [False]
        assert [r["reason"] for r in bulk(live, "marketing", TEXTER)] == ["suppressed"]
        assert [r["suppressed"] for r in bulk(live, None, TEXTER)] == [True]
    stop = live.history(TEXTER)[0]
    assert stop["categories"] == "marketing,informational" and stop["policy"] == "sender"


def test_the_one_confirmation_asks_and_mkt_narrows_it(live, run_jobs):
    declare(live, OUR_NUMBER, "marketing", "informational")
    question = live.sms("STOP")
    assert "Reply MKT to stop only offers, ALL to stop everything" in question.text
    # Until the answer arrives the opt-out covers every category it can.
    assert live.check(TEXTER, category="informational")["suppressed"]
    answer = live.sms("mkt")
    assert answer.status_code == 200
    assert "<Message>" not in answer.text  # never a second confirmation
    assert live.sms("MKT").text.count("<Message>") == 0  # nor for the same answer again
    assert run_jobs()
    assert live.check(TEXTER, category="marketing")["suppressed"]
    assert live.check(TEXTER, category="informational")["textable_now"]
    assert live.check(TEXTER, category="transactional")["textable_now"]
    assert bulk(live, "informational", TEXTER)[0]["textable_now"]
    assert bulk(live, "marketing", TEXTER)[0]["reason"] == "suppressed"

    events = live.history(TEXTER)
    assert [e["kind"] for e in events] == ["opt_out", "narrowed"]
    stop, narrowed = events
    assert stop["clarify"] == "asked" and "Reply MKT" in stop["reply"]
    assert narrowed["body"] == "mkt" and narrowed["keyword"] == "MKT"
    assert narrowed["target"] == stop["id"] and narrowed["categories"] == "marketing"
    report = live.api("GET", f"/v1/suppressions/{TEXTER}/report").text
    # The STOP, the confirmation that asked (the text sent), and the answer with its words.
    assert "STOP" in report and "Reply MKT to stop only offers" in report
    assert "narrowed" in report and "mkt" in report
    rows = live.api("GET", f"/v1/suppressions/{TEXTER}/report",
                    params={"format": "json"}).json()["events"]
    assert len(rows) == 2


def test_all_keeps_everything_stopped_codes_too(live, run_jobs):
    declare(live, OUR_NUMBER, "marketing", "informational", "transactional")
    assert "MKT" in live.sms("STOP").text
    assert live.check(TEXTER, category="transactional")["textable_now"]  # exempt by default
    assert "<Message>" not in live.sms("ALL").text
    assert run_jobs()
    for category in ("marketing", "informational", "transactional"):
        assert live.check(TEXTER, category=category)["suppressed"], category
    # START restores what the opt-out revoked, and the history shows every step.
    assert "resubscribed" in live.sms("START").text
    assert run_jobs()
    for category in ("marketing", "informational", "transactional"):
        assert live.check(TEXTER, category=category)["textable_now"], category
    assert [e["kind"] for e in live.history(TEXTER)] == ["opt_out", "narrowed", "opt_in"]


def test_an_opt_out_in_answer_to_the_question_gets_no_second_text(live, run_jobs):
    declare(live, OUR_NUMBER, "marketing", "informational")
    assert "MKT" in live.sms("STOP").text
    assert "<Message>" not in live.sms("STOP").text  # a repeat: never confirmed twice
    assert "<Message>" not in live.sms("STOP ALL").text  # wider, recorded, not confirmed
    assert run_jobs()
    assert live.check(TEXTER, category="transactional")["suppressed"]
    assert [e["kind"] for e in live.history(TEXTER)] == ["opt_out"] * 3


def test_an_answer_in_another_language(live, run_jobs):
    declare(live, OUR_NUMBER, "marketing", "informational")
    question = live.sms("PARAR")
    assert "Responda MKT para detener solo las ofertas" in question.text
    assert "<Message>" not in live.sms("Ofertas").text
    assert run_jobs()
    assert live.check(TEXTER, category="informational")["textable_now"]
    assert live.check(TEXTER, category="marketing")["suppressed"]


def test_a_double_opt_in_is_pending_until_yes(live, run_jobs, carrier_api):
    declare(live, OUR_NUMBER, "marketing")
    capture = {"number": "(617) 555-0123", "sender": OUR_NUMBER, "categories": ["marketing"],
               "method": "double_opt_in", "disclosure": "Get 2 texts a month with offers.",
               "url": "https://miniluxe.example/join", "ip": "203.0.113.9",
               "user_agent": "Mozilla/5.0", "captured_at": "2026-11-20T15:04:05Z",
               "reference": "form-77"}
    headers = {"Idempotency-Key": "join-form-77"}
    first = live.api("POST", "/v1/consents", json=capture, headers=headers)
    assert first.status_code == 202, first.text
    assert first.json()["status"] == "pending_confirmation"
    assert first.json()["check"]["reason"] == "pending_confirmation"
    again = live.api("POST", "/v1/consents", json=capture, headers=headers)
    assert again.status_code == 202 and again.headers["Idempotent-Replayed"] == "true"
    assert again.json() == first.json()

    pending = live.check(TEXTER, category="marketing")
    assert not pending["textable_now"] and pending["reason"] == "pending_confirmation"
    assert not pending["suppressed"] and pending["pending_confirmation"]
    assert bulk(live, "marketing", TEXTER)[0]["reason"] == "pending_confirmation"
    assert carrier_api.sent == []  # the request goes out from a worker
    assert run_jobs()
    assert bulk(live, "marketing", TEXTER)[0]["reason"] == "pending_confirmation"
    [request] = carrier_api.sent  # once, however often the request was replayed
    assert request.url.endswith(f"/Accounts/AC{'1' * 32}/Messages.json")
    sent = dict(parse_qsl(request.body))
    assert sent["To"] == TEXTER and sent["From"] == OUR_NUMBER and "reply YES" in sent["Body"]

    confirmed = live.sms("Sí")  # a YES in any language the engine knows
    assert "you are subscribed" in confirmed.text
    assert run_jobs()
    assert live.check(TEXTER, category="marketing")["textable_now"]
    assert bulk(live, "marketing", TEXTER)[0]["textable_now"]
    asked, yes = live.history(TEXTER)
    assert (asked["kind"], asked["status"], asked["method"]) == (
        "captured", "pending_confirmation", "double_opt_in")
    assert asked["ip"] == "203.0.113.9" and asked["reference"] == "form-77"
    assert asked["disclosure"] == capture["disclosure"]
    assert (yes["kind"], yes["status"], yes["body"]) == ("captured", "confirmed", "Sí")
    assert yes["target"] == asked["id"] and yes["message_sid"].startswith("SM")


@pytest.mark.parametrize("settings", [{"double_opt_in_hours": 1 / 3600}], indirect=True)
def test_a_double_opt_in_without_a_yes_expires(live, run_jobs, carrier_api):
    capture = {"number": TEXTER, "sender": OUR_NUMBER, "categories": ["marketing"],
               "method": "double_opt_in", "disclosure": "Offers by text."}
    assert live.api("POST", "/v1/consents", json=capture).status_code == 202
    time.sleep(1.2)
    assert run_jobs(scheduled=True)  # the expiry job, scheduled by RQ, runs when due
    events = live.history(TEXTER)
    assert [(e["kind"], e["status"]) for e in events] == [
        ("captured", "pending_confirmation"), ("captured", "expired")]
    assert events[1]["source"] == "system"
    assert not live.check(TEXTER, category="marketing")["textable_now"]  # never confirmed
    assert "<Message>" not in live.sms("YES").text  # too late: it confirms nothing
    assert len(live.history(TEXTER)) == 2
