"""Secrets for a development machine, so ``make run`` works with nothing configured.

When TWILIO_AUTH_TOKEN, OPTOUT_API_KEYS, OPS_PASSWORD or SECRET_KEY are unset, ``optout run``
generates them once into ``OPTOUT_DATA_DIR/dev-secrets.json`` (mode 600) and passes them to
the processes it starts; ``optout simulate`` signs with the same token. A production deploy
sets them in its environment, and ``create_app`` refuses to start without a Twilio token.
"""

from __future__ import annotations

import json
import os
import secrets
from pathlib import Path

from config.settings import Settings

_GENERATED = {
    "TWILIO_AUTH_TOKEN": lambda: secrets.token_hex(16),
    "OPTOUT_API_KEYS": lambda: "dev_" + secrets.token_urlsafe(24),
    "OPS_PASSWORD": lambda: secrets.token_urlsafe(12),
    "SECRET_KEY": lambda: secrets.token_hex(32),
}


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
    }
    if all(current.values()):
        return {}
    stored = load_dev_secrets(settings)
    return {name: stored[name] for name, value in current.items() if not value}
