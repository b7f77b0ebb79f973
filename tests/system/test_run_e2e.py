"""`optout run` as a user runs it: embedded Redis, gunicorn and a worker as real processes,
`optout simulate` and `optout check` from another terminal, then Ctrl-C."""

from __future__ import annotations

import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers.stack import Stack

pytestmark = pytest.mark.slow
OPTOUT = str(Path(sys.executable).with_name("optout"))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def our_processes(marker: str) -> list[int]:
    """Processes whose environment carries ``marker`` (children inherit it)."""
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            if marker.encode() in (entry / "environ").read_bytes():
                pids.append(int(entry.name))
        except OSError:
            continue
    return pids


@pytest.fixture
def clean_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("REDIS_", "TWILIO_", "OPTOUT_", "OPS_", "PUBLIC_", "PORT",
                                "SECRET_", "SUPPRESSION_", "ARCHIVE_", "LEDGER_"))}
    env["OPTOUT_DATA_DIR"] = str(tmp_path / "data")
    env["PORT"] = str(free_port())
    # Unique on the machine: other people's runs of this test share tmp_path's name.
    env["OPTOUT_E2E_MARKER"] = f"{tmp_path.name}-{secrets.token_hex(6)}"
    return env


def optout(env: dict[str, str], cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([OPTOUT, *args], env=env, cwd=cwd, capture_output=True, text=True,
                          timeout=60)


def test_run_simulate_check_and_ctrl_c(clean_env: dict[str, str], tmp_path: Path) -> None:
    run = subprocess.Popen([OPTOUT, "run"], env=clean_env, cwd=tmp_path, text=True,
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                           start_new_session=True)
    try:
        banner = ""
        deadline = time.monotonic() + 60
        while "Ctrl-C stops everything" not in banner and time.monotonic() < deadline:
            line = run.stdout.readline() if run.stdout else ""
            if not line and run.poll() is not None:
                pytest.fail(f"optout run exited early: {banner}")
            banner += line
        assert f"http://127.0.0.1:{clean_env['PORT']}/webhooks/twilio/sms" in banner
        assert "/ops" in banner and "optout simulate" in banner

        sim = optout(clean_env, tmp_path, "simulate", "--from", "(617) 555-0123",
                     "--to", "+18005550100", "--body", "STOP")
        assert sim.returncode == 0, sim.stderr
        assert "You have been unsubscribed" in sim.stdout

        check = optout(clean_env, tmp_path, "check", "617-555-0123", "--sender", "+18005550100")
        assert check.returncode == 1
        assert json.loads(check.stdout)["suppressed"] is True

        # `optout run` migrated the archive; `optout archive` copies, `optout report` reads.
        assert (tmp_path / "data" / "archive.sqlite3").exists()
        archived = optout(clean_env, tmp_path, "archive")
        assert archived.returncode == 0, archived.stderr
        assert archived.stdout.startswith("1 events copied, 0 trimmed")
        report = optout(clean_env, tmp_path, "report", "(617) 555-0123", "--format", "json")
        assert json.loads(report.stdout)["summary"]["opt_outs"] == 1

        optout(clean_env, tmp_path, "simulate", "--from", "+16175550123", "--body", "START")
        time.sleep(1.0)  # the worker applies the START
        check = optout(clean_env, tmp_path, "check", "+16175550123", "--sender", "+18005550100")
        assert check.returncode == 0, check.stdout

        # Two gunicorn workers answer /metrics alike: the counters live in Redis.
        import urllib.request

        scrapes = set()
        for _ in range(6):
            with urllib.request.urlopen(f"http://127.0.0.1:{clean_env['PORT']}/metrics") as r:
                scrapes.update(line for line in r.read().decode().splitlines()
                               if line.startswith('optout_events_total{intent="opt_out"'))
        assert scrapes == {'optout_events_total{intent="opt_out",status="new"} 1.0'}

        optout(clean_env, tmp_path, "simulate", "--from", "+16175550123", "--body", "STOPALL")
        check = optout(clean_env, tmp_path, "check", "+16175550123", "--sender", "+18885550000")
        assert check.returncode == 1
    finally:
        os.killpg(run.pid, signal.SIGINT)  # what Ctrl-C in the terminal does
        run.wait(timeout=30)
        if run.stdout:
            run.stdout.close()
    assert run.returncode == 0
    deadline = time.monotonic() + 10
    while our_processes(clean_env["OPTOUT_E2E_MARKER"]) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert our_processes(clean_env["OPTOUT_E2E_MARKER"]) == []

    # Data persists; a command that finds no server starts one for its own duration.
    check = optout(clean_env, tmp_path, "check", "+16175550123", "--sender", "+18885550000")
    assert check.returncode == 1
    assert our_processes(clean_env["OPTOUT_E2E_MARKER"]) == []


def test_check_exit_status_on_bad_input(clean_env: dict[str, str], tmp_path: Path) -> None:
    check = optout(clean_env, tmp_path, "check", "not-a-number", "+16175550123")
    assert check.returncode == 2
    lines = [json.loads(line) for line in check.stdout.splitlines()]
    assert "error" in lines[0] and lines[1]["suppressed"] is False


def _postgres_admin():  # type: ignore[no-untyped-def]
    import sqlalchemy as sa

    from app.archive.db import engine_url

    engine = sa.create_engine(engine_url("postgresql://postgres@127.0.0.1:5432/postgres"),
                              isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(sa.text("SELECT 1"))
    except sa.exc.OperationalError:
        engine.dispose()
        pytest.skip("no PostgreSQL answers on 127.0.0.1:5432")
    return engine


def _health(port: str, api_key: str) -> dict[str, dict[str, object]]:
    import urllib.request

    request = urllib.request.Request(f"http://127.0.0.1:{port}/ops/health.json",
                                     headers={"Authorization": f"Bearer {api_key}"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return {c["name"]: c for c in json.loads(response.read())["checks"]}


def test_run_starts_while_the_archive_is_down_and_migrates_it_later(
        clean_env: dict[str, str], tmp_path: Path) -> None:
    import sqlalchemy as sa

    admin = _postgres_admin()
    name = f"optout_late_{secrets.token_hex(6)}"  # does not exist yet: connecting fails
    env = {**clean_env, "ARCHIVE_URL": f"postgresql://postgres@127.0.0.1:5432/{name}"}
    run = Stack(env, tmp_path).start(timeout=60)
    try:
        api_key = run.banner.split("Authorization: Bearer ", 1)[1].split(")", 1)[0]
        sim = optout(env, tmp_path, "simulate", "--from", "(617) 555-0123",
                     "--to", "+18005550100", "--body", "STOP")
        assert sim.returncode == 0 and "unsubscribed" in sim.stdout, sim.stderr
        assert "cannot migrate the archive" in run.log()
        archive = _health(env["PORT"], api_key)["archive"]
        assert not archive["ok"]
        assert str(archive["detail"]).startswith("archive unreachable since 20")

        with admin.connect() as conn:
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
        deadline = time.monotonic() + 30
        while not _health(env["PORT"], api_key)["archive"]["ok"]:
            assert time.monotonic() < deadline, "the migration was not retried"
            time.sleep(0.5)
        assert "archive migrated after all" in run.log()
    finally:
        status = run.ctrl_c(timeout=30)
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    assert status == 0
