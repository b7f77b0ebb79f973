"""What the person on call needs, read through RQ's own registries and our consent keys.

Status (``/ops/health.json``, the dashboard's banner):

* ``down``: Redis does not answer (nothing can be recorded; webhooks answer 503).
* ``degraded``: any check below fails. Opt-outs are still enforced (pending marks), but
  something needs a person: no worker alive (a worker is alive while its heartbeat is
  fresher than HEARTBEAT_FRESH_SECONDS); the oldest queued job waited over
  OLDEST_JOB_SECONDS; failed jobs exist; an acknowledged event waited over
  OLDEST_UNAPPLIED_SECONDS to be applied; an opt-out is pending (acknowledged, enforced, not
  applied) for over PENDING_OPT_OUT_SECONDS; an opt-out is within a day of its FCC
  deadline, or past it, while still pending (``app.monitoring.clocks``); the archive
  database has not answered since some time (``app.archive.status``).
* ``ok``: every check passes.
"""

from __future__ import annotations

import math
import re
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import redis
from rq import Queue, Worker
from rq.job import Job
from rq.registry import FailedJobRegistry, ScheduledJobRegistry, StartedJobRegistry
from rq.worker import BaseWorker

from app.consent.review import ReviewQueue
from app.monitoring.clocks import PENDING_OPT_OUT_SECONDS, opt_out_clock
from app.monitoring.counters import Counters, hour_of, store_figures
from app.monitoring.heartbeats import fresh_workers
from app.phone import mask_number
from app.store.store import Store

OLDEST_JOB_SECONDS = 60
OLDEST_UNAPPLIED_SECONDS = 60
HOURS_SHOWN = 24
INTENTS = ("opt_out", "opt_in", "help", "review", "undeliverable", "none")


@dataclass(frozen=True)
class Watched:
    """What the figures are read from: the queue, the queue Redis (a decoding client), the
    consent store, the counters and the review queue."""

    queue: Queue
    queue_client: redis.Redis
    store: Store
    counters: Counters
    reviews: ReviewQueue


@dataclass(frozen=True)
class Check:
    """One health rule and whether it holds now."""

    name: str
    ok: bool
    detail: str


