"""The tamper-evident archive: every row sealed in its shard's hash chain, ``optout verify``
naming the first row that does not match (a changed column, a changed event, a deleted row,
another pepper), an erasure that keeps the chain verifiable, and rows archived before the
chain sealed on upgrade. On SQLite and on PostgreSQL."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa

from app.archive import PERSONAL_FIELDS, Archive, Pepper, copy_new_events
from app.archive.models import consent_events
from app.archive.sealing import GENESIS, canonical_json, redact_event, seal_hash
from app.archive.store import _row
from app.archive.verify import verify_archive
from tests.helpers import API_KEY, PEPPER, ROOT

TEXTER = "+16175550123"
AUTH = {"Authorization": f"Bearer {API_KEY}"}


@pytest.fixture
def verify_cli(cli, archive_url, monkeypatch):
    """``optout verify`` in process, on the test's archive, with the test's pepper."""
    from config import get_settings

    monkeypatch.setenv("ARCHIVE_URL", archive_url)
    monkeypatch.setenv("ERASURE_PEPPER", PEPPER)
    get_settings.cache_clear()
    return lambda *args: cli("verify", *args)


def rows(archive: Archive) -> list[sa.Row]:
    with archive.engine.connect() as conn:
        return conn.execute(sa.text(
            "SELECT shard, ledger_id, hash, prev_hash, digests, seal_key, body, event "
            "FROM consent_events ORDER BY shard, ledger_ms, ledger_seq")).all()


def execute(archive: Archive, statement: str, **params: object) -> None:
    with archive.engine.begin() as conn:
        conn.execute(sa.text(statement), params)


def json_set(archive: Archive, field: str) -> str:
    """SQL that replaces ``field`` of the event JSON with :value."""
    if archive.engine.dialect.name == "postgresql":
        return f"(jsonb_set(event::jsonb, '{{{field}}}', to_jsonb(CAST(:value AS text))))::json"
    return f"json_set(event, '$.{field}', :value)"


@pytest.fixture
def stops(services, sms, client, archive):
    """Three texters' STOPs, an e-mailed opt-out with a note, all archived."""
    for number in (TEXTER, "+16175550124", "+16175550125"):
        assert sms("Stop texting me", sender=number).status_code == 200
    client.put(f"/v1/suppressions/{TEXTER}", headers=AUTH,
               json={"source": "email", "note": "asked by email, ticket 4411"})
    copy_new_events(archive, services.ledger)
    return rows(archive)


def test_rows_form_a_chain_over_documented_canonical_json(stops, archive):
    prev = GENESIS
    pepper = Pepper.of(PEPPER)
    assert pepper is not None
    for row in stops:
        assert row.prev_hash == prev and len(row.hash) == 64 and row.seal_key == pepper.key_id
        event = row.event if isinstance(row.event, dict) else json.loads(row.event)
        digests = row.digests if isinstance(row.digests, dict) else json.loads(row.digests)
        # The number and the words enter the chain only as keyed digests.
        assert set(digests) == {f for f in PERSONAL_FIELDS if f in event}
        assert digests["number"] == pepper.digest("number", event["number"])
        assert seal_hash(row.shard, row.ledger_id, event, digests, row.seal_key, prev) == row.hash
        prev = row.hash
    assert canonical_json({"b": "é", "a": 1}) == '{"a":1,"b":"é"}'.encode()
    head = archive.head(0)
    assert head is not None and head.hash == stops[-1].hash and head.rows == len(stops)


def test_verify_passes_an_intact_archive(stops, verify_cli):
    result = verify_cli()
    assert result.exit_code == 0, result.output
    assert f"verified {len(stops)} rows in 1 shard(s)" in result.output


@pytest.mark.parametrize("tamper", ["column", "event", "kind", "delete"])
def test_verify_names_the_first_tampered_row(stops, archive, verify_cli, tamper):
    target = stops[1]
    if tamper == "column":  # the searchable copy of the words
        execute(archive, "UPDATE consent_events SET body = 'START' WHERE ledger_id = :id",
                id=target.ledger_id)
    elif tamper in ("event", "kind"):  # the event itself: a personal field, a sealed field
        field, value = ("body", "START") if tamper == "event" else ("kind", "opt_in")
        execute(archive, f"UPDATE consent_events SET event = {json_set(archive, field)} "
                "WHERE ledger_id = :id", id=target.ledger_id, value=value)
        # and its column, so that only the digest (body) or the hash (kind) can tell
        execute(archive, f"UPDATE consent_events SET {field} = :value WHERE ledger_id = :id",
                id=target.ledger_id, value=value)
    else:
        execute(archive, "DELETE FROM consent_events WHERE ledger_id = :id",
                id=target.ledger_id)
    result = verify_cli()
    assert result.exit_code == 1, result.output
    named = stops[2] if tamper == "delete" else target
    expected = {"column": "column body differs from the sealed event",
                "event": "body does not match its sealed digest",
                "kind": "does not match its hash",
                "delete": "prev_hash is not the hash of the row before it"}[tamper]
    bad = [line for line in result.output.splitlines() if line.startswith("BAD ")]
    assert len(bad) == 1, result.output
    assert named.ledger_id in bad[0] and expected in bad[0], (named.ledger_id, bad)
    assert "+16175550123" not in result.output  # numbers are masked


