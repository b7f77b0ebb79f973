"""``/ops``: the on-call dashboard (login, figures, failed jobs, review queue) and
``/ops/health.json``."""

from __future__ import annotations

import hmac
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar, cast

import redis
from flask import (
    Blueprint,
    Response,
    flash,
    jsonify,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from rq.registry import FailedJobRegistry
from werkzeug.wrappers import Response as BaseResponse

from app.api.auth import api_key_is_valid
from app.apply import sweep
from app.errors import error_response
from app.ops.health import OLDEST_JOB_SECONDS, OLDEST_UNAPPLIED_SECONDS, collect
from app.review import ReviewItemNotFound, decide
from app.web import services

bp = Blueprint("ops", __name__, url_prefix="/ops")
F = TypeVar("F", bound=Callable[..., Any])


def _logged_in() -> bool:
    return bool(session.get("ops_user"))


def login_required(view: F) -> F:
    """Send anyone without a dashboard session to the login page."""

    @wraps(view)
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        if not _logged_in():
            return redirect(url_for("ops.login", next=request.path))
        return view(*args, **kwargs)

    return cast(F, wrapped)


@bp.route("/login", methods=["GET", "POST"])
def login() -> Any:
    """The login form; OPS_USERNAME and OPS_PASSWORD, compared in constant time."""
    settings = services().settings
    error = None
    if request.method == "POST":
        user = request.form.get("username", "")
        password = request.form.get("password", "")
        good_user = hmac.compare_digest(user.encode(), settings.ops_username.encode())
        good_password = bool(settings.ops_password) and hmac.compare_digest(
            password.encode(), settings.ops_password.encode())
        if good_user and good_password:
            session.clear()
            session["ops_user"] = user
            target = request.args.get("next", "")
            return redirect(target if target.startswith("/ops") else url_for("ops.index"))
        error = "Wrong user name or password."
    return render_template("ops/login.html", error=error,
                           configured=bool(settings.ops_password)), 401 if error else 200


@bp.post("/logout")
def logout() -> BaseResponse:
    session.clear()
    return redirect(url_for("ops.login"))


@bp.get("")
@login_required
def index() -> str:
    """The dashboard."""
    figures = collect(services())
    peak = max((sum(h[i] for i in ("opt_out", "opt_in", "help")) for h in figures["hourly"]),
               default=0)
    return render_template("ops/index.html", h=figures, peak=max(peak, 1),
                           job_limit=OLDEST_JOB_SECONDS, unapplied_limit=OLDEST_UNAPPLIED_SECONDS,
                           user=session.get("ops_user"))


@bp.get("/health.json")
def health() -> Response:
    """The dashboard's figures as JSON, for a dashboard login or an API key."""
    header = request.headers.get("Authorization", "")
    has_key = header.lower().startswith("bearer ") and api_key_is_valid(
        header[7:].strip(), services().settings.optout_api_keys)
    if not (_logged_in() or has_key):
        return error_response(401, "login_required",
                              "log in to /ops or send 'Authorization: Bearer <API key>'")
    try:
        figures = collect(services())
    except (redis.ConnectionError, redis.TimeoutError) as exc:
        response = jsonify({"status": "down", "error": str(exc)})
        response.status_code = 503
        return response
    return jsonify(figures)


@bp.post("/jobs/<job_id>/requeue")
@login_required
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
@login_required
def delete_job(job_id: str) -> BaseResponse:
    """Delete a failed job. Its opt-outs stay enforced; the workers' sweep re-applies them."""
    registry = FailedJobRegistry(queue=services().queue)
    registry.remove(job_id, delete_job=True)
    flash(f"Job {job_id[:8]} deleted; its events stay enforced and will be re-applied.")
    return redirect(url_for("ops.index"))


@bp.post("/unapplied/requeue")
@login_required
def requeue_unapplied() -> BaseResponse:
    """Queue the apply job again for every shard with events not yet applied."""
    svc = services()
    shards = sweep(svc.connections.store, svc.apply_requests, older_than_seconds=0)
    flash(f"Queued {len(shards)} shards to apply.")
    return redirect(url_for("ops.index"))


@bp.post("/review/<item_id>/<decision>")
@login_required
def review(item_id: str, decision: str) -> BaseResponse | tuple[str, int]:
    """A person's decision on an ambiguous message: ``suppress`` or ``dismiss``."""
    if decision not in ("suppress", "dismiss"):
        return "unknown decision", 404
    try:
        svc = services()
        decide(svc.ledger, svc.reviews, item_id, decision, reviewer=str(session.get("ops_user")))  # type: ignore[arg-type]
    except ReviewItemNotFound:
        flash("That message was already decided.")
        return redirect(url_for("ops.index"))
    flash("Suppressed." if decision == "suppress" else "Marked as not an opt-out.")
    return redirect(url_for("ops.index"))
