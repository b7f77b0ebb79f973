"""How Telnyx, Vonage and Plivo sign their webhooks: verify (the web app) and sign (the
simulator, the tests). Flask-free; the crypto is ``cryptography``'s, PyJWT's and hmac's.

- Telnyx: Ed25519 over ``"{telnyx-timestamp}|{raw body}"``, base64 in
  ``telnyx-signature-ed25519``, checked with the account's public key
  (developers.telnyx.com/docs/development/api-fundamentals/webhooks).
- Vonage Messages API: ``Authorization: Bearer <JWT>``, HS256 with the signature secret; its
  ``payload_hash`` claim is the SHA-256 of the body (developer.vonage.com/en/messages/
  concepts/signed-webhooks).
- Plivo: ``X-Plivo-Signature-V3`` is base64 HMAC-SHA256, keyed with the auth token, of the
  URL with its query sorted, then (POST) the sorted form fields as ``keyvalue`` pairs, then
  ``"." + X-Plivo-Signature-V3-Nonce`` (plivo-python ``plivo/utils/signature_v3.py``).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets
import time
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any
from urllib.parse import parse_qsl, urlsplit, urlunsplit

import jwt
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat


class SignatureError(ValueError):
    """A webhook's signature is missing, wrong or too old; ``code`` names which."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


# --- Telnyx -----------------------------------------------------------------------------


@lru_cache(maxsize=4)
def telnyx_public_key(encoded: str) -> Ed25519PublicKey:
    """The Ed25519 key of TELNYX_PUBLIC_KEY (base64 of the raw 32 bytes).

    Raises:
        ValueError: not base64 of 32 bytes.
    """
    try:
        raw = base64.b64decode(encoded.strip(), validate=True)
    except binascii.Error:
        raise ValueError("TELNYX_PUBLIC_KEY is not base64") from None
    if len(raw) != 32:
        raise ValueError("TELNYX_PUBLIC_KEY is not a raw 32-byte Ed25519 key")
    return Ed25519PublicKey.from_public_bytes(raw)


def verify_telnyx(
    public_key: str, signature: str, timestamp: str, body: bytes, *, tolerance: int,
    now: float | None = None,
) -> None:
    """Check a Telnyx webhook's headers against its raw ``body``.

    Raises:
        SignatureError: missing headers, a timestamp outside ``tolerance`` seconds (a replay),
            or a signature that does not verify.
    """
    if not signature or not timestamp:
        raise SignatureError(
            "missing_signature", "telnyx-signature-ed25519 and telnyx-timestamp are required"
        )
    _check_age(timestamp, "telnyx-timestamp", tolerance, now)
    try:
        sig = base64.b64decode(signature, validate=True)
        telnyx_public_key(public_key).verify(sig, timestamp.encode() + b"|" + body)
    except (binascii.Error, InvalidSignature):
        raise SignatureError(
            "bad_signature", "telnyx-signature-ed25519 does not match (check TELNYX_PUBLIC_KEY)"
        ) from None


def sign_telnyx(private_key: Ed25519PrivateKey, body: bytes, timestamp: int | None = None
                ) -> dict[str, str]:
    """The headers Telnyx sends with ``body`` (for the simulator and tests)."""
    stamp = str(int(time.time()) if timestamp is None else timestamp)
    signature = private_key.sign(stamp.encode() + b"|" + body)
    return {"telnyx-signature-ed25519": base64.b64encode(signature).decode(),
            "telnyx-timestamp": stamp}


def telnyx_public_key_of(private_key: Ed25519PrivateKey) -> str:
    """TELNYX_PUBLIC_KEY for ``private_key``: base64 of the raw public bytes."""
    raw = private_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return base64.b64encode(raw).decode()


# --- Vonage -----------------------------------------------------------------------------


