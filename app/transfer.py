"""CSV import and export of opt-outs, for CRMs and for moving between systems.

Columns: ``number, scope, sender, source, since, note, exceptions`` (``exceptions``: senders
re-subscribed under a global opt-out, ``;``-separated). An import is idempotent: each row
becomes ledger events with a dedupe key made of its content, so importing a file twice
records nothing the second time. The whole file is read and checked before anything is
written: one bad row (or an unreadable line) and nothing is imported, every fault reported
with its line.
"""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import IO, Any

from app.consent import id_key
from app.exceptions import InvalidNumber, InvalidSender
from app.ledger import SOURCES, ConsentEvent, Kind, ledger_time
from app.numbers import normalize_number, normalize_sender
from app.services import Services
from app.store.store import Script, read_buckets

COLUMNS = ["number", "scope", "sender", "source", "since", "note", "exceptions"]
BATCH = 500
# A clock a little ahead of ours is not a date in the future.
FUTURE_SLACK = timedelta(minutes=5)


@dataclass
class ImportReport:
    """What an import did; ``errors`` are (line number, message). With any error, nothing
    was written."""

    rows: int = 0
    recorded: int = 0
    duplicates: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)
    opt_outs: int = 0
    opt_ins: int = 0
    numbers: int = 0

    def summary(self) -> str:
        """One paragraph saying exactly what went in."""
        if self.errors:
            return (f"{self.rows} rows read, {len(self.errors)} bad: nothing was imported "
                    "(fix the lines above and import again)")
        return (f"{self.rows} rows: {self.recorded} recorded, {self.duplicates} already "
                f"imported, 0 bad ({self.opt_outs} opt-outs, {self.opt_ins} re-subscriptions "
                f"under a global opt-out, for {self.numbers} numbers, all applied now)")


def _since(raw: str | None) -> str | None:
    """The row's ``since`` as given, once it is known to be ISO 8601 and not in the future."""
    text = (raw or "").strip()
    if not text:
        return None
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"since must be an ISO 8601 date or time such as "
                         f"2026-01-02T03:04:05Z, not {text!r}") from None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    if when > datetime.now(UTC) + FUTURE_SLACK:
        raise ValueError(f"since {text!r} is in the future")
    return text


def row_events(row: dict[str, str], region: str) -> list[ConsentEvent]:
    """The events one CSV row stands for. Raises ValueError naming the fault."""
    raw = (row.get("number") or "").strip()
    number = normalize_number(raw, region)
    sender_raw = (row.get("sender") or "").strip()
    sender = normalize_sender(sender_raw, region) if sender_raw else None
    scope = (row.get("scope") or ("sender" if sender else "all")).strip().lower()
    if scope not in ("sender", "all"):
        raise ValueError(f"scope must be 'sender' or 'all', not {scope!r}")
    if scope == "sender" and not sender:
        raise ValueError("scope 'sender' needs a sender")
    source = (row.get("source") or "import").strip().lower()
    if source not in SOURCES - {"review"}:
        raise ValueError(f"source must be one of {sorted(SOURCES - {'review'})}, not {source!r}")
    since = _since(row.get("since"))
    note = (row.get("note") or "").strip() or None
    content = "|".join([number, scope, sender or "", source, since or "", note or ""])
    key = "import:" + hashlib.sha1(content.encode()).hexdigest()
    events = [ConsentEvent(kind=Kind.OPT_OUT, number=number, source=source, scope=scope,  # type: ignore[arg-type]
                           sender=sender if scope == "sender" else None, channel=source,
                           occurred_at=since, note=note, dedupe_key=key)]
    for i, exception in enumerate(filter(None, (row.get("exceptions") or "").split(";"))):
        if scope != "all":
            raise ValueError("exceptions only make sense with scope 'all'")
        events.append(ConsentEvent(
            kind=Kind.OPT_IN, number=number, source=source, scope="sender",
            sender=normalize_sender(exception.strip(), region), channel=source,
            note="re-subscribed under a global opt-out (import)", dedupe_key=f"{key}:{i}"))
    return events


