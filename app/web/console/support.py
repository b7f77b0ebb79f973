"""The support console inside ``/ops``: look a number up, record an opt-out or opt-in that
came by email, post, phone or web, upload a CSV of opt-outs, and the per-sender report.

Viewers see every page; only editors get (and may submit) the forms. Every form carries a
CSRF token (Flask-WTF), and every recorded event names its operator in the note.
"""

from __future__ import annotations

import io
import secrets
from typing import Any
from urllib.parse import quote

import sqlalchemy.exc
from flask import (
    Blueprint,
    Response,
    abort,
    flash,
    redirect,
    render_template,
    request,
    url_for,
)
from werkzeug.wrappers import Response as BaseResponse

from app.archive.history import all_events, full_history
from app.bootstrap import Services
from app.consent.capture import capture_event, checked_capture
from app.consent.categories import CATEGORIES, parse_categories
from app.consent.erasure import erase_person
from app.consent.events import MANUAL_SOURCES, Kind
from app.consent.manual import manual_event
from app.errors import InvalidEvent, InvalidField, InvalidNumber, InvalidSender
from app.evidence.senders import event_senders, sender_report
from app.lists.upload import (
    MAX_UPLOAD_BYTES,
    UPLOAD_JOB_TIMEOUT,
    UPLOAD_TTL_SECONDS,
    SavedUploads,
    UploadDefaults,
    UploadRejected,
    decode_upload,
    preview_upload,
)
from app.phone import normalize_number, normalize_sender
from app.text import checked_text
from app.web.auth import Operator, current_operator, editor_required, login_required
from app.web.context import archive, services

bp = Blueprint("console", __name__, url_prefix="/ops", template_folder="templates")


def _operator() -> Operator:
    operator = current_operator()
    assert operator is not None  # the views are login_required
    return operator


def report_url(number: str) -> str:
    """The evidence report of a number (``GET /v1/suppressions/<number>/report``)."""
    return f"/v1/suppressions/{quote(number)}/report"


@bp.get("/numbers")
@login_required
def numbers() -> tuple[str, int]:
    """Look a number up in any format: status per sender, the whole history, the report."""
    svc = services()
    query = request.args.get("q", "").strip()
    if not query:
        return render_template("ops/numbers.html", query="", number=None), 200
    try:
        number = normalize_number(query, svc.settings.default_region)
    except InvalidNumber as exc:
        return render_template("ops/numbers.html", query=query, number=None,
                               error=str(exc)), 400
    warning = None
    try:
        history = full_history(svc.ledger, archive(), number)
    except sqlalchemy.exc.SQLAlchemyError as exc:
        # A lookup must work while the archive is down: show what Redis holds, and say so.
        warning = (f"The archive database did not answer ({type(exc).__name__}): archived "
                   "events are not shown.")
        history = svc.ledger.history(number)
    return render_template(
        "ops/numbers.html", query=query, number=number, history=history,
        statuses=_statuses(svc, number, history), report_url=report_url(number),
        sources=sorted(MANUAL_SOURCES), senders=sorted(_known_senders(history)),
        categories=CATEGORIES, error=warning), 200


def _known_senders(history: list[dict[str, str]]) -> set[str]:
    return {s for event in history for s in event_senders(event)} | {
        e["service_sid"] for e in history if e.get("service_sid")}


def _statuses(svc: Services, number: str, history: list[dict[str, str]]
              ) -> list[dict[str, Any]]:
    """The cautious any-sender answer first, then one per sender the number has events with."""
    send_times = svc.send_policy.times()
    rows = []
    for sender in [None, *sorted(_known_senders(history))]:
        lookup = svc.suppressions.lookup(number, sender)
        when = send_times.answer_many([number], [lookup.flags])[0]
        rows.append({"sender": sender, "lookup": lookup, "when": when})
    return rows


