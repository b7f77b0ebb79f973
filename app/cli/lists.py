"""Commands for marketing tools and compliance: check, filter, import, export, rebuild."""

from __future__ import annotations

import csv
import gc
import operator
import sys
from collections.abc import Iterable
from itertools import compress
from typing import IO

import click

from app.bootstrap import Services
from app.cli.common import emit, private_file, services_for_command
from app.cli.inputs import CsvReader, check_encoding, decoded_lines, encoding_option, open_binary
from app.consent.categories import CATEGORIES, category_letters
from app.errors import InvalidNumber, InvalidSender
from app.lists.checks import FilterReport, chunks, classify_inputs, find_column, hold_back, reason
from app.lists.send_log import normalize_subject
from app.lists.send_times import SendTimes, parse_at
from app.phone import mask_number, normalize_number, normalize_sender

_CATEGORY = click.Choice(CATEGORIES, case_sensitive=False)


def _send_rule_options(function):  # type: ignore[no-untyped-def]
    """``--at``, ``--category`` and ``--subject``, shared by check and filter."""
    function = click.option(
        "--subject", default=None,
        help="What the text is about, as the frequency caps count it (e.g. promo).")(function)
    function = click.option(
        "--category", type=_CATEGORY, default=None,
        help="The text's category: its consent decides, and SEND_POLICY governs marketing; "
        "omit for any (the cautious check).")(function)
    return click.option(
        "--at", "at", default=None, metavar="TIME",
        help="Answer for this instant (ISO 8601 with offset, e.g. 2026-12-06T15:00:00Z): "
        "texting hours and caps then; consent as of now.")(function)


def _send_times(svc: Services, at: str | None, category: str | None,
                subject: str | None) -> SendTimes:
    try:
        return svc.send_policy.times(parse_at(at), category=category,
                                     subject=normalize_subject(subject))
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--at/--subject") from None


@click.command()
@click.argument("numbers", nargs=-1, required=True)
@click.option("--sender", default=None, help="Our number, short code or MG SID; omit for any.")
@_send_rule_options
def check(numbers: tuple[str, ...], sender: str | None, at: str | None,
          category: str | None, subject: str | None) -> None:
    """Say whether each NUMBER may be texted, one JSON object a line, with
    textable_now, reason and next_allowed for the instant asked about (--at, default now).

    Exit status: 0 every number may be texted as far as consent goes, 1 one is suppressed,
    undeliverable, reassigned or pending confirmation, 2 bad input. Send rules (hours,
    caps) are in the output.
    """
    letters = category_letters(category)
    with services_for_command() as svc:
        region = svc.settings.default_region
        try:
            sender_id = normalize_sender(sender, region) if sender else None
        except InvalidSender as exc:
            emit({"error": str(exc)})
            sys.exit(2)
        times = _send_times(svc, at, category, subject)
        status = 0
        for raw in numbers:
            try:
                number = normalize_number(raw, region)
            except InvalidNumber as exc:
                emit({"input": raw, "error": str(exc)})
                status = 2
                continue
            lookup = svc.suppressions.lookup(number, sender_id, letters)
            when = times.answer_many([number], [lookup.flags])[0]
            emit({"input": raw, **lookup.as_dict(), **when.as_dict()})
            if not lookup.textable and status == 0:
                status = 1
    sys.exit(status)


def _open_text(path: str | None, mode: str) -> IO[str]:
    if path in (None, "-"):
        return sys.stdin if "r" in mode else sys.stdout
    if "w" in mode:
        return private_file(path)
    return open(path, mode, encoding="utf-8", newline="")


@click.command(name="filter")
@click.argument("source", required=False, default=None, metavar="[FILE]")
@click.option("--csv", "as_csv", is_flag=True,
              help="Input is CSV with a header (implied for a .csv FILE).")
@click.option("--column", default=None, help="CSV column holding the number (default: the "
              "first named like phone/number/mobile).")
