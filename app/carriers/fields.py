"""Carrier fields to normalised addresses and checked values, every carrier's; a bad field is
an InvalidField (400) that names it."""

from __future__ import annotations

from app.errors import InvalidField, InvalidNumber, InvalidSender
from app.phone import is_service_sid, normalize_number, normalize_sender, split_channel
from app.text import checked_text

MAX_BODY_CHARS = 1600  # the longest message carriers deliver (Twilio, Plivo concatenate)
MAX_MESSAGE_ID_CHARS = 128  # UUIDs (Telnyx, Vonage, Plivo) are 36, Bandwidth's ids ~30


def recipient(raw: str, field: str, region: str) -> tuple[str, str]:
    """``(channel, E.164 number)`` of a texter's address; 400 naming ``field`` if invalid."""
    channel, address = split_channel(raw)
    try:
        return channel, normalize_number(address, region)
    except InvalidNumber as exc:
        raise InvalidField("invalid_number", f"{field}: {exc}") from None


def sender(raw: str, field: str, region: str) -> str:
    """Our number, short code or sender id; 400 naming ``field`` if invalid."""
    try:
        return normalize_sender(raw, region)
    except InvalidSender as exc:
        raise InvalidField("invalid_sender", f"{field}: {exc}") from None


def service_sid(raw: str | None) -> str | None:
    """A Twilio Messaging Service SID, lower-cased, or None."""
    if not raw:
        return None
    if not is_service_sid(raw):
        raise InvalidField("invalid_sender", "MessagingServiceSid is not MG + 32 hex digits")
    return "MG" + raw[2:].lower()


def plus_e164(raw: str) -> str:
    """Vonage and Plivo write E.164 without the ``+``: give a long digit string its plus so
    it is not read as a national number. Short codes and sender ids pass unchanged."""
    text = raw.strip()
    if text.isascii() and text.isdigit() and len(text) >= 8:
        return "+" + text
    return text


def check_body(body: str, field: str) -> str:
    """``body`` unless it is longer than any carrier delivers or holds a control character
    (400 naming ``field``)."""
    if len(body) > MAX_BODY_CHARS:
        raise InvalidField("body_too_long", f"{field} exceeds {MAX_BODY_CHARS} characters")
    return checked_text(body, field)


def message_id(raw: str, field: str) -> str:
    """A carrier's message id, the key of its duplicate test: 400 naming ``field`` when it is
    blank, longer than any carrier's or not printable (an id no carrier sends)."""
    if not raw.strip():
        raise InvalidField("invalid_message_id", f"{field} is empty")
    if len(raw) > MAX_MESSAGE_ID_CHARS or not raw.isprintable():
        raise InvalidField("invalid_message_id",
                       f"{field} is not a message id (printable, at most "
                       f"{MAX_MESSAGE_ID_CHARS} characters)")
    return raw