@bp.post("/numbers/<number>/record")
@editor_required
def record(number: str) -> BaseResponse | tuple[str, int]:
    """Record an opt-out or opt-in received by email, post, phone or web (note required)."""
    svc = services()
    form = request.form
    kind = {"opt_out": Kind.OPT_OUT, "opt_in": Kind.OPT_IN}.get(form.get("kind", ""))
    back = url_for("console.numbers", q=number)
    try:
        if kind is None:
            raise InvalidEvent("kind must be opt_out or opt_in")
        e164 = normalize_number(number, svc.settings.default_region)
        raw_sender = form.get("sender", "").strip()
        sender = normalize_sender(raw_sender, svc.settings.default_region) if raw_sender else None
        event = manual_event(kind, e164, source=form.get("source"), sender=sender,
                             note=form.get("note", "").strip() or None, note_required=True,
                             policy=svc.policy,
                             recorded_by=_operator().recorded_by)
    except (InvalidEvent, InvalidNumber, InvalidSender) as exc:
        flash(f"Not recorded: {exc}")
        return redirect(back)
    result = svc.ledger.record(event)
    what = "Opt-out" if kind is Kind.OPT_OUT else "Opt-in"
    whom = f"for {event.sender}" if event.scope == "sender" else "for every sender"
    flash(f"{what} recorded {whom} ({result.status}).")
    return redirect(back)


@bp.post("/numbers/<number>/erase")
@editor_required
def erase(number: str) -> BaseResponse:
    """Erase the number's personal data (it stays suppressed); the operator types the
    number to confirm."""
    svc = services()
    try:
        e164 = normalize_number(number, svc.settings.default_region)
    except InvalidNumber as exc:
        flash(f"Not erased: {exc}")
        return redirect(url_for("console.numbers"))
    back = url_for("console.numbers", q=e164)
    if request.form.get("confirm", "").strip() != e164:
        flash("Not erased: type the number exactly as shown to confirm.")
        return redirect(back)
    try:
        report = erase_person(e164, ledger=svc.ledger, queue_redis=svc.connections.queue_redis,
                              archive=archive(), source="console",
                              recorded_by=_operator().recorded_by)
    except sqlalchemy.exc.SQLAlchemyError as exc:
        flash(f"Erased from Redis (and suppressed), but the archive did not answer "
              f"({type(exc).__name__}): erase again to finish.")
        return redirect(back)
    flash(f"Erased: {report.ledger_entries} ledger entries, {report.keys} other records and "
          f"{report.archive_rows} archive rows removed. The number stays suppressed for every "
          "sender, known only by a keyed hash.")
    return redirect(back)


@bp.post("/numbers/<number>/consent")
@editor_required
def record_consent(number: str) -> BaseResponse:
    """Record consent given on paper or by phone (a note saying where the proof is kept is
    required), through the same code as ``POST /v1/consents``."""
    svc = services()
    form = request.form
    back = url_for("console.numbers", q=number)
    try:
        if form.get("method") not in ("paper", "verbal"):
            raise InvalidEvent("the console records consent given on paper or by phone")
        e164 = normalize_number(number, svc.settings.default_region)
        raw_sender = form.get("sender", "").strip()
        sender = normalize_sender(raw_sender, svc.settings.default_region) if raw_sender else None
        chosen = form.getlist("categories")
        categories = parse_categories(chosen) if chosen else ()
        capture = checked_capture(e164, sender, categories, {
            name: form.get(name, "").strip() for name in (
                "method", "reference", "disclosure", "note")})
    except (InvalidEvent, InvalidNumber, InvalidSender, InvalidField) as exc:
        flash(f"Not recorded: {exc}")
        return redirect(back)
    result = svc.ledger.record(capture_event(capture, recorded_by=_operator().recorded_by))
    whom = f"for {sender}" if sender else "for every sender"
    flash(f"Consent ({capture.method}) recorded {whom} ({result.status}).")
    return redirect(back)


@bp.route("/upload", methods=["GET", "POST"])
@editor_required
def upload() -> tuple[str, int]:
    """Upload a CSV of opt-outs: a preview (rows, bad rows, already suppressed) to confirm."""
    svc = services()
    sources = sorted(MANUAL_SOURCES)
    if request.method == "GET":
        return render_template("ops/upload.html", sources=sources, preview=None), 200
    form = request.form
    try:
        file = request.files.get("file")
        if file is None or not file.filename:
            raise UploadRejected("choose a CSV file")
        note = form.get("note", "").strip()
        if not note:
            raise UploadRejected("a note is required: where did these opt-outs come from?")
        checked_text(note, "note")
        raw_sender = form.get("sender", "").strip()
        sender = normalize_sender(raw_sender, svc.settings.default_region) if raw_sender else None
        source = form.get("source", "import")
        if source not in MANUAL_SOURCES:
            raise UploadRejected(f"source must be one of {sources}")
        text = decode_upload(file.read(MAX_UPLOAD_BYTES + 1))
        defaults = UploadDefaults(source, sender, note, _operator().recorded_by)
        preview = preview_upload(svc.suppressions, svc.policy, text, defaults)
    except (UploadRejected, InvalidSender, InvalidField) as exc:
        return render_template("ops/upload.html", sources=sources, preview=None,
                               error=str(exc)), 400
    token = secrets.token_urlsafe(16)
    SavedUploads(svc.connections.redis).save(token, {
        "text": text, "source": source, "sender": sender, "note": note,
        "operator": _operator().name, "recorded_by": _operator().recorded_by,
        "filename": file.filename,
    })
    return render_template("ops/upload.html", sources=sources, preview=preview, token=token,
                           filename=file.filename), 200


