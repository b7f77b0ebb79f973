"""A master of the consent store dies mid-traffic: nothing acknowledged is lost, nothing
answers 500, no check of an acknowledged number says textable.

A dedicated local cluster (3 masters, 1 replica each: this test kills one), the real app
behind a real HTTP server on loopback, client threads sending signed STOPs for distinct
numbers and checking numbers already acknowledged; one master gets SIGKILL, its replica
takes over, traffic goes on a few seconds, then every 503 is retried as Twilio would."""

from __future__ import annotations

import itertools
import random
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import redis
import requests
from werkzeug.serving import WSGIRequestHandler, make_server

from app import create_app
from app.bootstrap import Services, build_services
from app.store.devcluster import LocalCluster
from tests.helpers import API_KEY, BASE_URL, OUR_NUMBER, figures, inbound_form, make_settings, sign
from tests.helpers.cluster import require_redis_server
from workers.jobs import use_services
from workers.worker import OptoutWorker

pytestmark = pytest.mark.slow

SMS = "/webhooks/twilio/sms"
AUTH = {"Authorization": f"Bearer {API_KEY}"}
CLIENTS = 3
BEFORE_KILL_S = 1.5
AFTER_FAILOVER_S = 3.0


class QuietHandler(WSGIRequestHandler):
    """No access log line for each of a thousand requests."""

    def log_request(self, *args: object, **kwargs: object) -> None:
        pass


@pytest.fixture
def cluster(tmp_path: Path) -> Iterator[LocalCluster]:
    """A cluster of this test's own: it loses a master."""
    with LocalCluster(3, 1, binary=require_redis_server(), folder=tmp_path / "cluster") as c:
        yield c


@pytest.fixture
def live(cluster: LocalCluster, redis_client: redis.Redis, redis_url: str,
         tmp_path: Path) -> Iterator[tuple[str, Services]]:
    """The app with its store on ``cluster``, served on a loopback port; (base URL, services)."""
    settings = make_settings(redis_url, tmp_path, suppression_redis_url=cluster.url)
    services = build_services(settings)
    use_services(services)  # the apply jobs this test's worker runs
    server = make_server("127.0.0.1", 0, create_app(settings, services), threaded=True,
                         request_handler=QuietHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}", services
    finally:
        server.shutdown()
        thread.join(timeout=10)
        use_services(None)
        services.close()


def apply_jobs(services: Services, max_jobs: int | None = None) -> None:
    """Run the queued apply jobs (at most ``max_jobs``: traffic keeps adding some) with a
    real RQ SimpleWorker; a job failing on the dead master is retried by RQ."""
    OptoutWorker([services.queue], connection=services.connections.queue_redis).work(
        burst=True, max_jobs=max_jobs, logging_level="WARNING")


@dataclass
class Traffic:
    """What the clients sent and got, shared between their threads."""

    base: str
    stop: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)
    statuses: Counter[str] = field(default_factory=Counter)  # "stop 200", "check 503", ...
    acknowledged: list[str] = field(default_factory=list)
    refused: list[dict[str, str]] = field(default_factory=list)  # forms that got a 503
    wrong: list[str] = field(default_factory=list)  # anything a test must never see
    checks: int = 0

    def post_stop(self, form: dict[str, str]) -> int | None:
        """POST a signed STOP; its status, or None when the connection failed."""
        headers = {"X-Twilio-Signature": sign(BASE_URL + SMS, form)}
        try:
            return requests.post(self.base + SMS, data=form, headers=headers,
                                 timeout=10).status_code
        except requests.RequestException as exc:
            with self.lock:
                self.wrong.append(f"STOP connection error: {exc}")
            return None

    def send(self, form: dict[str, str]) -> None:
        status = self.post_stop(form)
        with self.lock:
            self.statuses[f"stop {status}"] += 1
            if status is not None and 200 <= status < 300:
                self.acknowledged.append(form["From"])
            elif status == 503:
                self.refused.append(form)
            elif status is not None:
                self.wrong.append(f"STOP answered {status}")

    def check(self, number: str) -> None:
        try:
            response = requests.get(f"{self.base}/v1/suppressions/{number}",
                                    params={"sender": OUR_NUMBER}, headers=AUTH, timeout=10)
        except requests.RequestException as exc:
            with self.lock:
                self.wrong.append(f"check connection error: {exc}")
            return
        with self.lock:
            self.checks += 1
            self.statuses[f"check {response.status_code}"] += 1
            if response.status_code == 200:
                if response.json()["suppressed"] is not True:
                    self.wrong.append(f"acknowledged {number} checked as not suppressed")
            elif response.status_code != 503:
                self.wrong.append(f"check answered {response.status_code}")

    def run(self, client: int) -> None:
        """STOPs for this client's own numbers, each followed by a check of an acknowledged
        number (anyone's)."""
        rng = random.Random(client)
        for i in itertools.count():
            if self.stop.is_set():
                return
            self.send(inbound_form("STOP", f"+1617{200 + client}{i:04d}"))
            with self.lock:
                known = rng.choice(self.acknowledged) if self.acknowledged else None
            if known:
                self.check(known)


