"""The FCC's Reassigned Numbers Database (RND): the query file out, the answers in.

A number whose owner consented may since have been disconnected and given to someone else.
The RND answers, for a number and a date (the consent's), whether it was permanently
disconnected since: "yes", "no" or "no data". A caller that asked and was told "no" keeps a
safe harbour if the database was wrong (47 CFR 64.1200(m)), with the answer as its evidence.

* ``export_queries`` writes the query file: every number optout holds a consent for (an
  opt-in, or a consent captured and confirmed), older than N days and not suppressed, with
  the consent's date. Query the database
  with that date: a "yes" then means the consent predates the number's new owner.
* ``import_results`` records each answer as a ledger event (kind ``rnd``, which the archive
  keeps as evidence and the report shows); a "yes" holds the number back in every check
  (reason ``reassigned``) until a later opt-in. The whole file is checked first, and a file
  imported before is recognised and recorded once.
"""

from __future__ import annotations

import csv
import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import IO, Any

import redis

from app.archive.history import all_events
from app.archive.store import Archive
from app.consent.events import ConsentEvent, Kind, ledger_time
from app.consent.ledger import ConsentLedger
from app.consent.suppression import SuppressionList
from app.errors import InvalidNumber
from app.phone import normalize_number
from app.store.keys import RND_FILES

BATCH = 500
_COLUMNS = {
    "number": ("phone number", "phone_number", "telephone number", "tn", "number", "phone"),
    "date_given": ("date given", "date_given", "date provided", "date_provided",
                   "consent date", "date"),
    "queried_on": ("date queried", "date_queried", "query date", "queried", "queried on"),
    "answer": ("answer", "result", "response", "reassigned"),
}
_ANSWERS = {"yes": "yes", "y": "yes", "no": "no", "n": "no", "no data": "no_data",
            "no_data": "no_data", "nodata": "no_data"}


@dataclass
class RndReport:
    """What an import did; ``errors`` are (line, message): with any, nothing was recorded."""

    rows: int = 0
    recorded: int = 0
    reassigned: int = 0
    unchanged: int = 0
    already_imported: bool = False
    errors: list[tuple[int, str]] = field(default_factory=list)

    def summary(self) -> str:
        """One line saying what went in."""
        if self.errors:
            return (f"{self.rows} rows read, {len(self.errors)} bad: nothing was imported "
                    "(fix the lines above and import again)")
        if self.already_imported:
            return f"{self.rows} rows: this file was imported before; nothing recorded"
        return (f"{self.rows} rows: {self.recorded} answers recorded, {self.reassigned} "
                f"numbers now held back as reassigned, {self.unchanged} already known")


def _day(text: str, what: str) -> str:
    value = text.strip()
    for pattern in ("%Y-%m-%d", "%m/%d/%Y", "%Y%m%d", "%m%d%Y"):
        try:
            return datetime.strptime(value, pattern).date().isoformat()
        except ValueError:
            continue
    raise ValueError(f"{what} must be a date such as 2026-01-31 or 01/31/2026, not {value!r}")


def _columns(header: list[str]) -> dict[str, int]:
    names = [re.sub(r"\s+", " ", h.strip().lower()) for h in header]
    found: dict[str, int] = {}
    for field_name, aliases in _COLUMNS.items():
        for alias in aliases:
            if alias in names and names.index(alias) not in found.values():
                found[field_name] = names.index(alias)
                break
    missing = [f for f in _COLUMNS if f not in found]
    if missing:
        raise ValueError(f"the header {header} lacks {missing} (an RND result has the number, "
                         "the date given, the date queried and the answer)")
    return found


def _hashed(lines: Iterable[str], digest: Any) -> Iterator[str]:
    """``lines``, feeding each to ``digest`` (the file's identity) on the way."""
    for line in lines:
        digest.update(line.encode())
        yield line


