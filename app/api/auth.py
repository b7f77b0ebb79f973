"""Bearer API keys from OPTOUT_API_KEYS, compared in constant time."""

from __future__ import annotations

import hmac

from flask import request

from app.errors import APIError


def api_key_is_valid(given: str, keys: list[str]) -> bool:
    """True when ``given`` equals one of ``keys``; every key is compared, in constant time."""
    matched = False
    for key in keys:
        matched |= hmac.compare_digest(given.encode(), key.encode())
    return matched


def require_api_key(keys: list[str]) -> None:
    """Raises APIError: 401 without a bearer key, 403 with a key that is not ours."""
    header = request.headers.get("Authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise APIError(401, "missing_api_key", "send 'Authorization: Bearer <API key>'")
    if not keys:
        raise APIError(403, "invalid_api_key", "no API keys are configured (OPTOUT_API_KEYS)")
    if not api_key_is_valid(given.strip(), keys):
        raise APIError(403, "invalid_api_key", "the API key is not valid")
