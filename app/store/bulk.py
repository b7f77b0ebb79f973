"""Projection values of a campaign's numbers: membership sets first, values for the few found.

A campaign list runs to millions of numbers, so the per-number work is done in C: numpy
turns the numbers into integers, groups them by membership set (a stable argsort) and puts
the answers back in input order; hiredis packs the commands and parses the replies. Each
shard's commands go to the master that holds it, one pipeline per node.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from itertools import chain
from typing import Any

import numpy as np

from app.store.layout import BUCKETS, MEMBER_BUCKETS
from app.store.store import Store


def runs(keys: np.ndarray) -> tuple[np.ndarray, list[int], list[int], list[int]]:
    """A stable order that sorts ``keys``, and each run's key, start and end in that order."""
    order = np.argsort(keys, kind="stable")
    ordered = keys[order]
    cut = np.flatnonzero(np.diff(ordered)) + 1
    starts = np.concatenate([[0], cut]).astype(np.int64)
    ends = np.concatenate([cut, [len(ordered)]]).astype(np.int64)
    return order, ordered[starts].tolist(), starts.tolist(), ends.tolist()


def _ask(store: Store, key_of: Any, command: str, keys: list[int], starts: list[int],
         ends: list[int], args: list[int]) -> list[Any]:
    """One ``command`` per run (key ``key_of(k)``, arguments ``args[start:end]``), pipelined
    per node; the replies flattened in run order."""
    shards = store.layout.shards
    commands: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    run_shards: list[int] = []
    for k, start, end in zip(keys, starts, ends, strict=True):
        shard = k % shards
        commands[shard].append((command, key_of(k), *args[start:end]))
        run_shards.append(shard)
    replies = {shard: iter(r) for shard, r in store.send_by_shard(commands).items()}
    return list(chain.from_iterable(next(replies[shard]) for shard in run_shards))


def number_values(numbers: Sequence[str]) -> np.ndarray:
    """E.164 numbers as integers (``"+16175550123"`` -> 16175550123), in C."""
    return np.fromiter(map(int, numbers), dtype=np.int64, count=len(numbers))


def projection_values(store: Store, numbers: Sequence[str],
                      digits: np.ndarray | None = None) -> list[str | None]:
    """The projection value of each E.164 number (None: nothing applies), in input order
    (``digits``: the numbers as integers, when the caller has them already).

    Raises:
        StoreUnavailable: a node did not answer.
    """
    if not numbers:
        return []
    layout = store.layout
    if digits is None:
        digits = number_values(numbers)
    members, member_buckets = np.divmod(digits, MEMBER_BUCKETS)
    order, keys, starts, ends = runs(member_buckets)
    found = np.fromiter(
        _ask(store, layout.members, "SMISMEMBER", keys, starts, ends, members[order].tolist()),
        dtype=np.int8, count=len(numbers))
    values = np.full(len(numbers), None, dtype=object)
    hits = order[np.flatnonzero(found)]  # input positions of the numbers found
    if len(hits):
        fields, buckets = np.divmod(digits[hits], BUCKETS)
        order, keys, starts, ends = runs(buckets)
        values[hits[order]] = _ask(store, layout.projection, "HMGET", keys, starts, ends,
                                   fields[order].tolist())
    return values.tolist()  # type: ignore[no-any-return]
