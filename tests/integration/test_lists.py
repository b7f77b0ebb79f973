"""Campaign tools on the command line: filter, import, export, rebuild (real Redis)."""

from __future__ import annotations

import csv
import io

import redis
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.cli import main
from tests.helpers import API_KEY, OUR_NUMBER, figures, ledger_size, wipe

# The consent store on one Redis and on a Redis Cluster: every test runs on both.
BOTH_STORES = True

AUTH = {"Authorization": f"Bearer {API_KEY}"}




# -- filter -------------------------------------------------------------------------------

def test_filter_plain_numbers(cli, sms, post_signed, run_jobs, tmp_path):
    sms("STOP", sender="+16175550101")
    run_jobs()
    sms("STOP", sender="+16175550102")  # acknowledged, no worker has applied it
    post_signed("/webhooks/twilio/status", {"MessageSid": "SM" + "3" * 32, "From": OUR_NUMBER,
                                            "To": "+16175550103", "ErrorCode": "30006"})
    run_jobs()
    rejected = tmp_path / "rejected.tsv"
    numbers = ["+16175550100", "+16175550101", "(617) 555-0102", "+16175550103", "garbage",
               "617.555.0104", "", "+447700900123"]
    result = cli("filter", "--sender", OUR_NUMBER, "--rejected", str(rejected),
                 input="\n".join(numbers) + "\n")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == ["+16175550100", "+16175550104", "+447700900123"]
    reasons = dict(line.split("\t", 1) for line in rejected.read_text().splitlines())
    assert reasons["+16175550101"] == "suppressed"
    assert reasons["(617) 555-0102"] == "suppressed"
    assert reasons["+16175550103"] == "undeliverable"
    assert reasons["garbage"].startswith("invalid:")
    assert "kept 3, rejected 4" in result.stderr


def test_filter_csv_keeps_columns_and_names_reasons(cli, sms, tmp_path):
    sms("STOP", sender="+16175550101")
    source = tmp_path / "campaign.csv"
    source.write_text("first_name,Mobile Phone,segment\nAna,617-555-0100,vip\n"
                      "Bo,(617) 555-0101,new\nCy,nope,vip\n")
    rejected = tmp_path / "rejected.csv"
    result = cli("filter", str(source), "--rejected", str(rejected))
    assert result.exit_code == 0
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows == [["first_name", "Mobile Phone", "segment"], ["Ana", "+16175550100", "vip"]]
    bad = list(csv.reader(io.StringIO(rejected.read_text())))
    assert bad[0] == ["first_name", "Mobile Phone", "segment", "reason"]
    assert [r[-1].split(":")[0] for r in bad[1:]] == ["suppressed", "invalid"]  # input order


def test_filter_csv_needs_a_number_column(cli, tmp_path):
    source = tmp_path / "list.csv"
    source.write_text("name,city\nAna,Boston\n")
    result = CliRunner().invoke(main, ["filter", str(source)])
    assert result.exit_code == 2 and "--column" in result.output


@settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck))
@given(opted_out=st.sets(st.integers(0, 199), max_size=40),
       applied=st.booleans(), sender_scoped=st.booleans())
def test_filter_never_lets_a_suppressed_or_pending_number_through(
        cli, sms, run_jobs, services, opted_out, applied, sender_scoped):
    wipe(services)
    for i in opted_out:
        sms("STOP" if sender_scoped else "STOPALL", sender=f"+1617555{i:04d}")
    if applied:
        run_jobs()
    campaign = [f"+1617555{i:04d}" for i in range(200)]
    result = cli("filter", "--sender", OUR_NUMBER, input="\n".join(campaign))
    kept = set(result.stdout.split())
    assert kept.isdisjoint(f"+1617555{i:04d}" for i in opted_out)
    assert len(kept) == 200 - len(opted_out)


# -- import / export ----------------------------------------------------------------------

def test_import_reports_bad_rows_and_is_idempotent(cli, services, tmp_path):
    source = tmp_path / "optouts.csv"
    good = ("number,scope,sender,source,since,note\n"
            "+16175550101,all,,email,2026-01-02T03:04:05Z,asked by email\n"
            "617-555-0102,sender,+18005550100,phone,,called support\n")
    source.write_text(good + "not-a-number,all,,email,,\n"
                      "+16175550103,sender,,email,,\n"
                      "+16175550104,all,,sms,,\n"
                      "+16175550105,everything,,email,,\n")
    result = cli("import", str(source))
    assert result.exit_code == 2
    assert "line 4:" in result.stderr and "line 5:" in result.stderr and "line 7:" in result.stderr
    assert "6 rows read, 3 bad: nothing was imported" in result.stderr
    assert not services.suppressions.lookup("+16175550101", "12345").suppressed

    source.write_text(good)
    result = cli("import", str(source))
    assert result.exit_code == 0
    assert "2 rows: 2 recorded, 0 already in force, 0 already imported, 0 bad" in result.stderr
    lookup = services.suppressions.lookup("+16175550101", "12345")
    assert lookup.suppressed and lookup.scope == "all" and lookup.source == "email"
    assert lookup.since == "2026-01-02T03:04:05Z"
    assert services.suppressions.lookup("+16175550102", OUR_NUMBER).suppressed
    assert not services.suppressions.lookup("+16175550102", "+18005550199").suppressed
    assert figures(services).unapplied == 0  # applied by the import

    again = cli("import", str(source))
    assert "0 recorded, 0 already in force, 2 already imported" in again.stderr
    assert len(services.ledger.history("+16175550101")) == 1


