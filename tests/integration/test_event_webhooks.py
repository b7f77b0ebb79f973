"""Consent events pushed to real HTTP receivers on loopback, by a real RQ worker: every change
arrives once per endpoint, signed (verified with the ``standardwebhooks`` library), in
ledger order per number; a receiver that is down for a while gets everything once it is
back; past the retry schedule an endpoint is dead-lettered and a replay resumes it."""

from __future__ import annotations

import json
import time
from collections import defaultdict
from collections.abc import Callable, Iterator

import pytest
from standardwebhooks.webhooks import Webhook

from app.archive.store import split_id
from app.events.endpoints import new_secret
from app.events.payload import outbound
from app.events.scheduling import request_deliveries
from config import Settings
from tests.helpers import API_KEY, OUR_NUMBER, make_settings
from tests.helpers.receivers import Receiver

ENV_SECRET = new_secret()
RETRIES = [0.2] * 40  # the test's "day": 40 attempts 0.2 s apart, then dead-lettered


@pytest.fixture
def receivers() -> Iterator[tuple[Receiver, Receiver]]:
    crm, warehouse = Receiver().up(), Receiver()  # the warehouse starts down
    yield crm, warehouse
    crm.down()
    warehouse.down()


@pytest.fixture
def settings(redis_client, redis_url, tmp_path, receivers) -> Settings:
    crm, _ = receivers
    return make_settings(redis_url, tmp_path, event_retry_seconds=RETRIES, event_webhooks=[
        {"id": "crm", "url": crm.url, "secret": ENV_SECRET, "events": ["consent.*"]}])


def deliver_all(services, run_jobs: Callable[[], bool], until: Callable[[], bool],
                seconds: float = 20.0) -> None:
    """What the workers' sweep does every few seconds, until ``until()`` holds."""
    outbox, targets = services.events
    deadline = time.monotonic() + seconds
    while not until():
        assert time.monotonic() < deadline, "the events did not all arrive in time"
        request_deliveries(services.queue, outbox, targets.names())
        run_jobs()
        time.sleep(0.05)


def changes(services) -> list[dict]:
    """Every consent event the ledger says should go out, in ledger order per shard."""
    return [e for e in map(outbound, services.ledger.scan()) if e is not None]


def verified(receiver: Receiver, secret: str) -> list[dict]:
    """The events the receiver got, each checked with the standardwebhooks library."""
    hook = Webhook(secret)
    return [hook.verify(r.body, r.headers) for r in receiver.requests]


def test_every_change_arrives_once_signed_and_in_order(services, client, sms, post_signed,
                                                       receivers, run_jobs, cli, tmp_path):
    crm, warehouse = receivers
    auth = {"Authorization": f"Bearer {API_KEY}"}
    created = client.put("/v1/webhooks/warehouse", json={"url": warehouse.url}, headers=auth)
    assert created.status_code == 201
    warehouse_secret = created.get_json()["secret"]
    assert warehouse_secret.startswith("whsec_")

    # Consent changes of every kind this service records.
    a, b, c, d = "+16175550101", "+16175550102", "+16175550103", "+16175550104"
    for body in ("STOP", "START", "STOP"):
        assert sms(body, sender=a).status_code == 200
    sms("STOP", sender=b)
    sms("STOP", sender=b)  # a repeat changes nothing: not an event
    client.put(f"/v1/suppressions/{c}", json={"source": "email", "note": "by email"},
               headers=auth)
    client.delete(f"/v1/suppressions/{c}", json={"source": "web", "note": "signed form"},
                  headers=auth)
    post_signed("/webhooks/twilio/status", {
        "MessageSid": "SM" + "e" * 32, "AccountSid": "AC" + "1" * 32, "From": OUR_NUMBER,
        "To": d, "MessageStatus": "undelivered", "ErrorCode": "30005"})
    listing = tmp_path / "list.csv"
    listing.write_text("number\n" + "".join(f"+1617555{i:04d}\n" for i in range(200, 260)))
    assert cli("import", str(listing)).exit_code == 0
    expected = changes(services)
    assert len(expected) == 3 + 1 + 2 + 1 + 60
    assert {e["type"] for e in expected} == {"consent.opt_out", "consent.opt_in",
                                             "consent.undeliverable"}

    # The CRM is up: it gets everything. The warehouse is down: its events wait.
    deliver_all(services, run_jobs, lambda: len(crm.requests) >= len(expected))
    failing = client.get("/v1/webhooks/warehouse", headers=auth).get_json()["delivery"]
    assert failing["status"] == "failing" and failing["attempts"] >= 1
    assert failing["last_error"] == "connection refused"
    sms("STOP", sender="+16175550105")  # a change while it is down
    expected = changes(services)

    time.sleep(1.0)  # the warehouse's "hour" down
    warehouse.up()
    deliver_all(services, run_jobs, lambda: len(warehouse.requests) >= len(expected)
                and len(crm.requests) >= len(expected))
    deliver_all(services, run_jobs, lambda: True)  # nothing more comes
    assert len(crm.requests) == len(warehouse.requests) == len(expected)

    for receiver, secret in ((crm, ENV_SECRET), (warehouse, warehouse_secret)):
        got = verified(receiver, secret)
        assert [e["id"] for e in got] == [r.headers["webhook-id"] for r in receiver.requests]
        assert sorted(e["id"] for e in got) == sorted(e["id"] for e in expected)  # once each
        by_number: dict[str, list[str]] = defaultdict(list)
        for event in got:
            by_number[event["data"]["number"]].append(event["data"]["ledger_id"])
        for ids in by_number.values():
            assert ids == sorted(ids, key=split_id)  # in ledger order per number
        words = [(e["type"], e["data"]["words"]) for e in got if e["data"]["number"] == a]
        assert words == [("consent.opt_out", "STOP"), ("consent.opt_in", "START"),
                         ("consent.opt_out", "STOP")]
    imported = next(e for e in verified(crm, ENV_SECRET) if e["data"]["source"] == "import")
    assert imported["data"]["scope"] == "all" and imported["data"]["sender"] is None
    assert set(imported) == {"id", "type", "timestamp", "data"}
    listed = client.get("/v1/webhooks", headers=auth).get_json()["webhooks"]
    assert [(w["id"], w["origin"], w["delivery"]["status"]) for w in listed] == [
        ("crm", "environment", "ok"), ("warehouse", "api", "ok")]
    assert all(ENV_SECRET not in json.dumps(w) for w in listed)


