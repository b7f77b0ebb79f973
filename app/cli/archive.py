"""``optout migrate``, ``optout archive`` and ``optout report``: the compliance archive."""

from __future__ import annotations

import logging
import sys
from datetime import UTC, datetime

import click
import redis
import sqlalchemy.exc

from app.archive import (
    Archive,
    PepperMissing,
    archive_for,
    archive_now,
    copy_new_events,
    full_history,
)
from app.archive.db import redact
from app.archive.history import all_events
from app.archive.status import MigrationRetry, mark_reachable, mark_unreachable, plain_reason
from app.bootstrap import Services, build_services
from app.cli.common import private_file, services_for_command, settings
from app.errors import InvalidNumber
from app.evidence.formats import FORMATS, PdfUnavailable, render, render_pdf
from app.evidence.html import PAPER_SIZES
from app.evidence.report import build_report
from app.messaging.message_ids import keep_message_ids
from app.phone import normalize_number
from app.store.layout import Registry
from config import Settings
from workers.schedules import ensure_scheduled

log = logging.getLogger(__name__)


def _migrated(archive: Archive) -> tuple[str | None, str]:
    try:
        return archive.migrate()
    except sqlalchemy.exc.SQLAlchemyError as exc:
        raise click.ClickException(
            f"cannot migrate the archive at {archive.describe()}: {exc.__class__.__name__}: "
            f"{str(exc).splitlines()[0]}") from exc


def start_archive(current: Settings, redis_url: str) -> MigrationRetry | None:
    """What ``optout run`` does at start: migrate the archive, then make sure the archive
    job is scheduled on the queue of ``redis_url``.

    The archive is secondary: when its database does not answer, the failure is logged,
    health says "archive unreachable since ...", and the migration is retried in the
    background (the returned ``MigrationRetry``; None when it succeeded at once) while
    everything else starts.
    """
    archive = archive_for(current)
    services = build_services(current.model_copy(update={"redis_url": redis_url}))
    retry = None
    try:
        try:
            before, after = archive.migrate()
        except sqlalchemy.exc.SQLAlchemyError as exc:
            reason = plain_reason(exc)
            log.error("cannot migrate the archive at %s: %s; starting without it and "
                      "retrying in the background", archive.describe(), reason)
            mark_unreachable(services.connections.redis, reason)
            retry = MigrationRetry(archive.migrate, redis_url).start()
        else:
            mark_reachable(services.connections.redis)
            if before != after:
                click.echo(f"archive schema migrated to {after} "
                           f"({redact(current.archive_database_url)})")
            try:
                _keep_message_ids(services, archive)
            except (sqlalchemy.exc.SQLAlchemyError, redis.RedisError) as exc:
                log.warning("carrier message ids not kept yet (%s); `optout migrate` does it",
                            plain_reason(exc))
        ensure_scheduled(services.queue, services.connections.redis,
                         current.archive_interval_seconds)
    finally:
        services.close()
    return retry


def _keep_message_ids(services: Services, archive: Archive) -> int | None:
    """Once per store: keep for good the dedupe keys of the carrier messages that changed
    consent, recorded before such keys were kept (in Redis or the archive), so a replay of
    one is refused however old. Returns how many, or None when done before."""
    registry = services.connections.store.registry()
    if registry.exists(Registry.MESSAGE_IDS_KEPT):
        return None
    kept = keep_message_ids(services.ledger, all_events(services.ledger, archive))
    registry.set(Registry.MESSAGE_IDS_KEPT, datetime.now(UTC).isoformat(timespec="seconds"))
    log.info("kept the dedupe keys of %d carrier messages for good", kept)
    return kept


@click.command()
def migrate() -> None:
    """Create or upgrade the archive's schema (ARCHIVE_URL; default SQLite in
    OPTOUT_DATA_DIR); then, once per store, keep for good the message ids of carrier
    messages that changed consent, so their replays are refused however old."""
    current = settings()
    archive = archive_for(current)
    before, after = _migrated(archive)
    change = f"upgraded from {before or 'nothing'}" if before != after else "already current"
    click.echo(f"archive schema at revision {after} ({change}): {archive.describe()}")
    try:
        with services_for_command() as svc:
            kept = _keep_message_ids(svc, archive)
    except redis.RedisError as exc:
        click.echo(f"message ids not kept yet (Redis: {exc}); run `optout migrate` again",
                   err=True)
        return
    if kept is not None:
        click.echo(f"kept the message ids of {kept} carrier messages that changed consent")


