"""``optout rnd``: the FCC's Reassigned Numbers Database, query file out and answers in."""

from __future__ import annotations

import sys

import click

from app.cli.common import private_file, services_for_command
from app.cli.inputs import check_encoding, decoded_lines, encoding_option, open_binary


@click.group()
def rnd() -> None:
    """Reassigned numbers: export the RND query file, import its answers."""


@rnd.command(name="import")
@click.argument("source", metavar="FILE")
@encoding_option
def import_command(source: str, encoding: str) -> None:
    """Import RND results (CSV: number, date given, date queried, answer yes/no/no data).

    Each answer is kept as evidence in the ledger and the archive; a "yes" holds the number
    back in every check (reason "reassigned") until a later opt-in. The whole file is
    checked first: with any bad row nothing is recorded and the exit status is 2. A file
    imported before is recognised and recorded once.
    """
    from app.lists.rnd import import_results

    check_encoding(encoding)
    binary = open_binary(source)
    try:
        with services_for_command() as svc:
            report = import_results(svc.ledger, svc.suppressions, svc.connections.redis,
                                    decoded_lines(binary, encoding),
                                    svc.settings.default_region)
    finally:
        if binary is not sys.stdin.buffer:
            binary.close()
    for line, message in report.errors:
        click.echo(f"line {line}: {message}", err=True)
    click.echo(report.summary(), err=True)
    sys.exit(2 if report.errors else 0)


@rnd.command(name="export")
@click.option("--since-consent", "days", type=click.FloatRange(min=0), required=True,
              metavar="DAYS", help="Numbers whose latest consent is at least this many days old.")
@click.option("--output", "-o", default="-", metavar="FILE",
              help="Where to write (default stdout).")
def export_command(days: float, output: str) -> None:
    """Write the RND query file (phone_number,date) for every number with a consent older
    than DAYS that is neither suppressed nor already known reassigned."""
    from app.archive import archive_for
    from app.lists.rnd import export_queries

    with services_for_command() as svc:
        archive = archive_for(svc.settings)
        with (click.open_file(output, "w", encoding="utf-8") if output == "-"
              else private_file(output)) as out:
            rows = export_queries(svc.ledger, svc.suppressions,
                                  archive if archive.ready() else None, out, days)
    click.echo(f"wrote {rows} numbers to query", err=True)
