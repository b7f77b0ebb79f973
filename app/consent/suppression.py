"""The suppression list: what marketing tools ask before every text.

Two views answer the same question, both conservative:

* ``lookup`` (one number, with the reasons) folds the number's history, which holds every
  acknowledged event, so it is exact from the moment the webhook answered.
* ``check_many`` (campaign lists) reads the compact projection written by the apply job,
  plus the pending marks of acknowledged opt-outs not yet applied: a STOP counts at once, a
  START only once a worker has applied it.

Applying folds a shard's unapplied numbers into the projection, a batch per script call.
"""

from __future__ import annotations

import json
import logging
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, cast

from app.consent.applying import ApplyRequests
from app.consent.erased import ErasedNumbers, PepperMissing
from app.consent.events import ledger_time
from app.consent.history import (
    LETTERS,
    NAME_OF,
    PENDING_CONFIRMATION,
    REASSIGNED,
    SUPPRESSED,
    UNDELIVERABLE,
    fold,
    value_flags,
)
from app.consent.ledger import ConsentLedger
from app.errors import fault_point
from app.store.bulk import number_values, projection_values
from app.store.layout import Layout
from app.store.registry import SenderRegistry
from app.store.store import Script, Store

log = logging.getLogger(__name__)

__all__ = ["PENDING_CONFIRMATION", "REASSIGNED", "SUPPRESSED", "UNDELIVERABLE", "Lookup",
           "SuppressionList", "value_flags"]

# Upper bounds (seconds) of the STOP-to-enforced latency histogram.
LATENCY_BUCKETS = ("0.05", "0.1", "0.25", "0.5", "1.0", "2.5", "5.0", "10.0", "30.0", "60.0",
                   "300.0")
LATENCY_WINDOW_MS = 3600 * 1000
# The dashboard's percentiles count latencies in slots a twentieth of a power of ten wide
# (about 12%): slot s holds what is above 10**((s-1)/20) ms and up to 10**(s/20) ms.
LATENCY_SLOTS_PER_DECADE = 20
APPLY_BATCH = 500


@dataclass(frozen=True)
class Lookup:
    """The answer for one number, with the event that decided it."""

    number: str
    suppressed: bool
    scope: str | None
    since: str | None
    source: str | None
    undeliverable: bool
    pending: bool
    # The category whose consent decides (the one asked, or the one an opt-out of some
    # categories rules by; None: every category alike), and a consent asked for with a
    # double opt-in and not yet confirmed.
    category: str | None = None
    pending_confirmation: bool = False
    reassigned: bool = False  # the RND said its consent predates a new owner

    @property
    def textable(self) -> bool:
        """May this number be texted now (as far as consent goes)?"""
        return not (self.suppressed or self.undeliverable or self.pending_confirmation
                    or self.reassigned)

    @property
    def flags(self) -> int:
        """What the bulk check gives: SUPPRESSED or PENDING_CONFIRMATION, UNDELIVERABLE,
        REASSIGNED."""
        return ((SUPPRESSED if self.suppressed else
                 PENDING_CONFIRMATION if self.pending_confirmation else 0)
                | (UNDELIVERABLE if self.undeliverable else 0)
                | (REASSIGNED if self.reassigned else 0))

    def as_dict(self) -> dict[str, object]:
        """The JSON shape of the contract, plus ``undeliverable``, ``reassigned``,
        ``pending`` (an event not yet applied), ``category`` and ``pending_confirmation``."""
        return {
            "number": self.number,
            "suppressed": self.suppressed,
            "scope": self.scope,
            "since": self.since,
            "source": self.source,
            "undeliverable": self.undeliverable,
            "reassigned": self.reassigned,
            "pending": self.pending,
            "category": self.category,
            "pending_confirmation": self.pending_confirmation,
        }


@dataclass
class ApplyReport:
    """What applying did: numbers folded into the projection, pending marks cleared."""

    applied: int = 0
    pending_cleared: int = 0


