"""Who may call what: API keys for ``/v1``, named operators and their sessions for ``/ops``.

* API clients send ``Authorization: Bearer <key>`` with a key of ``OPTOUT_API_KEYS``,
  compared in constant time. A key is an editor (it may record, erase and log sends) unless
  its entry is written ``viewer:<key>``: a viewer key only reads and checks.
* Console accounts: ``OPS_USERS="alice:viewer:<hash>,bob:editor:<hash>"`` and/or
  ``OPS_USERS_FILE`` (one ``name:role:hash`` a line, ``#`` comments); hashes come from
  ``optout hash-password`` (werkzeug's ``generate_password_hash``). The single development
  login ``OPS_USERNAME``/``OPS_PASSWORD`` stays, as an editor. A ``viewer`` sees; an
  ``editor`` may also change things (record opt-outs, upload lists, requeue jobs, decide
  reviews).
* A login stores a random session id in Redis (expiring with ``OPS_SESSION_HOURS``); the
  signed cookie carries only that id. Every request checks it, so logout (which deletes it)
  ends the session for every copy of the cookie.
* Failed logins are counted by Flask-Limiter in the queue Redis (the same server as
  ``REDIS_URL``, so every gunicorn worker agrees), per user name and per client address;
  past the limit the login answers 429 with ``Retry-After``.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from functools import wraps
from pathlib import Path
from typing import Any, Literal, TypeVar, cast

from flask import Flask, Response, abort, g, redirect, request, session, url_for
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from werkzeug.security import check_password_hash, generate_password_hash

from app.bootstrap import Services
from app.lists.upload import MAX_UPLOAD_BYTES
from app.store.connections import SENTINEL_SCHEME, SentinelURL
from app.store.keys import CONSOLE_LIMITER, CONSOLE_SESSIONS
from app.web.context import services
from app.web.errors import APIError

log = logging.getLogger(__name__)
F = TypeVar("F", bound=Callable[..., Any])
UPLOAD_REQUEST_BYTES = MAX_UPLOAD_BYTES + 64 * 1024  # the largest upload and its form


# --- API keys ---------------------------------------------------------------------------


Role = Literal["viewer", "editor"]
ROLES: tuple[Role, ...] = ("viewer", "editor")


def _key_and_role(entry: str) -> tuple[str, Role]:
    """An OPTOUT_API_KEYS entry: ``viewer:<key>``, ``editor:<key>`` or ``<key>`` (editor)."""
    role, separator, key = entry.partition(":")
    if separator and role in ROLES:
        return key, role  # type: ignore[return-value]
    return entry, "editor"


def api_key_role(given: str, keys: list[str]) -> Role | None:
    """The role of the key ``given`` among ``keys`` (None: not ours); every key is
    compared, in constant time."""
    found: Role | None = None
    for entry in keys:
        key, role = _key_and_role(entry)
        if hmac.compare_digest(given.encode(), key.encode()):
            found = role
    return found


def api_key_is_valid(given: str, keys: list[str]) -> bool:
    """True when ``given`` is one of ``keys`` (any role)."""
    return api_key_role(given, keys) is not None


def _presented_key() -> str:
    """The bearer key sent with the current request ("" without one)."""
    scheme, _, given = request.headers.get("Authorization", "").partition(" ")
    return given.strip() if scheme.lower() == "bearer" else ""


def api_key_identity() -> str:
    """Who is calling, for records kept per client: the SHA-256 of the request's (already
    checked) bearer key, never the key itself."""
    return hashlib.sha256(_presented_key().encode()).hexdigest()


def require_api_key(keys: list[str]) -> Role:
    """The role of the request's key. Raises APIError: 401 without a bearer key, 403 with
    a key that is not ours."""
    given = _presented_key()
    if not given:
        raise APIError(401, "missing_api_key", "send 'Authorization: Bearer <API key>'")
    if not keys:
        raise APIError(403, "invalid_api_key", "no API keys are configured (OPTOUT_API_KEYS)")
    role = api_key_role(given, keys)
    if role is None:
        raise APIError(403, "invalid_api_key", "the API key is not valid")
    return role

# --- console accounts ----------------------------------------------------------------

# Checked when the user name is unknown, so a wrong name costs as long as a wrong password.
_DUMMY_HASH = generate_password_hash("not a password of anyone's")


@functools.lru_cache(maxsize=4)
def _development_hash(password: str) -> str:
    """The development login's password, hashed once a process as the accounts' are, so that
    checking it costs what checking any account (or an unknown name) costs."""
    return generate_password_hash(password)


@dataclass(frozen=True)
class Operator:
    """A console account (the development login too: its password is hashed at start)."""

    name: str
    role: Role
    password_hash: str

    @property
    def can_edit(self) -> bool:
        return self.role == "editor"

    @property
    def recorded_by(self) -> str:
        """How this operator's actions are attributed in the ledger's notes."""
        return f"operator:{self.name}"

    def password_matches(self, password: str) -> bool:
        """Check ``password`` against the hash (werkzeug compares in constant time)."""
        return check_password_hash(self.password_hash, password)


def parse_operators(text: str, origin: str = "OPS_USERS") -> dict[str, Operator]:
    """Accounts from ``name:role:hash`` entries (commas or new lines between entries).

    Raises:
        ValueError: an entry is malformed, names an unknown role or repeats a name.
    """
    accounts: dict[str, Operator] = {}
    entries = [e.strip() for line in text.splitlines() for e in line.split(",")]
    for number, entry in enumerate(entries, start=1):
        if not entry or entry.startswith("#"):
            continue
        name, _, rest = entry.partition(":")
        role, _, password_hash = rest.partition(":")
        name, role = name.strip(), role.strip().lower()
        if not name or not password_hash.strip():
            raise ValueError(f"{origin} entry {number}: expected name:role:hash")
        if role not in ROLES:
            raise ValueError(f"{origin} entry {number}: role must be viewer or editor, "
                             f"not {role!r}")
        if name in accounts:
            raise ValueError(f"{origin}: the name {name!r} appears twice")
        accounts[name] = Operator(name, role, password_hash.strip())  # type: ignore[arg-type]
    return accounts


def load_operators(ops_users: str, ops_users_file: Path | None, dev_username: str,
                   dev_password: str) -> dict[str, Operator]:
    """Every account: OPS_USERS, OPS_USERS_FILE, and the development login (an editor).

    Raises:
        ValueError: a malformed entry, or a name given twice.
    """
    accounts = parse_operators(ops_users)
    if ops_users_file is not None:
        from_file = parse_operators(ops_users_file.read_text(encoding="utf-8"),
                                    str(ops_users_file))
        twice = accounts.keys() & from_file.keys()
        if twice:
            raise ValueError(f"OPS_USERS and {ops_users_file} both name {sorted(twice)}")
        accounts.update(from_file)
    if dev_password and dev_username not in accounts:
        accounts[dev_username] = Operator(dev_username, "editor",
                                          _development_hash(dev_password))
    return accounts


def authenticate(accounts: dict[str, Operator], name: str, password: str) -> Operator | None:
    """The operator whose name and password these are, else None (same cost either way)."""
    operator = accounts.get(name)
    if operator is None:
        check_password_hash(_DUMMY_HASH, password)
        return None
    return operator if operator.password_matches(password) else None

# --- console sessions and roles ------------------------------------------------------

# One limiter for the process (Flask's extension pattern); init_auth binds it to each app.
limiter = Limiter(key_func=get_remote_address, strategy="fixed-window")


def limiter_storage(redis_url: str) -> tuple[str, dict[str, Any]]:
    """The ``limits`` storage URI and options for a redis-py URL: ``unix://`` is
    ``redis+unix://`` there, and a sentinel URL names its database in the options."""
    if redis_url.startswith("unix://"):
        return "redis+unix://" + redis_url[len("unix://"):], {}
    if redis_url.startswith(SENTINEL_SCHEME + "://"):
        address = SentinelURL.parse(redis_url)
        hosts = ",".join(f"{host}:{port}" for host, port in address.sentinels)
        options = {**address.client_options(), "use_replicas": False,
                   "sentinel_kwargs": {"password": address.sentinel_password}}
        return f"{SENTINEL_SCHEME}://{hosts}/{address.service}", options
    return redis_url, {}


