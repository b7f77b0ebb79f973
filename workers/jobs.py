"""RQ jobs: thin wrappers over domain functions, taking plain data.

The web process enqueues them by dotted path (``"workers.jobs.apply_consent"``) and never
imports this module. A job builds its services on the Redis its worker serves, so the job
and the queue always agree on where the ledger lives.
"""

from __future__ import annotations

import threading

from rq import get_current_job

from app.archive.job import run_archive_job
from app.connections import Connections, decoded_twin
from app.services import Services, build_services
from config import get_settings

_lock = threading.Lock()
_services: dict[int, Services] = {}
_configured: Services | None = None


def use_services(services: Services | None) -> None:
    """Run jobs of this process on ``services`` (the worker entry point and tests set it)."""
    global _configured
    _configured = services


def job_services() -> Services:
    """The configured services, else services built for the running job's Redis (an
    ``rq worker`` started by hand), once per worker process and connection."""
    if _configured is not None:
        return _configured
    job = get_current_job()
    if job is None:
        raise RuntimeError("job_services() is only available inside an RQ job")
    queue_redis = job.connection
    key = id(queue_redis.connection_pool)
    with _lock:
        if key not in _services:
            settings = get_settings()
            main = decoded_twin(queue_redis)
            store_url = settings.suppression_redis_url
            separate = bool(store_url)
            store = main
            if separate and store_url:
                import redis

                store = redis.Redis.from_url(store_url, decode_responses=True)
            connections = Connections("", main, queue_redis, store, separate)
            _services[key] = build_services(settings, connections)
        return _services[key]


def apply_consent(number: str) -> dict[str, object]:
    """Apply every acknowledged consent event of ``number`` to the suppression list.

    Idempotent: it folds the number's whole history, so a retry, a duplicate or a late job
    changes nothing twice. Exceptions propagate so RQ records the failure and retries.
    """
    batch = job_services().suppressions.apply(number)
    result = batch.results[number]
    return {
        "projection": result.projection,
        "last_id": result.last_id,
        "pending_cleared": batch.pending_cleared,
    }


def archive_events() -> dict[str, int]:
    """Copy new ledger events into the archive, trim Redis, and schedule the next run
    (RQ's scheduler enqueues it; ``app.archive.schedule`` keeps the chain)."""
    return run_archive_job(job_services())
