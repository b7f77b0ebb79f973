"""Where each target of consent events stands: its cursor per shard (in the consent store,
beside that shard's ledger, so a failover moves them together) and its delivery state (on
the queue Redis: failing since when, the next attempt, the last error, dead-lettered).

A target is ``webhook:<endpoint id>`` or ``sync:<provider>``. A cursor is the id of the last
event of the shard the target has had (or skipped as not wanted); a new target starts at
the shard's end, so it gets what happens from then on.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any, cast

import redis

from app.consent.events import split_id
from app.store.keys import EVENT_JOB, EVENT_STATE
from app.store.store import Store

START = "0-0"


@dataclass
class DeliveryState:
    """A target's delivery: ``failing_since`` and ``attempts`` while the head event keeps
    failing, ``next_attempt`` (epoch seconds) of the back-off, ``parked_at`` once it is
    dead-lettered, ``held`` (the event it stopped at) and what it last said."""

    attempts: int = 0
    failing_since: float = 0.0
    next_attempt: float = 0.0
    parked_at: float = 0.0
    held: str = ""
    last_error: str = ""
    delivered: int = 0
    last_delivered_at: float = 0.0

    @property
    def parked(self) -> bool:
        """Dead-lettered: no attempt until someone replays it."""
        return self.parked_at > 0

    def as_dict(self) -> dict[str, Any]:
        """JSON of the state: ``status`` is ``ok``, ``failing`` (retrying) or
        ``dead_lettered`` (waiting for a replay), with what the target last said."""
        def when(epoch: float) -> str | None:
            return datetime.fromtimestamp(epoch, UTC).isoformat(timespec="seconds") \
                if epoch else None

        status = "dead_lettered" if self.parked else "failing" if self.attempts else "ok"
        return {"status": status, "attempts": self.attempts,
                "failing_since": when(self.failing_since),
                "next_attempt": when(self.next_attempt) if status == "failing" else None,
                "dead_lettered_at": when(self.parked_at), "held_event": self.held or None,
                "last_error": self.last_error or None, "delivered": self.delivered,
                "last_delivered_at": when(self.last_delivered_at)}

    def due(self, now: float) -> bool:
        """Whether a delivery may be attempted at ``now``."""
        return not self.parked and now >= self.next_attempt


class Outbox:
    """Cursors and delivery state of every target."""

    def __init__(self, store: Store, client: redis.Redis) -> None:
        self.store = store
        self.client = client  # the queue Redis, decoding

    # -- cursors ---------------------------------------------------------------------------

    def cursors(self, target: str) -> dict[int, str | None]:
        """The target's cursor in each shard (None where it has none yet)."""
        layout = self.store.layout
        replies = self.store.pipeline_by_shard(
            self.store.all_shards(), lambda pipe, shard: pipe.hget(layout.outbox(shard), target))
        return {shard: cast(str | None, value) for shard, (value,) in sorted(replies.items())}

    def advance(self, target: str, shard: int, ledger_id: str) -> None:
        """Move the target's cursor in ``shard`` to ``ledger_id``."""
        key = self.store.layout.outbox(shard)
        self.store.retrying(lambda: self.store.node(shard).hset(key, target, ledger_id))

    def ends(self) -> dict[int, str]:
        """The id of the newest event ever added to each shard (``0-0`` for none), trimmed
        or not."""
        layout = self.store.layout
        replies = self.store.pipeline_by_shard(
            self.store.all_shards(),
            lambda pipe, shard: pipe.xrevrange(layout.ledger(shard), "+", "-", count=1))
        ends = {shard: entries[0][0] if entries else START
                for shard, (entries,) in replies.items()}
        for shard, end in ends.items():
            if end == START:  # empty, or everything trimmed: the stream remembers its last id
                ends[shard] = self._last_generated(shard)
        return ends

    def _last_generated(self, shard: int) -> str:
        stream = self.store.layout.ledger(shard)
        try:
            info = self.store.retrying(lambda: self.store.node(shard).xinfo_stream(stream))
        except redis.ResponseError:  # no such stream: nothing was ever recorded there
            return START
        return str(cast(dict[str, Any], info).get("last-generated-id") or START)

    def start_at_end(self, target: str) -> None:
        """Give the target a cursor at the end of every shard that has none."""
        missing = [shard for shard, cursor in self.cursors(target).items() if cursor is None]
        if not missing:
            return
        ends = self.ends()
        layout = self.store.layout
        self.store.pipeline_by_shard(
            missing, lambda pipe, shard: pipe.hsetnx(layout.outbox(shard), target, ends[shard]))

    def lagging(self, targets: Iterable[str]) -> set[str]:
        """Those of ``targets`` with an event past their cursor in some shard (a target with
        no cursor yet counts, so that it gets one)."""
        wanted = list(targets)
        if not wanted:
            return set()
        layout = self.store.layout
        ends = self.ends()
        replies = self.store.pipeline_by_shard(
            self.store.all_shards(),
            lambda pipe, shard: pipe.hmget(layout.outbox(shard), wanted))
        behind = set()
        for shard, (cursors,) in replies.items():
            for target, cursor in zip(wanted, cursors, strict=True):
                if cursor is None or split_id(cursor) < split_id(ends[shard]):
                    behind.add(target)
        return behind

    def forget(self, target: str) -> None:
        """Drop the target's cursors and state (its endpoint was deleted)."""
        layout = self.store.layout
        self.store.pipeline_by_shard(self.store.all_shards(),
                                     lambda pipe, shard: pipe.hdel(layout.outbox(shard), target))
        self.client.delete(EVENT_STATE + target)

    # -- delivery state --------------------------------------------------------------------

    def state(self, target: str) -> DeliveryState:
        """The target's delivery state."""
        raw = cast(dict[str, str], self.client.hgetall(EVENT_STATE + target))
        state = DeliveryState()
        for name, value in raw.items():
            if hasattr(state, name):
                kind = type(getattr(state, name))
                setattr(state, name, kind(value))
        return state

    def save(self, target: str, state: DeliveryState) -> None:
        """Store the target's delivery state."""
        values: dict[str | bytes, str | bytes] = {k: str(v) for k, v in asdict(state).items()}
        self.client.hset(EVENT_STATE + target, mapping=values)  # type: ignore[arg-type]

    def replay(self, target: str) -> DeliveryState:
        """Deliver again from where the target stopped, with a fresh back-off: a
        dead-lettered target is revived, a failing one tried at once."""
        state = self.state(target)
        state.attempts, state.failing_since, state.next_attempt, state.parked_at = 0, 0.0, 0.0, 0.0
        self.save(target, state)
        return state

    # -- one delivery job at a time --------------------------------------------------------

    def claim(self, target: str, token: str, seconds: int) -> bool:
        """Take the target's job flag for ``seconds`` (False: a job holds it)."""
        return bool(self.client.set(EVENT_JOB + target, token, nx=True, ex=seconds))

    def holds(self, target: str, token: str, seconds: int) -> bool:
        """Whether ``token`` still holds the flag; extends it by ``seconds`` if so."""
        if self.client.get(EVENT_JOB + target) != token:
            return False
        self.client.expire(EVENT_JOB + target, seconds)
        return True

    def release(self, target: str, token: str) -> None:
        """Drop the flag if ``token`` holds it."""
        if self.client.get(EVENT_JOB + target) == token:
            self.client.delete(EVENT_JOB + target)


def now() -> float:
    """Epoch seconds (one clock for the delivery state)."""
    return time.time()
