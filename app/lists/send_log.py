"""The send log: which numbers were texted, on what subject, when; what frequency caps count.

A cap ("3 texts in 24 h on the same subject") needs each number's sends of the last 24 h.
The log keeps them in the consent store, beside the number's other keys, one hash field per
number and UTC day (``"<subject code>:<second of the day>"`` entries), and expires each day's
keys a day after it ends: it never holds more than two days, and costs nothing to clean.
Writing a send also marks the number in a day's set once it was texted ``MARK_AT`` (3) times
over that day and the one before; checks ask those sets first, so a number texted fewer
times than any cap allows costs one SMISMEMBER member, and only the few marked are read
(``bench/send_policy.py`` has the memory and the time figures).

Subjects are interned as small codes on the registry slot. A send recorded without a subject
counts toward every subject (it might have been any of them); a check without a subject
counts the subject sent most (the send it asks about might be that one).
"""

from __future__ import annotations

import json
import threading
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import numpy as np

from app.store.bulk import runs
from app.store.layout import BUCKETS, Registry, number_value
from app.store.store import Script, Store

DAY = 86400
UNKNOWN = "-"  # the subject code of a send recorded without a subject
MAX_SUBJECT_CHARS = 100
# A send older than this cannot count toward any cap: it is not kept.
HORIZON = timedelta(hours=24)
_CHUNK = 1000  # sends per script call: a few milliseconds of the shard's time
_MARGIN = 3600  # keys outlive their day by an hour, for clocks a little apart
# A check reads the sends of the numbers texted at least this often over two days, the only
# ones a cap of this count or more can hold; a rule pack with a smaller cap is refused.
MARK_AT = 3
NO_SUCH_SUBJECT = "?"  # the code a check uses for a subject never sent: matches no send


def normalize_subject(raw: str | None) -> str:
    """A subject as the log compares it: trimmed, case-folded ("" for none).

    Raises:
        ValueError: longer than MAX_SUBJECT_CHARS.
    """
    subject = " ".join((raw or "").split()).casefold()
    if len(subject) > MAX_SUBJECT_CHARS:
        raise ValueError(f"subject is longer than {MAX_SUBJECT_CHARS} characters")
    return subject


@dataclass(frozen=True)
class Send:
    """One text sent: to ``number`` (E.164) on ``subject`` ("" if unknown) at ``at``."""

    number: str
    subject: str
    at: datetime


@dataclass(frozen=True)
class Sent:
    """A send read back: its subject code and time (Unix seconds)."""

    subject: str
    at: int


