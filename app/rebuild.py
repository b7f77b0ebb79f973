"""``optout rebuild``: prove the suppression list follows from the consent ledger, and mend
it where it does not.

1. Replay the ledger stream into the history index each number should have, and compare it
   with the index (a difference is fixed with a compare-and-set, so events recorded while
   the rebuild runs are never lost).
2. Fold each expected history with the same Lua fold the service uses, and compare with the
   projection the checks read (its values and the set of numbers that have one). Numbers
   that differ, and projection entries with no history, are re-applied through the normal
   locked apply, which reads the current history.
"""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass, field
from typing import cast

from app.keys import Keys, bucket, read_buckets
from app.scripts import lua_source
from app.services import Services

_KIND_CODE = {"opt_out": "O", "opt_in": "I", "undeliverable": "U", "review": "R", "retract": "X"}


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


def rebuild(services: Services, *, fix: bool = True, batch: int = 1000) -> RebuildReport:
    """Compare the history index and the projection with the ledger; mend them when ``fix``."""
    started = time.monotonic()
    report = RebuildReport(fixed=fix)
    redis = services.connections.redis
    codes = cast(dict[str, str], redis.hgetall(Keys.SENDER_CODES))
    expected: dict[str, list[str]] = defaultdict(list)
    for event in services.ledger.scan():
        report.events += 1
        code = _code(event, codes, report)
        entry = f"{event['id']}|{_KIND_CODE.get(event.get('kind', ''), 'R')}{code}"
        expected[event["number"]].append(entry)
        if event.get("clears") == "undeliverable":
            expected[event["number"]].append(f"{event['id']}|D")
    wanted = {number: " ".join(entries) for number, entries in expected.items()}

    actual = read_buckets(redis, Keys.HISTORY)
    cas = redis.register_script(lua_source("replace_if_unchanged"))
    for number in sorted(set(wanted) | set(actual)):
        if wanted.get(number, "") != actual.get(number, ""):
            report.history_differences.append(number)
            if fix:
                suffix, history_field = bucket(number)
                cas(keys=[Keys.HISTORY + suffix],
                    args=[history_field, actual.get(number, ""), wanted.get(number, "")])
    report.numbers = len(wanted)

    fold_many = redis.register_script(lua_source("fold_many"))
    store = services.connections.store
    projection = read_buckets(store, Keys.PROJECTION)
    members = set(store.sscan_iter(Keys.ANY, count=10_000))
    numbers = sorted(set(wanted) | set(projection) | members)
    for start in range(0, len(numbers), batch):
        chunk = numbers[start : start + batch]
        folded = fold_many(args=[wanted.get(n, "") for n in chunk])
        differing = [n for n, value in zip(chunk, folded, strict=True)
                     if value != projection.get(n, "") or bool(value) != (n in members)]
        report.projection_differences += differing
        if fix and differing:
            for number in services.suppressions.apply_many(differing).busy:
                services.ledger.enqueue_apply(number)
    report.seconds = time.monotonic() - started
    return report


def _code(event: dict[str, str], codes: dict[str, str], report: RebuildReport) -> str:
    kind = event.get("kind")
    if kind == "retract":
        return event.get("target", "")
    if kind == "undeliverable" or event.get("scope") == "all":
        return "*"
    sender = event.get("sender", "")
    if sender not in codes:
        report.unknown_senders.append(sender)
        return "?"
    return codes[sender]