def percentile(values: list[float], p: float) -> float | None:
    """The p-th percentile (nearest rank) of ``values``, or None when empty."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(math.ceil(p / 100 * len(ordered)), 1)
    return ordered[min(rank, len(ordered)) - 1]


def status_of(checks: list[Check]) -> str:
    """``ok`` when every check holds, else ``degraded``."""
    return "ok" if all(c.ok for c in checks) else "degraded"


def collect(
    watched: Watched, *, failed_limit: int = 50, review_limit: int = 100,
    now: float | None = None,
) -> dict[str, Any]:
    """Every figure of the dashboard as plain JSON data (``now``: the clock, for tests).
    Redis errors propagate ("down")."""
    now = time.time() if now is None else now
    queue = watched.queue

    oldest_ids = queue.get_job_ids(0, 1)  # (offset, length): the head of the list
    oldest = Job.fetch(oldest_ids[0], connection=queue.connection) if oldest_ids else None
    oldest_age = (now - oldest.enqueued_at.timestamp()) if oldest and oldest.enqueued_at else 0.0
    workers = alive_workers(watched)
    failed = FailedJobRegistry(queue=queue)
    failed_jobs = []
    for job_id in failed.get_job_ids(0, failed_limit - 1, desc=True):
        job = queue.fetch_job(job_id)
        if job is None:
            continue
        result = job.latest_result()
        failed_jobs.append({
            "id": job.id,
            "job": _job_name(job),
            "description": job.description,
            "failed_at": job.ended_at.isoformat() if job.ended_at else None,
            "error": _last_line(result.exc_string if result else None),
        })
    from app.archive.status import unreachable  # the archive's SQLAlchemy: health only

    archive_down = unreachable(watched.queue_client)

    figures = store_figures(watched.store, (now - 3600) * 1000)
    hourly = watched.counters.hourly(_hours(now))
    oldest_ms = figures.oldest_unapplied_ms
    unapplied_age = max(now - oldest_ms / 1000, 0.0) if oldest_ms is not None else 0.0
    latencies = figures.latencies
    clock = opt_out_clock(watched.store, now)

    checks = [
        Check("workers", bool(workers), f"{len(workers)} alive"),
        Check("queue", oldest_age <= OLDEST_JOB_SECONDS,
              f"oldest queued job {oldest_age:.0f}s (limit {OLDEST_JOB_SECONDS}s)"),
        Check("failed_jobs", failed.count == 0, _failed_detail(failed.count, failed_jobs)),
        Check("archive", archive_down is None,
              f"archive unreachable since {archive_down.since}: {archive_down.reason}"
              if archive_down else "archive answering"),
        Check("unapplied", unapplied_age <= OLDEST_UNAPPLIED_SECONDS,
              f"oldest unapplied event {unapplied_age:.0f}s (limit {OLDEST_UNAPPLIED_SECONDS}s)"),
        Check("pending_opt_outs", clock.over_threshold == 0,
              f"{clock.over_threshold} opt-outs pending over {PENDING_OPT_OUT_SECONDS}s "
              f"(oldest {clock.oldest_seconds:.0f}s; enforced meanwhile)"),
        Check("fcc_deadline", clock.near_deadline + clock.past_deadline == 0,
              f"{clock.near_deadline} pending opt-outs within a day of their 10-business-day "
              f"deadline, {clock.past_deadline} past it"),
    ]
    return {
        "status": status_of(checks),
        "checks": [c.__dict__ for c in checks],
        "generated_at": datetime.fromtimestamp(now, UTC).isoformat(timespec="seconds"),
        "queue": {
            "name": queue.name,
            "depth": queue.count,
            "oldest_job_age_seconds": round(oldest_age, 1),
            "started": StartedJobRegistry(queue=queue).count,
            "scheduled_retries": ScheduledJobRegistry(queue=queue).count,
            "failed": failed.count,
        },
        "workers": [_worker(w, queue.connection) for w in workers],
        "failed_jobs": failed_jobs,
        "pending_opt_outs": figures.pending,
        "unapplied_numbers": figures.unapplied,
        "oldest_unapplied_seconds": round(unapplied_age, 1),
        "opt_out_clock": clock.as_dict(),
        "stop_to_enforced_seconds": {
            "window": "last hour",
            "count": len(latencies),
            **{f"p{p}": latencies.percentile(p) for p in (50, 95, 99)},
        },
        "hourly": [{"hour": hour, **{i: int(counts.get(i, 0)) for i in INTENTS}}
                   for hour, counts in zip(_hours(now), hourly, strict=True)],
        "review": _reviews(watched.reviews.items()[:review_limit]),
    }


def _hours(now: float) -> list[str]:
    return [hour_of(now - 3600 * i) for i in range(HOURS_SHOWN - 1, -1, -1)]


def alive_workers(watched: Watched) -> list[BaseWorker]:
    """RQ's workers on our queue whose heartbeat is fresh (a killed worker's record lingers
    in RQ for minutes; its heartbeat stops at once)."""
    fresh = fresh_workers(watched.queue_client)
    return [w for w in Worker.all(queue=watched.queue) if w.name in fresh]


def _worker(worker: BaseWorker, connection: redis.Redis) -> dict[str, Any]:
    job = worker.get_current_job()
    return {
        "name": worker.name,
        "state": worker.get_state(),
        "current_job": job.description if job else None,
        "last_heartbeat": worker.last_heartbeat.isoformat() if worker.last_heartbeat else None,
        "successful_jobs": worker.successful_job_count,
        "failed_jobs": worker.failed_job_count,
    }


def _reviews(items: list[tuple[str, dict[str, Any]]]) -> list[dict[str, Any]]:
    out = []
    for item_id, item in items:
        ms = int(item_id.partition(":")[2].split("-")[0])
        out.append({
            "id": item_id,
            "at": datetime.fromtimestamp(ms / 1000, UTC).isoformat(timespec="seconds"),
            "number": mask_number(item.get("number", "")),
            "sender": item.get("sender"),
            "body": item.get("body", ""),
            "matched": item.get("matched"),
            "language": item.get("language"),
            "decided_by": item.get("decided_by"),
            "model_probability": item.get("model_probability"),
            "suppressed": bool(item.get("suppressed")),
        })
    return out


def _job_name(job: Job) -> str:
    """The job's function without its module: ``archive_events``."""
    try:
        return (job.func_name or "?").rsplit(".", 1)[-1]
    except Exception:  # a job whose data cannot be read any more still gets a line
        return "?"


_EXCEPTION_NAME = re.compile(r"^[\w.]+(Error|Exception|Failed|NotReady|Fault)\w*: ")


def _failed_detail(count: int, jobs: list[dict[str, Any]]) -> str:
    """``2 failed: archive_events (the archive at ... is unreachable: ...); ...``."""
    if not count:
        return "0 failed"
    named: dict[str, str] = {}
    for job in jobs:
        why = _EXCEPTION_NAME.sub("", job["error"] or "") or "no reason recorded"
        named.setdefault(str(job["job"]), why)
    shown = "; ".join(f"{name} ({why})" for name, why in list(named.items())[:3])
    return f"{count} failed: {shown}"


def _last_line(text: str | None) -> str | None:
    """The exception line of a traceback, in plain words: SQLAlchemy's closing "Background
    on this error" link and SQL/parameter lines are skipped."""
    if not text:
        return None
    lines = [line for line in text.strip().splitlines() if line.strip()
             and not line.lstrip().startswith(("(Background on this error", "[SQL:",
                                               "[parameters:"))]
    return lines[-1][:300] if lines else None
