"""``optout rebuild``: prove the suppression list follows from the consent ledger, and mend
it where it does not.

For each shard of the store:

1. Replay the shard's ledger (the archive's events, then those still in Redis) into the
   history each number should have, with the same encoding the record script writes and
   the same compaction the trim applies (``app.consent``), and compare it with the history
   index (a difference is fixed with a compare-and-set, so events recorded while the
   rebuild runs are never lost).
2. Fold each expected history with the store's own Lua fold and compare the result with the
   projection the checks read (its values and its membership sets). Numbers that differ,
   and projection entries with no history, are applied again, which reads the current
   history.
"""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass, field

from app.archive.history import shard_events
from app.archive.store import Archive
from app.consent.events import SENDER_KINDS
from app.consent.history import compact, event_entries
from app.consent.ledger import ConsentLedger
from app.consent.suppression import SuppressionList
from app.store.store import Script, Store, read_buckets, read_members


@dataclass
class RebuildReport:
    """Counts and the numbers that differed (E.164)."""

    events: int = 0
    numbers: int = 0
    history_differences: list[str] = field(default_factory=list)
    projection_differences: list[str] = field(default_factory=list)
    unknown_senders: list[str] = field(default_factory=list)
    fixed: bool = False
    seconds: float = 0.0

    def summary(self) -> str:
        verb = "fixed" if self.fixed else "found"
        return (f"{self.events} ledger events, {self.numbers} numbers; {verb} "
                f"{len(self.history_differences)} history and "
                f"{len(self.projection_differences)} projection differences "
                f"in {self.seconds:.1f}s")


def rebuild(store: Store, ledger: ConsentLedger, suppressions: SuppressionList, *,
            archive: Archive | None = None, fix: bool = True, batch: int = 500
            ) -> RebuildReport:
    """Compare the history index and the projection with the ledger (and the archive, for
    events trimmed from Redis); mend them when ``fix``."""
    started = time.monotonic()
    report = RebuildReport(fixed=fix)
    codes = {name: code for code, name in ledger.registry.names().items() if code != "#seq"}
    cas = Script.named("replace_if_unchanged")
    fold_many = Script.named("fold_many")
    layout = store.layout
    for shard in store.all_shards():
        events, gone = shard_events(ledger, archive, shard)
        expected: dict[str, list[str]] = defaultdict(list)
        for event in events:
            report.events += 1
            expected[event["number"]].append(_entry(event, codes, report))
        wanted = {number: compact(" ".join(entries), gone)
                  for number, entries in expected.items()}
        report.numbers += len(wanted)

        actual = read_buckets(store, shard, layout.history)
        for number in sorted(set(wanted) | set(actual)):
            if wanted.get(number, "") != actual.get(number, ""):
                report.history_differences.append(number)
                if fix:
                    _, bucket, history_field = layout.locate(number)
                    store.run(shard, [(cas, [layout.history(bucket)],
                                       [history_field, actual.get(number, ""),
                                        wanted.get(number, "")])])

        projection = read_buckets(store, shard, layout.projection)
        members = read_members(store, shard)
        numbers = sorted(set(wanted) | set(projection) | members)
        for start in range(0, len(numbers), batch):
            chunk = numbers[start : start + batch]
            histories = ["", *(wanted.get(n, "") for n in chunk)]
            folded = store.run(shard, [(fold_many, [], histories)])[0]
            differing = [n for n, value in zip(chunk, folded[::2], strict=True)
                         if value != projection.get(n, "") or bool(value) != (n in members)]
            report.projection_differences += differing
            if fix and differing:
                suppressions.apply_numbers(differing)
    report.seconds = time.monotonic() - started
    return report


def _entry(event: dict[str, str], codes: dict[str, str], report: RebuildReport) -> str:
    sender = event.get("sender", "")
    code = codes.get(sender)
    if code is None and event.get("scope") == "sender" and event.get("kind") in SENDER_KINDS:
        report.unknown_senders.append(sender)
    ledger_id = event["id"]
    written = [f"{ledger_id}|{kind}{entry}" for kind, entry in event_entries(event, code)]
    if event.get("clears") == "undeliverable":
        written.append(f"{ledger_id}|D")
    return " ".join(written)
