"""A real ``optout run`` on loopback for the supervision and chaos tests: start it, find its
processes in /proc, kill them, and stop it the way Ctrl-C does."""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import requests
from twilio.request_validator import RequestValidator

from tests.helpers.ports import free_port

OPTOUT = str(Path(sys.executable).with_name("optout"))


def processes_with(marker: str) -> dict[int, tuple[int, str]]:
    """pid -> (parent pid, command line) of every process whose environment or command line
    has ``marker`` (redis-server rewrites its environment with its title: find it by the
    path of its socket)."""
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            if (marker.encode() not in (entry / "environ").read_bytes()
                    and marker.encode() not in (entry / "cmdline").read_bytes()):
                continue
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
            stat = (entry / "stat").read_text()
            fields = stat[stat.rindex(")") + 2:].split()
            if fields[0] == "Z":
                continue  # a zombie is dead, only not yet reaped
            found[int(entry.name)] = (int(fields[1]), cmdline)
        except (OSError, ValueError):
            continue
    return found


def clean_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """The environment of a fresh machine, plus a marker every child inherits."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("REDIS_", "TWILIO_", "OPTOUT_", "OPS_", "PUBLIC_", "PORT",
                                "SECRET_", "SUPPRESSION_", "LOG_"))}
    env["PORT"] = str(free_port())
    env["OPTOUT_E2E_MARKER"] = f"optout-stack-{secrets.token_hex(6)}"
    env["OPTOUT_DATA_DIR"] = str(tmp_path / env["OPTOUT_E2E_MARKER"])  # in redis' title too
    env.update(extra)
    return env


@dataclass
class Stack:
    """``optout run`` as a user starts it, in its own session (like a terminal)."""

    env: dict[str, str]
    cwd: Path
    args: tuple[str, ...] = ()
    process: subprocess.Popen[str] | None = None
    banner: str = ""
    log_path: Path | None = None
    secrets: dict[str, str] = field(default_factory=dict)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.env['PORT']}"

    @property
    def marker(self) -> str:
        return self.env["OPTOUT_E2E_MARKER"]

    def start(self, timeout: float = 90) -> Stack:
        self.log_path = self.cwd / "optout-run.log"
        with open(self.log_path, "w") as log:
            self.process = subprocess.Popen(
                [OPTOUT, "run", *self.args], env=self.env, cwd=self.cwd, text=True,
                stdout=subprocess.PIPE, stderr=log, start_new_session=True)
        deadline = time.monotonic() + timeout
        while "Ctrl-C stops everything" not in self.banner:
            line = self.process.stdout.readline() if self.process.stdout else ""
            if not line and self.process.poll() is not None:
                raise AssertionError(f"optout run exited early: {self.banner}{self.log()}")
            if time.monotonic() > deadline:
                raise AssertionError(f"optout run did not start: {self.banner}")
            self.banner += line
        secrets_file = Path(self.env["OPTOUT_DATA_DIR"]) / "dev-secrets.json"
        if secrets_file.exists():
            self.secrets = json.loads(secrets_file.read_text())
        return self

    def log(self) -> str:
        return self.log_path.read_text() if self.log_path and self.log_path.exists() else ""

    def ctrl_c(self, timeout: float = 40) -> int:
        """SIGINT to the whole process group, as a terminal's Ctrl-C; the exit status."""
        assert self.process is not None
        os.killpg(self.process.pid, signal.SIGINT)
        try:
            return self.process.wait(timeout=timeout)
        finally:
            if self.process.stdout:
                self.process.stdout.close()

    def kill_everything(self) -> None:
        """Clean-up after a test: nothing of ours may survive it."""
        for pid in processes_with(self.marker):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        if self.process is not None:
            self.process.wait(timeout=10)
            if self.process.stdout:
                self.process.stdout.close()

    # -- finding processes -------------------------------------------------------------

    def processes(self) -> dict[int, tuple[int, str]]:
        return processes_with(self.marker)

    def workers(self) -> list[int]:
        """Worker processes: children of ``optout run`` running workers.worker."""
        assert self.process is not None
        return [pid for pid, (ppid, cmd) in self.processes().items()
                if "workers.worker" in cmd and ppid == self.process.pid]

    def schedulers(self) -> list[int]:
        """RQ scheduler processes: forked by a worker (same command line)."""
        assert self.process is not None
        return [pid for pid, (ppid, cmd) in self.processes().items()
                if "workers.worker" in cmd and ppid != self.process.pid]

    def redis_server(self) -> int | None:
        pids = [pid for pid, (_, cmd) in self.processes().items() if "redis-server" in cmd]
        return pids[0] if pids else None

    def wait_for(self, what, timeout: float = 30, interval: float = 0.1):  # type: ignore[no-untyped-def]
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = what()
            if value:
                return value
            time.sleep(interval)
        raise AssertionError(f"timed out after {timeout}s waiting for {what}\n{self.log()[-3000:]}")

    # -- talking to it ------------------------------------------------------------------

    def api_key(self) -> str:
        return self.env.get("OPTOUT_API_KEYS") or self.secrets["OPTOUT_API_KEYS"]

    def auth_token(self) -> str:
        return self.env.get("TWILIO_AUTH_TOKEN") or self.secrets["TWILIO_AUTH_TOKEN"]

    def post_sms(self, session: requests.Session, form: dict[str, str],
                 timeout: float = 10) -> requests.Response:
        """Post an inbound SMS signed the way Twilio signs it."""
        url = self.base + "/webhooks/twilio/sms"
        signature = RequestValidator(self.auth_token()).compute_signature(url, form)
        return session.post(url, data=form, headers={"X-Twilio-Signature": signature},
                            timeout=timeout)

    def lookup(self, number: str, sender: str | None = None) -> dict[str, object]:
        params = {"sender": sender} if sender else {}
        response = requests.get(f"{self.base}/v1/suppressions/{number}", params=params,
                                headers={"Authorization": f"Bearer {self.api_key()}"},
                                timeout=10)
        response.raise_for_status()
        return dict(response.json())

    def health(self) -> dict[str, object]:
        response = requests.get(f"{self.base}/ops/health.json",
                                headers={"Authorization": f"Bearer {self.api_key()}"},
                                timeout=10)
        return dict(response.json())


@contextlib.contextmanager
def running(env: dict[str, str], cwd: Path, args: tuple[str, ...] = ()) -> Iterator[Stack]:
    """A started ``optout run``, stopped with Ctrl-C afterwards if it still runs, and nothing
    of it left behind whatever happened."""
    stack = Stack(env, cwd, args=args).start()
    try:
        yield stack
    finally:
        if stack.process and stack.process.poll() is None:
            try:
                stack.ctrl_c()
            finally:
                stack.kill_everything()

