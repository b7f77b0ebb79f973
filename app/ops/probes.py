"""``/healthz`` (the process answers) and ``/readyz`` (Redis answers too). Open, like
``/metrics``: deployments keep them on an internal network."""

from __future__ import annotations

import redis
from flask import Blueprint, Response, jsonify

from app.errors import error_response
from app.web import services

bp = Blueprint("probes", __name__)


@bp.get("/healthz")
def healthz() -> Response:
    """Liveness: the process serves requests."""
    return jsonify({"status": "ok"})


@bp.get("/readyz")
def readyz() -> Response:
    """Readiness: the main Redis and the suppression store both answer."""
    svc = services()
    try:
        svc.connections.redis.ping()
        svc.connections.store.ping()
    except (redis.ConnectionError, redis.TimeoutError) as exc:
        return error_response(503, "redis_unavailable", f"Redis does not answer: {exc}")
    return jsonify({"status": "ready"})