def _own_upload(uploads: SavedUploads, token: str) -> dict[str, Any] | None:
    """The upload ``token`` if the operator asking uploaded it (403 if another did); None
    when it expired."""
    saved = uploads.load(token)
    if saved is not None and saved.get("operator") != _operator().name:
        abort(403, "this upload was previewed by another operator: only they can confirm it")
    return saved


def _upload_job_id(token: str) -> str:
    return f"optout-upload-{token}"


@bp.post("/upload/<token>/confirm")
@editor_required
def confirm_upload(token: str) -> BaseResponse:
    """Record the previewed file, once, in an RQ job; a confirm after a failed run retries
    it (going on where it stopped). The upload is consumed when the job finishes."""
    svc = services()
    uploads = SavedUploads(svc.connections.redis)
    saved = _own_upload(uploads, token)
    if saved is None:
        flash("That upload was already recorded or has expired; upload the file again.")
        return redirect(url_for("console.upload"))
    if saved.get("result"):
        flash("That upload was already recorded.")
        return redirect(url_for("console.upload_status", token=token))
    job_id = _upload_job_id(token)
    if not uploads.claim_job(token, job_id):
        job = svc.queue.fetch_job(job_id)
        if job is not None and not (job.is_failed or job.is_stopped or job.is_canceled):
            return redirect(url_for("console.upload_status", token=token))  # under way
        if job is not None:
            job.delete()  # it failed: run it again, from where it stopped
    svc.queue.enqueue("workers.jobs.record_console_upload", token, job_id=job_id,
                      job_timeout=UPLOAD_JOB_TIMEOUT, result_ttl=UPLOAD_TTL_SECONDS,
                      failure_ttl=UPLOAD_TTL_SECONDS,
                      description="record a console upload of opt-outs")
    return redirect(url_for("console.upload_status", token=token))


@bp.get("/upload/<token>")
@editor_required
def upload_status(token: str) -> tuple[str, int]:
    """The recording's progress (the page reloads itself), then its result."""
    svc = services()
    saved = _own_upload(SavedUploads(svc.connections.redis), token)
    if saved is None:
        return render_template("ops/upload_progress.html", state="expired", token=token,
                               filename="", progress={}), 404
    if saved.get("result"):
        return render_template("ops/upload_result.html", result=saved["result"],
                               filename=saved["filename"]), 200
    job = svc.queue.fetch_job(_upload_job_id(token))
    state = "waiting" if job is None else (
        "failed" if job.is_failed or job.is_stopped or job.is_canceled else "running")
    return render_template("ops/upload_progress.html", state=state, token=token,
                           filename=saved["filename"],
                           progress=saved.get("progress") or {}), 200


@bp.get("/senders")
@login_required
def senders() -> Response | tuple[str, int]:
    """Opt-outs and opt-ins per day, by source and by keyword/language; ``?format=csv``."""
    svc = services()
    raw_sender = request.args.get("sender", "").strip()
    error = None
    sender = None
    if raw_sender:
        try:
            sender = normalize_sender(raw_sender, svc.settings.default_region)
        except InvalidSender as exc:
            error = str(exc)
    report = sender_report(all_events(svc.ledger, archive()), sender)
    if request.args.get("format") == "csv" and error is None:
        out = io.StringIO()
        report.write_csv(out)
        name = (sender or "all-senders").replace("+", "")
        return Response(out.getvalue(), mimetype="text/csv", headers={
            "Content-Disposition": f'attachment; filename="optout-report-{name}.csv"'})
    return render_template("ops/senders.html", report=report, sender=sender,
                           raw_sender=raw_sender, error=error), 400 if error else 200
