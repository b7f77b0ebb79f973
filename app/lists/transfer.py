"""CSV import and export of opt-outs, for CRMs and for moving between systems.

Columns: ``number, scope, sender, source, since, note, exceptions, categories``
(``exceptions``: senders re-subscribed under a global opt-out, ``;``-separated, each
``<sender>#<category>`` when only for one category; ``categories``: the message categories the
opt-out covers, ``;``-separated, empty for every category). An import is idempotent by state: a
row that only restates an opt-out already in force records nothing ("already in force"), so
importing a file twice, or an export into the store it came from, records nothing the second
time. A row naming a source that proves itself with a carrier's message id (``sms``,
``carrier``) has none to give, so it is recorded as ``import`` through that channel. Reading
whole files (the formats, the check before anything is written, the ranges already
imported) is ``app.lists.imports``; this module turns one row into events and records them.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import IO, Any, NamedTuple

from app.consent.categories import parse_categories
from app.consent.events import SOURCES, ConsentEvent, Kind, RecordResult, ledger_time
from app.consent.fresh import PlainOptOut
from app.consent.history import ALL, LETTERS, NAME_OF, fold, id_key
from app.consent.ledger import ConsentLedger
from app.consent.suppression import SuppressionList
from app.evidence.formats import csv_cell
from app.phone import normalize_number, normalize_sender, split_channel
from app.store.store import read_buckets
from app.text import CONTROL, checked_text

COLUMNS = ["number", "scope", "sender", "source", "since", "note", "exceptions", "categories"]
# Sources whose events prove themselves with a carrier's message id, which a CSV row lacks.
CARRIER_SOURCES = frozenset({"sms", "carrier"})
# A clock a little ahead of ours is not a date in the future.
FUTURE_SLACK = timedelta(minutes=5)
IMPORT_SOURCES = SOURCES - {"review"}


@dataclass
class ImportReport:
    """What an import did; ``errors`` are (line number, message), the first of ``bad``
    faults (line 0: the file as a whole). With any fault, nothing was written."""

    rows: int = 0
    bad: int = 0
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
            return (f"{self.rows} rows read, {max(self.bad, len(self.errors))} bad: nothing "
                    "was imported "
                    "(fix the lines above and import again)")
        return (f"{self.rows} rows: {self.recorded} recorded, {self.in_force} already in "
                f"force, {self.duplicates} already imported, 0 bad ({self.opt_outs} opt-outs, "
                f"{self.opt_ins} re-subscriptions under a global opt-out, for {self.numbers} "
                "numbers, all applied now)")


def _since(raw: str | None, now: datetime | None = None) -> str | None:
    """The row's ``since`` as given, once it is known to be ISO 8601 and not in the future
    (``now``: the time to compare with, by default the current time)."""
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
    if when > (now or datetime.now(UTC)) + FUTURE_SLACK:
        raise ValueError(f"since {text!r} is in the future")
    return text


class ParsedRow(NamedTuple):
    """One row, checked: its opt-out, and the senders re-subscribed under it."""

    opt_out: PlainOptOut
    exceptions: tuple[str, ...]


def parse_row(row: dict[str, str], region: str, now: datetime | None = None) -> ParsedRow:
    """Check one row and normalise it (national numbers read in ``region``).

    Raises:
        ValueError: the fault, named (InvalidNumber, InvalidSender and InvalidField are
            ValueErrors).
    """
    number, parts = parse_parts(row, region, now)
    scope, sender, source, channel, since, note, categories, exceptions = parts
    return ParsedRow(PlainOptOut(number, scope, sender, source, channel, since, note,
                                 categories), exceptions)


RowParts = tuple[Any, ...]  # scope, sender, source, channel, since, note, categories, exceptions


def parse_parts(row: dict[str, str], region: str, now: datetime | None = None
                ) -> tuple[str, RowParts]:
    """``parse_row`` without building its objects: the row's number (E.164) and the rest
    of what it says, checked, in ``ParsedRow``'s order (the same tuple object for rows
    that say the same, while it is remembered).

    Raises:
        ValueError: the fault, named.
    """
    if CONTROL.search("".join(filter(None, row.values()))):  # one search a row
        for name, value in row.items():
            if value:
                checked_text(value, f"column {name}")
    raw = row.get("number") or ""
    # A message log's number may name its channel (whatsapp:+1...): the number is after it.
    number = normalize_number(split_channel(raw)[1] if ":" in raw else raw.strip(), region)
    rest = (row.get("sender") or "", row.get("scope") or "", row.get("source") or "",
            row.get("since") or "", row.get("note") or "", row.get("exceptions") or "",
            row.get("categories") or "")
    parsed = _ROW_PARTS.get((rest, region, now))
    if parsed is None:
        parsed = _row_parts(rest, region, now)
        if len(_ROW_PARTS) >= _MAX_REMEMBERED:
            _ROW_PARTS.clear()
        _ROW_PARTS[(rest, region, now)] = parsed
    return number, parsed


# A file's rows mostly repeat everything but the number: what they say is checked once.
_ROW_PARTS: dict[tuple[object, ...], tuple[Any, ...]] = {}
_MAX_REMEMBERED = 10_000


def _row_parts(rest: tuple[str, ...], region: str, now: datetime | None) -> tuple[Any, ...]:
    """Everything of a row but its number, checked (see ``parse_row``)."""
    sender_raw, scope_raw, source_raw, since_raw, note_raw, exceptions_raw, categories_raw = rest
    sender_raw = sender_raw.strip()
    sender = normalize_sender(sender_raw, region) if sender_raw else None
    scope = (scope_raw or ("sender" if sender else "all")).strip().lower()
    if scope not in ("sender", "all"):
        raise ValueError(f"scope must be 'sender' or 'all', not {scope!r}")
    if scope == "sender" and not sender:
        raise ValueError("scope 'sender' needs a sender")
    source = (source_raw or "import").strip().lower()
    if source not in IMPORT_SOURCES:
        raise ValueError(f"source must be one of {sorted(IMPORT_SOURCES)}, not {source!r}")
    since = _since(since_raw, now)
    note = note_raw.strip() or None
    channel = source
    if source in CARRIER_SOURCES:
        source = "import"
    exceptions = tuple(_exception(exception.strip(), region)
                       for exception in filter(None, exceptions_raw.split(";")))
    if exceptions and scope != "all":
        raise ValueError("exceptions only make sense with scope 'all'")
    categories = parse_categories(categories_raw.strip().split(";"), "categories") \
        if categories_raw.strip() else ()
    return (scope, sender if scope == "sender" else None, source, channel, since, note,
            tuple(categories), exceptions)


def _exception(raw: str, region: str) -> str:
    """An exception as the ledger takes it: ``<E.164 sender>`` or ``<sender>#<category>``."""
    sender, _, category = raw.partition("#")
    name = normalize_sender(sender.strip(), region)
    if not category:
        return name
    return f"{name}#{parse_categories([category], 'exceptions')[0]}"


