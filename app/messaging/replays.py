"""Nonces of carriers that sign no time (Plivo): one seen on a handled request is a replay.

Kept on the queue Redis longer than any carrier retries a callback. A nonce is remembered
only once its request was handled, so a request refused for a bad field can be sent again.
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

    def used(self, provider: str, nonce: str) -> bool:
        """Whether a handled request already carried ``nonce``."""
        return bool(self.client.exists(self.key(provider, nonce)))

    def remember(self, provider: str, nonce: str) -> None:
        """``nonce`` belongs to a handled request: refuse it from now on."""
        self.client.set(self.key(provider, nonce), 1, ex=self.ttl_seconds)
