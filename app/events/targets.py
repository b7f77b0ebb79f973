"""Every target consent events go to, by name: the webhook endpoints, and the providers'
opt-out lists we push to. Built once per process (``bootstrap``); a delivery job asks for
one target by its name."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from app.events.delivery import Target
from app.events.endpoints import EndpointBook

if TYPE_CHECKING:  # HTTP is imported by the delivery job, not by every process start
    import requests

WEBHOOK = "webhook:"
SYNC = "sync:"


class EventTargets:
    """The endpoint book and factories of the push targets of ``SYNC_PROVIDERS``."""

    def __init__(self, endpoints: EndpointBook,
                 pushes: dict[str, Callable[[], Target]] | None = None) -> None:
        self.endpoints = endpoints
        self.pushes = pushes or {}  # "sync:twilio" -> a factory of its target

    def names(self) -> list[str]:
        """Every target's name: webhook endpoints first."""
        return [e.target for e in self.endpoints.all()] + sorted(self.pushes)

    def build(self, name: str, session: requests.Session) -> Target | None:
        """The target called ``name`` (None: no such endpoint or push any more)."""
        if name.startswith(WEBHOOK):
            from app.events.webhooks import WebhookTarget

            endpoint = self.endpoints.get(name[len(WEBHOOK):])
            return WebhookTarget(endpoint, session) if endpoint else None
        factory = self.pushes.get(name)
        return factory() if factory else None

    def describe(self, name: str) -> dict[str, Any]:
        """What the dashboard shows of a target besides its state: its URL or provider."""
        if name.startswith(WEBHOOK):
            endpoint = self.endpoints.get(name[len(WEBHOOK):])
            return {"kind": "webhook", "where": endpoint.url if endpoint else "(deleted)"}
        return {"kind": "provider", "where": name[len(SYNC):]}
