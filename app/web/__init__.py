"""The Flask shell: blueprints per audience (carriers, API clients, ops people, probes), the
login and error handling they share. Views translate a request and delegate to the domain."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from flask import Flask
from flask_wtf.csrf import CSRFProtect

from app.bootstrap import Services
from app.web.bodies import BoundedChunkedBodies


def init_app(app: Flask, services: Services) -> None:
    """Register every blueprint, the console's logins and CSRF, and the JSON errors."""
    from app.monitoring.metrics import metrics_registry
    from app.web import errors, headers
    from app.web.api import bp as api_bp
    from app.web.auth import init_auth
    from app.web.console import console_bp, dashboard_bp
    from app.web.probes import bp as probes_bp
    from app.web.webhooks import bp as webhooks_bp

    app.extensions["optout_metrics"] = metrics_registry(services.watched)
    init_auth(app, services)  # console accounts, sessions, throttling, upload size (before CSRF)
    csrf = CSRFProtect(app)  # the dashboard's forms
    for blueprint in (webhooks_bp, api_bp, probes_bp, dashboard_bp, console_bp):
        app.register_blueprint(blueprint)
    for machine_facing in (webhooks_bp, api_bp):
        csrf.exempt(machine_facing)  # carriers and API clients sign or authenticate otherwise
    errors.init_app(app)
    headers.init_app(app)
    app.wsgi_app = BoundedChunkedBodies(app.wsgi_app, _body_limit(app))  # type: ignore[method-assign]


def _body_limit(app: Flask) -> Callable[[dict[str, Any]], int | None]:
    """The largest body a request may carry: the console's CSV upload, or MAX_REQUEST_BYTES."""
    from app.web.auth import UPLOAD_REQUEST_BYTES

    def limit(environ: dict[str, Any]) -> int | None:
        if environ.get("PATH_INFO") == "/ops/upload":
            return UPLOAD_REQUEST_BYTES
        return app.config["MAX_CONTENT_LENGTH"]  # type: ignore[no-any-return]

    return limit
