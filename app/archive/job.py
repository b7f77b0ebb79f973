"""One run of the archive job (``workers.jobs.archive_events`` wraps it)."""

from __future__ import annotations

from app.archive import archive_for
from app.archive.copier import archive_now
from app.archive.schedule import schedule_next
from app.exceptions import ArchiveNotReady
from app.services import Services


def run_archive_job(services: Services, *, reschedule: bool = True) -> dict[str, int]:
    """Copy new events into the archive and trim Redis; then schedule the next run (even
    when this one failed: RQ records the failure, the chain goes on).

    Raises:
        ArchiveNotReady: the archive has no schema (``optout migrate`` was never run).
    """
    settings = services.settings
    try:
        archive = archive_for(settings)
        if not archive.ready():
            raise ArchiveNotReady(f"the archive at {archive.describe()} has no schema: "
                                  "run `optout migrate`")
        run = archive_now(archive, services.ledger,
                          hot_days=settings.ledger_hot_days)
        return run.as_dict()
    finally:
        if reschedule:
            schedule_next(services.queue, services.connections.redis,
                          settings.archive_interval_seconds)
