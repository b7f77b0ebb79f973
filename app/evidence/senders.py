"""Per-sender report: opt-outs and opt-ins per day, by source and by keyword and language.

It reads any iterable of ledger event dicts: the console passes every event, archived and
still in Redis (``app.archive.history.all_events``), so it counts the same before and after
a trim.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import IO

KINDS = ("opt_out", "opt_in")
CSV_COLUMNS = ["day", "kind", "source", "keyword", "language", "count"]


@dataclass
class SenderReport:
    """Counts of one sender's (or every sender's) consent events."""

    sender: str | None
    by_day: Counter[tuple[str, str]] = field(default_factory=Counter)  # (day, kind)
    by_source: Counter[tuple[str, str]] = field(default_factory=Counter)  # (kind, source)
    by_keyword: Counter[tuple[str, str, str]] = field(default_factory=Counter)  # kind, kw, lang
    rows: Counter[tuple[str, str, str, str, str]] = field(default_factory=Counter)
    senders: Counter[str] = field(default_factory=Counter)  # every sender seen, for the picker

    def days(self) -> list[tuple[str, int, int]]:
        """(day, opt-outs, opt-ins), newest first."""
        days = sorted({day for day, _ in self.by_day}, reverse=True)
        return [(d, self.by_day[(d, "opt_out")], self.by_day[(d, "opt_in")]) for d in days]

    def totals(self) -> dict[str, int]:
        return {kind: sum(n for (_, k), n in self.by_day.items() if k == kind) for kind in KINDS}

    def write_csv(self, out: IO[str]) -> int:
        """One row per day, kind, source, keyword and language; returns the rows written."""
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(CSV_COLUMNS)
        for key in sorted(self.rows):
            writer.writerow([*key, self.rows[key]])
        return len(self.rows)


def event_senders(event: dict[str, str]) -> set[str]:
    """The senders an event belongs to: its scope's sender and the number it was sent to
    (an opt-out widened to every sender still counts for the sender that received it)."""
    return {s for s in (event.get("sender"), event.get("to")) if s}


def sender_report(events: Iterable[dict[str, str]], sender: str | None = None) -> SenderReport:
    """Count opt-outs and opt-ins of ``sender`` (every sender when None) by UTC day."""
    report = SenderReport(sender)
    for event in events:
        kind = event.get("kind")
        if kind not in KINDS:
            continue
        senders = event_senders(event)
        report.senders.update(senders)
        if sender is not None and sender not in senders:
            continue
        day = (event.get("recorded_at") or event.get("at") or "")[:10]
        source = event.get("source", "")
        keyword = (event.get("keyword") or "").upper()
        language = event.get("language") or ""
        report.by_day[(day, kind)] += 1
        report.by_source[(kind, source)] += 1
        if keyword or language:
            report.by_keyword[(kind, keyword, language)] += 1
        report.rows[(day, kind, source, keyword, language)] += 1
    return report
