"""The FCC clock, watched: opt-outs acknowledged but not yet applied, and any that would miss
their 10-business-day deadline.

An opt-out is enforced at acknowledgement (its pending mark), so missing the deadline is
impossible by design; what can go wrong is a pending mark that no worker ever clears. Health,
/metrics and the dashboard count the pending opt-outs older than PENDING_OPT_OUT_SECONDS, and
those within AT_RISK_SECONDS of their deadline (``app.consent.clocks``, in the number's
time zone) or past it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any, cast

import redis

from app.consent.clocks import clock_zones, deadline, zone_infos
from app.phone import time_zones
from app.store.store import Store

PENDING_OPT_OUT_SECONDS = 60
AT_RISK_SECONDS = 24 * 3600  # less than a day left before the deadline
# No deadline is nearer than this after receipt (10 business days are at least 12 days):
# younger marks need no deadline computed.
_NO_RISK_BEFORE_SECONDS = 9 * 24 * 3600
SCAN_PER_SHARD = 10_000  # pending marks read per shard and look (normally none are there)


@dataclass
class OptOutClock:
    """Pending opt-outs against their clocks (``next_deadline``: the earliest, ISO UTC, of
    those old enough to have one near)."""

    pending: int = 0
    over_threshold: int = 0
    oldest_seconds: float = 0.0
    near_deadline: int = 0
    past_deadline: int = 0
    next_deadline: str | None = None
    threshold_seconds: int = PENDING_OPT_OUT_SECONDS

    def as_dict(self) -> dict[str, Any]:
        """Plain data for JSON."""
        out = asdict(self)
        out["oldest_seconds"] = round(self.oldest_seconds, 1)
        return out


def _oldest_ms(mark: str) -> int:
    """The oldest acknowledgement in a pending mark ``"code@id,code@id"``."""
    return min(int(part.split("@", 1)[1].split("-", 1)[0]) for part in mark.split(",")
               if "@" in part)


def opt_out_clock(store: Store, now: float) -> OptOutClock:
    """Read every shard's pending marks (up to SCAN_PER_SHARD each) against ``now``."""
    layout = store.layout

    def add(pipe: redis.client.Pipeline, shard: int) -> None:
        pipe.hscan(layout.pending(shard), 0, count=SCAN_PER_SHARD)

    clock = OptOutClock()
    soonest: datetime | None = None
    for (reply,) in store.pipeline_by_shard(store.all_shards(), add).values():
        _, marks = cast(tuple[int, dict[str, str]], reply)
        for number, mark in marks.items():
            received_ms = _oldest_ms(mark)
            age = max(now - received_ms / 1000, 0.0)
            clock.pending += 1
            clock.oldest_seconds = max(clock.oldest_seconds, age)
            if age > PENDING_OPT_OUT_SECONDS:
                clock.over_threshold += 1
            if age < _NO_RISK_BEFORE_SECONDS:
                continue
            received = datetime.fromtimestamp(received_ms / 1000, UTC)
            due = deadline(received, zone_infos(clock_zones(time_zones(number))))
            left = due.timestamp() - now
            if left < 0:
                clock.past_deadline += 1
            elif left < AT_RISK_SECONDS:
                clock.near_deadline += 1
            soonest = due if soonest is None else min(soonest, due)
    clock.next_deadline = soonest.isoformat(timespec="seconds") if soonest else None
    return clock
