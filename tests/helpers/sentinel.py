"""A local Redis Sentinel set-up for tests: a primary, a replica and three sentinels, all real
``redis-server`` processes on free loopback ports (``--sentinel`` makes the same binary a
sentinel), in a folder of the test's. Stop it with ``stop()``; a killed test run leaves no
server behind (they die with the thread that started them)."""

from __future__ import annotations

import contextlib
import signal
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import redis

from app.store.devcluster import _die_with_parent, start_server, wait_until
from tests.helpers.ports import free_port

SERVICE = "optoutq"
# The sentinels call the primary down after 1 s without an answer and fail over at once.
DOWN_AFTER_MS = 1000


@dataclass
class LocalSentinel:
    """Primary, replica and three sentinels; ``url`` is the REDIS_URL that names them."""

    binary: str
    folder: Path
    db: int = 0
    servers: dict[int, subprocess.Popen[bytes]] = field(default_factory=dict)
    sentinels: dict[int, subprocess.Popen[bytes]] = field(default_factory=dict)
    first_primary: int = 0

    @property
    def url(self) -> str:
        hosts = ",".join(f"127.0.0.1:{port}" for port in self.sentinels)
        return f"redis+sentinel://{hosts}/{SERVICE}/{self.db}"

    def start(self) -> LocalSentinel:
        primary, replica = free_port(), free_port()
        self.first_primary = primary
        self.servers[primary] = start_server(self.binary, self.folder / str(primary),
                                             ["--port", str(primary), "--bind", "127.0.0.1"])
        self.servers[replica] = start_server(
            self.binary, self.folder / str(replica),
            ["--port", str(replica), "--bind", "127.0.0.1",
             "--replicaof", "127.0.0.1", str(primary)])
        wait_until(lambda: self._client(replica).info("replication")["master_link_status"]
                   == "up", 20, "the replica to sync")
        for _ in range(3):
            port = free_port()
            folder = self.folder / f"sentinel-{port}"
            folder.mkdir(parents=True)
            conf = folder / "sentinel.conf"  # a sentinel rewrites its own configuration
            conf.write_text(
                f"port {port}\nbind 127.0.0.1\ndir {folder}\n"
                f"sentinel monitor {SERVICE} 127.0.0.1 {primary} 2\n"
                f"sentinel down-after-milliseconds {SERVICE} {DOWN_AFTER_MS}\n"
                f"sentinel failover-timeout {SERVICE} 10000\n"
                f"sentinel parallel-syncs {SERVICE} 1\n")
            with open(folder / "sentinel.log", "ab") as log:
                self.sentinels[port] = subprocess.Popen(
                    [self.binary, str(conf), "--sentinel"], stdout=log,
                    stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True,
                    preexec_fn=_die_with_parent)
        for port in self.sentinels:
            wait_until(lambda p=port: self._sentinels_known(p), 20,  # type: ignore[misc]
                       f"sentinel {port} to see the replica and the other sentinels")
        return self

    def _client(self, port: int) -> redis.Redis:
        return redis.Redis(host="127.0.0.1", port=port, decode_responses=True, socket_timeout=2)

    def _sentinels_known(self, port: int) -> bool:
        with self._client(port) as client:
            master = client.sentinel_master(SERVICE)
            return int(master["num-slaves"]) >= 1 and int(master["num-other-sentinels"]) >= 2

    def primary_port(self) -> int:
        """The primary's port as the sentinels see it now."""
        for port in self.sentinels:
            with contextlib.suppress(redis.RedisError), self._client(port) as client:
                _, found = client.sentinel_get_master_addr_by_name(SERVICE)
                return int(found)
        raise AssertionError("no sentinel answers")

    def wait_replicated(self, timeout: float = 10) -> None:
        """Until the replica has every write the primary has now."""
        primary = self.primary_port()
        with self._client(primary) as client:
            offset = int(client.info("replication")["master_repl_offset"])
        (replica,) = [port for port, process in self.servers.items()
                      if port != primary and process.poll() is None]
        with self._client(replica) as client:
            wait_until(lambda: int(client.info("replication")["slave_repl_offset"]) >= offset,
                       timeout, "the replica to catch up")

    def kill_primary(self) -> int:
        """SIGKILL the primary; its port."""
        port = self.primary_port()
        self.servers[port].send_signal(signal.SIGKILL)
        self.servers[port].wait(timeout=10)
        return port

    def stop(self) -> None:
        for process in [*self.sentinels.values(), *self.servers.values()]:
            if process.poll() is None:
                process.kill()
            process.wait(timeout=10)