class SendLog:
    """Records sends and reads back each number's recent ones."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._codes: dict[str, str] = {}
        self._lock = threading.Lock()
        self._log = Script.named("log_sends")
        self._allocate = Script.named("allocate_codes")

    # -- subjects ------------------------------------------------------------------------

    def subject_codes(self, subjects: Sequence[str]) -> dict[str, str]:
        """Codes of ``subjects`` ("" is UNKNOWN), allocating missing ones."""
        wanted = [s for s in dict.fromkeys(subjects) if s and s not in self._codes]
        if wanted:
            keys = [Registry.SUBJECT_CODES, Registry.SUBJECT_NAMES]
            codes = self.store.run_registry([(self._allocate, keys, wanted)])[0]
            with self._lock:
                self._codes.update(zip(wanted, map(str, codes), strict=True))
        return {s: self._codes[s] if s else UNKNOWN for s in subjects}

    def known_code(self, subject: str) -> str | None:
        """The code of a subject, without allocating (None: never sent)."""
        if subject in self._codes:
            return self._codes[subject]
        code = self.store.retrying(
            lambda: self.store.registry().hget(Registry.SUBJECT_CODES, subject))
        if code is not None:
            with self._lock:
                self._codes[subject] = str(code)
        return None if code is None else str(code)

    # -- writing -------------------------------------------------------------------------

    def record(self, sends: Sequence[Send], now: datetime | None = None) -> int:
        """Append ``sends`` (times in the last 24 h; older ones could count toward nothing
        and are left out). Returns how many were kept."""
        now = now or datetime.now(UTC)
        kept = [s for s in sends if s.at > now - HORIZON]
        if not kept:
            return 0
        codes = self.subject_codes([s.subject for s in kept])
        layout = self.store.layout
        # Keys expire by the clock of the sends (a relative TTL on the server's clock).
        offset = int(now.timestamp())
        sent_buckets = layout.sent_buckets
        by_shard: dict[int, list[tuple[list[tuple[str, int]], list[str]]]] = defaultdict(list)
        for send in kept:
            value = number_value(send.number)
            stamp = int(send.at.timestamp())
            day, second = divmod(stamp, DAY)
            bucket, sent_bucket = value % BUCKETS, value % sent_buckets
            # A day's hash is read until the next day ends, its mark set that day.
            keys = [(layout.sends(day, bucket), (day + 2) * DAY + _MARGIN - offset),
                    (layout.sends(day - 1, bucket), 0),
                    (layout.sends(day + 1, bucket), 0),
                    (layout.sent(day, sent_bucket), (day + 1) * DAY + _MARGIN - offset),
                    (layout.sent(day + 1, sent_bucket), (day + 2) * DAY + _MARGIN - offset)]
            entry = [str(value // BUCKETS), f"{codes[send.subject]}:{second}",
                     str(value // sent_buckets)]
            by_shard[bucket % layout.shards].append((keys, entry))
        for shard, items in by_shard.items():
            for start in range(0, len(items), _CHUNK):
                self.store.run(shard, [self._call(items[start : start + _CHUNK])])
        return len(kept)

    def _call(self, items: list[tuple[list[tuple[str, int]], list[str]]]
              ) -> tuple[Script, list[str], list[str]]:
        keys: list[str] = []
        expire: dict[str, tuple[int, int]] = {}
        for keys_of_send, _ in items:
            for key, expiry in keys_of_send:
                keys.append(key)
                if expiry:  # a key only read (the day before or after) keeps its own
                    expire.setdefault(key, (len(keys), expiry))
        payload = {"threshold": MARK_AT, "sends": [entry for _, entry in items],
                   "expire": list(expire.values())}
        return self._log, keys, [json.dumps(payload)]

    # -- reading -------------------------------------------------------------------------

    def recent(self, numbers: Sequence[str], at: datetime) -> dict[int, list[Sent]]:
        """The sends in the 24 h up to ``at`` (as recorded by now), oldest first, of those
        of ``numbers`` texted often enough to be held by a cap, by position in
        ``numbers``. Two round trips per node."""
        if not numbers:
            return {}
        layout = self.store.layout
        day = int(at.timestamp()) // DAY
        values = np.fromiter(map(int, numbers), dtype=np.int64, count=len(numbers))
        members, buckets = np.divmod(values, layout.sent_buckets)
        order, keys, starts, ends = runs(buckets)
        ordered = members[order].tolist()
        shards = layout.shards
        commands: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
        for k, a, b in zip(keys, starts, ends, strict=True):
            commands[k % shards].append(("SMISMEMBER", layout.sent(day, k), *ordered[a:b]))
        replies = {shard: iter(r) for shard, r in self.store.send_by_shard(commands).items()}
        found = np.zeros(len(numbers), dtype=bool)
        for k, a, b in zip(keys, starts, ends, strict=True):
            found[order[a:b]] = next(replies[k % shards])
        hits = np.flatnonzero(found).tolist()
        return self._read(hits, values[hits].tolist(), day, at)

    def _read(self, positions: list[int], values: list[int], day: int, at: datetime
              ) -> dict[int, list[Sent]]:
        if not positions:
            return {}
        layout = self.store.layout
        commands: dict[int, list[tuple[str, ...]]] = defaultdict(list)
        shards = []
        count = layout.shards
        for value in values:
            bucket, field = value % BUCKETS, str(value // BUCKETS)
            shard = bucket % count
            shards.append(shard)
            commands[shard] += (("HGET", layout.sends(day - 1, bucket), field),
                                ("HGET", layout.sends(day, bucket), field))
        replies = {shard: iter(r) for shard, r in self.store.send_by_shard(commands).items()}
        end = int(at.timestamp())
        since = end - int(HORIZON.total_seconds())
        out: dict[int, list[Sent]] = {}
        for position, shard in zip(positions, shards, strict=True):
            sends = []
            for start in ((day - 1) * DAY, day * DAY):
                for entry in (next(replies[shard]) or "").split():
                    code, _, second = entry.partition(":")
                    when = start + int(second)
                    if since < when <= end:
                        sends.append(Sent(code, when))
            if sends:
                out[position] = sorted(sends, key=lambda s: s.at)
        return out


def counted(sends: Sequence[Sent], subject: str | None, per: str) -> list[list[int]]:
    """The groups of send times a cap counts: every send for ``per == "any"``; else the
    sends on ``subject`` (its code, NO_SUCH_SUBJECT for one never sent; None when the check
    names none: each subject's group separately) plus the sends of unknown subject."""
    unknown = [s.at for s in sends if s.subject == UNKNOWN]
    if per == "any":
        return [[s.at for s in sends]]
    if subject is not None:
        return [sorted([s.at for s in sends if s.subject == subject] + unknown)]
    subjects = {s.subject for s in sends} - {UNKNOWN}
    if not subjects:
        return [unknown]
    return [sorted([s.at for s in sends if s.subject == code] + unknown) for code in subjects]
