"""The support console over HTTP: named operators and roles, sessions that logout ends,
throttled logins, number lookup, recording by hand, CSV upload, the per-sender report."""

from __future__ import annotations

import csv
import io
import re

import pytest
from click.testing import CliRunner
from werkzeug.security import check_password_hash, generate_password_hash

from app import create_app
from app.bootstrap import build_services
from app.cli import main
from app.web.auth import load_operators, parse_operators
from tests.helpers import (
    BASE_URL,
    OUR_NUMBER,
    console_login,
    console_upload,
    csrf,
    inbound_form,
    make_settings,
    sign,
)

TEXTER = "+16175550123"
ALICE = "alice:viewer:" + generate_password_hash("alice-pw")
BOB = "bob:editor:" + generate_password_hash("bob-pw")
DAN = "dan:editor:" + generate_password_hash("dan-pw")


@pytest.fixture
def console(redis_client, redis_url, tmp_path):
    """An app with named operators; yields (make a logged-in client, services)."""
    svc = build_services(make_settings(redis_url, tmp_path, ops_users=f"{ALICE},{BOB},{DAN}",
                                       ops_login_limit_user="3 per 5 minutes",
                                       ops_login_limit_address="6 per 5 minutes"))
    app = create_app(svc.settings, svc)
    app.config["TESTING"] = True

    def login(user: str, password: str, client=None, address: str = "127.0.0.1"):
        client = client or app.test_client()
        return client, console_login(client, user, password, address)

    yield app, login, svc
    svc.close()


# -- accounts -----------------------------------------------------------------------------

def test_accounts_from_ops_users_a_file_and_the_development_login(tmp_path):
    users = tmp_path / "users"
    users.write_text("# support team\ncarol:editor:" + generate_password_hash("c") + "\n")
    accounts = load_operators(ALICE, users, "ops", "dev-pw")
    assert {n: a.role for n, a in accounts.items()} == {
        "alice": "viewer", "carol": "editor", "ops": "editor"}
    assert accounts["alice"].password_matches("alice-pw")
    assert not accounts["alice"].password_matches("nope")
    assert accounts["ops"].password_matches("dev-pw")


@pytest.mark.parametrize("spec", ["alice:admin:x", "alice::", "alice", f"{ALICE},{ALICE}"])
def test_malformed_accounts_are_refused(spec):
    with pytest.raises(ValueError):
        parse_operators(spec)


def test_hash_password_command():
    result = CliRunner().invoke(main, ["hash-password", "--name", "dana", "--role", "editor"],
                                input="s3cret\n")
    assert result.exit_code == 0
    name, role, hashed = result.stdout.strip().split(":", 2)
    assert (name, role) == ("dana", "editor") and check_password_hash(hashed, "s3cret")
    assert parse_operators(result.stdout.strip())["dana"].password_matches("s3cret")


def test_viewer_sees_but_cannot_change(console):
    _, login, svc = console
    client, response = login("alice", "alice-pw")
    assert response.status_code == 302
    page = client.get(f"/ops/numbers?q={TEXTER}").get_data(as_text=True)
    assert "alice (viewer)" in page and "Record an opt-out" not in page
    assert client.get("/ops/upload").status_code == 403
    refused = client.post(f"/ops/numbers/{TEXTER}/record", data={
        "csrf_token": csrf(page), "kind": "opt_out", "source": "email", "note": "x"})
    assert refused.status_code == 403
    assert svc.ledger.history(TEXTER) == []
    dashboard = client.get("/ops").get_data(as_text=True)
    assert "Requeue" not in dashboard and "Upload opt-outs" not in dashboard


# -- sessions -----------------------------------------------------------------------------

def test_logout_ends_the_session_for_a_copied_cookie(console):
    app, login, svc = console
    client, _ = login("bob", "bob-pw")
    cookie = client.get_cookie("session")
    assert cookie is not None
    thief = app.test_client()
    thief.set_cookie("session", cookie.value)
    assert thief.get("/ops").status_code == 200  # the copy works while the session lives
    page = client.get("/ops").get_data(as_text=True)
    client.post("/ops/logout", data={"csrf_token": csrf(page)})
    assert client.get("/ops").status_code == 302
    replay = thief.get("/ops")
    assert replay.status_code == 302 and "/ops/login" in replay.location
    assert thief.get("/ops/health.json").status_code == 401
    assert not svc.connections.redis.keys("optout:console:session:*")


def test_sessions_expire(console, redis_url, tmp_path):
    app, login, svc = console
    assert app.permanent_session_lifetime.total_seconds() == 8 * 3600
    client, _ = login("bob", "bob-pw")
    (key,) = svc.connections.redis.keys("optout:console:session:*")
    assert 8 * 3600 - 5 < svc.connections.redis.ttl(key) <= 8 * 3600
    svc.connections.redis.delete(key)  # what expiry does
    assert client.get("/ops").status_code == 302


