"""Asking workers to deliver: one RQ job per target at a time.

Every worker's sweep (every SWEEP_INTERVAL_SECONDS) asks which targets have events past
their cursor and may be tried now, takes each one's job flag and enqueues its job. The flag
(``EVENT_JOB`` + target, holding the job's token) keeps a second job of the same target from
running beside the first, which would send events twice or out of order; the job extends it
as it goes and drops it at the end, and a job that dies lets it lapse.
"""

from __future__ import annotations

import logging
import uuid

import redis
from rq import Queue

from app.events.delivery import due_targets
from app.events.outbox import Outbox

log = logging.getLogger(__name__)

DELIVER_JOB = "workers.jobs.deliver_events"
# How long a job's claim lasts without being extended: longer than one request can take.
CLAIM_SECONDS = 120
# How long one job delivers before it makes way (the next sweep enqueues the rest).
JOB_BUDGET_SECONDS = 30.0


def request_deliveries(queue: Queue, outbox: Outbox, targets: list[str]) -> list[str]:
    """Enqueue a delivery job for each of ``targets`` that is due and has no job; returns
    those enqueued. A queue or store outage is logged, not raised: the next sweep asks
    again."""
    try:
        due = due_targets(outbox, targets)
        enqueued = []
        for target in due:
            token = uuid.uuid4().hex
            if outbox.claim(target, token, CLAIM_SECONDS):
                queue.enqueue_call(DELIVER_JOB, args=(target, token),
                                   description=f"deliver consent events to {target}",
                                   result_ttl=600, failure_ttl=7 * 24 * 3600,
                                   timeout=int(JOB_BUDGET_SECONDS) + 60)
                enqueued.append(target)
        return enqueued
    except redis.RedisError as exc:
        log.warning("could not ask for event deliveries (%s); the next sweep will", exc)
        return []
