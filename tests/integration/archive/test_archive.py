"""The archive: migrations, idempotent ordered copying, the kill test, trimming, the RQ job.

Every test runs on SQLite and on the local PostgreSQL (skipped when none answers), against
the real Redis of the test session.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys

import pytest
import sqlalchemy as sa
from rq.registry import ScheduledJobRegistry

from app.archive import Archive, Pepper, archive_now, copy_new_events, trim_archived
from app.archive.db import current_revision, head_revision
from app.archive.history import all_events
from app.archive.store import split_id
from app.archive.verify import verify_archive
from app.bootstrap import Services
from app.consent.events import ConsentEvent, Kind
from app.messaging.message_ids import keep_message_ids
from app.monitoring.health import collect
from tests.helpers import OUR_NUMBER, PEPPER, ROOT, inbound_form
from workers.schedules import ensure_scheduled


def record(services: Services, count: int, *, start: int = 0) -> list[str]:
    """Record ``count`` opt-outs by email (no apply jobs); returns their ledger ids."""
    ids: list[str] = []
    for first in range(start, start + count, 500):
        events = [ConsentEvent(kind=Kind.OPT_OUT, number=f"+1617555{i % 10_000:04d}",
                               source="email", scope="all", channel="email",
                               note=f"ticket {i}")
                  for i in range(first, min(first + 500, start + count))]
        ids += [r.ledger_id for r in services.ledger.record_many(events, apply=False)]
    return ids


TEXTER = "+16175550123"


def ledger_ids(services: Services) -> list[str]:
    return [e["id"] for e in services.ledger.scan()]


# -- schema -------------------------------------------------------------------------------

def test_migrate_creates_the_schema_once(archive_url):
    fresh = Archive.open(archive_url, Pepper.of(PEPPER))
    try:
        assert not fresh.ready()
        assert fresh.migrate() == (None, head_revision())
        assert fresh.ready() and current_revision(fresh.engine) == head_revision()
        assert fresh.migrate() == (head_revision(), head_revision())  # nothing to do
        assert fresh.count() == 0 and fresh.cursor(0) is None
    finally:
        fresh.close()


def test_an_archive_of_the_first_schema_keeps_its_events_when_migrated(archive_url):
    from alembic import command

    from app.archive.db import _config

    old = Archive.open(archive_url, Pepper.of(PEPPER))
    try:
        config = _config()
        with old.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "0001")  # the schema as first released
        events = [{"id": f"1700000000000-{i}", "number": "+16175550123", "kind": "opt_out",
                   "source": "sms", "body": "STOP"} for i in range(3)]
        with old.engine.begin() as conn:
            conn.execute(sa.text(
                "INSERT INTO consent_events (shard, ledger_ms, ledger_seq, ledger_id, number,"
                " kind, source, body, recorded_at, applied_at, archived_at, event) VALUES "
                "(0, 1700000000000, :seq, :id, :number, 'opt_out', 'sms', 'STOP', :at, NULL,"
                " :at, :event)"), [
                {"seq": i, "id": e["id"], "number": e["number"], "at": "2023-11-14 22:13:20",
                 "event": json.dumps(e)} for i, e in enumerate(events)])
        assert old.migrate() == ("0001", head_revision())
        assert [e["id"] for e in old.events_of("+16175550123")] == [e["id"] for e in events]
        assert old.cursor(0) == "1700000000000-2"
    finally:
        old.close()


def test_sqlite_archive_is_not_created_by_asking(tmp_path):
    path = tmp_path / "nested" / "archive.sqlite3"
    unopened = Archive.open(f"sqlite:///{path}")
    assert not unopened.ready() and not path.exists()
    unopened.close()


# -- copying ------------------------------------------------------------------------------

def test_copy_is_ordered_and_idempotent(services, archive):
    ids = record(services, 1200)
    source = services.ledger
    assert copy_new_events(archive, source, batch=100) == {0: 1200}
    assert copy_new_events(archive, source, batch=100) == {0: 0}
    assert archive.ids(0) == ids and archive.cursor(0) == ids[-1]
    # Re-inserting what is there (a run killed after its commit) changes nothing.
    assert archive.insert(0, list(source.scan(0))[:300]) == 0
    later = record(services, 7, start=5000)
    assert copy_new_events(archive, source, batch=100) == {0: 7}
    assert archive.ids(0) == ids + later and archive.count() == 1207


def test_archived_event_is_the_ledger_event(services, sms, archive):
    sms("Stop texting me please", sender="+16175550123")
    copy_new_events(archive, services.ledger)
    (stored,) = archive.events_of("+16175550123")
    (live,) = services.ledger.history("+16175550123")
    assert len(stored.pop("hash")) == 64  # its place in the shard's hash chain
    assert stored == {**live, "shard": 0}
    assert stored["body"] == "Stop texting me please" and stored["source"] == "sms"


def test_an_event_with_control_characters_does_not_stop_the_archive(services, archive):
    """A ledger written before the entry points refused control characters may hold a NUL,
    which PostgreSQL's text cannot: the copier writes it out and says so in the event."""
    before = record(services, 2)
    ledger = services.ledger
    stream = ledger.layout.ledger(0)
    bad_id = ledger.store.node(0).xadd(stream, {
        "kind": "opt_out", "number": "+16175550199", "scope": "all", "source": "email",
        "channel": "email", "body": "STOP\x00", "note": "ticket\x00 42\x07"})
    after = record(services, 2, start=10)
    assert copy_new_events(archive, ledger) == {0: 5}
    bad = bad_id.decode() if isinstance(bad_id, bytes) else bad_id
    assert archive.ids(0) == [*before, bad, *after]
    (stored,) = archive.events_of("+16175550199")
    assert stored["note"] == "ticket\\u0000 42\\u0007" and stored["body"] == "STOP\\u0000"
    assert stored["escaped"] == "body,note"
    assert not verify_archive(archive, Pepper.of(PEPPER)).bad


