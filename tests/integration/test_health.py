"""Health figures and thresholds, read from a real Redis through RQ's registries."""

from __future__ import annotations

import time

from app.monitoring.health import Check, collect, percentile, status_of
from app.monitoring.heartbeats import HEARTBEAT_FRESH_SECONDS, HEARTBEATS, heartbeat
from workers.worker import OptoutWorker


def test_status_is_ok_only_when_every_check_holds():
    assert status_of([Check("a", True, ""), Check("b", True, "")]) == "ok"
    assert status_of([Check("a", True, ""), Check("b", False, "")]) == "degraded"


def test_percentile_is_nearest_rank():
    values = [float(i) for i in range(1, 101)]
    assert percentile(values, 50) == 50.0
    assert percentile(values, 99) == 99.0
    assert percentile([3.0], 95) == 3.0
    assert percentile([], 50) is None


def test_no_worker_is_degraded(services):
    figures = collect(services.watched)
    assert figures["status"] == "degraded"
    failing = {c["name"] for c in figures["checks"] if not c["ok"]}
    assert failing == {"workers"}


def test_everything_fine_is_ok(services):
    worker = OptoutWorker([services.queue], connection=services.connections.queue_redis)
    worker.register_birth()
    heartbeat(services.connections.redis, worker.name)
    try:
        figures = collect(services.watched)
        assert figures["status"] == "ok", figures["checks"]
        assert figures["workers"][0]["name"] == worker.name
    finally:
        worker.register_death()


def test_a_worker_without_a_fresh_heartbeat_is_not_alive(services):
    worker = OptoutWorker([services.queue], connection=services.connections.queue_redis)
    worker.register_birth()  # RQ keeps a killed worker's record for minutes
    services.connections.redis.zadd(HEARTBEATS, {worker.name: time.time() - 60})
    try:
        figures = collect(services.watched)
        assert figures["workers"] == []
        assert figures["status"] == "degraded"
        heartbeat(services.connections.redis, worker.name)
        assert [w["name"] for w in collect(services.watched)["workers"]] == [worker.name]
        assert HEARTBEAT_FRESH_SECONDS <= 30  # degraded within 30 s of the last worker dying
    finally:
        worker.register_death()


def test_failed_job_and_old_unapplied_event_are_degraded(services, sms, run_jobs, fault):
    fault("apply")
    sms("STOP")
    run_jobs()
    store = services.connections.store
    shard = store.layout.shard_of("+16175550123")
    store.node(shard).zadd(store.layout.unapplied(shard), {"+16175550123": 1})  # long ago
    figures = collect(services.watched)
    failing = {c["name"] for c in figures["checks"] if not c["ok"]}
    assert {"failed_jobs", "unapplied"} <= failing
    assert figures["queue"]["failed"] == 1
    assert figures["failed_jobs"][0]["error"].startswith("app.errors.InjectedFault")
    assert figures["pending_opt_outs"] == 1


def test_old_queued_job_is_degraded(services, sms):
    sms("STOP")
    job = services.queue.get_jobs()[0]
    services.connections.queue_redis.hset(job.key, "enqueued_at", "2020-01-01T00:00:00.000000Z")
    figures = collect(services.watched)
    assert not next(c for c in figures["checks"] if c["name"] == "queue")["ok"]
    assert figures["queue"]["oldest_job_age_seconds"] > 60


def test_latency_and_hourly_counts(services, sms, run_jobs):
    sms("STOP")
    sms("HELP", sender="+16175550199")
    sms("START", sender="+16175550198")
    run_jobs()
    figures = collect(services.watched)
    latency = figures["stop_to_enforced_seconds"]
    assert latency["count"] == 1 and latency["p50"] is not None and latency["p99"] < 60
    now = figures["hourly"][-1]
    assert (now["opt_out"], now["help"], now["opt_in"]) == (1, 1, 1)
    assert len(figures["hourly"]) == 24


def test_review_items_have_masked_numbers(services, sms):
    sms("I'd like to cancel my appointment")
    item = collect(services.watched)["review"][0]
    assert item["number"].startswith("+1617") and "5550123" not in item["number"]
    assert item["body"] == "I'd like to cancel my appointment" and not item["suppressed"]
