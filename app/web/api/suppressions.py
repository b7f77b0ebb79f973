"""``/v1/suppressions``: check, record and prove opt-outs."""

from __future__ import annotations

from typing import Any

import sqlalchemy.exc
from flask import Blueprint, Response, jsonify, request

from app.archive import full_history
from app.bootstrap import Services
from app.consent.categories import category_letters, parse_categories
from app.consent.events import Kind
from app.consent.manual import manual_event
from app.consent.suppression import Lookup
from app.evidence.formats import FORMATS, PdfUnavailable, render, render_pdf
from app.evidence.html import PAPER_SIZES
from app.evidence.report import build_report
from app.lists.checks import check_results
from app.lists.send_log import normalize_subject
from app.lists.send_times import SendTimes, parse_at
from app.web.api.common import idempotent, json_object, number_of, sender_of, text_field
from app.web.api.openapi import openapi_document
from app.web.auth import current_operator, require_api_key
from app.web.context import archive, services
from app.web.errors import APIError
from app.web.headers import csp_nonce

bp = Blueprint("api", __name__, url_prefix="/v1")

MAX_CHECK_NUMBERS = 10_000
MAX_CHECK_BYTES = 4 * 1024 * 1024
# A PDF costs about 70 ms an event to lay out here (WeasyPrint): longer histories are
# printed from the HTML, or read as CSV or JSON, within a request's time.
MAX_PDF_EVENTS = 100


# Evidence a support person opens from the console: a console login (any role) reads it.
_CONSOLE_READABLE = frozenset({"api.report", "api.history"})
# A POST that only reads: a viewer key may send it.
_VIEWER_POSTS = frozenset({"api.check_many"})


@bp.before_request
def _authenticate() -> None:
    if request.endpoint == "api.openapi":
        return
    if (request.method == "GET" and request.endpoint in _CONSOLE_READABLE
            and "Authorization" not in request.headers and current_operator() is not None):
        return
    role = require_api_key(services().settings.optout_api_keys)
    if role != "editor" and request.method not in ("GET", "HEAD") \
            and request.endpoint not in _VIEWER_POSTS:
        raise APIError(403, "read_only_key", "this is a viewer key (viewer:<key> in "
                       "OPTOUT_API_KEYS): it may check and read, not change anything")


@bp.get("/openapi.json")
def openapi() -> Response:
    """The OpenAPI document of this API (no key needed)."""
    return jsonify(openapi_document())


@bp.get("/suppressions/<number>")
def get_suppression(number: str) -> Response:
    """May this number be texted (by ``?sender=``, or by anyone without it), with messages
    of ``?category=`` (any category without it), and when (``?at=``, ``?subject=``)?"""
    svc = services()
    sender = sender_of(svc, request.args.get("sender"))
    letters = category_letters(request.args.get("category"))
    times = send_times(svc, {})
    lookup = svc.suppressions.lookup(number_of(svc, number), sender, letters)
    svc.counters.count_checks(requests=1, numbers=1)
    return jsonify(with_send_time(svc, lookup, times))


def send_times(svc: Services, body: dict[str, Any]) -> SendTimes:
    """The answerer of one check: ``at`` (ISO 8601 instant, default now), ``category`` and
    ``subject``, from the JSON body or the query string."""
    try:
        at = parse_at(text_field(body, "at"))
    except ValueError as exc:
        raise APIError(400, "invalid_at", str(exc)) from None
    category = text_field(body, "category")
    category_letters(category)  # 400 naming the choices
    try:
        subject = normalize_subject(text_field(body, "subject"))
    except ValueError as exc:
        raise APIError(400, "invalid_subject", str(exc)) from None
    return svc.send_policy.times(at, category=category.strip().lower() if category else None,
                                 subject=subject)


def with_send_time(svc: Services, lookup: Lookup,
                   times: SendTimes | None = None) -> dict[str, object]:
    """The lookup's fields plus ``textable_now``, ``reason`` and ``next_allowed`` (now, or
    as ``times`` answers)."""
    when = (times or svc.send_policy.times()).answer_many([lookup.number], [lookup.flags])[0]
    return {**lookup.as_dict(), **when.as_dict()}


@bp.post("/suppressions/check")
def check_many() -> Response:
    """Check up to 10,000 numbers; results in input order, a bad number gets its own error."""
    svc = services()
    body = json_object(limit=MAX_CHECK_BYTES)
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
    sender = sender_of(svc, sender_raw)
    category = body.get("category", request.args.get("category"))
    if category is not None and not isinstance(category, str):
        raise APIError(400, "invalid_field", "'category' must be a string")
    category_letters(category)  # 400 naming the choices before any work
    results = check_results(svc.suppressions, numbers, sender, svc.settings.default_region,
                            send_times=send_times(svc, body),
                            category=category.strip().lower() if category else None)
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
    number = number_of(svc, raw_number)
    body = json_object()
    return idempotent(svc, number, body, lambda key: _recorded(
        svc, number, body, kind, note_required=note_required, idempotency_key=key))


def _recorded(svc: Services, number: str, body: dict[str, Any], kind: Kind, *,
              note_required: bool, idempotency_key: str | None = None) -> Response:
    """Record the manual event; the number's state after it, with what the ledger said."""
    sender = sender_of(svc, text_field(body, "sender"))
    categories = parse_categories(body["categories"]) if body.get("categories") else ()
    event = manual_event(
        kind, number, source=text_field(body, "source"), sender=sender,
        note=text_field(body, "note"),
        policy=svc.policy, note_required=note_required,
        idempotency_key=idempotency_key, categories=categories,
    )
    result = svc.ledger.record(event)
    if result.status == "erased" and kind is Kind.OPT_IN:
        raise APIError(409, "erased", "this number was erased at its owner's request: it "
                       "stays suppressed, and nothing about it is recorded any more")
    lookup = svc.suppressions.lookup(number, sender)
    return jsonify({**with_send_time(svc, lookup),
                    "recorded": {"id": result.ledger_id, "status": result.status}})


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
    e164 = number_of(svc, number)
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
    e164 = number_of(svc, number)
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
    response = Response(render(evidence, fmt, paper, nonce=csp_nonce()),
                        mimetype=FORMATS[fmt].split(";")[0])
    if fmt == "csv":
        response.headers["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    return response