def test_a_removed_account_loses_its_session(console, redis_url, tmp_path):
    _app, login, _svc = console
    client, _ = login("bob", "bob-pw")
    other = build_services(make_settings(redis_url, tmp_path, ops_users=ALICE))
    try:
        without_bob = create_app(other.settings, other).test_client()
        without_bob.set_cookie("session", client.get_cookie("session").value)
        assert without_bob.get("/ops").status_code == 302
    finally:
        other.close()


# -- throttling ---------------------------------------------------------------------------

def test_failed_logins_are_throttled_per_user_with_retry_after(console):
    _app, login, _ = console
    for _ in range(3):
        assert login("bob", "wrong")[1].status_code == 401
    blocked = login("bob", "bob-pw")[1]  # even the right password, until the window ends
    assert blocked.status_code == 429
    # The 5-minute window's end, rounded up to the next whole second.
    assert 200 < int(blocked.headers["Retry-After"]) <= 301
    assert "Too many failed logins" in blocked.get_data(as_text=True)
    # From another address too: the limit is the user's.
    assert login("bob", "bob-pw", address="10.0.0.9")[1].status_code == 429
    assert login("alice", "alice-pw")[1].status_code == 302  # other users are unaffected


def test_failed_logins_are_throttled_per_address_and_shared_by_workers(console, redis_url,
                                                                       tmp_path):
    _app, login, svc = console
    for i in range(6):
        assert login(f"nobody{i}", "wrong", address="10.0.0.7")[1].status_code == 401
    # A second app (another gunicorn worker) over the same Redis agrees.
    other = build_services(svc.settings)
    try:
        second = create_app(other.settings, other)
        client = second.test_client()
        token = csrf(client.get("/ops/login").get_data(as_text=True))
        response = client.post("/ops/login", data={"username": "bob", "password": "bob-pw",
                                                   "csrf_token": token},
                               environ_base={"REMOTE_ADDR": "10.0.0.7"})
        assert response.status_code == 429 and response.headers["Retry-After"]
    finally:
        other.close()
    assert svc.connections.redis.keys("optout:console:limiter*")
    assert login("bob", "bob-pw", address="10.0.0.8")[1].status_code == 302


def test_successful_logins_are_not_counted(console):
    _, login, _ = console
    for _ in range(5):
        assert login("bob", "bob-pw")[1].status_code == 302


# -- number lookup and recording ----------------------------------------------------------

def test_lookup_in_any_format_with_status_history_and_report_link(console):
    app, login, _svc = console
    webhook = app.test_client()
    form = inbound_form("STOP", TEXTER)
    webhook.post("/webhooks/twilio/sms", data=form,
                 headers={"X-Twilio-Signature": sign(BASE_URL + "/webhooks/twilio/sms", form)})
    client, _ = login("alice", "alice-pw")
    page = client.get("/ops/numbers?q=(617) 555-0123").get_data(as_text=True)
    assert 'data-testid="number">+16175550123<' in page
    assert 'href="/v1/suppressions/%2B16175550123/report"' in page
    assert f'<tr data-sender="{OUR_NUMBER}">' in page and '<tr data-sender="*">' in page
    assert "opt-out of this sender" in page and "“STOP”" in page
    # The report link opens for a console login (any role), with no API key.
    report = client.get("/v1/suppressions/%2B16175550123/report")
    assert report.status_code == 200 and "STOP" in report.get_data(as_text=True)
    assert app.test_client().get("/v1/suppressions/%2B16175550123/report").status_code == 401
    assert client.put("/v1/suppressions/%2B16175550123", json={"source": "email"}
                      ).status_code == 401  # a login reads evidence; changes need a key
    bad = client.get("/ops/numbers?q=not-a-number")
    assert bad.status_code == 400 and "lookup-error" in bad.get_data(as_text=True)


def test_editor_records_opt_out_and_opt_in_with_their_name(console, suppressed):
    _, login, svc = console
    client, _ = login("bob", "bob-pw")
    page = client.get(f"/ops/numbers?q={TEXTER}").get_data(as_text=True)
    token = csrf(page)
    url = f"/ops/numbers/{TEXTER}/record"
    assert client.post(url, data={"kind": "opt_out", "source": "email",
                                  "note": "x"}).status_code == 400  # no CSRF token
    done = client.post(url, data={"csrf_token": token, "kind": "opt_out", "source": "email",
                                  "note": "ticket 4411"}, follow_redirects=True)
    assert "Opt-out recorded for every sender (new)" in done.get_data(as_text=True)
    assert svc.suppressions.lookup(TEXTER, OUR_NUMBER).suppressed
    event = svc.ledger.history(TEXTER)[-1]
    assert event["note"] == "operator:bob: ticket 4411" and event["source"] == "email"
    missing = client.post(url, data={"csrf_token": token, "kind": "opt_in", "source": "web",
                                     "note": " "}, follow_redirects=True)
    assert "note" in missing.get_data(as_text=True) and len(svc.ledger.history(TEXTER)) == 1
    client.post(url, data={"csrf_token": token, "kind": "opt_in", "source": "web",
                           "note": "signed form 2026-11-20"})
    assert not svc.suppressions.lookup(TEXTER, OUR_NUMBER).suppressed
    assert svc.ledger.history(TEXTER)[-1]["note"] == "operator:bob: signed form 2026-11-20"