def events_of(parsed: ParsedRow) -> list[ConsentEvent]:
    """The events a checked row stands for: its opt-out, then one opt-in per exception."""
    opt_out = parsed.opt_out
    event = opt_out.event()
    if parsed.exceptions:
        event = replace(event, exceptions=parsed.exceptions)
    return [event] + [
        ConsentEvent(kind=Kind.OPT_IN, number=opt_out.number, source=opt_out.source,
                     scope="sender", sender=exception.partition("#")[0],
                     channel=opt_out.channel,
                     categories=(exception.partition("#")[2],) if "#" in exception else (),
                     note="re-subscribed under a global opt-out (import)", only_changes=True)
        for exception in parsed.exceptions]


def row_events(row: dict[str, str], region: str) -> list[ConsentEvent]:
    """The events one CSV row stands for. Raises ValueError naming the fault."""
    return events_of(parse_row(row, region))


def count_results(results: Iterable[RecordResult], report: ImportReport) -> None:
    """Add what recording did to ``report``."""
    for result in results:
        if result.status == "duplicate":
            report.duplicates += 1
        elif result.status in ("in_force", "erased"):  # an erased number stays opted out
            report.in_force += 1
        else:
            report.recorded += 1


def record_rows(ledger: ConsentLedger, suppressions: SuppressionList,
                events: list[ConsentEvent], report: ImportReport) -> None:
    """Record ``events`` (checked rows) and apply their numbers now (those the bulk path
    did not apply as it recorded them)."""
    if not events:
        return
    results = ledger.record_many(events, apply=False)
    count_results(results, report)
    suppressions.apply_numbers([e.number for e, r in zip(events, results, strict=True)
                                if not r.applied])


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
        # Each cell as the report's CSV writes it: a note a spreadsheet would run as a
        # formula (=, +, -, @) gets a leading apostrophe.
        writer.writerow([csv_cell(cell) for cell in (
            number, "all" if star else "sender", "" if star else names.get(code, code),
            event.get("source", ""), event.get("at") or ledger_time(ruling),
            event.get("note", ""), exceptions, _categories(letters))])
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
