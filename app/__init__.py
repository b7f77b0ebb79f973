"""optout's web application: ``create_app()`` builds it (gunicorn: ``"app:create_app()"``)."""

from __future__ import annotations

import logging
import secrets
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the command line imports this package and should not pay for Flask
    from flask import Flask

    from app.bootstrap import Services
    from config import Settings

log = logging.getLogger(__name__)


def create_app(settings: Settings | None = None, services: Services | None = None) -> Flask:
    """Build the Flask app for ``settings`` (default: from the environment).

    Raises:
        ConfigError: the settings cannot serve webhooks safely.
    """
    from flask import Flask

    from app.bootstrap import build_services, check_store
    from app.logs import configure_logging
    from app.web import init_app
    from app.web.context import StrictJSONProvider
    from config import get_settings

    settings = settings or (services.settings if services else get_settings())
    settings.require_web_secrets()
    configure_logging(settings.log_level)
    if not settings.twilio_signature_validation:
        log.warning("TWILIO_SIGNATURE_VALIDATION is off: anyone can post webhooks (dev only)")

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
    services.classifier.warm()  # before the first message, not during it
    init_app(app, services)
    return app
