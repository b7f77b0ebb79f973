"""`optout import` of many numbers: the bulk path for numbers with no history records exactly
what the one-event path records, the same file twice records nothing, and the providers'
formats (a Twilio message log, an AWS opt-out list) are read as they come."""

from __future__ import annotations

import csv
import json
import os
import stat

import pytest

from app.consent.events import Kind
from app.consent.fresh import PlainOptOut
from app.consent.manual import manual_event
from app.consent.rebuild import rebuild
from app.store.layout import Registry
from tests.helpers import OUR_NUMBER, ledger_size

BOTH_STORES = True

CLINIC = "+18885550100"


def _numbers(count: int, start: int = 2_000_000) -> list[str]:
    return [f"+1617{start + i:07d}" for i in range(count)]


def _fields(services, number: str) -> dict[str, str]:
    (event,) = services.ledger.history(number)
    return {k: v for k, v in event.items() if k not in ("id", "at", "recorded_at", "number", "shard")}


def test_the_bulk_path_records_what_the_one_event_path_records(services, suppressed):
    rows = [PlainOptOut(n, "all", None, "import", "email", "2026-01-02T03:04:05Z", "crm list")
            for n in _numbers(400)]
    rows += [PlainOptOut(n, "sender", CLINIC, "import", "sms", None, None)
             for n in _numbers(400, start=3_000_000)]
    one_by_one = [PlainOptOut("+16175559990", "all", None, "import", "email",
                              "2026-01-02T03:04:05Z", "crm list"),
                  PlainOptOut("+16175559991", "sender", CLINIC, "import", "sms", None, None)]
    for row in one_by_one:  # a single row is not worth the bulk path: record.lua
        (result,) = services.ledger.record_many([row.event()], apply=False)
        assert result.status == "new" and not result.applied
    services.suppressions.apply_numbers([row.number for row in one_by_one])

    results = services.ledger.record_opt_outs(rows)
    assert all(r.status == "new" and r.applied for r in results)
    assert _fields(services, rows[0].number) == _fields(services, one_by_one[0].number)
    assert _fields(services, rows[-1].number) == _fields(services, one_by_one[1].number)
    assert suppressed(rows[0].number, "+18005550199")
    assert suppressed(rows[-1].number, CLINIC) and not suppressed(rows[-1].number, OUR_NUMBER)
    # History, projection and membership are what replaying the ledger gives.
    report = rebuild(services.connections.store, services.ledger, services.suppressions,
                     fix=False)
    assert not report.history_differences and not report.projection_differences, report
    assert services.suppressions.lookup(rows[5].number).pending is False


def test_numbers_with_history_go_the_one_event_way(services, sms, suppressed):
    numbers = _numbers(100)
    sms("STOP", sender=numbers[3])  # in force for OUR_NUMBER's sender only
    sms("START", sender=numbers[4])  # texted in: has history, nothing in force
    rows = [PlainOptOut(n, "sender", OUR_NUMBER, "import", "import", None, None)
            for n in numbers]
    rows.append(rows[10])  # the same number twice: both through record.lua, in order
    results = services.ledger.record_opt_outs(rows)
    assert results[3].status == "in_force" and not results[3].applied
    assert results[4].status == "new" and not results[4].applied
    assert results[10].status == "new" and results[-1].status == "in_force"
    assert sum(r.applied for r in results) == 97
    services.suppressions.apply_numbers([n for n, r in zip(numbers, results, strict=False)
                                         if not r.applied])
    assert all(suppressed(n) for n in numbers)


def test_importing_a_file_twice_or_its_export_records_nothing(cli, services, tmp_path):
    numbers = _numbers(1500)
    source = tmp_path / "list.csv"
    source.write_text("number,since\n" + "".join(f"{n},2026-01-02\n" for n in numbers))
    first = cli("import", str(source))
    assert first.exit_code == 0, first.stderr
    assert "1500 rows: 1500 recorded, 0 already in force, 0 already imported" in first.stderr
    events = ledger_size(services)
    assert events == 1500

    again = cli("import", str(source))
    assert "0 recorded, 0 already in force, 1500 already imported" in again.stderr
    # One key for the file's one range, not one a row.
    registry = services.connections.store.registry()
    assert len(list(registry.scan_iter(Registry.IMPORTED + "*"))) == 1

    exported = tmp_path / "export.csv"
    assert cli("export", "-o", str(exported)).exit_code == 0
    from_export = cli("import", str(exported))
    assert "1500 rows: 0 recorded, 1500 already in force" in from_export.stderr
    assert ledger_size(services) == events


