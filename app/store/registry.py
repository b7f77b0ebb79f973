"""Senders and Messaging Services, on the store's registry slot, read through a small cache.

Every sender gets a small integer code the first time an event names it; histories and
projection values carry codes, not senders. A code never changes once given, so codes are
cached for the life of the process. Service membership can grow at any time, so it is read
on every call (one round trip): a cached "no service" could hide an opt-out.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import cast

from app.store.layout import Registry
from app.store.store import Script, Store

NO_CODE = "-"  # stands for a sender with no events: it matches nothing



class SenderRegistry:
    """Sender codes and the Messaging Services that numbers belong to."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._codes: dict[str, str] = {}
        self._learned: set[tuple[str, str]] = set()
        self._lock = threading.Lock()
        self._allocate = Script.named("allocate_codes")

    def forget(self) -> None:
        """Drop the cache (after the store was emptied by hand, in tests or a migration)."""
        with self._lock:
            self._codes.clear()
            self._learned.clear()

    def codes_for(self, senders: Iterable[str]) -> dict[str, str]:
        """Codes of ``senders``, allocating missing ones in one round trip."""
        wanted = list(dict.fromkeys(senders))
        missing = [s for s in wanted if s not in self._codes]
        if missing:
            keys = [Registry.SENDER_CODES, Registry.SENDER_NAMES]
            codes = self.store.run_registry([(self._allocate, keys, missing)])[0]
            with self._lock:
                for sender, code in zip(missing, codes, strict=True):
                    self._codes[sender] = str(code)
        return {s: self._codes[s] for s in wanted}

    def known_codes(self, senders: Iterable[str]) -> list[str]:
        """Codes of those ``senders`` that have one (none is allocated)."""
        wanted = sorted(set(senders))
        missing = [s for s in wanted if s not in self._codes]
        if missing:
            found = self.store.retrying(
                lambda: self.store.registry().hmget(Registry.SENDER_CODES, missing))
            with self._lock:
                for sender, code in zip(missing, found, strict=True):
                    if code:
                        self._codes[sender] = str(code)
        return [self._codes[s] for s in wanted if s in self._codes]

    def names(self) -> dict[str, str]:
        """Every code with its sender."""
        return cast(dict[str, str], self.store.retrying(
            lambda: self.store.registry().hgetall(Registry.SENDER_NAMES)))

    def senders(self) -> list[str]:
        """Every sender events have named (our numbers, short codes, Messaging Services)."""
        return sorted(name for code, name in self.names().items() if code != "#seq")

    def learn_service(self, number: str, service_sid: str) -> None:
        """Remember that ``number`` belongs to Messaging Service ``service_sid``."""
        if (number, service_sid) in self._learned:
            return

        def learn() -> None:
            with self.store.registry().pipeline(transaction=False) as pipe:
                pipe.hset(Registry.SERVICES, number, service_sid)
                pipe.sadd(Registry.SERVICE_MEMBERS + service_sid, number)
                pipe.execute()

        self.store.retrying(learn)
        self._learned.add((number, service_sid))

    def sender_codes(self, sender: str | None) -> list[str]:
        """Codes that stand for ``sender``: its own, its Messaging Service's and, for a
        service, its numbers'. ``[]`` without a sender; ``["-"]`` for a sender never seen."""
        if not sender:
            return []

        def read() -> tuple[str | None, set[str], set[str]]:
            client = self.store.registry()
            with client.pipeline(transaction=False) as pipe:
                pipe.hget(Registry.SERVICES, sender)
                pipe.smembers(Registry.SERVICE_MEMBERS + sender)
                service, members = pipe.execute()
            siblings = client.smembers(Registry.SERVICE_MEMBERS + service) if service else set()
            return service, cast(set[str], members), cast(set[str], siblings)

        service, members, siblings = self.store.retrying(read)
        names = {sender, *members, *siblings}
        if service:
            names.add(service)
        return self.known_codes(names) or [NO_CODE]