def test_a_master_dies_and_nothing_acknowledged_is_lost(cluster, live):
    base, services = live
    traffic = Traffic(base)
    threads = [threading.Thread(target=traffic.run, args=(c,), daemon=True)
               for c in range(CLIENTS)]
    for thread in threads:
        thread.start()
    try:
        time.sleep(BEFORE_KILL_S / 2)
        apply_jobs(services, 20)  # some checks then read projections, not pending marks
        time.sleep(BEFORE_KILL_S / 2)
        victim = cluster.kill_master(0)
        killed_at = time.monotonic()
        heir = cluster.wait_for_failover(timeout=20)
        failover_s = time.monotonic() - killed_at
        apply_jobs(services, 20)
        time.sleep(AFTER_FAILOVER_S)
    finally:
        traffic.stop.set()
        for thread in threads:
            thread.join(timeout=15)
    during = dict(traffic.statuses)

    retried = Counter()
    for form in traffic.refused:  # Twilio retries a 5xx with the same MessageSid
        status = traffic.post_stop(form)
        retried[status] += 1
        if status is not None and 200 <= status < 300:
            traffic.acknowledged.append(form["From"])

    apply_jobs(services)
    for shard in services.connections.store.all_shards():  # what the workers' sweep does
        services.suppressions.apply_shard(shard)
    assert figures(services).pending == 0  # every check below reads the projection
    numbers = sorted(set(traffic.acknowledged))
    stops = sum(n for key, n in during.items() if key.startswith("stop"))
    print(f"\nfailover: master :{victim.port} killed, replica :{heir.port} took over in "
          f"{failover_s:.1f}s; {stops} STOPs ({during.get('stop 200', 0)} 200, "
          f"{during.get('stop 503', 0)} 503), {traffic.checks} checks "
          f"({during.get('check 503', 0)} 503); {len(traffic.refused)} retried after: "
          f"{dict(retried)}")
    assert not traffic.wrong, traffic.wrong[:10]
    assert set(during) <= {"stop 200", "stop 503", "check 200", "check 503"}, during
    assert retried.keys() <= {200}, retried
    assert during.get("stop 200", 0) > 50 and traffic.checks > 50  # traffic really ran
    assert len(numbers) == stops

    flags = services.suppressions.check_many(numbers, OUR_NUMBER)
    assert [n for n, f in zip(numbers, flags, strict=True) if not f & 1] == []
    assert all(f & 1 for f in services.suppressions.check_many(numbers, None))
    not_suppressed = []
    for number in numbers:
        response = requests.get(f"{base}/v1/suppressions/{number}",
                                params={"sender": OUR_NUMBER}, headers=AUTH, timeout=10)
        assert response.status_code == 200, response.text
        if not response.json()["suppressed"]:
            not_suppressed.append(number)
    assert not_suppressed == []
