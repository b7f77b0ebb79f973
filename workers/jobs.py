"""RQ jobs: thin wrappers over domain functions, taking plain data.

The web process enqueues them by dotted path (``"workers.jobs.apply_shard"``) and never
imports this module. A job runs on the services of its worker (``use_services``), or on
services built from the environment once per process (an ``rq worker`` started by hand).
Exceptions propagate, so RQ records the failure and retries.
"""

from __future__ import annotations

import threading

import requests
import sqlalchemy

from app.archive import archive_for, archive_now
from app.archive.history import shard_events_after
from app.archive.status import is_unreachable, mark_reachable, mark_unreachable, plain_reason
from app.bootstrap import Services, build_services
from app.carriers import send_reply
from app.consent.capture import expire
from app.errors import ArchiveFailed, ArchiveNotReady
from app.events.delivery import deliver
from app.events.scheduling import CLAIM_SECONDS, JOB_BUDGET_SECONDS
from app.lists.imports import ImportedRanges
from app.lists.upload import SavedUploads, record_saved_upload
from app.messaging.confirmations import ReplyReport, record_reply_report
from app.messaging.inbound import now_iso
from app.messaging.outbound import ProviderReply
from config import get_settings
from workers.schedules import schedule_next

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
    job changes nothing twice.
    """
    report = job_services().suppressions.apply_shard(shard)
    return {"applied": report.applied, "pending_cleared": report.pending_cleared}


def send_provider_reply(**reply: str) -> dict[str, object]:
    """Text the confirmation or HELP answer through the carrier's send API (the carriers
    that take no reply in the webhook response); a confirmation sent is put on record with
    the carrier's message id and the time its API took it."""
    svc = job_services()
    outgoing = ProviderReply(**reply)
    result = send_reply(svc.settings, svc.connections.redis, outgoing)
    if result.get("sent") and outgoing.confirms:
        record_reply_report(svc.ledger, ReplyReport(
            outgoing.provider, outgoing.to, outgoing.confirms, str(result.get("id") or ""),
            "accepted", outgoing.channel, sent_at=now_iso()))
    return result


def deliver_events(target: str, token: str) -> dict[str, object]:
    """Deliver consent events to one target (a webhook endpoint, a provider's list) for a
    while, holding its job flag (``token``); the next sweep asks for more if some are left.
    """
    svc = job_services()
    outbox, targets = svc.events
    try:
        if not outbox.holds(target, token, CLAIM_SECONDS):
            return {"skipped": "another job holds this target"}
        archive = archive_for(svc.settings)
        ready = archive if archive.ready() else None
        with requests.Session() as session:
            chosen = targets.build(target, session)
            if chosen is None:
                return {"skipped": "no such target any more"}
            run = deliver(
                chosen, outbox,
                lambda shard, after, limit: shard_events_after(svc.ledger, ready, shard,
                                                                after, limit),
                shards=svc.connections.store.all_shards(),
                schedule=svc.settings.event_retry_seconds, budget_seconds=JOB_BUDGET_SECONDS,
                still_mine=lambda: outbox.holds(target, token, CLAIM_SECONDS))
        return {"delivered": run.delivered, "skipped": run.skipped, "failed": run.failed,
                "more": run.more}
    finally:
        outbox.release(target, token)


def expire_double_opt_in(number: str, pending_id: str) -> dict[str, str]:
    """Record that a double opt-in expired unconfirmed (if it still waits for its YES)."""
    result = expire(job_services().ledger, number, pending_id)
    return {"status": result.status if result else "not pending"}


def archive_events(*, reschedule: bool = True) -> dict[str, int]:
    """Copy new ledger events into the archive and trim Redis, then schedule the next run
    (even when this one failed: RQ records the failure, the chain goes on).

    Raises:
        ArchiveNotReady: the archive has no schema (``optout migrate`` was never run).
        ArchiveFailed: the database did not answer or refused the copy (said plainly: no
            SQL, no message bodies, which SQLAlchemy's own errors would carry into logs).
    """
    svc = job_services()
    settings = svc.settings
    try:
        archive = archive_for(settings)
        try:
            if not archive.ready():
                raise ArchiveNotReady(f"the archive at {archive.describe()} has no schema: "
                                      "run `optout migrate`")
            run = archive_now(archive, svc.ledger, hot_days=settings.ledger_hot_days,
                              erased=svc.suppressions.erased)
        except sqlalchemy.exc.SQLAlchemyError as exc:
            reason = plain_reason(exc)
            if is_unreachable(exc):
                mark_unreachable(svc.connections.redis, reason)
                raise ArchiveFailed(f"the archive at {archive.describe()} is unreachable: "
                                    f"{reason}") from None
            raise ArchiveFailed(f"the archive at {archive.describe()} refused the copy: "
                                f"{reason}") from None
        mark_reachable(svc.connections.redis)
        return run.as_dict()
    finally:
        if reschedule:
            schedule_next(svc.queue, svc.connections.redis, settings.archive_interval_seconds)


def record_console_upload(token: str) -> dict[str, int]:
    """Record the console upload ``token`` that its operator confirmed (resumable: a retry
    goes on from the first range not recorded)."""
    svc = job_services()
    return record_saved_upload(
        SavedUploads(svc.connections.redis), token, svc.ledger, svc.suppressions, svc.policy,
        ImportedRanges(svc.connections.store, svc.settings.message_dedupe_seconds))
