"""The consent ledger: every opt-out, opt-in and carrier report, in acknowledgement order.

Recording an event is one script on the number's shard of the consent store: the ledger
entry, the number's history, the pending mark and the dedupe key, together. That record is
the commitment: once the store (and, where it has replicas, enough of them) holds it, every
check says suppressed. Asking a worker to apply it follows on the queue Redis; if that step
is lost (a crash, the queue down), the workers' sweep finds the number unapplied and applies
it anyway.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, cast

import numpy as np

from app.consent.erased import ErasedNumbers, Pepper
from app.consent.events import SENDER_KINDS, ConsentEvent, Kind, RecordResult, ledger_time
from app.consent.fresh import (
    HAS_HISTORY,
    IN_FORCE,
    NEW,
    FreshRecords,
    PackedOptOuts,
    PlainOptOut,
)
from app.consent.history import LETTER_OF, compact, event_entries, id_key, rulings_in
from app.errors import OptoutError, fault_point
from app.phone import mask_number
from app.store.layout import Layout
from app.store.registry import SenderRegistry
from app.store.store import Script, Store

if TYPE_CHECKING:
    from app.consent.applying import ApplyRequests

# Dedupe keys of a carrier's own message ids (an inbound text, a status report): kept for
# good when the event changes consent, so a replay is never recorded, however old.
CARRIER_MESSAGE_KEYS = ("sms:", "status:")


# Bytes of a kept message's digest. A new message passes for one seen before only when its
# digest equals one already in its number's bucket (its hash holds a few hundred: the number
# is in the digest, and only that bucket is asked): at most 512 / 2**64, about 3e-17 a
# message, or 3e-7 over ten billion messages, so a false "already seen" (a STOP not
# recorded) is negligible.
KEPT_DIGEST_BYTES = 8


def dedupe_name(dedupe_key: str, number: str) -> str:
    """What a carrier message that changed consent is known by for good: the message's
    dedupe key (provider, message id, and a status report's error code) and the number."""
    return f"{dedupe_key}:{number}"


def kept_message_id(dedupe_key: str, number: str) -> str:
    """The field of such a message in its number's kept-messages hash
    (``layout.kept_messages``): a short digest of ``dedupe_name``, written as the signed
    64-bit integer it is. A listpack holds that integer in 8 bytes (10 with its header), as
    it would the raw bytes, and every client reads it as text."""
    digest = hashlib.blake2b(dedupe_name(dedupe_key, number).encode(),
                             digest_size=KEPT_DIGEST_BYTES).digest()
    return str(int.from_bytes(digest, "big", signed=True))

log = logging.getLogger(__name__)

# Statuses of ``record_packed`` besides the bulk script's own (NEW, IN_FORCE).
ERASED = ord("e")  # an erased number: nothing recorded, it stays opted out
RECORDED_ONE_BY_ONE = ord("1")  # see the row's RecordResult


@dataclass(frozen=True)
class Erased:
    """What an erasure did on the store: the ``erased`` entry's id ("" when the number had
    been erased before), how many of its ledger entries went, its shard, and when."""

    ledger_id: str
    deleted: int
    shard: int
    at: str


class ErasureUnavailable(OptoutError):
    """Erasure needs ERASURE_PEPPER, the secret of the keyed hash it keeps."""

    code = "erasure_unavailable"
    status = 503


class ConsentLedger:
    """Records consent events on their numbers' shards and reads them back."""

    def __init__(self, store: Store, registry: SenderRegistry, applier: ApplyRequests, *,
                 dedupe_seconds: int, pepper: Pepper | None = None) -> None:
        self.store = store
        self.registry = registry
        self.applier = applier
        self.dedupe_seconds = dedupe_seconds
        self.pepper = pepper
        self.erased = ErasedNumbers(store, pepper)
        self._record = Script.named("record")
        self._compact = Script.named("replace_if_unchanged")
        self._erase = Script.named("erase")
        self._fresh = FreshRecords(store)

    @property
    def layout(self) -> Layout:
        """The store's key layout."""
        return self.store.layout

    @property
    def shard_count(self) -> int:
        """Shards of the store: ledger ids are unique within one."""
        return self.layout.shards

    def record(self, event: ConsentEvent) -> RecordResult:
        """Acknowledge ``event``: ledger, history and pending mark, then ask for its apply.

        Raises:
            InvalidEvent: the event is malformed.
            StoreUnavailable: the store (or its replicas) did not take it; nothing was
                acknowledged.
        """
        result = self.record_many([event])[0]
        log.debug(
            "recorded %s for %s from %s: %s (%s)",
            event.kind.value, mask_number(event.number), event.source, result.status,
            result.ledger_id,
        )  # fmt: skip
        return result

    def record_many(self, events: list[ConsentEvent], *, apply: bool = True) -> list[RecordResult]:
        """Acknowledge ``events``: one round trip per shard, each event its own atomic record.
        Without ``apply`` no worker is asked: the caller applies the numbers itself."""
        for event in events:
            event.validate()
        senders = {e.sender for e in events if e.sender and e.scope == "sender"
                   and e.kind.value in SENDER_KINDS}
        senders.update(s.partition("#")[0] for e in events for s in e.exceptions)
        codes = self.registry.codes_for(senders) if senders else {}
        for event in events:
            if event.service_sid and event.to:
                self.registry.learn_service(event.to, event.service_sid)
        by_shard: dict[int, list[int]] = defaultdict(list)
        calls = []
        for i, event in enumerate(events):
            shard, keys, payload = self._script_call(event, codes)
            by_shard[shard].append(i)
            calls.append((keys, payload))
        results: list[RecordResult | None] = [None] * len(events)
        for shard, indexes in by_shard.items():
            flag_seconds = self.applier.flag_seconds if apply else 0
            replies = self.store.run(shard, [
                (self._record, calls[i][0], [calls[i][1], flag_seconds]) for i in indexes],
                durable=True)
            for i, (status, ledger_id, enqueue) in zip(indexes, replies, strict=True):
                results[i] = RecordResult(status, ledger_id, shard, bool(int(enqueue)))
        done = cast(list[RecordResult], results)
        fault_point("after-record")
        self.applier.enqueue({r.shard for r in done if r.enqueue})
        return done

    def record_opt_outs(self, rows: Sequence[PlainOptOut]) -> list[RecordResult]:
        """``record_packed`` for a list of rows, a result each (the ledger id of a row the
        bulk path recorded is not returned: "")."""
        packed = PackedOptOuts.of(rows)
        statuses, rest = self.record_packed(packed)
        results: list[RecordResult] = []
        for i, status in enumerate(statuses.tolist()):
            shard = self.layout.shard_of(rows[i].number)
            if status == NEW:
                results.append(RecordResult("new", "", shard, applied=True))
            elif status == IN_FORCE:
                results.append(RecordResult("in_force", "", shard))
            elif status == ERASED:
                results.append(RecordResult("erased", "", shard, applied=True))
            else:
                results.append(rest[i])
        return results

    def record_packed(self, rows: PackedOptOuts) -> tuple[np.ndarray, dict[int, RecordResult]]:
        """Acknowledge plain opt-outs in bulk (imports), each only if it changes what checks
        say. Returns each row's status (uint8) and the results of the rows recorded one by
        one: those of numbers with no history are recorded and applied at once (``NEW``),
        those in force found so in the same pass (``IN_FORCE``), erased numbers refused
        (``ERASED``); the others (``RECORDED_ONE_BY_ONE``: numbers with history, and every
        row of a number that occurs twice) go through ``record_many``, in order, and are
        left for the caller to apply.

        Raises:
            StoreUnavailable: the store (or its replicas) did not take them.
        """
        statuses = np.full(len(rows), RECORDED_ONE_BY_ONE, dtype=np.uint8)
        if not len(rows):
            return statuses, {}
        senders = {shape.sender for shape in rows.shapes
                   if shape.scope == "sender" and shape.sender}
        codes = self.registry.codes_for(senders) if senders else {}
        # An erased number has no history, so the bulk path would record it afresh: it is
        # refused here (the keyed prefilter makes asking cost next to nothing).
        erased = self.erased.which(rows.numbers(), rows.values)
        statuses[erased] = ERASED
        _, inverse, counts = np.unique(rows.values, return_inverse=True, return_counts=True)
        fresh = np.flatnonzero((counts[inverse] == 1) & (statuses != ERASED))
        part = PackedOptOuts(rows.values[fresh], rows.kinds[fresh], rows.shapes)
        statuses[fresh] = self._fresh.record(part, [codes.get(shape.sender or "")
                                                    for shape in rows.shapes])
        statuses[statuses == HAS_HISTORY] = RECORDED_ONE_BY_ONE
        rest = np.flatnonzero(statuses == RECORDED_ONE_BY_ONE)
        results: dict[int, RecordResult] = {}
        if len(rest):
            indexes = rest.tolist()
            recorded = self.record_many([rows.row(i).event() for i in indexes], apply=False)
            results = dict(zip(indexes, recorded, strict=True))
        return statuses, results

    def _script_call(self, event: ConsentEvent, codes: dict[str, str]
                     ) -> tuple[int, list[str], str]:
        layout = self.layout
        shard, bucket, history_field = layout.locate(event.number)
        forever = bool(event.dedupe_key) and event.kind is not Kind.CONFIRMATION and str(
            event.dedupe_key).startswith(CARRIER_MESSAGE_KEYS)
        # A carrier message changes consent once, whatever it was read as: it is kept for
        # good by a digest that names no kind, in its number's bucket. Other keys (imports,
        # API requests, confirmations) are per kind, and expire.
        kept = kept_message_id(str(event.dedupe_key), event.number) if forever else ""
        dedupe = (f"{event.dedupe_key}:{event.number}:{event.kind.value}"
                  if event.dedupe_key and not forever else None)
        hour = time.strftime("%Y%m%d%H", time.gmtime())
        keys = [
            layout.ledger(shard), layout.history(bucket), layout.pending(shard),
            layout.unapplied(shard), layout.dedupe(shard, dedupe or "-"), layout.metrics(shard),
            layout.hourly(shard, hour), layout.review(shard), layout.apply_requested(shard),
            layout.erased(shard), layout.kept_messages(bucket),
        ]  # fmt: skip
        fields = event.ledger_fields()
        entries = event_entries(dict(zip(fields[::2], fields[1::2], strict=True))
                                | {"status": event.status or ""},
                                codes.get(event.sender or ""))
        payload = {
            "number": event.number,
            "field": history_field,
            "entries": [list(entry) for entry in entries],
            "dedupe_ttl": -1 if forever else self.dedupe_seconds if dedupe else 0,
            "kept": kept,
            "message_sid": event.message_sid or "" if forever else "",
            "provider": event.provider or "twilio",
            # the number texted us, so it can receive texts again
            "inbound": event.source == "sms" and bool(event.message_sid),
            "review": json.dumps(event.review_item) if event.review_item else "",
            "metric": event.kind.value,
            "reply": event.reply or "",
            "reply_on": sorted(event.reply_on),
            "reply_fields": event.reply_fields(),
            "own_status": event.status or "",
            "only_changes": event.only_changes,
            "exceptions": [_exception_code(s, codes) for s in event.exceptions],
            "fields": fields,
            "digest": self.pepper.digest(event.number) if self.pepper else "",
        }
        return shard, keys, json.dumps(payload)

    def erase(self, number: str, *, source: str, recorded_by: str,
              dedupe_keys: Sequence[str] = (), kept_messages: Sequence[str] = ()) -> Erased:
        """Erase ``number``'s data from its shard and keep it suppressed, in one atomic
        durable step (``store/lua/erase.lua``): history, projection, pending mark, ledger
        entries, review items, send log, ``dedupe_keys`` and the ``kept_messages`` digests
        of its carrier messages go; the keyed hash stays; an
        ``erased`` entry without the number is appended (none when it was erased before).

        Raises:
            ErasureUnavailable: no ERASURE_PEPPER.
            StoreUnavailable: the store (or its replicas) did not take it.
        """
        if self.pepper is None:
            raise ErasureUnavailable("erasure needs ERASURE_PEPPER: the secret of the hash "
                                     "that keeps an erased number suppressed")
        layout = self.layout
        shard, bucket, field = layout.locate(number)
        member_bucket, member = layout.member_of(number)
        sent_bucket, sent_member = layout.sent_of(number)
        today = int(time.time()) // 86400
        send_keys = [key for day in (today - 1, today, today + 1)
                     for key in (layout.sends(day, bucket), layout.sent(day, sent_bucket))]
        keys = [layout.ledger(shard), layout.history(bucket), layout.projection(bucket),
                layout.members(member_bucket), layout.pending(shard), layout.unapplied(shard),
                layout.review(shard), layout.erased(shard), layout.erased_bits(shard),
                layout.kept_messages(bucket), *send_keys, *dedupe_keys]
        digest = self.pepper.digest(number)
        at = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        fields = ["kind", "erased", "digest", digest, "source", source,
                  "recorded_by", recorded_by, "status", "new"]
        payload = {"number": number, "field": field, "member": str(member), "digest": digest,
                   "bit": self.pepper.bit(number), "at": at, "fields": fields,
                   "sends": len(send_keys) // 2, "sent_member": str(sent_member),
                   "kept": list(kept_messages)}
        ledger_id, deleted = self.store.run(
            shard, [(self._erase, keys, [json.dumps(payload)])], durable=True)[0]
        log.debug("erased %s: %d ledger entries", mask_number(number), int(deleted))
        return Erased(str(ledger_id), int(deleted), shard, at)

    def history(self, number: str) -> list[dict[str, str]]:
        """Every ledger event of ``number`` still in Redis, oldest first, each with ``id``,
        ``at`` and ``shard``."""
        return [event for event in self.events(number, self.history_ids(number)) if event]

    def history_entries(self, number: str) -> str:
        """The number's raw history (``"<id>|<kind><code> ..."``)."""
        _, bucket, history_field = self.layout.locate(number)
        shard = self.layout.shard_of(number)
        return cast(str, self.store.retrying(
            lambda: self.store.node(shard).hget(self.layout.history(bucket), history_field)
        ) or "")

    def history_ids(self, number: str) -> list[str]:
        """Ledger ids of the number's events, oldest first."""
        entries = self.history_entries(number)
        return list(dict.fromkeys(entry.split("|", 1)[0] for entry in entries.split()))

    def events(self, number: str, ledger_ids: list[str]) -> list[dict[str, str]]:
        """The ledger entries of ``number`` with these ids (an empty dict for one that is gone)."""
        return self._entries(self.layout.shard_of(number), ledger_ids)

    def _entries(self, shard: int, ledger_ids: list[str]) -> list[dict[str, Any]]:
        """The entries of ``shard``'s stream with these ids, one round trip ({} when gone)."""
        if not ledger_ids:
            return []
        stream = self.layout.ledger(shard)

        def read() -> list[Any]:
            with self.store.node(shard).pipeline(transaction=False) as pipe:
                for ledger_id in ledger_ids:
                    pipe.xrange(stream, ledger_id, ledger_id)
                return cast(list[Any], pipe.execute())

        return [_event_dict(reply[0][0], reply[0][1], shard) if reply else {}
                for reply in self.store.retrying(read)]

    def scan(self, shard: int | None = None, after: str = "-", batch: int = 1000
             ) -> Iterator[dict[str, str]]:
        """Ledger events in acknowledgement order: of one shard after the id ``after``, or of
        every shard (each in order, shard after shard)."""
        if shard is None:
            for each in range(self.layout.shards):
                yield from self.scan(each, batch=batch)
            return
        stream = self.layout.ledger(shard)
        start = after if after == "-" else "(" + after
        def read(start: str) -> list[tuple[str, dict[str, str]]]:
            return cast(list[tuple[str, dict[str, str]]],
                        self.store.node(shard).xrange(stream, start, "+", count=batch))

        while True:
            chunk = self.store.retrying(lambda start=start: read(start))  # type: ignore[misc]
            for ledger_id, fields in chunk:
                yield _event_dict(ledger_id, fields, shard)
            if len(chunk) < batch:
                return
            start = "(" + chunk[-1][0]

    def read_after(self, shard: int, after: str, limit: int
                   ) -> tuple[list[dict[str, Any]], str | None]:
        """Up to ``limit`` events of ``shard`` above the id ``after``, in ledger order, and
        the id of the oldest entry still in the stream (None when it is empty): one round
        trip."""
        stream = self.layout.ledger(shard)

        def read() -> list[Any]:
            with self.store.node(shard).pipeline(transaction=False) as pipe:
                pipe.xrange(stream, "(" + after, "+", count=limit)
                pipe.xrange(stream, "-", "+", count=1)
                return cast(list[Any], pipe.execute())

        chunk, first = self.store.retrying(read)
        return ([_event_dict(i, fields, shard) for i, fields in chunk],
                first[0][0] if first else None)

    def trim(self, shard: int, ledger_ids: list[str]) -> int:
        """Delete these entries from the shard's stream (once archived), then compact the
        histories of their numbers; returns how many entries went."""
        if not ledger_ids:
            return 0
        stream = self.layout.ledger(shard)
        node = self.store.node(shard)
        known = {e["id"]: e for e in self._entries(shard, ledger_ids) if e}
        deleted = int(self.store.retrying(lambda: node.xdel(stream, *ledger_ids)))
        # An erasure's entry names no number: nothing to compact for it.
        numbers = dict.fromkeys(e["number"] for e in known.values() if e.get("number"))
        self.compact_histories(shard, list(numbers), known)
        return deleted

    def compact_histories(self, shard: int, numbers: list[str],
                          known: dict[str, dict[str, Any]] | None = None) -> int:
        """Shrink the histories of ``numbers`` (of ``shard``) to what the fold needs, once
        their oldest events have left Redis (``app.consent.compact``); the details of trimmed
        rulings (``known`` events, or what was kept before) stay beside each history for
        lookups. Three round trips for the lot; a number whose history changed meanwhile is
        read again. Returns how many numbers were written."""
        layout = self.layout
        node = self.store.node(shard)
        written = 0
        for _ in range(5):
            if not numbers:
                break
            places = [layout.locate(n) for n in numbers]

            def read_histories(places: list[tuple[int, int, str]] = places) -> list[Any]:
                with node.pipeline(transaction=False) as pipe:
                    for _, bucket, name in places:
                        pipe.hmget(layout.history(bucket), [name, name + "r"])
                    return cast(list[Any], pipe.execute())

            read = self.store.retrying(read_histories)
            ids = sorted({entry.split("|", 1)[0] for history, _ in read
                          for entry in (history or "").split()}, key=id_key)
            gone = {i for i, found in zip(ids, self._entries(shard, ids), strict=True)
                    if not found}
            calls, asked = [], []
            for number, (_, bucket, name), (history, raw) in zip(numbers, places, read,
                                                                 strict=True):
                history = history or ""
                compacted = compact(history, gone)
                before = _unpack_details(raw) if raw else {}
                details = {}
                for ruling in rulings_in(compacted):
                    if ruling in gone:
                        event = (known or {}).get(ruling) or before.get(ruling) or {}
                        details[ruling] = {k: event[k] for k in ("source", "at", "note")
                                           if event.get(k)}
                if compacted == history and details == before:
                    continue
                calls.append((self._compact, [layout.history(bucket)], [
                    name, history, compacted, name + "r",
                    _pack_details(details) if details else ""]))
                asked.append(number)
            results = self.store.run(shard, calls) if calls else []
            written += sum(int(r) for r in results)
            numbers = [n for n, ok in zip(asked, results, strict=True) if not int(ok)]
        return written

    def trimmed_rulings(self, number: str) -> dict[str, dict[str, str]]:
        """Details (source, at, note) of the number's rulings whose events were trimmed."""
        shard, bucket, history_field = self.layout.locate(number)
        raw = self.store.retrying(lambda: self.store.node(shard).hget(
            self.layout.history(bucket), history_field + "r"))
        return _unpack_details(cast(str, raw)) if raw else {}

    def ruling_events(self, number: str, ledger_ids: list[str]) -> dict[str, dict[str, str]]:
        """The events behind these rulings: from the stream, or, once trimmed, the details
        kept at compaction (never SQL: lookups are on the hot path)."""
        found = dict(zip(ledger_ids, self.events(number, ledger_ids), strict=True))
        if any(not event for event in found.values()):
            kept = self.trimmed_rulings(number)
            found = {i: event or {"id": i, **kept.get(i, {})} for i, event in found.items()}
        return found


def _exception_code(exception: str, codes: dict[str, str]) -> str:
    """``<sender>`` or ``<sender>#<category>`` as the fold's code."""
    sender, _, category = exception.partition("#")
    code = codes[sender]
    return f"{code}#{LETTER_OF[category]}" if category else code


def _event_dict(ledger_id: str, fields: dict[str, str], shard: int) -> dict[str, Any]:
    recorded_at = ledger_time(ledger_id)
    event: dict[str, Any] = {"id": ledger_id, "at": fields.get("occurred_at") or recorded_at}
    event["recorded_at"] = recorded_at
    event["shard"] = shard
    event.update(fields)
    return event


def _pack_details(details: dict[str, dict[str, str]]) -> str:
    """Trimmed rulings as ``id|source|at|note`` lines (they stay beside every trimmed
    number's history, so their size is the store's size): ``at`` left out when it is the id's
    own time, as whole epoch seconds when that is exact, trailing empties dropped. A value
    these lines cannot carry (a line break in a note, a ``|`` in a source or time) makes the
    whole value JSON ``{id: [source, at, note]}`` instead; both read back the same."""
    lines: list[str] = []
    for ruling, event in details.items():
        source, note = event.get("source", ""), event.get("note", "")
        at = _pack_time(ruling, event.get("at", ""))
        if "\n" in note or "|" in source + at or "\n" in source + at or "|" in ruling \
                or event.get("at", "").isdigit():
            return _pack_details_json(details)
        row = [ruling, source, at, note]
        while len(row) > 1 and not row[-1]:
            row.pop()
        lines.append("|".join(row))
    return "\n".join(lines)


def _pack_time(ruling: str, at: str) -> str:
    """``at`` as few characters as read back exactly: "" for the ruling id's own time, epoch
    seconds for a whole second in UTC ("...Z"), else as it is."""
    if not at or at == ledger_time(ruling):
        return ""
    try:
        when = datetime.strptime(at, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except ValueError:
        return at
    seconds = str(int(when.timestamp()))
    return seconds if _unpack_time(ruling, seconds) == at else at


def _unpack_time(ruling: str, packed: str) -> str:
    if not packed:
        return ledger_time(ruling)
    if packed.isdigit():
        return datetime.fromtimestamp(int(packed), UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return packed


def _pack_details_json(details: dict[str, dict[str, str]]) -> str:
    """The JSON form ``{id: [source, at, note]}`` (what every value was before the lines)."""
    packed: dict[str, list[str]] = {}
    for ruling, event in details.items():
        at = event.get("at", "")
        row = [event.get("source", ""), "" if at == ledger_time(ruling) else at,
               event.get("note", "")]
        while row and not row[-1]:
            row.pop()
        packed[ruling] = row
    return json.dumps(packed, separators=(",", ":"))


def _unpack_details(raw: str) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    if raw.startswith("{"):
        for ruling, row in json.loads(raw).items():
            source, at, note = [*row, "", "", ""][:3]
            out[ruling] = {k: v for k, v in (("source", source),
                                             ("at", at or ledger_time(ruling)),
                                             ("note", note)) if v}
        return out
    for line in raw.split("\n"):
        ruling, source, at, note = [*line.split("|", 3), "", "", ""][:4]
        out[ruling] = {k: v for k, v in (("source", source), ("at", _unpack_time(ruling, at)),
                                         ("note", note)) if v}
    return out