def test_export_then_import_round_trip_is_equal(cli, services, client, sms, run_jobs):
    sms("STOP", sender="+16175550101")
    sms("STOPALL", sender="+16175550102")
    sms("START", sender="+16175550102")  # exception under the global opt-out
    sms("STOP", sender="+16175550103", to="+18005550199")
    sms("STOP", sender="+16175550103")
    sms("STOP", sender="+16175550104")
    sms("START", sender="+16175550104")  # no longer in force: not exported
    client.put("/v1/suppressions/+16175550105", headers=AUTH,
               json={"source": "mail", "note": "letter", "sender": "12345"})
    run_jobs()
    numbers = [f"+1617555010{i}" for i in range(1, 6)]
    senders = [None, OUR_NUMBER, "+18005550199", "12345", "+18885550000"]

    def snapshot():
        return [(n, s, *(lambda x: (x.suppressed, x.scope, x.since, x.source))(
            services.suppressions.lookup(n, s))) for n in numbers for s in senders]

    before = snapshot()
    exported = cli("export")
    assert exported.exit_code == 0
    assert exported.stdout.splitlines()[0] == "number,scope,sender,source,since,note,exceptions,categories"
    wipe(services)
    source = io.StringIO(exported.stdout)
    path = services.settings.optout_data_dir.parent / "export.csv"
    path.write_text(source.getvalue())
    assert cli("import", str(path)).exit_code == 0
    # A CSV row has no carrier message id: an opt-out by text comes back as an import.
    assert snapshot() == [(*row[:-1], "import" if row[-1] == "sms" else row[-1])
                          for row in before]
    assert services.ledger.history("+16175550101")[0]["channel"] == "sms"
    assert cli("export").stdout == exported.stdout.replace(",sms,", ",import,")


def test_export_then_import_into_the_same_store_records_nothing(cli, services, client, sms,
                                                                run_jobs):
    sms("STOP", sender="+16175550101")
    sms("STOPALL", sender="+16175550102")
    sms("START", sender="+16175550102")  # an exception under the global opt-out
    client.put("/v1/suppressions/+16175550105", headers=AUTH,
               json={"source": "mail", "note": "letter", "sender": "12345"})
    run_jobs()
    exported = cli("export")
    path = services.settings.optout_data_dir.parent / "export.csv"
    path.write_text(exported.stdout)
    events = ledger_size(services)
    result = cli("import", str(path))
    assert result.exit_code == 0, result.stderr
    assert "0 recorded, 4 already in force" in result.stderr
    assert ledger_size(services) == events


# -- rebuild ------------------------------------------------------------------------------

def test_rebuild_equals_the_live_projection_and_mends_it(cli, services, sms, client, run_jobs):
    for i in range(20):
        sms("STOP" if i % 3 else "STOPALL", sender=f"+161755501{i:02d}")
    sms("START", sender="+16175550101")
    client.put("/v1/suppressions/+16175550199", headers=AUTH, json={"source": "email"})
    run_jobs()
    clean = cli("rebuild", "--check")
    assert clean.exit_code == 0, clean.stdout
    assert "found 0 history and 0 projection differences" in clean.stdout

    store = services.connections.store
    layout = store.layout

    def place(number: str) -> tuple[redis.Redis, int, str]:
        shard, bucket, field = layout.locate(number)
        return store.node(shard), bucket, field

    node, bucket, field = place("+16175550102")
    node.hdel(layout.projection(bucket), field)  # a lost projection entry
    node, bucket, field = place("+12125550000")
    node.hset(layout.projection(bucket), field, "*")  # an entry with no history behind it
    node, bucket, field = place("+16175550103")
    node.hset(layout.history(bucket), field, "")  # a damaged history
    checked = cli("rebuild", "--check")
    assert checked.exit_code == 1
    assert "found 1 history and 2 projection differences" in checked.stdout
    assert "+1617" in checked.stdout and "16175550102" not in checked.stdout  # masked

    fixed = cli("rebuild")
    assert fixed.exit_code == 1 and "fixed 1 history and 2 projection" in fixed.stdout
    assert cli("rebuild", "--check").exit_code == 0
    assert services.suppressions.lookup("+16175550102", OUR_NUMBER).suppressed
    assert services.suppressions.lookup("+16175550103", OUR_NUMBER).suppressed  # history mended
    assert services.suppressions.check_many(["+12125550000"], None) == [0]


def test_a_value_holding_two_numbers_is_never_checked_as_one(services, sms):
    from app.lists.checks import classify_inputs

    sms("STOP", sender="+16175550102")
    two = "+16175550101\n+16175550102"
    numbers, flags, errors = classify_inputs(services.suppressions, ["+16175550100", two],
                                             None, "US")
    assert flags[0] == 0 and flags[1] == 4 and 1 in errors  # invalid, not textable
    assert numbers[1] == ""


def test_filter_progress_bar_goes_to_stderr(cli):
    result = cli("filter", "--progress", input="+16175550100\n+16175550101\n")
    assert result.stdout.split() == ["+16175550100", "+16175550101"]
    assert "numbers" in result.stderr and "kept 2" in result.stderr


def test_a_senders_first_opt_out_counts_in_the_next_batch(services, sms):
    # The sender has no opt-out at all when the filter starts; one arrives between batches.
    from app.lists.checks import classify_inputs

    _, before, _ = classify_inputs(services.suppressions, ["+16175550123"], OUR_NUMBER, "US")
    sms("STOP")
    _, after, _ = classify_inputs(services.suppressions, ["+16175550123"], OUR_NUMBER, "US")
    assert before == [0] and after == [1]