def verify_vonage(secret: str, authorization: str, body: bytes, *, tolerance: int,
                  now: float | None = None) -> dict[str, Any]:
    """The claims of a Vonage signed webhook, checked against its raw ``body``.

    Raises:
        SignatureError: no bearer token, a bad or foreign signature, a payload that is not
            the one signed, or an ``iat`` outside ``tolerance`` seconds (a replay).
    """
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise SignatureError("missing_signature", "Authorization: Bearer <JWT> is required")
    try:
        claims: dict[str, Any] = jwt.decode(
            token.strip(), secret, algorithms=["HS256"],
            options={"require": ["iat"], "verify_iat": False},
        )
    except jwt.InvalidTokenError as exc:
        raise SignatureError(
            "bad_signature", f"the webhook JWT does not verify ({exc}); check "
            "VONAGE_SIGNATURE_SECRET"
        ) from None
    _check_age(str(claims["iat"]), "iat", tolerance, now)
    expected = hashlib.sha256(body).hexdigest()
    if not hmac.compare_digest(str(claims.get("payload_hash", "")).lower(), expected):
        raise SignatureError("bad_signature", "payload_hash does not match the request body")
    return claims


def sign_vonage(secret: str, body: bytes, *, iat: int | None = None,
                api_key: str = "abcd1234") -> str:
    """``Authorization`` header value Vonage sends with ``body`` (simulator, tests)."""
    claims = {
        "iat": int(time.time()) if iat is None else iat,
        "jti": secrets.token_hex(16),
        "iss": "Vonage",
        "payload_hash": hashlib.sha256(body).hexdigest(),
        "api_key": api_key,
        "application_id": "aaaaaaaa-bbbb-4ccc-8ddd-0123456789ab",
    }
    return "Bearer " + jwt.encode(claims, secret, algorithm="HS256")


# --- Plivo ------------------------------------------------------------------------------


def plivo_signed_string(url: str, params: Mapping[str, Iterable[str]], method: str = "POST"
                        ) -> str:
    """What Plivo signs for ``url`` and the form fields ``params`` (before the nonce)."""
    parts = urlsplit(url)
    base = urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))
    query: dict[str, list[str]] = {}
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        query.setdefault(key, []).append(value)
    if method.upper() == "GET":
        query = {**query}
        for key, values in params.items():
            query.setdefault(key, []).extend(values)
        params = {}
    query_string = "&".join(
        "&".join(f"{key}={value}" for value in sorted(query[key])) for key in sorted(query)
    )
    if query_string or params:
        base += "?" + query_string
    if query_string and params:
        base += "."
    return base + "".join(
        "".join(f"{key}{value}" for value in sorted(params[key])) for key in sorted(params)
    )


def plivo_signature(auth_token: str, url: str, params: Mapping[str, Iterable[str]],
                    nonce: str, method: str = "POST") -> str:
    """X-Plivo-Signature-V3 for a request to ``url`` with ``params`` and ``nonce``."""
    message = f"{plivo_signed_string(url, params, method)}.{nonce}".encode()
    digest = hmac.new(auth_token.encode(), message, hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


def verify_plivo(auth_token: str, url: str, params: Mapping[str, Iterable[str]],
                 signature: str, nonce: str, method: str = "POST") -> None:
    """Check X-Plivo-Signature-V3 (a comma-separated list while a token is rotated).

    Raises:
        SignatureError: missing headers or no listed signature matches.
    """
    if not signature or not nonce:
        raise SignatureError(
            "missing_signature", "X-Plivo-Signature-V3 and X-Plivo-Signature-V3-Nonce are required"
        )
    expected = plivo_signature(auth_token, url, params, nonce, method)
    if not any(hmac.compare_digest(expected, given.strip()) for given in signature.split(",")):
        raise SignatureError(
            "bad_signature", "X-Plivo-Signature-V3 does not match this request (check "
            "PLIVO_AUTH_TOKEN and PUBLIC_BASE_URL)"
        )


def _check_age(stamp: str, name: str, tolerance: int, now: float | None) -> None:
    try:
        signed_at = int(stamp)
    except ValueError:
        raise SignatureError("bad_signature", f"{name} is not a Unix time") from None
    age = (time.time() if now is None else now) - signed_at
    if abs(age) > tolerance:
        raise SignatureError(
            "stale_signature", f"{name} is {int(age)} s from now, beyond the {tolerance} s "
            "allowed: a replayed or delayed request"
        )
