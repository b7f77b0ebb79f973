"""Request bodies sent without a ``Content-Length`` (``Transfer-Encoding: chunked``).

Werkzeug enforces ``MAX_CONTENT_LENGTH`` on such a body by cutting it short at the limit, so
an oversized request was parsed from its first 64 KiB and could be accepted. This WSGI
middleware reads a chunked body before the app sees it, up to one byte past the limit, and
hands it on with its length: Flask then answers a body over the limit with its usual 413
(our JSON error), and one within it exactly as if it had come with a ``Content-Length``.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from typing import Any

WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]
_READ = 64 * 1024


class BoundedChunkedBodies:
    """Wraps a WSGI app; ``limit_for(environ)`` is the largest body the request may carry."""

    def __init__(self, app: WSGIApp, limit_for: Callable[[dict[str, Any]], int | None]) -> None:
        self.app = app
        self.limit_for = limit_for

    def __call__(self, environ: dict[str, Any],
                 start_response: Callable[..., Any]) -> Iterable[bytes]:
        chunked = environ.get("HTTP_TRANSFER_ENCODING", "").lower() == "chunked"
        if chunked and not environ.get("CONTENT_LENGTH"):
            limit = self.limit_for(environ)
            if limit is not None:
                body = read_at_most(environ["wsgi.input"], limit + 1)
                environ["wsgi.input"] = io.BytesIO(body)
                environ["CONTENT_LENGTH"] = str(len(body))  # limit + 1: over it, a 413
                del environ["HTTP_TRANSFER_ENCODING"]
        return self.app(environ, start_response)


def read_at_most(stream: Any, size: int) -> bytes:
    """Up to ``size`` bytes of ``stream`` (fewer only at its end)."""
    parts: list[bytes] = []
    left = size
    while left > 0:
        part = stream.read(min(left, _READ))
        if not part:
            break
        parts.append(part)
        left -= len(part)
    return b"".join(parts)
