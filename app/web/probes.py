"""``/healthz`` (the process answers), ``/readyz`` (Redis answers too) and ``/metrics``.
Open: deployments keep them on an internal network."""

from __future__ import annotations

import redis
from flask import Blueprint, Response, current_app, jsonify
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from app.web.context import services
from app.web.errors import unavailable

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
        return unavailable(f"not ready: Redis does not answer ({exc})")
    return jsonify({"status": "ready"})


@bp.get("/metrics")
def metrics() -> Response:
    """Prometheus exposition of the figures in Redis."""
    registry = current_app.extensions["optout_metrics"]
    return Response(generate_latest(registry), mimetype=CONTENT_TYPE_LATEST)
