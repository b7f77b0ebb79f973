"""Counters and figures read across the store's shards, and the review queue.

Events count themselves inside the record script, on their shard; texts that record nothing
(help, ordinary conversation) and API checks count on the queue Redis. Readers (/metrics,
/ops) add the shards up, pipelined per node.
"""

from __future__ import annotations

import math
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import cast

import redis

from app.consent.suppression import LATENCY_SLOTS_PER_DECADE
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
class LatencyHistogram:
    """STOP-to-enforced latencies counted per slot (``LATENCY_SLOTS_PER_DECADE`` a power of
    ten, about 12% wide): the store keeps counts, never one sample per STOP."""

    counts: Counter[int] = field(default_factory=Counter)

    def __len__(self) -> int:
        return sum(self.counts.values())

    def add(self, slot: int, count: int) -> None:
        """Count ``count`` more latencies in ``slot``."""
        self.counts[slot] += count

    @staticmethod
    def upper_bound(slot: int) -> float:
        """The largest latency (seconds) that slot ``slot`` holds."""
        return 10 ** (slot / LATENCY_SLOTS_PER_DECADE) / 1000

    def percentile(self, p: float) -> float | None:
        """The p-th percentile (nearest rank), as its slot's upper bound in seconds (at most
        about 12% above the latency itself); None when nothing was counted."""
        total = len(self)
        if not total:
            return None
        rank = max(math.ceil(p / 100 * total), 1)
        seen = 0
        for slot in sorted(self.counts):
            seen += self.counts[slot]
            if seen >= rank:
                return round(self.upper_bound(slot), 4)
        raise AssertionError("unreachable: the ranks add up to the total")


@dataclass
class StoreFigures:
    """What the store holds that is not applied yet, and the recent latencies."""

    pending: int
    unapplied: int
    oldest_unapplied_ms: float | None
    latencies: LatencyHistogram


def store_figures(store: Store, since_ms: float) -> StoreFigures:
    """Pending marks, unapplied numbers (and the oldest) and the latencies counted since the
    minute of ``since_ms``, over every shard."""
    layout = store.layout

    def add(pipe: redis.client.Pipeline, shard: int) -> None:
        pipe.hlen(layout.pending(shard))
        pipe.zcard(layout.unapplied(shard))
        pipe.zrange(layout.unapplied(shard), 0, 0, withscores=True)
        pipe.hgetall(layout.latency(shard))

    since_minute = math.floor(since_ms / 60000) if math.isfinite(since_ms) else math.inf
    figures = StoreFigures(0, 0, None, LatencyHistogram())
    for pending, unapplied, oldest, counts in store.pipeline_by_shard(
            store.all_shards(), add).values():
        figures.pending += int(pending)
        figures.unapplied += int(unapplied)
        if oldest:
            score = float(oldest[0][1])
            if figures.oldest_unapplied_ms is None or score < figures.oldest_unapplied_ms:
                figures.oldest_unapplied_ms = score
        for name, count in counts.items():
            minute, _, slot = str(name).partition(":")
            if slot and int(minute) >= since_minute:
                figures.latencies.add(int(slot), int(count))
    return figures
