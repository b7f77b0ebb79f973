"""The evidence report: its content (times, who, enforcement, confirmation, the FCC limit),
its three formats through the API, and ``optout migrate / archive / report`` end to end."""

from __future__ import annotations

import csv
import io
import os
import re
import subprocess
import sys
from datetime import UTC, date, datetime

import pytest

from app.archive.db import head_revision
from app.consent.clocks import business_days_between
from app.evidence.formats import CSV_COLUMNS, csv_cell, render
from app.evidence.report import build_report
from app.messaging.replies import ReplyBook
from tests.helpers import API_KEY, OUR_NUMBER, PEPPER, ROOT

AUTH = {"Authorization": f"Bearer {API_KEY}"}
TEXTER = "+16175550123"
BOOK = ReplyBook("MiniLuxe", "help@miniluxe.example")


def event(ledger_id: str, **fields: str) -> dict[str, str]:
    recorded = datetime.fromtimestamp(int(ledger_id.split("-")[0]) / 1000, UTC)
    at = recorded.isoformat(timespec="milliseconds")
    return {"id": ledger_id, "at": fields.pop("occurred_at", at), "recorded_at": at,
            "number": TEXTER, **fields}


# Wednesday 2026-11-25 23:00:56.854 UTC = 18:00:56 in Boston.
WEDNESDAY_MS = 1795647656854


def test_business_days():
    friday, monday = date(2026, 11, 27), date(2026, 11, 30)
    assert business_days_between(friday, friday) == 0
    assert business_days_between(friday, monday) == 1
    assert business_days_between(monday, date(2026, 12, 14)) == 10
    assert business_days_between(monday, date(2026, 12, 15)) == 11
    assert business_days_between(monday, friday) == 0
    # US federal holidays are no business days: Thanksgiving 2026-11-26, Christmas
    # 2026-12-25, and Independence Day observed on Friday 2026-07-03.
    assert business_days_between(date(2026, 11, 25), friday) == 1
    assert business_days_between(date(2026, 12, 24), date(2026, 12, 28)) == 1
    assert business_days_between(date(2026, 7, 2), date(2026, 7, 6)) == 1


def test_sms_opt_out_row():
    stop = event(f"{WEDNESDAY_MS}-0", kind="opt_out", source="sms", scope="sender",
                 sender=OUR_NUMBER, channel="sms", keyword="STOP", language="en",
                 body="Stop", message_sid="SM" + "a" * 32, status="new")
    report = build_report(TEXTER, [stop], BOOK)
    (row,) = report.events
    assert report.time_zones == ("America/New_York",)
    assert row.received_utc == "2026-11-25T23:00:56.854+00:00"
    assert row.received_local == {"America/New_York": "2026-11-25T18:00:56.854-05:00"}
    assert row.words == "Stop" and row.sender == OUR_NUMBER and row.channel == "sms"
    assert row.recorded_by == f"carrier: inbound sms SM{'a' * 32}"
    assert row.enforced_utc == row.received_utc and "acknowledgement" in row.enforcement
    assert row.seconds_to_enforcement == 0.0 and row.business_days_to_enforcement == 0
    assert row.within_fcc_limit is True
    assert row.confirmation == BOOK.text("opt_out", "en")
    assert row.confirmation_basis.startswith("derived")


def test_repeat_stop_got_no_confirmation_and_stopall_the_wider_one():
    events = [
        event(f"{WEDNESDAY_MS}-0", kind="opt_out", source="sms", scope="all", body="STOPALL",
              language="es", status="new"),
        event(f"{WEDNESDAY_MS + 5}-0", kind="opt_out", source="sms", scope="all", body="STOP",
              status="repeat"),
        event(f"{WEDNESDAY_MS + 9}-0", kind="opt_in", source="sms", scope="sender",
              sender=OUR_NUMBER, body="START", status="new", reply="Welcome back!"),
    ]
    first, repeat, start = build_report(TEXTER, events, BOOK).events
    assert first.confirmation == BOOK.text("opt_out_all", "es") and first.sender == "all senders"
    assert repeat.confirmation is None and "one confirmation" in repeat.confirmation_basis
    assert start.confirmation == "Welcome back!" and start.confirmation_basis == "recorded"
    carrier = build_report(TEXTER, events, BOOK, reply_mode="carrier").events[0]
    assert carrier.confirmation is None and "carrier" in carrier.confirmation_basis


