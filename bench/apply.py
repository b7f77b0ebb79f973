"""Applying: numbers applied per second by one worker, and STOP-to-applied latency under a
sustained burst, against the same run's RQ SimpleWorker no-op job rate.

1. Throughput: record N opt-outs (no apply asked), ask for one job a shard, and time one
   real ``SimpleWorker`` (burst) applying them all. Reference: the same worker running N/10
   no-op jobs.
2. Latency: STOPs through the real webhook (Flask, signed) at a fixed rate for a while, with
   one ``optout worker`` process applying them; the STOP-to-applied samples come from the
   store's own latency records (what /ops shows).
"""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from rq import SimpleWorker
from twilio.request_validator import RequestValidator

from app import create_app
from app.bootstrap import Services, build_services
from app.consent.events import ConsentEvent, Kind
from app.monitoring.counters import store_figures
from config import Settings
from workers.jobs import use_services

TOKEN = "bench-auth-token"
BASE = "https://bench.example.com"
SENDER = "+18005550100"


def noop() -> None:
    """The reference job: does nothing."""


def _settings(redis_url: str, data: Path) -> Settings:
    return Settings(_env_file=None, redis_url=redis_url, twilio_auth_token=TOKEN,  # type: ignore[call-arg]
                    public_base_url=BASE, optout_data_dir=data, log_level="WARNING",
                    job_retry_intervals=[1])


def _worker(services: Services) -> SimpleWorker:
    return SimpleWorker([services.queue], connection=services.connections.queue_redis)


def bench_throughput(services: Services, numbers: int) -> dict[str, Any]:
    """Numbers applied per second by one SimpleWorker, against its no-op job rate."""
    for start in range(0, numbers, 1000):
        services.ledger.record_many([
            ConsentEvent(kind=Kind.OPT_OUT, number=f"+1617{i:07d}", source="sms",
                         sender=SENDER, keyword="STOP", body="STOP")
            for i in range(start, min(start + 1000, numbers))], apply=False)
    services.apply_requests.request(services.connections.store.all_shards())
    began = time.perf_counter()
    _worker(services).work(burst=True, logging_level="WARNING")
    applied_seconds = time.perf_counter() - began
    figures = store_figures(services.connections.store, 0)
    assert figures.unapplied == 0 and figures.pending == 0, "the worker left work behind"

    jobs = max(numbers // 10, 200)
    for _ in range(jobs):
        services.queue.enqueue_call(f"{__name__}.noop")
    began = time.perf_counter()
    _worker(services).work(burst=True, logging_level="WARNING")
    noop_seconds = time.perf_counter() - began
    per_second = numbers / applied_seconds
    noop_rate = jobs / noop_seconds
    return {"numbers": numbers, "numbers_applied_per_second": round(per_second),
            "simpleworker_noop_jobs_per_second": round(noop_rate),
            "ratio_numbers_to_noop_jobs": round(per_second / noop_rate, 1),
            "goal_numbers_per_second": 2000}


def bench_latency(services: Services, env: dict[str, str], rate: float,
                  seconds: float) -> dict[str, Any]:
    """STOP-to-applied p50/p99 while STOPs arrive at ``rate``/s for ``seconds``."""
    client = create_app(services.settings, services).test_client()
    validator = RequestValidator(TOKEN)
    worker = subprocess.Popen([sys.executable, "-m", "workers.worker"], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    sent = errors = 0
    try:
        time.sleep(1.5)  # the worker connects
        began = time.perf_counter()
        total = int(rate * seconds)
        for i in range(total):
            due = began + i / rate
            delay = due - time.perf_counter()
            if delay > 0:
                time.sleep(delay)
            sid = "SM" + secrets.token_hex(16)
            form = {"MessageSid": sid, "SmsSid": sid, "From": f"+1212{i:07d}", "To": SENDER,
                    "Body": "STOP", "AccountSid": "AC" + "0" * 32}
            signature = validator.compute_signature(BASE + "/webhooks/twilio/sms", form)
            response = client.post("/webhooks/twilio/sms", data=form,
                                   headers={"X-Twilio-Signature": signature})
            sent += 1
            errors += response.status_code != 200
        achieved = sent / (time.perf_counter() - began)
        deadline = time.monotonic() + 60
        while store_figures(services.connections.store, 0).unapplied and \
                time.monotonic() < deadline:
            time.sleep(0.2)
    finally:
        worker.terminate()
        worker.wait(30)
    samples = store_figures(services.connections.store, 0).latencies
    return {"stops": sent, "errors": errors, "target_rate": rate,
            "achieved_rate": round(achieved, 1), "seconds": seconds,
            "applied_samples": len(samples),
            "p50_seconds": samples.percentile(50), "p99_seconds": samples.percentile(99),
            "goal_p99_seconds": 1.0}


def bench_apply(redis_url: str, *, numbers: int, rate: float, seconds: float
                ) -> dict[str, Any]:
    """Both figures, each on a flushed database."""
    with tempfile.TemporaryDirectory() as data:
        settings = _settings(redis_url, Path(data))
        services = build_services(settings)
        use_services(services)
        try:
            services.connections.redis.flushdb()
            throughput = bench_throughput(services, numbers)
            services.connections.redis.flushdb()
            services.registry.forget()
            env = {**os.environ, "REDIS_URL": redis_url, "TWILIO_AUTH_TOKEN": TOKEN,
                   "LOG_LEVEL": "WARNING", "OPTOUT_DATA_DIR": data}
            env.pop("SUPPRESSION_REDIS_URL", None)
            latency = bench_latency(services, env, rate, seconds)
        finally:
            use_services(None)
            services.connections.redis.flushdb()
            services.close()
    return {"throughput": throughput, "latency": latency}


if __name__ == "__main__":  # pragma: no cover - a quick look from the shell
    print(bench_apply(sys.argv[1], numbers=5000, rate=200, seconds=5))
