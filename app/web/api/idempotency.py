"""``Idempotency-Key`` on ``PUT``/``DELETE /v1/suppressions/<n>``, by Stripe's rule.

The same key with the same request replays the first answer (same status and body); the
same key with another method, number or body is refused (422), so a reused key can never
turn one number's opt-out into a silent no-op for another. A request is reserved while it
runs, so two concurrent requests with one key record once (the second is told to retry,
409). Only answered requests are kept: a request refused as invalid leaves nothing, and may
be sent again, fixed, with the same key. Records live 24 hours on the queue Redis under
``optout:idem:<sha256 of the API key's hash and the Idempotency-Key>``: never the raw key.
Nothing here knows Flask.
"""

from __future__ import annotations

import hashlib
import json
import logging
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from typing import Any

import redis

from app.store.keys import IDEMPOTENCY

log = logging.getLogger(__name__)

MAX_KEY_CHARS = 255  # Stripe's limit
TTL_SECONDS = 24 * 3600  # how long a key is remembered (Stripe: at least 24 hours)
RESERVATION_SECONDS = 60  # how long a request in flight holds its key


class IdempotencyKeyRejected(ValueError):
    """An ``Idempotency-Key`` header that cannot be used (empty, too long, control
    characters)."""


def checked_key(raw: str) -> str:
    """``raw`` if it can serve as an Idempotency-Key.

    Raises:
        IdempotencyKeyRejected: empty, longer than 255 characters, or with control
            characters.
    """
    if not raw.strip():
        raise IdempotencyKeyRejected("Idempotency-Key is empty")
    if len(raw) > MAX_KEY_CHARS:
        raise IdempotencyKeyRejected(
            f"Idempotency-Key is longer than {MAX_KEY_CHARS} characters ({len(raw)})")
    if not raw.isprintable():
        raise IdempotencyKeyRejected("Idempotency-Key has control characters")
    return raw


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def canonical_json(value: Any) -> str:
    """One text for equal JSON values: sorted keys, no spaces, UTF-8 kept as is.

    Raises:
        ValueError: nested too deeply to encode.
    """
    try:
        return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    except RecursionError:
        raise ValueError("JSON nested too deeply") from None


@dataclass(frozen=True)
class Fingerprint:
    """What makes two requests "the same": the method in clear, the rest as SHA-256."""

    method: str
    number: str
    body: str
    query: str

    @classmethod
    def of(cls, method: str, number: str, body: Mapping[str, Any],
           query: Iterable[tuple[str, str]] = ()) -> Fingerprint:
        """The fingerprint of a request: ``number`` normalised (E.164), ``body`` the parsed
        JSON object, ``query`` the query string's pairs (they can carry fields too)."""
        return cls(method.upper(), _sha256(number), _sha256(canonical_json(body)),
                   _sha256(canonical_json(sorted(query))))

    @property
    def digest(self) -> str:
        """SHA-256 of the whole request."""
        return _sha256("\n".join((self.method, self.number, self.body, self.query)))

    def differences(self, first: Mapping[str, str]) -> list[str]:
        """What differs from the first request's parts, in words (empty: nothing)."""
        out = []
        if first.get("method") != self.method:
            out.append(f"method ({first.get('method')} first, {self.method} now)")
        if first.get("number") != self.number:
            out.append("number")
        if first.get("body") != self.body:
            out.append("body")
        if first.get("query") != self.query:
            out.append("query string")
        return out


@dataclass(frozen=True)
class Claim:
    """What :meth:`IdempotencyRecords.claim` found: the key reserved for this request
    (``token`` set), or the first request's record (``record`` set)."""

    token: str | None = None
    record: dict[str, Any] | None = None

    @property
    def in_flight(self) -> bool:
        """The first request with this key has not answered yet."""
        return self.record is not None and self.record.get("state") == "pending"


class IdempotencyRecords:
    """The answers given per (API key, Idempotency-Key), on the queue Redis."""

    def __init__(self, client: redis.Redis, *, ttl_seconds: int = TTL_SECONDS,
                 reservation_seconds: int = RESERVATION_SECONDS) -> None:
        self.client = client
        self.ttl_seconds = ttl_seconds
        self.reservation_seconds = reservation_seconds

    def key(self, client_id: str, idempotency_key: str) -> str:
        """The Redis key for one client's ``idempotency_key``; ``client_id`` is already a
        hash of the API key (keys of different clients never meet)."""
        return IDEMPOTENCY + _sha256(f"{client_id}\n{idempotency_key}")

    @staticmethod
    def ledger_key(key: str, fingerprint: Fingerprint) -> str:
        """The ledger's own duplicate key for this request (the last line of defence when
        the record is gone): scoped by client and request like the record, so two clients'
        equal keys, or a key reused after 24 hours for another request, never make a new
        opt-out look like a duplicate."""
        return _sha256(f"{key}\n{fingerprint.digest}")

    def claim(self, key: str, fingerprint: Fingerprint) -> Claim:
        """Reserve ``key`` for this request, or return the record already there."""
        token = secrets.token_hex(8)
        pending = json.dumps({"state": "pending", "token": token,
                              "fingerprint": fingerprint.digest, "parts": asdict(fingerprint)})
        for _ in range(3):  # a record may expire between SET NX and GET
            if self.client.set(key, pending, nx=True, ex=self.reservation_seconds):
                return Claim(token=token)
            raw = self.client.get(key)
            if raw is not None:
                return Claim(record=json.loads(str(raw)))
        raise redis.RedisError(f"idempotency record {key} keeps expiring")

    def complete(self, key: str, token: str, fingerprint: Fingerprint, status: int,
                 body: str) -> None:
        """Keep the answer for ``ttl_seconds``, unless the reservation was lost meanwhile
        (it expired and another request took the key: that request's answer stands)."""
        record = json.dumps({"state": "done", "fingerprint": fingerprint.digest,
                             "parts": asdict(fingerprint), "status": status, "body": body})
        if not self._replace_own(key, token, record, self.ttl_seconds):
            log.warning("an idempotency reservation expired before its request answered")

    def release(self, key: str, token: str) -> None:
        """Give the key back after a request that was not answered 2xx (nothing to replay).
        A Redis fault is logged: the reservation then simply expires."""
        try:
            self._replace_own(key, token, None, 0)
        except redis.RedisError as exc:
            log.warning("could not release an idempotency reservation: %s", exc)

    def _replace_own(self, key: str, token: str, value: str | None, ttl: int) -> bool:
        """Set (or, with ``value`` None, delete) ``key`` if it still holds our reservation."""

        mine = False

        def swap(pipe: redis.client.Pipeline) -> None:
            nonlocal mine
            raw = pipe.get(key)
            mine = raw is not None and json.loads(str(raw)).get("token") == token
            pipe.multi()
            if mine and value is None:
                pipe.delete(key)
            elif mine and value is not None:
                pipe.set(key, value, ex=ttl)

        self.client.transaction(swap, key)
        return mine