def test_late_manual_opt_out_is_over_the_fcc_limit():
    letter = event(f"{WEDNESDAY_MS}-0", kind="opt_out", source="mail", scope="all",
                   channel="mail", note="letter dated 2026-10-28",
                   occurred_at="2026-10-28T15:00:00+00:00", recorded_by="ops:alice")
    report = build_report(TEXTER, [letter], BOOK)
    (row,) = report.events
    assert row.recorded_by == "ops:alice" and row.words == "letter dated 2026-10-28"
    # 20 weekdays, less Veterans Day (2026-11-11); the deadline was 2026-11-12 in Boston.
    assert row.business_days_to_enforcement == 19 and row.within_fcc_limit is False
    assert row.deadline_local == {"America/New_York": "2026-11-12T23:59:59.999-05:00"}
    assert report.summary["late_opt_outs"] == 1
    assert row.confirmation is None and row.confirmation_basis.startswith("none")


def test_toll_free_number_is_shown_in_utc():
    report = build_report("+18005550100", [], BOOK)
    assert report.time_zones == () and "UTC" in report.zone_note


def test_thousand_events_render_in_every_format():
    events = [event(f"{WEDNESDAY_MS + i * 1000}-0", kind="opt_out" if i % 2 else "opt_in",
                    source="sms", scope="sender", sender=OUR_NUMBER, body=f"msg {i}",
                    status="new") for i in range(1000)]
    report = build_report(TEXTER, events, BOOK)
    assert len(report.events) == 1000
    assert render(report, "html").count('<section class="event">') == 1000
    assert len(list(csv.reader(io.StringIO(render(report, "csv"))))) == 1001
    with pytest.raises(ValueError):
        render(report, "xml")


# -- through the API -----------------------------------------------------------------------

@pytest.fixture
def history(client, sms, run_jobs):
    sms("Stop", sender=TEXTER)
    note = '<script>alert("x")</script> =HYPERLINK("http://evil.example")'
    client.put(f"/v1/suppressions/{TEXTER}", json={"source": "phone", "note": note},
               headers=AUTH)
    run_jobs()
    return note


def test_html_report_is_self_contained_and_escaped(client, history):
    response = client.get("/v1/suppressions/(617) 555-0123/report", headers=AUTH)
    assert response.status_code == 200 and response.mimetype == "text/html"
    page = response.get_data(as_text=True)
    assert TEXTER in page and "America/New_York" in page and "Stop" in page
    assert "<script" not in page and "&lt;script&gt;" in page
    assert not re.search(r"(src|href)\s*=|@import|url\(|<link", page)  # nothing to fetch
    assert page.count('<section class="event">') == 2 and "met within the limit" in page
    assert "@media print" in page and "@page{size:letter portrait" in page


