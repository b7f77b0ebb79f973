"""The archive job's schedule, kept by RQ's own scheduler: each run enqueues the next.

``ensure_scheduled`` starts the chain (``optout run`` calls it at start, and so may a
worker); it does nothing while a run is already scheduled, queued or running. Two chains
would do no harm (copying is idempotent and the cursor lives in the database), only waste.
"""

from __future__ import annotations

import logging
from datetime import timedelta

import redis
from rq import Queue
from rq.exceptions import NoSuchJobError
from rq.job import Job, JobStatus

from app.store.keys import ARCHIVE_NEXT, ARCHIVE_SCHEDULE_LOCK

log = logging.getLogger(__name__)

ARCHIVE_JOB = "workers.jobs.archive_events"
ARCHIVE_DESCRIPTION = "copy new consent events into the archive; trim Redis"
_LIVE = {JobStatus.SCHEDULED, JobStatus.QUEUED, JobStatus.STARTED, JobStatus.DEFERRED}


def schedule_next(queue: Queue, client: redis.Redis, interval_seconds: float) -> Job:
    """Schedule the next archive run ``interval_seconds`` from now."""
    job = queue.enqueue_in(
        timedelta(seconds=interval_seconds), ARCHIVE_JOB,
        description=ARCHIVE_DESCRIPTION,
        result_ttl=600, failure_ttl=7 * 24 * 3600,
    )  # fmt: skip
    client.set(ARCHIVE_NEXT, job.id)
    return job


def ensure_scheduled(queue: Queue, client: redis.Redis, interval_seconds: float) -> str | None:
    """Start the archive chain unless one is live; returns the new job id, or None."""
    if not client.set(ARCHIVE_SCHEDULE_LOCK, "1", nx=True, ex=30):
        return None  # someone else is deciding right now
    try:
        current = client.get(ARCHIVE_NEXT)
        if current:
            try:
                job = Job.fetch(str(current), connection=queue.connection)
                if job.get_status(refresh=False) in _LIVE:
                    return None
            except NoSuchJobError:
                pass
        job = schedule_next(queue, client, interval_seconds)
        log.info("archive job scheduled every %ss", interval_seconds)
        return job.id
    finally:
        client.delete(ARCHIVE_SCHEDULE_LOCK)
