"""``/v1/suppressions``: check, record and prove opt-outs."""

from __future__ import annotations

from typing import Any

import sqlalchemy.exc
from flask import Blueprint, Response, jsonify, request

from app.archive import full_history
from app.bootstrap import Services
from app.consent.events import Kind
from app.consent.manual import MAX_NOTE_CHARS, manual_event
from app.consent.suppression import Lookup
from app.evidence.formats import FORMATS, PdfUnavailable, render, render_pdf
from app.evidence.html import PAPER_SIZES
from app.evidence.report import build_report
from app.lists.checks import check_results
from app.lists.send_times import SendTimes
from app.phone import normalize_number, normalize_sender
from app.web.api.idempotency import (
    Fingerprint,
    IdempotencyKeyRejected,
    IdempotencyRecords,
    checked_key,
)
from app.web.api.openapi import openapi_document
from app.web.auth import api_key_identity, current_operator, require_api_key
from app.web.context import archive, services
from app.web.errors import APIError, error_response

bp = Blueprint("api", __name__, url_prefix="/v1")

MAX_CHECK_NUMBERS = 10_000
MAX_CHECK_BYTES = 4 * 1024 * 1024
# Our bodies are two levels deep; the parser would recurse (and fail) on thousands.
MAX_JSON_DEPTH = 32
# A PDF costs about 70 ms an event to lay out here (WeasyPrint): longer histories are
# printed from the HTML, or read as CSV or JSON, within a request's time.
MAX_PDF_EVENTS = 100
_OPENERS = frozenset(b"[{")
_CLOSERS = frozenset(b"]}")


# Evidence a support person opens from the console: a console login (any role) reads it.
_CONSOLE_READABLE = frozenset({"api.report", "api.history"})


@bp.before_request
def _authenticate() -> None:
    if request.endpoint == "api.openapi":
        return
    if (request.method == "GET" and request.endpoint in _CONSOLE_READABLE
            and "Authorization" not in request.headers and current_operator() is not None):
        return
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
    svc.counters.count_checks(requests=1, numbers=1)
    return jsonify(_with_send_time(svc, lookup))


def _with_send_time(svc: Services, lookup: Lookup) -> dict[str, object]:
    """The lookup's fields plus ``textable_now``, ``reason`` and ``next_allowed``."""
    when = SendTimes(svc.quiet_hours).for_number(
        lookup.number, suppressed=lookup.suppressed, undeliverable=lookup.undeliverable)
    return {**lookup.as_dict(), **when.as_dict()}


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
    results = check_results(svc.suppressions, numbers, sender, svc.settings.default_region,
                            send_times=SendTimes(svc.quiet_hours))
    svc.counters.count_checks(requests=1, numbers=len(numbers))
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
    raw_key = request.headers.get("Idempotency-Key")
    if raw_key is None:
        return _recorded(svc, number, body, kind, note_required=note_required)
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
        response = _recorded(svc, number, body, kind, note_required=note_required,
                             idempotency_key=records.ledger_key(key, fingerprint))
    except BaseException:
        records.release(key, claim.token)
        raise
    records.complete(key, claim.token, fingerprint, response.status_code,
                     response.get_data(as_text=True))
    return response


def _recorded(svc: Services, number: str, body: dict[str, Any], kind: Kind, *,
              note_required: bool, idempotency_key: str | None = None) -> Response:
    """Record the manual event; the number's state after it, with what the ledger said."""
    sender = _sender(svc, _text(body, "sender"))
    event = manual_event(
        kind, number, source=_text(body, "source"), sender=sender, note=_text(body, "note"),
        policy=svc.policy, note_required=note_required,
        idempotency_key=idempotency_key,
    )
    result = svc.ledger.record(event)
    lookup = svc.suppressions.lookup(number, sender)
    return jsonify({**_with_send_time(svc, lookup),
                    "recorded": {"id": result.ledger_id, "status": result.status}})


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


def _history(svc: Services, number: str) -> list[dict[str, Any]]:
    """The number's whole history: the archive and Redis merged."""
    try:
        return full_history(svc.ledger, archive(), number)
    except sqlalchemy.exc.SQLAlchemyError as exc:
        raise APIError(503, "archive_unavailable",
                       f"the archive database did not answer ({type(exc).__name__})") from exc


@bp.get("/suppressions/<number>/history")
def history(number: str) -> Response:
    """Every consent event of the number, oldest first: the proof for compliance."""
    svc = services()
    e164 = _number(svc, number)
    return jsonify({"number": e164, "events": _history(svc, e164)})


@bp.get("/suppressions/<number>/report")
def report(number: str) -> Response:
    """The evidence for one number as printable HTML (default), PDF, CSV or JSON; every
    format carries each archived event's hash, JSON and HTML the chain head too."""
    svc = services()
    fmt = request.args.get("format", "html").lower()
    if fmt not in FORMATS:
        raise APIError(400, "invalid_format",
                       f"'format' must be one of {sorted(FORMATS)}, not {fmt[:20]!r}")
    paper = request.args.get("paper", "letter").lower()
    if paper not in PAPER_SIZES:
        raise APIError(400, "invalid_paper",
                       f"'paper' must be one of {sorted(PAPER_SIZES)}, not {paper[:20]!r}")
    e164 = _number(svc, number)
    events = _history(svc, e164)
    try:
        seal = archive().seal_of(svc.ledger.layout.shard_of(e164))
    except sqlalchemy.exc.SQLAlchemyError as exc:
        raise APIError(503, "archive_unavailable",
                       f"the archive database did not answer ({type(exc).__name__})") from exc
    evidence = build_report(e164, events, svc.replies, reply_mode=svc.settings.reply_mode,
                            status=svc.suppressions.lookup(e164).as_dict(), seal=seal)
    name = f"consent-{e164.lstrip('+')}"
    if fmt == "pdf":
        if len(evidence.events) > MAX_PDF_EVENTS:
            raise APIError(422, "pdf_too_long",
                           f"this history has {len(evidence.events)} events; a PDF holds at most "
                           f"{MAX_PDF_EVENTS}: print the HTML, or use `optout report --format "
                           "pdf`, CSV or JSON")
        try:
            pdf = render_pdf(evidence, paper)
        except PdfUnavailable as exc:
            raise APIError(501, "pdf_unavailable", str(exc)) from exc
        response = Response(pdf, mimetype="application/pdf")
        response.headers["Content-Disposition"] = f'inline; filename="{name}.pdf"'
        return response
    response = Response(render(evidence, fmt, paper), mimetype=FORMATS[fmt].split(";")[0])
    if fmt == "csv":
        response.headers["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    return response
