"""Recording plain opt-outs in bulk: numbers that have no history yet (imports).

``record.lua`` decides one event at a time: it folds the number's history, marks the opt-out
pending and leaves the projection to an apply job, about a dozen Redis calls an event. An
import of a million new numbers needs none of that: a number with no history has nothing to
fold, and its projection after one opt-out is that opt-out's code. ``record_fresh.lua``
records such opt-outs a shard at a time, grouped by bucket (one HMGET a bucket to find which
numbers are new, one XADD each, one HSET of the histories and one of the projections a
bucket, one SADD a membership set) and applies them in the same atomic step. A number found
to have history is handed back, to be recorded the usual way
(``ConsentLedger.record_packed`` does both).

Rows travel column-wise (``PackedOptOuts``): the numbers as integers and, per row, the index
of its "shape" (everything but the number, a ``PlainOptOut`` with number ""), so that a
million rows are a few arrays, not a million objects; the script's arguments are built from
them with numpy, and calls on different shards run side by side (on a cluster, on different
masters at once).
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, NamedTuple, overload

import numpy as np

from app.consent.events import ConsentEvent, Kind, Scope
from app.consent.history import event_entries
from app.store.layout import BUCKETS, MEMBER_BUCKETS
from app.store.store import Script, Store

# Rows a script call records at most: enough to find several rows a bucket (fewer Redis
# calls a row), few enough that Redis is never busy for long in one call (~20-40 ms).
FRESH_BATCH = 8192
# Script calls in flight at once (each on its own connection): Redis runs one while the
# next one's arguments are built, and a cluster's masters run theirs side by side.
IN_FLIGHT = 3

# What the script says of each row.
NEW = ord("n")  # recorded and applied
IN_FORCE = ord("=")  # it has history and the row changes nothing: nothing recorded
HAS_HISTORY = ord("?")  # it has history: record it the usual way


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


class PackedOptOuts(NamedTuple):
    """Plain opt-outs column-wise: ``values[i]`` is row i's number as an integer (E.164
    without "+"), ``kinds[i]`` the index in ``shapes`` of what else it says (a
    ``PlainOptOut`` with number "")."""

    values: np.ndarray
    kinds: np.ndarray
    shapes: Sequence[PlainOptOut]

    @classmethod
    def of(cls, rows: Sequence[PlainOptOut]) -> PackedOptOuts:
        """Pack ``rows``."""
        index: dict[PlainOptOut, int] = {}
        kinds = [index.setdefault(row._replace(number=""), len(index)) for row in rows]
        values = np.fromiter((int(row.number[1:]) for row in rows), dtype=np.int64,
                             count=len(rows))
        return cls(values, np.asarray(kinds, dtype=np.int32), list(index))

    def __len__(self) -> int:
        return len(self.values)

    def row(self, i: int) -> PlainOptOut:
        """Row ``i`` as a ``PlainOptOut``."""
        return self.shapes[int(self.kinds[i])]._replace(number=f"+{int(self.values[i])}")

    def numbers(self) -> E164:
        """The rows' numbers as E.164 strings (made when asked for)."""
        return E164(self.values)


class E164(Sequence[str]):
    """Integers read as E.164 numbers, one string made at a time."""

    def __init__(self, values: np.ndarray) -> None:
        self.values = values

    def __len__(self) -> int:
        return len(self.values)

    @overload
    def __getitem__(self, i: int) -> str: ...
    @overload
    def __getitem__(self, i: slice) -> E164: ...
    def __getitem__(self, i: int | slice) -> str | E164:
        if isinstance(i, slice):
            return E164(self.values[i])
        return f"+{int(self.values[i])}"

    def __iter__(self) -> Iterator[str]:
        return (f"+{v}" for v in self.values.tolist())


