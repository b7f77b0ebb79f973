"""``optout import``: a whole file of opt-outs (our CSV, a Twilio message log, an AWS
opt-out list), checked completely, then recorded range by range.

Two passes, so memory stays small whatever the file's length: the first reads every row and
checks it (one bad row and nothing is written, every fault listed with its line), writing
the checked rows to a temporary file; the second reads them back and records. Rows go in
ranges of ``RANGE_ROWS``; once a range is recorded, a key naming the file (a digest of its
bytes and of how it is read) and the range says so for ``keep_seconds``, and importing the
same file again skips that range ("already imported"). Any other file is idempotent by
state: a row that restates an opt-out in force records nothing ("already in force"). A
range cut short by a crash is recorded again by state.

Plain opt-outs are recorded in bulk by the ledger (``app.consent.fresh``): those of numbers
with no history recorded and applied, those in force found so; the others one event at a
time, as before.
"""

from __future__ import annotations

import marshal
import tempfile
from array import array
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, datetime
from typing import IO, NamedTuple

import numpy as np

from app.consent.fresh import IN_FORCE, NEW, PackedOptOuts, PlainOptOut
from app.consent.ledger import ERASED, ConsentLedger
from app.consent.suppression import SuppressionList
from app.lists.import_formats import Format, ImportFormatError, Row, read_rows
from app.lists.transfer import (
    ImportReport,
    ParsedRow,
    RowParts,
    count_results,
    events_of,
    parse_parts,
    record_rows,
)
from app.store.layout import Registry
from app.store.store import Store

RANGE_ROWS = 100_000
# Rows recorded per call of the ledger: the bulk path groups them by bucket (more rows, fewer
# commands a row), the one-by-one path sends one pipeline per shard of at most this many.
RECORD_BATCH = 100_000
# Faults listed at most (all are counted).
MAX_ERRORS = 1000

Rows = Callable[[], Iterator[tuple[int, Row]]]


class ImportedRanges:
    """Which ranges of which files were imported into this store (keys on its registry
    slot, so a file imported into one store is not skipped by another)."""

    def __init__(self, store: Store, keep_seconds: int) -> None:
        self.store = store
        self.keep_seconds = keep_seconds

    @staticmethod
    def key(digest: str, index: int) -> str:
        """The key of range ``index`` of the file with ``digest``."""
        return f"{Registry.IMPORTED}{digest}:{index}"

    def seen(self, digest: str, index: int) -> bool:
        """Whether range ``index`` of that file was imported (within ``keep_seconds``)."""
        key = self.key(digest, index)
        return bool(self.store.retrying(lambda: self.store.registry().exists(key)))

    def mark(self, digest: str, index: int) -> None:
        """Remember that range ``index`` of that file is imported."""
        key = self.key(digest, index)
        self.store.retrying(lambda: self.store.registry().set(key, "1", ex=self.keep_seconds))


def rows_of(fmt: Format, lines: Callable[[], Iterable[str]], sender: str | None) -> Rows:
    """A re-readable source of rows: each call reads the file again from its start."""
    return lambda: read_rows(fmt, lines(), sender=sender)


def check_file(rows: Rows, region: str, report: ImportReport,
               spool: IO[bytes] | None = None) -> None:
    """The first pass: count and check every row; faults go to ``report`` with their line
    (line 0 for the file as a whole). While all is well, the checked rows are written to
    ``spool`` a range at a time, column-wise (``_Range``) for the second pass to read instead
    of the file.
    """
    numbers = array("q")
    now = datetime.now(UTC)
    chunk = _Range()
    read = bad = opt_ins = 0
    try:
        for line, row in rows():
            read += 1
            try:
                number, parts = parse_parts(row, region, now)
            except ValueError as exc:
                bad += 1
                if len(report.errors) < MAX_ERRORS:
                    report.errors.append((line, str(exc)))
                continue
            chunk.add(int(number[1:]), parts)
            if len(chunk.values) == RANGE_ROWS:
                opt_ins += chunk.close(numbers, None if bad else spool)
                chunk = _Range()
    except ImportFormatError as exc:
        bad += 1
        report.errors.append((0, str(exc)))
    opt_ins += chunk.close(numbers, None if bad or not chunk.values else spool)
    report.rows, report.bad, report.opt_outs, report.opt_ins = read, bad, len(numbers), opt_ins
    report.numbers = len(np.unique(np.frombuffer(numbers, dtype=np.int64))) if numbers else 0


