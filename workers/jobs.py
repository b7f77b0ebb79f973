"""RQ jobs: thin wrappers over domain functions, taking plain data.

The web process enqueues them by dotted path (``"workers.jobs.apply_shard"``) and never
imports this module. A job runs on the services of its worker (``use_services``), or on
services built from the environment once per process (an ``rq worker`` started by hand).
"""

from __future__ import annotations

import threading

from app.archive.job import run_archive_job
from app.provider_replies import ProviderReply, send_reply
from app.services import Services, build_services
from config import get_settings

_lock = threading.Lock()
_configured: Services | None = None


def use_services(services: Services | None) -> None:
    """Run jobs of this process on ``services`` (the worker entry point and tests set it)."""
    global _configured
    _configured = services


def job_services() -> Services:
    """The configured services, else services built from the environment, once."""
    global _configured
    with _lock:
        if _configured is None:
            _configured = build_services(get_settings())
        return _configured


def apply_shard(shard: int) -> dict[str, int]:
    """Apply every unapplied number of one shard of the store to the suppression list.

    Idempotent: each number's whole history is folded, so a retry, a duplicate or a late
    job changes nothing twice. Exceptions propagate so RQ records the failure and retries.
    """
    report = job_services().suppressions.apply_shard(shard)
    return {"applied": report.applied, "pending_cleared": report.pending_cleared}


def send_provider_reply(**reply: str) -> dict[str, object]:
    """Text the confirmation or HELP answer through Telnyx's or Vonage's send API (the
    carriers that take no reply in the webhook response). Raises so RQ retries a carrier
    that could not be reached."""
    svc = job_services()
    return send_reply(svc.settings, svc.connections.redis, ProviderReply(**reply))


def archive_events() -> dict[str, int]:
    """Copy new ledger events into the archive, trim Redis, and schedule the next run
    (RQ's scheduler enqueues it; ``app.archive.schedule`` keeps the chain)."""
    return run_archive_job(job_services())
