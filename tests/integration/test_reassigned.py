"""Reassigned numbers: the RND query file out, its answers in (``optout rnd``), a "yes" held
back in every check until a later opt-in, every answer kept as evidence."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime, timedelta

import pytest
from twilio.rest import Client

from app import create_app
from app.consent.events import ConsentEvent, Kind
from app.errors import SuppressedNumber
from app.messaging.sending import GuardedSender
from tests.helpers import API_KEY, OUR_NUMBER
from tests.helpers.carriers import StubHttpClient

AUTH = {"Authorization": f"Bearer {API_KEY}"}
OLD, NEW, STOPPED = "+16175550101", "+16175550102", "+16175550103"
HEADER = "Phone Number,Date Provided,Date Queried,Result\n"


@pytest.fixture
def results(tmp_path):
    def write(*rows: str) -> str:
        path = tmp_path / "results.csv"
        path.write_text(HEADER + "".join(row + "\n" for row in rows))
        return str(path)

    return write


def opt_in(services, number: str) -> None:
    services.ledger.record(ConsentEvent(kind=Kind.OPT_IN, number=number, source="web",
                                       scope="all", note="web form 7"))


def test_a_number_imported_as_reassigned_is_held_back_in_every_check(cli, services, results,
                                                                     tmp_path, run_jobs):
    result = cli("rnd", "import", results("(617) 555-0101,2024-03-01,2026-12-01,Yes",
                                          f"{NEW},01/15/2026,12/01/2026,no",
                                          f"{STOPPED},2025-05-05,2026-12-01,No Data"))
    assert result.exit_code == 0, result.output
    assert "3 answers recorded, 1 numbers now held back as reassigned" in result.stderr
    lookup = services.suppressions.lookup(OLD)
    assert lookup.reassigned and not lookup.suppressed and not lookup.textable
    assert services.suppressions.check_many([OLD, NEW, STOPPED], None) == [32, 0, 0]
    client = create_app(services.settings, services).test_client()
    single = client.get(f"/v1/suppressions/{OLD}", headers=AUTH).get_json()
    assert (single["textable_now"], single["reason"], single["reassigned"]) == (
        False, "reassigned", True)
    bulk = client.post("/v1/suppressions/check", headers=AUTH,
                       json={"numbers": [OLD, NEW]}).get_json()["results"]
    assert [(r["reason"], r["reassigned"]) for r in bulk] == [("reassigned", True),
                                                              (None, False)]
    held = tmp_path / "held.tsv"
    filtered = cli("filter", "--rejected", str(held), input=f"{OLD}\n{NEW}\n")
    assert filtered.stdout.split() == [NEW] and held.read_text() == f"{OLD}\treassigned\n"
    http = StubHttpClient()
    sender = GuardedSender(Client("AC" + "1" * 32, "token", http_client=http),
                           services.suppressions)
    with pytest.raises(SuppressedNumber, match="Reassigned Numbers Database"):
        sender.send(OLD, "Hello again", sender=OUR_NUMBER)
    assert http.requests == []
    run_jobs()
    assert services.suppressions.check_many([OLD], None) == [32]  # applied: the same


def test_every_answer_is_evidence_and_a_file_is_imported_once(cli, services, results):
    path = results(f"{OLD},2024-03-01,2026-12-01,yes", f"{NEW},2026-01-15,2026-12-01,no")
    assert cli("rnd", "import", path).exit_code == 0
    again = cli("rnd", "import", path)
    assert again.exit_code == 0 and "imported before" in again.stderr
    history = services.ledger.history(NEW)
    assert [(e["kind"], e["answer"], e["date_given"], e["queried_on"]) for e in history] == [
        ("rnd", "no", "2026-01-15", "2026-12-01")]
    report = json.loads(cli("report", OLD, "--format", "json").stdout)
    (row,) = report["events"]
    assert row["action"] == "Reassigned Numbers Database answer"
    assert "asked on 2026-12-01 about a consent of 2024-03-01: yes" in row["enforcement"]
    # The same answer in another file changes nothing and records nothing new.
    other = results(f"{OLD},2024-03-01,2026-12-02,yes")
    assert "1 already known" in cli("rnd", "import", other).stderr
    assert len(services.ledger.history(OLD)) == 1


def test_a_later_opt_in_lifts_the_reassigned_mark(cli, services, results, run_jobs):
    cli("rnd", "import", results(f"{OLD},2024-03-01,2026-12-01,yes"))
    opt_in(services, OLD)  # the new owner consents
    run_jobs()
    assert not services.suppressions.lookup(OLD).reassigned
    assert services.suppressions.check_many([OLD], None) == [0]


def test_a_bad_file_records_nothing(cli, services, results):
    result = cli("rnd", "import", results(f"{OLD},2024-03-01,2026-12-01,maybe",
                                          "nope,2024-03-01,2026-12-01,yes",
                                          f"{NEW},31/31/2024,2026-12-01,no"))
    assert result.exit_code == 2
    assert "line 2: answer must be yes, no or no data" in result.stderr
    assert "line 3:" in result.stderr and "line 4: the date given" in result.stderr
    assert services.ledger.history(OLD) == [] and services.ledger.history(NEW) == []


def test_a_file_without_an_answer_column_is_refused(cli, tmp_path):
    path = tmp_path / "results.csv"
    path.write_text(f"Phone Number,Date Provided,Date Queried\n{OLD},2024-03-01,2026-12-01\n")
    result = cli("rnd", "import", str(path))
    assert result.exit_code == 2 and "lacks ['answer']" in result.stderr


def test_export_writes_the_query_file_for_old_consents(cli, services):
    for number in (OLD, NEW, STOPPED):
        opt_in(services, number)
    services.ledger.record(ConsentEvent(kind=Kind.OPT_OUT, number=STOPPED, source="email",
                                        scope="all"))
    days_ago = (datetime.now(UTC) - datetime(2026, 1, 1, tzinfo=UTC)) / timedelta(days=1)
    out = cli("rnd", "export", "--since-consent", "0")
    rows = list(csv.reader(io.StringIO(out.stdout)))
    today = datetime.now(UTC).date().isoformat()
    assert rows == [["phone_number", "date"], ["6175550101", today], ["6175550102", today]]
    assert "wrote 2 numbers" in out.stderr
    none = cli("rnd", "export", "--since-consent", str(days_ago + 1))
    assert list(csv.reader(io.StringIO(none.stdout))) == [["phone_number", "date"]]


def test_a_captured_consent_is_queried_and_lifts_the_mark(cli, services, results, run_jobs):
    services.ledger.record(ConsentEvent(kind=Kind.CAPTURED, number=OLD, source="web",
                                        scope="all", proof={"method": "web_form",
                                                            "url": "https://shop.example/join"}))
    rows = list(csv.reader(io.StringIO(cli("rnd", "export", "--since-consent", "0").stdout)))
    assert [r[0] for r in rows[1:]] == ["6175550101"]
    cli("rnd", "import", results(f"{OLD},2024-03-01,2026-12-01,yes"))
    run_jobs()
    assert services.suppressions.check_many([OLD], None) == [32]
    services.ledger.record(ConsentEvent(kind=Kind.CAPTURED, number=OLD, source="web",
                                        scope="all", proof={"method": "web_form"}))
    run_jobs()
    assert services.suppressions.check_many([OLD], None) == [0]
