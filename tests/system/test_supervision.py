"""``optout run`` keeps itself up: a SIGKILLed worker or embedded Redis is started again, the
web answers 503 (never "connection refused", never a 500) while Redis is gone, workers ride
out an outage, and Ctrl-C still leaves no process behind (the RQ scheduler included)."""

from __future__ import annotations

import os
import signal
import subprocess
import threading
import time
from pathlib import Path

import pytest
import redis
import requests

from app.store.embedded import EmbeddedRedis
from tests.helpers import OUR_NUMBER, inbound_form
from tests.helpers.stack import OPTOUT, Stack, clean_env, processes_with, running

pytestmark = pytest.mark.slow


@pytest.fixture
def stack(tmp_path: Path):
    env = clean_env(tmp_path, OPS_PASSWORD="env-ops-password-do-not-print",
                    OPTOUT_API_KEYS="env-api-key-do-not-print", REQUEUE_STALE_SECONDS="0")
    with running(env, tmp_path) as started:
        yield started


def applied(stack: Stack, number: str) -> bool:
    lookup = stack.lookup(number, OUR_NUMBER)
    return bool(lookup["suppressed"]) and not lookup["pending"]


def test_banner_prints_only_generated_secrets_and_ctrl_c_leaves_nothing(stack: Stack):
    assert "env-ops-password-do-not-print" not in stack.banner
    assert "env-api-key-do-not-print" not in stack.banner
    assert "from OPS_PASSWORD" in stack.banner and "OPTOUT_API_KEYS" in stack.banner
    generated = stack.secrets
    assert set(generated) >= {"TWILIO_AUTH_TOKEN", "SECRET_KEY"}
    secrets_file = Path(stack.env["OPTOUT_DATA_DIR"]) / "dev-secrets.json"
    assert str(secrets_file.resolve()) in stack.banner or str(secrets_file) in stack.banner
    # Of the generated secrets, only the ones in use that a person types are shown.
    shown = {name for name, value in generated.items() if value in stack.banner}
    assert shown <= {"OPTOUT_API_KEYS", "OPS_PASSWORD"}
    data = Path(stack.env["OPTOUT_DATA_DIR"])
    assert oct(data.stat().st_mode & 0o777) == "0o700"
    for path in data.iterdir():
        if path.is_file():
            assert oct(path.stat().st_mode & 0o777) == "0o600", path.name

    # Ctrl-C: web, workers, their schedulers and Redis all end.
    assert stack.wait_for(stack.schedulers) and stack.redis_server()
    assert stack.ctrl_c() == 0
    stack.wait_for(lambda: not stack.processes(), timeout=15)


def test_killed_worker_is_restarted_and_its_scheduler_dies_with_it(stack: Stack):
    session = requests.Session()
    first = "+16175550111"
    form = inbound_form("STOP", sender=first)
    assert stack.post_sms(session, form).status_code == 200
    stack.wait_for(lambda: applied(stack, first))

    [worker] = stack.wait_for(stack.workers)
    [scheduler] = stack.wait_for(stack.schedulers)
    os.kill(worker, signal.SIGKILL)
    stack.wait_for(lambda: scheduler not in stack.processes(), timeout=10)
    new = stack.wait_for(lambda: [p for p in stack.workers() if p != worker], timeout=20)
    assert len(new) == 1 and stack.process and stack.process.poll() is None
    log = stack.log()
    assert "worker 1 (pid" in log and "killed by SIGKILL (exit code -9)" in log
    assert "WARNING" in log

    second = "+16175550112"
    assert stack.post_sms(session, inbound_form("STOP", sender=second)).status_code == 200
    stack.wait_for(lambda: applied(stack, second), timeout=30)
    stack.wait_for(stack.schedulers, timeout=20)  # the new worker has its own scheduler

    assert stack.ctrl_c() == 0
    stack.wait_for(lambda: not stack.processes(), timeout=15)


