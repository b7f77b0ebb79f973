"""The worker entry point: ``optout worker`` (or ``python -m workers.worker``).

A ``SimpleWorker`` runs jobs in its own process instead of forking one per job: our jobs are
a few Redis round trips, and forking cost four times their run time (measured: 93 vs 395
jobs/s). The scheduler runs alongside, for retries with back-off; it is told to die with its
worker, so a SIGKILLed worker leaves no scheduler behind holding the lock.

A Redis outage does not end the worker: RQ's own loop retries while it waits for a job, and
where RQ gives up (a connection error while running a job or a heartbeat), the worker starts
a fresh RQ worker once Redis answers again, waiting longer after each failure.

RQ listens for commands (stop a job, shut down) on a pubsub channel, in a thread; the worker
stops that thread itself, so that no exit waits on it (``OptoutWorker.unsubscribe``).

Beside RQ's loop a thread beats the worker's heartbeat and sweeps the store: a shard with
events unapplied for longer than REQUEUE_STALE_SECONDS (a lost job, a crash between record
and enqueue, a job held by a killed worker) gets a new job within seconds, and so does every
target of consent events (a webhook endpoint, a provider's list) with events to take.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import os
import signal
import threading
import time
from multiprocessing.util import register_after_fork

import redis
from redis.client import PubSubWorkerThread
from rq import Queue, SimpleWorker
from rq.job import Job

from app.bootstrap import Services, build_services, check_store
from app.consent.applying import sweep
from app.errors import StoreUnavailable
from app.events.scheduling import request_deliveries
from app.logs import QuietJobs, configure_logging
from app.monitoring.heartbeats import heartbeat
from config import Settings, get_settings
from workers.jobs import use_services
from workers.schedules import ARCHIVE_DESCRIPTION, ensure_scheduled

log = logging.getLogger(__name__)

_PR_SET_PDEATHSIG = 1
MAX_OUTAGE_WAIT_SECONDS = 5.0
# How long an exit waits for the pubsub thread; it normally ends within milliseconds.
PUBSUB_STOP_SECONDS = 1.0


class _DieWithParent:
    """After multiprocessing forks a child (RQ's scheduler), ask Linux to send it SIGTERM
    when this process dies, however it dies. SIGTERM lets the scheduler release its lock."""

    def __init__(self) -> None:
        self.parent = os.getpid()
        register_after_fork(self, _DieWithParent.arm)

    def arm(self) -> None:
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
        except (OSError, AttributeError):  # not Linux: the worker's own stop still works
            return
        if os.getppid() != self.parent:  # the parent died before prctl took effect
            os.kill(os.getpid(), signal.SIGTERM)


_die_with_parent: _DieWithParent | None = None


class Sweeper(threading.Thread):
    """Beats the heartbeat of the running RQ worker and sweeps the store every
    SWEEP_INTERVAL_SECONDS; a Redis outage is logged and ridden out."""

    def __init__(self, services: Services) -> None:
        super().__init__(name="optout-sweeper", daemon=True)
        self.services = services
        self.worker_name: str | None = None
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.wait(self.services.settings.sweep_interval_seconds):
            self.once()

    def once(self) -> list[int]:
        """One beat and one sweep; returns the shards swept."""
        try:
            if self.worker_name:
                heartbeat(self.services.connections.redis, self.worker_name)
            swept = sweep(self.services.connections.store, self.services.apply_requests,
                          self.services.settings.requeue_stale_seconds)
            outbox, targets = self.services.events
            request_deliveries(self.services.queue, outbox, targets.names())
            return swept
        except (redis.RedisError, StoreUnavailable) as exc:
            log.warning("sweep skipped: %s", exc)
            return []


# RQ's per-job INFO lines for the periodic archive job, every minute for ever, at DEBUG.
QUIET = QuietJobs([ARCHIVE_DESCRIPTION])


class OptoutWorker(SimpleWorker):
    """RQ's SimpleWorker, with an exit that cannot wait a minute on its pubsub thread, and
    without an INFO line for each run of the periodic archive job."""

    def execute_job(self, job: Job, queue: Queue) -> None:
        """Run ``job``; RQ's lines about a periodic one go out at DEBUG."""
        with QUIET.running(job.description):
            super().execute_job(job, queue)

    def unsubscribe(self) -> None:
        """Stop listening for commands: end the pubsub thread, then close its connection.

        RQ sends UNSUBSCRIBE and only then tells the pubsub thread to stop. The thread waits
        in ``get_message(timeout=60)``; when it reads the UNSUBSCRIBE reply before the stop
        request lands, it is left with no channel, loops (still told to run) and waits the
        full 60 s for a subscription that never comes, while redis-py's ``stop()`` joins it
        with no timeout. A burst worker then exits a minute late, and so does a worker told
        to stop. Here the stop request comes first: the reply that wakes the thread finds it,
        and the thread ends at once. The join is bounded all the same: a thread still running
        (a socket that never answers) is a daemon, and closes its connection when it ends.
        """
        _stop_pubsub_thread(self, tell_redis=True)


def _stop_pubsub_thread(worker: SimpleWorker, *, tell_redis: bool) -> None:
    """End the worker's pubsub thread (``tell_redis``: UNSUBSCRIBE, which wakes it) and close
    its connection, waiting at most PUBSUB_STOP_SECONDS. See ``OptoutWorker.unsubscribe``."""
    thread: PubSubWorkerThread | None = getattr(worker, "pubsub_thread", None)
    pubsub = worker.pubsub
    if thread is None or pubsub is None:
        return
    # What stop() does first. Not stop() itself: in recent redis-py it also joins, unbounded.
    thread._running.clear()
    if tell_redis:
        with contextlib.suppress(redis.RedisError, OSError):
            pubsub.unsubscribe()
    thread.join(timeout=PUBSUB_STOP_SECONDS)
    if not thread.is_alive():
        with contextlib.suppress(redis.RedisError, OSError):
            pubsub.close()


def _stop_requested(worker: SimpleWorker) -> bool:
    """True when the RQ worker ended because it was told to (SIGINT/SIGTERM)."""
    return bool(getattr(worker, "_stop_requested", False)
                or getattr(worker, "_shutdown_requested_date", None) is not None)


def _exit_now(signum: int, frame: object) -> None:
    """Between two RQ workers there is no job to finish: stop at once."""
    raise SystemExit(0)


def _work_once(services: Services, settings: Settings, burst: bool,
               sweeper: Sweeper) -> SimpleWorker:
    """Sweep the store, then run one RQ worker until it returns."""
    worker = OptoutWorker([services.queue], connection=services.connections.queue_redis)
    sweeper.worker_name = worker.name
    sweeper.once()
    # RQ waits up to 60 s between reconnects while idle; Redis restarts in about one.
    worker.max_connection_wait_time = MAX_OUTAGE_WAIT_SECONDS
    try:
        worker.work(burst=burst, with_scheduler=True, logging_level=settings.log_level.upper())
    finally:
        _stop_leftovers(worker)
    return worker


def _stop_leftovers(worker: SimpleWorker) -> None:
    """What RQ stops only on a clean exit: after a Redis error the scheduler process and the
    pubsub thread are still running. Stop them without needing Redis."""
    scheduler = worker.scheduler
    if scheduler is not None and scheduler._process is not None and scheduler._process.is_alive():
        worker.stop_scheduler()
    thread = getattr(worker, "pubsub_thread", None)
    if thread is not None and thread.is_alive():
        _stop_pubsub_thread(worker, tell_redis=False)


def run_worker(settings: Settings | None = None, *, burst: bool = False) -> None:
    """Work the optout queue until stopped (or, with ``burst``, until it is empty).

    A Redis connection error or timeout never ends the worker: it waits (0.5 s, doubling up
    to 5 s) and starts working again.
    """
    global _die_with_parent
    settings = settings or get_settings()
    configure_logging(settings.log_level)
    rq_log = logging.getLogger("rq.worker")
    if QUIET not in rq_log.filters:
        rq_log.addFilter(QUIET)
    if _die_with_parent is None:
        _die_with_parent = _DieWithParent()
    services = build_services(settings)
    check_store(services)
    use_services(services)
    sweeper = Sweeper(services)
    if not burst:
        sweeper.start()
        try:  # the archive job's chain: copy events to SQL, trim Redis (idempotent to ask)
            ensure_scheduled(services.queue, services.connections.redis,
                             settings.archive_interval_seconds)
        except redis.RedisError as exc:
            log.warning("could not schedule the archive job: %s", exc)
    wait = 0.5
    try:
        while True:
            signal.signal(signal.SIGTERM, _exit_now)
            signal.signal(signal.SIGINT, _exit_now)
            started = time.monotonic()
            try:
                worker = _work_once(services, settings, burst, sweeper)
            except (redis.ConnectionError, redis.TimeoutError) as exc:
                log.warning("redis unavailable (%s); working again in %.1fs", exc, wait)
            else:
                if burst or _stop_requested(worker):
                    return
                log.warning("the RQ worker stopped (redis unavailable?); working again in "
                            "%.1fs", wait)
            signal.signal(signal.SIGTERM, _exit_now)
            signal.signal(signal.SIGINT, _exit_now)
            if time.monotonic() - started > 30:
                wait = 0.5  # it worked for a while: this is a new outage
            time.sleep(wait)
            wait = min(wait * 2, MAX_OUTAGE_WAIT_SECONDS)
    finally:
        sweeper.stopped.set()
        services.close()


def main() -> None:
    """Console entry point."""
    run_worker()


if __name__ == "__main__":
    main()
