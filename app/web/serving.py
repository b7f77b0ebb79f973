"""How gunicorn serves the app, for the Procfile, ``optout run`` and the container alike
(``gunicorn --config python:app.web.serving "app:create_app()"``).

A sync worker reads a request's headers for as long as the client takes: a few connections
trickling a header line a second hold every worker, and Twilio gives up on a webhook after
15 s. So: threaded workers (a slow client holds one thread, not a process) and a deadline
for a request's headers; a connection still sending them after ``HEADER_TIMEOUT`` seconds is
shut. Behind a proxy that buffers requests (nginx does) neither matters; without one, both
do. Each setting can be overridden on gunicorn's command line or in ``GUNICORN_CMD_ARGS``.

The requests gunicorn refuses itself (a URL over 4,094 bytes: 414; headers too large: 431;
a malformed request line: 400) are answered in the app's JSON error shape too.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import threading
import time
from typing import Any

from gunicorn import util
from gunicorn.workers.gthread import ThreadWorker

# Seconds a client has, from the first byte it may send, to finish a request's headers.
HEADER_TIMEOUT = float(os.environ.get("HEADER_TIMEOUT_SECONDS", "10"))
_SWEEP_SECONDS = 0.5


def write_json_error(sock: socket.socket, status: int, reason: str, message: str) -> None:
    """gunicorn's answer to a request it cannot parse (a 414 for a long URL, a 431 for big
    headers, a 400), in the app's JSON error shape instead of gunicorn's HTML page."""
    code = reason.lower().replace(" ", "_").replace("'", "")
    body = json.dumps({"error": {"code": code, "message": message}}).encode()
    head = (f"HTTP/1.1 {status} {reason}\r\nConnection: close\r\n"
            "Content-Type: application/json\r\nX-Content-Type-Options: nosniff\r\n"
            f"Cache-Control: no-store\r\nContent-Length: {len(body)}\r\n\r\n")
    util.write_nonblock(sock, head.encode("latin-1") + body)


class HeaderTimeoutWorker(ThreadWorker):
    """gunicorn's gthread worker, plus a deadline on reading each request's headers: one
    watchdog thread per process shuts the socket of a connection past it, which ends the
    blocked read and frees the thread."""

    def init_process(self) -> None:
        util.write_error = write_json_error  # this process serves only our app
        self._reading: dict[int, tuple[float, Any]] = {}
        self._lock = threading.Lock()
        threading.Thread(target=self._watch, name="header-deadline", daemon=True).start()
        super().init_process()

    def handle(self, conn: Any) -> Any:
        with self._lock:
            self._reading[id(conn)] = (time.monotonic() + HEADER_TIMEOUT, conn)
        try:
            return super().handle(conn)
        finally:
            with self._lock:
                self._reading.pop(id(conn), None)

    def handle_request(self, req: Any, conn: Any) -> Any:
        with self._lock:  # the headers are in: the application may take its time
            self._reading.pop(id(conn), None)
        return super().handle_request(req, conn)

    def _watch(self) -> None:
        while True:
            time.sleep(_SWEEP_SECONDS)
            now = time.monotonic()
            with self._lock:
                late = [key for key, (deadline, _) in self._reading.items() if deadline < now]
                conns = [self._reading.pop(key)[1] for key in late]
            for conn in conns:
                self.log.warning("closed a connection from %s: headers not complete after "
                                 "%.0fs", conn.client[0] if conn.client else "?",
                                 HEADER_TIMEOUT)
                with contextlib.suppress(OSError):  # the client left meanwhile
                    conn.sock.shutdown(socket.SHUT_RDWR)


# gunicorn settings (this module is its config file).
worker_class = "app.web.serving.HeaderTimeoutWorker"
workers = int(os.environ.get("WEB_CONCURRENCY", "4"))
threads = int(os.environ.get("WEB_THREADS", "16"))
graceful_timeout = 10
keepalive = 5
bind = f"0.0.0.0:{os.environ.get('PORT', '8000')}"
