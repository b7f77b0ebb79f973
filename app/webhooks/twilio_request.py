"""Reading a Twilio webhook: strict form parsing and X-Twilio-Signature validation."""

from __future__ import annotations

import logging
from urllib.parse import parse_qsl

from flask import request
from twilio.request_validator import (
    HMAC_SHA1,
    HMAC_SHA256,
    RequestValidator,
    compare,
    get_signature_algorithm,
)
from werkzeug.datastructures import MultiDict

from app.errors import APIError
from app.webhooks.fields import twilio_message_sid
from config import Settings

log = logging.getLogger(__name__)
_MAX_FIELDS = 200
_ALGORITHMS = (HMAC_SHA1, HMAC_SHA256)


def signed_url(settings: Settings) -> str:
    """The URL Twilio signed: PUBLIC_BASE_URL + path (+ query), so it works behind a proxy."""
    query = request.query_string.decode("latin-1")
    return settings.base_url + request.path + (f"?{query}" if query else "")


def read_form() -> MultiDict[str, str]:
    """The request's form fields, parsed strictly (any carrier that posts a form).

    Raises:
        APIError: 415 not a form body, 400 broken encoding or too many fields.
    """
    if request.mimetype != "application/x-www-form-urlencoded":
        raise APIError(
            415,
            "unsupported_media_type",
            "webhook bodies must be application/x-www-form-urlencoded",
        )
    raw = request.get_data(cache=True)
    try:
        pairs = parse_qsl(
            raw.decode("utf-8"),
            keep_blank_values=True,
            encoding="utf-8",
            errors="strict",
            max_num_fields=_MAX_FIELDS,
        )
    except UnicodeDecodeError:
        raise APIError(400, "invalid_encoding", "request body is not valid UTF-8") from None
    except ValueError:
        raise APIError(400, "too_many_fields", f"more than {_MAX_FIELDS} form fields") from None
    return MultiDict(pairs)


def read_signed_form(settings: Settings) -> MultiDict[str, str]:
    """The form fields of a genuine Twilio request.

    Raises:
        APIError: 415 not a form body, 400 broken encoding, 403 bad or missing signature.
    """
    form = read_form()
    if not settings.twilio_signature_validation:
        return form
    signature = request.headers.get("X-Twilio-Signature", "")
    if not signature:
        raise APIError(403, "missing_signature", "X-Twilio-Signature header is missing")
    signature_settings = request.headers.get("X-Twilio-Webhooks-Signature-Settings")
    secret = settings.twilio_auth_token
    if signature_settings:
        # A Twilio Webhook Rule signs with its SharedKey and the algorithm it names.
        secret = settings.twilio_webhook_shared_key
        if not secret:
            # WARNING, not ERROR: anyone can send this header (unauthenticated input).
            log.warning("a webhook was signed with a SharedKey but none is configured")
            raise APIError(
                403,
                "bad_signature",
                "request is signed with a Twilio SharedKey; set TWILIO_WEBHOOK_SHARED_KEY",
            )
    algorithm = get_signature_algorithm(signature_settings).upper()
    if algorithm not in _ALGORITHMS:
        log.warning("rejected a webhook signed with an unsupported algorithm for %s",
                    request.path)
        raise APIError(403, "bad_signature", "X-Twilio-Webhooks-Signature-Settings names an "
                       f"unsupported algorithm (supported: {', '.join(_ALGORITHMS)})")
    validator = RequestValidator(secret)
    url = signed_url(settings)
    # One HMAC for the URL exactly as configured (the usual case); twilio's validate, which
    # also tries the URL with and without an explicit port, only when that does not match.
    expected = validator.compute_signature(url, form, algorithm)
    if not compare(expected, signature) and not validator.validate(url, form, signature,
                                                                    algorithm):
        log.warning("rejected a webhook with a bad signature for %s", request.path)
        raise APIError(
            403,
            "bad_signature",
            "X-Twilio-Signature does not match this request (check TWILIO_AUTH_TOKEN and "
            "PUBLIC_BASE_URL)",
        )
    return form


def required(form: MultiDict[str, str], *names: str) -> str:
    """The first present field of ``names``; 400 naming it when none is present."""
    for name in names:
        value = form.get(name)
        if value is not None:
            return value
    raise APIError(400, "missing_field", f"form field {names[0]} is required")


def message_sid(form: MultiDict[str, str], *names: str) -> str:
    """The message SID of a Twilio request: the first of ``names`` present. Every one of
    them that is present must be a well-formed SID: 400 naming the first that is not (and
    ``missing_field`` naming ``names[0]`` when none is present)."""
    for name in names:
        value = form.get(name)
        if value is not None:
            twilio_message_sid(value, name)
    return required(form, *names)
