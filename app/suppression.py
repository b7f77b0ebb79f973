"""The suppression list: what marketing tools ask before every text.

Two views answer the same question, both conservative:

* ``lookup`` (one number, with the reasons) folds the number's history, which holds every
  acknowledged event, so it is exact from the moment the webhook answered.
* ``check_many`` (campaign lists) reads the compact projection written by the apply job,
  plus the pending marks of acknowledged opt-outs not yet applied: a STOP counts at once, a
  START only once a worker has applied it.
"""

from __future__ import annotations

import logging
import secrets
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from typing import cast

import redis

from app.exceptions import ProjectionBusy
from app.keys import Keys, bucket
from app.ledger import ConsentLedger, ledger_time
from app.numbers import mask_number
from app.pipelining import send_all
from app.scripts import lua_source

log = logging.getLogger(__name__)

SUPPRESSED = 1
UNDELIVERABLE = 2
# Upper bounds (seconds) of the STOP-to-enforced latency histogram.
LATENCY_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 300.0)
LATENCY_WINDOW_MS = 3600 * 1000
# A sender code that matches nothing: a sender with no opt-outs of its own.
NO_CODE = "-"


@lru_cache(maxsize=4096)
def value_flags(value: str, codes: frozenset[str]) -> int:
    """What a projection value (``"*,!3"``, ``"3,7"``, ``"U"``) or a pending mark
    (``"3@<id>,*@<id>"``) means for a sender standing for ``codes`` (empty: any sender)."""
    star = excepted = hit = undeliverable = False
    for mark in value.split(","):
        code = mark.split("@", 1)[0]
        if code == "*":
            star = True
        elif code == "U":
            undeliverable = True
        elif code.startswith("!"):
            excepted = excepted or code[1:] in codes
        elif not codes or code in codes:
            hit = True
    suppressed = hit or (star and not excepted)
    return (SUPPRESSED if suppressed else 0) | (UNDELIVERABLE if undeliverable else 0)


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

    @property
    def textable(self) -> bool:
        """May this number be texted now?"""
        return not self.suppressed and not self.undeliverable

    def as_dict(self) -> dict[str, object]:
        """The JSON shape of the contract, plus ``undeliverable`` and ``pending``."""
        return {
            "number": self.number,
            "suppressed": self.suppressed,
            "scope": self.scope,
            "since": self.since,
            "source": self.source,
            "undeliverable": self.undeliverable,
            "pending": self.pending,
        }


@dataclass(frozen=True)
class ApplyResult:
    """What applying a number did: its projection value and the last event it covers."""

    projection: str
    last_id: str


@dataclass
class ApplyBatch:
    """What applying many numbers did; ``busy`` numbers were locked elsewhere and skipped."""

    results: dict[str, ApplyResult]
    busy: list[str]
    pending_cleared: int = 0


