"""Numbers erased at their owner's request: suppressed for ever, known only by a keyed hash.

An erasure (``app/consent/erasure.py``) keeps ``HMAC-SHA-256(ERASURE_PEPPER, number)`` in
the erased hash of the number's shard, and adds the number's *prefilter bit* to that shard's
set of bits: one of 2**20, chosen by a keyed 64-bit mix of the number (``Pepper.bits``). A
check must find an erased number suppressed, but hashing every number of a million-number
campaign would double its time; so a check

1. reads each shard's erased count (``HLEN``, one round trip; none erased: done),
2. mixes the numbers into prefilter bits with numpy (a few ns a number) and tests them
   against a bitmap of every shard's bits (built per process, read again only when a count
   moved),
3. computes the HMAC only for the numbers whose bit is set (about ``erased / 2**20`` of
   them: 1% with ten thousand erasures), and asks the erased hashes about those.

What the stored pieces reveal: the hash and the bit are keyed with the pepper, so without
it they tell nothing but how many numbers were erased (and each one's shard, a 1-in-16
slice of all numbers). With the pepper, anyone can test a number, and the US numbering
space (about 10**10 numbers) is small enough to test them all: the pepper's secrecy is the
whole protection, and it must never change once a number was erased (the kept hashes would
stop matching).
"""

from __future__ import annotations

import hashlib
import hmac
import threading
from collections import defaultdict
from collections.abc import Sequence

import numpy as np

from app.errors import OptoutError
from app.store.layout import number_value
from app.store.store import Store

PREFILTER_BITS = 20
MIN_PEPPER_CHARS = 32  # the archive's seal refuses shorter peppers too
_MASK64 = np.uint64(0xFFFFFFFFFFFFFFFF)


class PepperMissing(OptoutError):
    """Numbers were erased but ERASURE_PEPPER is not set: no check can tell them, so
    checks refuse to answer (503) rather than let an erased number through."""

    code = "erasure_pepper_missing"
    status = 503


class Pepper:
    """The secret of the keyed hashes (``ERASURE_PEPPER``)."""

    def __init__(self, secret: str) -> None:
        if len(secret) < MIN_PEPPER_CHARS:
            raise ValueError(f"ERASURE_PEPPER must be at least {MIN_PEPPER_CHARS} characters "
                             "(a random secret: `python -c 'import secrets; "
                             "print(secrets.token_hex(32))'`)")
        self._key = secret.encode()
        mix = hmac.digest(self._key, b"optout erasure prefilter", "sha256")
        self._mix = np.uint64(int.from_bytes(mix[:8], "big"))

    def digest(self, number: str) -> str:
        """The keyed hash kept for an erased number (hex)."""
        return hmac.new(self._key, number.encode(), hashlib.sha256).hexdigest()

    def bits(self, values: np.ndarray) -> np.ndarray:
        """Prefilter bits (0 .. 2**20-1) of numbers as integers: splitmix64's finaliser
        over the number xor a key drawn from the pepper (not a MAC: a coarse, keyed
        spreading of the numbers, wrong at most in the safe direction)."""
        z = values.astype(np.uint64) ^ self._mix
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9) & _MASK64
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB) & _MASK64
        z = z ^ (z >> np.uint64(31))
        return (z >> np.uint64(64 - PREFILTER_BITS)).astype(np.int64)  # type: ignore[no-any-return]

    def bit(self, number: str) -> int:
        """The prefilter bit of one E.164 number."""
        return int(self.bits(np.array([number_value(number)], dtype=np.int64))[0])


class ErasedNumbers:
    """Which numbers were erased (the checks' side of erasure)."""

    def __init__(self, store: Store, pepper: Pepper | None) -> None:
        self.store = store
        self.pepper = pepper
        self._lock = threading.Lock()
        self._counts: dict[int, int] = {}
        self._bits: dict[int, np.ndarray] = {}
        self._union = np.zeros(1 << (PREFILTER_BITS - 3), dtype=np.uint8)

    def counts(self, shards: Sequence[int] | None = None) -> dict[int, int]:
        """Erased numbers per shard (all shards without ``shards``): one round trip a node."""
        layout = self.store.layout
        wanted = self.store.all_shards() if shards is None else shards
        replies = self.store.pipeline_by_shard(
            wanted, lambda pipe, shard: pipe.hlen(layout.erased(shard)))
        return {shard: int(n) for shard, (n,) in replies.items()}

    def which(self, numbers: Sequence[str], values: np.ndarray | None = None,
              counts: dict[int, int] | None = None) -> list[int]:
        """Indexes of the erased numbers among E.164 ``numbers`` (``values``: the same as
        integers, if the caller has them; ``counts``: ``counts()`` read after the state
        the caller checked, else read here).

        Raises:
            PepperMissing: numbers were erased but there is no pepper to test them with.
        """
        if not numbers:
            return []
        shards = None if len(numbers) >= 64 else sorted(
            {self.store.layout.shard_of(n) for n in numbers})
        counts = self.counts(shards) if counts is None else counts
        if not any(counts.values()):
            return []
        if self.pepper is None:
            raise PepperMissing("numbers were erased, but ERASURE_PEPPER is not set: "
                                "no check can answer until it is")
        self._refresh(counts)
        if values is None:
            values = np.fromiter(map(number_value, numbers), dtype=np.int64, count=len(numbers))
        bits = self.pepper.bits(values)
        hit = (self._union[bits >> 3] >> (7 - (bits & 7)).astype(np.uint8)) & 1
        candidates = np.flatnonzero(hit).tolist()
        return self._confirm(numbers, candidates) if candidates else []

    def is_erased(self, number: str) -> bool:
        """One number (reads its shard's erased hash directly)."""
        return bool(self.which([number]))

    def _refresh(self, counts: dict[int, int]) -> None:
        """Read again the bits of shards whose count moved; rebuild the bitmap."""
        stale = [s for s, n in counts.items() if self._counts.get(s) != n]
        if not stale:
            return
        layout = self.store.layout
        replies = self.store.pipeline_by_shard(
            stale, lambda pipe, shard: pipe.smembers(layout.erased_bits(shard)))
        with self._lock:
            for shard, (members,) in replies.items():
                self._bits[shard] = np.fromiter(map(int, members), dtype=np.int64)
                self._counts[shard] = counts[shard]
            union = np.zeros(1 << (PREFILTER_BITS - 3), dtype=np.uint8)
            for bits in self._bits.values():
                np.bitwise_or.at(union, bits >> 3, (0x80 >> (bits & 7)).astype(np.uint8))
            self._union = union

    def _confirm(self, numbers: Sequence[str], candidates: list[int]) -> list[int]:
        """The candidates whose keyed hash is in their shard's erased hash."""
        assert self.pepper is not None
        layout = self.store.layout
        asked: dict[int, list[tuple[int, str]]] = defaultdict(list)
        for i in candidates:
            asked[layout.shard_of(numbers[i])].append((i, self.pepper.digest(numbers[i])))
        replies = self.store.pipeline_by_shard(
            asked, lambda pipe, shard: pipe.hmget(layout.erased(shard),
                                                  [d for _, d in asked[shard]]))
        return sorted(i for shard, (found,) in replies.items()
                      for (i, _), mark in zip(asked[shard], found, strict=True) if mark)
