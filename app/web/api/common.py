"""What the ``/v1`` views share: reading a JSON body and its fields, normalising numbers
and senders, and answering by ``Idempotency-Key`` (Stripe's rule, ``idempotency.py``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from flask import Response, request

from app.bootstrap import Services
from app.consent.manual import MAX_NOTE_CHARS
from app.phone import normalize_number, normalize_sender
from app.text import checked_text
from app.web.api.idempotency import (
    Fingerprint,
    IdempotencyKeyRejected,
    IdempotencyRecords,
    checked_key,
)
from app.web.auth import api_key_identity
from app.web.errors import APIError, error_response

# Our bodies are two levels deep; the parser would recurse (and fail) on thousands.
MAX_JSON_DEPTH = 32
_OPENERS = frozenset(b"[{")
_CLOSERS = frozenset(b"]}")


def json_object(limit: int | None = None) -> dict[str, Any]:
    if limit:
        request.max_content_length = limit
    if not request.get_data(cache=True):
        return {}
    if not request.is_json:
        raise APIError(415, "unsupported_media_type", "the body must be application/json")
    if _too_deep(request.get_data(cache=True), MAX_JSON_DEPTH):
        raise APIError(400, "invalid_json", f"the JSON is nested deeper than {MAX_JSON_DEPTH} "
                       "levels")
    try:
        body = request.get_json(silent=True)
    except RecursionError:  # belt and braces: _too_deep should have caught it
        raise APIError(400, "invalid_json", "the JSON is nested too deeply") from None
    if not isinstance(body, dict):
        raise APIError(400, "invalid_json", "the body must be a JSON object")
    return body


def _too_deep(raw: bytes, limit: int) -> bool:
    """True when the JSON text ``raw`` nests arrays/objects deeper than ``limit``."""
    if raw.count(b"[") + raw.count(b"{") <= limit:
        return False  # every real request: no scan needed
    depth = 0
    in_string = escaped = False
    for byte in raw:
        if in_string:
            if escaped:
                escaped = False
            elif byte == 0x5C:  # backslash
                escaped = True
            elif byte == 0x22:  # quote
                in_string = False
        elif byte == 0x22:
            in_string = True
        elif byte in _OPENERS:
            depth += 1
            if depth > limit:
                return True
        elif byte in _CLOSERS:
            depth -= 1
    return False


def text_field(body: dict[str, Any], name: str, *, required: bool = False) -> str | None:
    value = body.get(name, request.args.get(name))
    if value is None or value == "":
        if required:
            raise APIError(400, "missing_field", f"'{name}' is required")
        return None
    if not isinstance(value, str):
        raise APIError(400, "invalid_field", f"'{name}' must be a string")
    if len(value) > MAX_NOTE_CHARS:
        raise APIError(400, "invalid_field", f"'{name}' is longer than {MAX_NOTE_CHARS} characters")
    return checked_text(value, f"'{name}'")


def sender_of(svc: Services, raw: str | None) -> str | None:
    return normalize_sender(raw, svc.settings.default_region) if raw else None


def number_of(svc: Services, raw: str) -> str:
    return normalize_number(raw, svc.settings.default_region)


def idempotent(svc: Services, number: str, body: dict[str, Any],
               respond: Callable[[str | None], Response]) -> Response:
    """``respond(ledger dedupe key)`` once per ``Idempotency-Key`` (when the request has
    one): the same key with the same request replays the first answer, with another one is
    a 422, while the first runs a 409. A request answered 4xx is not kept."""
    raw_key = request.headers.get("Idempotency-Key")
    if raw_key is None:
        return respond(None)
    try:
        idempotency_key = checked_key(raw_key)
        fingerprint = Fingerprint.of(request.method, number, body,
                                     request.args.items(multi=True))
    except IdempotencyKeyRejected as exc:
        raise APIError(400, "invalid_idempotency_key", str(exc)) from None
    except ValueError as exc:
        raise APIError(400, "invalid_json", str(exc)) from None
    records = IdempotencyRecords(svc.connections.redis)
    key = records.key(api_key_identity(), idempotency_key)
    claim = records.claim(key, fingerprint)
    if claim.token is None:
        return _answered_before(claim.record or {}, fingerprint, claim.in_flight)
    try:
        response = respond(records.ledger_key(key, fingerprint))
    except BaseException:
        records.release(key, claim.token)
        raise
    records.complete(key, claim.token, fingerprint, response.status_code,
                     response.get_data(as_text=True))
    return response


def _answered_before(record: dict[str, Any], fingerprint: Fingerprint,
                     in_flight: bool) -> Response:
    """The answer to a request whose Idempotency-Key was used before: 422 when the request
    differs, 409 while the first is still running, else the first answer replayed."""
    differences = fingerprint.differences(record.get("parts") or {})
    if differences or record.get("fingerprint") != fingerprint.digest:
        raise APIError(422, "idempotency_key_reused",
                       "this Idempotency-Key was already used for another request (a "
                       f"different {', '.join(differences) or 'request'}); send a new key "
                       "for a new request")
    if in_flight:
        response = error_response(409, "idempotency_key_in_use",
                                  "a request with this Idempotency-Key is still being "
                                  "handled; retry in a moment")
        response.headers["Retry-After"] = "1"
        return response
    response = Response(record.get("body", ""), status=int(record.get("status", 200)),
                        mimetype="application/json")
    response.headers["Idempotent-Replayed"] = "true"
    return response
