"""Asking workers to apply recorded events, and finding what was never applied.

Applying works a shard at a time: one job folds every unapplied number of its shard, in
batches of one script call each. A shard has at most one job waiting: a flag in the shard
is taken by the record script (``SET NX``) when it marks a number unapplied and dropped
when the job starts, so a burst of STOPs on one shard enqueues one job, and a duplicate or a
repeat enqueues nothing.

Nothing here is needed for the promise (checks read the pending marks of the record); it
only keeps the projection, the latency figures and the dashboard current. A request that is
lost (a crash after the record, the queue Redis down) is found by the sweep, which every
worker runs every few seconds: a shard with a number unapplied for longer than
``REQUEUE_STALE_SECONDS`` gets a job whatever its flag says.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable
from typing import cast

import redis
from rq import Queue, Retry

from app.store.store import Store

log = logging.getLogger(__name__)

APPLY_JOB = "workers.jobs.apply_shard"


class ApplyRequests:
    """Enqueues apply jobs, at most one waiting per shard: the shard's apply-requested flag
    (in the store, taken by the record script itself, so asking costs no round trip) says
    one is waiting."""

    flag_seconds = 60

    def __init__(self, queue: Queue, store: Store, *, retry_intervals: list[int]) -> None:
        self.queue = queue
        self.store = store
        self.retry_intervals = retry_intervals or [0]

    def enqueue(self, shards: Iterable[int]) -> list[int]:
        """Enqueue a job for each of ``shards`` (whose flags the caller holds). Never raises
        for a queue outage: the events are recorded, and the sweep will find them."""
        wanted = sorted(set(shards))
        if not wanted:
            return []
        try:
            with self.queue.connection.pipeline(transaction=False) as pipe:
                for shard in wanted:
                    self.queue.enqueue_call(
                        APPLY_JOB, args=(shard,), description=f"apply shard {shard}",
                        retry=Retry(max=len(self.retry_intervals),
                                    interval=self.retry_intervals),
                        result_ttl=600, failure_ttl=30 * 24 * 3600, pipeline=pipe)
                pipe.execute()
            return wanted
        except redis.RedisError as exc:
            log.warning("could not enqueue apply jobs for shards %s (%s); the sweep will",
                        wanted, exc)
            return []

    def request(self, shards: Iterable[int], *, force: bool = False) -> list[int]:
        """Take the flags of ``shards`` that have none (``force``: all) and enqueue their
        jobs; returns the shards enqueued."""
        layout = self.store.layout
        replies = self.store.pipeline_by_shard(
            shards, lambda pipe, shard: pipe.set(layout.apply_requested(shard), "1",
                                                 nx=not force, ex=self.flag_seconds))
        return self.enqueue(shard for shard, (won,) in replies.items() if won)

    def started(self, shard: int) -> None:
        """A job of ``shard`` has started: events recorded from now on need a new one."""
        self.store.retrying(
            lambda: self.store.node(shard).delete(self.store.layout.apply_requested(shard)))


def stale_shards(store: Store, older_than_seconds: float) -> list[int]:
    """Shards holding a number whose events have waited longer than ``older_than_seconds``."""
    cutoff = (time.time() - older_than_seconds) * 1000
    replies = store.pipeline_by_shard(
        store.all_shards(),
        lambda pipe, shard: pipe.zrange(store.layout.unapplied(shard), 0, 0, withscores=True))
    return sorted(shard for shard, (oldest,) in replies.items()
                  if oldest and cast(list[tuple[str, float]], oldest)[0][1] <= cutoff)


def sweep(store: Store, requests: ApplyRequests, older_than_seconds: float) -> list[int]:
    """Enqueue a job for every shard with stale unapplied numbers; returns those shards."""
    shards = stale_shards(store, older_than_seconds)
    if shards:
        log.warning("sweep: shards %s have events unapplied for over %.0fs; re-enqueued",
                    shards, older_than_seconds)
        requests.request(shards, force=True)
    return shards