def test_a_replay_of_an_archived_start_is_refused_once_message_ids_are_kept(
        services, archive, post_signed):
    """A START recorded while dedupe keys still expired, then archived and trimmed from
    Redis: only the archive knows its message id. Keeping the ids (``optout migrate``)
    makes its replay a duplicate."""
    post_signed("/webhooks/twilio/sms", inbound_form("STOP"))
    start = inbound_form("START")
    post_signed("/webhooks/twilio/sms", start)
    post_signed("/webhooks/twilio/sms", inbound_form("STOP"))
    archive_now(archive, services.ledger, hot_days=0)
    node = services.connections.store.node(0)
    for key in list(node.scan_iter(match="*msg:*")):
        node.delete(key)  # as if each had expired
    assert services.ledger.history(TEXTER) == []  # trimmed: in the archive only
    assert keep_message_ids(services.ledger, all_events(services.ledger, archive)) == 3

    replay = post_signed("/webhooks/twilio/sms", start)
    assert "resubscribed" not in replay.get_data(as_text=True)
    assert services.suppressions.lookup(TEXTER, OUR_NUMBER).suppressed


def test_scan_after_is_exclusive(services):
    ids = record(services, 30)
    source = services.ledger
    assert [e["id"] for e in source.scan(0, after=ids[9], batch=7)] == ids[10:]
    assert [e["shard"] for e in source.scan(0, batch=7)] == [0] * 30
    with pytest.raises(ValueError):
        list(source.scan(1))


_COPIER = """
import sys
from app.archive import Archive, Pepper, copy_new_events
from app.bootstrap import build_services
from config import Settings
services = build_services(Settings(_env_file=None, redis_url=sys.argv[1], store_shards=1))
archive = Archive.open(sys.argv[2], Pepper.of(sys.argv[4]))
copy_new_events(archive, services.ledger, batch=int(sys.argv[3]),
                on_batch=lambda shard, rows: print(rows, flush=True))
print("done", flush=True)
"""


