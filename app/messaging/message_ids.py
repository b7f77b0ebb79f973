"""Which number a carrier's message id was first recorded for, to spot a reused id.

The ledger's duplicate test is per (message id, number, kind), so a second number's STOP
that carries an id already seen is still recorded. The same id for two numbers is not
something a carrier does, though: it is a bug or a forgery upstream, worth a WARNING. This
module keeps the small id -> number record that notices it. It never decides whether an
event is recorded, so it works beside the request, not in it: ``note`` hands the id to a
thread of the process and returns at once (its round trip cost a STOP about 0.3 ms).

The dedupe keys of carrier messages are built here too (``sms_dedupe_key``,
``status_dedupe_key``); messages that changed consent are kept for good (a digest of that
key and the number, ``kept_message_id``), and ``keep_message_ids`` gives that to events
recorded before it was so.
"""

from __future__ import annotations

import logging
import os
import queue
import threading
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

import redis

from app.consent.ledger import kept_message_id
from app.phone import mask_number
from app.store.keys import MESSAGE_IDS

if TYPE_CHECKING:
    from app.consent.ledger import ConsentLedger

log = logging.getLogger(__name__)


def message_key(provider: str, message_id: str) -> str:
    """A carrier's message id made unique across carriers, as the ledger's dedupe keys hold
    it. Twilio's ids stand alone: its keys were written before other carriers came, and a
    retry that straddles an upgrade must still be recognised as a repeat."""
    return message_id if provider == "twilio" else f"{provider}:{message_id}"


def sms_dedupe_key(provider: str, message_id: str) -> str:
    """The dedupe key of an inbound text's event (the ledger adds number and kind)."""
    return f"sms:{message_key(provider, message_id)}"


def status_dedupe_key(provider: str, message_id: str, error_code: str) -> str:
    """The dedupe key of a delivery failure's event (the ledger adds number and kind)."""
    return f"status:{message_key(provider, message_id)}:{error_code}"


def recorded_dedupe_key(event: Mapping[str, Any]) -> str | None:
    """The dedupe key a ledger event (as read back: ``source``, ``provider``,
    ``message_sid``, ``error_code``) was recorded under, for an inbound text or a delivery
    failure; None for any other event."""
    sid = event.get("message_sid")
    if not sid:
        return None
    provider = str(event.get("provider") or "twilio")  # events from before providers
    if event.get("source") == "sms":
        return sms_dedupe_key(provider, str(sid))
    if event.get("source") == "carrier":
        return status_dedupe_key(provider, str(sid), str(event.get("error_code") or ""))
    return None


