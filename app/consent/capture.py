"""Consent captured with its proof, and the double opt-in's life: pending, confirmed by a
YES, or expired.

A capture is a ``captured`` ledger event: an opt-in of the sender (or of every sender) for
its categories, with how it was given (``method``), the exact disclosure shown, the page,
IP address, user agent and time, and an optional reference. A double opt-in is first a
capture with status ``pending_confirmation``: the number may not be texted those categories
by that sender until the YES (a capture ``confirmed``, whose words and message id are the
proof) or, without one within DOUBLE_OPT_IN_HOURS, the expiry (``expired``: still not
textable, since the person never confirmed). A STOP meanwhile ends the request: a later YES
confirms nothing.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from rq import Queue

from app.consent.events import ConsentEvent, Kind, RecordResult, ledger_time
from app.consent.history import fold, id_key
from app.consent.ledger import ConsentLedger
from app.errors import InvalidField
from app.phone import mask_number
from app.text import checked_text

METHODS = ("web_form", "keyword", "paper", "verbal", "double_opt_in", "import")
# The channel each method of capture came through (the event's source and channel).
METHOD_SOURCES = {"web_form": "web", "keyword": "sms", "paper": "mail", "verbal": "phone",
                  "double_opt_in": "web", "import": "import"}
LIMITS = {"disclosure": 4000, "url": 2048, "ip": 64, "user_agent": 1024, "captured_at": 64,
          "reference": 255, "note": 2000}
# A clock a little ahead of ours is not a time in the future.
FUTURE_SLACK = timedelta(minutes=5)


@dataclass(frozen=True)
class Capture:
    """What a capture request said, its strings already within their limits."""

    number: str
    sender: str | None
    categories: tuple[str, ...]
    method: str
    proof: dict[str, str]
    note: str | None = None
    language: str | None = None


def checked_capture(number: str, sender: str | None, categories: tuple[str, ...],
                    fields: dict[str, Any]) -> Capture:
    """The capture ``fields`` describe (method, disclosure, url, ip, user_agent,
    captured_at, reference, note, language), checked.

    Raises:
        InvalidField: a missing or malformed field, named.
    """
    method = fields.get("method")
    if method is None or method == "":
        raise InvalidField("missing_field", "'method' is required")
    if method not in METHODS:
        raise InvalidField("invalid_field", f"'method' must be one of {list(METHODS)}, not "
                           f"{str(method)[:40]!r}")
    values: dict[str, str] = {}
    for name, limit in LIMITS.items():
        value = fields.get(name)
        if value is None or value == "":
            continue
        if not isinstance(value, str):
            raise InvalidField("invalid_field", f"'{name}' must be a string")
        if len(value) > limit:
            raise InvalidField("invalid_field", f"'{name}' is longer than {limit} characters")
        values[name] = checked_text(value, f"'{name}'")
    if method in ("web_form", "double_opt_in") and not values.get("disclosure", "").strip():
        raise InvalidField("missing_field", "'disclosure' is required: the exact text the "
                           "person agreed to")
    if method in ("paper", "verbal") and not values.get("note", "").strip():
        raise InvalidField("missing_field", "'note' is required: where the signed form is "
                           "kept, or who took the call and when")
    if method == "double_opt_in" and not sender:
        raise InvalidField("missing_field", "'sender' is required for a double opt-in: the "
                           "confirmation request is sent from it")
    if "ip" in values:
        try:
            values["ip"] = str(ipaddress.ip_address(values["ip"].strip()))
        except ValueError:
            raise InvalidField("invalid_field", "'ip' is not an IPv4 or IPv6 address") from None
    if "url" in values and not values["url"].startswith(("https://", "http://")):
        raise InvalidField("invalid_field", "'url' must be an http(s) URL")
    if "captured_at" in values:
        values["captured_at"] = _instant(values["captured_at"])
    language = fields.get("language")
    if language is not None and (not isinstance(language, str) or len(language) > 16):
        raise InvalidField("invalid_field", "'language' must be a language code such as 'es'")
    proof = {k: v for k, v in values.items() if k != "note"}
    return Capture(number, sender, categories, method, {"method": method, **proof},
                   values.get("note"), language or None)


def _instant(raw: str) -> str:
    try:
        when = datetime.fromisoformat(raw.strip())
    except ValueError:
        raise InvalidField("invalid_field", "'captured_at' must be an ISO 8601 time such as "
                           "2026-11-20T15:04:05Z") from None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    if when > datetime.now(UTC) + FUTURE_SLACK:
        raise InvalidField("invalid_field", "'captured_at' is in the future")
    return when.astimezone(UTC).isoformat(timespec="seconds")


def capture_event(capture: Capture, *, recorded_by: str | None = None,
                  idempotency_key: str | None = None) -> ConsentEvent:
    """The ledger event of ``capture`` (pending confirmation for a double opt-in)."""
    source = METHOD_SOURCES[capture.method]
    note = capture.note
    if recorded_by:
        note = f"{recorded_by}: {note}" if note else recorded_by
    return ConsentEvent(
        kind=Kind.CAPTURED, number=capture.number, source=source, channel=source,
        scope="sender" if capture.sender else "all", sender=capture.sender,
        categories=capture.categories, proof=capture.proof, note=note,
        occurred_at=capture.proof.get("captured_at"),
        status="pending_confirmation" if capture.method == "double_opt_in" else None,
        dedupe_key=f"api:{idempotency_key}" if idempotency_key else None,
    )


def pending_capture(ledger: ConsentLedger, number: str, codes: frozenset[str]
                    ) -> dict[str, str] | None:
    """The newest consent of ``number`` pending confirmation for a sender standing for
    ``codes`` (the ledger event, with ``id``), or None."""
    state = fold(ledger.history_entries(number))
    ids = {pid for (code, _), pid in state.pending.items() if code in codes}
    if not ids:
        return None
    newest = max(ids, key=id_key)
    return ledger.events(number, [newest])[0] or {"id": newest}


def still_pending(ledger: ConsentLedger, number: str, pending_id: str) -> bool:
    """Whether the consent captured by ``pending_id`` still waits for its YES."""
    return pending_id in fold(ledger.history_entries(number)).pending.values()


def expires_at(pending_id: str, hours: float) -> datetime:
    """When the double opt-in recorded as ``pending_id`` expires."""
    return datetime.fromisoformat(ledger_time(pending_id)) + timedelta(hours=hours)


def outcome_event(pending: dict[str, str], status: str, **fields: Any) -> ConsentEvent:
    """The ``confirmed`` or ``expired`` capture that ends the pending one (``pending``: its
    ledger event), for the same sender and categories."""
    categories = tuple(c for c in (pending.get("categories") or "").split(",") if c)
    sender = pending.get("sender") or None
    return ConsentEvent(
        kind=Kind.CAPTURED, number=pending["number"], scope="sender" if sender else "all",
        sender=sender, categories=categories, status=status, target=pending["id"],
        proof={"method": "double_opt_in"}, **fields)


EXPIRE_JOB = "workers.jobs.expire_double_opt_in"


def schedule_expiry(queue: Queue, number: str, pending_id: str, hours: float) -> None:
    """Ask a worker to expire the double opt-in ``pending_id`` once ``hours`` have passed
    (RQ's scheduler, which every worker runs); a YES after that time never counts anyway."""
    queue.enqueue_in(timedelta(hours=hours), EXPIRE_JOB,
                     kwargs={"number": number, "pending_id": pending_id},
                     description=f"expire a double opt-in of {mask_number(number)}")


def expire(ledger: ConsentLedger, number: str, pending_id: str) -> RecordResult | None:
    """Record that the double opt-in ``pending_id`` expired unconfirmed, if it still waits
    (confirmed, stopped or asked again meanwhile: nothing to do)."""
    if not still_pending(ledger, number, pending_id):
        return None
    pending = ledger.events(number, [pending_id])[0] or {"id": pending_id, "number": number}
    event = outcome_event(pending, "expired", source="system", channel="sms",
                          dedupe_key=f"expire:{pending_id}",
                          note="no YES within DOUBLE_OPT_IN_HOURS")
    return ledger.record(event)
