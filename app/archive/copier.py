"""Copying the ledger into the archive, and trimming what is archived and cold from Redis.

Copying is resumable by construction: each shard's cursor is read back from the database
(the highest id archived), every batch is one transaction, and an id already archived is
skipped. A process killed anywhere leaves the archive a prefix of each shard's ledger; the
next run goes on from there, losing nothing and doubling nothing.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, Protocol

from app.archive.source import ShardedLedger
from app.archive.store import Archive
from app.consent.events import split_id

log = logging.getLogger(__name__)

DAY_MS = 24 * 3600 * 1000


class ErasedCheck(Protocol):
    """Which numbers were erased (``app.consent.erased.ErasedNumbers``)."""

    def which(self, numbers: Sequence[str]) -> list[int]:
        """Indexes of the erased numbers among ``numbers``."""
        ...


@dataclass
class ArchiveRun:
    """What one run did: events copied and trimmed, per shard and in all."""

    copied: dict[int, int] = field(default_factory=dict)
    trimmed: dict[int, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, int]:
        """Totals, for the command line and the job's result."""
        return {"copied": sum(self.copied.values()), "trimmed": sum(self.trimmed.values())}


def _batches(events: Iterator[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    while chunk := list(islice(events, size)):
        yield chunk


def copy_new_events(
    archive: Archive,
    ledger: ShardedLedger,
    *,
    batch: int = 1000,
    on_batch: Callable[[int, int], None] | None = None,
    erased: ErasedCheck | None = None,
) -> dict[int, int]:
    """Copy every event not yet archived, shard by shard, in ledger order.

    Returns the number of new rows per shard. ``on_batch(shard, rows)`` is called after each
    committed batch (progress). With ``erased``, each committed batch's rows of numbers
    erased meanwhile are redacted: a batch read before an erasure removed its entries from
    Redis, and written after the erasure redacted the archive, would otherwise keep them.
    """
    copied: dict[int, int] = {}
    for shard in range(ledger.shard_count):
        cursor = archive.cursor(shard) or "-"
        copied[shard] = 0
        for chunk in _batches(ledger.scan(shard, after=cursor, batch=batch), batch):
            rows = archive.insert(shard, chunk)
            if erased is not None:
                _redact_erased(archive, erased, chunk)
            copied[shard] += rows
            if on_batch:
                on_batch(shard, rows)
    return copied


def _redact_erased(archive: Archive, erased: ErasedCheck,
                   events: list[dict[str, Any]]) -> None:
    """Redact the rows of numbers erased by now (checked after the batch's commit: an
    erasure after this check redacts those rows itself)."""
    numbers = sorted({str(e["number"]) for e in events if e.get("number")})
    for i in erased.which(numbers):
        archive.redact_number(numbers[i])


def trim_archived(
    archive: Archive,
    ledger: ShardedLedger,
    *,
    hot_days: float,
    now_ms: int | None = None,
    batch: int = 1000,
) -> dict[int, int]:
    """Delete from Redis the events that are archived and older than ``hot_days``.

    Only ids up to the shard's archive cursor are considered, and each batch is checked
    against the archive before it is trimmed (which compacts the histories of their
    numbers). Returns the number of events trimmed per shard.
    """
    now_ms = int(time.time() * 1000) if now_ms is None else now_ms
    cutoff = (now_ms - int(hot_days * DAY_MS), 1 << 62)  # any seq of that millisecond
    trimmed: dict[int, int] = {}
    for shard in range(ledger.shard_count):
        trimmed[shard] = 0
        cursor = archive.cursor(shard)
        if cursor is None:
            continue
        limit = min(split_id(cursor), cutoff)
        for chunk in _batches(ledger.scan(shard, batch=batch), batch):
            eligible = [e for e in chunk if split_id(str(e["id"])) <= limit]
            done = archive.archived(shard, [str(e["id"]) for e in eligible])
            ids = [str(e["id"]) for e in eligible if e["id"] in done]
            if len(ids) < len(eligible):
                log.error("shard %d: %d events below the archive cursor are not archived; "
                          "left in Redis", shard, len(eligible) - len(ids))
            if ids:
                trimmed[shard] += ledger.trim(shard, ids)
            if len(eligible) < len(chunk):
                break  # the rest of the shard is hot or not yet archived
    return trimmed


def archive_now(
    archive: Archive, ledger: ShardedLedger, *, hot_days: float | None, batch: int = 1000,
    erased: ErasedCheck | None = None,
) -> ArchiveRun:
    """Copy what is new (redacting erased numbers' rows), then trim what ``hot_days``
    allows (None: trim nothing)."""
    run = ArchiveRun()
    run.copied = copy_new_events(archive, ledger, batch=batch, erased=erased)
    if hot_days is not None:
        run.trimmed = trim_archived(archive, ledger, hot_days=hot_days, batch=batch)
    totals = run.as_dict()
    if totals["copied"] or totals["trimmed"]:
        log.info("archive: %d events copied, %d trimmed from Redis",
                 totals["copied"], totals["trimmed"])
    return run
