"""Worker heartbeats on the queue Redis: a worker is alive while its beat is fresh.

RQ keeps a killed worker's record for minutes; a beat written by the worker's own sweeper
thread stops the moment the process dies, so health counts only workers that beat lately.
"""

from __future__ import annotations

import time

import redis

from app.store.keys import HEARTBEATS

HEARTBEAT_FRESH_SECONDS = 10.0


def heartbeat(queue_client: redis.Redis, worker_name: str) -> None:
    """Say that ``worker_name`` is alive now (its sweep thread calls this every few seconds)."""
    now = time.time()
    with queue_client.pipeline(transaction=False) as pipe:
        pipe.zadd(HEARTBEATS, {worker_name: now})
        pipe.zremrangebyscore(HEARTBEATS, "-inf", now - 3600)
        pipe.execute()


def fresh_workers(queue_client: redis.Redis) -> set[str]:
    """Names of the workers that beat within ``HEARTBEAT_FRESH_SECONDS``."""
    since = time.time() - HEARTBEAT_FRESH_SECONDS
    names = queue_client.zrangebyscore(HEARTBEATS, since, "+inf")
    return {n.decode() if isinstance(n, bytes) else str(n) for n in names}
