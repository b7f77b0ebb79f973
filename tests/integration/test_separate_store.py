"""SUPPRESSION_REDIS_URL: the projection in another Redis database, the ledger and the
queue in the main one. Checks read pending marks (main) before the projection (store)."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest
import redis

from app import create_app
from app.bootstrap import build_services
from app.consent.rebuild import rebuild
from tests.helpers import (
    BASE_URL,
    MARKER,
    OUR_NUMBER,
    claimed_database,
    figures,
    inbound_form,
    make_settings,
    sign,
)
from workers.jobs import use_services
from workers.worker import OptoutWorker

TEXTER = "+16175550123"


def neighbour_databases(url: str) -> list[str]:
    """Other databases of the same server, nearest first (CI: 14, 13... beside 15)."""
    parsed = urlparse(url)
    if parsed.scheme == "unix":
        return [f"unix://{parsed.path}?db={db}" for db in range(1, 16)]
    ours = int(parsed.path.lstrip("/") or 0)
    order = sorted((db for db in range(16) if db != ours), key=lambda db: (abs(db - ours), -db))
    return [parsed._replace(path=f"/{db}").geturl() for db in order if db != 0]


@pytest.fixture
def store_url(redis_url, redis_client):
    """A database of our own on the same server: empty, or marked as a test database."""
    for url in neighbour_databases(redis_url):
        with redis.Redis.from_url(url) as probe:
            if not probe.dbsize() or probe.exists(MARKER):
                break
    else:
        pytest.skip("no empty Redis database beside the test database")
    with claimed_database(url):
        yield url


def test_projection_lives_in_the_store_and_checks_stay_safe(redis_url, store_url, tmp_path):
    svc = build_services(make_settings(redis_url, tmp_path, suppression_redis_url=store_url))
    use_services(svc)
    try:
        assert svc.connections.separate_store
        client = create_app(svc.settings, svc).test_client()

        def text(body: str) -> None:
            form = inbound_form(body)
            url = BASE_URL + "/webhooks/twilio/sms"
            assert client.post("/webhooks/twilio/sms", data=form,
                               headers={"X-Twilio-Signature": sign(url, form)}).status_code == 200

        def work() -> None:
            OptoutWorker([svc.queue], connection=svc.connections.queue_redis).work(
                burst=True, logging_level="WARNING")

        text("STOP")
        assert svc.suppressions.check_many([TEXTER], OUR_NUMBER) == [1]  # pending, main Redis
        work()
        assert svc.suppressions.check_many([TEXTER], OUR_NUMBER) == [1]  # projection, store
        # Everything about the number is in the store; the queue Redis holds only queues.
        assert not svc.connections.redis.keys("optout:{*")
        assert svc.connections.store.client.keys("optout:{*")
        assert figures(svc).pending == 0
        text("START")
        work()
        assert svc.suppressions.check_many([TEXTER], OUR_NUMBER) == [0]
        text("STOP")
        work()
        report = rebuild(svc.connections.store, svc.ledger, svc.suppressions, fix=False)
        assert not report.history_differences and not report.projection_differences
    finally:
        use_services(None)
        svc.close()
