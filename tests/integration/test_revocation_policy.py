"""What an opt-out covers: REVOCATION_POLICY (and its alias REVOKE_SCOPE), REVOKE_ALL_FROM,
EXEMPT_CATEGORIES, the person's own words, and exactly today's answers while no sender
declares categories. Both views (lookup and bulk check) are asked, before and after a worker
applies the events."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.bootstrap import build_services
from app.consent.history import LETTER_OF, LETTERS
from tests.helpers import OUR_NUMBER, make_settings

TEXTER = "+16175550123"
OTHER = "+18005550199"  # another sender of the same business


@pytest.fixture
def settings(redis_client, redis_url, tmp_path, request):
    """Sender categories as a business declares them; a test adds settings with an
    indirect parameter."""
    overrides = dict(getattr(request, "param", {}))
    overrides.setdefault("sender_categories", {OUR_NUMBER: ["marketing", "informational"],
                                               OTHER: ["marketing", "transactional"]})
    return make_settings(redis_url, tmp_path, **overrides)


def answers(services, sender: str | None = OUR_NUMBER) -> dict[str, bool]:
    """Suppressed per category (and ``any``), from both views, which must agree."""
    out = {}
    for category in ("marketing", "informational", "transactional", None):
        letters = LETTER_OF[category] if category else LETTERS
        lookup = services.suppressions.lookup(TEXTER, sender, letters).suppressed
        bulk = bool(services.suppressions.check_many([TEXTER], sender, letters)[0] & 1)
        assert bulk or not lookup, "the bulk check missed an acknowledged opt-out"
        out[category or "any"] = lookup
    return out


@pytest.mark.parametrize("settings", [{"sender_categories": {}}], indirect=True)
def test_without_categories_everything_is_as_before(services, sms, run_jobs):
    sms("STOP")
    run_jobs()
    assert answers(services) == dict.fromkeys(
        ("marketing", "informational", "transactional", "any"), True)
    lookup = services.suppressions.lookup(TEXTER, OUR_NUMBER)
    assert lookup.category is None and lookup.scope == "sender"
    [event] = services.ledger.history(TEXTER)
    assert "categories" not in event and event["policy"] == "sender"
    assert services.ledger.history_entries(TEXTER).endswith("|O1")  # today's encoding
    shard, bucket, field = services.ledger.layout.locate(TEXTER)
    projection = services.connections.store.node(shard).hget(
        services.ledger.layout.projection(bucket), field)
    assert projection == "1"


def test_sender_policy_keeps_exempt_transactional_and_other_senders(services, sms, run_jobs):
    sms("STOP")
    run_jobs()
    assert answers(services) == {"marketing": True, "informational": True,
                                 "transactional": False, "any": True}
    assert answers(services, OTHER) == dict.fromkeys(
        ("marketing", "informational", "transactional", "any"), False)


@pytest.mark.parametrize("settings", [{"revocation_policy": "all-marketing"}], indirect=True)
def test_all_marketing_stops_marketing_from_every_sender(services, sms, run_jobs):
    sms("STOP")
    for _ in range(2):  # pending, then applied
        assert answers(services, OTHER) == {"marketing": True, "informational": False,
                                            "transactional": False, "any": True}
        assert answers(services)["informational"]
        run_jobs()
    assert services.ledger.history(TEXTER)[0]["policy"] == "all-marketing"
    sms("START", to=OTHER)  # an opt-in stays with its sender
    run_jobs()
    assert not answers(services, OTHER)["marketing"]
    assert answers(services)["marketing"]


@pytest.mark.parametrize("settings", [{"revoke_scope": "all"}, {"revocation_policy": "all"}],
                         indirect=True)
def test_all_and_its_alias_revoke_every_sender_but_exempt_categories(services, sms, run_jobs):
    sms("STOP")
    run_jobs()
    assert answers(services, OTHER) == {"marketing": True, "informational": True,
                                        "transactional": False, "any": True}
    [event] = services.ledger.history(TEXTER)
    assert event["scope"] == "all" and event["policy"] == "all" and event["to"] == OUR_NUMBER


@pytest.mark.parametrize("settings", [
    {"revoke_all_from": (datetime.now(UTC) - timedelta(days=1)).date()},
    {"revoke_all_from": (datetime.now(UTC) + timedelta(days=1)).date()},
], indirect=True)
def test_revoke_all_applies_from_its_date(services, sms, run_jobs):
    sms("STOP")
    run_jobs()
    started = services.settings.revoke_all_from <= datetime.now(UTC).date()
    assert answers(services, OTHER)["marketing"] is started
    assert services.ledger.history(TEXTER)[0]["policy"] == ("all" if started else "sender")


@pytest.mark.parametrize("settings", [{"exempt_categories": []}], indirect=True)
def test_nothing_exempt_revokes_every_category(services, sms, run_jobs):
    sms("STOP")
    run_jobs()
    assert answers(services)["transactional"]


@pytest.mark.parametrize("body", ["STOP ALL", "stop everything", "STOP, codes too"])
def test_words_that_cover_everything_stop_the_codes_too(services, sms, run_jobs, body):
    sms(body)
    run_jobs()
    assert answers(services, OUR_NUMBER)["transactional"], body


def test_stop_the_codes_too_after_a_stop_widens_it(services, sms, run_jobs):
    sms("STOP")
    assert not answers(services)["transactional"]
    reply = sms("stop the codes too")
    assert "unsubscribed" in reply.get_data(as_text=True)  # a new revocation, confirmed
    run_jobs()
    assert answers(services)["transactional"]
    # Without an opt-out before it, the same words are left to a person to judge.
    first = "+16175550124"
    sms("stop the codes too", sender=first)
    assert services.ledger.history(first)[0]["kind"] == "review"


def test_a_manual_opt_out_may_name_its_categories(services, client):
    headers = {"Authorization": "Bearer test-api-key"}
    response = client.put(f"/v1/suppressions/{TEXTER}", headers=headers, json={
        "source": "email", "sender": OUR_NUMBER, "categories": ["informational"],
        "note": "no more appointment reminders, ticket 12"})
    assert response.status_code == 200, response.get_json()
    assert answers(services) == {"marketing": False, "informational": True,
                                 "transactional": False, "any": True}
    bad = client.put(f"/v1/suppressions/{TEXTER}", headers=headers,
                     json={"source": "email", "categories": ["promos"]})
    assert bad.status_code == 400 and bad.get_json()["error"]["code"] == "invalid_category"


def test_a_category_that_is_none_is_a_400(client):
    headers = {"Authorization": "Bearer test-api-key"}
    response = client.get(f"/v1/suppressions/{TEXTER}?category=ads", headers=headers)
    assert response.status_code == 400
    assert response.get_json()["error"]["code"] == "invalid_category"
    assert "marketing" in response.get_json()["error"]["message"]
    bulk = client.post("/v1/suppressions/check", headers=headers,
                       json={"numbers": [TEXTER], "category": 3})
    assert bulk.status_code == 400


def test_senders_declared_in_config_and_through_the_api(services, client, redis_url, tmp_path):
    headers = {"Authorization": "Bearer test-api-key"}
    assert client.get("/v1/senders/(800) 555-0100", headers=headers).get_json() == {
        "sender": OUR_NUMBER, "categories": ["marketing", "informational"],
        "declared_by": "config"}
    put = client.put("/v1/senders/%2B18005550100", headers=headers,
                     json={"categories": ["transactional", "marketing", "marketing"]})
    assert put.get_json()["categories"] == ["marketing", "transactional"]
    assert put.get_json()["declared_by"] == "api"
    # Another process sees the declaration (the registry, not this process's memory).
    other = build_services(services.settings)
    try:
        assert other.categories.of(OUR_NUMBER) == ("marketing", "transactional")
    finally:
        other.close()
    for body, code in (({}, "missing_field"), ({"categories": []}, "invalid_field"),
                       ({"categories": ["ads"]}, "invalid_category"),
                       ({"categories": "marketing"}, "invalid_field")):
        response = client.put(f"/v1/senders/{OUR_NUMBER}", headers=headers, json=body)
        assert response.status_code == 400 and response.get_json()["error"]["code"] == code
    assert client.put("/v1/senders/" + "x" * 20, headers=headers,
                      json={"categories": ["marketing"]}).status_code == 400
    listed = client.get("/v1/senders", headers=headers).get_json()["senders"]
    assert [s["sender"] for s in listed] == [OUR_NUMBER, OTHER]


def test_a_carrier_opt_out_covers_every_category(services, post_signed, run_jobs):
    # 21610: the carrier now refuses every text from that sender, requested codes too.
    form = {"MessageSid": "SM" + "e" * 32, "From": OUR_NUMBER, "To": TEXTER,
            "MessageStatus": "undelivered", "ErrorCode": "21610"}
    assert post_signed("/webhooks/twilio/status", form).status_code in (200, 204)
    run_jobs()
    assert answers(services)["transactional"]
    assert "categories" not in services.ledger.history(TEXTER)[0]