def test_past_the_schedule_an_endpoint_is_dead_lettered_and_a_replay_resumes_it(
        services, client, sms, receivers, run_jobs, cli, monkeypatch):
    _, warehouse = receivers
    auth = {"Authorization": f"Bearer {API_KEY}"}
    secret = client.put("/v1/webhooks/warehouse", json={"url": warehouse.url,
                                                        "events": ["consent.opt_out"]},
                        headers=auth).get_json()["secret"]
    monkeypatch.setattr(services.settings, "event_retry_seconds", [0.05, 0.05])
    sms("STOP", sender="+16175550111")
    sms("START", sender="+16175550111")  # not wanted by the warehouse
    sms("STOP", sender="+16175550112")
    outbox, _ = services.events
    deliver_all(services, run_jobs, lambda: outbox.state("webhook:warehouse").parked)
    dead = client.get("/v1/webhooks/warehouse", headers=auth).get_json()["delivery"]
    assert dead["status"] == "dead_lettered" and dead["attempts"] == 3
    assert dead["held_event"].startswith("evt_")
    time.sleep(0.2)
    request_deliveries(services.queue, outbox, ["webhook:warehouse"])
    run_jobs()
    assert not warehouse.requests  # dead-lettered: no attempt until a replay

    warehouse.up()
    replayed = cli("events", "replay", "warehouse")
    assert replayed.exit_code == 0, replayed.output
    assert "webhook:warehouse" in replayed.output
    deliver_all(services, run_jobs, lambda: len(warehouse.requests) == 2)
    got = verified(warehouse, secret)
    assert [e["type"] for e in got] == ["consent.opt_out", "consent.opt_out"]
    assert client.get("/v1/webhooks/warehouse", headers=auth).get_json()[
        "delivery"]["status"] == "ok"


def test_endpoints_are_checked_and_environment_ones_are_fixed(client):
    auth = {"Authorization": f"Bearer {API_KEY}"}
    bad = client.put("/v1/webhooks/x", json={"url": "ftp://example.com"}, headers=auth)
    assert bad.status_code == 400 and bad.get_json()["error"]["code"] == "invalid_url"
    bad = client.put("/v1/webhooks/x", json={"url": "https://example.com/h",
                                             "events": ["consent.nope"]}, headers=auth)
    assert bad.get_json()["error"]["code"] == "invalid_events"
    bad = client.put("/v1/webhooks/x", json={"url": "https://example.com/h",
                                             "secret": "whsec_c2hvcnQ="}, headers=auth)
    assert bad.get_json()["error"]["code"] == "invalid_secret"
    fixed = client.put("/v1/webhooks/crm", json={"url": "https://example.com/h"},
                       headers=auth)
    assert fixed.status_code == 409
    assert client.delete("/v1/webhooks/crm", headers=auth).status_code == 409
    assert client.delete("/v1/webhooks/nope", headers=auth).status_code == 404
    assert client.get("/v1/webhooks", headers={}).status_code == 401


def test_the_dashboard_shows_a_dead_lettered_endpoint_with_replay(services, client, sms,
                                                                  run_jobs, monkeypatch):
    from tests.helpers import console_login, csrf

    auth = {"Authorization": f"Bearer {API_KEY}"}
    client.put("/v1/webhooks/gone", json={"url": "http://127.0.0.1:9/nothing"}, headers=auth)
    monkeypatch.setattr(services.settings, "event_retry_seconds", [0.01])
    sms("STOP", sender="+16175550121")
    outbox, _ = services.events
    deliver_all(services, run_jobs, lambda: outbox.state("webhook:gone").parked)
    console_login(client)
    page = client.get("/ops").get_data(as_text=True)
    assert 'data-target="webhook:gone"' in page and "dead-lettered" in page
    replay = client.post("/ops/events/webhook:gone/replay", data={"csrf_token": csrf(page)},
                         follow_redirects=True)
    assert "webhook:gone: delivering again from evt_" in replay.get_data(as_text=True)
    assert outbox.state("webhook:gone").due(time.time())