@click.command(name="archive")
@click.option("--no-trim", is_flag=True, help="Only copy; leave Redis as it is.")
@click.option("--batch", type=click.IntRange(1, 100_000), default=1000, show_default=True,
              help="Events per transaction.")
@click.option("--schedule", is_flag=True,
              help="Also start the recurring archive job (every ARCHIVE_INTERVAL_SECONDS) "
                   "unless it is scheduled already.")
def archive_command(no_trim: bool, batch: int, schedule: bool) -> None:
    """Copy every event not yet archived into the archive now, then trim from Redis what
    LEDGER_HOT_DAYS allows. Prints the counts."""
    with services_for_command() as svc:
        archive = archive_for(svc.settings)
        if not archive.ready():
            raise click.ClickException(
                f"the archive at {archive.describe()} has no schema: run `optout migrate`")
        hot_days = None if no_trim else svc.settings.ledger_hot_days
        try:
            run = archive_now(archive, svc.ledger, hot_days=hot_days, batch=batch,
                              erased=svc.suppressions.erased)
        except PepperMissing as exc:
            raise click.ClickException(f"{exc}; nothing was archived or trimmed") from exc
        except sqlalchemy.exc.SQLAlchemyError as exc:  # said plainly: no SQL, no bodies
            raise click.ClickException(f"the archive at {archive.describe()} stopped the "
                                       f"copy: {plain_reason(exc)}") from None
        totals = run.as_dict()
        trim_rule = ("not trimmed (--no-trim)" if no_trim
                     else f"trimmed from Redis (LEDGER_HOT_DAYS={svc.settings.ledger_hot_days:g})")
        click.echo(f"{totals['copied']} events copied, {totals['trimmed']} {trim_rule}; "
                   f"the archive holds {archive.count()} events: {archive.describe()}")
        if schedule:
            interval = svc.settings.archive_interval_seconds
            job_id = ensure_scheduled(svc.queue, svc.connections.redis, interval)
            click.echo(f"archive job scheduled every {interval} s ({job_id})" if job_id
                       else "archive job already scheduled")


@click.command()
@click.argument("number")
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), default="html",
              show_default=True)
@click.option("--paper", type=click.Choice(sorted(PAPER_SIZES)), default="letter",
              show_default=True, help="Page size of html's print style and of pdf.")
@click.option("--sign", is_flag=True,
              help="Archive what is not archived yet, then include each event's hash and the "
                   "chain head, so the copy can be checked later: `optout verify --report`.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write to this file instead of standard output.")
def report(number: str, fmt: str, paper: str, sign: bool, output: str | None) -> None:
    """The evidence for NUMBER: every consent event (the archive and Redis together), in
    UTC and local time, who recorded it, when it was enforced against its FCC deadline, the
    confirmation sent and what became of it; with --sign, the hash chain's proof."""
    with services_for_command() as svc:
        try:
            e164 = normalize_number(number, svc.settings.default_region)
        except InvalidNumber as exc:
            raise click.BadParameter(str(exc), param_hint="NUMBER") from exc
        archive = archive_for(svc.settings)
        try:
            seal = None
            if sign:
                if not archive.ready():
                    raise click.ClickException(f"the archive at {archive.describe()} has no "
                                               "schema: run `optout migrate`")
                copy_new_events(archive, svc.ledger)
                seal = archive.seal_of(svc.ledger.layout.shard_of(e164))
            events = full_history(svc.ledger, archive, e164)
        except PepperMissing as exc:
            raise click.ClickException(f"{exc}; cannot sign") from exc
        except sqlalchemy.exc.SQLAlchemyError as exc:
            raise click.ClickException(f"the archive at {archive.describe()} did not answer: "
                                       f"{str(exc).splitlines()[0]}") from exc
        evidence = build_report(e164, events, svc.replies, reply_mode=svc.settings.reply_mode,
                                status=svc.suppressions.lookup(e164).as_dict(), seal=seal)
        try:
            content: str | bytes = (render_pdf(evidence, paper) if fmt == "pdf"
                                    else render(evidence, fmt, paper))
        except PdfUnavailable as exc:
            raise click.ClickException(str(exc)) from exc
    if isinstance(content, bytes):
        if output:
            with private_file(output, "wb") as binary:
                binary.write(content)
        else:
            sys.stdout.buffer.write(content)
    elif output:
        with private_file(output) as out:
            out.write(content)
    else:
        sys.stdout.write(content)
