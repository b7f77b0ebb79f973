"""``/v1/webhooks`` (where consent events are pushed) and ``/v1/events`` (the changes feed).
Views translate and delegate to ``app.events``."""

from __future__ import annotations

from flask import Response, jsonify, request

from app.archive.history import shard_events_after
from app.events.endpoints import checked_endpoint
from app.events.feed import MAX_LIMIT, page
from app.web.api.suppressions import bp, json_object
from app.web.context import archive, services
from app.web.errors import APIError

DEFAULT_LIMIT = 100


@bp.get("/webhooks")
def list_webhooks() -> Response:
    """Every endpoint (secrets hidden) with its delivery state."""
    outbox, targets = services().events
    return jsonify({"webhooks": [{**e.public(), "delivery": outbox.state(e.target).as_dict()}
                                 for e in targets.endpoints.all()]})


@bp.put("/webhooks/<endpoint_id>")
def put_webhook(endpoint_id: str) -> tuple[Response, int]:
    """Create or replace an endpoint; a new one gets the events recorded from now on. The
    answer carries the secret (generated when none was given): keep it."""
    outbox, targets = services().events
    endpoint = checked_endpoint(endpoint_id, json_object(), "api")
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
    return jsonify({**endpoint.public(), "delivery": outbox.state(endpoint.target).as_dict()})


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
