"""What the commands share: settings, services on the configured Redis, JSON lines."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

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
