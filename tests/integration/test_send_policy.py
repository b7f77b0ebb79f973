"""SEND_POLICY=us: state texting hours and frequency caps by the recipient's state, checks
asked about any instant (``at=``), the send log, through the real API, CLI and guarded send.

Every test runs at fixed instants: checks take ``at``, and the policy's clock (what "now"
is for the send log and the guarded send) is fixed by the fixture."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from flask.testing import FlaskClient
from twilio.rest import Client

from app import create_app
from app.bootstrap import Services, build_services
from app.errors import HeldBack
from app.messaging.sending import GuardedSender
from tests.helpers import API_KEY, OUR_NUMBER, make_settings
from tests.helpers.carriers import StubHttpClient

AUTH = {"Authorization": f"Bearer {API_KEY}"}
MIAMI = "+13055550123"  # Florida, America/New_York
DALLAS = "+12145550123"  # Texas, America/Chicago
TULSA = "+19185550123"  # Oklahoma, America/Chicago
PORTLAND = "+15035550123"  # Oregon, America/Los_Angeles
BOSTON = "+16175550123"  # Massachusetts: federal hours only
NOW = datetime(2026, 3, 10, 17, 0, tzinfo=UTC)  # a Tuesday, 12:00 in Tulsa (CDT)


@pytest.fixture
def clock() -> dict[str, datetime]:
    return {"now": NOW}


@pytest.fixture
def policy_services(redis_client, redis_url: str, tmp_path: Path,
                    clock: dict[str, datetime]) -> Iterator[Services]:
    svc = build_services(make_settings(redis_url, tmp_path, send_policy="us"))
    svc.send_policy = dataclasses.replace(svc.send_policy, clock=lambda: clock["now"])
    yield svc
    svc.close()


@pytest.fixture
def api(policy_services: Services) -> FlaskClient:
    return create_app(policy_services.settings, policy_services).test_client()


@pytest.fixture
def check(api: FlaskClient) -> Callable[..., dict[str, object]]:
    def ask(number: str, **params: str) -> dict[str, object]:
        response = api.get(f"/v1/suppressions/{number}", query_string=params, headers=AUTH)
        assert response.status_code == 200, response.get_json()
        return response.get_json()

    return ask


def sends(api: FlaskClient, *rows: dict[str, str]) -> dict[str, int]:
    response = api.post("/v1/sends", json={"sends": list(rows)}, headers=AUTH)
    assert response.status_code == 200, response.get_json()
    return response.get_json()


# -- the Done-when examples -----------------------------------------------------------------

def test_florida_at_2030_local_waits_for_0800_next_day(check):
    body = check(MIAMI, at="2026-01-16T01:30:00Z")  # 20:30 in Miami (EST)
    assert (body["textable_now"], body["reason"]) == (False, "state_hours:FL")
    assert body["next_allowed"] == "2026-01-16T13:00:00+00:00"  # 08:00 EST
    assert body["suppressed"] is False  # keeps its meaning
    # The same instant in Boston is inside the federal hours (until 21:00).
    assert check(BOSTON, at="2026-01-16T01:30:00Z")["textable_now"] is True


def test_texas_on_sunday_at_1000_is_textable_from_noon(check):
    body = check(DALLAS, at="2026-01-18T16:00:00Z")  # Sunday 10:00 CST
    assert (body["textable_now"], body["reason"]) == (False, "state_hours:TX")
    assert body["next_allowed"] == "2026-01-18T18:00:00+00:00"  # 12:00 CST
    # Monday at 10:00 is inside Texas's weekday hours (from 09:00).
    assert check(DALLAS, at="2026-01-19T16:00:00Z")["textable_now"] is True


def test_a_fourth_promo_to_oklahoma_waits_until_the_first_is_24_hours_old(api, check):
    times = ["2026-03-10T14:00:00Z", "2026-03-10T15:00:00Z", "2026-03-10T16:00:00Z"]
    assert sends(api, *({"number": TULSA, "sender": OUR_NUMBER, "subject": "promo", "at": t}
                        for t in times)) == {"recorded": 3, "ignored": 0}
    body = check(TULSA, subject="promo")  # now: 17:00Z
    assert (body["textable_now"], body["reason"]) == (False, "frequency_cap:OK")
    assert body["next_allowed"] == "2026-03-11T14:00:00+00:00"  # the first send, 24 h old
    assert check(TULSA, subject="promo", at="2026-03-11T14:00:00Z")["textable_now"] is True
    assert check(TULSA, subject="promo", at="2026-03-11T13:59:59Z")["textable_now"] is False
    # Another subject is not capped; a check without a subject is (it might be "promo").
    assert check(TULSA, subject="news")["textable_now"] is True
    assert check(TULSA)["reason"] == "frequency_cap:OK"
    # Subjects compare trimmed and case-folded.
    assert check(TULSA, subject=" Promo ")["reason"] == "frequency_cap:OK"


# -- hours -------------------------------------------------------------------------------------

def test_federal_hours_hold_every_state_and_categories_choose_the_rules(check):
    body = check(BOSTON, at="2026-01-16T02:30:00Z")  # 21:30 in Boston
    assert (body["reason"], body["next_allowed"]) == ("federal_hours",
                                                      "2026-01-16T13:00:00+00:00")
    # A receipt or a reminder is no telephone solicitation: the pack does not govern it.
    assert check(MIAMI, at="2026-01-16T01:30:00Z", category="transactional")[
        "textable_now"] is True
    assert check(MIAMI, at="2026-01-16T01:30:00Z", category="marketing")[
        "reason"] == "state_hours:FL"


def test_rules_apply_from_their_effective_date(check):
    """Oregon's 8 p.m. end starts with 2026: 20:30 in Portland on 2025-12-30 was fine."""
    assert check(PORTLAND, at="2025-12-31T04:30:00Z")["textable_now"] is True
    assert check(PORTLAND, at="2026-01-02T04:30:00Z")["reason"] == "state_hours:OR"


