"""CSV import and export of opt-outs, for CRMs and for moving between systems.

Columns: ``number, scope, sender, source, since, note, exceptions, categories``
(``exceptions``: senders re-subscribed under a global opt-out, ``;``-separated, each
``<sender>#<category>`` when only for one category; ``categories``: the message categories the
opt-out covers, ``;``-separated, empty for every category). An import is idempotent by state: a
row that only restates an opt-out already in force records nothing ("already in force"), so
importing a file twice, or an export into the store it came from, records nothing the second
time; each row's events also carry a dedupe key made of its content. A row naming a source
that proves itself with a carrier's message id (``sms``, ``carrier``) has none to give, so
it is recorded as ``import`` through that channel. The whole file is read and checked before
anything is written: one bad row (or an unreadable line) and nothing is imported, every fault
reported with its line.
"""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import IO, Any

from app.consent.categories import parse_categories
from app.consent.events import SOURCES, ConsentEvent, Kind, ledger_time
from app.consent.history import ALL, LETTERS, NAME_OF, fold, id_key
from app.consent.ledger import ConsentLedger
from app.consent.suppression import SuppressionList
from app.errors import InvalidNumber, InvalidSender
from app.phone import normalize_number, normalize_sender
from app.store.store import read_buckets

COLUMNS = ["number", "scope", "sender", "source", "since", "note", "exceptions", "categories"]
BATCH = 500
# Sources whose events prove themselves with a carrier's message id, which a CSV row lacks.
CARRIER_SOURCES = frozenset({"sms", "carrier"})
# A clock a little ahead of ours is not a date in the future.
FUTURE_SLACK = timedelta(minutes=5)


@dataclass
class ImportReport:
    """What an import did; ``errors`` are (line number, message). With any error, nothing
    was written."""

    rows: int = 0
    recorded: int = 0
    duplicates: int = 0
    in_force: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)
    opt_outs: int = 0
    opt_ins: int = 0
    numbers: int = 0

    def summary(self) -> str:
        """One paragraph saying exactly what went in."""
        if self.errors:
            return (f"{self.rows} rows read, {len(self.errors)} bad: nothing was imported "
                    "(fix the lines above and import again)")
        return (f"{self.rows} rows: {self.recorded} recorded, {self.in_force} already in "
                f"force, {self.duplicates} already imported, 0 bad ({self.opt_outs} opt-outs, "
                f"{self.opt_ins} re-subscriptions under a global opt-out, for {self.numbers} "
                "numbers, all applied now)")


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
    channel = source
    if source in CARRIER_SOURCES:
        source = "import"
    exceptions = [_exception(exception.strip(), region)
                  for exception in filter(None, (row.get("exceptions") or "").split(";"))]
    if exceptions and scope != "all":
        raise ValueError("exceptions only make sense with scope 'all'")
    categories = parse_categories(raw_categories.split(";"), "categories") if (
        raw_categories := (row.get("categories") or "").strip()) else ()
    if categories:
        key += ":" + ";".join(categories)
    events = [ConsentEvent(kind=Kind.OPT_OUT, number=number, source=source, scope=scope,  # type: ignore[arg-type]
                           sender=sender if scope == "sender" else None, channel=channel,
                           occurred_at=since, note=note, dedupe_key=key, only_changes=True,
                           exceptions=tuple(exceptions), categories=categories)]
    events += [ConsentEvent(kind=Kind.OPT_IN, number=number, source=source, scope="sender",
                            sender=exception.partition("#")[0], channel=channel,
                            categories=(exception.partition("#")[2],)
                            if "#" in exception else (),
                            note="re-subscribed under a global opt-out (import)",
                            dedupe_key=f"{key}:{i}", only_changes=True)
               for i, exception in enumerate(exceptions)]
    return events


