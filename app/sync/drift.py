"""``optout sync status``: where a provider's opt-out list and optout's disagree, and why.

Two kinds of drift:

* ``suppressed_here_textable_there``: optout suppresses the number, the provider would
  deliver to it (only optout's check stands between it and a text);
* ``blocked_there_textable_here``: the provider blocks the number, optout says it may be
  texted ("blocked at the carrier, will fail with 21610" on Twilio): the send will fail,
  and the person's opt-out at the carrier is not in optout's record.

AWS and Telnyx lists are read whole. Twilio offers no way to read its list: its drift is
what it refused of what we pushed, and whether the pushes are behind.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal, cast

from app.consent.history import SUPPRESSED, value_flags
from app.consent.suppression import SuppressionList
from app.store.store import Store, read_buckets

DriftKind = Literal["suppressed_here_textable_there", "blocked_there_textable_here"]
KINDS: tuple[DriftKind, ...] = ("suppressed_here_textable_there", "blocked_there_textable_here")
# What sending to a number the provider blocks fails with.
BLOCKED_ERROR = {"twilio": "21610", "telnyx": "40300", "aws": "DESTINATION_PHONE_NUMBER_OPTED_OUT"}
CHECK_BATCH = 10_000


@dataclass
class ProviderDrift:
    """One provider's comparison: counts of each kind, the first ``limit`` items of each."""

    provider: str
    listed: int | None = None  # numbers on the provider's list (None: it cannot be read)
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    items: list[dict[str, Any]] = field(default_factory=list)
    push: dict[str, Any] | None = None  # the push target's delivery state, if we push
    note: str = ""
    error: str = ""

    def add(self, kind: DriftKind, number: str, why: str, limit: int,
            sender: str | None = None) -> None:
        """Count one drift item; keep it among the first ``limit`` of its kind."""
        self.counts[kind] += 1
        if self.counts[kind] <= limit:
            self.items.append({"kind": kind, "number": number, "sender": sender, "why": why})

    @property
    def drifted(self) -> bool:
        """Whether anything disagrees (or the provider could not be read)."""
        return bool(sum(self.counts.values()) or self.error)

    def as_dict(self) -> dict[str, Any]:
        """JSON of the comparison."""
        return {"provider": self.provider, "listed": self.listed, "counts": self.counts,
                "items": self.items, "push": self.push, "note": self.note or None,
                "error": self.error or None}


def suppressed_here(store: Store) -> Iterator[str]:
    """Every number optout suppresses for some sender: applied (the projection) or
    acknowledged and not yet applied (a pending mark), shard by shard."""
    layout = store.layout
    for shard in store.all_shards():
        values = read_buckets(store, shard, layout.projection)
        pending = _pending(store, shard)
        numbers = {n for n, value in values.items() if value_flags(value, frozenset()) &
                   SUPPRESSED} | set(pending)
        yield from sorted(numbers)


def _pending(store: Store, shard: int) -> list[str]:
    key = store.layout.pending(shard)
    return cast(list[str], store.retrying(lambda: store.node(shard).hkeys(key)))


def textable_here(suppressions: SuppressionList, numbers: list[str], sender: str | None
                  ) -> Iterator[str]:
    """Those of ``numbers`` optout lets ``sender`` (None: anyone) text."""
    for start in range(0, len(numbers), CHECK_BATCH):
        chunk = numbers[start : start + CHECK_BATCH]
        for number, flags in zip(chunk, suppressions.check_many(chunk, sender), strict=True):
            if not flags & SUPPRESSED:
                yield number


def compare_list(drift: ProviderDrift, theirs: Iterable[dict[str, Any]], ours: Iterable[str],
                 suppressions: SuppressionList, *, limit: int, describe: Callable[
                     [dict[str, Any]], str], per_sender: bool) -> None:
    """Compare a provider's list (items ``{"number", "sender"?, ...}``) with optout's
    suppressed numbers; ``per_sender``: their opt-outs are per sending number."""
    listed: dict[str, list[dict[str, Any]]] = {}
    for item in theirs:
        if item.get("number"):
            listed.setdefault(item["number"], []).append(item)
    drift.listed = len(listed)
    blocked = BLOCKED_ERROR[drift.provider]
    by_sender: dict[str | None, list[str]] = {}
    for number, items in listed.items():
        for item in items if per_sender else items[:1]:
            by_sender.setdefault(item.get("sender") if per_sender else None, []).append(number)
    for sender, numbers in by_sender.items():
        for number in textable_here(suppressions, numbers, sender):
            item = next(i for i in listed[number] if not per_sender or i.get("sender") == sender)
            drift.add("blocked_there_textable_here", number,
                      f"blocked at the carrier, will fail with {blocked}: {describe(item)}",
                      limit, sender)
    for number in ours:
        if number not in listed:
            drift.add("suppressed_here_textable_there", number,
                      f"suppressed here, not on the {drift.provider} opt-out list: "
                      f"{drift.provider} would deliver", limit)


def compare_refusals(drift: ProviderDrift, refusals: dict[str, dict[str, Any]],
                     suppressions: SuppressionList, *, limit: int) -> None:
    """Drift from what a provider refused of our pushes, where it still matters: a refused
    opt-out of a number still suppressed here, a refused opt-in (or removal) of a number
    textable here."""
    blocked = BLOCKED_ERROR[drift.provider]
    for number, why in sorted(refusals.items()):
        said = "; ".join(m for m in why.get("messages", []) if m) or str(why.get("error_code"))
        suppressed = suppressions.lookup(number).suppressed
        if why.get("status") == "opt-out" and suppressed:
            drift.add("suppressed_here_textable_there", number,
                      f"{drift.provider} refused the opt-out: {said}", limit, why.get("sender"))
        elif why.get("status") == "opt-in" and not suppressed:
            drift.add("blocked_there_textable_here", number,
                      f"blocked at the carrier, will fail with {blocked}: {drift.provider} "
                      f"refused to lift it ({said})", limit, why.get("sender"))