class _Range:
    """One range of checked rows, column-wise: each row's number as an integer and the index
    of its shape (everything else it says: ``parse_parts``), the shapes once each: a file's
    rows mostly differ in their number only."""

    def __init__(self) -> None:
        self.values = array("q")
        self.kinds = array("i")
        self.shapes: list[RowParts] = []
        self._index: dict[int, int] = {}  # id of a shape -> its index (shapes keeps it alive)

    def add(self, value: int, parts: RowParts) -> None:
        """Append one checked row (its number's integer ``value``)."""
        self.values.append(value)
        kind = self._index.get(id(parts))
        if kind is None:
            kind = self._index[id(parts)] = len(self.shapes)
            self.shapes.append(parts)
        self.kinds.append(kind)

    def close(self, numbers: array[int], spool: IO[bytes] | None) -> int:
        """Add the range's numbers to ``numbers``, write it to ``spool`` (if any: marshal of
        the bytes of its two columns and of its shapes); returns its re-subscriptions."""
        numbers.extend(self.values)
        if spool is not None:
            marshal.dump((self.values.tobytes(), self.kinds.tobytes(), self.shapes), spool)
        counts = np.bincount(np.frombuffer(self.kinds, dtype=np.int32),
                             minlength=len(self.shapes))
        return sum(int(counts[k]) * len(shape[-1]) for k, shape in enumerate(self.shapes)
                   if shape[-1])


class _Checked(NamedTuple):
    """One range read back: its plain opt-outs packed, and each shape's exceptions."""

    packed: PackedOptOuts
    exceptions: list[tuple[str, ...]]

    def rows(self) -> int:
        """Rows (opt-outs and re-subscriptions) the range stands for."""
        counts = np.bincount(self.packed.kinds, minlength=len(self.exceptions))
        return len(self.packed) + sum(int(counts[k]) * len(e)
                                      for k, e in enumerate(self.exceptions) if e)


def _spooled(spool: IO[bytes]) -> Iterator[_Checked]:
    """The checked rows the first pass wrote, a range at a time."""
    spool.seek(0)
    while True:
        try:
            values, kinds, shapes = marshal.load(spool)
        except EOFError:
            return
        yield _Checked(PackedOptOuts(np.frombuffer(values, dtype=np.int64),
                                     np.frombuffer(kinds, dtype=np.int32),
                                     [PlainOptOut("", *shape[:-1]) for shape in shapes]),
                       [shape[-1] for shape in shapes])


def import_rows(ledger: ConsentLedger, suppressions: SuppressionList, region: str,
                rows: Rows, *, digest: str, ranges: ImportedRanges) -> ImportReport:
    """Check every row, then (only if all are good) record them range by range and apply
    them. ``digest`` names the file and how it is read (its ranges' keys).

    The second pass reads the rows the first checked from a temporary file, and while one
    range is recorded (mostly waiting for Redis) the next is read.
    """
    report = ImportReport()
    with tempfile.TemporaryFile(prefix="optout-import-") as spool:
        check_file(rows, region, report, spool)
        if report.bad:
            return report
        with ThreadPoolExecutor(1, thread_name_prefix="optout-import") as recorder:
            pending: Future[None] | None = None
            for index, checked in enumerate(_spooled(spool)):
                if pending is not None:
                    pending.result()
                if ranges.seen(digest, index):
                    report.duplicates += checked.rows()
                    pending = None
                    continue
                pending = recorder.submit(_record_range, ledger, suppressions, checked, report,
                                          digest, index, ranges)
            if pending is not None:
                pending.result()
    return report


def _record_range(ledger: ConsentLedger, suppressions: SuppressionList, checked: _Checked,
                  report: ImportReport, digest: str, index: int,
                  ranges: ImportedRanges) -> None:
    """Record one range: plain opt-outs in bulk, rows with exceptions (and every row of
    their numbers) one event at a time in file order; apply what is not applied yet; then
    mark the range imported."""
    packed = checked.packed
    with_exceptions = [k for k, e in enumerate(checked.exceptions) if e]
    tangled = np.zeros(len(packed), dtype=bool)
    if with_exceptions:
        numbers = np.unique(packed.values[np.isin(packed.kinds, with_exceptions)])
        tangled = np.isin(packed.values, numbers)
    plain = np.flatnonzero(~tangled)
    for start in range(0, len(plain), RECORD_BATCH):
        chosen = plain[start : start + RECORD_BATCH]
        statuses, rest = ledger.record_packed(
            PackedOptOuts(packed.values[chosen], packed.kinds[chosen], packed.shapes))
        tally = np.bincount(statuses, minlength=256)
        report.recorded += int(tally[NEW])
        report.in_force += int(tally[IN_FORCE] + tally[ERASED])
        count_results(rest.values(), report)
        suppressions.apply_numbers([f"+{int(packed.values[chosen[i]])}"
                                    for i, result in rest.items() if not result.applied])
    if with_exceptions:
        events = [e for i in np.flatnonzero(tangled).tolist() for e in events_of(
            ParsedRow(packed.row(i), checked.exceptions[int(packed.kinds[i])]))]
        for start in range(0, len(events), RECORD_BATCH):
            record_rows(ledger, suppressions, events[start : start + RECORD_BATCH], report)
    ranges.mark(digest, index)