def _copy_until_killed(redis_url: str, archive_url: str, batches: int) -> bool:
    """Run the copier in a process; SIGKILL it after ``batches`` committed batches.
    Returns False when it finished first."""
    child = subprocess.Popen([sys.executable, "-c", _COPIER, redis_url, archive_url, "25", PEPPER],
                             stdout=subprocess.PIPE, text=True, cwd=ROOT,
                             env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert child.stdout is not None
    try:
        for _ in range(batches):
            if child.stdout.readline().strip() in ("done", ""):
                return False
        child.send_signal(signal.SIGKILL)  # mid-way through the next batch, or between
        return True
    finally:
        child.wait(30)
        child.stdout.close()


def test_killed_copier_loses_nothing_and_doubles_nothing(services, archive, redis_url,
                                                         archive_url):
    ids = record(services, 2500)
    counts = []
    for batches in (3, 11, 7, 19):
        assert _copy_until_killed(redis_url, archive_url, batches), "finished before the kill"
        counts.append(archive.count())
        assert archive.ids(0) == ids[: counts[-1]], "the archive is not a prefix of the ledger"
    assert 0 < counts[0] < counts[-1] < len(ids)
    copy_new_events(archive, services.ledger, batch=25)
    assert archive.ids(0) == ids == ledger_ids(services)
    assert archive.count() == len(set(archive.ids(0))) == 2500


# -- trimming -----------------------------------------------------------------------------

def test_trim_removes_only_archived_cold_events(services, archive):
    ids = record(services, 40)
    source = services.ledger
    assert trim_archived(archive, source, hot_days=0) == {0: 0}  # nothing archived yet
    copy_new_events(archive, source)
    later = record(services, 5, start=100)  # in Redis, not yet archived
    cutoff_ms = split_id(ids[19])[0]
    now_ms = cutoff_ms + 2 * 86_400_000
    trimmed = trim_archived(archive, source, hot_days=2, now_ms=now_ms)
    remaining = ledger_ids(services)
    assert trimmed[0] == sum(split_id(i)[0] <= cutoff_ms for i in ids) >= 20
    assert remaining == ids[trimmed[0]:] + later
    assert trim_archived(archive, source, hot_days=0) == {0: len(ids) - trimmed[0]}
    assert ledger_ids(services) == later  # hot-days 0: all that is archived, never the rest
    assert archive.ids(0) == ids  # the archive keeps everything


def test_archive_now_copies_then_trims(services, archive):
    record(services, 12)
    run = archive_now(archive, services.ledger, hot_days=0)
    assert run.as_dict() == {"copied": 12, "trimmed": 12}
    assert ledger_ids(services) == [] and archive.count() == 12
    assert archive_now(archive, services.ledger, hot_days=None).as_dict() == {
        "copied": 0, "trimmed": 0}


# -- the RQ job ---------------------------------------------------------------------------

def test_job_archives_and_schedules_its_next_run(services, archive, run_jobs):
    record(services, 9)
    services.queue.enqueue("workers.jobs.archive_events")
    run_jobs()
    assert archive.count() == 9
    assert len(ledger_ids(services)) == 9  # LEDGER_HOT_DAYS=30: recent events stay in Redis
    scheduled = ScheduledJobRegistry(queue=services.queue).get_job_ids()
    assert len(scheduled) == 1
    next_job = services.queue.fetch_job(scheduled[0])
    assert next_job is not None and next_job.func_name == "workers.jobs.archive_events"
    # The chain is live: starting it again does nothing.
    assert ensure_scheduled(services.queue, services.connections.redis, 60) is None


def test_job_without_schema_fails_and_still_reschedules(services, run_jobs, tmp_path):
    services.settings.archive_url = f"sqlite:///{tmp_path / 'never-migrated.sqlite3'}"
    job = services.queue.enqueue("workers.jobs.archive_events")
    run_jobs()
    job.refresh()
    assert job.is_failed and "optout migrate" in (job.latest_result().exc_string or "")
    assert len(ScheduledJobRegistry(queue=services.queue).get_job_ids()) == 1


def _refuse_long_bodies(archive: Archive) -> None:
    """Make the database refuse any row whose body is longer than 3 characters."""
    with archive.engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(sa.text("ALTER TABLE consent_events ALTER COLUMN body TYPE varchar(3)"))
        else:
            conn.execute(sa.text(
                "CREATE TRIGGER short_bodies BEFORE INSERT ON consent_events "
                "WHEN length(NEW.body) > 3 BEGIN SELECT RAISE(ABORT, 'body too long'); END"))


def test_a_refused_copy_is_named_in_health_without_the_message(services, archive, sms,
                                                                run_jobs, caplog):
    _refuse_long_bodies(archive)
    sms("Stop texting me please")
    job = services.queue.enqueue("workers.jobs.archive_events")
    with caplog.at_level(logging.DEBUG):
        run_jobs()
    job.refresh()
    assert job.is_failed
    assert not [r for r in caplog.records if "texting me" in r.getMessage()
                or "texting me" in str(r.exc_info and r.exc_info[1])
                or "texting me" in (r.exc_text or "")]
    failing = {c["name"]: c["detail"] for c in collect(services.watched)["checks"]
               if not c["ok"]}
    assert failing["failed_jobs"].startswith("1 failed: archive_events (")
    assert "refused the copy" in failing["failed_jobs"]
    assert "sqlalche.me" not in failing["failed_jobs"] and "texting" not in failing["failed_jobs"]


def test_a_refused_copy_by_the_command_says_why_without_the_message(services, archive, sms,
                                                                    cli, monkeypatch):
    _refuse_long_bodies(archive)
    sms("Stop texting me please")
    monkeypatch.setenv("ARCHIVE_URL", services.settings.archive_url)
    monkeypatch.setenv("OPTOUT_DATA_DIR", str(services.settings.optout_data_dir))
    result = cli("archive")
    assert result.exit_code == 1
    assert "stopped the copy" in result.stderr and "texting" not in result.stderr


def test_an_unreachable_archive_is_named_in_health_until_it_answers(services, archive, run_jobs):
    url = services.settings.archive_url
    services.settings.archive_url = "postgresql://postgres@127.0.0.1:9/nowhere"
    record(services, 2)
    services.queue.enqueue("workers.jobs.archive_events")
    run_jobs()
    checks = {c["name"]: c for c in collect(services.watched)["checks"]}
    assert not checks["archive"]["ok"]
    assert checks["archive"]["detail"].startswith("archive unreachable since 20")
    assert "archive_events (the archive at " in checks["failed_jobs"]["detail"]
    assert "127.0.0.1:9/nowhere is unreachable" in checks["failed_jobs"]["detail"]
    services.settings.archive_url = url
    services.queue.enqueue("workers.jobs.archive_events", kwargs={"reschedule": False})
    run_jobs()
    checks = {c["name"]: c for c in collect(services.watched)["checks"]}
    assert checks["archive"]["ok"] and archive.count() == 2


def test_ensure_scheduled_starts_one_chain(services):
    first = ensure_scheduled(services.queue, services.connections.redis, 60)
    assert first is not None
    assert ensure_scheduled(services.queue, services.connections.redis, 60) is None
    assert ScheduledJobRegistry(queue=services.queue).get_job_ids() == [first]