class SuppressionList:
    """Checks, and the apply step that keeps the projection in line with the ledger."""

    def __init__(self, store: Store, registry: SenderRegistry, ledger: ConsentLedger,
                 requests: ApplyRequests, erased: ErasedNumbers | None = None) -> None:
        self.store = store
        self.registry = registry
        self.ledger = ledger
        self.requests = requests
        self.erased = erased or ErasedNumbers(store, None)
        self._apply = Script.named("apply")

    @property
    def layout(self) -> Layout:
        """The store's key layout."""
        return self.store.layout

    def sender_codes(self, sender: str | None) -> list[str]:
        """Codes that stand for ``sender`` (see ``SenderRegistry.sender_codes``)."""
        return self.registry.sender_codes(sender)

    # -- checks --------------------------------------------------------------------------

    def check_many(self, numbers: Sequence[str], sender: str | None,
                   letters: str = LETTERS) -> list[int]:
        """Flags (SUPPRESSED or PENDING_CONFIRMATION, UNDELIVERABLE, REASSIGNED) for E.164
        ``numbers`` texted by ``sender`` (normalised; None: by anyone, the cautious check)
        with messages of the categories ``letters``
        (``app.consent.categories.category_letters``; default every category, the cautious
        check), in order.

        The sender's codes are resolved on every call, so a long campaign filter sees a
        sender's first opt-out even when it arrives between two batches. Pending marks are
        read before the projection: a mark cleared in between means the projection already
        holds its opt-out, so no acknowledged STOP slips through. The projection is read
        through the membership sets (``app.store.bulk``), pipelined per node. Erased numbers
        are asked last: an erasure removes the number's projection and pending mark in the
        step that marks it erased, so whichever the reads above missed, this one finds.
        """
        if not numbers:
            return []
        wanted = frozenset(self.sender_codes(sender))
        pending = self._pending_marks(numbers)
        values = number_values(numbers)
        flags = [value_flags(value, wanted, letters) if value else 0
                 for value in projection_values(self.store, numbers, values)]
        for i, number in enumerate(numbers) if pending else ():
            mark = pending.get(number)
            if mark is not None:
                # On their own: a new pending STOPALL is not undone by an old exception.
                flags[i] |= value_flags(mark, wanted, letters) & (
                    SUPPRESSED | PENDING_CONFIRMATION)
        for i in self.erased.which(numbers, values):
            flags[i] = (flags[i] & ~PENDING_CONFIRMATION) | SUPPRESSED
        return flags

    def _pending_marks(self, numbers: Sequence[str]) -> dict[str, str]:
        """Pending opt-out marks of ``numbers`` (usually none: one HLEN a shard)."""
        layout = self.layout
        if len(numbers) < 64:
            shards = {layout.shard_of(n) for n in numbers}
        else:
            shards = set(self.store.all_shards())
        sizes = self.store.pipeline_by_shard(
            shards, lambda pipe, shard: pipe.hlen(layout.pending(shard)))
        busy = {shard: size for shard, (size,) in sizes.items() if size}
        if not busy:
            return {}
        if sum(busy.values()) <= max(len(numbers), 1000):
            marks = self.store.pipeline_by_shard(
                busy, lambda pipe, shard: pipe.hgetall(layout.pending(shard)))
            out: dict[str, str] = {}
            for (found,) in marks.values():
                out.update(cast(dict[str, str], found))
            return out
        mine: dict[int, list[str]] = defaultdict(list)
        for number in numbers:
            mine[layout.shard_of(number)].append(number)
        asked = [shard for shard in busy if mine[shard]]
        marks = self.store.pipeline_by_shard(
            asked, lambda pipe, shard: pipe.hmget(layout.pending(shard), mine[shard]))
        return {number: mark for shard, (found,) in marks.items()
                for number, mark in zip(mine[shard], found, strict=True) if mark is not None}

    def lookup(self, number: str, sender: str | None = None, letters: str = LETTERS
               ) -> Lookup:
        """Whether ``number`` may be texted by ``sender`` (by anyone, without) with
        messages of the categories ``letters`` (default: any, the cautious check), and
        why."""
        codes = frozenset(self.sender_codes(sender))
        shard, bucket, history_field = self.layout.locate(number)
        pepper = self.erased.pepper

        def read() -> list[Any]:
            with self.store.node(shard).pipeline(transaction=False) as pipe:
                pipe.hget(self.layout.history(bucket), history_field)
                pipe.zscore(self.layout.unapplied(shard), number)
                # After the history: an erasure between the two reads is seen by this one.
                if pepper is not None:
                    pipe.hget(self.layout.erased(shard), pepper.digest(number))
                else:
                    pipe.hlen(self.layout.erased(shard))
                return cast(list[Any], pipe.execute())

        history, unapplied, erased = self.store.retrying(read)
        if pepper is None and erased:
            raise PepperMissing("numbers were erased, but ERASURE_PEPPER is not set: no "
                                "check can answer until it is")
        if pepper is not None and erased:
            return Lookup(number=number, suppressed=True, scope="all", since=str(erased),
                          source="erasure", undeliverable=False, pending=False)
        state = fold(history)
        ruled = state.ruling(codes, letters)
        since = source = None
        if ruled.ledger_id:
            event = self.ledger.ruling_events(number, [ruled.ledger_id])[ruled.ledger_id]
            since = event.get("at") or ledger_time(ruled.ledger_id)
            source = event.get("source")
        category = None
        if len(letters) == 1:
            category = NAME_OF[letters]
        elif ruled.letter and not state.covers_every_category(ruled):
            category = NAME_OF[ruled.letter]
        return Lookup(
            number=number,
            suppressed=bool(ruled.scope) and not ruled.pending,
            scope=ruled.scope,
            since=since,
            source=source,
            undeliverable=state.undeliverable,
            pending=unapplied is not None,
            category=category,
            pending_confirmation=ruled.pending,
            reassigned=state.reassigned_since is not None,
        )

    # -- applying ------------------------------------------------------------------------

    def apply_shard(self, shard: int, *, batch: int = APPLY_BATCH,
                    budget_seconds: float = 10.0) -> ApplyReport:
        """Apply every unapplied number of ``shard``, ``batch`` numbers a script call.

        Idempotent and order-free: each fold covers the number's whole history, so a job may
        run twice, late or beside another. After ``budget_seconds`` it asks for another job
        and returns, so one busy shard does not hold a worker for ever.
        """
        self.requests.started(shard)
        fault_point("apply")
        report = ApplyReport()
        deadline = time.monotonic() + budget_seconds
        unapplied = self.layout.unapplied(shard)
        while True:
            numbers = cast(list[str], self.store.retrying(
                lambda: self.store.node(shard).zrange(unapplied, 0, batch - 1)))
            if not numbers:
                return report
            self._add(report, self.apply_numbers(numbers))
            if len(numbers) < batch:
                return report
            if time.monotonic() > deadline:
                self.requests.request([shard], force=True)
                return report

    def apply_numbers(self, numbers: Sequence[str]) -> ApplyReport:
        """Fold ``numbers`` into the projection now (imports, rebuild, jobs)."""
        report = ApplyReport()
        by_shard: dict[int, list[str]] = defaultdict(list)
        for number in dict.fromkeys(numbers):
            by_shard[self.layout.shard_of(number)].append(number)
        for shard, group in by_shard.items():
            for start in range(0, len(group), APPLY_BATCH):
                self._add(report, self._apply_batch(shard, group[start : start + APPLY_BATCH]))
        return report

    def _apply_batch(self, shard: int, numbers: list[str]) -> ApplyReport:
        layout = self.layout
        keys = [layout.pending(shard), layout.unapplied(shard), layout.metrics(shard),
                layout.latency(shard)]
        pairs = []
        for number in numbers:
            _, bucket, field = layout.locate(number)
            member_bucket, member = layout.member_of(number)
            keys += [layout.history(bucket), layout.projection(bucket),
                     layout.members(member_bucket)]
            pairs.append([number, field, member])
        payload = json.dumps({"now": int(time.time() * 1000), "window": LATENCY_WINDOW_MS,
                              "bounds": LATENCY_BUCKETS,
                              "per_decade": LATENCY_SLOTS_PER_DECADE, "numbers": pairs})
        applied, cleared = self.store.run(shard, [(self._apply, keys, [payload])])[0]
        return ApplyReport(int(applied), int(cleared))

    @staticmethod
    def _add(total: ApplyReport, part: ApplyReport) -> None:
        total.applied += part.applied
        total.pending_cleared += part.pending_cleared