def test_an_erasure_redacts_and_the_chain_still_verifies(stops, archive, verify_cli):
    mine = archive.rows_of(TEXTER)
    assert archive.redact_number(TEXTER) == 2 and archive.redact_number(TEXTER) == 0
    for row in rows(archive):
        if row.ledger_id in mine[0]:
            event = row.event if isinstance(row.event, dict) else json.loads(row.event)
            assert not set(PERSONAL_FIELDS) & set(event) and row.body is None
            assert TEXTER not in json.dumps(event) and "ticket 4411" not in json.dumps(event)
            digests = row.digests if isinstance(row.digests, dict) else json.loads(row.digests)
            assert digests["number"] == Pepper(PEPPER.encode()).digest("number", TEXTER)
    assert archive.rows_of(TEXTER) == {}
    result = verify_cli()
    assert result.exit_code == 0, result.output
    assert redact_event({"number": TEXTER, "kind": "opt_out", "ip": "203.0.113.9"}) == {
        "kind": "opt_out"}


def test_another_pepper_or_none_cannot_verify(stops, archive, verify_cli, monkeypatch):
    from config import get_settings

    monkeypatch.setenv("ERASURE_PEPPER", "another-pepper-0123456789abcdef0123456789")
    get_settings.cache_clear()
    result = verify_cli()
    assert result.exit_code == 1 and "sealed with another ERASURE_PEPPER" in result.output
    monkeypatch.delenv("ERASURE_PEPPER")
    get_settings.cache_clear()
    result = verify_cli()
    assert result.exit_code == 2 and "ERASURE_PEPPER is not set" in result.output


def test_rows_archived_before_the_chain_are_sealed_on_upgrade(archive_url, services, sms):
    from alembic import command

    from app.archive.db import _config

    sms("STOP", sender=TEXTER)
    old = Archive.open(archive_url, Pepper.of(PEPPER))
    try:
        config = _config()
        with old.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "0002")  # the schema before the chain
        with old.engine.begin() as conn:  # rows as the copier of that schema wrote them
            conn.execute(consent_events.insert(), [
                _row(0, event, datetime.now(UTC)) for event in services.ledger.scan(0)])
        sms("START", sender=TEXTER)
        old.migrate()  # adds the chain and seals what is there, in order
        copy_new_events(old, services.ledger)  # then chains the new event after it
        pepper = Pepper.of(PEPPER)
        assert pepper is not None
        result = verify_archive(old, pepper)
        assert result.bad == [] and result.rows == 2
    finally:
        old.close()


@pytest.mark.slow
def test_done_when_a_tampered_postgresql_row_makes_verify_exit_1(services, sms, run_jobs,
                                                                 archive, archive_url):
    """The issue's example 5: STOPs through the webhook, archived by the worker's job, one
    row's words changed in PostgreSQL, and `optout verify` (a real process) names it."""
    if archive.engine.dialect.name != "postgresql":
        pytest.skip("the example is PostgreSQL's")
    from workers.schedules import ARCHIVE_JOB

    for body in ("STOP", "Please stop texting me", "STOP"):
        sms(body, sender=TEXTER)
    services.queue.enqueue(ARCHIVE_JOB, kwargs={"reschedule": False})
    run_jobs()
    stored = rows(archive)
    assert len(stored) == 3
    env = {**os.environ, "REDIS_URL": services.settings.redis_url or "",
           "ARCHIVE_URL": archive_url, "ERASURE_PEPPER": PEPPER}

    def verify() -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "app.cli", "verify"], env=env, cwd=ROOT,
                              capture_output=True, text=True, timeout=60)

    assert verify().returncode == 0
    execute(archive, "UPDATE consent_events SET body = 'Thanks!' WHERE ledger_id = :id",
            id=stored[1].ledger_id)
    tampered = verify()
    assert tampered.returncode == 1, tampered.stdout + tampered.stderr
    assert f"BAD shard 0 row {stored[1].ledger_id}" in tampered.stdout
    assert "column body differs from the sealed event" in tampered.stdout


def test_a_pending_capture_status_fits_the_archive(services, archive):
    """A double opt-in's capture says ``pending_confirmation`` (20 characters)."""
    from app.consent.events import ConsentEvent, Kind

    services.ledger.record(ConsentEvent(kind=Kind.OPT_IN, number=TEXTER, source="web",
                                        sender="+18005550100", note="signed form"))
    (event,) = services.ledger.history(TEXTER)
    assert archive.insert(0, [{**event, "status": "pending_confirmation"}]) == 1
    assert archive.events_of(TEXTER)[0]["status"] == "pending_confirmation"
