"""Slow clients against the real server of ``optout run`` (gunicorn as the Procfile runs it):
sixteen connections trickling header lines must neither stop STOPs from being answered nor
keep their threads for ever."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from tests.helpers import inbound_form
from tests.helpers.stack import Stack, clean_env, running

pytestmark = pytest.mark.slow
TRICKLERS = 16
HEADER_TIMEOUT = 3


@pytest.fixture
def stack(tmp_path: Path) -> Iterator[Stack]:
    env = clean_env(tmp_path, HEADER_TIMEOUT_SECONDS=str(HEADER_TIMEOUT))
    with running(env, tmp_path, args=("--workers", "1")) as started:
        yield started


def _trickle(port: int, closed_after: list[float], stop: threading.Event) -> None:
    """A client that sends one header line a second and never finishes; records how long
    the server kept the connection open."""
    started = time.monotonic()
    with socket.create_connection(("127.0.0.1", port)) as sock:
        sock.settimeout(1)
        sock.sendall(b"POST /webhooks/twilio/sms HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        line = 0
        while not stop.is_set():
            try:
                if sock.recv(1024) == b"":
                    break  # the server closed it
            except TimeoutError:
                pass
            try:
                sock.sendall(b"X-Slow-%d: 1\r\n" % line)
            except OSError:
                break
            line += 1
    closed_after.append(time.monotonic() - started)


def test_stops_are_answered_while_sixteen_clients_trickle_headers(stack: Stack) -> None:
    port = int(stack.env["PORT"])
    closed_after: list[float] = []
    stop = threading.Event()
    tricklers = [threading.Thread(target=_trickle, args=(port, closed_after, stop), daemon=True)
                 for _ in range(TRICKLERS)]
    for thread in tricklers:
        thread.start()
    try:
        time.sleep(1.5)  # every trickler has a thread now, and is still sending headers
        session = requests.Session()
        for i in range(10):
            number = f"+1617555{i:04d}"
            started = time.monotonic()
            response = stack.post_sms(session, inbound_form("STOP", number), timeout=5)
            assert response.status_code == 200, response.text
            assert time.monotonic() - started < 2, "a STOP waited behind the slow clients"
        stack.wait_for(lambda: stack.lookup("+16175550009")["suppressed"], timeout=20)
        # The server shuts each slow connection once its headers are late.
        for thread in tricklers:
            thread.join(timeout=HEADER_TIMEOUT + 10)
        assert len(closed_after) == TRICKLERS
        assert max(closed_after) < HEADER_TIMEOUT + 5
    finally:
        stop.set()
    assert "headers not complete" in stack.log()


def test_requests_the_server_cannot_parse_get_our_json_error(stack: Stack) -> None:
    # gunicorn answers these itself, before the app: a URL over its 4,094-byte request line,
    # and a header over its 8,190-byte field limit.
    long_url = requests.get(f"{stack.base}/v1/suppressions/{'1' * 9000}", timeout=5)
    assert long_url.status_code == 414
    assert long_url.headers["Content-Type"] == "application/json"
    assert long_url.json()["error"]["code"] == "uri_too_long"
    big_header = requests.get(f"{stack.base}/healthz", headers={"X-Big": "a" * 9000}, timeout=5)
    assert big_header.status_code == 431
    assert big_header.json()["error"]["code"] == "request_header_fields_too_large"
    assert big_header.headers["X-Content-Type-Options"] == "nosniff"
