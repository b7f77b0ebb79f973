"""The queue Redis under Sentinel: a real primary, replica and three sentinels; the web app and
a worker (a real ``optout worker`` process) given ``REDIS_URL=redis+sentinel://…``; the consent
store a separate Redis. While STOPs flow, the primary is SIGKILLed: STOPs must be answered 2xx
again within 15 s, the jobs queued before the kill must be applied, and no acknowledged STOP
may be lost."""

from __future__ import annotations

import os
import signal
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
import requests

from app import create_app
from app.bootstrap import build_services
from app.store.connections import SentinelURL
from app.store.devcluster import start_server, wait_until
from app.web.auth import limiter_storage
from config import ConfigError
from tests.helpers import API_KEY, AUTH_TOKEN, BASE_URL, make_settings
from tests.helpers.cluster import require_redis_server
from tests.helpers.live import serve
from tests.helpers.ports import free_port
from tests.helpers.sentinel import LocalSentinel
from tests.helpers.stack import OPTOUT, clean_env

RECOVERY_SECONDS = 15


@pytest.fixture
def sentinel(tmp_path: Path) -> Iterator[LocalSentinel]:
    setup = LocalSentinel(require_redis_server(), tmp_path / "sentinel").start()
    try:
        yield setup
    finally:
        setup.stop()


@pytest.fixture
def store_url(tmp_path: Path) -> Iterator[str]:
    """The consent store: a Redis of its own, outside the failover."""
    port = free_port()
    server = start_server(require_redis_server(), tmp_path / "store", ["--port", str(port)])
    client = redis.Redis(port=port)
    wait_until(client.ping, 20, "the store")
    client.close()
    try:
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        server.kill()
        server.wait(timeout=10)


def test_sentinel_urls_are_read_or_refused_by_name() -> None:
    url = SentinelURL.parse("redis+sentinel://:s3cret@h1:26379,h2:26380/mymaster/3"
                            "?sentinel_password=sp")
    assert url.sentinels == [("h1", 26379), ("h2", 26380)]
    assert (url.service, url.db, url.password, url.sentinel_password) == (
        "mymaster", 3, "s3cret", "sp")
    assert SentinelURL.parse("redis+sentinel://h1:26379/mymaster").db == 0
    for bad in ("redis+sentinel://h1/mymaster/0", "redis+sentinel://h1:26379/",
                "redis+sentinel://h1:26379/a/b/c", "redis+sentinel://h1:26379/a/x"):
        with pytest.raises(ConfigError):
            SentinelURL.parse(bad)
    # The login limiter counts in the same primary, found through the same sentinels.
    assert limiter_storage("redis+sentinel://h1:26379,h2:26380/mymaster/3")[0] == (
        "redis+sentinel://h1:26379,h2:26380/mymaster")


@pytest.mark.slow
def test_stops_survive_the_primary_killed(sentinel: LocalSentinel, store_url: str,
                                          tmp_path: Path) -> None:
    settings = make_settings(sentinel.url, tmp_path, suppression_redis_url=store_url)
    services = build_services(settings)
    app = create_app(settings, services)
    app.config["TESTING"] = True
    worker: subprocess.Popen[bytes] | None = None
    try:
        with serve(app) as live:
            # The console's login limiter works through the sentinels too.
            assert live.session.post(live.base + "/ops/login", data={}).status_code in (400, 401)
            # Jobs queued before the kill, with no worker to take them yet.
            before = [f"+1617555{i:04d}" for i in range(30)]
            for number in before:
                assert live.sms("STOP", number).status_code == 200
            assert services.queue.count > 0
            sentinel.wait_replicated()

            answers: list[tuple[float, int | str, str]] = []
            stop = threading.Event()

            def flow() -> None:
                session = requests.Session()
                i = 0
                while not stop.is_set():
                    number = f"+1617556{i:04d}"
                    try:
                        status: int | str = live.sms("STOP", number).status_code
                    except requests.RequestException as exc:
                        status = type(exc).__name__
                    answers.append((time.monotonic(), status, number))
                    i += 1
                    time.sleep(0.05)
                session.close()

            sender = threading.Thread(target=flow, daemon=True)
            sender.start()
            time.sleep(1)
            killed_at = time.monotonic()
            old = sentinel.kill_primary()
            worker = _start_worker(tmp_path, sentinel.url, store_url)
            wait_until(lambda: sentinel.primary_port() != old, 30, "the failover")
            failed_over = time.monotonic() - killed_at
            # Keep STOPs flowing a while after the first 2xx that follows the kill.
            wait_until(lambda: any(t > killed_at + 1 and s == 200 for t, s, _ in answers[-5:]),
                       RECOVERY_SECONDS + 5, "a STOP answered after the failover")
            time.sleep(2)
            stop.set()
            sender.join(timeout=15)

        after_kill = [(t - killed_at, s) for t, s, _ in answers if t > killed_at]
        refused = [(round(t, 2), s) for t, s in after_kill if s != 200]
        assert all(s == 503 for _, s in refused), refused  # never a 500 or a dropped request
        last_refused = max((t for t, _ in refused), default=0.0)
        assert last_refused < RECOVERY_SECONDS, (failed_over, refused)
        assert [s for t, s in after_kill if t > last_refused][-10:] == [200] * 10

        acknowledged = before + [n for _, s, n in answers if s == 200]
        # No acknowledged STOP lost, and every one applied, those queued before the kill too.
        wait_until(lambda: all(_applied(services, n) for n in acknowledged), 60,
                   "every acknowledged STOP applied by the worker")
        print(f"failover {failed_over:.1f}s; STOPs refused (503) for {last_refused:.1f}s; "
              f"{len(acknowledged)} acknowledged, all applied")
    finally:
        if worker is not None:
            worker.send_signal(signal.SIGTERM)
            try:
                worker.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(worker.pid, signal.SIGKILL)
                worker.wait(timeout=10)
        services.close()


def _applied(services, number: str) -> bool:  # type: ignore[no-untyped-def]
    found = services.suppressions.lookup(number)
    return bool(found.suppressed) and not found.pending


def _start_worker(tmp_path: Path, redis_url: str, store_url: str) -> subprocess.Popen[bytes]:
    env = clean_env(tmp_path, REDIS_URL=redis_url, SUPPRESSION_REDIS_URL=store_url,
                    TWILIO_AUTH_TOKEN=AUTH_TOKEN, PUBLIC_BASE_URL=BASE_URL,
                    OPTOUT_API_KEYS=API_KEY, SECRET_KEY="test-secret", LOG_LEVEL="INFO",
                    SWEEP_INTERVAL_SECONDS="2")
    with open(tmp_path / "worker.log", "ab") as log:
        return subprocess.Popen([OPTOUT, "worker"], env=env, stdout=log,
                                stderr=subprocess.STDOUT, start_new_session=True)