def init_auth(app: Flask, svc: Services) -> None:
    """Accounts, session lifetime and login throttling for ``app``.

    Raises:
        ValueError: OPS_USERS or OPS_USERS_FILE is malformed.
    """
    settings = svc.settings
    storage_uri, storage_options = limiter_storage(svc.connections.url)
    app.extensions["optout_operators"] = load_operators(
        settings.ops_users, settings.ops_users_file, settings.ops_username,
        settings.ops_password)
    app.config.update(
        PERMANENT_SESSION_LIFETIME=timedelta(hours=settings.ops_session_hours),
        RATELIMIT_STORAGE_URI=storage_uri,
        RATELIMIT_STORAGE_OPTIONS={"key_prefix": CONSOLE_LIMITER, **storage_options},
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
    svc.connections.redis.set(CONSOLE_SESSIONS + session_id, operator.name, ex=max(lifetime, 1))
    session.clear()
    session.permanent = True
    session["sid"] = session_id
    g.operator = operator


def end_session() -> None:
    """Log out: forget the session id in Redis, so no copy of the cookie works again."""
    session_id = session.get("sid")
    if session_id:
        services().connections.redis.delete(CONSOLE_SESSIONS + str(session_id))
    session.clear()
    g.operator = None


def current_operator() -> Operator | None:
    """The operator of this request: a live session whose account still exists."""
    if "operator" in g:
        return cast(Operator | None, g.operator)
    operator = None
    session_id = session.get("sid")
    if session_id:
        name = services().connections.redis.get(CONSOLE_SESSIONS + str(session_id))
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
