"""Glue between Flask and the domain: where a view finds the process's services, and how
every request body is read as JSON."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

import orjson
from flask import current_app
from flask.json.provider import DefaultJSONProvider

from app.archive import Archive, archive_for
from app.bootstrap import Services

if TYPE_CHECKING:
    from werkzeug.sansio.response import Response


def services() -> Services:
    """The services of the running app (built once by ``create_app``)."""
    return current_app.extensions["optout"]  # type: ignore[no-any-return]


class StrictJSONProvider(DefaultJSONProvider):
    """Flask's JSON, read and written by orjson (a 10,000-number check's body and answer cost
    several times less), except that a document nested deeper than Python's recursion limit
    is a ``ValueError`` (so a 400), not a ``RecursionError`` (a 500). What orjson declines (a
    lone surrogate escape, an integer past 64 bits, a type only Flask knows) goes the
    standard library's way, so every answer is what Flask's own provider gives."""

    def loads(self, s: str | bytes, **kwargs: Any) -> Any:
        """Parse ``s``; raises ValueError for any document that is not readable JSON."""
        if not kwargs:
            try:
                return orjson.loads(s)
            except orjson.JSONDecodeError:
                pass  # the standard library decides (and words the error)
        try:
            return super().loads(s, **kwargs)
        except RecursionError:
            raise ValueError("JSON nested too deeply") from None

    def response(self, *args: Any, **kwargs: Any) -> Response:
        """A JSON response, compact, in the order of the keys given."""
        if self.sort_keys or self.compact is False or (self.compact is None
                                                       and self._app.debug):
            return super().response(*args, **kwargs)
        obj = self._prepare_response_obj(args, kwargs)
        try:
            body = orjson.dumps(obj, default=self.default, option=_ORJSON_OPTIONS)
        except (TypeError, orjson.JSONEncodeError):
            return super().response(*args, **kwargs)
        response_class = cast(Any, self._app.response_class)  # typed for str bodies only
        return cast("Response", response_class(body + b"\n", mimetype=self.mimetype))


# Dates, dataclasses and the like through Flask's ``default``, as its provider writes them.
_ORJSON_OPTIONS = (orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS
                   | orjson.OPT_NON_STR_KEYS)


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
