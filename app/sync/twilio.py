"""Twilio's Consent Management API: opt-outs and opt-ins pushed in bulk, through the twilio
library's ``accounts.v1.bulk_consents`` (``POST /v1/Consents/Bulk``).

Each item: ``contact_id`` (the number, E.164), ``correlation_id`` (32 hex characters; ours
is derived from the event id, so a retry sends the same), ``sender_id`` (a phone number or
Messaging Service SID), ``status`` (``opt-in``/``opt-out``), ``source`` (``website``,
``offline``, ``opt-in-message``, ``opt-out-message``, ``others``) and ``date_of_consent``
(ISO 8601). At most 25 items a request and 100 requests a minute; an item Twilio refuses
comes back with its own ``error_code`` and is kept as drift, not retried.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any

from twilio.base.exceptions import TwilioException, TwilioRestException
from twilio.rest import Client

from app.events.delivery import DeliveryFailed
from app.sync.refusals import Refusals

MAX_ITEMS = 25
MIN_INTERVAL = 60 / 100  # seconds between requests: 100 a minute
TYPES = {"consent.opt_out": "opt-out", "consent.opt_in": "opt-in"}
_SOURCES = {"sms": "message", "review": "message", "web": "website", "carrier": "others"}


def consent_source(source: str | None, status: str) -> str:
    """Twilio's ``source`` for one of our sources."""
    mapped = _SOURCES.get(source or "", "offline")
    return f"{status}-message" if mapped == "message" else mapped


def twilio_client(account_sid: str, auth_token: str, base_url: str = "") -> Client:
    """A Twilio client; ``base_url`` (TWILIO_API_BASE_URL, for tests and proxies) replaces
    the scheme and host of its accounts API."""
    client = Client(account_sid, auth_token)
    # The library logs every request's headers at INFO: ours says what went wrong itself.
    logging.getLogger("twilio.http_client").setLevel(logging.WARNING)
    if base_url:
        client.accounts.base_url = base_url.rstrip("/")
    return client


class TwilioConsents:
    """The push target ``sync:twilio``."""

    name = "sync:twilio"
    batch = MAX_ITEMS

    def __init__(self, client: Client, refusals: Refusals,
                 senders: Callable[[], list[str]]) -> None:
        self.client = client
        self.refusals = refusals
        self.senders = senders  # our senders, for an opt-out of every sender
        self._last = 0.0
        self._lock = threading.Lock()

    def wants(self, event: dict[str, Any]) -> bool:
        """Opt-outs and opt-ins of a number."""
        return event["type"] in TYPES and bool(event["data"].get("number"))

    def fits(self, batch: Sequence[dict[str, Any]], event: dict[str, Any]) -> bool:
        """Twilio upserts a request's items in no stated order: one word a number."""
        return all(e["data"]["number"] != event["data"]["number"] for e in batch)

    def items(self, event: dict[str, Any]) -> list[dict[str, str]]:
        """The consent items of one event (one per sender it covers)."""
        data = event["data"]
        status = TYPES[event["type"]]
        senders = [data["sender"]] if data.get("sender") else self.senders()
        return [{
            "contact_id": data["number"],
            "correlation_id": hashlib.md5(f"{event['id']}:{sender}".encode(),
                                          usedforsecurity=False).hexdigest(),
            "sender_id": sender,
            "status": status,
            "source": consent_source(data.get("source"), status),
            "date_of_consent": str(data.get("time") or event["timestamp"]),
        } for sender in senders]

    def deliver(self, events: list[dict[str, Any]]) -> None:
        """Upsert the events' items, 25 a request; a refused item is kept as drift.

        Raises:
            DeliveryFailed: Twilio did not answer, or answered 429 or 5xx.
        """
        items = [item for event in events for item in self.items(event)]
        for start in range(0, len(items), MAX_ITEMS):
            self._send(items[start : start + MAX_ITEMS])

    def _send(self, items: list[dict[str, str]]) -> None:
        if not items:
            return
        with self._lock:
            wait = self._last + MIN_INTERVAL - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            self._last = time.monotonic()
        try:
            answer = self.client.accounts.v1.bulk_consents.create(items=list(items))
        except TwilioRestException as exc:
            if exc.status == 429 or exc.status >= 500:
                raise DeliveryFailed(f"Twilio HTTP {exc.status}", retry_after=60.0) from None
            raise DeliveryFailed(f"Twilio HTTP {exc.status}: {exc.msg}"[:300]) from None
        except (TwilioException, OSError) as exc:
            raise DeliveryFailed(f"Twilio unreachable: {exc}"[:300]) from None
        results = {r.get("correlation_id"): r for r in (answer.items or [])}  # type: ignore[union-attr]
        taken = []
        for item in items:
            result = results.get(item["correlation_id"], {})
            if int(result.get("error_code") or 0):
                self.refusals.add(item["contact_id"], status=item["status"],
                                  sender=item["sender_id"], error_code=result["error_code"],
                                  messages=result.get("error_messages") or [])
            else:
                taken.append(item["contact_id"])
        self.refusals.clear(taken)