def test_quiet_hours_stay_the_business_own_window(redis_client, redis_url, tmp_path):
    svc = build_services(make_settings(redis_url, tmp_path, send_policy="us",
                                       quiet_hours="12:00-14:00"))
    try:
        times = svc.send_policy.times(datetime(2026, 3, 10, 17, 30, tzinfo=UTC))  # 13:30 EDT
        answer = times.answer_many([BOSTON], [0])[0]
        assert (answer.reason, answer.next_allowed) == ("quiet_hours",
                                                        "2026-03-10T18:00:00+00:00")
    finally:
        svc.close()


def test_bad_at_category_or_subject_is_a_400_naming_it(api):
    for params, code in [({"at": "tomorrow"}, "invalid_at"),
                         ({"at": "2026-01-16T10:00:00"}, "invalid_at"),
                         ({"category": "promo"}, "invalid_category"),
                         ({"subject": "x" * 101}, "invalid_subject")]:
        response = api.get(f"/v1/suppressions/{MIAMI}", query_string=params, headers=AUTH)
        assert response.status_code == 400
        assert response.get_json()["error"]["code"] == code


# -- caps --------------------------------------------------------------------------------------

def test_oregon_counts_every_subject(api, check):
    sends(api, *({"number": PORTLAND, "subject": s, "at": "2026-03-10T16:00:00Z"}
                 for s in ("a", "b", "c")))
    assert check(PORTLAND, subject="d")["reason"] == "frequency_cap:OR"


def test_a_send_of_unknown_subject_counts_toward_every_subject(api, check):
    sends(api, {"number": TULSA, "subject": "promo", "at": "2026-03-10T15:00:00Z"},
          {"number": TULSA, "subject": "promo", "at": "2026-03-10T15:30:00Z"},
          {"number": TULSA, "at": "2026-03-10T16:00:00Z"})
    assert check(TULSA, subject="promo")["reason"] == "frequency_cap:OK"
    assert check(TULSA, subject="news")["textable_now"] is True  # 1 unknown: under the cap


def test_sends_recorded_late_across_midnight_still_count(api, check):
    """Marks are kept per day pair: two sends today recorded before one of yesterday, in
    the same 24 h, hold the number all the same."""
    sends(api, {"number": TULSA, "subject": "promo", "at": "2026-03-10T01:00:00Z"},
          {"number": TULSA, "subject": "promo", "at": "2026-03-10T02:00:00Z"})
    assert check(TULSA, subject="promo")["textable_now"] is True
    sends(api, {"number": TULSA, "subject": "promo", "at": "2026-03-09T23:00:00Z"})
    body = check(TULSA, subject="promo")
    assert (body["reason"], body["next_allowed"]) == ("frequency_cap:OK",
                                                      "2026-03-10T23:00:00+00:00")


