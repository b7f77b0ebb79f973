"""Processes die: a worker killed mid-job loses nothing that was acknowledged."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rq.registry import StartedJobRegistry

from tests.helpers import OUR_NUMBER, figures

pytestmark = pytest.mark.slow
OPTOUT = str(Path(sys.executable).with_name("optout"))
TEXTER = "+16175550123"


def worker_env(redis_url: str, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("REDIS_", "SUPPRESSION_"))}
    env.update({"REDIS_URL": redis_url, "JOB_RETRY_INTERVALS": "0", "LOG_LEVEL": "WARNING"})
    env.update(extra)
    return env


def test_worker_killed_mid_job_loses_nothing(sms, services, redis_url, suppressed):
    sms("STOP")
    # The job hangs where it starts to apply: it is mid-job when killed.
    worker = subprocess.Popen(
        [OPTOUT, "worker"], env=worker_env(redis_url, OPTOUT_TEST_FAULT="apply:stall"),
        start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        started = StartedJobRegistry(queue=services.queue)
        deadline = time.monotonic() + 20
        while started.count == 0 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert started.count == 1, "the worker never picked up the job"
    finally:
        os.killpg(worker.pid, signal.SIGKILL)  # worker and its scheduler, no clean-up
        worker.wait(timeout=10)
    assert suppressed(TEXTER, OUR_NUMBER)
    assert figures(services).pending == 1

    rescue = subprocess.run(
        [OPTOUT, "worker", "--burst"], env=worker_env(redis_url, REQUEUE_STALE_SECONDS="0"),
        timeout=60, capture_output=True, text=True,
    )
    assert rescue.returncode == 0, rescue.stderr
    assert figures(services).pending == 0
    assert not services.suppressions.lookup(TEXTER).pending
    assert suppressed(TEXTER, OUR_NUMBER)


def test_redis_down_is_a_503_and_records_nothing(redis_url, tmp_path):
    from app import create_app
    from tests.helpers import BASE_URL, inbound_form, make_settings, sign

    settings = make_settings("redis://127.0.0.1:1/0", tmp_path)
    client = create_app(settings).test_client()
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.get_json()["error"]["code"] == "unavailable"
    assert response.headers["Retry-After"]
    # Not acknowledged, so Twilio's retry (or the carrier) gets another chance.
    form = inbound_form("STOP")
    response = client.post("/webhooks/twilio/sms", data=form, headers={
        "X-Twilio-Signature": sign(BASE_URL + "/webhooks/twilio/sms", form)})
    assert response.status_code == 503
    assert response.get_json()["error"]["code"] == "unavailable"
    assert int(response.headers["Retry-After"]) > 0
