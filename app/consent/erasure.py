"""Erasure that keeps the opt-out: a person asks to be forgotten, and is never texted again.

``erase_person`` removes the number's personal data everywhere optout keeps it, and leaves
a keyed hash that keeps the number suppressed in every check (``app/consent/erased.py``):

1. the consent store, in one atomic step on the number's shard (``ConsentLedger.erase``):
   history, projection, pending mark, ledger entries, review items, send log, dedupe keys,
   the digests of its carrier messages kept for good (found from its events);
   the keyed hash and an ``erased`` ledger entry *without the number* are written in the
   same step, so no check ever finds the number neither opted out nor erased;
2. the queue Redis: the records of its carriers' message ids, idempotent API answers and
   console uploads that hold it, and RQ jobs whose arguments name it (replies to send);
3. the archive: its rows are redacted (``Archive.redact_number``: the personal fields go,
   their keyed digests stay, so the hash chain still verifies); the ``erased`` entry reaches
   the archive later like every ledger entry, so the erasure is itself on record.

Keys named after the number (dedupe keys) and records that hold it (idempotent answers,
uploads) are found by scanning their prefix: the cost grows with those keys (about a
second a million), acceptable for a request people make one at a time.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, cast

import redis

from app.archive.store import Archive
from app.consent.ledger import ConsentLedger
from app.messaging.message_ids import kept_messages_of
from app.phone import mask_number
from app.store.keys import CONSOLE_UPLOADS, IDEMPOTENCY, MESSAGE_IDS
from app.store.store import Store

log = logging.getLogger(__name__)
_SCAN_COUNT = 5000


@dataclass(frozen=True)
class ErasureReport:
    """What an erasure removed. ``ledger_id`` is the ``erased`` entry's ("" when the number
    had been erased before: the data found since is removed again, nothing is recorded)."""

    ledger_id: str
    ledger_entries: int
    keys: int
    archive_rows: int
    at: str

    def as_dict(self) -> dict[str, object]:
        """The API's answer."""
        return {"erased": True, "recorded": {"id": self.ledger_id} if self.ledger_id else None,
                "removed": {"ledger_entries": self.ledger_entries, "keys": self.keys,
                            "archive_rows": self.archive_rows},
                "at": self.at}


def erase_person(number: str, *, ledger: ConsentLedger, queue_redis: redis.Redis,
                 archive: Archive | None, source: str, recorded_by: str) -> ErasureReport:
    """Erase everything optout holds about ``number`` (E.164) but the keyed hash that keeps
    it suppressed. Idempotent: erasing again removes whatever came back, records nothing.

    Raises:
        ErasureUnavailable: no ERASURE_PEPPER.
        StoreUnavailable: the store did not take the erasure (nothing was erased there).
        sqlalchemy.exc.SQLAlchemyError: the archive did not answer (Redis is erased
            already: retrying finishes the job).
    """
    events = ledger.history(number)
    if archive is not None and archive.ready():
        events += archive.events_of(number)
    store = ledger.store
    dedupe = list(_dedupe_keys(store, number))
    kept = sorted({digest for _, digest in kept_messages_of(events)})
    done = ledger.erase(number, source=source, recorded_by=recorded_by, dedupe_keys=dedupe,
                        kept_messages=kept)
    keys = len(dedupe) + _delete(store.node(done.shard), list(_dedupe_keys(store, number)))
    keys += _delete(queue_redis, sorted(_message_id_keys(events)))
    keys += _delete(queue_redis, [key for prefix in (IDEMPOTENCY, CONSOLE_UPLOADS)
                                  for key in _keys_holding(queue_redis, prefix, number)])
    keys += _delete_jobs(queue_redis, number)
    rows = archive.redact_number(number) if archive is not None and archive.ready() else 0
    log.info("erased %s: %d ledger entries, %d keys, %d archive rows", mask_number(number),
             done.deleted, keys, rows)
    return ErasureReport(done.ledger_id, done.deleted, keys, rows, done.at)


def _scan(client: redis.Redis, match: str) -> Iterator[str]:
    for key in client.scan_iter(match=match, count=_SCAN_COUNT):
        yield key.decode() if isinstance(key, bytes) else str(key)


def _dedupe_keys(store: Store, number: str) -> Iterator[str]:
    """The dedupe keys of the number's events (``...msg:<key>:<number>:<kind>``)."""
    layout = store.layout
    shard = layout.shard_of(number)
    yield from _scan(store.node(shard), layout.dedupe(shard, f"*:{_glob(number)}:*"))


def _glob(text: str) -> str:
    """``text`` with glob characters escaped, for SCAN MATCH."""
    return "".join(f"\\{c}" if c in "*?[]\\" else c for c in text)


def _message_id_keys(events: list[dict[str, Any]]) -> set[str]:
    """The message-id records of the number's texts and status callbacks."""
    return {f"{MESSAGE_IDS}{e.get('provider') or 'twilio'}:{e['message_sid']}"
            for e in events if e.get("message_sid")}


def _keys_holding(client: redis.Redis, prefix: str, number: str) -> Iterator[str]:
    """Keys under ``prefix`` whose string or hash values mention ``number``."""
    needle = number.encode()
    for key in _scan(client, _glob(prefix) + "*"):
        kind = client.type(key)
        kind = kind.decode() if isinstance(kind, bytes) else kind
        values: list[object]
        if kind == "string":
            values = [client.get(key)]
        elif kind == "hash":
            values = [*cast(dict[Any, Any], client.hgetall(key)).items()]
        else:
            continue
        if needle in repr(values).encode():
            yield key


def _delete_jobs(client: redis.Redis, number: str) -> int:
    """Delete RQ jobs whose arguments name the number (a reply to send), with their
    results and failure records. Their descriptions carry only the masked number, which
    picks the few to load."""
    from rq.exceptions import NoSuchJobError
    from rq.job import Job

    masked = mask_number(number)
    deleted = 0
    for key in _scan(client, "rq:job:*"):
        description = client.hget(key, "description")
        if description is None or masked not in (
                description.decode() if isinstance(description, bytes) else description):
            continue
        try:
            job = Job.fetch(key.removeprefix("rq:job:"), connection=client)
        except NoSuchJobError:
            continue
        if number in job.args or number in job.kwargs.values():
            job.delete()
            deleted += 1
    return deleted


def _delete(client: redis.Redis, keys: list[str]) -> int:
    return int(client.delete(*keys)) if keys else 0
