"""Where everything lives in the consent store: the one definition of the key layout.

A number ``+16175550123`` is the integer ``n = 16175550123``. Its history and projection
value live in bucket ``n % BUCKETS`` under the integer field ``n // BUCKETS``: small hashes
of integer fields stay in Redis's compact listpack encoding. Whether it has a projection value
at all is also kept in a membership set ``n % MEMBER_BUCKETS`` holding ``n // MEMBER_BUCKETS``:
a set of small integers is an intset, about 4 bytes a number, which SMISMEMBER searches by
bisection (a listpack hash is scanned linearly), so campaign checks ask the sets and read
values only for the few numbers found (bench/memory.py has the figures). Buckets are
grouped into ``shards`` (a power of two, fixed at the store's first start): a number belongs
to shard ``n % shards``, and every key of a shard carries that shard's hash tag, so a Redis
Cluster keeps each shard in one slot and every script touches one slot only.

Per shard: the ledger stream, the pending opt-outs, the unapplied numbers, dedupe keys,
counters, the review queue, latency counts and the erased numbers' keyed hashes. Per
bucket (inside its shard): the numbers' histories and projection values, the carrier
messages kept for good (replays), and the send log of the last two UTC days (frequency
caps). The sender registry (sender codes, Messaging Service members), the send subjects and
the store's own settings live on a slot of their own, ``{registry}``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from redis.crc import key_slot

BUCKETS = 1 << 15
MEMBER_BUCKETS = 1 << 12
# Membership sets of the send log: few enough that a check's SMISMEMBERs are a few hundred
# commands, small enough to stay intsets up to a million sends a day (3,900 members each).
SENT_BUCKETS = 1 << 9
# Servers the store runs on keep these encodings up to these sizes (10M numbers: 305 fields
# a hash, 2,441 members a set); optout configures its own servers so and asks others to.
HASH_MAX_LISTPACK_ENTRIES = 512
SET_MAX_INTSET_ENTRIES = 4096
SLOTS = 16384
PREFIX = "optout:"
REGISTRY = "optout:{registry}:"


class Registry:
    """Keys of the registry slot: senders, Messaging Services and the store's settings."""

    SENDER_CODES = REGISTRY + "sender:codes"  # hash sender -> small integer code ("#seq")
    SENDER_NAMES = REGISTRY + "sender:names"  # hash code -> sender
    SERVICES = REGISTRY + "services"  # hash sender number -> Messaging Service SID
    SERVICE_MEMBERS = REGISTRY + "service:"  # + SID: set of its numbers
    SENDER_CATEGORIES = REGISTRY + "sender:categories"  # hash sender -> "marketing,..."
    CONFIG = REGISTRY + "config"  # hash: shards, buckets (fixed at first start)
    SUBJECT_CODES = REGISTRY + "subject:codes"  # hash send subject -> small integer code
    SUBJECT_NAMES = REGISTRY + "subject:names"  # hash code -> send subject
    # + <sha256 of a file and how it was read>:<range>: that range of its rows was imported
    # into this store (so the same file again records nothing, whatever changed since).
    IMPORTED = REGISTRY + "imported:"
    # Set once the dedupe keys of every carrier message that changed consent, archived or
    # not, are kept for good (``app.messaging.message_ids.keep_message_ids``).
    MESSAGE_IDS_KEPT = REGISTRY + "message-ids-kept"


@cache
def shard_tag(shard: int, shards: int) -> str:
    """The hash tag of ``shard``: chosen so that the shards' slots are spread evenly over
    the slot range, which a cluster's masters divide between them in contiguous ranges."""
    low = shard * SLOTS // shards
    high = (shard + 1) * SLOTS // shards
    k = 0
    while not low <= key_slot(f"s{shard}.{k}".encode()) < high:
        k += 1
    return f"s{shard}.{k}"


def number_value(number: str) -> int:
    """The integer of an E.164 number (``"+16175550123"`` -> ``16175550123``)."""
    return int(number[1:])


def unbucket(bucket: int, field: str | int) -> str:
    """The E.164 number stored in ``bucket`` under ``field``."""
    return f"+{int(field) * BUCKETS + bucket}"


