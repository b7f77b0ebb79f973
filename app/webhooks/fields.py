"""Carrier fields to normalised addresses, with 400s that name the field: every webhook's."""

from __future__ import annotations

from app.errors import APIError
from app.exceptions import InvalidNumber, InvalidSender
from app.numbers import is_service_sid, normalize_number, normalize_sender, split_channel

MAX_BODY_CHARS = 1600  # the longest message carriers deliver (Twilio, Plivo concatenate)


def recipient(raw: str, field: str, region: str) -> tuple[str, str]:
    """``(channel, E.164 number)`` of a texter's address; 400 naming ``field`` if invalid."""
    channel, address = split_channel(raw)
    try:
        return channel, normalize_number(address, region)
    except InvalidNumber as exc:
        raise APIError(400, "invalid_number", f"{field}: {exc}") from None


def sender(raw: str, field: str, region: str) -> str:
    """Our number, short code or sender id; 400 naming ``field`` if invalid."""
    try:
        return normalize_sender(raw, region)
    except InvalidSender as exc:
        raise APIError(400, "invalid_sender", f"{field}: {exc}") from None


def service_sid(raw: str | None) -> str | None:
    """A Twilio Messaging Service SID, lower-cased, or None."""
    if not raw:
        return None
    if not is_service_sid(raw):
        raise APIError(400, "invalid_sender", "MessagingServiceSid is not MG + 32 hex digits")
    return "MG" + raw[2:].lower()


def plus_e164(raw: str) -> str:
    """Vonage and Plivo write E.164 without the ``+``: give a long digit string its plus so
    it is not read as a national number. Short codes and sender ids pass unchanged."""
    text = raw.strip()
    if text.isascii() and text.isdigit() and len(text) >= 8:
        return "+" + text
    return text


def check_body(body: str, field: str) -> str:
    """``body`` unless it is longer than any carrier delivers (400 naming ``field``)."""
    if len(body) > MAX_BODY_CHARS:
        raise APIError(400, "body_too_long", f"{field} exceeds {MAX_BODY_CHARS} characters")
    return body
