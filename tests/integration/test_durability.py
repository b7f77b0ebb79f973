"""Acknowledged means replicated: with the store on a Redis Cluster whose masters have
replicas, a 2xx comes only after the record reached ``STORE_MIN_REPLICAS`` replicas (WAIT);
past ``STORE_WAIT_MS`` the answer is 503 with Retry-After, so the carrier retries.

Runs on the session's local cluster (3 masters, 1 replica each), reading the replicas
directly (READONLY) rather than through optout."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import redis
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from app import create_app
from app.bootstrap import Services, build_services
from app.store.devcluster import LocalCluster, NodeInfo
from tests.helpers import API_KEY, BASE_URL, OUR_NUMBER, inbound_form, make_settings, sign

TEXTER = "+16175550123"
SMS = "/webhooks/twilio/sms"
STATUS = "/webhooks/twilio/status"
AUTH = {"Authorization": f"Bearer {API_KEY}"}
WAIT_MS = 200

App = tuple[Services, FlaskClient]


@pytest.fixture
def on_cluster(clean_cluster: LocalCluster, redis_client: redis.Redis, redis_url: str,
               tmp_path: Path) -> Iterator[Callable[..., App]]:
    """``on_cluster(store_min_replicas=2)``: services and a test client with the store on
    the session's cluster and these settings; several may run side by side."""
    made: list[Services] = []

    def make(**overrides: object) -> App:
        settings = make_settings(redis_url, tmp_path, suppression_redis_url=clean_cluster.url,
                                 store_wait_ms=WAIT_MS, **overrides)
        services = build_services(settings)
        made.append(services)
        app = create_app(settings, services)
        app.config["TESTING"] = True
        return services, app.test_client()

    yield make
    for services in made:
        services.close()


def post_form(client: FlaskClient, path: str, form: dict[str, str]) -> TestResponse:
    """Post a form signed as Twilio signs it."""
    return client.post(path, data=form,
                       headers={"X-Twilio-Signature": sign(BASE_URL + path, form)})


def master_and_replica(cluster: LocalCluster, key: str) -> tuple[NodeInfo, NodeInfo]:
    """The master that serves ``key``'s slot now (by the cluster's own slot table, not
    optout's), and its replica."""
    with cluster.client() as client:
        port = int(client.get_node_from_key(key).port)
    master = next(n for n in cluster.masters() if n.port == port)
    replica = next(n for n in cluster.replicas() if n.master_port == port)
    return master, replica


def history_key(services: Services, number: str) -> tuple[str, str]:
    """(history hash key, field) of ``number`` in the store's layout."""
    layout = services.connections.store.layout
    _, bucket, field = layout.locate(number)
    return layout.history(bucket), field


def read_replica(port: int, key: str, field: str) -> str | None:
    """HGET on a replica itself: READONLY, or it would redirect us to its master."""
    client = redis.Redis(host="127.0.0.1", port=port, decode_responses=True,
                         single_connection_client=True, socket_timeout=2)
    try:
        client.execute_command("READONLY")
        return client.hget(key, field)  # type: ignore[return-value]
    finally:
        client.close()


@contextmanager
def stopped(node: NodeInfo) -> Iterator[None]:
    """The node frozen (SIGSTOP) for the block: its master keeps counting it online, but it
    acknowledges nothing. Kept well under the cluster's node timeout (2 s)."""
    os.kill(node.pid, signal.SIGSTOP)
    try:
        yield
    finally:
        os.kill(node.pid, signal.SIGCONT)


def assert_503(response: TestResponse, started: float) -> None:
    elapsed = time.monotonic() - started
    assert response.status_code == 503, response.get_data(as_text=True)
    assert response.get_json()["error"]["code"] == "unavailable"
    assert response.headers["Retry-After"]
    assert elapsed < 2.0, f"503 after {elapsed:.2f}s: the wait is not bounded"


def test_stop_is_on_the_replica_when_the_webhook_answers(on_cluster, redis_cluster):
    services, client = on_cluster()
    response = post_form(client, SMS, inbound_form("STOP", TEXTER))
    assert response.status_code == 200
    key, field = history_key(services, TEXTER)
    _, replica = master_and_replica(redis_cluster, key)
    entries = read_replica(replica.port, key, field)  # at once: no wait, no retry
    assert entries and "|O" in entries, entries
    assert services.ledger.history_entries(TEXTER) == entries


def test_no_2xx_while_the_replica_takes_nothing(on_cluster, redis_cluster):
    services, client = on_cluster()
    key, _ = history_key(services, TEXTER)
    _, replica = master_and_replica(redis_cluster, key)
    form = inbound_form("STOP", TEXTER)
    with stopped(replica):
        started = time.monotonic()
        assert_503(post_form(client, SMS, form), started)
    retry = post_form(client, SMS, form)  # Twilio's retry: same MessageSid
    assert retry.status_code == 200
    assert services.suppressions.lookup(TEXTER, OUR_NUMBER).suppressed


def test_too_few_replicas_is_503_everywhere_a_write_is_acknowledged(on_cluster):
    _, client = on_cluster(store_min_replicas=2)  # each master has one
    started = time.monotonic()
    assert_503(post_form(client, SMS, inbound_form("STOP", TEXTER)), started)
    started = time.monotonic()
    assert_503(client.put(f"/v1/suppressions/{TEXTER}", json={"source": "email"},
                          headers=AUTH), started)
    started = time.monotonic()
    assert_503(client.delete(f"/v1/suppressions/{TEXTER}",
                             json={"source": "web", "note": "signed form 2026-11-20"},
                             headers=AUTH), started)
    form = {"MessageSid": "SM" + "f" * 32, "AccountSid": "AC" + "1" * 32, "From": OUR_NUMBER,
            "To": TEXTER, "MessageStatus": "undelivered", "ErrorCode": "21610"}
    started = time.monotonic()
    assert_503(post_form(client, STATUS, form), started)


def test_twilio_retry_after_a_503_is_acknowledged(on_cluster):
    _, strict = on_cluster(store_min_replicas=2)
    form = inbound_form("STOP", TEXTER)
    assert post_form(strict, SMS, form).status_code == 503
    services, client = on_cluster()  # STORE_MIN_REPLICAS back to its default
    assert post_form(client, SMS, form).status_code == 200
    assert services.suppressions.lookup(TEXTER, OUR_NUMBER).suppressed
    assert services.suppressions.check_many([TEXTER], OUR_NUMBER) == [1]
    assert len(services.ledger.history(TEXTER)) == 1  # the retry recorded nothing twice
