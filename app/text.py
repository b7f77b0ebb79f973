"""Text from outside (carriers' fields, API bodies, console forms, CSV files): the one check
that it holds no control characters.

A NUL or another C0 control (tab, CR and LF excepted) or DEL has no place in a message, a
note or a CSV cell. PostgreSQL's ``text`` cannot even hold a NUL, so such a character is
refused where it enters, with an error that names the field.
"""

from __future__ import annotations

import re

from app.errors import InvalidField

# C0 controls except tab (09), LF (0a) and CR (0d), plus DEL (7f).
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def control_character(text: str) -> str | None:
    """A description of the first control character in ``text`` (``"U+0000 at position
    5"``), or None when it has none."""
    match = CONTROL.search(text)
    if match is None:
        return None
    return f"U+{ord(match.group()):04X} at position {match.start() + 1}"


def checked_text(value: str, field: str) -> str:
    """``value`` unless it holds a control character.

    Raises:
        InvalidField: code ``control_character``; the message names ``field``.
    """
    found = control_character(value)
    if found is not None:
        raise InvalidField("control_character",
                           f"{field} contains a control character ({found})")
    return value


def escape_controls(text: str) -> str:
    """``text`` with each control character written out as ``\\uXXXX`` (what a database
    that cannot hold them stores instead)."""
    return CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