@dataclass(frozen=True)
class Layout:
    """Key names of a store with ``shards`` shards."""

    shards: int

    def __post_init__(self) -> None:
        if self.shards < 1 or self.shards & (self.shards - 1) or self.shards > BUCKETS:
            raise ValueError(f"STORE_SHARDS must be a power of two up to {BUCKETS}")

    # -- where a number lives ------------------------------------------------------------

    def locate(self, number: str) -> tuple[int, int, str]:
        """(shard, bucket, field) of an E.164 number."""
        value = number_value(number)
        bucket = value % BUCKETS
        return bucket % self.shards, bucket, str(value // BUCKETS)

    def shard_of(self, number: str) -> int:
        """The shard that holds everything about ``number``."""
        return number_value(number) % BUCKETS % self.shards

    def tag(self, shard: int) -> str:
        """``optout:{<tag>}:``, the prefix of every key of ``shard``.

        Raises:
            ValueError: the store has no such shard.
        """
        if not 0 <= shard < self.shards:
            raise ValueError(f"shard {shard} does not exist (the store has {self.shards})")
        return f"{PREFIX}{{{shard_tag(shard, self.shards)}}}:"

    # -- per bucket ----------------------------------------------------------------------

    def history(self, bucket: int) -> str:
        """Hash field -> "id|kind code ..." (the number's events, the ledger's index); and
        field + "r" -> JSON {ledger id: [source, at, note]} of rulings in force whose events
        were archived and trimmed (what a lookup names as the reason)."""
        return f"{self.tag(bucket % self.shards)}h:{bucket}"

    def projection(self, bucket: int) -> str:
        """Hash field -> projection value (what the checks read)."""
        return f"{self.tag(bucket % self.shards)}p:{bucket}"

    def members(self, member_bucket: int) -> str:
        """Set of ``n // MEMBER_BUCKETS`` of the numbers with a projection value."""
        return f"{self.tag(member_bucket % self.shards)}m:{member_bucket}"

    def member_buckets(self, shard: int) -> range:
        """The membership sets of ``shard``."""
        return range(shard, MEMBER_BUCKETS, self.shards)

    @staticmethod
    def member_of(number: str) -> tuple[int, int]:
        """(membership bucket, member) of an E.164 number."""
        value = number_value(number)
        return value % MEMBER_BUCKETS, value // MEMBER_BUCKETS

    def buckets(self, shard: int) -> range:
        """The buckets of ``shard``."""
        return range(shard, BUCKETS, self.shards)

    # -- per shard -----------------------------------------------------------------------

    def ledger(self, shard: int) -> str:
        """Stream of every consent event of the shard's numbers, in acknowledgement order."""
        return self.tag(shard) + "ledger"

    def outbox(self, shard: int) -> str:
        """Hash target -> the last ledger id of the shard delivered to it (webhook endpoints,
        providers' opt-out lists): each reads the ledger on from there."""
        return self.tag(shard) + "outbox"

    def pending(self, shard: int) -> str:
        """Hash E.164 -> "code@id,...": opt-outs acknowledged, not yet applied."""
        return self.tag(shard) + "pending"

    def unapplied(self, shard: int) -> str:
        """Zset E.164 -> ms of its oldest unapplied event."""
        return self.tag(shard) + "unapplied"

    def dedupe(self, shard: int, key: str) -> str:
        """A carrier retry or repeated import row seen before (+ its dedupe key): kept
        ``MESSAGE_DEDUPE_SECONDS``."""
        return self.tag(shard) + "msg:" + key

    def kept_messages(self, bucket: int) -> str:
        """Hash digest -> "" of the carrier messages that changed consent for the bucket's
        numbers, kept for good (a replay is refused however old; ``kept_message_id``). One
        a number's bucket, like its history, so it stays a listpack as the projection does;
        under ``msg:`` with the dedupe keys, as a record of messages seen."""
        return f"{self.tag(bucket % self.shards)}msg:kept:{bucket}"

    def apply_requested(self, shard: int) -> str:
        """Set while an apply job of the shard is waiting (taken by the record that asks for
        one, dropped when the job starts): a burst of STOPs asks once."""
        return self.tag(shard) + "apply-requested"

    def metrics(self, shard: int) -> str:
        """Hash of counters (summed over shards by /metrics)."""
        return self.tag(shard) + "metrics"

    def hourly(self, shard: int, hour: str) -> str:
        """Hash intent -> count for one UTC hour ``YYYYMMDDHH``, kept two days."""
        return self.tag(shard) + "hourly:" + hour

    def review(self, shard: int) -> str:
        """Hash ledger id -> JSON of a message awaiting a person."""
        return self.tag(shard) + "review"

    def sends(self, day: int, bucket: int) -> str:
        """Hash field -> "<subject code>:<second of the day> ..." of the texts sent to the
        bucket's numbers on UTC day ``day`` (days since 1970): the send log, kept two days."""
        return f"{self.tag(bucket % self.shards)}s:{day}:{bucket}"

    @property
    def sent_buckets(self) -> int:
        """Membership sets of the send log a day (at least one per shard)."""
        return max(SENT_BUCKETS, self.shards)

    def sent_of(self, number: str) -> tuple[int, int]:
        """(send-log membership bucket, member) of an E.164 number."""
        value = number_value(number)
        return value % self.sent_buckets, value // self.sent_buckets

    def sent(self, day: int, sent_bucket: int) -> str:
        """Set of ``n // sent_buckets`` of the numbers texted at least three times over UTC
        day ``day`` and the day before: what a frequency cap asks first."""
        return f"{self.tag(sent_bucket % self.shards)}t:{day}:{sent_bucket}"

    def erased(self, shard: int) -> str:
        """Hash HMAC(pepper, number) -> erasure time: the numbers of the shard erased at
        their owner's request (suppressed for ever, by hash alone)."""
        return self.tag(shard) + "erased"

    def erased_bits(self, shard: int) -> str:
        """Set of the erased numbers' prefilter bits (``app.consent.erased``)."""
        return self.tag(shard) + "erased:bits"

    def latency(self, shard: int) -> str:
        """Hash "<minute>:<slot>" -> count of STOP-to-enforced latencies in that slot applied
        in that minute (``store/lua/apply.lua``), the last hour: bounded whatever the rate."""
        return self.tag(shard) + "latency"
