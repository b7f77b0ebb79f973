"""Logging set-up shared by the web app, the workers and the command line.

Logs protect people: our own messages mask numbers (``app.numbers.mask_number``) and never
carry message bodies at INFO, and a filter on our handler masks any E.164 number another
library puts in a record (RQ attaches a failed job's arguments, for one).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from app.phone import mask_number

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_E164 = re.compile(r"\+[1-9][0-9]{6,14}")
# Attributes that libraries add to records through ``extra=`` and that may hold numbers.
_EXTRAS = ("arguments", "kwargs", "args_repr")


def mask_text(text: str) -> str:
    """``text`` with every E.164 number in it masked."""
    return _E164.sub(lambda match: mask_number(match.group()), text)


def _masked(value: Any) -> Any:
    if isinstance(value, str):
        return mask_text(value)
    if isinstance(value, (tuple, list, dict)):
        return mask_text(repr(value))
    return value


class MaskNumbers(logging.Filter):
    """Masks E.164 numbers in a record's message, arguments and known extras."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = mask_text(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(_masked(arg) for arg in record.args)
        elif isinstance(record.args, dict):
            record.args = {key: _masked(arg) for key, arg in record.args.items()}
        for name in _EXTRAS:
            if hasattr(record, name):
                setattr(record, name, _masked(getattr(record, name)))
        return True


class QuietJobs(logging.Filter):
    """Demotes RQ's routine INFO lines about jobs with the given descriptions (a periodic
    job's "started", "completed", "Job OK", "result kept") to DEBUG, so a console shows
    what matters rather than a scheduler's heartbeat. Warnings and errors (a failed run)
    pass untouched. Install it on the ``rq.worker`` logger; the worker calls ``running``
    around each job (the lines after the first name the job only by its id)."""

    def __init__(self, descriptions: Iterable[str]) -> None:
        super().__init__()
        self.descriptions = tuple(descriptions)
        self.active = False

    @contextmanager
    def running(self, description: str | None) -> Iterator[None]:
        """Quiet RQ's lines while a job with ``description`` runs."""
        self.active = description in self.descriptions
        try:
            yield
        finally:
            self.active = False

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno != logging.INFO:
            return True
        args = record.args if isinstance(record.args, tuple) else ()
        if not self.active and not any(d in str(arg) for arg in args for d in self.descriptions):
            return True
        record.levelno, record.levelname = logging.DEBUG, "DEBUG"
        return logging.getLogger(record.name).isEnabledFor(logging.DEBUG)


def configure_logging(level: str = "INFO") -> None:
    """Send logs to stderr at ``level`` once per process (a second call only sets the level)."""
    root = logging.getLogger()
    if not any(getattr(h, "_optout", False) for h in root.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter(_FORMAT))
        handler.addFilter(MaskNumbers())
        handler._optout = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    root.setLevel(level.upper())
