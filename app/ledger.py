"""The consent ledger: every opt-out, opt-in and carrier report, in acknowledgement order.

Recording an event is one MULTI/EXEC: the ``record`` script (ledger stream, the number's
history, the pending mark, dedupe) and the RQ job that will apply it to the suppression list.
Either all of it is in Redis when we answer the carrier, or none of it is.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, Literal, cast

import redis
from rq import Queue, Retry

from app.exceptions import InvalidEvent
from app.keys import Keys, bucket
from app.numbers import mask_number
from app.scripts import lua_source

log = logging.getLogger(__name__)

APPLY_JOB = "workers.jobs.apply_consent"
Scope = Literal["sender", "all"]


class Kind(StrEnum):
    """What a consent event does."""

    OPT_OUT = "opt_out"
    OPT_IN = "opt_in"
    UNDELIVERABLE = "undeliverable"
    REVIEW = "review"
    RETRACT = "retract"


_KIND_CODE = {
    Kind.OPT_OUT: "O",
    Kind.OPT_IN: "I",
    Kind.UNDELIVERABLE: "U",
    Kind.REVIEW: "R",
    Kind.RETRACT: "X",
}
# Events that change what a check answers, and so need the apply job.
_APPLIED_KINDS = frozenset({Kind.OPT_OUT, Kind.OPT_IN, Kind.UNDELIVERABLE, Kind.RETRACT})

# Where an event came from: the inbound text, the carrier, or a person on another channel.
SOURCES = frozenset(
    {"sms", "carrier", "email", "mail", "phone", "web", "import", "manual", "review"}
)
MANUAL_SOURCES = frozenset({"email", "mail", "phone", "web", "import", "manual"})


def ledger_time(ledger_id: str) -> str:
    """The ISO-8601 UTC time encoded in a ledger (stream) id."""
    millis = int(ledger_id.split("-", 1)[0])
    return datetime.fromtimestamp(millis / 1000, UTC).isoformat(timespec="milliseconds")


@dataclass(frozen=True, kw_only=True)
class ConsentEvent:
    """One event for the ledger. ``sender`` is the scope's sender: the Messaging Service SID
    when the texted number belongs to one, else that number (or short code)."""

    kind: Kind
    number: str
    source: str
    scope: Scope = "sender"
    sender: str | None = None
    channel: str = "sms"
    to: str | None = None
    service_sid: str | None = None
    keyword: str | None = None
    language: str | None = None
    confidence: float | None = None
    message_sid: str | None = None
    body: str | None = None
    note: str | None = None
    error_code: str | None = None
    occurred_at: str | None = None
    target: str | None = None
    dedupe_key: str | None = None
    review_item: dict[str, Any] | None = field(default=None)
    # The reply the caller will send, and for which recorded statuses (for the metrics).
    reply: str | None = None
    reply_on: frozenset[str] = frozenset()

    def validate(self) -> None:
        """Raises InvalidEvent when the event cannot be recorded as given."""
        if self.source not in SOURCES:
            raise InvalidEvent(f"source must be one of {sorted(SOURCES)}, not {self.source!r}")
        if self.scope not in ("sender", "all"):
            raise InvalidEvent(f"scope must be 'sender' or 'all', not {self.scope!r}")
        if self.kind in (Kind.OPT_OUT, Kind.OPT_IN, Kind.REVIEW) and self.scope == "sender":
            if not self.sender:
                raise InvalidEvent("a sender-scoped event needs a sender")
            if "#" in self.sender:
                raise InvalidEvent("a sender may not contain '#'")
        if self.kind is Kind.RETRACT and not self.target:
            raise InvalidEvent("a retraction names the event it cancels")

    def ledger_fields(self) -> list[str]:
        """Field/value pairs for the stream entry; empty values are left out."""
        values: dict[str, object] = {
            "kind": self.kind.value,
            "number": self.number,
            "scope": self.scope if self.kind not in (Kind.UNDELIVERABLE, Kind.RETRACT) else "",
            "sender": self.sender if self.scope == "sender" else "",
            "to": self.to,
            "source": self.source,
            "channel": self.channel,
            "keyword": self.keyword,
            "language": self.language,
            "confidence": None if self.confidence is None else f"{self.confidence:.2f}",
            "message_sid": self.message_sid,
            "body": self.body,
            "note": self.note,
            "error_code": self.error_code,
            "occurred_at": self.occurred_at,
            "target": self.target,
        }
        pairs: list[str] = []
        for name, value in values.items():
            if value not in (None, ""):
                pairs += [name, str(value)]
        return pairs


@dataclass(frozen=True)
class RecordResult:
    """``status``: ``new`` (changed what checks say), ``repeat`` (already in force, recorded
    but not to be confirmed again) or ``duplicate`` (same message id seen before)."""

    status: Literal["new", "repeat", "duplicate"]
    ledger_id: str


class ConsentLedger:
    """Records consent events atomically and reads a number's history back."""

    def __init__(
        self,
        redis_client: redis.Redis,
        queue: Queue,
        *,
        retry_intervals: list[int],
        dedupe_seconds: int,
    ) -> None:
        self.redis = redis_client
        self.queue = queue
        self.retry_intervals = retry_intervals or [0]
        self.dedupe_seconds = dedupe_seconds
        self._record_source = lua_source("record")
        self._record_sha = hashlib.sha1(self._record_source.encode()).hexdigest()
        self._script_loaded = False

    def record(self, event: ConsentEvent) -> RecordResult:
        """Acknowledge ``event``: ledger, history, pending mark and apply job in one EXEC.

        Raises:
            InvalidEvent: the event is malformed.
            redis.RedisError: Redis did not take it; nothing was acknowledged.
        """
        result = self.record_many([event])[0]
        log.debug(
            "recorded %s for %s from %s: %s (%s)",
            event.kind.value, mask_number(event.number), event.source, result.status,
            result.ledger_id,
        )  # fmt: skip
        return result

    def record_many(
        self, events: list[ConsentEvent], *, enqueue: bool = True
    ) -> list[RecordResult]:
        """Acknowledge ``events`` in one MULTI/EXEC. Without ``enqueue`` no apply jobs are
        queued: the caller applies the numbers itself (imports)."""
        for event in events:
            event.validate()
        calls = [self._script_call(event) for event in events]
        if not self._script_loaded:  # once per process: the retry below is for restarts
            self.redis.script_load(self._record_source)
            self._script_loaded = True
        try:
            replies = self._record_transaction(events, calls, enqueue)
        except redis.exceptions.NoScriptError:
            # Redis restarted or flushed its scripts. The failed EXEC may have queued apply
            # jobs without their events, which is harmless: applying is idempotent.
            self.redis.script_load(self._record_source)
            replies = self._record_transaction(events, calls, enqueue)
        return [RecordResult(status, ledger_id) for status, ledger_id in replies]

    def _script_call(self, event: ConsentEvent) -> tuple[list[str], list[str | int]]:
        suffix, history_field = bucket(event.number)
        service_key = Keys.SERVICE_MEMBERS + (event.service_sid or "-")
        dedupe_key = Keys.MESSAGE + event.dedupe_key if event.dedupe_key else Keys.DUMMY
        keys = [
            Keys.LEDGER, Keys.HISTORY + suffix, Keys.PENDING, Keys.UNAPPLIED,
            Keys.SENDER_CODES, Keys.SENDER_NAMES, Keys.SERVICES, service_key, dedupe_key,
            Keys.METRICS, Keys.HOURLY + time.strftime("%Y%m%d%H", time.gmtime()), Keys.REVIEW,
        ]  # fmt: skip
        args: list[str | int] = [
            event.number,
            history_field,
            _KIND_CODE[event.kind],
            event.scope,
            event.sender or "",
            event.service_sid or "",
            event.to if event.service_sid and event.to else "",
            self.dedupe_seconds if event.dedupe_key else 0,
            "1" if event.source == "sms" and event.message_sid else "0",  # the number texted us
            event.target or "",
            json.dumps(event.review_item) if event.review_item else "",
            event.kind.value,
            event.reply or "",
            ",".join(sorted(event.reply_on)),
            *event.ledger_fields(),
        ]
        return keys, args

    def _record_transaction(
        self,
        events: list[ConsentEvent],
        calls: list[tuple[list[str], list[str | int]]],
        enqueue: bool,
    ) -> list[tuple[Literal["new", "repeat", "duplicate"], str]]:
        with self.redis.pipeline(transaction=True) as pipe:
            pipe.multi()
            for keys, args in calls:
                # EVALSHA, not EVAL: the script's 5 kB would cost a socket write per text.
                pipe.evalsha(self._record_sha, len(keys), *keys, *args)
            if enqueue:
                for number in dict.fromkeys(e.number for e in events if e.kind in _APPLIED_KINDS):
                    self.enqueue_apply(number, pipeline=pipe)
            replies = pipe.execute()
        return [tuple(reply) for reply in replies[: len(events)]]  # type: ignore[misc]

    def enqueue_apply(self, number: str, pipeline: redis.client.Pipeline | None = None) -> None:
        """Queue the job that applies ``number``'s events to the suppression list."""
        self.queue.enqueue_call(
            APPLY_JOB,
            args=(number,),
            description=f"apply consent events of {mask_number(number)}",
            retry=Retry(max=len(self.retry_intervals), interval=self.retry_intervals),
            result_ttl=3600,
            failure_ttl=30 * 24 * 3600,
            pipeline=pipeline,
        )

    def history(self, number: str) -> list[dict[str, str]]:
        """Every ledger event of ``number``, oldest first, each with ``id`` and ``at``."""
        suffix, history_field = bucket(number)
        entries = cast(str, self.redis.hget(Keys.HISTORY + suffix, history_field) or "")
        ids = list(dict.fromkeys(entry.split("|", 1)[0] for entry in entries.split()))
        return [event for event in self.events(ids) if event]

    def events(self, ledger_ids: list[str]) -> list[dict[str, str]]:
        """The ledger entries with these ids (an empty dict for an id that is gone)."""
        with self.redis.pipeline(transaction=False) as pipe:
            for ledger_id in ledger_ids:
                pipe.xrange(Keys.LEDGER, ledger_id, ledger_id)
            replies = pipe.execute()
        return [_event_dict(reply[0][0], reply[0][1]) if reply else {} for reply in replies]

    def scan(self, batch: int = 1000) -> Iterator[dict[str, str]]:
        """Every ledger event in acknowledgement order (for rebuild and export)."""
        start = "-"
        while True:
            chunk = cast(list[tuple[str, dict[str, str]]],
                         self.redis.xrange(Keys.LEDGER, start, "+", count=batch))
            for ledger_id, fields in chunk:
                yield _event_dict(ledger_id, fields)
            if len(chunk) < batch:
                return
            start = "(" + chunk[-1][0]

    def count_checks(self, *, requests: int, numbers: int) -> None:
        """Count suppression checks for the metrics."""
        with self.redis.pipeline(transaction=False) as pipe:
            pipe.hincrby(Keys.METRICS, "checks:requests", requests)
            pipe.hincrby(Keys.METRICS, "checks:numbers", numbers)
            pipe.execute()

    def count_message(
        self,
        intent: str,
        *,
        sender: str | None = None,
        service_sid: str | None = None,
        reply: str | None = None,
    ) -> None:
        """Count an inbound text that records no consent event (help, ordinary conversation),
        and learn that ``sender`` belongs to Messaging Service ``service_sid``."""
        hour_key = Keys.HOURLY + time.strftime("%Y%m%d%H", time.gmtime())
        with self.redis.pipeline(transaction=False) as pipe:
            if sender and service_sid:
                pipe.hset(Keys.SERVICES, sender, service_sid)
                pipe.sadd(Keys.SERVICE_MEMBERS + service_sid, sender)
            pipe.hincrby(Keys.METRICS, f"events:{intent}:new", 1)
            if reply:
                pipe.hincrby(Keys.METRICS, f"replies:{reply}", 1)
            pipe.hincrby(hour_key, intent, 1)
            pipe.expire(hour_key, 172800)
            pipe.execute()


def _event_dict(ledger_id: str, fields: dict[str, str]) -> dict[str, str]:
    recorded_at = ledger_time(ledger_id)
    event = {"id": ledger_id, "at": fields.get("occurred_at") or recorded_at}
    event["recorded_at"] = recorded_at
    event.update(fields)
    return event
