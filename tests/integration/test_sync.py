"""Sync with the providers' own opt-out lists, against stub servers on loopback that check
every request against each provider's documented shape: opt-outs and opt-ins pushed to
Twilio and AWS by a real worker, and `optout sync status` reporting a planted drift of each
kind, with why."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from urllib.parse import parse_qs

import pytest

from app.events.scheduling import request_deliveries
from config import Settings
from tests.helpers import AUTH_TOKEN, OUR_NUMBER, make_settings
from tests.helpers.providers import AwsOptOutStub, TelnyxOptOutsStub, TwilioConsentsStub

ACCOUNT = "AC" + "1" * 32
TELNYX_KEY = "KEYTELNYX0001"
DAY = 24 * 3600


@pytest.fixture
def stubs(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[TwilioConsentsStub, AwsOptOutStub,
                                                            TelnyxOptOutsStub]]:
    twilio = TwilioConsentsStub(account_sid=ACCOUNT, auth_token=AUTH_TOKEN).start()
    aws = AwsOptOutStub(lists={"default": {}}).start()
    telnyx = TelnyxOptOutsStub(api_key=TELNYX_KEY).start()
    env = {"AWS_ENDPOINT_URL": aws.url, "AWS_ACCESS_KEY_ID": aws.access_key,
           "AWS_SECRET_ACCESS_KEY": "test-secret", "AWS_DEFAULT_REGION": "us-east-1",
           "AWS_EC2_METADATA_DISABLED": "true", "SYNC_PROVIDERS": "twilio,aws,telnyx",
           "TWILIO_API_BASE_URL": twilio.url, "TELNYX_API_BASE_URL": telnyx.url + "/v2",
           "TELNYX_API_KEY": TELNYX_KEY, "AWS_OPTOUT_LIST": "default",
           "TWILIO_ACCOUNT_SID": ACCOUNT, "TWILIO_AUTH_TOKEN": AUTH_TOKEN}
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    yield twilio, aws, telnyx
    for stub in (twilio, aws, telnyx):
        stub.stop()


@pytest.fixture
def settings(redis_client, redis_url, tmp_path, stubs) -> Settings:
    twilio, _, telnyx = stubs
    return make_settings(redis_url, tmp_path, sync_providers=["twilio", "aws", "telnyx"],
                         twilio_api_base_url=twilio.url, telnyx_api_base_url=telnyx.url + "/v2",
                         telnyx_api_key=TELNYX_KEY, aws_optout_list="default",
                         event_retry_seconds=[0.1] * 5)


def push_all(services, run_jobs) -> None:
    """Run the deliveries until every push target has caught up."""
    outbox, targets = services.events
    names = [n for n in targets.names() if n.startswith("sync:")]
    deadline = time.monotonic() + 20
    while outbox.lagging(names):
        assert time.monotonic() < deadline, "the pushes did not catch up"
        request_deliveries(services.queue, outbox, names)
        run_jobs()


def test_pushes_reach_twilio_and_aws_in_their_documented_shape(services, sms, stubs,
                                                               run_jobs, suppressed):
    twilio, aws, _ = stubs
    texter = "+16175550101"
    sms("STOP", sender=texter)
    push_all(services, run_jobs)
    assert twilio.consents == {(texter, OUR_NUMBER): "opt-out"}
    assert texter in aws.lists["default"]
    sms("START", sender=texter)
    push_all(services, run_jobs)
    assert twilio.consents == {(texter, OUR_NUMBER): "opt-in"}
    assert texter not in aws.lists["default"]  # nothing suppresses it any more

    for i in range(60):  # many in one shard: Twilio's requests hold at most 25 items
        sms("STOP", sender=f"+1617555{i * 16 + 208:04d}")
    push_all(services, run_jobs)
    assert max(twilio.item_counts) == 25 and sum(twilio.item_counts) == 62
    assert len(aws.lists["default"]) == 60
    assert twilio.violations == aws.violations == []
    first = json.loads(parse_qs(twilio.requests[0][3].decode())["Items"][0])
    assert first["source"] == "opt-out-message" and first["status"] == "opt-out"


def test_sync_status_reports_each_kind_of_drift_and_why(services, sms, cli, stubs, run_jobs,
                                                         client):
    twilio, aws, telnyx = stubs
    now = time.time()
    # AWS: a number it blocks that optout lets through; and one it refuses to remove,
    # having removed it 10 days ago.
    aws.lists["default"]["+16175550301"] = (now - 5 * DAY, True)
    aws.lists["default"]["+16175550302"] = (now - DAY, True)
    aws.removed["+16175550302"] = now - 10 * DAY
    sms("STOP", sender="+16175550302")
    sms("START", sender="+16175550302")  # optout: textable again; AWS: removal refused
    # Twilio refuses the opt-out of one number and the opt-in of another.
    twilio.refuse["+16175550401"] = "Invalid contact_id"
    twilio.refuse["+16175550402"] = "Contact is blocked"
    sms("STOP", sender="+16175550401")
    sms("STOP", sender="+16175550402")
    push_all(services, run_jobs)
    sms("START", sender="+16175550402")
    push_all(services, run_jobs)
    # AWS: someone removed a number in the console that optout still suppresses.
    sms("STOP", sender="+16175550303")
    push_all(services, run_jobs)
    del aws.lists["default"]["+16175550303"]
    # Telnyx: an opt-out optout never heard of.
    telnyx.optouts.append({"from": OUR_NUMBER, "to": "+16175550501", "keyword": "STOP",
                           "messaging_profile_id": "40017f3b-0000-4000-8000-000000000001",
                           "created_at": "2026-11-30 12:00:00.000000+00:00"})

    result = cli("sync", "status", "--json")
    assert result.exit_code == 1, result.output
    report = json.loads(result.stdout)
    providers = {p["provider"]: p for p in report["providers"]}

    def kinds(provider: str) -> dict[str, str]:
        return {item["number"]: item["kind"] for item in providers[provider]["items"]}

    def why(provider: str, number: str) -> str:
        return next(i["why"] for i in providers[provider]["items"] if i["number"] == number)

    assert kinds("aws") == {"+16175550301": "blocked_there_textable_here",
                            "+16175550302": "blocked_there_textable_here",
                            "+16175550303": "suppressed_here_textable_there"}
    assert "once every 30 days" in why("aws", "+16175550302")
    assert "DESTINATION_PHONE_NUMBER_OPTED_OUT" in why("aws", "+16175550301")
    assert kinds("twilio") == {"+16175550401": "suppressed_here_textable_there",
                               "+16175550402": "blocked_there_textable_here"}
    assert why("twilio", "+16175550402").startswith("blocked at the carrier, will fail "
                                                   "with 21610")
    assert "Invalid contact_id" in why("twilio", "+16175550401")
    assert kinds("telnyx")["+16175550501"] == "blocked_there_textable_here"
    assert "40300" in why("telnyx", "+16175550501")
    assert kinds("telnyx")["+16175550401"] == "suppressed_here_textable_there"
    assert providers["aws"]["push"]["status"] == "ok"
    assert twilio.violations == aws.violations == telnyx.violations == []

    text = cli("sync", "status", "--provider", "aws")
    assert text.exit_code == 1
    assert "aws: 3 listed; 1 suppressed here but textable there, 2 blocked there" in text.output


def test_a_provider_that_does_not_answer_is_reported(services, cli, stubs, monkeypatch):
    _, aws, _ = stubs
    aws.stop()
    result = cli("sync", "status", "--provider", "aws", "--json")
    assert result.exit_code == 2
    assert json.loads(result.stdout)["providers"][0]["error"]