def test_recorded_for_one_sender(console):
    _, login, svc = console
    client, _ = login("bob", "bob-pw")
    token = csrf(client.get(f"/ops/numbers?q={TEXTER}").get_data(as_text=True))
    client.post(f"/ops/numbers/{TEXTER}/record", data={
        "csrf_token": token, "kind": "opt_out", "source": "mail", "sender": "(800) 555-0100",
        "note": "letter"})
    assert svc.suppressions.lookup(TEXTER, OUR_NUMBER).suppressed
    assert not svc.suppressions.lookup(TEXTER, "+18005550199").suppressed


# -- upload -------------------------------------------------------------------------------

CSV = ("\ufeffName,Mobile Phone\nAna,(617) 555-0101\nBen,617-555-0102\nCy,not a number\n"
       "Di,+16175550123\n").encode()


def test_upload_previews_then_records_and_is_idempotent(console, run_jobs):
    _, login, svc = console
    client, _ = login("bob", "bob-pw")
    token = csrf(client.get(f"/ops/numbers?q={TEXTER}").get_data(as_text=True))
    client.post(f"/ops/numbers/{TEXTER}/record", data={
        "csrf_token": token, "kind": "opt_out", "source": "phone", "note": "call"})

    preview = console_upload(client, CSV)
    page = preview.get_data(as_text=True)
    assert preview.status_code == 200
    assert 'data-testid="preview-rows">4<' in page and 'data-testid="preview-bad">1<' in page
    assert 'data-testid="preview-already">1<' in page and 'data-testid="preview-new">2<' in page
    assert "not a number" in page
    assert not svc.suppressions.lookup("+16175550101").suppressed  # nothing recorded yet

    confirm = re.search(r'action="(/ops/upload/[^"]+/confirm)"', page).group(1)
    assert client.post(confirm).status_code == 400  # no CSRF token
    queued = client.post(confirm, data={"csrf_token": csrf(page)})
    assert queued.status_code == 302  # to the progress page: an RQ job records the file
    status = queued.headers["Location"]
    twice = client.post(confirm, data={"csrf_token": csrf(page)})  # a double click
    assert twice.status_code == 302
    assert len([j for j in svc.queue.get_job_ids() if j.startswith("optout-upload-")]) == 1
    waiting = client.get(status).get_data(as_text=True)
    assert 'data-state="running"' in waiting and 'http-equiv="refresh"' in waiting
    assert not svc.suppressions.lookup("+16175550101").suppressed
    run_jobs()
    result = client.get(status).get_data(as_text=True)
    assert 'data-testid="result-recorded">2<' in result
    assert 'data-testid="result-in-force">1<' in result  # the number's opt-out by phone
    assert svc.suppressions.lookup("+16175550101", OUR_NUMBER).suppressed
    assert svc.ledger.history("+16175550102")[-1]["note"] == "operator:bob: list from the CRM"
    again = client.post(confirm, data={"csrf_token": csrf(page)}, follow_redirects=True)
    assert "already recorded" in again.get_data(as_text=True)
    assert len(svc.ledger.history("+16175550101")) == 1

    second = console_upload(client, CSV).get_data(as_text=True)
    assert 'data-testid="preview-already">3<' in second and 'data-testid="preview-new">0<' in second
    confirm2 = re.search(r'action="(/ops/upload/[^"]+/confirm)"', second).group(1)
    client.post(confirm2, data={"csrf_token": csrf(second)})
    run_jobs()
    result2 = client.get(confirm2.removesuffix("/confirm")).get_data(as_text=True)
    assert 'data-testid="result-recorded">0<' in result2
    # The same file with the same form: every row "already imported", in force or not.
    assert 'data-testid="result-duplicates">3<' in result2
    assert 'data-testid="result-in-force">0<' in result2
    assert len(svc.ledger.history("+16175550101")) == 1


def _confirm_url(preview_page: str) -> str:
    return re.search(r'action="(/ops/upload/[^"]+/confirm)"', preview_page).group(1)