def read_results(lines: Iterable[str], region: str = "US") -> tuple[list[ConsentEvent],
                                                                    RndReport, str]:
    """The events of an RND result file, its report (errors by line) and its digest."""
    report = RndReport()
    digest = hashlib.sha256()
    events: list[ConsentEvent] = []
    reader = csv.reader(_hashed(lines, digest))
    try:
        columns = _columns(next(reader, []))
    except (ValueError, csv.Error) as exc:
        report.errors.append((1, str(exc)))
        return events, report, ""
    for row in reader:
        if not any(cell.strip() for cell in row):
            continue
        report.rows += 1
        try:
            cells = {name: row[i] if i < len(row) else "" for name, i in columns.items()}
            answer = _ANSWERS.get(cells["answer"].strip().lower())
            if answer is None:
                raise ValueError(f"answer must be yes, no or no data, not {cells['answer']!r}")
            events.append(ConsentEvent(
                kind=Kind.RND, number=normalize_number(cells["number"], region),
                source="rnd", scope="all", channel="rnd", answer=answer,
                date_given=_day(cells["date_given"], "the date given"),
                queried_on=_day(cells["queried_on"], "the date queried"),
                occurred_at=_day(cells["queried_on"], "the date queried") + "T00:00:00Z",
                only_changes=answer == "yes"))
        except (InvalidNumber, ValueError, csv.Error) as exc:
            report.errors.append((reader.line_num, str(exc)))
    return events, report, digest.hexdigest()


def import_results(ledger: ConsentLedger, suppressions: SuppressionList,
                   client: redis.Redis, lines: Iterable[str], region: str = "US") -> RndReport:
    """Check an RND result file, then (only if every row is good, and the file is new)
    record each answer and apply its number now."""
    events, report, digest = read_results(lines, region)
    if report.errors:
        return report
    if client.exists(RND_FILES + digest):
        report.already_imported = True
        return report
    for start in range(0, len(events), BATCH):
        batch = events[start : start + BATCH]
        for event, result in zip(batch, ledger.record_many(batch, apply=False), strict=True):
            if result.status == "new":
                report.recorded += 1
                report.reassigned += event.answer == "yes"
            else:
                report.unchanged += 1
        suppressions.apply_numbers([e.number for e in batch])
    client.set(RND_FILES + digest, datetime.now(UTC).isoformat(timespec="seconds"))
    return report


def export_queries(ledger: ConsentLedger, suppressions: SuppressionList,
                   archive: Archive | None, out: IO[str], older_than_days: float,
                   now: datetime | None = None) -> int:
    """Write the RND query file (``phone_number,date``: ten digits, the consent's day) for
    every US number whose latest consent is older than ``older_than_days`` and that is
    neither suppressed, pending confirmation nor known reassigned. Consents are read from
    the archive and Redis (an old consent's event is usually archived and trimmed). Returns
    the rows written."""
    cutoff = (now or datetime.now(UTC)) - timedelta(days=older_than_days)
    latest: dict[str, datetime] = {}
    for event in all_events(ledger, archive):
        number = event.get("number") or ""
        if not _is_consent(event) or not number.startswith("+1"):
            continue
        at = datetime.fromisoformat(str(event.get("at") or ledger_time(str(event["id"]))))
        at = at if at.tzinfo else at.replace(tzinfo=UTC)
        if number not in latest or at > latest[number]:
            latest[number] = at
    due = sorted(n for n, at in latest.items() if at <= cutoff)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["phone_number", "date"])
    rows = 0
    for start in range(0, len(due), 10_000):
        chunk = due[start : start + 10_000]
        for number, flag in zip(chunk, suppressions.check_many(chunk, None), strict=True):
            if not flag:
                writer.writerow([number[2:], latest[number].date().isoformat()])
                rows += 1
    return rows


def _is_consent(event: dict[str, Any]) -> bool:
    """An opt-in, or a consent captured (and not left pending or expired)."""
    if event.get("kind") == "opt_in":
        return True
    return event.get("kind") == "captured" and event.get("status") not in (
        "pending_confirmation", "expired")