def test_a_twilio_message_log_imports_its_latest_opt_outs(cli, services, suppressed, tmp_path):
    log = tmp_path / "messages.csv"
    header = ("From,To,Body,Status,SentDate,ApiVersion,NumSegments,ErrorCode,AccountSid,Sid,"
              "Direction,Price,PriceUnit\n")
    rows = [  # newest first, as the Console writes it
        "+16175550101,+18005550100,Start,received,2026-03-02T10:00:00Z,2010-04-01,1,,AC1,SM1,inbound,,USD",
        "+18005550100,+16175550103,Sale today,undelivered,2026-03-01T10:00:00Z,2010-04-01,1,21610,AC1,SM2,outbound-api,,USD",
        "+16175550101,+18005550100, stop ,received,2026-03-01T09:00:00Z,2010-04-01,1,,AC1,SM3,inbound,,USD",
        "+16175550102,+18005550100,STOPALL,received,2026-02-01T09:00:00Z,2010-04-01,1,,AC1,SM4,inbound,,USD",
        "+16175550104,+18005550100,stop by at 5?,received,2026-02-01T09:00:00Z,2010-04-01,1,,AC1,SM5,inbound,,USD",
    ]
    log.write_text(header + "\n".join(rows) + "\n")
    result = cli("import", str(log))
    assert result.exit_code == 0, result.stderr
    assert "2 rows: 2 recorded" in result.stderr
    assert not suppressed("+16175550101")  # opted back in after its STOP: not imported
    assert suppressed("+16175550102", OUR_NUMBER)
    assert not suppressed("+16175550102", CLINIC)  # Twilio's STOP is per sender
    assert suppressed("+16175550103", OUR_NUMBER)  # refused with 21610
    assert not suppressed("+16175550104")  # conversation, not a keyword
    lookup = services.suppressions.lookup("+16175550103", OUR_NUMBER)
    assert lookup.since == "2026-03-01T10:00:00+00:00" and lookup.source == "import"


def test_an_aws_opt_out_list_streams_in(cli, services, suppressed, tmp_path):
    pages = [{"OptOutListArn": "arn:aws:sms-voice:us-east-1:111122223333:opt-out-list/default",
              "OptOutListName": "default",
              "OptedOutNumbers": [{"OptedOutNumber": n, "OptedOutTimestamp": 1767225600 + i,
                                   "EndUserOptedOut": i % 2 == 0}
                                  for i, n in enumerate(_numbers(60, start=4_000_000 + k * 60))],
              "NextToken": "abc" if k == 0 else None} for k in range(2)]
    listing = tmp_path / "opted-out.json"
    listing.write_text("\n".join(json.dumps(page, indent=2) for page in pages))
    result = cli("import", str(listing))
    assert result.exit_code == 0, result.stderr
    assert "120 rows: 120 recorded" in result.stderr
    first = _numbers(1, start=4_000_000)[0]
    assert suppressed(first, CLINIC)
    lookup = services.suppressions.lookup(first)
    assert lookup.scope == "all" and lookup.since == "2026-01-01T00:00:00+00:00"
    assert services.ledger.history(first)[0]["channel"] == "sms"  # opted out by keyword

    scoped = cli("import", str(listing), "--format", "aws", "--sender", CLINIC)
    assert "0 recorded, 120 already in force" in scoped.stderr  # the list as a whole is


def test_a_file_that_is_not_its_format_says_so(cli, services, tmp_path):
    broken = tmp_path / "list.json"
    broken.write_text('{"OptedOutNumbers": [{"OptedOutNumber": "+16175550100"}, {"Opted')
    result = cli("import", str(broken))
    assert result.exit_code == 2 and "entry 2" in result.stderr
    assert ledger_size(services) == 0
    wrong = tmp_path / "list.csv"
    wrong.write_text("phone\n+16175550100\n")
    result = cli("import", str(wrong), "--format", "twilio")
    assert result.exit_code == 2 and "From, To, Body, Direction" in result.stderr


