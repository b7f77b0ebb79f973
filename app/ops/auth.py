"""Console logins: named operators, sessions that logout really ends, throttled attempts.

* A login stores a random session id in Redis (``optout:console:session:<id>``, expiring
  with ``OPS_SESSION_HOURS``); the signed cookie carries only that id. Every request checks
  it, so logout (which deletes it) ends the session for every copy of the cookie.
* Failed logins are counted by Flask-Limiter in the queue Redis (the same server as
  ``REDIS_URL``, so every gunicorn worker agrees), per user name and per client address;
  past the limit the login answers 429 with ``Retry-After``.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable
from datetime import timedelta
from functools import wraps
from typing import Any, TypeVar, cast

from flask import Flask, Response, abort, g, redirect, request, session, url_for
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address

from app.operators import Operator, load_operators
from app.services import Services
from app.web import services

log = logging.getLogger(__name__)
F = TypeVar("F", bound=Callable[..., Any])
SESSION_PREFIX = "optout:console:session:"
LIMITER_PREFIX = "optout:console:limiter"
UPLOAD_REQUEST_BYTES = 5 * 1024 * 1024 + 64 * 1024  # app.upload.MAX_UPLOAD_BYTES and the form

# One limiter for the process (Flask's extension pattern); init_auth binds it to each app.
limiter = Limiter(key_func=get_remote_address, strategy="fixed-window")


def limiter_storage_uri(redis_url: str) -> str:
    """The ``limits`` storage URI for a redis-py URL (``unix://`` is ``redis+unix://`` there)."""
    if redis_url.startswith("unix://"):
        return "redis+unix://" + redis_url[len("unix://"):]
    return redis_url


def init_auth(app: Flask, svc: Services) -> None:
    """Accounts, session lifetime and login throttling for ``app``.

    Raises:
        ValueError: OPS_USERS or OPS_USERS_FILE is malformed.
    """
    settings = svc.settings
    app.extensions["optout_operators"] = load_operators(
        settings.ops_users, settings.ops_users_file, settings.ops_username,
        settings.ops_password)
    app.config.update(
        PERMANENT_SESSION_LIFETIME=timedelta(hours=settings.ops_session_hours),
        RATELIMIT_STORAGE_URI=limiter_storage_uri(svc.connections.url),
        RATELIMIT_STORAGE_OPTIONS={"key_prefix": LIMITER_PREFIX},
        RATELIMIT_HEADERS_ENABLED=False,  # Retry-After only on the 429 (too_many_logins)
    )
    limiter.init_app(app)
    # Only console logins are throttled: the limiter's check (about 0.1 ms) runs on the ops
    # pages, not on every webhook and API call, which init_app would also give it.
    app.before_request_funcs[None].remove(limiter._check_request_limit)
    app.before_request_funcs.setdefault("ops", []).insert(0, limiter._check_request_limit)
    app.context_processor(lambda: {"operator": current_operator()})
    app.before_request(_allow_large_uploads)  # registered before CSRFProtect reads the form


def _allow_large_uploads() -> None:
    """The CSV upload may exceed MAX_REQUEST_BYTES (webhooks and API stay small)."""
    if request.endpoint == "console.upload" and request.method == "POST":
        request.max_content_length = UPLOAD_REQUEST_BYTES


def operators() -> dict[str, Operator]:
    """The configured accounts of the running app."""
    from flask import current_app

    return cast(dict[str, Operator], current_app.extensions["optout_operators"])


def start_session(operator: Operator) -> None:
    """Log ``operator`` in: a fresh session id, known to Redis for the session's lifetime."""
    svc = services()
    session_id = secrets.token_urlsafe(32)
    lifetime = int(svc.settings.ops_session_hours * 3600)
    svc.connections.redis.set(SESSION_PREFIX + session_id, operator.name, ex=max(lifetime, 1))
    session.clear()
    session.permanent = True
    session["sid"] = session_id
    g.operator = operator


def end_session() -> None:
    """Log out: forget the session id in Redis, so no copy of the cookie works again."""
    session_id = session.get("sid")
    if session_id:
        services().connections.redis.delete(SESSION_PREFIX + str(session_id))
    session.clear()
    g.operator = None


def current_operator() -> Operator | None:
    """The operator of this request: a live session whose account still exists."""
    if "operator" in g:
        return cast(Operator | None, g.operator)
    operator = None
    session_id = session.get("sid")
    if session_id:
        name = services().connections.redis.get(SESSION_PREFIX + str(session_id))
        operator = operators().get(str(name)) if name else None
        if operator is None:
            session.clear()
    g.operator = operator
    return operator


def login_required(view: F) -> F:
    """Send anyone without a live console session to the login page."""

    @wraps(view)
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        if current_operator() is None:
            return redirect(url_for("ops.login", next=request.path))
        return view(*args, **kwargs)

    return cast(F, wrapped)


def editor_required(view: F) -> F:
    """Only an editor may change things; a viewer gets 403. Every change is logged with the
    operator's name (the endpoint, never the number)."""

    @wraps(view)
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        operator = current_operator()
        if operator is None:
            return redirect(url_for("ops.login", next=request.path))
        if not operator.can_edit:
            log.warning("operator %s (viewer) refused: %s", operator.name, request.endpoint)
            abort(403, description="this account may only view (role viewer)")
        if request.method == "POST":
            log.info("operator %s: %s", operator.name, request.endpoint)
        return view(*args, **kwargs)

    return cast(F, wrapped)


def login_failed(response: Response) -> bool:
    """Flask-Limiter counts only failed attempts (the login answers 401 to those)."""
    return response.status_code == 401


def username_key() -> str:
    """The per-user throttle key: the submitted user name, whoever submits it."""
    return "user:" + request.form.get("username", "").strip().lower()[:200]


def user_limit() -> str:
    return services().settings.ops_login_limit_user


def address_limit() -> str:
    return services().settings.ops_login_limit_address
