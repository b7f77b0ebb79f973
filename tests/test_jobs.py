"""The apply job: a real RQ worker, failures, retries and idempotency."""

from __future__ import annotations

from conftest import OUR_NUMBER
from rq.registry import FailedJobRegistry

TEXTER = "+16175550123"


def test_a_job_that_raises_is_enforced_anyway_then_retried(sms, run_jobs, services,
                                                           suppressed):
    redis = services.connections.redis
    # Another worker holds the number's projection lock: the job cannot apply and raises.
    redis.set("optout:lock:" + TEXTER, "someone-else", px=60_000)
    sms("STOP")
    run_jobs()  # first try and both retries fail (JOB_RETRY_INTERVALS=0,0 in tests)
    failed = FailedJobRegistry(queue=services.queue)
    assert failed.count == 1
    job = services.queue.fetch_job(failed.get_job_ids()[0])
    assert "ProjectionBusy" in (job.latest_result().exc_string or "")
    assert suppressed(TEXTER, OUR_NUMBER)  # enforced from the pending mark
    assert redis.hexists("optout:pending", TEXTER)

    redis.delete("optout:lock:" + TEXTER)
    failed.requeue(job.id)
    run_jobs()
    assert failed.count == 0
    assert not redis.hexists("optout:pending", TEXTER)
    assert redis.zscore("optout:unapplied", TEXTER) is None
    assert suppressed(TEXTER, OUR_NUMBER)


def test_apply_is_idempotent(sms, services, suppressed):
    sms("STOP")
    first = services.suppressions.apply(TEXTER)
    again = services.suppressions.apply(TEXTER)
    assert first.pending_cleared == 1 and again.pending_cleared == 0
    assert first.results == again.results
    assert suppressed(TEXTER, OUR_NUMBER)


def test_a_deleted_failed_job_is_requeued_by_the_worker_start(sms, services, run_jobs,
                                                              suppressed):
    redis = services.connections.redis
    redis.set("optout:lock:" + TEXTER, "someone-else", px=60_000)
    sms("STOP")
    run_jobs()
    failed = FailedJobRegistry(queue=services.queue)
    failed.remove(failed.get_job_ids()[0], delete_job=True)
    redis.delete("optout:lock:" + TEXTER)
    assert suppressed(TEXTER, OUR_NUMBER)
    assert services.suppressions.requeue_stale(older_than_seconds=0) == 1
    run_jobs()
    assert redis.zscore("optout:unapplied", TEXTER) is None


def test_latency_is_recorded_when_a_stop_is_applied(sms, run_jobs, services):
    sms("STOP")
    run_jobs()
    metrics = services.connections.redis.hgetall("optout:metrics")
    assert metrics["latency:count"] == "1"
    assert float(metrics["latency:sum"]) < 30
    assert services.connections.redis.zcard("optout:latency") == 1


def test_job_description_masks_the_number(sms, services):
    sms("STOP")
    job = services.queue.get_jobs()[0]
    assert TEXTER not in job.description and "+1617" in job.description