def test_a_failed_upload_job_keeps_the_upload_and_a_retry_resumes(console, run_jobs, fault):
    _, login, svc = console
    client, _ = login("bob", "bob-pw")
    numbers = [f"+1617555{i:04d}" for i in range(2500)]  # three ranges of 1,000 events
    page = console_upload(client, ("phone\n" + "\n".join(numbers) + "\n").encode()).get_data(
        as_text=True)
    confirm = _confirm_url(page)
    status = confirm.removesuffix("/confirm")

    fault("upload-range")  # the job dies after its first range
    client.post(confirm, data={"csrf_token": csrf(page)})
    run_jobs()
    failed = client.get(status).get_data(as_text=True)
    assert 'data-state="failed"' in failed and "1000 of 2500 events" in failed
    assert svc.suppressions.lookup(numbers[999]).suppressed
    assert not svc.suppressions.lookup(numbers[1000]).suppressed

    fault(None)
    retried = client.post(confirm, data={"csrf_token": csrf(failed)})  # the Retry button
    assert retried.status_code == 302
    run_jobs()
    result = client.get(status).get_data(as_text=True)
    assert 'data-testid="result-recorded">2500<' in result
    assert 'data-testid="result-duplicates">0<' in result
    assert all(len(svc.ledger.history(n)) == 1 for n in numbers[::97] + numbers[995:1005])
    assert svc.suppressions.lookup(numbers[-1]).suppressed
    again = client.post(confirm, data={"csrf_token": csrf(result)}, follow_redirects=True)
    assert "already recorded" in again.get_data(as_text=True)  # consumed once finished


def test_only_the_operator_who_uploaded_may_confirm(console, run_jobs):
    app, login, svc = console
    bob, _ = login("bob", "bob-pw")
    page = console_upload(bob, CSV).get_data(as_text=True)
    confirm = _confirm_url(page)
    dan, _ = login("dan", "dan-pw", client=app.test_client())
    token = csrf(dan.get("/ops/upload").get_data(as_text=True))
    assert dan.post(confirm, data={"csrf_token": token}).status_code == 403
    assert dan.get(confirm.removesuffix("/confirm")).status_code == 403
    run_jobs()
    assert not svc.suppressions.lookup("+16175550101").suppressed
    assert bob.post(confirm, data={"csrf_token": csrf(page)}).status_code == 302
    run_jobs()
    assert svc.suppressions.lookup("+16175550101").suppressed


@pytest.mark.parametrize("content, message", [
    (b"Name,City\nAna,Boston\n", "no phone number column"),
    (b"phone\n\xff\xfe617\n", "line 2 is not UTF-8"),
    (b"", "empty"),
])
def test_unreadable_uploads_are_refused_with_the_reason(console, content, message):
    _, login, _ = console
    client, _ = login("bob", "bob-pw")
    response = console_upload(client, content)
    assert response.status_code == 400 and message in response.get_data(as_text=True)


def test_upload_needs_a_note(console):
    _, login, _ = console
    client, _ = login("bob", "bob-pw")
    assert console_upload(client, CSV, note="").status_code == 400


# -- per-sender report --------------------------------------------------------------------

def test_sender_report_counts_and_csv(console):
    app, login, _svc = console
    webhook = app.test_client()
    for body, number, to in [("STOP", "+16175550101", OUR_NUMBER),
                             ("PARAR", "+16175550102", OUR_NUMBER),
                             ("START", "+16175550101", OUR_NUMBER),
                             ("STOP", "+16175550103", "+18005550199")]:
        form = inbound_form(body, number, to)
        webhook.post("/webhooks/twilio/sms", data=form, headers={
            "X-Twilio-Signature": sign(BASE_URL + "/webhooks/twilio/sms", form)})
    client, _ = login("alice", "alice-pw")
    page = client.get("/ops/senders?sender=%2B18005550100").get_data(as_text=True)
    assert 'data-testid="total-opt-out">2<' in page and 'data-testid="total-opt-in">1<' in page
    assert "PARAR" in page and "<td>es</td>" in page
    everyone = client.get("/ops/senders").get_data(as_text=True)
    assert 'data-testid="total-opt-out">3<' in everyone
    download = client.get("/ops/senders?sender=%2B18005550100&format=csv")
    assert download.mimetype == "text/csv"
    rows = list(csv.DictReader(io.StringIO(download.get_data(as_text=True))))
    assert sum(int(r["count"]) for r in rows if r["kind"] == "opt_out") == 2
    assert {r["source"] for r in rows} == {"sms"}


def test_a_large_upload_is_accepted(console):
    _, login, _ = console
    client, _ = login("bob", "bob-pw")
    rows = "".join(f"Customer {i},+1617555{i:04d}\n" for i in range(4000))  # ~100 kB
    response = console_upload(client, ("name,phone\n" + rows).encode())
    assert response.status_code == 200
    assert 'data-testid="preview-new">4000<' in response.get_data(as_text=True)