class FreshRecords:
    """Runs ``record_fresh.lua`` on each shard for plain opt-outs."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._script = Script.named("record_fresh")

    def record(self, rows: PackedOptOuts, codes: Sequence[str | None]) -> np.ndarray:
        """Record and apply the rows (each number once; ``codes[k]``: the interned code of
        shape k's sender, None for every sender) whose numbers have no history; returns
        each row's status (uint8): ``NEW``, ``IN_FORCE`` or ``HAS_HISTORY``.

        Raises:
            StoreUnavailable: the store (or its replicas) did not take them.
        """
        statuses = np.zeros(len(rows), dtype=np.uint8)
        if not len(rows):
            return statuses
        shards = self.store.layout.shards
        buckets = rows.values % BUCKETS
        shard_of = buckets % shards
        order = np.argsort(shard_of * BUCKETS + buckets, kind="stable")
        edges = np.searchsorted(shard_of[order], np.arange(shards + 1))
        templates: dict[int, _Template] = {}
        pending: list[tuple[np.ndarray, Future[Any]]] = []
        with ThreadPoolExecutor(IN_FLIGHT, thread_name_prefix="optout-fresh") as runner:
            for shard in range(shards):
                for start in range(int(edges[shard]), int(edges[shard + 1]), FRESH_BATCH):
                    chosen = order[start : min(start + FRESH_BATCH, int(edges[shard + 1]))]
                    keys, args = self._arguments(shard, rows, codes, buckets[chosen], chosen,
                                                 templates)
                    while len(pending) >= IN_FLIGHT:
                        _collect(pending.pop(0), statuses)
                    pending.append((chosen, runner.submit(
                        self.store.run_bulk, shard, self._script, keys, args, durable=True)))
            while pending:
                _collect(pending.pop(0), statuses)
        return statuses

    def _arguments(self, shard: int, rows: PackedOptOuts, codes: Sequence[str | None],
                   buckets: np.ndarray, chosen: np.ndarray,
                   templates: dict[int, _Template]) -> tuple[list[str], list[str]]:
        """KEYS and ARGV of one script call for the rows at ``chosen`` (sorted by bucket)."""
        layout = self.store.layout
        hour = time.strftime("%Y%m%d%H", time.gmtime())
        keys = [layout.ledger(shard), layout.metrics(shard), layout.hourly(shard, hour)]
        keys += [layout.members(b) for b in layout.member_buckets(shard)]
        values = rows.values[chosen]
        count = len(values)
        firsts = np.flatnonzero(np.diff(buckets, prepend=-1))
        lasts = np.append(firsts[1:], count)
        named = buckets[firsts]
        index = len(keys) + 1 + 2 * np.arange(len(named))
        for bucket in named.tolist():
            keys += [layout.history(bucket), layout.projection(bucket)]
        sets = named % MEMBER_BUCKETS // layout.shards
        highs = named // MEMBER_BUCKETS
        groups = np.column_stack((index, firsts + 1, lasts, sets, highs)).ravel().tolist()
        used, local = np.unique(rows.kinds[chosen], return_inverse=True)
        entries: dict[tuple[str, ...], int] = {}
        shapes: list[list[object]] = []
        for kind in used.tolist():
            template = templates.get(kind)
            if template is None:
                template = templates[kind] = _template(rows.shapes[kind], codes[kind])
            shapes.append([entries.setdefault(template.suffixes, len(entries)) + 1,
                           template.fields])
        header = json.dumps({"rows": count, "groups": groups, "entries": list(entries),
                             "templates": shapes}, separators=(",", ":"))
        args = [header]
        args += map(str, (values // BUCKETS).tolist())
        args += [f"+{v}" for v in values.tolist()]
        if len(used) > 1:
            args += map(str, (local + 1).tolist())
        return keys, args


def _collect(pending: tuple[np.ndarray, Future[Any]], statuses: np.ndarray) -> None:
    chosen, future = pending
    reply = future.result()
    statuses[chosen] = np.frombuffer(reply.encode() if isinstance(reply, str) else reply,
                                     dtype=np.uint8)


class _Template(NamedTuple):
    """What every row of one shape writes: its history entries after the ledger id, and its
    ledger fields with "" for the number."""

    suffixes: tuple[str, ...]
    fields: list[str]


def _template(shape: PlainOptOut, sender_code: str | None) -> _Template:
    """What every row of this shape writes: its history entries (``event_entries``, the
    one map from an event to what the fold reads) and its ledger fields, the number left
    "" and status ``new``."""
    fields = shape._replace(number="+1").event().ledger_fields()
    entries = event_entries(dict(zip(fields[::2], fields[1::2], strict=True)), sender_code)
    fields[fields.index("number") + 1] = ""
    return _Template(tuple(f"|{kind}{code}" for kind, code in entries),
                     [*fields, "status", "new"])