def _exception(raw: str, region: str) -> str:
    """An exception as the ledger takes it: ``<E.164 sender>`` or ``<sender>#<category>``."""
    sender, _, category = raw.partition("#")
    name = normalize_sender(sender.strip(), region)
    if not category:
        return name
    return f"{name}#{parse_categories([category], 'exceptions')[0]}"


def import_csv(ledger: ConsentLedger, suppressions: SuppressionList, region: str,
               lines: Iterable[str]) -> ImportReport:
    """Check every row of a CSV (national numbers read in ``region``), then (only if all
    are good) record them as opt-out events and apply them."""
    report = ImportReport()
    events = _read_import(lines, region, report)
    if report.errors:
        return report
    report.opt_outs = sum(e.kind is Kind.OPT_OUT for e in events)
    report.opt_ins = len(events) - report.opt_outs
    report.numbers = len({e.number for e in events})
    for start in range(0, len(events), BATCH):
        record_rows(ledger, suppressions, events[start : start + BATCH], report)
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


def record_rows(ledger: ConsentLedger, suppressions: SuppressionList,
                events: list[ConsentEvent], report: ImportReport) -> None:
    """Record ``events`` (checked rows) and apply their numbers now."""
    if not events:
        return
    results = ledger.record_many(events, apply=False)
    for result in results:
        if result.status == "duplicate":
            report.duplicates += 1
        elif result.status == "in_force":
            report.in_force += 1
        else:
            report.recorded += 1
    suppressions.apply_numbers([e.number for e in events])


def export_csv(ledger: ConsentLedger, out: IO[str], batch: int = 1000) -> int:
    """Write every opt-out in force as CSV, shard by shard; returns the number of rows."""
    store = ledger.store
    names = ledger.registry.names()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    rows = 0
    for shard in store.all_shards():
        histories = read_buckets(store, shard, store.layout.history)
        for number in sorted(histories):
            rows += _write_rows(ledger, writer, number, histories[number], names)
    return rows


def _write_rows(ledger: ConsentLedger, writer: Any, number: str, history: str,
                names: dict[str, str]) -> int:
    """The CSV rows of one number's opt-outs in force, oldest first (so an import replays
    them in the same order): one row per sender (or every sender) and time, with the
    categories it covers. Consents pending confirmation are no opt-outs: not exported."""
    state = fold(history)
    grouped: dict[tuple[str, str], set[str]] = {}
    for letter, since in state.stars.items():
        grouped.setdefault((ALL, since), set()).add(letter)
    for (code, letter), since in state.revoked.items():
        grouped.setdefault((code, since), set()).add(letter)
    if not grouped:
        return 0
    events = ledger.ruling_events(number, sorted({since for _, since in grouped}, key=id_key))
    for (code, ruling), letters in sorted(grouped.items(), key=lambda item: id_key(item[0][1])):
        event = events.get(ruling, {})
        star = code == ALL
        exceptions = _exceptions(state.excepted, letters, names) if star else ""
        writer.writerow([number, "all" if star else "sender",
                         "" if star else names.get(code, code), event.get("source", ""),
                         event.get("at") or ledger_time(ruling), event.get("note", ""),
                         exceptions, _categories(letters)])
    return len(grouped)


def _exceptions(excepted: dict[tuple[str, str], str], letters: set[str],
                names: dict[str, str]) -> str:
    """The exceptions of a star row over ``letters``: ``<sender>`` for a sender excepted in
    every category, else ``<sender>#<category>`` per category."""
    by_code: dict[str, set[str]] = {}
    for code, letter in excepted:
        if letter in letters:
            by_code.setdefault(code, set()).add(letter)
    out = []
    for code, mine in by_code.items():
        sender = names.get(code, code)
        if mine == set(LETTERS):
            out.append(sender)
        else:
            out += [f"{sender}#{NAME_OF[c]}" for c in LETTERS if c in mine]
    return ";".join(sorted(out))


def _categories(letters: set[str]) -> str:
    if letters == set(LETTERS):
        return ""
    return ";".join(NAME_OF[c] for c in LETTERS if c in letters)
