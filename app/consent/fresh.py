"""Recording plain opt-outs in bulk: numbers that have no history yet (imports).

``record.lua`` decides one event at a time: it folds the number's history, marks the opt-out
pending and leaves the projection to an apply job, about a dozen Redis calls an event. An
import of a million new numbers needs none of that: a number with no history has nothing to
fold, and its projection after one opt-out is that opt-out's code. ``record_fresh.lua``
records such opt-outs a bucket at a time (one HMGET to find which numbers are new, one XADD
each, one HSET of the histories and one of the projections, one SADD a membership set) and
applies them in the same atomic step. A number found to have history is handed back, to be
recorded the usual way (``ConsentLedger.record_opt_outs`` does both).
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, NamedTuple

import numpy as np

from app.consent.events import ConsentEvent, Kind, Scope
from app.consent.history import event_entries
from app.store.layout import BUCKETS, MEMBER_BUCKETS
from app.store.store import Script, Store

# Rows a script call records at most, so that Redis is never busy for long in one call.
FRESH_BATCH = 2000


class PlainOptOut(NamedTuple):
    """An opt-out with nothing but who, whom, how and when (an imported row): what
    ``ConsentEvent`` would say with these fields and ``only_changes``."""

    number: str
    scope: Scope
    sender: str | None
    source: str
    channel: str
    occurred_at: str | None
    note: str | None
    categories: tuple[str, ...] = ()  # names; empty: every category

    def event(self) -> ConsentEvent:
        """The same opt-out as a ledger event (recorded only if it changes anything)."""
        return ConsentEvent(kind=Kind.OPT_OUT, number=self.number, source=self.source,
                            scope=self.scope, sender=self.sender, channel=self.channel,
                            occurred_at=self.occurred_at, note=self.note, only_changes=True,
                            categories=self.categories)


IN_FORCE = "="  # the script's reply for a row already in force


class FreshRecords:
    """Runs ``record_fresh.lua`` on a shard for a batch of plain opt-outs."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._script = Script.named("record_fresh")

    def record(self, by_shard: dict[int, tuple[Sequence[PlainOptOut], Sequence[str | None]]]
               ) -> dict[int, list[str]]:
        """Record and apply the rows of each shard (with ``codes[i]``, the interned code of
        row i's sender, None for every sender) whose numbers have no history; returns each
        row's reply per shard: its ledger id, ``IN_FORCE`` (it had history and is in force:
        nothing recorded) or "" (it had history: record it the usual way). The arguments of
        one call are built while Redis runs the one before.

        Raises:
            StoreUnavailable: the store (or its replicas) did not take them.
        """
        ids = {shard: [""] * len(rows) for shard, (rows, _) in by_shard.items()}
        pending: tuple[int, list[int], Future[Any]] | None = None
        with ThreadPoolExecutor(1, thread_name_prefix="optout-fresh") as runner:
            for shard, (rows, codes) in by_shard.items():
                values = np.fromiter((int(row.number[1:]) for row in rows), dtype=np.int64,
                                     count=len(rows))
                order = np.argsort(values % BUCKETS, kind="stable").tolist()
                for start in range(0, len(order), FRESH_BATCH):
                    chosen = order[start : start + FRESH_BATCH]
                    keys, args = self._arguments(shard, rows, codes, values, chosen)
                    if pending is not None:
                        self._collect(pending, ids)
                    pending = (shard, chosen, runner.submit(
                        self.store.run_bulk, shard, self._script, keys, args, durable=True))
            if pending is not None:
                self._collect(pending, ids)
        return ids

    @staticmethod
    def _collect(pending: tuple[int, list[int], Future[Any]], ids: dict[int, list[str]]
                 ) -> None:
        shard, chosen, future = pending
        for i, ledger_id in zip(chosen, future.result(), strict=True):
            ids[shard][i] = ledger_id

    def _arguments(self, shard: int, rows: Sequence[PlainOptOut], codes: Sequence[str | None],
                   values: np.ndarray, chosen: list[int]) -> tuple[list[str], list[str]]:
        """KEYS and ARGV of one script call for the rows at ``chosen`` (sorted by bucket)."""
        layout = self.store.layout
        hour = time.strftime("%Y%m%d%H", time.gmtime())
        keys = [layout.ledger(shard), layout.metrics(shard), layout.hourly(shard, hour)]
        keys += [layout.members(b) for b in layout.member_buckets(shard)]
        picked = values[chosen]
        buckets = (picked % BUCKETS).tolist()
        fields = (picked // BUCKETS).astype(str).tolist()
        members = (picked // MEMBER_BUCKETS).astype(str).tolist()
        sets = (picked % MEMBER_BUCKETS // layout.shards).astype(str).tolist()
        templates: dict[tuple[object, ...], str] = {}
        shapes: list[list[object]] = []
        groups: list[int] = []
        args: list[str] = []
        previous = -1
        for position, (i, bucket) in enumerate(zip(chosen, buckets, strict=True), start=1):
            row = rows[i]
            shape = (codes[i], *row[1:])
            template = templates.get(shape)
            if template is None:
                shapes.append(_template(row, codes[i]))
                template = templates[shape] = str(len(shapes))
            if bucket != previous:
                keys += [layout.history(bucket), layout.projection(bucket)]
                groups += [len(keys) - 1, position, position]
                previous = bucket
            else:
                groups[-1] = position
            args += [fields[position - 1], members[position - 1], sets[position - 1],
                     template, row.number]
        header = json.dumps({"groups": groups, "templates": shapes}, separators=(",", ":"))
        return keys, [header, *args]


def _template(row: PlainOptOut, sender_code: str | None) -> list[object]:
    """What every row of this shape writes: its history entries (``event_entries``, the
    one map from an event to what the fold reads) and its ledger fields, the number left
    "" and status ``new``."""
    fields = row.event().ledger_fields()
    entries = event_entries(dict(zip(fields[::2], fields[1::2], strict=True)), sender_code)
    fields[fields.index("number") + 1] = ""
    return [[f"|{kind}{code}" for kind, code in entries], [*fields, "status", "new"]]
