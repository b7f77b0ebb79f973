"""Security headers on every response.

A small ``after_request`` hook rather than flask-talisman: our policy differs by response
(a nonce'd CSP for HTML, a deny-all one for JSON and files), Talisman's defaults would
redirect to HTTPS and mark the session cookie Secure on plain-HTTP development runs, and
the whole policy fits on one screen here.

* every response: ``X-Content-Type-Options: nosniff``, ``Referrer-Policy: no-referrer``
  (our URLs carry phone numbers), ``X-Frame-Options: DENY`` and ``Cache-Control: no-store``
  unless the view chose its own caching (consoles, reports, checks and histories all show
  personal data; nothing here is worth caching);
* HTML (the console, the evidence report, error pages): a CSP that allows only this
  request's nonce'd ``<script>`` and ``<style>`` elements, forms to post only here, and no
  framing (``frame-ancestors 'none'``);
* everything else: ``default-src 'none'; frame-ancestors 'none'`` (a JSON or CSV body
  rendered by a browser runs nothing).
"""

from __future__ import annotations

import secrets

from flask import Flask, Response, g

HTML_POLICY = ("default-src 'none'; script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}'; "
               "img-src 'self' data:; connect-src 'self'; form-action 'self'; "
               "frame-ancestors 'none'; base-uri 'none'")
OTHER_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'"
ALWAYS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


def csp_nonce() -> str:
    """This request's CSP nonce, for ``<script nonce=…>`` and ``<style nonce=…>``."""
    if "csp_nonce" not in g:
        g.csp_nonce = secrets.token_urlsafe(18)
    return str(g.csp_nonce)


def secure_headers(response: Response) -> Response:
    """Add the headers above to ``response``."""
    for name, value in ALWAYS.items():
        response.headers.setdefault(name, value)
    if "Cache-Control" not in response.headers:
        response.headers["Cache-Control"] = "no-store"
    if response.mimetype == "text/html":
        response.headers["Content-Security-Policy"] = HTML_POLICY.format(nonce=csp_nonce())
    else:
        response.headers.setdefault("Content-Security-Policy", OTHER_POLICY)
    return response


def init_app(app: Flask) -> None:
    """Give every response of ``app`` the headers, and templates ``csp_nonce()``."""
    app.after_request(secure_headers)
    app.jinja_env.globals["csp_nonce"] = csp_nonce