def test_killed_redis_is_restarted_and_the_web_answers_503_meanwhile(stack: Stack):
    session = requests.Session()
    [worker] = stack.wait_for(stack.workers)
    statuses: list[int] = []
    errors: list[str] = []
    done = threading.Event()

    def hammer() -> None:
        with requests.Session() as own:
            while not done.is_set():
                try:
                    response = own.get(stack.base + "/readyz", timeout=5)
                    statuses.append(response.status_code)
                    if response.status_code == 503:
                        body = response.json()
                        assert body["error"]["code"] == "unavailable"
                        assert int(response.headers["Retry-After"]) > 0
                    form = inbound_form("STOP", sender=f"+1617555{len(statuses) % 10000:04d}")
                    statuses.append(stack.post_sms(own, form).status_code)
                except (requests.RequestException, AssertionError) as exc:
                    errors.append(repr(exc))

    thread = threading.Thread(target=hammer)
    thread.start()
    try:
        time.sleep(0.5)
        pid = stack.redis_server()
        assert pid is not None
        os.kill(pid, signal.SIGKILL)
        new_pid = stack.wait_for(lambda: (p := stack.redis_server()) and p != pid and p,
                                 timeout=15)
        stack.wait_for(lambda: session.get(stack.base + "/readyz").status_code == 200)
        time.sleep(0.5)
    finally:
        done.set()
        thread.join(timeout=30)
    assert errors == []
    assert 503 in statuses, "the outage was never seen"
    assert set(statuses) <= {200, 503}, sorted(set(statuses))
    assert statuses[-1] == 200
    assert new_pid and "embedded redis" in stack.log()

    # The worker rode out the outage (same process) and still applies.
    number = "+16175550222"
    assert stack.post_sms(session, inbound_form("STOP", sender=number)).status_code == 200
    stack.wait_for(lambda: applied(stack, number), timeout=30)
    assert worker in stack.workers()

    assert stack.ctrl_c() == 0
    stack.wait_for(lambda: not stack.processes(), timeout=15)


def test_worker_rides_out_a_ten_second_redis_outage(tmp_path: Path):
    data = tmp_path / "redis"
    marker = f"outage-{tmp_path.name}"
    embedded = EmbeddedRedis(data).acquire()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("REDIS_", "SUPPRESSION_"))}
    env.update({"REDIS_URL": embedded.url, "OPTOUT_DATA_DIR": str(tmp_path / "d"),
                "LOG_LEVEL": "WARNING", "OPTOUT_E2E_MARKER": marker,
                "TWILIO_AUTH_TOKEN": "x"})
    worker = subprocess.Popen([OPTOUT, "worker"], env=env, start_new_session=True,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        client = redis.Redis.from_url(embedded.url)
        deadline = time.monotonic() + 20
        while not client.keys("rq:worker:*") and time.monotonic() < deadline:
            time.sleep(0.1)
        assert client.keys("rq:worker:*"), "the worker never registered"
        client.close()
        embedded.shutdown()  # Redis gone (its process, its socket answers nothing)
        time.sleep(10.5)
        assert worker.poll() is None, "the worker ended during the outage"
        embedded.ensure_running()
        client = redis.Redis.from_url(embedded.url)
        deadline = time.monotonic() + 30
        while not client.keys("rq:worker:*") and time.monotonic() < deadline:
            time.sleep(0.2)
        assert client.keys("rq:worker:*"), "the worker did not come back"
        assert worker.poll() is None
    finally:
        worker.send_signal(signal.SIGTERM)
        try:
            worker.wait(timeout=20)
        finally:
            if worker.poll() is None:
                os.killpg(worker.pid, signal.SIGKILL)
            embedded.release()
    assert not processes_with(marker)
    assert worker.stderr is not None
    with worker.stderr:
        log = worker.stderr.read()
    assert "could not connect to Redis" in log or "redis unavailable" in log
