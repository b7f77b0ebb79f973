"""optout's web application: ``create_app()`` builds it (gunicorn: ``"app:create_app()"``)."""

from __future__ import annotations

import logging
import secrets
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the command line imports this package and should not pay for Flask
    from flask import Flask

    from app.services import Services
    from config import Settings

log = logging.getLogger(__name__)


def create_app(settings: Settings | None = None, services: Services | None = None) -> Flask:
    """Build the Flask app for ``settings`` (default: from the environment).

    Raises:
        ConfigError: the settings cannot serve webhooks safely.
    """
    from flask import Flask

    from app import errors
    from app.logs import configure_logging
    from app.services import build_services, check_store
    from config import get_settings

    settings = settings or (services.settings if services else get_settings())
    settings.require_web_secrets()
    configure_logging(settings.log_level)
    if not settings.twilio_signature_validation:
        log.warning("TWILIO_SIGNATURE_VALIDATION is off: anyone can post webhooks (dev only)")

    from app.web import StrictJSONProvider

    app = Flask(__name__)
    app.json = StrictJSONProvider(app)  # deep nesting is a 400, never a RecursionError
    if not settings.secret_key:
        log.warning("SECRET_KEY is not set: dashboard logins last only for this process")
    app.config.update(
        SECRET_KEY=settings.secret_key or secrets.token_hex(32),
        MAX_CONTENT_LENGTH=settings.max_request_bytes,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SECURE=settings.base_url.startswith("https://"),
        SESSION_COOKIE_SAMESITE="Lax",
    )
    app.json.sort_keys = False  # type: ignore[attr-defined]  # keep the contract's field order
    app.extensions["optout"] = services = services or build_services(settings)
    check_store(services)

    from flask_wtf.csrf import CSRFProtect

    from app.api import bp as api_bp
    from app.ops.auth import init_auth
    from app.ops.console import bp as console_bp
    from app.ops.dashboard import bp as ops_bp
    from app.ops.metrics import metrics_registry
    from app.ops.probes import bp as probes_bp
    from app.webhooks import bp as webhooks_bp
    from app.webhooks import providers_bp

    app.extensions["optout_metrics"] = metrics_registry(services)
    init_auth(app, services)  # console accounts, sessions, throttling, upload size (before CSRF)
    csrf = CSRFProtect(app)  # the dashboard's forms; carriers and API clients sign otherwise
    for blueprint in (webhooks_bp, providers_bp, api_bp, probes_bp, ops_bp, console_bp):
        app.register_blueprint(blueprint)
    for machine_facing in (webhooks_bp, providers_bp, api_bp):
        csrf.exempt(machine_facing)  # carriers and API clients sign or authenticate otherwise

    errors.init_app(app)
    return app
