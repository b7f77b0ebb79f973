"""``/v1/webhooks`` (where consent events are pushed) and ``/v1/events`` (the changes feed).
Views translate and delegate to ``app.events``."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from flask import Response, jsonify, request

from app.archive.history import shard_events_after
from app.events.endpoints import checked_endpoint
from app.events.feed import MAX_LIMIT, page
from app.events.outbox import DeliveryState
from app.web.api.suppressions import _json_object, bp
from app.web.context import archive, services
from app.web.errors import APIError

DEFAULT_LIMIT = 100


def state_of(state: DeliveryState) -> dict[str, Any]:
    """A target's delivery state as JSON: ``ok``, ``failing`` (retrying) or
    ``dead_lettered`` (waiting for a replay), with what it last said."""
    def when(epoch: float) -> str | None:
        return datetime.fromtimestamp(epoch, UTC).isoformat(timespec="seconds") if epoch else None

    status = "dead_lettered" if state.parked else "failing" if state.attempts else "ok"
    return {"status": status, "attempts": state.attempts, "failing_since":
            when(state.failing_since), "next_attempt": when(state.next_attempt) if
            status == "failing" else None, "dead_lettered_at": when(state.parked_at),
            "held_event": state.held or None, "last_error": state.last_error or None,
            "delivered": state.delivered, "last_delivered_at": when(state.last_delivered_at)}


@bp.get("/webhooks")
def list_webhooks() -> Response:
    """Every endpoint (secrets hidden) with its delivery state."""
    outbox, targets = services().events
    return jsonify({"webhooks": [{**e.public(), "delivery": state_of(outbox.state(e.target))}
                                 for e in targets.endpoints.all()]})


@bp.put("/webhooks/<endpoint_id>")
def put_webhook(endpoint_id: str) -> tuple[Response, int]:
    """Create or replace an endpoint; a new one gets the events recorded from now on. The
    answer carries the secret (generated when none was given): keep it."""
    outbox, targets = services().events
    endpoint = checked_endpoint(endpoint_id, _json_object(), "api")
    created = targets.endpoints.put(endpoint)
    outbox.start_at_end(endpoint.target)
    return jsonify({**endpoint.public(), "secret": endpoint.secret}), 201 if created else 200


@bp.get("/webhooks/<endpoint_id>")
def get_webhook(endpoint_id: str) -> Response:
    """One endpoint (secret hidden) with its delivery state."""
    outbox, targets = services().events
    endpoint = targets.endpoints.get(endpoint_id)
    if endpoint is None:
        raise APIError(404, "webhook_not_found", f"no webhook {endpoint_id}")
    return jsonify({**endpoint.public(), "delivery": state_of(outbox.state(endpoint.target))})


@bp.delete("/webhooks/<endpoint_id>")
def delete_webhook(endpoint_id: str) -> tuple[str, int]:
    """Stop pushing to an endpoint and forget where it stood."""
    outbox, targets = services().events
    if not targets.endpoints.delete(endpoint_id):
        raise APIError(404, "webhook_not_found", f"no webhook {endpoint_id}")
    outbox.forget("webhook:" + endpoint_id)
    return "", 204


@bp.get("/events")
def events_feed() -> Response:
    """Consent events oldest first: ``{"events": [...], "next": "<cursor>"}``; pass
    ``next`` as ``after`` for the following page (an empty page: nothing new yet)."""
    raw = request.args.get("limit", str(DEFAULT_LIMIT))
    if not raw.isdigit() or not 1 <= int(raw) <= MAX_LIMIT:
        raise APIError(400, "invalid_limit", f"limit must be a whole number from 1 to "
                       f"{MAX_LIMIT}")
    svc = services()
    chosen = archive()
    ready = chosen if chosen.ready() else None
    result = page(lambda shard, after, limit: shard_events_after(svc.ledger, ready, shard,
                                                                  after, limit),
                  svc.connections.store.layout.shards, request.args.get("after"), int(raw))
    return jsonify({"events": result.events, "next": result.next})
