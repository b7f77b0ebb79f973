"""Glue between Flask and the domain: where a view finds the process's services, and how
every request body is read as JSON."""

from __future__ import annotations

from typing import Any

from flask import current_app
from flask.json.provider import DefaultJSONProvider

from app.archive import Archive, archive_for
from app.bootstrap import Services


def services() -> Services:
    """The services of the running app (built once by ``create_app``)."""
    return current_app.extensions["optout"]  # type: ignore[no-any-return]


class StrictJSONProvider(DefaultJSONProvider):
    """Flask's JSON, except that a document nested deeper than Python's recursion limit is
    a ``ValueError`` (so a 400), not a ``RecursionError`` (a 500)."""

    def loads(self, s: str | bytes, **kwargs: Any) -> Any:
        """Parse ``s``; raises ValueError for any document that is not readable JSON."""
        try:
            return super().loads(s, **kwargs)
        except RecursionError:
            raise ValueError("JSON nested too deeply") from None


def parse_json(data: str | bytes) -> Any:
    """The JSON document in ``data``, read by the app's provider.

    Raises:
        ValueError: not JSON, not UTF-8, or nested too deeply.
    """
    return current_app.json.loads(data)


def archive() -> Archive:
    """The app's archive (ARCHIVE_URL; a test may set ``extensions["optout_archive"]``)."""
    chosen = current_app.extensions.get("optout_archive")
    return chosen if chosen is not None else archive_for(services().settings)
