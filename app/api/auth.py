"""Bearer API keys from OPTOUT_API_KEYS, compared in constant time."""

from __future__ import annotations

import hashlib
import hmac

from flask import request

from app.errors import APIError


def api_key_is_valid(given: str, keys: list[str]) -> bool:
    """True when ``given`` equals one of ``keys``; every key is compared, in constant time."""
    matched = False
    for key in keys:
        matched |= hmac.compare_digest(given.encode(), key.encode())
    return matched


def _presented_key() -> str:
    """The bearer key sent with the current request ("" without one)."""
    scheme, _, given = request.headers.get("Authorization", "").partition(" ")
    return given.strip() if scheme.lower() == "bearer" else ""


def api_key_identity() -> str:
    """Who is calling, for records kept per client: the SHA-256 of the request's (already
    checked) bearer key, never the key itself."""
    return hashlib.sha256(_presented_key().encode()).hexdigest()


def require_api_key(keys: list[str]) -> None:
    """Raises APIError: 401 without a bearer key, 403 with a key that is not ours."""
    given = _presented_key()
    if not given:
        raise APIError(401, "missing_api_key", "send 'Authorization: Bearer <API key>'")
    if not keys:
        raise APIError(403, "invalid_api_key", "no API keys are configured (OPTOUT_API_KEYS)")
    if not api_key_is_valid(given, keys):
        raise APIError(403, "invalid_api_key", "the API key is not valid")
