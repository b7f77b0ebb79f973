"""Nonces of carriers that sign no time (Plivo): one seen on a handled request is a replay.

Kept on the queue Redis longer than any carrier retries a callback. A request claims its
nonce before it is handled, so concurrent copies cannot all pass; a request refused for a
bad field (or failed) releases it, so it can be sent again.
"""

from __future__ import annotations

import hashlib

import redis

from app.store.keys import nonce_key

NONCE_SECONDS = 7 * 24 * 3600


class UsedNonces:
    """The nonces of handled requests, per provider (hashed: never the nonce itself)."""

    def __init__(self, client: redis.Redis, ttl_seconds: int = NONCE_SECONDS) -> None:
        self.client = client
        self.ttl_seconds = ttl_seconds

    @staticmethod
    def key(provider: str, nonce: str) -> str:
        """The Redis key of ``provider``'s ``nonce``."""
        return nonce_key(provider, hashlib.sha256(nonce.encode()).hexdigest()[:32])

    def claim(self, provider: str, nonce: str) -> bool:
        """Take ``nonce`` for the request now being handled, atomically (``SET NX``): of
        any number of concurrent copies exactly one gets True; the others are replays."""
        return bool(self.client.set(self.key(provider, nonce), 1, nx=True, ex=self.ttl_seconds))

    def release(self, provider: str, nonce: str) -> None:
        """The request that claimed ``nonce`` was refused or failed: it may come again."""
        self.client.delete(self.key(provider, nonce))
