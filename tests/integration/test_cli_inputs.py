"""Files as people hand them to the command line: BOMs, other encodings, huge fields, bad
rows. Each gets a clear error naming the line (exit status 2), never a traceback, and a bad
import writes nothing."""

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta

import pytest

from tests.helpers import OUR_NUMBER, ledger_size

BOM = "\ufeff"





# -- BOM and encodings ----------------------------------------------------------------------

def test_filter_and_import_accept_a_utf8_bom(cli, services, sms, tmp_path):
    sms("STOP", sender="+16175550101")
    source = tmp_path / "list.csv"
    source.write_bytes((BOM + "number,name\n+16175550100,Ana\n+16175550101,Bo\n").encode())
    result = cli("filter", str(source))
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["number,name", "+16175550100,Ana"]

    plain = cli("filter", input=(BOM + "+16175550100\n+16175550101\n").encode())
    assert plain.stdout.split() == ["+16175550100"]

    source.write_bytes((BOM + "number,scope\n+16175550102,all\n").encode())
    imported = cli("import", str(source))
    assert imported.exit_code == 0, imported.stderr
    assert services.suppressions.lookup("+16175550102", OUR_NUMBER).suppressed


@pytest.mark.parametrize("command", ["filter", "import"])
def test_a_non_utf8_file_names_the_line_and_the_option(cli, services, tmp_path, command):
    source = tmp_path / "list.csv"
    rows = ["number,note"] + [f"+1617555{i:04d},ok" for i in range(100, 140)]
    rows[25] = "+16175550199,Caf\xe9"
    source.write_bytes(("\n".join(rows) + "\n").encode("cp1252"))
    before = ledger_size(services)
    result = cli(command, str(source))
    assert result.exit_code == 2
    assert "line 26: not valid utf-8" in result.stderr and "--encoding" in result.stderr
    assert "Traceback" not in result.output
    assert ledger_size(services) == before

    good = cli(command, str(source), "--encoding", "cp1252")
    assert good.exit_code == 0, good.stderr
    if command == "filter":
        assert "+16175550199,Café" in good.stdout
    else:
        assert "40 rows: 40 recorded" in good.stderr


def test_non_utf8_on_stdin_names_the_line(cli):
    result = cli("filter", input=b"+16175550100\n+16175550101\n\xff\xfe\n")
    assert result.exit_code == 2 and "line 3: not valid utf-8" in result.stderr


def test_an_unknown_encoding_is_a_usage_error(cli, tmp_path):
    source = tmp_path / "list.txt"
    source.write_text("+16175550100\n")
    result = cli("filter", str(source), "--encoding", "klingon")
    assert result.exit_code == 2 and "unknown encoding 'klingon'" in result.output


def test_utf16_with_encoding_option(cli, tmp_path):
    source = tmp_path / "list.csv"
    source.write_bytes("number,name\n+16175550100,Zoë\n".encode("utf-16"))
    result = cli("filter", str(source), "--encoding", "utf-16")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[1] == "+16175550100,Zoë"


# -- oversized fields and malformed CSV ----------------------------------------------------

@pytest.mark.parametrize("command", ["filter", "import"])
def test_an_oversized_field_names_the_line(cli, services, tmp_path, command):
    source = tmp_path / "list.csv"
    huge = "x" * (csv.field_size_limit() + 10)
    source.write_text(f"number,note\n+16175550100,a\n+16175550101,{huge}\n+16175550102,b\n")
    before = ledger_size(services)
    result = cli(command, str(source))
    assert result.exit_code == 2, result.output
    assert "line 3:" in result.stderr and "field larger than field limit" in result.stderr
    assert "Traceback" not in result.output
    assert ledger_size(services) == before


def test_an_unterminated_quote_names_the_line(cli, tmp_path):
    source = tmp_path / "list.csv"
    source.write_text('number,note\n+16175550100,"a\n')
    result = cli("filter", str(source), "--csv")
    # csv reads an open quote to the end of the file: an error or one kept row, never a crash
    assert result.exit_code in (0, 2)
    assert "Traceback" not in result.output


# -- import: all or nothing, and a summary of what went in ------------------------------

def test_import_writes_nothing_when_any_row_is_bad(cli, services, tmp_path):
    rows = ["number,scope,sender,source,since,note,exceptions"]
    rows += [f"+1617555{i:04d},all,,email,,row {i}," for i in range(1, 1201)]
    rows[1102] = "not-a-number,all,,email,,,"
    rows[700] = "+16175550700,all,,email,not-a-date,,"
    future = (datetime.now(UTC) + timedelta(days=2)).isoformat(timespec="seconds")
    rows[5] = f"+16175550005,all,,email,{future},,"
    source = tmp_path / "optouts.csv"
    source.write_text("\n".join(rows) + "\n")
    result = cli("import", str(source))
    assert result.exit_code == 2
    assert "line 1103:" in result.stderr
    assert "line 701: since must be an ISO 8601 date or time" in result.stderr
    assert f"line 6: since '{future}' is in the future" in result.stderr
    assert "1200 rows read, 3 bad: nothing was imported" in result.stderr
    assert ledger_size(services) == 0
    assert not services.suppressions.lookup("+16175550001", None).suppressed

    rows[1102] = "+16175551102,all,,email,,,"
    rows[700] = "+16175550700,all,,email,2026-01-02,,"
    rows[5] = "+16175550005,sender,+18005550100,phone,2025-06-30T12:00:00-04:00,,"
    rows.append("+16175559999,all,,email,,,+18885550000;+18885550001")
    source.write_text("\n".join(rows) + "\n")
    result = cli("import", str(source))
    assert result.exit_code == 0, result.stderr
    assert ("1201 rows: 1203 recorded, 0 already in force, 0 already imported, 0 bad (1201 opt-outs, "
            "2 re-subscriptions under a global opt-out, for 1201 numbers, all applied now)"
            ) in result.stderr
    assert services.suppressions.lookup("+16175551102", "+18885550000").suppressed
    assert services.suppressions.lookup("+16175559999", "+18885550002").suppressed
    assert not services.suppressions.lookup("+16175559999", "+18885550000").suppressed
    again = cli("import", str(source))
    assert "0 recorded, 0 already in force, 1203 already imported" in again.stderr
