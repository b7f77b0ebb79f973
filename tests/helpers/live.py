"""The app over real HTTP: a werkzeug server on a loopback port, and a client that speaks to
it as marketing tools and Twilio do (API key, signed webhooks)."""

from __future__ import annotations

import secrets
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import requests
from flask import Flask
from werkzeug.serving import make_server

from tests.helpers import API_KEY, BASE_URL, OUR_NUMBER, inbound_form, sign


@dataclass
class LiveApp:
    """Requests to the served app; ``sms`` posts a text signed as Twilio signs it for
    PUBLIC_BASE_URL (the server behind a proxy, as in production)."""

    base: str
    session: requests.Session = field(default_factory=requests.Session)

    def api(self, method: str, path: str, *, json: Any = None, params: Any = None,
            headers: dict[str, str] | None = None) -> requests.Response:
        return self.session.request(
            method, self.base + path, json=json, params=params, timeout=10,
            headers={"Authorization": f"Bearer {API_KEY}", **(headers or {})})

    def check(self, number: str, sender: str | None = OUR_NUMBER,
              category: str | None = None) -> dict[str, Any]:
        params = {k: v for k, v in (("sender", sender), ("category", category)) if v}
        response = self.api("GET", f"/v1/suppressions/{number}", params=params)
        assert response.status_code == 200, response.text
        return dict(response.json())

    def sms(self, body: str, sender: str = "+16175550123", to: str = OUR_NUMBER,
            **extra: str) -> requests.Response:
        form = inbound_form(body, sender, to, **extra)
        path = "/webhooks/twilio/sms"
        return self.session.post(self.base + path, data=form, timeout=10,
                                 headers={"X-Twilio-Signature": sign(BASE_URL + path, form)})

    def history(self, number: str) -> list[dict[str, str]]:
        response = self.api("GET", f"/v1/suppressions/{number}/history")
        assert response.status_code == 200, response.text
        return list(response.json()["events"])


@contextmanager
def serve(app: Flask) -> Iterator[LiveApp]:
    """``app`` on 127.0.0.1, a free port, for the duration."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True,
                              name=f"live-{secrets.token_hex(3)}")
    thread.start()
    client = LiveApp(f"http://127.0.0.1:{server.server_port}")
    try:
        yield client
    finally:
        client.session.close()
        server.shutdown()
        thread.join(timeout=10)
        server.server_close()
