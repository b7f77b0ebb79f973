"""Secrets for a development machine, so ``make run`` works with nothing configured.

When TWILIO_AUTH_TOKEN, OPTOUT_API_KEYS, OPS_PASSWORD, SECRET_KEY or ERASURE_PEPPER are unset,
``optout run`` generates them once into ``OPTOUT_DATA_DIR/dev-secrets.json`` (mode 600) and
passes them to the processes it starts; ``optout simulate`` signs with the same token. On
such a machine (no TWILIO_AUTH_TOKEN of its own) the other carriers get development secrets
too: a Telnyx Ed25519 key pair (the server gets the public half), a Vonage signature secret, a Plivo
auth token and Bandwidth callback credentials, so ``optout simulate --provider ...`` works
out of the box. A production deploy sets them in its environment, and ``create_app``
refuses to start without a Twilio token.

ERASURE_PEPPER keys the archive's personal-field digests, so every process that seals or
verifies the archive must use the same one: a command run by hand on a development machine
(``optout archive``, ``verify``, ``report --sign``) reads it from the same file
(:func:`erasure_pepper`). Where neither the environment nor that file has one, the archive
refuses to seal (nothing is archived, nothing trimmed) rather than invent a key.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from config.settings import Settings

_GENERATED = {
    "TWILIO_AUTH_TOKEN": lambda: secrets.token_hex(16),
    "OPTOUT_API_KEYS": lambda: "dev_" + secrets.token_urlsafe(24),
    "OPS_PASSWORD": lambda: secrets.token_urlsafe(12),
    "SECRET_KEY": lambda: secrets.token_hex(32),
    # The private half stays here, for `optout simulate --provider telnyx` to sign with.
    "TELNYX_DEV_PRIVATE_KEY": lambda: base64.b64encode(
        Ed25519PrivateKey.generate().private_bytes(
            Encoding.Raw, PrivateFormat.Raw, NoEncryption()
        )
    ).decode(),
    "VONAGE_SIGNATURE_SECRET": lambda: secrets.token_hex(16),
    "PLIVO_AUTH_TOKEN": lambda: secrets.token_urlsafe(24),
    "BANDWIDTH_CALLBACK_PASSWORD": lambda: secrets.token_urlsafe(18),
    "ERASURE_PEPPER": lambda: secrets.token_hex(32),
}
DEV_BANDWIDTH_USERNAME = "optout-dev"


def telnyx_dev_key(stored: dict[str, str]) -> Ed25519PrivateKey | None:
    """The development Telnyx signing key, if one was generated."""
    encoded = stored.get("TELNYX_DEV_PRIVATE_KEY")
    if not encoded:
        return None
    return Ed25519PrivateKey.from_private_bytes(base64.b64decode(encoded))


def _provider_environment(settings: Settings, stored: dict[str, str]) -> dict[str, str]:
    env: dict[str, str] = {}
    key = telnyx_dev_key(stored)
    if not settings.telnyx_public_key and key is not None:
        raw = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        env["TELNYX_PUBLIC_KEY"] = base64.b64encode(raw).decode()
    if not settings.vonage_signature_secret.get_secret_value():
        env["VONAGE_SIGNATURE_SECRET"] = stored["VONAGE_SIGNATURE_SECRET"]
    if not settings.plivo_auth_token.get_secret_value():
        env["PLIVO_AUTH_TOKEN"] = stored["PLIVO_AUTH_TOKEN"]
    if not settings.bandwidth_callback_password.get_secret_value():
        env["BANDWIDTH_CALLBACK_USERNAME"] = DEV_BANDWIDTH_USERNAME
        env["BANDWIDTH_CALLBACK_PASSWORD"] = stored["BANDWIDTH_CALLBACK_PASSWORD"]
    return env


def dev_secrets_path(settings: Settings) -> Path:
    """Where the development secrets live."""
    return Path(settings.optout_data_dir) / "dev-secrets.json"


def load_dev_secrets(settings: Settings, create: bool = True) -> dict[str, str]:
    """The development secrets, created on first use when ``create`` is true."""
    path = dev_secrets_path(settings)
    stored: dict[str, str] = {}
    if path.exists():
        stored = json.loads(path.read_text())
    missing = {name: make() for name, make in _GENERATED.items() if name not in stored}
    if missing and create:
        stored.update(missing)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as out:
            json.dump(stored, out, indent=2)
    return stored


def dev_environment(settings: Settings) -> dict[str, str]:
    """Environment variables to fill in for the processes ``optout run`` starts: only the
    secrets the environment does not set already."""
    current = {
        "TWILIO_AUTH_TOKEN": settings.twilio_auth_token,
        "OPTOUT_API_KEYS": ",".join(settings.optout_api_keys),
        "OPS_PASSWORD": settings.ops_password,
        "SECRET_KEY": settings.secret_key,
        "ERASURE_PEPPER": settings.erasure_pepper.get_secret_value(),
    }
    if all(current.values()):
        return {}
    stored = load_dev_secrets(settings)
    env = {name: stored[name] for name, value in current.items() if not value}
    if not settings.twilio_auth_token:  # a development machine: every carrier works
        env.update(_provider_environment(settings, stored))
    return env


def erasure_pepper(settings: Settings) -> str:
    """ERASURE_PEPPER from the environment, else the one ``optout run`` generated into
    OPTOUT_DATA_DIR/dev-secrets.json on this machine, else "" (never generated here: a key
    invented by a one-off command would not be the one the archive was sealed with)."""
    value = settings.erasure_pepper.get_secret_value()
    if value:
        return value
    path = dev_secrets_path(settings)
    if not path.exists():
        return ""
    try:
        return str(json.loads(path.read_text()).get("ERASURE_PEPPER", ""))
    except (OSError, ValueError):
        return ""
