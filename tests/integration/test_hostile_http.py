"""Hostile HTTP: a login ``next`` with CR/LF, chunked bodies past the limit, the development
login's timing; and what `make run`'s console shows (alembic once, the archive job quietly)."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator

import pytest
import requests

from app.archive import Archive
from app.web.auth import authenticate, load_operators
from tests.helpers import API_KEY, BASE_URL, csrf, inbound_form, sign
from workers.schedules import ARCHIVE_DESCRIPTION
from workers.worker import run_worker

AUTH = {"Authorization": f"Bearer {API_KEY}"}
TEXTER = "+16175550123"


def _login(client, next_value: str):  # type: ignore[no-untyped-def]
    token = csrf(client.get("/ops/login").get_data(as_text=True))
    return client.post("/ops/login", query_string={"next": next_value},
                       data={"username": "ops", "password": "ops-password",
                             "csrf_token": token})


@pytest.mark.parametrize("target", ["/ops\r\nSet-Cookie: evil=1", "/ops\nX: 1", "/ops\r",
                                    "/ops\x00", "//evil.example/ops", "https://evil.example/ops",
                                    "/ops\\\\evil.example", "/opsx\u2028"])
def test_login_next_with_control_characters_or_another_site_goes_to_the_dashboard(
        client, target: str) -> None:
    response = _login(client, target)
    assert response.status_code == 302
    assert response.headers["Location"] == "/ops"
    assert "evil" not in str(response.headers)


def test_login_next_within_the_console_is_kept(client) -> None:
    response = _login(client, "/ops/numbers?q=6175550123")
    assert response.status_code == 302
    assert response.headers["Location"] == "/ops/numbers?q=6175550123"


def _chunks(body: bytes, size: int = 4096) -> Iterator[bytes]:
    for start in range(0, len(body), size):
        yield body[start:start + size]


def test_a_chunked_body_over_the_limit_is_a_413_not_cut_short(live, services) -> None:
    limit = services.settings.max_request_bytes
    # A STOP whose form runs past the limit: cut at the limit, it would parse (and could be
    # acknowledged) from its first part.
    form = inbound_form("STOP", TEXTER)
    form["Padding"] = "x" * (limit + 1000)
    body = "&".join(f"{k}={v}" for k, v in form.items()).encode()
    response = live.session.post(
        live.base + "/webhooks/twilio/sms", data=_chunks(body), timeout=10,
        headers={"Content-Type": "application/x-www-form-urlencoded",
                 "X-Twilio-Signature": sign(BASE_URL + "/webhooks/twilio/sms", form)})
    assert response.status_code == 413, response.text
    assert response.json()["error"]["code"] == "request_entity_too_large"
    api = live.session.put(
        live.base + f"/v1/suppressions/{TEXTER}", timeout=10,
        data=_chunks(b'{"source": "email", "note": "' + b"n" * (limit + 10) + b'"}'),
        headers={**AUTH, "Content-Type": "application/json"})
    assert api.status_code == 413, api.text
    assert api.json()["error"]["code"] == "request_entity_too_large"


def test_a_chunked_body_within_the_limit_is_read_whole(live, services, suppressed) -> None:
    form = inbound_form("STOP", TEXTER)
    body = "&".join(f"{k}={requests.utils.quote(v)}" for k, v in form.items()).encode()
    response = live.session.post(
        live.base + "/webhooks/twilio/sms", data=_chunks(body, 7), timeout=10,
        headers={"Content-Type": "application/x-www-form-urlencoded",
                 "X-Twilio-Signature": sign(BASE_URL + "/webhooks/twilio/sms", form)})
    assert response.status_code == 200, response.text
    assert suppressed(TEXTER)


def test_the_development_login_costs_the_same_for_a_wrong_name_and_a_wrong_password() -> None:
    accounts = load_operators("", None, "ops", "the-dev-password")

    runs: dict[str, list[float]] = {"ops": [], "nobody": []}
    for _ in range(7):  # interleaved, and the fastest of each: a loaded machine only adds
        for name, times in runs.items():
            started = time.perf_counter()
            assert authenticate(accounts, name, "wrong password") is None
            times.append(time.perf_counter() - started)

    assert authenticate(accounts, "ops", "the-dev-password") is not None
    # A plain comparison took microseconds against a hash check's tens of milliseconds.
    ratio = min(runs["ops"]) / min(runs["nobody"])
    assert 0.33 < ratio < 3, f"a wrong password for ops costs {ratio:.2f}× an unknown name"


def test_the_periodic_archive_job_is_logged_at_debug_and_others_at_info(services, caplog):
    services.queue.enqueue("time.sleep", 0, description=ARCHIVE_DESCRIPTION)
    ordinary = services.queue.enqueue("time.sleep", 0, description="an ordinary job")
    with caplog.at_level(logging.INFO):
        run_worker(services.settings, burst=True)
    rq_lines = [r.getMessage() for r in caplog.records
                if r.name == "rq.worker" and r.levelno >= logging.INFO]
    assert not [line for line in rq_lines if "archive" in line], rq_lines
    assert any(ordinary.id in line and "Job OK" in line for line in rq_lines), rq_lines


def test_a_failing_archive_job_still_shows(services, caplog):
    services.queue.enqueue("no.such.module.job", description=ARCHIVE_DESCRIPTION)
    with caplog.at_level(logging.INFO):
        run_worker(services.settings, burst=True)
    assert [r for r in caplog.records if r.name == "rq.worker" and r.levelno >= logging.ERROR]


def test_migrating_logs_one_line_not_alembics_chatter(tmp_path, caplog):
    archive = Archive.open(f"sqlite:///{tmp_path / 'a.sqlite3'}", None)
    try:
        with caplog.at_level(logging.INFO):
            archive.migrate()
    finally:
        archive.close()
    assert not [r.getMessage() for r in caplog.records if r.name.startswith("alembic")]
    assert [r for r in caplog.records if "migrated" in r.getMessage()]


