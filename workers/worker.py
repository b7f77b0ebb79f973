"""The worker entry point: ``optout worker`` (or ``python -m workers.worker``).

A ``SimpleWorker`` runs jobs in its own process instead of forking one per job: our jobs are
a few Redis round trips, and forking cost four times their run time (NOTES.md: 93 vs 395
jobs/s). The scheduler runs alongside, for retries with back-off. Beside RQ's loop a thread
beats the worker's heartbeat and sweeps the store: a shard with events unapplied for longer
than REQUEUE_STALE_SECONDS (a lost job, a crash between record and enqueue, a job held by a
killed worker) gets a new job within seconds.
"""

from __future__ import annotations

import logging
import threading

import redis
from rq import SimpleWorker

from app.apply import heartbeat, sweep
from app.archive.schedule import ensure_scheduled
from app.exceptions import StoreUnavailable
from app.logs import configure_logging
from app.services import Services, build_services, check_store
from config import Settings, get_settings
from workers.jobs import use_services

log = logging.getLogger(__name__)


class Sweeper(threading.Thread):
    """Beats the heartbeat of ``worker_name`` and sweeps the store every ``interval`` s."""

    def __init__(self, services: Services, worker_name: str) -> None:
        super().__init__(name="optout-sweeper", daemon=True)
        self.services = services
        self.worker_name = worker_name
        self.stopped = threading.Event()

    def run(self) -> None:
        settings = self.services.settings
        while not self.stopped.wait(settings.sweep_interval_seconds):
            self.once()

    def once(self) -> list[int]:
        """One beat and one sweep; a Redis outage is logged and ridden out."""
        try:
            heartbeat(self.services.connections.redis, self.worker_name)
            return sweep(self.services.connections.store, self.services.apply_requests,
                         self.services.settings.requeue_stale_seconds)
        except (redis.RedisError, StoreUnavailable) as exc:
            log.warning("sweep skipped: %s", exc)
            return []


def run_worker(settings: Settings | None = None, *, burst: bool = False) -> None:
    """Work the optout queue until stopped (or, with ``burst``, until it is empty)."""
    settings = settings or get_settings()
    configure_logging(settings.log_level)
    services = build_services(settings)
    check_store(services)
    use_services(services)
    worker = SimpleWorker([services.queue], connection=services.connections.queue_redis)
    sweeper = Sweeper(services, worker.name)
    sweeper.once()
    if not burst:
        try:  # the archive job's chain: copy events to SQL, trim Redis (idempotent to ask)
            ensure_scheduled(services.queue, services.connections.redis,
                             settings.archive_interval_seconds)
        except redis.RedisError as exc:
            log.warning("could not schedule the archive job: %s", exc)
    if not burst:
        sweeper.start()
    try:
        worker.work(burst=burst, with_scheduler=True, logging_level=settings.log_level.upper())
    finally:
        sweeper.stopped.set()
        services.close()


def main() -> None:
    """Console entry point."""
    run_worker()


if __name__ == "__main__":
    main()
