"""A worker exits promptly: a burst worker within seconds of its last job, an idle worker
within seconds of SIGTERM. Neither waits on RQ's pubsub thread (workers/worker.py)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rq import Worker

pytestmark = pytest.mark.slow
EXIT_SECONDS = 5
# The worker, with the pubsub thread made to win the race of RQ's teardown: every UNSUBSCRIBE
# waits 0.1 s after sending, so the thread reads the reply before its caller goes on.
UNSUBSCRIBE_READ_FIRST = """
import sys, time
import redis.client
from app.cli import main
send = redis.client.PubSub.unsubscribe
def unsubscribe(self, *args):
    sent = send(self, *args)
    time.sleep(0.1)
    return sent
redis.client.PubSub.unsubscribe = unsubscribe
sys.argv[0] = "optout"
main()
"""


def worker_command(race: bool, *args: str) -> list[str]:
    """``optout worker`` (this tree's, whichever is installed), with the race forced or not."""
    if race:
        return [sys.executable, "-c", UNSUBSCRIBE_READ_FIRST, "worker", *args]
    return [sys.executable, "-m", "app.cli", "worker", *args]


def worker_env(redis_url: str, tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("REDIS_", "SUPPRESSION_"))}
    env.update({"REDIS_URL": redis_url, "JOB_RETRY_INTERVALS": "0", "LOG_LEVEL": "WARNING",
                "OPTOUT_DATA_DIR": str(tmp_path / "data")})
    return env


def exit_within(worker: subprocess.Popen[str], seconds: float) -> int:
    """The exit code of ``worker``; if it still runs ``seconds`` from now, kill its process
    group (worker and scheduler) and fail."""
    try:
        return worker.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        os.killpg(worker.pid, signal.SIGKILL)
        _, err = worker.communicate(timeout=10)
        pytest.fail(f"the worker was still running {seconds} s later:\n{err}")


@pytest.mark.parametrize(("race", "runs"), [(False, 5), (True, 2)], ids=["plain", "race"])
def test_burst_worker_exits_within_seconds_of_its_last_job(sms, services, redis_url, tmp_path,
                                                           race, runs):
    for run in range(runs):
        texter = f"+1617555{run:04d}"
        sms("STOP", sender=texter)
        assert services.suppressions.lookup(texter).pending
        worker = subprocess.Popen(worker_command(race, "--burst"),
                                  env=worker_env(redis_url, tmp_path), start_new_session=True,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        # The clock starts when its last job is done, not when the process starts (a busy
        # machine takes seconds to import and connect).
        deadline = time.monotonic() + 60
        while services.suppressions.lookup(texter).pending and worker.poll() is None \
                and time.monotonic() < deadline:
            time.sleep(0.05)
        code = exit_within(worker, EXIT_SECONDS)
        assert worker.stderr is not None
        with worker.stderr:
            assert code == 0, worker.stderr.read()
        assert not services.suppressions.lookup(texter).pending, f"run {run}: job not run"
        assert services.queue.count == 0


@pytest.mark.parametrize("race", [False, True], ids=["plain", "race"])
def test_sigtermed_idle_worker_exits_within_seconds(services, redis_url, tmp_path, race):
    worker = subprocess.Popen(worker_command(race), env=worker_env(redis_url, tmp_path),
                              start_new_session=True, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True)
    try:
        redis = services.connections.queue_redis
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and not any(
                w.get_state() == "idle" for w in Worker.all(connection=redis)):
            time.sleep(0.1)
        assert worker.poll() is None, "the worker ended by itself"
        assert any(w.get_state() == "idle" for w in Worker.all(connection=redis)), \
            "the worker never waited for a job"
        worker.send_signal(signal.SIGTERM)
        code = exit_within(worker, EXIT_SECONDS)
    finally:
        if worker.poll() is None:
            os.killpg(worker.pid, signal.SIGKILL)
            worker.wait(timeout=10)
    assert worker.stderr is not None
    with worker.stderr:
        assert code == 0, worker.stderr.read()
    assert Worker.all(connection=redis) == [], "the worker did not register its death"