def test_many_ranges_and_calls_record_every_row_once(cli, services, sms, suppressed, tmp_path,
                                                     monkeypatch):
    # Small ranges and script calls, so a modest file takes every path of a large one:
    # several ranges, several calls a shard with some in flight at once, numbers with
    # history, a number twice in a range, re-subscriptions under a global opt-out.
    monkeypatch.setattr("app.lists.imports.RANGE_ROWS", 700)
    monkeypatch.setattr("app.consent.fresh.FRESH_BATCH", 40)
    numbers = _numbers(3000, start=5_000_000)
    sms("STOP", sender=numbers[10])  # in force for OUR_NUMBER only: the row widens it
    sms("START", sender=numbers[11])  # history, nothing in force
    lines = [f"{n},all,,email,2026-01-02T03:04:05Z,crm," for n in numbers]
    lines[20] = f"{numbers[20]},all,,email,2026-01-02T03:04:05Z,crm,{CLINIC}"
    lines.insert(30, f"{numbers[29]},sender,{CLINIC},email,,,")  # twice: in force the 2nd time
    source = tmp_path / "list.csv"
    source.write_text(HEADER + "\n".join(lines) + "\n")
    before = ledger_size(services)

    result = cli("import", str(source))
    assert result.exit_code == 0, result.stderr
    assert "3001 rows: 3001 recorded, 1 already in force" in result.stderr
    assert ledger_size(services) == before + 3001  # an opt-out a number, and the opt-in
    flags = services.suppressions.check_many(numbers, OUR_NUMBER)
    assert all(flag & 1 for flag in flags)  # a check after the import: every one suppressed
    assert suppressed(numbers[20], OUR_NUMBER) and not suppressed(numbers[20], CLINIC)
    assert [e["kind"] for e in services.ledger.history(numbers[11])] == ["opt_in", "opt_out"]
    report = rebuild(services.connections.store, services.ledger, services.suppressions,
                     fix=False)
    assert not report.history_differences and not report.projection_differences, report

    registry = services.connections.store.registry()
    for key in registry.scan_iter(Registry.IMPORTED + "*"):
        registry.delete(key)  # as if the ranges' keys had expired: idempotent by state
    again = cli("import", str(source))
    assert "3001 rows: 0 recorded, 3002 already in force" in again.stderr, again.stderr
    assert ledger_size(services) == before + 3001


HEADER = "number,scope,sender,source,since,note,exceptions\n"


@pytest.mark.parametrize("note", ["=HYPERLINK(\"http://x\",\"y\")", "+SUM(1,2)", "-2+3",
                                  "@cmd"])
def test_export_escapes_notes_a_spreadsheet_would_run(cli, services, tmp_path, note):
    services.ledger.record(manual_event(Kind.OPT_OUT, "+16175550123", source="email",
                                        sender=None, note=note, policy=services.policy))
    exported = tmp_path / "export.csv"
    assert cli("export", "-o", str(exported)).exit_code == 0
    (row,) = list(csv.DictReader(exported.read_text(encoding="utf-8").splitlines()))
    assert row["note"] == "'" + note
    assert row["number"] == "+16175550123"  # a plain number stays as it is


def test_export_and_report_files_are_private_whatever_the_umask(cli, services, tmp_path):
    services.ledger.record(manual_event(Kind.OPT_OUT, "+16175550123", source="email",
                                        sender=None, note="letter", policy=services.policy))
    old = os.umask(0o022)
    try:
        exported, report = tmp_path / "export.csv", tmp_path / "report.html"
        report.write_text("")  # an existing file keeps no looser mode either
        report.chmod(0o644)
        assert cli("export", "-o", str(exported)).exit_code == 0
        assert cli("report", "+16175550123", "-o", str(report)).exit_code == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(exported.stat().st_mode) == 0o600
    assert stat.S_IMODE(report.stat().st_mode) == 0o600
    assert "+16175550123" in report.read_text()


def test_a_number_that_names_its_channel_is_imported(cli, services, suppressed, tmp_path):
    source = tmp_path / "list.csv"
    source.write_text("number,scope\nwhatsapp:+16175550123,all\n")
    result = cli("import", str(source))
    assert result.exit_code == 0, result.stderr
    assert suppressed("+16175550123")