def import_csv(services: Services, lines: Iterable[str]) -> ImportReport:
    """Check every row of a CSV, then (only if all are good) record them as opt-out events
    and apply them."""
    report = ImportReport()
    events = _read_import(lines, services.settings.default_region, report)
    if report.errors:
        return report
    report.opt_outs = sum(e.kind is Kind.OPT_OUT for e in events)
    report.opt_ins = len(events) - report.opt_outs
    report.numbers = len({e.number for e in events})
    for start in range(0, len(events), BATCH):
        record_rows(services, events[start : start + BATCH], report)
    return report


def _read_import(lines: Iterable[str], region: str, report: ImportReport) -> list[ConsentEvent]:
    """Every row's events; faults go to ``report.errors`` with their line."""
    events: list[ConsentEvent] = []
    reader = csv.DictReader(lines)
    try:
        fieldnames = reader.fieldnames
    except csv.Error as exc:
        report.errors.append((reader.reader.line_num, str(exc)))
        return events
    if fieldnames is None or "number" not in [f.strip() for f in fieldnames]:
        report.errors.append((1, "the header must name a 'number' column"))
        return events
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return events
        except csv.Error as exc:  # an oversized field, say: the rest cannot be trusted
            report.errors.append((reader.reader.line_num, str(exc)))
            return events
        report.rows += 1
        try:
            events += row_events({k.strip(): v for k, v in row.items() if k}, region)
        except (InvalidNumber, InvalidSender, ValueError) as exc:
            report.errors.append((reader.line_num, str(exc)))


def record_rows(services: Services, events: list[ConsentEvent], report: ImportReport) -> None:
    """Record ``events`` (checked rows) and apply their numbers now."""
    if not events:
        return
    results = services.ledger.record_many(events, apply=False)
    for result in results:
        if result.status == "duplicate":
            report.duplicates += 1
        else:
            report.recorded += 1
    services.suppressions.apply_numbers([e.number for e in events])


def export_csv(services: Services, out: IO[str], batch: int = 1000) -> int:
    """Write every opt-out in force as CSV, shard by shard; returns the number of rows."""
    store = services.connections.store
    state = Script.named("state")
    names = services.registry.names()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    rows = 0
    for shard in store.all_shards():
        histories = read_buckets(store, shard, store.layout.history)
        numbers = sorted(histories)
        for start in range(0, len(numbers), batch):
            chunk = numbers[start : start + batch]
            states = store.run(shard, [(state, [], [histories[n] for n in chunk])])[0]
            for number, value in zip(chunk, states, strict=True):
                rows += _write_rows(services, writer, number, _parse_state(value), names)
    return rows


def _write_rows(services: Services, writer: Any, number: str, in_force: dict[str, str],
                names: dict[str, str]) -> int:
    """The CSV rows of one number's opt-outs in force, oldest first (so an import replays
    them in the same order)."""
    rulings = sorted({r for code, r in in_force.items() if r != "!" and code != "U"},
                     key=id_key)
    events = services.ledger.ruling_events(number, rulings)
    exceptions = ";".join(sorted(names.get(c[1:], c[1:]) for c in in_force
                                 if c.startswith("!")))
    in_order = sorted(((code, ruling) for code, ruling in in_force.items()
                       if not code.startswith("!") and code != "U"),
                      key=lambda item: id_key(item[1]))
    for code, ruling in in_order:
        event = events.get(ruling, {})
        scope = "all" if code == "*" else "sender"
        writer.writerow([number, scope, "" if code == "*" else names.get(code, code),
                         event.get("source", ""), event.get("at") or ledger_time(ruling),
                         event.get("note", ""), exceptions if code == "*" else ""])
    return len(in_order)


def _parse_state(value: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for part in filter(None, value.split(";")):
        code, _, ruling = part.partition("=")
        out[code] = ruling or "!"
    return out