def test_csv_report(client, history):
    response = client.get(f"/v1/suppressions/{TEXTER}/report?format=csv", headers=AUTH)
    assert response.mimetype == "text/csv"
    assert "attachment" in response.headers["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    assert list(rows[0]) == CSV_COLUMNS and len(rows) == 2
    assert rows[0]["words"] == "Stop" and rows[0]["within_fcc_limit"] == "true"
    assert rows[0]["sender"] == OUR_NUMBER  # a phone number is no formula
    assert rows[1]["words"] == history  # "<" is no formula: the words stay exact
    assert rows[1]["recorded_by"].startswith("API key holder or operator (phone")


def test_csv_cells_that_look_like_formulas_are_defused(client, sms):
    client.put(f"/v1/suppressions/{TEXTER}", json={"source": "web", "note": "=1+2"},
               headers=AUTH)
    response = client.get(f"/v1/suppressions/{TEXTER}/report?format=csv", headers=AUTH)
    (row,) = csv.DictReader(io.StringIO(response.get_data(as_text=True)))
    assert row["words"] == "'=1+2"
    assert row["sender"] == "all senders"
    for text, cell in [("+18005550100", "+18005550100"), ("-2 (3)", "-2 (3)"),
                       ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"), ("@SUM(A1)", "'@SUM(A1)")]:
        assert csv_cell(text) == cell
    as_json = client.get(f"/v1/suppressions/{TEXTER}/report?format=json", headers=AUTH)
    assert as_json.get_json()["events"][0]["words"] == "=1+2"  # JSON keeps the exact words


def test_json_report(client, history):
    body = client.get(f"/v1/suppressions/{TEXTER}/report?format=JSON", headers=AUTH).get_json()
    assert body["number"] == TEXTER and body["status"]["suppressed"] is True
    assert [e["action"] for e in body["events"]] == ["Opt-out", "Opt-out"]
    assert body["events"][1]["words"] == history
    assert body["fcc_limit_business_days"] == 10


@pytest.mark.parametrize(("path", "headers", "status", "code"), [
    (f"/v1/suppressions/{TEXTER}/report?format=xml", AUTH, 400, "invalid_format"),
    ("/v1/suppressions/12345/report", AUTH, 400, "invalid_number"),
    (f"/v1/suppressions/{TEXTER}/report", {}, 401, "missing_api_key"),
])
def test_report_errors(client, path, headers, status, code):
    response = client.get(path, headers=headers)
    assert response.status_code == status and response.get_json()["error"]["code"] == code


# -- the commands --------------------------------------------------------------------------

@pytest.mark.slow
def test_migrate_archive_report_commands(services, sms, archive_url, tmp_path):
    sms("STOP", sender=TEXTER)
    env = {**os.environ, "REDIS_URL": services.settings.redis_url or "",
           "ARCHIVE_URL": archive_url, "OPTOUT_DATA_DIR": str(tmp_path / "data"),
           "LEDGER_HOT_DAYS": "0"}
    optout = [sys.executable, "-m", "app.cli"]

    def run(*args: str, **extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*optout, *args], env={**env, **extra}, cwd=ROOT,
                              capture_output=True, text=True, timeout=60)

    assert "has no schema" in run("archive").stderr
    assert f"revision {head_revision()} (upgraded from nothing)" in run("migrate").stdout
    assert "already current" in run("migrate").stdout
    unkeyed = run("archive")  # no ERASURE_PEPPER, no dev-secrets file: nothing is archived
    assert unkeyed.returncode == 1 and "ERASURE_PEPPER is not set" in unkeyed.stderr
    assert services.ledger.history(TEXTER) != []  # and nothing trimmed
    env["ERASURE_PEPPER"] = PEPPER
    archived = run("archive")
    assert archived.returncode == 0, archived.stderr
    assert archived.stdout.startswith("1 events copied, 1 trimmed from Redis (LEDGER_HOT_DAYS=0)")
    assert services.ledger.history(TEXTER) == []  # trimmed: the report reads the archive
    # Rebuild replays the archive with the ledger: the trimmed STOP stays in force.
    assert run("rebuild").returncode in (0, 1)
    assert run("rebuild", "--check").returncode == 0
    assert services.suppressions.lookup(TEXTER, OUR_NUMBER).suppressed
    assert "archive job scheduled every 60 s" in run("archive", "--schedule").stdout
    assert "already scheduled" in run("archive", "--schedule").stdout
    report = run("report", "617-555-0123", "--format", "csv")
    assert report.returncode == 0, report.stderr
    assert len(report.stdout.splitlines()) == 2 and ",STOP," in report.stdout
    out = tmp_path / "report.html"
    assert run("report", TEXTER, "-o", str(out)).returncode == 0
    assert "Consent evidence" in out.read_text()
    assert run("report", "nope").returncode == 2