@click.option("--sender", default=None, help="Our number, short code or MG SID; omit for any.")
@click.option("--rejected", "rejected_path", default=None, metavar="FILE",
              help="Write the entries held back here (suppressed, undeliverable, reassigned, "
              "unparseable, held by a send rule), each with why.")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr (default: when stderr is a terminal).")
@click.option("--now", "now", is_flag=True,
              help="Also hold back numbers a send rule holds right now (QUIET_HOURS, "
              "SEND_POLICY's hours and caps).")
@_send_rule_options
@encoding_option
def filter_command(source: str | None, as_csv: bool, column: str | None, sender: str | None,
                   rejected_path: str | None, progress: bool | None, now: bool,
                   at: str | None, category: str | None, subject: str | None,
                   encoding: str) -> None:
    """The pre-send filter: numbers in (one a line, or a CSV), the textable ones out.

    Plain input writes E.164 numbers; CSV input writes the same rows with the number in
    E.164. A summary goes to stderr. With --category, the consent of that category decides.
    With --now (or --at TIME, for a send planned then), numbers a send rule holds are held
    back too, with the rule and until when ("state_hours:FL until <UTC time>",
    "quiet_hours until ...").
    """
    letters = category_letters(category)
    as_csv = as_csv or bool(source and source.lower().endswith(".csv"))
    check_encoding(encoding)
    show_progress = sys.stderr.isatty() if progress is None else progress
    with services_for_command() as svc:
        region = svc.settings.default_region
        try:
            sender_id = normalize_sender(sender, region) if sender else None
        except InvalidSender as exc:
            raise click.BadParameter(str(exc), param_hint="--sender") from None
        binary = open_binary(source)
        infile = decoded_lines(binary, encoding)
        rejected = _open_text(rejected_path, "w") if rejected_path else None
        report = FilterReport()
        send_times = _send_times(svc, at, category, subject) if now or at else None
        gc.disable()  # millions of short-lived strings, no cycles: collections only cost time
        try:
            check = _Check(svc, sender_id, letters, send_times)
            if as_csv:
                _filter_csv(check, infile, rejected, column, report, show_progress)
            else:
                _filter_lines(check, infile, rejected, report, show_progress)
        finally:
            gc.enable()
            if binary is not sys.stdin.buffer:
                binary.close()
            if rejected is not None:
                rejected.close()
        click.echo(report.summary(), err=True)


class _Check:
    """One filter's question: the sender, the categories and (``--now``) the send times."""

    def __init__(self, svc: Services, sender: str | None, letters: str,
                 send_times: SendTimes | None) -> None:
        self.svc = svc
        self.sender = sender
        self.letters = letters
        self.send_times = send_times
        self.region = svc.settings.default_region

    def classify(self, raws: list[str]) -> tuple[list[str], list[int], dict[int, str]]:
        """classify_inputs, plus the send rules for ``filter --now``/``--at``."""
        numbers, flags, errors = classify_inputs(self.svc.suppressions, raws, self.sender,
                                                 self.region, self.letters)
        if self.send_times is not None:
            hold_back(numbers, flags, errors, self.send_times)
        return numbers, flags, errors


def _progress(show: bool):  # type: ignore[no-untyped-def]
    if not show:
        return None
    from tqdm import tqdm

    return tqdm(unit=" numbers", unit_scale=True, file=sys.stderr)


def _filter_lines(check: _Check, infile: Iterable[str], rejected: IO[str] | None,
                  report: FilterReport, show_progress: bool) -> None:
    """Plain input: E.164 numbers out. Per-number work stays in C iterators."""
    bar = _progress(show_progress)
    for raws in chunks(line for line in infile if not line.isspace()):
        numbers, flags, errors = check.classify(raws)
        report.count(flags)
        kept = list(compress(numbers, map(operator.not_, flags)))
        if kept:
            sys.stdout.write("\n".join(kept) + "\n")
        if rejected is not None:
            rejected.writelines(f"{raws[i].strip()}\t{reason(flags[i], errors.get(i))}\n"
                                for i in compress(range(len(flags)), flags))
        if bar is not None:
            bar.update(len(raws))
    if bar is not None:
        bar.close()


