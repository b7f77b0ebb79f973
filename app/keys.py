"""Redis key names, in one place. Everything optout writes starts with ``optout:``.

Numbers are bucketed by their last four digits: ``+16175550123`` lives in bucket ``0123``
under the integer field ``1617555``. Ten thousand small hashes stay in Redis's compact
listpack encoding (about 14 bytes a number). Beside them one plain SET of the same numbers
answers the campaign checks with SMISMEMBER: grouping numbers by bucket in Python costs more
per number than Redis's whole SMISMEMBER (bench/lists.py has the figures).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    import redis

BUCKET_DIGITS = 4


class Keys:
    """Key names and prefixes; the owner of each is named beside it."""

    LEDGER = "optout:ledger"  # stream: every consent event, in acknowledgement order
    HISTORY = "optout:h:"  # + bucket: hash field -> "id|kind code ..." (the ledger's index)
    PENDING = "optout:pending"  # hash E.164 -> "code@id,...": acknowledged, not yet applied
    UNAPPLIED = "optout:unapplied"  # zset E.164 -> ms of its oldest unapplied event
    SENDER_CODES = "optout:sender:codes"  # hash sender -> small integer code ("#seq")
    SENDER_NAMES = "optout:sender:names"  # hash code -> sender
    SERVICES = "optout:services"  # hash sender number -> Messaging Service SID
    SERVICE_MEMBERS = "optout:service:"  # + SID: set of its numbers
    MESSAGE = "optout:msg:"  # + message id: dedupe of carrier retries
    METRICS = "optout:metrics"  # hash of counters, read by /metrics at scrape time
    HOURLY = "optout:hourly:"  # + YYYYMMDDHH: hash intent -> count, kept two days
    REVIEW = "optout:review"  # hash ledger id -> json of a message awaiting a person
    LATENCY = "optout:latency"  # zset "id:seconds" scored by applied time, last hour
    DUMMY = "optout:none"  # stands in for an unused key argument of a script
    # In the suppression store (SUPPRESSION_REDIS_URL, or the same Redis):
    PROJECTION = "optout:s:"  # + bucket: hash field -> projection value
    ANY = "optout:any"  # set of every E.164 number with a projection value (bulk checks)
    LOCK = "optout:lock:"  # + E.164: the number's projection lock


def bucket(number: str) -> tuple[str, str]:
    """Split an E.164 number into (bucket, field): ``+16175550123`` -> (``0123``, ``1617555``)."""
    digits = number[1:]
    return digits[-BUCKET_DIGITS:], digits[:-BUCKET_DIGITS]


def unbucket(suffix: str, field: str) -> str:
    """The E.164 number of a bucket and field."""
    return f"+{field}{suffix}"


def all_buckets() -> list[str]:
    """Every bucket name, ``0000`` to ``9999``."""
    return [f"{i:0{BUCKET_DIGITS}d}" for i in range(10**BUCKET_DIGITS)]


def read_buckets(client: redis.Redis, prefix: str, batch: int = 200) -> dict[str, str]:
    """Every field of every bucket under ``prefix``, keyed by E.164 number (for export and
    rebuild: one pipelined HGETALL per ``batch`` buckets)."""
    out: dict[str, str] = {}
    buckets = all_buckets()
    for start in range(0, len(buckets), batch):
        chunk = buckets[start : start + batch]
        with client.pipeline(transaction=False) as pipe:
            for suffix in chunk:
                pipe.hgetall(prefix + suffix)
            replies = cast(list[dict[str, str]], pipe.execute())
        for suffix, fields in zip(chunk, replies, strict=True):
            for field, value in fields.items():
                out[unbucket(suffix, field)] = value
    return out