class MessageIds:
    """``optout:sid:<provider>:<id>`` -> the number the id was first recorded for, kept as
    long as the ledger remembers duplicates (``MESSAGE_DEDUPE_SECONDS``)."""

    def __init__(self, client: redis.Redis, ttl_seconds: int) -> None:
        self.client = client
        self.ttl_seconds = ttl_seconds
        self._queue: queue.Queue[tuple[str, str, str, str] | None] = queue.Queue(maxsize=10_000)
        self._pid: int | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def note(self, provider: str, message_id: str, number: str, *, what: str = "message"
             ) -> None:
        """Remember, beside the request, that ``message_id`` was recorded for ``number``
        (``check``); call it only for events the ledger actually recorded."""
        with self._lock:
            if self._pid != os.getpid():  # first use in this process (gunicorn forks)
                self._queue = queue.Queue(maxsize=10_000)
                self._thread = threading.Thread(target=self._work, name="optout-message-ids",
                                                daemon=True)
                self._thread.start()
                self._pid = os.getpid()
        try:
            self._queue.put_nowait((provider, message_id, number, what))
        except queue.Full:  # a diagnostic only: never hold a request up for it
            log.warning("message id checks are behind; %s id %s not checked", provider,
                        message_id)

    def flush(self, timeout: float = 5.0) -> None:
        """Wait until every id handed to ``note`` has been checked (tests, shutdown)."""
        done = threading.Event()
        pending = self._queue

        def wait() -> None:
            pending.join()
            done.set()

        threading.Thread(target=wait, daemon=True).start()
        done.wait(timeout)

    def close(self, timeout: float = 5.0) -> None:
        """Check what is queued, then end the thread (before its Redis client is closed: a
        thread left running would use a pool being torn down)."""
        with self._lock:
            thread, self._thread, self._pid = self._thread, None, None
        if thread is None or not thread.is_alive():
            return
        try:
            self._queue.put(None, timeout=timeout)
        except queue.Full:
            log.warning("message id checks still queued at shutdown were dropped")
            return
        thread.join(timeout)

    def _work(self) -> None:
        pending = self._queue
        while True:
            item = pending.get()
            try:
                if item is None:
                    return
                provider, message_id, number, what = item
                self.check(provider, message_id, number, what=what)
            finally:
                pending.task_done()

    def key(self, provider: str, message_id: str) -> str:
        """The Redis key of one provider's message id."""
        return f"{MESSAGE_IDS}{provider}:{message_id}"

    def check(self, provider: str, message_id: str, number: str, *, what: str = "message"
              ) -> str | None:
        """Remember that ``message_id`` was recorded for ``number``; when it was first
        recorded for another number, log a WARNING (numbers masked) and return that number.

        Call it only for events the ledger actually recorded (new or repeat). A Redis fault
        here is logged and ignored: the event is already recorded, and failing the request
        now would only make the carrier retry it (and lose its confirmation).
        """
        key = self.key(provider, message_id)
        try:
            with self.client.pipeline(transaction=True) as pipe:
                pipe.set(key, number, nx=True, ex=self.ttl_seconds)
                pipe.get(key)
                created, holder = pipe.execute()
        except redis.RedisError as exc:
            log.warning("could not note %s id %s of %s: %s", provider, message_id,
                        mask_number(number), exc)
            return None
        if created or holder is None or holder == number:
            return None
        log.warning(
            "%s %s id %s was first recorded for %s and now for %s: recorded for both",
            provider, what, message_id, mask_number(str(holder)), mask_number(number),
            extra={"provider": provider, "message_id": message_id, "conflict": True},
        )
        return str(holder)


def kept_messages_of(events: Iterable[Mapping[str, Any]]) -> Iterator[tuple[str, str]]:
    """(number, ``kept_message_id``) of each carrier message among ledger ``events`` that
    changed consent: what the record script keeps for good."""
    for event in events:
        dedupe = recorded_dedupe_key(event)
        number = event.get("number")
        if dedupe is None or not number or event.get("kind") in ("confirmation", None):
            continue
        yield str(number), kept_message_id(dedupe, str(number))


def keep_message_ids(ledger: ConsentLedger, events: Iterable[Mapping[str, Any]],
                     batch: int = 1000) -> int:
    """Keep for good the carrier messages that changed consent among ``events`` (ledger
    events, from Redis or the archive: ``all_events``), as the record script keeps them:
    each one's digest in its number's kept-messages hash. Events recorded while their
    dedupe keys still expired after MESSAGE_DEDUPE_SECONDS are then refused when replayed,
    however old, like every such event recorded since. Returns the messages kept."""
    layout = ledger.layout
    by_shard: dict[int, dict[str, list[str]]] = {}
    pending: dict[int, int] = {}
    kept = 0

    def flush(shard: int) -> None:
        pipe = ledger.store.node(shard).pipeline(transaction=False)
        for key, items in by_shard.pop(shard, {}).items():
            pipe.hset(key, items=items)
        pipe.execute()
        pending[shard] = 0

    for number, digest in kept_messages_of(events):
        shard, bucket, _ = layout.locate(number)
        items = by_shard.setdefault(shard, {}).setdefault(layout.kept_messages(bucket), [])
        items += (digest, "")
        kept += 1
        pending[shard] = pending.get(shard, 0) + 1
        if pending[shard] >= batch:
            flush(shard)
    for shard in list(by_shard):
        flush(shard)
    return kept
