"""The supervisor behind ``optout run``: a child that keeps dying is restarted with a doubling
delay, each death logged at WARNING with its exit code; one that ran a while starts afresh."""

from __future__ import annotations

import logging
import sys
import time

from app.cli import supervise
from app.cli.supervise import Supervisor, describe_exit


def test_describe_exit():
    assert describe_exit(3) == "exit code 3"
    assert describe_exit(-9) == "killed by SIGKILL (exit code -9)"


def test_a_dying_child_is_restarted_with_doubling_delays(caplog, monkeypatch):
    monkeypatch.setattr(supervise, "FIRST_DELAY", 0.05)
    supervisor = Supervisor()
    child = supervisor.spawn("worker 1", [sys.executable, "-c", "raise SystemExit(3)"], {})
    with caplog.at_level(logging.WARNING, logger="optout.run"):
        deadline = time.monotonic() + 20
        while child.restarts < 3 and time.monotonic() < deadline:
            supervisor.check()
            time.sleep(0.01)
        supervisor.stop_all()
    assert child.restarts >= 3
    exits = [r for r in caplog.records if "exited" in r.getMessage()]
    assert all(r.levelno == logging.WARNING for r in caplog.records)
    assert "exit code 3; restarting in 0.05s" in exits[0].getMessage()
    delays = [float(r.getMessage().rsplit(" ", 1)[1].rstrip("s")) for r in exits]
    assert delays[:3] == [0.05, 0.1, 0.2]


def test_stop_all_ends_every_child():
    supervisor = Supervisor()
    children = [supervisor.spawn(f"worker {i}", [sys.executable, "-c",
                                                 "import time; time.sleep(60)"], {})
                for i in range(2)]
    supervisor.stop_all(timeout=5)
    assert all(c.process is not None and c.process.poll() is not None for c in children)
