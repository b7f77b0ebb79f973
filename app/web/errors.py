"""One JSON error shape for every fault: ``{"error": {"code", "message"}}`` with a 4xx/5xx."""

from __future__ import annotations

import logging

import redis
from flask import Flask, Response, jsonify, request
from werkzeug.exceptions import HTTPException

from app.errors import OptoutError, StoreUnavailable

log = logging.getLogger(__name__)
RETRY_AFTER_SECONDS = 2


class APIError(Exception):
    """Raise in a view to answer with a JSON error."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


def error_response(status: int, code: str, message: str) -> Response:
    """The JSON error response every blueprint uses."""
    response = jsonify({"error": {"code": code, "message": message}})
    response.status_code = status
    return response


def unavailable(message: str) -> Response:
    """503 with Retry-After: Redis is down (or restarting), nothing was done; retry soon."""
    response = error_response(503, "unavailable", message)
    response.headers["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


def _http_code(exc: HTTPException) -> str:
    return (exc.name or "error").lower().replace(" ", "_").replace("'", "")


def init_app(app: Flask) -> None:
    """Answer every error with the JSON shape (the ops pages keep Flask's HTML for 404s)."""

    @app.errorhandler(APIError)
    def _api_error(exc: APIError) -> Response:
        return error_response(exc.status, exc.code, exc.message)

    @app.errorhandler(OptoutError)
    def _domain_error(exc: OptoutError) -> Response:
        # A domain error says which fault it is (code) and what status it means.
        return error_response(exc.status, exc.code, str(exc))

    @app.errorhandler(HTTPException)
    def _http_error(exc: HTTPException) -> Response | HTTPException:
        if request.path.startswith("/ops") and not request.path.endswith(".json"):
            return exc
        status = exc.code or 500
        message = exc.description or exc.name
        if status == 413:
            message = f"request body is larger than {request.max_content_length} bytes"
        return error_response(status, _http_code(exc), message)

    @app.errorhandler(redis.ConnectionError)
    @app.errorhandler(redis.TimeoutError)
    @app.errorhandler(StoreUnavailable)
    def _redis_down(exc: Exception) -> Response:
        # Nothing was acknowledged: 503 makes Twilio (and API clients) retry.
        log.error("redis unavailable: %s", exc)
        return unavailable("the consent store is unavailable; nothing was recorded, retry")
