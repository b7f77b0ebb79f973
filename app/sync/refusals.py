"""What a provider refused to take from us, kept per number until it takes a later word
for that number: the drift ``optout sync status`` shows for providers we push to."""

from __future__ import annotations

import json
from typing import Any, cast

import redis

from app.store.keys import SYNC_REFUSED


class Refusals:
    """Refusals of one provider (a hash number -> JSON on the queue Redis, decoding)."""

    def __init__(self, client: redis.Redis, provider: str) -> None:
        self.client = client
        self.key = SYNC_REFUSED + provider

    def add(self, number: str, **why: Any) -> None:
        """Remember that the provider refused the latest word about ``number``."""
        self.client.hset(self.key, number, json.dumps(why))

    def clear(self, numbers: list[str]) -> None:
        """The provider took the latest word about these numbers."""
        if numbers:
            self.client.hdel(self.key, *numbers)

    def all(self) -> dict[str, dict[str, Any]]:
        """Every refusal, by number."""
        raw = cast(dict[str, str], self.client.hgetall(self.key))
        return {number: json.loads(value) for number, value in raw.items()}
