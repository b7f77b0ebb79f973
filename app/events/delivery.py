"""Delivering consent events to a target, in ledger order, each once.

A delivery run reads each shard on from the target's cursor (Redis, or the archive for what
was trimmed), hands the events the target wants to it a batch at a time, and moves the
cursor past each batch it took. When the target fails (an HTTP 5xx, a timeout, a refused
connection, any answer that is not 2xx), the run stops there: the cursor stays on the
failed event, and the next attempt waits by the back-off schedule (``EVENT_RETRY_SECONDS``,
about 27 hours in all). Past the schedule the target is dead-lettered: nothing is tried
until someone replays it (the dashboard's button, ``optout events replay``), and then it
goes on from the same event. Nothing is lost meanwhile: the events wait in the ledger.

A crash after a receiver took an event but before the cursor moved sends that event again,
with the same id (``webhook-id``): receivers deduplicate by it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from app.events.outbox import DeliveryState, Outbox, now
from app.events.payload import outbound

log = logging.getLogger(__name__)

# Events read from a shard at a time.
READ_BATCH = 200
# The default back-off between attempts, seconds: the last one fails about 27.6 h after the
# first (Standard Webhooks' own suggestion), then the target is dead-lettered.
DEFAULT_SCHEDULE = (5, 300, 1800, 7200, 18000, 36000, 36000)

Reader = Callable[[int, str, int], list[dict[str, Any]]]


class DeliveryFailed(Exception):
    """The target did not take a batch; ``retry_after`` is what it asked for (seconds)."""

    def __init__(self, message: str, *, retry_after: float = 0.0, gone: bool = False) -> None:
        super().__init__(message)
        self.retry_after = retry_after
        self.gone = gone  # it said it is gone for good (410): dead-letter it at once


class Target(Protocol):
    """Where events go: a webhook endpoint, a provider's opt-out list."""

    name: str
    batch: int  # events it takes at once

    def wants(self, event: dict[str, Any]) -> bool:
        """Whether it takes this outbound event (a type it listens to)."""
        ...

    def fits(self, batch: Sequence[dict[str, Any]], event: dict[str, Any]) -> bool:
        """Whether ``event`` may join ``batch`` (a target whose API takes a batch in no
        particular order keeps two events of one number apart)."""
        ...

    def deliver(self, events: list[dict[str, Any]]) -> None:
        """Hand ``events`` over.

        Raises:
            DeliveryFailed: not taken; try again later.
        """
        ...


@dataclass
class DeliveryRun:
    """What one run did."""

    delivered: int = 0
    skipped: int = 0
    failed: str = ""
    more: bool = False  # it stopped for time, with events left
    shards: dict[int, int] = field(default_factory=dict)


def deliver(target: Target, outbox: Outbox, read: Reader, *, shards: range,
            schedule: Sequence[float] = DEFAULT_SCHEDULE, budget_seconds: float = 30.0,
            still_mine: Callable[[], bool] = lambda: True) -> DeliveryRun:
    """Deliver to ``target`` what it has not had yet, shard by shard, until it fails, all
    is delivered, or ``budget_seconds`` are spent (``more`` then says so).

    ``still_mine`` is asked before each batch: a run that lost its claim stops.
    """
    run = DeliveryRun()
    state = outbox.state(target.name)
    started = now()
    if not state.due(started):
        return run
    outbox.start_at_end(target.name)
    for shard, cursor in outbox.cursors(target.name).items():
        position = cursor or "0-0"
        while True:
            if now() - started > budget_seconds or not still_mine():
                run.more = True
                return _finish(outbox, target, state, run)
            entries = read(shard, position, READ_BATCH)
            if not entries:
                break
            batch: list[dict[str, Any]] = []
            for entry in entries:
                event = outbound(entry)
                if event is None or not target.wants(event):
                    run.skipped += 1
                    continue
                if batch and (len(batch) >= target.batch or not target.fits(batch, event)):
                    if not _hand_over(target, outbox, state, run, shard, batch, schedule):
                        return _finish(outbox, target, state, run)
                    batch = []
                batch.append(event)
            if batch and not _hand_over(target, outbox, state, run, shard, batch, schedule):
                return _finish(outbox, target, state, run)
            position = str(entries[-1]["id"])
            outbox.advance(target.name, shard, position)  # past what it did not want, too
    return _finish(outbox, target, state, run)


def _hand_over(target: Target, outbox: Outbox, state: DeliveryState, run: DeliveryRun,
               shard: int, batch: list[dict[str, Any]], schedule: Sequence[float]) -> bool:
    """Deliver one batch; on success move the cursor past it. False when it failed."""
    try:
        target.deliver(batch)
    except DeliveryFailed as exc:
        _failed(target, state, batch[0]["id"], exc, schedule)
        run.failed = str(exc)
        return False
    outbox.advance(target.name, shard, batch[-1]["data"]["ledger_id"])
    run.delivered += len(batch)
    run.shards[shard] = run.shards.get(shard, 0) + len(batch)
    state.delivered += len(batch)
    state.last_delivered_at = now()
    if state.attempts or state.held:
        log.info("events: %s takes events again after %d failed attempts",
                 target.name, state.attempts)
        state.attempts, state.failing_since, state.next_attempt = 0, 0.0, 0.0
        state.held, state.last_error = "", ""
    return True


def _failed(target: Target, state: DeliveryState, event_id: str, exc: DeliveryFailed,
            schedule: Sequence[float]) -> None:
    moment = now()
    if not state.attempts:
        state.failing_since = moment
    state.attempts += 1
    state.held = event_id
    state.last_error = str(exc)[:500]
    if exc.gone or state.attempts > len(schedule):
        state.parked_at = moment
        log.error("events: %s dead-lettered after %d attempts (%s); events from %s wait "
                  "for a replay", target.name, state.attempts, state.last_error, event_id)
        return
    delay = max(float(schedule[state.attempts - 1]), min(exc.retry_after, 3600.0))
    state.next_attempt = moment + delay
    log.warning("events: %s failed (%s); attempt %d in %.0fs", target.name,
                state.last_error, state.attempts + 1, delay)


def _finish(outbox: Outbox, target: Target, state: DeliveryState, run: DeliveryRun
            ) -> DeliveryRun:
    outbox.save(target.name, state)
    return run


def due_targets(outbox: Outbox, targets: Sequence[str]) -> list[str]:
    """Those of ``targets`` that have events to take and may be tried now."""
    moment = now()
    ready = [t for t in targets if outbox.state(t).due(moment)]
    behind = outbox.lagging(ready)
    return [t for t in ready if t in behind]
