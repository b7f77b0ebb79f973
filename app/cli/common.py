"""What the commands share: settings, services on the configured Redis, JSON lines."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, TYPE_CHECKING, Any

from app.logs import configure_logging
from config import Settings, get_settings

if TYPE_CHECKING:  # the object graph is imported by the commands that build it
    from app.bootstrap import Services


def settings() -> Settings:
    """The settings, with WARNING-level logs so stdout stays machine-readable."""
    current = get_settings()
    configure_logging("WARNING")
    return current


@contextmanager
def services_for_command() -> Iterator[Services]:
    """Services on REDIS_URL or the embedded server (started for this command if none runs)."""
    from app.bootstrap import build_services

    svc = build_services(settings())
    try:
        yield svc
    finally:
        svc.close()


def emit(obj: object) -> None:
    """Write one JSON object as a line on stdout."""
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


def private_file(path: str, mode: str = "w") -> IO[Any]:
    """Open ``path`` for writing (``"w"`` text, ``"wb"`` bytes) readable by its owner only
    (0600, whatever the umask, an existing file included): exports and reports hold
    people's numbers and words."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(fd, 0o600)
    if "b" in mode:
        return os.fdopen(fd, mode)
    return os.fdopen(fd, mode, encoding="utf-8", newline="")
