"""Phone numbers and sender identities, normalised the one way the whole service uses.

Recipients are stored as E.164 (``+16175550123``). We accept every number phonenumbers finds
*possible* for its region, not only numbers its metadata calls valid: a real opt-out from a
newly opened area code must never be refused because the library's tables lag behind.
"""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat, ValidationResult

from app.errors import InvalidNumber, InvalidSender

# North American numbers already in E.164: phonenumbers maps each one to itself, so the
# campaign filter can skip the ~20 µs parse (tests/test_numbers.py checks the claim).
NANP_E164 = re.compile(r"\+1[2-9][0-9]{2}[2-9][0-9]{6}")
_SHORT_CODE = re.compile(r"[0-9]{3,8}")
_SERVICE_SID = re.compile(r"MG[0-9a-fA-F]{32}")
_ALPHANUMERIC = re.compile(r"(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11}")
_CHANNEL_PREFIX = re.compile(r"([a-z]+):(.*)", re.DOTALL)
_KNOWN_CHANNELS = frozenset({"whatsapp", "messenger", "rcs", "sms", "mms"})
# What a number may be written with: ASCII digits, spaces and punctuation. phonenumbers
# also reads full-width, Arabic-Indic and other digits, letters (1-800-FLOWERS), extensions
# and ignores bidi controls: text a person did not type as a plain number is refused.
_NOT_PLAIN = re.compile(r"[^0-9 !-/:-@\[-`{-~]")

_REASONS = {
    ValidationResult.INVALID_COUNTRY_CODE: "has no valid country code",
    ValidationResult.TOO_SHORT: "is too short",
    ValidationResult.TOO_LONG: "is too long",
    ValidationResult.INVALID_LENGTH: "has an impossible length",
}


def normalize_number(raw: str, region: str = "US") -> str:
    """Return ``raw`` as E.164, reading national formats in ``region``.

    Raises:
        InvalidNumber: the text is not a possible phone number; the message says why.
    """
    text = raw.strip() if isinstance(raw, str) else ""
    if NANP_E164.fullmatch(text):
        return text
    return _parse(text, region)


@lru_cache(maxsize=4096)
def _parse(text: str, region: str) -> str:
    if not text:
        raise InvalidNumber("number is empty")
    if len(text) > 40:
        raise InvalidNumber("number is longer than 40 characters")
    odd = _NOT_PLAIN.search(text)
    if odd is not None:
        raise InvalidNumber(f"{_shown(text)} is not a phone number: it holds "
                            f"{_named(odd.group())}, and a number is written with the digits "
                            "0-9 and ASCII punctuation only")
    try:
        parsed = phonenumbers.parse(text, region)
    except NumberParseException as exc:
        raise InvalidNumber(f"{_shown(text)} is not a phone number ({exc._msg})") from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason not in (ValidationResult.IS_POSSIBLE, ValidationResult.IS_POSSIBLE_LOCAL_ONLY):
        why = _REASONS.get(reason, "is not a possible number")
        raise InvalidNumber(f"{_shown(text)} {why} for region {region}")
    if reason == ValidationResult.IS_POSSIBLE_LOCAL_ONLY:
        raise InvalidNumber(f"{_shown(text)} lacks an area code")
    return phonenumbers.format_number(parsed, PhoneNumberFormat.E164)


def split_channel(raw: str) -> tuple[str, str]:
    """Split Twilio's ``whatsapp:+1415...`` into (``"whatsapp"``, ``"+1415..."``).

    An address without a channel prefix is an SMS address.
    """
    match = _CHANNEL_PREFIX.fullmatch(raw.strip())
    if match and match.group(1) in _KNOWN_CHANNELS:
        return match.group(1), match.group(2)
    return "sms", raw.strip()


def normalize_sender(raw: str, region: str = "US") -> str:
    """Return the canonical form of a sender: E.164, short code, MG SID or alphanumeric ID.

    Raises:
        InvalidSender: none of those.
    """
    _, text = split_channel(raw) if isinstance(raw, str) else ("sms", "")
    if not text:
        raise InvalidSender("sender is empty")
    if _SERVICE_SID.fullmatch(text):
        return "MG" + text[2:].lower()
    if _SHORT_CODE.fullmatch(text):
        return text
    if _ALPHANUMERIC.fullmatch(text) and not text.startswith("+"):
        return text.upper()
    try:
        return normalize_number(text, region)
    except InvalidNumber as exc:
        raise InvalidSender(
            f"sender {_shown(text)} is not a phone number, short code, "
            f"Messaging Service SID or alphanumeric sender ID ({exc})"
        ) from None


def is_service_sid(sender: str) -> bool:
    """True for a Messaging Service SID (``MG`` + 32 hex digits)."""
    return bool(_SERVICE_SID.fullmatch(sender))


def mask_number(number: str) -> str:
    """A number fit for logs and screens: ``+1617•••••23``."""
    if len(number) <= 6:
        return "•" * len(number)
    return number[:5] + "•" * (len(number) - 7) + number[-2:]


def _named(char: str) -> str:
    """``'٦' (U+0666)``, or just the code point for an invisible character."""
    shown = f"{char!r} " if char.isprintable() and not char.isspace() else ""
    return f"{shown}(U+{ord(char):04X})"


def _shown(text: str) -> str:
    """Quote user input in an error message without echoing a whole number into logs."""
    digits = sum(ch.isdigit() for ch in text)
    return repr(mask_number(text)) if digits >= 7 else repr(text[:40])


_UNKNOWN_ZONE = "Etc/Unknown"


def zone_key(number: str) -> str:
    """The key of an E.164 number's time zones: the longest prefix phonenumbers' time-zone
    data holds for it (NANP: at most +1, area code and exchange, since a few area codes
    straddle a zone line). Other countries tell mobiles from fixed lines, so they key by
    number."""
    return _nanp_key(number[:8]) if number.startswith("+1") else number


@lru_cache(maxsize=1 << 16)
def _nanp_key(prefix: str) -> str:
    from phonenumbers.tzdata import TIMEZONE_DATA

    digits = prefix[1:]
    for length in range(len(digits), 0, -1):
        if digits[:length] in TIMEZONE_DATA:
            return digits[:length]
    return "1"


@lru_cache(maxsize=4096)
def _zones_of_key(key: str) -> tuple[str, ...]:
    """NANP numbers are all geographical for phonenumbers: its own longest-prefix lookup."""
    from phonenumbers.tzdata import TIMEZONE_DATA

    return tuple(z for z in TIMEZONE_DATA.get(key, ()) if z != _UNKNOWN_ZONE)


@lru_cache(maxsize=4096)
def time_zones(number: str) -> tuple[str, ...]:
    """The IANA time zones of an E.164 number (one for most; several where an area code
    spans zones, every NANP zone for a +1 number of no known area); empty when phonenumbers
    does not know (non-geographic numbers of other countries). Looked up once per prefix."""
    if number.startswith("+1"):
        return _zones_of_key(zone_key(number))
    from phonenumbers import timezone

    try:
        parsed = phonenumbers.parse(number, None)
    except NumberParseException:
        return ()
    return tuple(z for z in timezone.time_zones_for_number(parsed) if z != _UNKNOWN_ZONE)
