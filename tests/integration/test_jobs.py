"""The apply job: a real RQ worker, failures, retries, sweeps and idempotency."""

from __future__ import annotations

import time

import pytest
from rq.registry import FailedJobRegistry

from app.consent.applying import sweep
from app.consent.events import ConsentEvent, Kind
from app.errors import InjectedFault
from tests.helpers import OUR_NUMBER, figures

# The consent store on one Redis and on a Redis Cluster: every test runs on both.
BOTH_STORES = True

TEXTER = "+16175550123"


def test_a_job_that_raises_is_enforced_anyway_then_retried(sms, run_jobs, services,
                                                           suppressed, fault):
    fault("apply")  # every apply job crashes
    sms("STOP")
    run_jobs()  # first try and both retries fail (JOB_RETRY_INTERVALS=0,0 in tests)
    failed = FailedJobRegistry(queue=services.queue)
    assert failed.count == 1
    job = services.queue.fetch_job(failed.get_job_ids()[0])
    assert "InjectedFault" in (job.latest_result().exc_string or "")
    assert suppressed(TEXTER, OUR_NUMBER)  # enforced from the pending mark
    assert figures(services).pending == 1

    fault(None)
    failed.requeue(job.id)
    run_jobs()
    assert failed.count == 0
    assert figures(services).pending == 0
    assert not services.suppressions.lookup(TEXTER).pending
    assert suppressed(TEXTER, OUR_NUMBER)


def test_apply_is_idempotent(sms, services, suppressed):
    sms("STOP")
    first = services.suppressions.apply_numbers([TEXTER])
    again = services.suppressions.apply_numbers([TEXTER])
    assert first.pending_cleared == 1 and again.pending_cleared == 0
    assert first.applied == again.applied == 1
    assert suppressed(TEXTER, OUR_NUMBER)


def test_one_job_applies_a_burst_and_repeats_enqueue_nothing(sms, services, run_jobs,
                                                             suppressed):
    numbers = [f"+1617555{i:04d}" for i in range(40)]
    for number in numbers:
        sms("STOP", sender=number)
    shards = {services.connections.store.layout.shard_of(n) for n in numbers}
    assert services.queue.count == len(shards)  # one job a shard, not one a STOP
    run_jobs()
    for number in numbers[:5]:
        sms("STOP", sender=number)  # repeats: recorded, nothing to apply
    assert services.queue.count == 0
    assert figures(services).unapplied == 0
    assert all(suppressed(n, OUR_NUMBER) for n in numbers)


def test_a_deleted_failed_job_is_found_by_the_sweep(sms, services, run_jobs, suppressed,
                                                    fault):
    fault("apply")
    sms("STOP")
    run_jobs()
    failed = FailedJobRegistry(queue=services.queue)
    failed.remove(failed.get_job_ids()[0], delete_job=True)
    fault(None)
    assert suppressed(TEXTER, OUR_NUMBER)
    assert sweep(services.connections.store, services.apply_requests, 0) == [
        services.connections.store.layout.shard_of(TEXTER)]
    run_jobs()
    assert not services.suppressions.lookup(TEXTER).pending


def test_a_crash_between_record_and_enqueue_loses_nothing(sms, services, run_jobs,
                                                          suppressed, fault):
    fault("after-record")
    with pytest.raises(InjectedFault):
        sms("STOP")  # the process dies after the record, before asking for a worker
    fault(None)
    assert services.queue.count == 0
    assert suppressed(TEXTER, OUR_NUMBER)  # the record alone enforces it
    sweep(services.connections.store, services.apply_requests, 0)  # a worker's sweep
    run_jobs()
    assert not services.suppressions.lookup(TEXTER).pending
    assert figures(services).pending == 0
    assert suppressed(TEXTER, OUR_NUMBER)


def test_latency_is_recorded_when_a_stop_is_applied(sms, run_jobs, services):
    sms("STOP")
    run_jobs()
    totals = services.counters.totals()
    assert totals["latency:count"] == 1
    assert totals["latency:sum"] < 30
    assert len(figures(services).latencies) == 1


def test_latencies_are_counted_in_a_store_that_does_not_grow_with_stops(services):
    store, layout = services.connections.store, services.connections.store.layout
    shard = layout.shard_of(TEXTER)
    # Samples kept one per STOP, as before: the first apply replaces them.
    store.node(shard).zadd(layout.latency(shard), {"1-0:0.5": 1})
    numbers = [f"+161755{i:05d}" for i in range(5000)]
    numbers = [n for n in numbers if layout.shard_of(n) == shard][:300]
    services.ledger.record_many([
        ConsentEvent(kind=Kind.OPT_OUT, number=n, source="sms", sender=OUR_NUMBER,
                     keyword="STOP", body="STOP") for n in numbers], apply=False)
    services.suppressions.apply_numbers(numbers)

    latencies = figures(services).latencies
    assert len(latencies) == len(numbers) == 300
    p99 = latencies.percentile(99)
    assert p99 is not None and 0 < p99 < 60
    # A count per slot (about 12% wide) of this minute, not one entry per STOP.
    assert store.node(shard).hlen(layout.latency(shard)) < len(numbers) // 5


def test_latency_counts_older_than_the_window_go(sms, run_jobs, services):
    store, layout = services.connections.store, services.connections.store.layout
    shard = layout.shard_of(TEXTER)
    two_hours_ago = int(time.time() // 60) - 120
    store.node(shard).hset(layout.latency(shard), mapping={
        f"{two_hours_ago}:40": 7, "minute": two_hours_ago})
    sms("STOP")
    run_jobs()
    assert len(figures(services).latencies) == 1
    assert not store.node(shard).hexists(layout.latency(shard), f"{two_hours_ago}:40")


def test_job_description_names_no_number(sms, services):
    sms("STOP")
    job = services.queue.get_jobs()[0]
    assert TEXTER not in job.description and "shard" in job.description
