"""Webhook endpoints that receive consent events: from ``EVENT_WEBHOOKS`` (fixed by the
deployment) and from ``PUT /v1/webhooks/<id>`` (kept in Redis).

An endpoint is a URL, a Standard Webhooks secret (``whsec_`` + base64; one is generated
when none is given) and the event types it wants (``consent.*`` by default). Endpoints from
the environment cannot be changed through the API; an API endpoint may not take the id of
one.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
import secrets
from dataclasses import asdict, dataclass, field
from typing import Any, Literal
from urllib.parse import urlsplit

import redis

from app.errors import InvalidField
from app.events.payload import type_matches, valid_pattern
from app.store.keys import EVENT_ENDPOINTS

Origin = Literal["environment", "api"]
_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")
SECRET_PREFIX = "whsec_"


@dataclass(frozen=True)
class Endpoint:
    """Where consent events go and how they are signed."""

    id: str
    url: str
    secret: str
    events: list[str] = field(default_factory=lambda: ["consent.*"])
    origin: Origin = "api"

    @property
    def target(self) -> str:
        """The name of its cursors and delivery state."""
        return "webhook:" + self.id

    def wants(self, event_type: str) -> bool:
        """Whether this endpoint takes events of ``event_type``."""
        return type_matches(self.events, event_type)

    def public(self) -> dict[str, Any]:
        """What the API shows: everything but the secret, of which the last 4 characters."""
        return {"id": self.id, "url": self.url, "events": self.events, "origin": self.origin,
                "secret_hint": "…" + self.secret[-4:]}


def new_secret() -> str:
    """A fresh Standard Webhooks secret: ``whsec_`` + base64 of 24 random bytes."""
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(24)).decode()


def checked_endpoint(endpoint_id: str, body: dict[str, Any], origin: Origin) -> Endpoint:
    """An endpoint from a JSON object ``{"url", "secret"?, "events"?}``.

    Raises:
        InvalidField: a field is missing or malformed; the message names it.
    """
    if not _ID.fullmatch(endpoint_id):
        raise InvalidField("invalid_webhook_id",
                           "a webhook id is 1 to 64 letters, digits, '-' or '_'")
    url = body.get("url")
    if not isinstance(url, str) or not url:
        raise InvalidField("invalid_url", "url is required: where to POST the events")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname or len(url) > 2048:
        raise InvalidField("invalid_url", "url must be an http:// or https:// URL")
    secret = body.get("secret") or new_secret()
    if not isinstance(secret, str) or not _valid_secret(secret):
        raise InvalidField("invalid_secret", "secret must be 'whsec_' followed by base64 of "
                           "at least 16 bytes (omit it and one is generated)")
    events = body.get("events", ["consent.*"])
    if (not isinstance(events, list) or not events
            or not all(isinstance(e, str) and valid_pattern(e) for e in events)):
        raise InvalidField("invalid_events", "events must be a list of event types such as "
                           "consent.opt_out, or consent.*")
    return Endpoint(endpoint_id, url, secret, list(dict.fromkeys(events)), origin)


def _valid_secret(secret: str) -> bool:
    raw = secret[len(SECRET_PREFIX):] if secret.startswith(SECRET_PREFIX) else secret
    try:
        return len(base64.b64decode(raw + "==", validate=False)) >= 16
    except (binascii.Error, ValueError):
        return False


def environment_endpoints(configured: list[dict[str, Any]]) -> list[Endpoint]:
    """The endpoints of ``EVENT_WEBHOOKS``; an entry without ``id`` is named after its URL.

    Raises:
        ValueError: an entry is malformed (the process refuses to start).
    """
    out: dict[str, Endpoint] = {}
    for number, entry in enumerate(configured, start=1):
        if not isinstance(entry, dict):
            raise ValueError(f"EVENT_WEBHOOKS entry {number} is not an object")
        url = str(entry.get("url", ""))
        endpoint_id = str(entry.get("id") or "env-" + hashlib.sha256(url.encode()).hexdigest()[:10])
        try:
            endpoint = checked_endpoint(endpoint_id, entry, "environment")
        except InvalidField as exc:
            raise ValueError(f"EVENT_WEBHOOKS entry {number}: {exc}") from None
        if not entry.get("secret"):
            raise ValueError(f"EVENT_WEBHOOKS entry {number}: a secret is required")
        if endpoint.id in out:
            raise ValueError(f"EVENT_WEBHOOKS entry {number}: id {endpoint.id} repeats")
        out[endpoint.id] = endpoint
    return list(out.values())


class EndpointBook:
    """Every endpoint: the environment's, then those kept in Redis (``EVENT_ENDPOINTS``);
    ``client`` decodes replies."""

    def __init__(self, client: redis.Redis, fixed: list[Endpoint]) -> None:
        self.client = client
        self.fixed = {e.id: e for e in fixed}

    def all(self) -> list[Endpoint]:
        """Every endpoint, the environment's first, then by id."""
        stored = self.client.hgetall(EVENT_ENDPOINTS)
        kept = [Endpoint(**json.loads(raw)) for name, raw in sorted(stored.items())
                if name not in self.fixed]
        return [*self.fixed.values(), *kept]

    def get(self, endpoint_id: str) -> Endpoint | None:
        """The endpoint with this id, or None."""
        if endpoint_id in self.fixed:
            return self.fixed[endpoint_id]
        raw = self.client.hget(EVENT_ENDPOINTS, endpoint_id)
        return Endpoint(**json.loads(raw)) if raw else None

    def put(self, endpoint: Endpoint) -> bool:
        """Create or replace an API endpoint; True when it is new.

        Raises:
            InvalidField: the id belongs to an endpoint of the environment (409).
        """
        if endpoint.id in self.fixed:
            raise _fixed(endpoint.id)
        return bool(self.client.hset(EVENT_ENDPOINTS, endpoint.id, json.dumps(asdict(endpoint))))

    def delete(self, endpoint_id: str) -> bool:
        """Remove an API endpoint; False when there was none.

        Raises:
            InvalidField: the endpoint comes from the environment (409).
        """
        if endpoint_id in self.fixed:
            raise _fixed(endpoint_id)
        return bool(self.client.hdel(EVENT_ENDPOINTS, endpoint_id))


def _fixed(endpoint_id: str) -> InvalidField:
    error = InvalidField("webhook_from_environment",
                         f"webhook {endpoint_id} is set by EVENT_WEBHOOKS; change it there")
    error.status = 409
    return error
