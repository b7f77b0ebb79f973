"""``optout verify``: walk the archive's hash chains; exit 1 naming the first bad row."""

from __future__ import annotations

import json
import sys
from typing import TextIO

import click
import sqlalchemy.exc

from app.archive import Pepper, archive_for
from app.archive.verify import check_report, verify_archive
from app.cli.common import settings
from config.dev import erasure_pepper


@click.command()
@click.option("--report", "report_file", type=click.File("r", encoding="utf-8"), default=None,
              help="Also check a signed report (`optout report --sign --format json`, or "
                   "the API's ?format=json) against the archive.")
def verify(report_file: TextIO | None) -> None:
    """Walk every shard's hash chain in the archive (ARCHIVE_URL) and check each row: its
    link to the row before, its columns, its personal fields against their digests, its
    hash. Exit 0 when every chain is intact, 1 naming the first bad row of each shard that
    has one, 2 when it cannot check (no ERASURE_PEPPER, no archive)."""
    current = settings()
    try:
        pepper = Pepper.of(erasure_pepper(current))
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc
    if pepper is None:
        raise click.UsageError("ERASURE_PEPPER is not set: it keys the digests verify checks "
                               "(see README, 'Archive and evidence')")
    archive = archive_for(current)
    if not archive.ready():
        raise click.UsageError(f"the archive at {archive.describe()} has no schema: run "
                               "`optout migrate`")
    try:
        result = verify_archive(archive, pepper)
        faults = check_report(archive, json.load(report_file)) if report_file else []
    except sqlalchemy.exc.SQLAlchemyError as exc:
        raise click.ClickException(f"the archive at {archive.describe()} did not answer: "
                                   f"{str(exc).splitlines()[0]}") from exc
    except (ValueError, KeyError, TypeError) as exc:
        raise click.UsageError(f"--report is not a signed report: {exc}") from exc
    for chain in result.shards:
        state = "BROKEN" if chain.bad else "ok"
        head = f"head {chain.head_id} {chain.head_hash[:16]}…" if chain.head_id else "no rows"
        click.echo(f"shard {chain.shard}: {chain.rows} rows verified, {head}: {state}")
    for bad in result.bad:
        click.echo(f"BAD {bad}")
    for fault in faults:
        click.echo(f"REPORT {fault}")
    if result.bad or faults:
        click.echo(f"verification failed: {len(result.bad)} broken chain(s), {len(faults)} "
                   "report mismatch(es)")
        sys.exit(1)
    checked = " and the report" if report_file else ""
    click.echo(f"verified {result.rows} rows in {len(result.shards)} shard(s){checked}: "
               f"every chain is intact ({archive.describe()})")
