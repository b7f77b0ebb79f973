"""Security headers: the console cannot be framed, its pages and the evidence report run
only their own nonce'd script and style, nothing is sniffed, no URL leaks as a referrer,
and no page or report with personal data is cached."""

from __future__ import annotations

import re

import pytest

from tests.helpers import API_KEY, console_login

TEXTER = "+16175550123"
AUTH = {"Authorization": f"Bearer {API_KEY}"}


def _common(response) -> None:  # type: ignore[no-untyped-def]
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "no-referrer"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]


def _nonce_policy(response) -> str:  # type: ignore[no-untyped-def]
    """The nonce the page's CSP allows; the policy allows nothing inline without it."""
    policy = response.headers["Content-Security-Policy"]
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert "default-src 'none'" in policy
    match = re.search(r"script-src 'nonce-([^']+)'", policy)
    assert match, policy
    assert f"style-src 'nonce-{match.group(1)}'" in policy
    return match.group(1)


@pytest.mark.parametrize("path", ["/ops", "/ops/numbers?q=6175550123", "/ops/upload",
                                  "/ops/senders"])
def test_console_pages_cannot_be_framed_and_run_only_their_own_code(client, sms,
                                                                     path: str) -> None:
    sms("STOP", TEXTER)
    assert console_login(client).status_code == 302
    response = client.get(path)
    assert response.status_code == 200
    _common(response)
    assert response.headers["Cache-Control"] == "no-store"
    nonce = _nonce_policy(response)
    page = response.get_data(as_text=True)
    # Every script and style element carries this response's nonce; no inline handlers or
    # style attributes (which a nonce cannot allow) are left.
    for tag in re.findall(r"<(?:script|style)\b[^>]*>", page):
        assert f'nonce="{nonce}"' in tag, tag
    assert not re.search(r"\s(?:style|on[a-z]+)=", page)


def test_each_response_has_a_fresh_nonce(client) -> None:
    first = _nonce_policy(client.get("/ops/login"))
    assert first != _nonce_policy(client.get("/ops/login"))


def test_login_page_is_not_cached_or_framed(client) -> None:
    response = client.get("/ops/login")
    _common(response)
    assert response.headers["Cache-Control"] == "no-store"


def test_html_report_runs_no_script_and_is_not_cached(client, sms) -> None:
    sms("STOP", TEXTER)
    response = client.get(f"/v1/suppressions/{TEXTER}/report", headers=AUTH)
    assert response.status_code == 200 and response.mimetype == "text/html"
    _common(response)
    assert response.headers["Cache-Control"] == "no-store"
    nonce = _nonce_policy(response)
    page = response.get_data(as_text=True)
    assert f'<style nonce="{nonce}">' in page
    assert "<script" not in page


@pytest.mark.parametrize("path", [f"/v1/suppressions/{TEXTER}",
                                  f"/v1/suppressions/{TEXTER}/history",
                                  f"/v1/suppressions/{TEXTER}/report?format=csv"])
def test_api_answers_are_not_cached_and_run_nothing(client, path: str) -> None:
    response = client.get(path, headers=AUTH)
    assert response.status_code == 200
    _common(response)
    assert response.headers["Cache-Control"] == "no-store"
    assert response.headers["Content-Security-Policy"].startswith("default-src 'none'")


def test_webhooks_errors_and_probes_get_the_headers_too(client) -> None:
    for response in (client.get("/healthz"), client.post("/webhooks/twilio/sms", data={}),
                     client.get("/no/such/page")):
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["Referrer-Policy"] == "no-referrer"
