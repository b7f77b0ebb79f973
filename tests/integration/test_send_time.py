"""Send-time rules: QUIET_HOURS in the recipient's local time (checks, the guarded send,
`filter --now`) and REVOKE_SCOPE=all (any opt-out covers every sender)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner
from twilio.rest import Client

from app import create_app
from app.bootstrap import Services, build_services
from app.cli import main
from app.errors import QuietHoursRefusal, SuppressedNumber
from app.lists.send_times import QuietHours, SendTimes, parse_quiet_hours
from app.messaging.sending import GuardedSender
from app.phone import time_zones, zone_key
from config import get_settings
from tests.helpers import API_KEY, BASE_URL, OUR_NUMBER, inbound_form, make_settings, sign
from tests.helpers.carriers import StubHttpClient

AUTH = {"Authorization": f"Bearer {API_KEY}"}
BOSTON = "+16175550123"  # America/New_York
LA = "+13105550123"  # America/Los_Angeles
OTHER_SENDER = "+18005550199"


def window_around_now(zone: str, quiet_now: bool) -> str:
    """A QUIET_HOURS value that holds (or misses) the present moment in ``zone``."""
    local = datetime.now(UTC).astimezone(ZoneInfo(zone))
    start = local - timedelta(hours=1) if quiet_now else local + timedelta(hours=2)
    end = start + timedelta(hours=2)
    return f"{start:%H:%M}-{end:%H:%M}"


@pytest.fixture
def make_services(redis_client, redis_url, tmp_path) -> Iterator:
    made: list[Services] = []

    def build(**overrides: object) -> Services:
        svc = build_services(make_settings(redis_url, tmp_path, **overrides))
        made.append(svc)
        return svc

    yield build
    for svc in made:
        svc.close()


# -- the window ---------------------------------------------------------------------------

@pytest.mark.parametrize("value", ["8-20", "08:00", "25:00-08:00", "08:00-08:00", "ab:cd-ef:gh"])
def test_bad_quiet_hours_fail_at_start(value, redis_url, tmp_path, redis_client):
    with pytest.raises(ValueError, match="QUIET_HOURS"):
        build_services(make_settings(redis_url, tmp_path, quiet_hours=value))


def test_unset_or_off_means_no_quiet_hours():
    assert parse_quiet_hours("") is None and parse_quiet_hours("off") is None


def test_window_across_midnight():
    quiet = QuietHours.parse("21:00-08:00")
    zone = ZoneInfo("America/New_York")
    assert quiet.quiet_at(datetime(2026, 11, 27, 23, 30, tzinfo=zone))
    assert quiet.quiet_at(datetime(2026, 11, 27, 7, 59, tzinfo=zone))
    assert not quiet.quiet_at(datetime(2026, 11, 27, 8, 0, tzinfo=zone))
    now = datetime(2026, 11, 28, 3, 0, tzinfo=UTC)  # 22:00 in New York
    assert quiet.next_allowed(["America/New_York"], now) == datetime(2026, 11, 28, 13, 0,
                                                                     tzinfo=UTC)


def test_several_zones_are_quiet_while_any_of_them_is():
    quiet = QuietHours.parse("21:00-08:00")
    now = datetime(2026, 11, 28, 13, 30, tzinfo=UTC)  # 08:30 New York, 05:30 Los Angeles
    zones = ["America/New_York", "America/Los_Angeles"]
    assert quiet.next_allowed(["America/New_York"], now) is None
    # Quiet in Los Angeles until 08:00 there (16:00 UTC), and New York is fine by then.
    assert quiet.next_allowed(zones, now) == datetime(2026, 11, 28, 16, 0, tzinfo=UTC)


def test_zones_come_from_the_number_and_a_split_area_code_is_cautious():
    assert time_zones(BOSTON) == ("America/New_York",)
    assert time_zones(LA) == ("America/Los_Angeles",)
    assert zone_key(BOSTON) == zone_key("+16175559999")  # cached once per prefix
    assert set(time_zones("+18005550123")) >= {"America/New_York", "America/Los_Angeles"}


def test_bulk_answers_are_cached_per_prefix():
    times = SendTimes(QuietHours.parse(window_around_now("America/New_York", True)))
    for i in range(1000):
        assert times.quiet_answer(f"+1617555{i:04d}").reason == "quiet_hours"
    assert len(times._answers) == 1  # one zone lookup and one answer for the prefix


# -- the checks ---------------------------------------------------------------------------

def test_check_answers_quiet_hours_with_next_allowed(make_services):
    svc = make_services(quiet_hours=window_around_now("America/New_York", True))
    client = create_app(svc.settings, svc).test_client()
    body = client.get(f"/v1/suppressions/{BOSTON}", headers=AUTH).get_json()
    assert body["suppressed"] is False  # keeps its meaning
    assert body["textable_now"] is False and body["reason"] == "quiet_hours"
    allowed = datetime.fromisoformat(body["next_allowed"])
    assert allowed.utcoffset() == timedelta(0)
    assert timedelta(0) < allowed - datetime.now(UTC) <= timedelta(hours=1, minutes=1)
    la = client.get(f"/v1/suppressions/{LA}", headers=AUTH).get_json()
    assert la["textable_now"] is True and la["reason"] is None and la["next_allowed"] is None


def test_bulk_check_answers_per_number(make_services):
    svc = make_services(quiet_hours=window_around_now("America/New_York", True))
    client = create_app(svc.settings, svc).test_client()
    client.put(f"/v1/suppressions/{LA}", json={"source": "email"}, headers=AUTH)
    results = client.post("/v1/suppressions/check", headers=AUTH, json={
        "numbers": [BOSTON, LA, "+13105550199", "nope"]}).get_json()["results"]
    assert [(r["textable_now"], r["reason"]) for r in results] == [
        (False, "quiet_hours"), (False, "suppressed"), (True, None), (False, "invalid")]
    assert results[0]["suppressed"] is False and results[0]["next_allowed"]


def test_without_quiet_hours_textable_now_follows_suppression(client, sms):
    sms("STOP")
    body = client.get(f"/v1/suppressions/{BOSTON}?sender=%2B18005550100", headers=AUTH)
    assert body.get_json()["textable_now"] is False
    assert body.get_json()["reason"] == "suppressed"


def test_guarded_send_refuses_during_quiet_hours(make_services):
    svc = make_services(quiet_hours=window_around_now("America/New_York", True))
    http = StubHttpClient()
    sender = GuardedSender(Client("AC" + "1" * 32, "token", http_client=http),
                           svc.suppressions, quiet_hours=svc.quiet_hours)
    with pytest.raises(QuietHoursRefusal) as refused:
        sender.send(BOSTON, "Sale today!", sender=OUR_NUMBER)
    assert isinstance(refused.value, SuppressedNumber)  # old callers keep refusing
    assert "+16175550123" not in str(refused.value)
    assert http.requests == []
    sender.send(LA, "Sale today!", sender=OUR_NUMBER)  # 2-3 h earlier there: not quiet
    assert len(http.requests) == 1


def test_filter_now_holds_back_quiet_numbers(make_services, monkeypatch, tmp_path):
    svc = make_services()
    monkeypatch.setenv("REDIS_URL", svc.connections.url)
    monkeypatch.setenv("QUIET_HOURS", window_around_now("America/New_York", True))
    get_settings.cache_clear()
    rejected = tmp_path / "rejected.tsv"
    try:
        runner = CliRunner()
        result = runner.invoke(main, ["filter", "--now", "--rejected", str(rejected)],
                               input=f"{BOSTON}\n{LA}\n", catch_exceptions=False)
        plain = runner.invoke(main, ["filter"], input=f"{BOSTON}\n{LA}\n",
                              catch_exceptions=False)
    finally:
        get_settings.cache_clear()
    assert result.stdout.splitlines() == [LA]
    number, why = rejected.read_text().splitlines()[0].split("\t")
    assert number == BOSTON and why.startswith("quiet_hours until 20")
    assert "held by send rules 1" in result.stderr
    assert plain.stdout.splitlines() == [BOSTON, LA]  # without --now: suppression only


# -- REVOKE_SCOPE=all ---------------------------------------------------------------------

def _signed_post(client, path: str, form: dict[str, str]):
    return client.post(path, data=form, headers={"X-Twilio-Signature": sign(BASE_URL + path,
                                                                             form)})


def test_stop_to_one_sender_covers_every_sender(make_services):
    svc = make_services(revoke_scope="all")
    client = create_app(svc.settings, svc).test_client()
    reply = _signed_post(client, "/webhooks/twilio/sms", inbound_form("STOP", BOSTON))
    assert reply.status_code == 200
    assert svc.suppressions.lookup(BOSTON, OTHER_SENDER).suppressed
    assert svc.suppressions.check_many([BOSTON], OTHER_SENDER)[0] & 1
    event = svc.ledger.history(BOSTON)[-1]
    assert event["scope"] == "all" and event["to"] == OUR_NUMBER  # whom it was sent to


def test_by_default_a_stop_covers_only_its_sender(make_services):
    svc = make_services()
    client = create_app(svc.settings, svc).test_client()
    _signed_post(client, "/webhooks/twilio/sms", inbound_form("STOP", BOSTON))
    assert svc.suppressions.lookup(BOSTON, OUR_NUMBER).suppressed
    assert not svc.suppressions.lookup(BOSTON, OTHER_SENDER).suppressed


def test_carrier_opt_out_and_api_put_cover_every_sender(make_services):
    svc = make_services(revoke_scope="all")
    client = create_app(svc.settings, svc).test_client()
    _signed_post(client, "/webhooks/twilio/status", {
        "MessageSid": "SM" + "2" * 32, "From": OUR_NUMBER, "To": BOSTON, "ErrorCode": "21610"})
    assert svc.suppressions.lookup(BOSTON, OTHER_SENDER).suppressed
    body = client.put(f"/v1/suppressions/{LA}", headers=AUTH,
                      json={"source": "phone", "sender": OUR_NUMBER, "note": "call"}).get_json()
    assert body["scope"] == "all"
    assert svc.suppressions.lookup(LA, OTHER_SENDER).suppressed
    # An opt-in keeps its sender: re-subscribing to one program is not re-subscribing to all.
    client.delete(f"/v1/suppressions/{LA}", headers=AUTH,
                  json={"source": "web", "sender": OUR_NUMBER, "note": "signed form"})
    assert svc.ledger.history(LA)[-1]["scope"] == "sender"


def test_a_reviewed_opt_out_covers_every_sender(make_services):
    from app.consent.review import decide

    svc = make_services(revoke_scope="all")
    client = create_app(svc.settings, svc).test_client()
    _signed_post(client, "/webhooks/twilio/sms",
                 inbound_form("I'd like to cancel my appointment", BOSTON))
    ((item, _),) = svc.reviews.items()
    decide(svc.ledger, svc.reviews, item, "suppress", reviewer="bob", policy=svc.policy)
    assert svc.suppressions.lookup(BOSTON, OTHER_SENDER).suppressed
