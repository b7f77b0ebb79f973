"""Counters and figures read across the store's shards, and the review queue.

Events count themselves inside the record script, on their shard; texts that record nothing
(help, ordinary conversation) and API checks count on the queue Redis. Readers (/metrics,
/ops) add the shards up, pipelined per node.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass
from typing import cast

import redis

from app.store.keys import HOURLY, METRICS
from app.store.store import Store


def hour_of(now: float) -> str:
    """The UTC hour ``YYYYMMDDHH`` of a timestamp."""
    return time.strftime("%Y%m%d%H", time.gmtime(now))


class Counters:
    """Counters on the queue Redis, and the sums over the store's shards."""

    def __init__(self, queue_client: redis.Redis, store: Store) -> None:
        self.redis = queue_client
        self.store = store

    def count_checks(self, *, requests: int, numbers: int) -> None:
        """Count suppression checks for the metrics."""
        with self.redis.pipeline(transaction=False) as pipe:
            pipe.hincrby(METRICS, "checks:requests", requests)
            pipe.hincrby(METRICS, "checks:numbers", numbers)
            pipe.execute()

    def count_message(self, intent: str, *, reply: str | None = None) -> None:
        """Count an inbound text that records no consent event (help, conversation)."""
        hour_key = HOURLY + hour_of(time.time())
        with self.redis.pipeline(transaction=False) as pipe:
            pipe.hincrby(METRICS, f"events:{intent}:new", 1)
            if reply:
                pipe.hincrby(METRICS, f"replies:{reply}", 1)
            pipe.hincrby(hour_key, intent, 1)
            pipe.expire(hour_key, 172800)
            pipe.execute()

    def totals(self) -> dict[str, float]:
        """Every counter, summed over the queue Redis and the store's shards."""
        out: dict[str, float] = {}
        layout = self.store.layout
        for name, value in cast(dict[str, str], self.redis.hgetall(METRICS)).items():
            out[name] = out.get(name, 0.0) + float(value)
        replies = self.store.pipeline_by_shard(
            self.store.all_shards(), lambda pipe, shard: pipe.hgetall(layout.metrics(shard)))
        for (counters,) in replies.values():
            for name, value in cast(dict[str, str], counters).items():
                out[name] = out.get(name, 0.0) + float(value)
        return out

    def hourly(self, hours: list[str]) -> list[dict[str, int]]:
        """Counts by intent for each UTC hour in ``hours``, summed over everything."""
        layout = self.store.layout
        sums = [Counter[str]() for _ in hours]
        with self.redis.pipeline(transaction=False) as pipe:
            for hour in hours:
                pipe.hgetall(HOURLY + hour)
            for total, counts in zip(sums, pipe.execute(), strict=True):
                total.update({k: int(v) for k, v in counts.items()})
        replies = self.store.pipeline_by_shard(
            self.store.all_shards(),
            lambda pipe, shard: [pipe.hgetall(layout.hourly(shard, h)) for h in hours])
        for per_hour in replies.values():
            for total, counts in zip(sums, per_hour, strict=True):
                total.update({k: int(v) for k, v in counts.items()})
        return [dict(total) for total in sums]


@dataclass
class StoreFigures:
    """What the store holds that is not applied yet, and the recent latency samples."""

    pending: int
    unapplied: int
    oldest_unapplied_ms: float | None
    latencies: list[float]


def store_figures(store: Store, since_ms: float) -> StoreFigures:
    """Pending marks, unapplied numbers (and the oldest) and latency samples since
    ``since_ms``, over every shard."""
    layout = store.layout

    def add(pipe: redis.client.Pipeline, shard: int) -> None:
        pipe.hlen(layout.pending(shard))
        pipe.zcard(layout.unapplied(shard))
        pipe.zrange(layout.unapplied(shard), 0, 0, withscores=True)
        pipe.zrangebyscore(layout.latency(shard), since_ms, "+inf")

    figures = StoreFigures(0, 0, None, [])
    for pending, unapplied, oldest, samples in store.pipeline_by_shard(
            store.all_shards(), add).values():
        figures.pending += int(pending)
        figures.unapplied += int(unapplied)
        if oldest:
            score = float(oldest[0][1])
            if figures.oldest_unapplied_ms is None or score < figures.oldest_unapplied_ms:
                figures.oldest_unapplied_ms = score
        figures.latencies += [float(s.rsplit(":", 1)[1]) for s in samples]
    return figures
