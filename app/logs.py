"""Logging set-up shared by the web app, the workers and the command line.

Numbers are masked where they are logged (``app.numbers.mask_number``) and message bodies are
never logged at INFO.
"""

from __future__ import annotations

import logging

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure_logging(level: str = "INFO") -> None:
    """Send logs to stderr at ``level`` once per process (a second call only sets the level)."""
    root = logging.getLogger()
    if not any(getattr(h, "_optout", False) for h in root.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter(_FORMAT))
        handler._optout = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    root.setLevel(level.upper())