def _filter_csv(check: _Check, infile: Iterable[str], rejected: IO[str] | None,
                column: str | None, report: FilterReport, show_progress: bool) -> None:
    """CSV input: the same rows out, with the number in E.164."""
    reader = CsvReader(infile)
    header = next(reader, None)
    if header is None:
        raise click.UsageError("the CSV is empty")
    try:
        index = find_column(header, column)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(header)
    reject_writer = csv.writer(rejected, lineterminator="\n") if rejected else None
    if reject_writer:
        reject_writer.writerow([*header, "reason"])
    bar = _progress(show_progress)
    for rows in chunks(reader, 50_000):
        raws = [row[index] if index < len(row) else "" for row in rows]
        numbers, flags, errors = check.classify(raws)
        report.count(flags)
        for row, number, flag in zip(rows, numbers, flags, strict=True):
            if not flag:
                row[index] = number
                writer.writerow(row)
        if reject_writer:
            for i in compress(range(len(flags)), flags):
                reject_writer.writerow([*rows[i], reason(flags[i], errors.get(i))])
        if bar is not None:
            bar.update(len(rows))
    if bar is not None:
        bar.close()


@click.command(name="import")
@click.argument("source", metavar="FILE")
@click.option("--format", "fmt", type=click.Choice(["csv", "twilio", "aws"]), default=None,
              help="csv (ours), twilio (a Console message log export) or aws "
                   "(describe-opted-out-numbers JSON); detected when omitted.")
@click.option("--sender", default=None,
              help="For an AWS list: the sender its opt-outs cover (default: every sender).")
@encoding_option
def import_command(source: str, fmt: str | None, sender: str | None, encoding: str) -> None:
    """Import opt-outs from FILE (``-``: standard input).

    Our CSV has the columns number, scope, sender, source, since, note, exceptions (only
    number is required). The whole file is checked first: with any bad row nothing is
    written, every fault is reported on stderr with its line number, and the exit status is
    2. Otherwise a summary says exactly what went in. Idempotent: importing the same file
    again records nothing new, and neither does a row that restates an opt-out in force.
    ``since`` is an ISO 8601 date or time, not in the future.
    """
    from app.cli.importing import run_import

    report = run_import(source, fmt, sender, encoding)
    for line, message in report.errors:
        click.echo(f"line {line}: {message}" if line else message, err=True)
    if report.bad > len(report.errors):
        click.echo(f"... and {report.bad - len(report.errors)} more", err=True)
    click.echo(report.summary(), err=True)
    sys.exit(2 if report.errors else 0)


@click.command(name="export")
@click.option("--output", "-o", default="-", metavar="FILE",
              help="Where to write (default stdout).")
def export_command(output: str) -> None:
    """Export every opt-out in force as CSV (the format `optout import` reads)."""
    from app.lists.transfer import export_csv

    with services_for_command() as svc:
        out = _open_text(output, "w")
        try:
            rows = export_csv(svc.ledger, out)
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
    from app.archive import archive_for
    from app.consent.rebuild import rebuild as run_rebuild

    with services_for_command() as svc:
        archive = archive_for(svc.settings)
        report = run_rebuild(svc.connections.store, svc.ledger, svc.suppressions,
                             archive=archive if archive.ready() else None, fix=not check)
    click.echo(report.summary())
    for number in report.history_differences[:20]:
        click.echo(f"  history differs: {mask_number(number)}")
    for number in report.projection_differences[:20]:
        click.echo(f"  projection differs: {mask_number(number)}")
    if report.unknown_senders:
        click.echo(f"  senders missing from the sender table: {len(report.unknown_senders)}")
    sys.exit(1 if report.history_differences or report.projection_differences else 0)
