"""``/v1/senders`` (what each sender sends) and ``/v1/consents`` (consent captured with its
proof; a double opt-in asks for a YES through the sender's carrier)."""

from __future__ import annotations

from typing import Any

from flask import Response, jsonify

from app.bootstrap import Services
from app.carriers import sending_carrier
from app.consent.capture import capture_event, checked_capture, expires_at, schedule_expiry
from app.consent.categories import CATEGORIES, parse_categories
from app.consent.history import LETTER_OF, LETTERS
from app.messaging.outbound import ProviderReply, enqueue_reply
from app.web.api.common import idempotent, json_object, number_of, sender_of, text_field
from app.web.api.suppressions import bp, with_send_time
from app.web.context import services
from app.web.errors import APIError

_CAPTURE_FIELDS = frozenset({"number", "sender", "categories", "method", "disclosure", "url",
                             "ip", "user_agent", "captured_at", "reference", "note",
                             "language", "provider"})


@bp.get("/senders")
def list_senders() -> Response:
    """Every sender that declares categories, with them."""
    svc = services()
    declared = svc.categories.all_declared()
    return jsonify({"senders": [_sender_answer(svc, sender) for sender in sorted(declared)]})


@bp.get("/senders/<sender>")
def get_sender(sender: str) -> Response:
    """What ``sender`` declares it sends (an empty list: nothing declared)."""
    svc = services()
    return jsonify(_sender_answer(svc, _required_sender(svc, sender)))


@bp.put("/senders/<sender>")
def put_sender(sender: str) -> Response:
    """Declare what ``sender`` sends: ``{"categories": ["marketing"]}`` (replaces any
    earlier declaration, the configured one included)."""
    svc = services()
    name = _required_sender(svc, sender)
    body = json_object()
    if "categories" not in body:
        raise APIError(400, "missing_field", "'categories' is required: a list of "
                       f"{', '.join(CATEGORIES)}")
    svc.categories.declare(name, parse_categories(body["categories"]))
    return jsonify(_sender_answer(svc, name))


def _required_sender(svc: Services, raw: str) -> str:
    sender = sender_of(svc, raw)
    if sender is None:
        raise APIError(400, "invalid_sender", "a sender is required")
    return sender


def _sender_answer(svc: Services, sender: str) -> dict[str, object]:
    categories = svc.categories.of(sender)
    source = None
    if categories:
        source = "config" if svc.categories.configured.get(sender) == categories else "api"
    return {"sender": sender, "categories": list(categories), "declared_by": source}


@bp.post("/consents")
def post_consent() -> tuple[Response, int] | Response:
    """Record a consent with its proof. ``method=double_opt_in`` records it pending, texts
    the number the request to reply YES (an RQ job, through the sender's carrier) and
    expires it after DOUBLE_OPT_IN_HOURS; answers 202 ``pending_confirmation``."""
    svc = services()
    body = json_object()
    unknown = sorted(set(body) - _CAPTURE_FIELDS)
    if unknown:
        raise APIError(400, "invalid_field", f"unknown field {unknown[0][:40]!r}")
    raw_number = text_field(body, "number", required=True)
    number = number_of(svc, raw_number or "")
    return idempotent(svc, number, body, lambda key: _captured(svc, number, body, key))


def _captured(svc: Services, number: str, body: dict[str, Any], key: str | None) -> Response:
    sender = sender_of(svc, text_field(body, "sender"))
    categories = parse_categories(body["categories"]) if body.get("categories") else ()
    capture = checked_capture(number, sender, categories, body)
    carrier = None
    if capture.method == "double_opt_in":
        assert sender is not None  # checked_capture requires one
        carrier = sending_carrier(svc.settings, sender, text_field(body, "provider"))
    result = svc.ledger.record(capture_event(capture, idempotency_key=key))
    answer: dict[str, object] = {
        "number": number, "sender": sender, "categories": list(categories or CATEGORIES),
        "method": capture.method, "recorded": {"id": result.ledger_id, "status": result.status},
    }
    status = 201
    if carrier is not None and sender is not None:
        hours = svc.settings.double_opt_in_hours
        if result.status != "duplicate":  # the first answer already asked
            text = svc.replies.text("double_opt_in", capture.language)
            enqueue_reply(svc.queue, ProviderReply(
                provider=carrier.name, to=number, sender=sender, text=text,
                message_id=f"double-opt-in:{result.shard}:{result.ledger_id}"),
                svc.settings.job_retry_intervals)
            schedule_expiry(svc.queue, number, result.ledger_id, hours)
        answer.update(status="pending_confirmation", provider=carrier.name,
                      expires_at=expires_at(result.ledger_id, hours).isoformat(
                          timespec="seconds"))
        status = 202
    else:
        answer["status"] = "captured"
    # What a check of the captured categories says now (pending_confirmation until the YES).
    letters = "".join(LETTER_OF[c] for c in categories) or LETTERS
    answer["check"] = with_send_time(svc, svc.suppressions.lookup(number, sender, letters))
    response = jsonify(answer)
    response.status_code = status
    return response
