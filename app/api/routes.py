"""``/v1/suppressions``: check, record and prove opt-outs."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response, jsonify, request

from app.api.auth import require_api_key
from app.api.openapi import openapi_document
from app.checks import check_results
from app.errors import APIError
from app.ledger import MANUAL_SOURCES, ConsentEvent, Kind
from app.numbers import normalize_number, normalize_sender
from app.services import Services
from app.web import services

bp = Blueprint("api", __name__, url_prefix="/v1")

MAX_CHECK_NUMBERS = 10_000
MAX_CHECK_BYTES = 4 * 1024 * 1024
MAX_NOTE_CHARS = 2000
# Our bodies are two levels deep; the parser would recurse (and fail) on thousands.
MAX_JSON_DEPTH = 32
_OPENERS = frozenset(b"[{")
_CLOSERS = frozenset(b"]}")


@bp.before_request
def _authenticate() -> None:
    if request.endpoint != "api.openapi":
        require_api_key(services().settings.optout_api_keys)


def _json_object(limit: int | None = None) -> dict[str, Any]:
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


def _text(body: dict[str, Any], name: str, *, required: bool = False) -> str | None:
    value = body.get(name, request.args.get(name))
    if value is None or value == "":
        if required:
            raise APIError(400, "missing_field", f"'{name}' is required")
        return None
    if not isinstance(value, str):
        raise APIError(400, "invalid_field", f"'{name}' must be a string")
    if len(value) > MAX_NOTE_CHARS:
        raise APIError(400, "invalid_field", f"'{name}' is longer than {MAX_NOTE_CHARS} characters")
    return value


def _sender(svc: Services, raw: str | None) -> str | None:
    return normalize_sender(raw, svc.settings.default_region) if raw else None


def _number(svc: Services, raw: str) -> str:
    return normalize_number(raw, svc.settings.default_region)


@bp.get("/openapi.json")
def openapi() -> Response:
    """The OpenAPI document of this API (no key needed)."""
    return jsonify(openapi_document())


@bp.get("/suppressions/<number>")
def get_suppression(number: str) -> Response:
    """May this number be texted (by ``?sender=``, or by anyone without it)?"""
    svc = services()
    sender = _sender(svc, request.args.get("sender"))
    lookup = svc.suppressions.lookup(_number(svc, number), sender)
    svc.ledger.count_checks(requests=1, numbers=1)
    return jsonify(lookup.as_dict())


@bp.post("/suppressions/check")
def check_many() -> Response:
    """Check up to 10,000 numbers; results in input order, a bad number gets its own error."""
    svc = services()
    body = _json_object(limit=MAX_CHECK_BYTES)
    numbers = body.get("numbers")
    if numbers is None:
        raise APIError(400, "missing_field", "'numbers' is required: a list of phone numbers")
    if not isinstance(numbers, list):
        raise APIError(400, "invalid_field", "'numbers' must be a list")
    if len(numbers) > MAX_CHECK_NUMBERS:
        raise APIError(400, "too_many_numbers",
                       f"at most {MAX_CHECK_NUMBERS} numbers per request, got {len(numbers)}")
    sender_raw = body.get("sender")
    if sender_raw is not None and not isinstance(sender_raw, str):
        raise APIError(400, "invalid_field", "'sender' must be a string")
    sender = _sender(svc, sender_raw)
    results = check_results(svc.suppressions, numbers, sender, svc.settings.default_region)
    svc.ledger.count_checks(requests=1, numbers=len(numbers))
    return jsonify({"results": results})


@bp.put("/suppressions/<number>")
def opt_out(number: str) -> Response:
    """Record an opt-out that came by email, post, phone, web form or import."""
    return _record(number, Kind.OPT_OUT, note_required=False)


@bp.delete("/suppressions/<number>")
def opt_in(number: str) -> Response:
    """Re-subscribe a number; ``note`` must say what proves the consent."""
    return _record(number, Kind.OPT_IN, note_required=True)


def _record(raw_number: str, kind: Kind, *, note_required: bool) -> Response:
    svc = services()
    number = _number(svc, raw_number)
    body = _json_object()
    source = _text(body, "source", required=True)
    if source not in MANUAL_SOURCES:
        raise APIError(400, "invalid_field",
                       f"'source' must be one of {sorted(MANUAL_SOURCES)}, not {source!r}")
    note = _text(body, "note", required=note_required)
    if note_required and not (note or "").strip():
        raise APIError(400, "missing_field", "'note' is required: record the proof of consent")
    sender = _sender(svc, _text(body, "sender"))
    key = request.headers.get("Idempotency-Key")
    result = svc.ledger.record(ConsentEvent(
        kind=kind, number=number, source=source, scope="sender" if sender else "all",
        sender=sender, channel=source, note=note,
        dedupe_key=f"api:{key}" if key else None,
    ))
    lookup = svc.suppressions.lookup(number, sender)
    return jsonify({**lookup.as_dict(),
                    "recorded": {"id": result.ledger_id, "status": result.status}})


@bp.get("/suppressions/<number>/history")
def history(number: str) -> Response:
    """Every consent event of the number, oldest first: the proof for compliance."""
    svc = services()
    e164 = _number(svc, number)
    return jsonify({"number": e164, "events": svc.ledger.history(e164)})