def test_sends_older_than_a_day_are_ignored_and_a_bad_row_records_nothing(api, check):
    assert sends(api, {"number": TULSA, "at": "2026-03-09T16:59:00Z"}) == {
        "recorded": 0, "ignored": 1}
    bad = api.post("/v1/sends", headers=AUTH, json={"sends": [
        {"number": TULSA, "subject": "promo"}, {"number": "nope"},
        {"number": TULSA, "at": "2026-03-11T00:00:00Z"}]})
    assert bad.status_code == 400 and bad.get_json()["error"]["code"] == "invalid_sends"
    message = bad.get_json()["error"]["message"]
    assert "sends[1]" in message and "sends[2]" in message and "future" in message
    assert check(TULSA, subject="promo")["textable_now"] is True  # nothing was recorded


def test_the_send_log_is_bounded_two_days(api, policy_services):
    sends(api, {"number": TULSA, "subject": "promo", "at": "2026-03-10T16:00:00Z"})
    store = policy_services.connections.store
    keys = [k for node in store.masters() for k in node.scan_iter(match="optout:*:[st]:*")]
    assert keys
    for key in keys:
        # A day's hash lives until the next day ends (+1 h), its membership set its day.
        assert 0 < store.masters()[0].ttl(key) <= (2 * 86400 + 3600) - 16 * 3600


def test_the_guarded_send_refuses_a_capped_number_and_logs_its_own_sends(policy_services,
                                                                         clock):
    http = StubHttpClient()
    sender = GuardedSender(Client("AC" + "1" * 32, "token", http_client=http),
                           policy_services.suppressions, policy=policy_services.send_policy)
    for minute in (0, 10, 20):
        clock["now"] = datetime(2026, 3, 10, 16, minute, tzinfo=UTC)
        sender.send(TULSA, "Spring sale", sender=OUR_NUMBER, subject="promo")
    with pytest.raises(HeldBack) as held:
        sender.send(TULSA, "Spring sale", sender=OUR_NUMBER, subject="promo")
    assert held.value.rule == "frequency_cap:OK"
    assert held.value.next_allowed == "2026-03-11T16:00:00+00:00"
    assert TULSA not in str(held.value)
    assert len(http.requests) == 3
    sender.send(TULSA, "Your receipt", sender=OUR_NUMBER, subject="receipt")
    assert len(http.requests) == 4


# -- lists: bulk check, filter --at ------------------------------------------------------------

def test_the_bulk_check_answers_as_the_single_check(api, check):
    sends(api, *({"number": TULSA, "subject": "promo", "at": f"2026-03-10T1{h}:00:00Z"}
                 for h in (4, 5, 6)))
    numbers = [MIAMI, DALLAS, TULSA, PORTLAND, BOSTON, "+18005550123", "+14165550123",
               "+12016315555", "+17875550123", "+447700900123"]
    for at in ("2026-01-16T01:30:00Z", "2026-01-18T16:00:00Z", "2026-03-10T17:00:00Z",
               "2026-03-11T03:30:00Z"):
        bulk = api.post("/v1/suppressions/check", headers=AUTH, json={
            "numbers": numbers, "at": at, "subject": "promo"}).get_json()["results"]
        for number, result in zip(numbers, bulk, strict=True):
            single = check(number, at=at, subject="promo")
            assert {k: result[k] for k in ("textable_now", "reason", "next_allowed")} == {
                k: single[k] for k in ("textable_now", "reason", "next_allowed")}, (number, at)


def test_filter_at_holds_back_with_the_rule_and_until_when(cli, policy_services, tmp_path,
                                                            monkeypatch):
    monkeypatch.setenv("SEND_POLICY", "us")
    rejected = tmp_path / "held.tsv"
    result = cli("filter", "--at", "2026-01-16T01:30:00Z", "--rejected", str(rejected),
                 input=f"{MIAMI}\n{BOSTON}\n(214) 555-0123\n")
    assert result.exit_code == 0, result.output
    assert result.stdout.split() == [BOSTON, DALLAS]
    assert rejected.read_text() == (
        f"{MIAMI}\tstate_hours:FL until 2026-01-16T13:00:00+00:00\n")
    assert "held by send rules 1" in result.stderr


def test_check_command_answers_for_the_instant(cli, monkeypatch):
    import json

    monkeypatch.setenv("SEND_POLICY", "us")
    result = cli("check", MIAMI, "--at", "2026-01-16T01:30:00Z")
    assert result.exit_code == 0  # consent allows it: send rules are in the answer
    line = json.loads(result.stdout)
    assert (line["textable_now"], line["reason"]) == (False, "state_hours:FL")
    bad = cli("check", MIAMI, "--at", "soon")
    assert bad.exit_code == 2 and "ISO 8601" in bad.output
