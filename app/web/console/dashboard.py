"""``/ops``: the on-call dashboard (login, figures, failed jobs, review queue) and
``/ops/health.json``."""

from __future__ import annotations

import math
import time
from typing import Any
from urllib.parse import urlsplit

import redis
from flask import (
    Blueprint,
    Response,
    flash,
    jsonify,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_limiter.errors import RateLimitExceeded
from rq.registry import FailedJobRegistry
from werkzeug.wrappers import Response as BaseResponse

from app.consent.applying import sweep
from app.consent.review import ReviewItemNotFound, decide
from app.monitoring.health import OLDEST_JOB_SECONDS, OLDEST_UNAPPLIED_SECONDS, collect
from app.web.auth import (
    address_limit,
    api_key_is_valid,
    authenticate,
    current_operator,
    editor_required,
    end_session,
    limiter,
    login_failed,
    login_required,
    operators,
    start_session,
    user_limit,
    username_key,
)
from app.web.context import services
from app.web.errors import error_response

bp = Blueprint("ops", __name__, url_prefix="/ops", template_folder="templates")


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit(user_limit, key_func=username_key, methods=["POST"], deduct_when=login_failed,
               scope="ops-login-user")
@limiter.limit(address_limit, methods=["POST"], deduct_when=login_failed,
               scope="ops-login-address")
def login() -> Any:
    """The login form: a named operator (OPS_USERS) or the development login."""
    settings = services().settings
    error = None
    if request.method == "POST":
        operator = authenticate(operators(), request.form.get("username", ""),
                                request.form.get("password", ""))
        if operator is not None:
            start_session(operator)
            return redirect(_after_login(request.args.get("next", "")))
        error = "Wrong user name or password."
    configured = bool(settings.ops_password or operators())
    return render_template("ops/login.html", error=error,
                           configured=configured), 401 if error else 200


def _after_login(target: str) -> str:
    """Where a login leads: ``next`` when it is a console path, else the dashboard. Never
    another site, and never a value with a control character (CR or LF would split the
    Location header) or a backslash (which browsers read as a slash)."""
    parts = urlsplit(target)
    if (target.startswith("/ops") and not parts.scheme and not parts.netloc
            and target.isprintable() and "\\" not in target):
        return target
    return url_for("ops.index")


@bp.errorhandler(RateLimitExceeded)
def too_many_logins(exc: RateLimitExceeded) -> tuple[str, int, dict[str, str]]:
    """429 with Retry-After: too many failed logins for this user name or address."""
    reset = 60
    current = limiter.current_limit
    if current is not None:
        reset = max(1, math.ceil(current.reset_at - time.time()))
    page = render_template("ops/login.html", configured=True,
                           error=f"Too many failed logins. Try again in {reset} s.")
    return page, 429, {"Retry-After": str(reset)}


@bp.post("/logout")
def logout() -> BaseResponse:
    """End the session here and in Redis: a copy of the cookie no longer works."""
    end_session()
    return redirect(url_for("ops.login"))


@bp.get("")
@login_required
def index() -> str:
    """The dashboard."""
    figures = collect(services().watched)
    peak = max((sum(h[i] for i in ("opt_out", "opt_in", "help")) for h in figures["hourly"]),
               default=0)
    outbox, targets = services().events
    deliveries = [{"name": name, **targets.describe(name), "state": outbox.state(name).as_dict()}
                  for name in targets.names()]
    return render_template("ops/index.html", h=figures, peak=max(peak, 1),
                           job_limit=OLDEST_JOB_SECONDS, unapplied_limit=OLDEST_UNAPPLIED_SECONDS,
                           operator=current_operator(), deliveries=deliveries)


@bp.post("/events/<path:target>/replay")
@editor_required
def replay_events(target: str) -> BaseResponse:
    """Deliver again to a dead-lettered (or failing) target, from the event it stopped at."""
    outbox, targets = services().events
    if target not in targets.names():
        flash(f"No event target {target}.")
        return redirect(url_for("ops.index"))
    state = outbox.replay(target)
    flash(f"{target}: delivering again from {state.held or 'where it stood'}.")
    return redirect(url_for("ops.index"))


@bp.get("/health.json")
def health() -> Response:
    """The dashboard's figures as JSON, for a dashboard login or an API key."""
    header = request.headers.get("Authorization", "")
    has_key = header.lower().startswith("bearer ") and api_key_is_valid(
        header[7:].strip(), services().settings.optout_api_keys)
    if not (current_operator() is not None or has_key):
        return error_response(401, "login_required",
                              "log in to /ops or send 'Authorization: Bearer <API key>'")
    try:
        figures = collect(services().watched)
    except (redis.ConnectionError, redis.TimeoutError) as exc:
        response = jsonify({"status": "down", "error": str(exc)})
        response.status_code = 503
        return response
    return jsonify(figures)


@bp.post("/jobs/<job_id>/requeue")
@editor_required
def requeue_job(job_id: str) -> BaseResponse:
    """Put a failed apply job back on the queue."""
    registry = FailedJobRegistry(queue=services().queue)
    try:
        registry.requeue(job_id)
        flash(f"Job {job_id[:8]} requeued.")
    except Exception as exc:
        flash(f"Could not requeue job {job_id[:8]}: {exc}")
    return redirect(url_for("ops.index"))


@bp.post("/jobs/<job_id>/delete")
@editor_required
def delete_job(job_id: str) -> BaseResponse:
    """Delete a failed job. Its opt-outs stay enforced; the workers' sweep re-applies them."""
    registry = FailedJobRegistry(queue=services().queue)
    registry.remove(job_id, delete_job=True)
    flash(f"Job {job_id[:8]} deleted; its events stay enforced and will be re-applied.")
    return redirect(url_for("ops.index"))


@bp.post("/unapplied/requeue")
@editor_required
def requeue_unapplied() -> BaseResponse:
    """Queue the apply job again for every shard with events not yet applied."""
    svc = services()
    shards = sweep(svc.connections.store, svc.apply_requests, older_than_seconds=0)
    flash(f"Queued {len(shards)} shards to apply.")
    return redirect(url_for("ops.index"))


@bp.post("/review/<item_id>/<decision>")
@editor_required
def review(item_id: str, decision: str) -> BaseResponse | tuple[str, int]:
    """A person's decision on an ambiguous message: ``suppress`` or ``dismiss``."""
    if decision not in ("suppress", "dismiss"):
        return "unknown decision", 404
    try:
        reviewer = current_operator()
        assert reviewer is not None  # editor_required
        svc = services()
        decide(svc.ledger, svc.reviews, item_id, decision, reviewer=reviewer.name,  # type: ignore[arg-type]
               policy=svc.policy)
    except ReviewItemNotFound:
        flash("That message was already decided.")
        return redirect(url_for("ops.index"))
    flash("Suppressed." if decision == "suppress" else "Marked as not an opt-out.")
    return redirect(url_for("ops.index"))
