"""The worker entry point: ``optout worker`` (or ``python -m workers.worker``).

A ``SimpleWorker`` runs jobs in its own process instead of forking one per job: our jobs are
a few Redis round trips, and forking cost four times their run time (NOTES.md: 93 vs 395
jobs/s). The scheduler runs alongside, for retries with back-off.
"""

from __future__ import annotations

import logging

from rq import SimpleWorker

from app.logs import configure_logging
from app.services import build_services
from config import Settings, get_settings
from workers.jobs import use_services

log = logging.getLogger(__name__)


def run_worker(settings: Settings | None = None, *, burst: bool = False) -> None:
    """Work the optout queue until stopped (or, with ``burst``, until it is empty)."""
    settings = settings or get_settings()
    configure_logging(settings.log_level)
    services = build_services(settings)
    use_services(services)
    try:
        requeued = services.suppressions.requeue_stale(settings.requeue_stale_seconds)
        if requeued:
            log.warning("re-enqueued %d numbers whose events were never applied", requeued)
        worker = SimpleWorker([services.queue], connection=services.connections.queue_redis)
        worker.work(burst=burst, with_scheduler=True, logging_level=settings.log_level.upper())
    finally:
        services.close()


def main() -> None:
    """Console entry point."""
    run_worker()


if __name__ == "__main__":
    main()