class SuppressionList:
    """Checks, and the apply step that keeps the projection in line with the ledger."""

    def __init__(
        self,
        redis_client: redis.Redis,
        store: redis.Redis,
        ledger: ConsentLedger,
        *,
        lock_wait_seconds: float = 5.0,
    ) -> None:
        self.redis = redis_client
        self.store = store
        self.ledger = ledger
        self.lock_wait_seconds = lock_wait_seconds
        self._explain = redis_client.register_script(lua_source("explain"))
        self._project = redis_client.register_script(lua_source("project"))
        self._finalize = redis_client.register_script(lua_source("finalize"))
        self._write = store.register_script(lua_source("write_projection"))
        self._unlock = store.register_script(lua_source("unlock"))

    # -- senders -------------------------------------------------------------------------

    def sender_codes(self, sender: str | None) -> list[str]:
        """Codes that stand for ``sender``: its own, its Messaging Service's and, for a
        service, its numbers'. ``[]`` without a sender; ``["-"]`` for a sender never seen."""
        if not sender:
            return []
        with self.redis.pipeline(transaction=False) as pipe:
            pipe.hget(Keys.SERVICES, sender)
            pipe.smembers(Keys.SERVICE_MEMBERS + sender)
            service, members = pipe.execute()
        names = {sender, *members}
        if service:
            names.add(service)
            names.update(self.redis.smembers(Keys.SERVICE_MEMBERS + service))
        ordered = sorted(names)
        codes = [str(c) for c in self.redis.hmget(Keys.SENDER_CODES, ordered) if c]
        return codes or [NO_CODE]

    # -- checks --------------------------------------------------------------------------

    def check_many(self, numbers: Sequence[str], sender: str | None) -> list[int]:
        """Flags (SUPPRESSED | UNDELIVERABLE) for E.164 ``numbers`` texted by ``sender``
        (normalised; None: by anyone, the cautious check).

        The sender's codes are resolved on every call, so a long campaign filter sees a
        sender's first opt-out even when it arrives between two batches.

        Pending marks are read before the projection: a mark cleared in between means the
        projection already holds its opt-out, so no acknowledged STOP slips through.
        Membership comes from one SMISMEMBER per thousand numbers on the set of numbers with
        a value; the values (scopes, exceptions, undeliverable) are read only for those found.
        """
        if not numbers:
            return []
        wanted = frozenset(self.sender_codes(sender))
        pending = self._pending_marks(numbers)
        found: list[int] = []
        for reply in send_all(self.store, [("SMISMEMBER", Keys.ANY, *numbers[i : i + 1000])
                                           for i in range(0, len(numbers), 1000)]):
            found += reply
        flags = [0] * len(numbers)
        # Only the numbers found need more work (a few percent of a campaign): pick them out
        # with C iterators, then read their values bucket by bucket.
        hit_index = list(compress(range(len(numbers)), found))
        hits: dict[str, list[str]] = defaultdict(list)
        for i in hit_index:
            suffix, field = bucket(numbers[i])
            hits[suffix].append(field)
        values: dict[str, str] = {}
        replies = send_all(self.store, [("HMGET", Keys.PROJECTION + suffix, *fields)
                                        for suffix, fields in hits.items()])
        for (suffix, fields), got in zip(hits.items(), replies, strict=True):
            for field, value in zip(fields, got, strict=True):
                if value is not None:
                    values["+" + field + suffix] = value
        for i in hit_index:
            value = values.get(numbers[i])
            if value:
                flags[i] = value_flags(value, wanted)
        if pending:
            # On their own: a new pending STOPALL is not undone by an old exception.
            for i, number in enumerate(numbers):
                mark = pending.get(number)
                if mark is not None:
                    flags[i] |= value_flags(mark, wanted) & SUPPRESSED
        return flags

    def _pending_marks(self, numbers: Sequence[str]) -> dict[str, str]:
        """Pending opt-out marks of ``numbers`` (usually none: one HLEN and done)."""
        size = self.redis.hlen(Keys.PENDING)
        if size == 0:
            return {}
        if size <= max(len(numbers), 1000):
            return cast(dict[str, str], self.redis.hgetall(Keys.PENDING))
        values = cast(list[str | None], self.redis.hmget(Keys.PENDING, list(numbers)))
        return {n: v for n, v in zip(numbers, values, strict=True) if v is not None}

    def lookup(self, number: str, sender: str | None = None) -> Lookup:
        """Whether ``number`` may be texted by ``sender`` (by anyone, without), and why."""
        codes = self.sender_codes(sender)
        suffix, history_field = bucket(number)
        scope, ruling_id, undeliverable, _, _ = self._explain(
            keys=[Keys.HISTORY + suffix], args=[history_field, *codes]
        )
        pending = self.redis.zscore(Keys.UNAPPLIED, number) is not None
        since = source = None
        if ruling_id:
            event = self.ledger.events([ruling_id])[0]
            since = event.get("at") or ledger_time(ruling_id)
            source = event.get("source")
        return Lookup(
            number=number,
            suppressed=bool(scope),
            scope=scope or None,
            since=since,
            source=source,
            undeliverable=bool(int(undeliverable)),
            pending=pending,
        )

    # -- applying ------------------------------------------------------------------------

    def apply(self, number: str) -> ApplyBatch:
        """Fold ``number``'s history into the projection, then clear what it covers.

        Raises:
            ProjectionBusy: another worker held the number's lock for too long.
        """
        batch = self.apply_many([number])
        if batch.busy:
            raise ProjectionBusy(f"projection lock of {mask_number(number)} is held elsewhere")
        return batch

    def apply_many(self, numbers: Sequence[str]) -> ApplyBatch:
        """Apply many numbers in five round trips: lock, fold, fenced write, unlock, finalize.

        Idempotent and order-free: each fold covers the number's whole history, so jobs may
        run twice, late or out of order. The per-number locks (fenced at the write) keep a
        slow job from overwriting a newer fold. Numbers whose locks stayed busy for
        ``lock_wait_seconds`` come back in ``busy`` (nothing was written for those).
        """
        token = secrets.token_hex(8)
        wanted = list(dict.fromkeys(numbers))
        held = self._acquire(wanted, token)
        busy = [n for n in wanted if n not in held]
        if not held:
            return ApplyBatch({}, busy)
        locked = [n for n in wanted if n in held]
        try:
            folded = self._project(args=[Keys.HISTORY, *locked])
            pairs: list[str] = []
            for i, number in enumerate(locked):
                pairs += [number, folded[2 * i]]
            written = self._write(args=[Keys.PROJECTION, Keys.LOCK, token, Keys.ANY, *pairs])
        finally:
            self._unlock(args=[Keys.LOCK, token, *locked])
        results: dict[str, ApplyResult] = {}
        applied: list[str] = []
        for i, number in enumerate(locked):
            if not int(written[i]):
                busy.append(number)
                continue
            last_id = folded[2 * i + 1]
            results[number] = ApplyResult(folded[2 * i], last_id)
            if last_id:
                applied += [number, last_id]
        batch = ApplyBatch(results, busy)
        if applied:
            batch.pending_cleared = int(self._finalize(
                keys=[Keys.PENDING, Keys.UNAPPLIED, Keys.METRICS, Keys.LATENCY],
                args=[Keys.HISTORY, int(time.time() * 1000), LATENCY_WINDOW_MS,
                      len(LATENCY_BUCKETS), *LATENCY_BUCKETS, *applied],
            ))
        return batch

    def requeue_stale(self, older_than_seconds: float) -> int:
        """Enqueue the apply job again for numbers with events unapplied for too long (a job
        deleted from the failed registry, say). Duplicates are harmless: applying is
        idempotent. Returns how many numbers were enqueued."""
        cutoff = int((time.time() - older_than_seconds) * 1000)
        numbers = cast(list[str], self.redis.zrangebyscore(Keys.UNAPPLIED, "-inf", cutoff))
        for number in numbers:
            self.ledger.enqueue_apply(number)
        return len(numbers)

    def _acquire(self, numbers: list[str], token: str) -> set[str]:
        """Take the projection locks of ``numbers``, waiting up to ``lock_wait_seconds`` for
        those another worker holds. Returns the numbers locked."""
        lease_ms = int(max(self.lock_wait_seconds, 1.0) * 6000)
        held: set[str] = set()
        deadline = time.monotonic() + self.lock_wait_seconds
        todo = numbers
        while True:
            with self.store.pipeline(transaction=False) as pipe:
                for number in todo:
                    pipe.set(Keys.LOCK + number, token, nx=True, px=lease_ms)
                replies = pipe.execute()
            held.update(n for n, ok in zip(todo, replies, strict=True) if ok)
            todo = [n for n, ok in zip(todo, replies, strict=True) if not ok]
            if not todo or time.monotonic() >= deadline:
                return held
            time.sleep(0.01)
