"""Keeping ``optout run``'s processes up: a dead child is started again, with back-off.

One dead worker must not take the stack down. The supervisor restarts each child that exits
(waiting 0.5 s, doubling up to 30 s while it keeps dying young) and starts the embedded
Redis again if it dies; meanwhile the web app answers 503 and the workers wait for it.
"""

from __future__ import annotations

import logging
import signal
import subprocess
import time
from dataclasses import dataclass, field

from app.store.embedded import EmbeddedRedis, EmbeddedRedisError

log = logging.getLogger("optout.run")

FIRST_DELAY = 0.5
MAX_DELAY = 30.0
# A child that ran this long was healthy: its next death starts the back-off afresh.
STABLE_SECONDS = 5.0
REDIS_CHECK_SECONDS = 0.5


def describe_exit(code: int) -> str:
    """``exit code 1`` or ``killed by SIGKILL (exit code -9)``."""
    if code < 0:
        try:
            return f"killed by {signal.Signals(-code).name} (exit code {code})"
        except ValueError:
            return f"killed by signal {-code} (exit code {code})"
    return f"exit code {code}"


@dataclass
class Child:
    """One supervised process and its restart state."""

    name: str
    command: list[str]
    env: dict[str, str]
    process: subprocess.Popen[bytes] | None = None
    started_at: float = 0.0
    failures: int = 0
    restart_at: float | None = None
    restarts: int = 0

    def start(self) -> None:
        self.process = subprocess.Popen(self.command, env=self.env)
        self.started_at = time.monotonic()
        self.restart_at = None

    @property
    def pid(self) -> int | None:
        return self.process.pid if self.process else None


@dataclass
class Supervisor:
    """Starts children, restarts the ones that die, and stops them all on request."""

    embedded: EmbeddedRedis | None = None
    children: list[Child] = field(default_factory=list)
    _next_redis_check: float = 0.0

    def spawn(self, name: str, command: list[str], env: dict[str, str]) -> Child:
        """Start a child under supervision."""
        child = Child(name, command, env)
        child.start()
        self.children.append(child)
        return child

    def check(self) -> None:
        """One round: restart what died and is due, and the embedded Redis if it is gone."""
        now = time.monotonic()
        if self.embedded is not None and now >= self._next_redis_check:
            self._next_redis_check = now + REDIS_CHECK_SECONDS
            try:
                if self.embedded.ensure_running():
                    log.warning("embedded redis was down and has been started again")
            except EmbeddedRedisError as exc:
                log.error("embedded redis could not be started again: %s", exc)
        for child in self.children:
            if child.restart_at is not None:
                if now >= child.restart_at:
                    child.start()
                    child.restarts += 1
                    log.warning("%s restarted (pid %d)", child.name, child.pid)
                continue
            code = child.process.poll() if child.process else None
            if code is None:
                continue
            if now - child.started_at >= STABLE_SECONDS:
                child.failures = 0
            delay = min(FIRST_DELAY * 2**child.failures, MAX_DELAY)
            child.failures += 1
            child.restart_at = now + delay
            log.warning("%s (pid %d) exited: %s; restarting in %gs",
                        child.name, child.pid, describe_exit(code), delay)

    def stop_all(self, timeout: float = 15.0) -> None:
        """SIGTERM every running child, then SIGKILL whatever is left after ``timeout``."""
        running = [c.process for c in self.children if c.process and c.process.poll() is None]
        for process in running:
            process.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + timeout
        for process in running:
            try:
                process.wait(max(deadline - time.monotonic(), 0.1))
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
