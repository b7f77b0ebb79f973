"""``POST /v1/sends``: the send log that frequency caps count (texts sent by other tools)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from flask import Response, jsonify

from app.errors import InvalidNumber, InvalidSender
from app.lists.send_log import Send, normalize_subject
from app.lists.send_times import parse_at
from app.phone import normalize_number, normalize_sender
from app.web.api.common import json_object
from app.web.api.suppressions import MAX_CHECK_BYTES, MAX_CHECK_NUMBERS, bp
from app.web.context import services
from app.web.errors import APIError

# A sending tool's clock a little ahead of ours is not a send in the future.
FUTURE_SLACK = timedelta(minutes=5)
_SHOWN_FAULTS = 20


@bp.post("/sends")
def record_sends() -> Response:
    """Record up to 10,000 sends ``{"sends": [{"number", "sender", "subject", "at"}]}``.

    The whole batch is checked first: with any bad row nothing is recorded and the 400 names
    the rows (up to 20). Sends older than 24 hours count toward no cap and are ``ignored``.
    """
    svc = services()
    body = json_object(limit=MAX_CHECK_BYTES)
    rows = body.get("sends")
    if not isinstance(rows, list):
        raise APIError(400, "missing_field" if rows is None else "invalid_field",
                       "'sends' is required: a list of {number, sender, subject, at}")
    if len(rows) > MAX_CHECK_NUMBERS:
        raise APIError(400, "too_many_sends",
                       f"at most {MAX_CHECK_NUMBERS} sends per request, got {len(rows)}")
    now = svc.send_policy.clock()
    sends: list[Send] = []
    faults: list[str] = []
    for i, row in enumerate(rows):
        try:
            sends.append(_send(row, svc.settings.default_region, now))
        except (InvalidNumber, InvalidSender, ValueError) as exc:
            faults.append(f"sends[{i}]: {exc}")
    if faults:
        more = f" (and {len(faults) - _SHOWN_FAULTS} more)" if len(faults) > _SHOWN_FAULTS else ""
        raise APIError(400, "invalid_sends", "nothing was recorded: "
                       + "; ".join(faults[:_SHOWN_FAULTS]) + more)
    erased = set(svc.suppressions.erased.which([s.number for s in sends]))
    wanted = [s for i, s in enumerate(sends) if i not in erased]
    recorded = svc.send_policy.log.record(wanted, now) if svc.send_policy.log else 0
    return jsonify({"recorded": recorded, "ignored": len(sends) - recorded})


def _send(row: Any, region: str, now: datetime) -> Send:
    """One row of the batch as a Send. Raises ValueError (or InvalidNumber) naming the
    field."""
    if not isinstance(row, dict):
        raise ValueError("each send is an object {number, sender, subject, at}")
    number = row.get("number")
    if not isinstance(number, str):
        raise ValueError("'number' is required: a phone number")
    for name in ("sender", "subject", "at"):
        if row.get(name) is not None and not isinstance(row[name], str):
            raise ValueError(f"'{name}' must be a string")
    if row.get("sender"):
        normalize_sender(row["sender"], region)  # checked; caps count every sender's sends
    at = parse_at(row.get("at")) or now
    if at > now + FUTURE_SLACK:
        raise ValueError(f"'at' {row['at']!r} is in the future")
    return Send(normalize_number(number, region), normalize_subject(row.get("subject")), at)
