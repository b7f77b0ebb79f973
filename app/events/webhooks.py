"""The webhook target: each event POSTed as JSON to an endpoint, signed the Standard Webhooks
way (``webhook-id``, ``webhook-timestamp``, ``webhook-signature``) by the ``standardwebhooks``
package, so a receiver verifies it with any Standard Webhooks library.

Any answer but a 2xx (a 5xx, a 4xx, a redirect), a timeout or a refused connection is a
failure to retry; 410 Gone dead-letters the endpoint at once, as the standard says.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import requests
from standardwebhooks.webhooks import Webhook

from app.events.delivery import DeliveryFailed
from app.events.endpoints import Endpoint

log = logging.getLogger(__name__)

TIMEOUT = (5.0, 15.0)  # connect, read (seconds)
USER_AGENT = "optout-events/1"


def signed_request(endpoint: Endpoint, event: dict[str, Any], when: datetime | None = None
                   ) -> tuple[bytes, dict[str, str]]:
    """The body and headers of one event's POST, signed for ``when`` (default now)."""
    body = json.dumps(event, ensure_ascii=False, separators=(",", ":")).encode()
    moment = when or datetime.now(UTC)
    headers = {
        "content-type": "application/json",
        "user-agent": USER_AGENT,
        "webhook-id": event["id"],
        "webhook-timestamp": str(int(moment.timestamp())),
        "webhook-signature": Webhook(endpoint.secret).sign(event["id"], moment, body),
    }
    return body, headers


class WebhookTarget:
    """One endpoint, one event a request."""

    batch = 1

    def __init__(self, endpoint: Endpoint, session: requests.Session) -> None:
        self.endpoint = endpoint
        self.session = session
        self.name = endpoint.target

    def wants(self, event: dict[str, Any]) -> bool:
        """Whether the endpoint listens to the event's type."""
        return self.endpoint.wants(str(event["type"]))

    def fits(self, batch: Sequence[dict[str, Any]], event: dict[str, Any]) -> bool:
        """Batches are of one event."""
        return not batch

    def deliver(self, events: list[dict[str, Any]]) -> None:
        """POST each event; raises DeliveryFailed unless the endpoint answers 2xx."""
        for event in events:
            body, headers = signed_request(self.endpoint, event)
            try:
                response = self.session.post(self.endpoint.url, data=body, headers=headers,
                                             timeout=TIMEOUT, allow_redirects=False)
            except requests.ConnectionError as exc:
                refused = "refused" in str(exc).lower()
                raise DeliveryFailed("connection refused" if refused else
                                     f"cannot connect: {type(exc).__name__}") from None
            except requests.Timeout:
                raise DeliveryFailed(f"no answer within {TIMEOUT[1]:.0f} s") from None
            except requests.RequestException as exc:
                raise DeliveryFailed(f"{type(exc).__name__}: {exc}"[:300]) from None
            if 200 <= response.status_code < 300:
                continue
            raise DeliveryFailed(f"HTTP {response.status_code}",
                                 retry_after=_retry_after(response.headers.get("Retry-After")),
                                 gone=response.status_code == 410)


def _retry_after(value: str | None) -> float:
    try:
        return max(float(value or 0), 0.0)
    except ValueError:
        return 0.0
