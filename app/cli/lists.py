"""Commands for marketing tools and compliance: check, filter, import, export, rebuild."""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterable
from typing import IO

import click

from app.checks import filter_rows, find_column
from app.cli.common import emit, services_for_command
from app.exceptions import InvalidNumber, InvalidSender
from app.numbers import mask_number, normalize_number, normalize_sender


@click.command()
@click.argument("numbers", nargs=-1, required=True)
@click.option("--sender", default=None, help="Our number, short code or MG SID; omit for any.")
def check(numbers: tuple[str, ...], sender: str | None) -> None:
    """Say whether each NUMBER may be texted, one JSON object a line.

    Exit status: 0 every number may be texted, 1 one is suppressed or undeliverable,
    2 bad input.
    """
    with services_for_command() as svc:
        region = svc.settings.default_region
        try:
            sender_id = normalize_sender(sender, region) if sender else None
        except InvalidSender as exc:
            emit({"error": str(exc)})
            sys.exit(2)
        status = 0
        for raw in numbers:
            try:
                number = normalize_number(raw, region)
            except InvalidNumber as exc:
                emit({"input": raw, "error": str(exc)})
                status = 2
                continue
            lookup = svc.suppressions.lookup(number, sender_id)
            emit({"input": raw, **lookup.as_dict()})
            if not lookup.textable and status == 0:
                status = 1
    sys.exit(status)


def _open_text(path: str | None, mode: str) -> IO[str]:
    if path in (None, "-"):
        return sys.stdin if "r" in mode else sys.stdout
    return open(path, mode, encoding="utf-8", newline="")  # noqa: SIM115


@click.command(name="filter")
@click.argument("source", required=False, default=None, metavar="[FILE]")
@click.option("--csv", "as_csv", is_flag=True,
              help="Input is CSV with a header (implied for a .csv FILE).")
@click.option("--column", default=None, help="CSV column holding the number (default: the "
              "first named like phone/number/mobile).")
@click.option("--sender", default=None, help="Our number, short code or MG SID; omit for any.")
@click.option("--rejected", "rejected_path", default=None, metavar="FILE",
              help="Write suppressed, undeliverable and unparseable entries here, with why.")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr (default: when stderr is a terminal).")
def filter_command(source: str | None, as_csv: bool, column: str | None, sender: str | None,
                   rejected_path: str | None, progress: bool | None) -> None:
    """The pre-send filter: numbers in (one a line, or a CSV), the textable ones out.

    Plain input writes E.164 numbers; CSV input writes the same rows with the number in
    E.164. A summary goes to stderr.
    """
    as_csv = as_csv or bool(source and source.lower().endswith(".csv"))
    show_progress = sys.stderr.isatty() if progress is None else progress
    with services_for_command() as svc:
        region = svc.settings.default_region
        try:
            codes = svc.suppressions.sender_codes(normalize_sender(sender, region) if sender
                                                  else None)
        except InvalidSender as exc:
            raise click.BadParameter(str(exc), param_hint="--sender") from None
        infile = _open_text(source, "r")
        rejected = _open_text(rejected_path, "w") if rejected_path else None
        out = sys.stdout
        try:
            if as_csv:
                reader = csv.reader(infile)
                header = next(reader, None)
                if header is None:
                    raise click.UsageError("the CSV is empty")
                try:
                    index = find_column(header, column)
                except ValueError as exc:
                    raise click.UsageError(str(exc)) from None
                writer = csv.writer(out, lineterminator="\n")
                writer.writerow(header)
                reject_writer = csv.writer(rejected, lineterminator="\n") if rejected else None
                if reject_writer:
                    reject_writer.writerow([*header, "reason"])
                rows: Iterable[list[str]] = reader
                keep = writer.writerow
                reject = ((lambda row, why: reject_writer.writerow([*row, why]))
                          if reject_writer else (lambda row, why: None))
            else:
                index = 0
                rows = ([line] for line in infile if line.strip())
                keep = lambda row: out.write(row[0] + "\n")  # noqa: E731
                reject = ((lambda row, why: rejected.write(f"{row[0].strip()}\t{why}\n"))
                          if rejected else (lambda row, why: None))
            if show_progress:
                from tqdm import tqdm

                rows = tqdm(rows, unit=" numbers", unit_scale=True, file=sys.stderr)
            report = filter_rows(svc.suppressions, rows, index, codes, region, keep, reject)
        finally:
            if infile is not sys.stdin:
                infile.close()
            if rejected is not None:
                rejected.close()
        click.echo(report.summary(), err=True)


@click.command(name="import")
@click.argument("source", metavar="FILE")
def import_command(source: str) -> None:
    """Import opt-outs from a CSV (number, scope, sender, source, since, note, exceptions).

    Idempotent: importing the same file again records nothing new. Bad rows are reported on
    stderr with their line numbers and skipped. Exit status 1 when any row was bad.
    """
    from app.transfer import import_csv

    with services_for_command() as svc, _open_text(source, "r") as infile:
        report = import_csv(svc, infile)
    for line, message in report.errors:
        click.echo(f"line {line}: {message}", err=True)
    click.echo(f"{report.rows} rows: {report.recorded} recorded, {report.duplicates} already "
               f"imported, {len(report.errors)} bad", err=True)
    sys.exit(1 if report.errors else 0)


@click.command(name="export")
@click.option("--output", "-o", default="-", metavar="FILE", help="Where to write (default stdout).")
def export_command(output: str) -> None:
    """Export every opt-out in force as CSV (the format `optout import` reads)."""
    from app.transfer import export_csv

    with services_for_command() as svc:
        out = _open_text(output, "w")
        try:
            rows = export_csv(svc, out)
        finally:
            if out is not sys.stdout:
                out.close()
    click.echo(f"exported {rows} opt-outs", err=True)


@click.command()
@click.option("--check", is_flag=True, help="Only report differences; change nothing.")
def rebuild(check: bool) -> None:
    """Rebuild the suppression list from the consent ledger and report the differences.

    Exit status 0 when nothing differed, 1 when something did (and, without --check, was fixed).
    """
    from app.rebuild import rebuild as run_rebuild

    with services_for_command() as svc:
        report = run_rebuild(svc, fix=not check)
    click.echo(report.summary())
    for number in report.history_differences[:20]:
        click.echo(f"  history differs: {mask_number(number)}")
    for number in report.projection_differences[:20]:
        click.echo(f"  projection differs: {mask_number(number)}")
    if report.unknown_senders:
        click.echo(f"  senders missing from the sender table: {len(report.unknown_senders)}")
    sys.exit(1 if report.history_differences or report.projection_differences else 0)
