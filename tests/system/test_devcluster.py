"""The local Redis Cluster of app/store/devcluster.py, and what Redis Cluster really enforces.

Everything here runs on real redis-server processes: the cluster's layout, a round trip
through redis-py's RedisCluster, the script rules of cluster mode (checked by sending to one
node directly, so Redis and not redis-py is the one refusing), a failover after SIGKILL, and
a stop that leaves no process behind.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest
import redis
from redis.crc import key_slot
from redis.exceptions import ClusterCrossSlotError

from app.store.devcluster import LocalCluster, server_version
from tests.helpers.cluster import require_redis_server

pytestmark = pytest.mark.slow

TOUCH_BOTH = "redis.call('SET', KEYS[1], ARGV[1]); return redis.call('GET', KEYS[2])"
TOUCH_UNDECLARED = "redis.call('SET', KEYS[1], ARGV[1]); return redis.call('GET', ARGV[2])"


def _owners(cluster: LocalCluster) -> list[int]:
    """Port of the master serving each slot, as the cluster itself says (CLUSTER SLOTS)."""
    ports = [0] * 16384
    with cluster.node_client(cluster.masters()[0].port) as client:
        for low, high, master, *_ in client.execute_command("CLUSTER SLOTS"):
            ports[low : high + 1] = [int(master[1])] * (high - low + 1)
    return ports


def _owner(cluster: LocalCluster, key: str) -> int:
    """Port of the master that serves ``key``'s slot."""
    return _owners(cluster)[key_slot(key.encode())]


def _key_where(cluster: LocalCluster, same_node_as: str, *, same_node: bool) -> str:
    """A key in another slot than ``same_node_as``, on the same master or on another one."""
    owners, slot = _owners(cluster), key_slot(same_node_as.encode())
    for i in range(10_000):
        key = f"other:{i}"
        other = key_slot(key.encode())
        if other != slot and (owners[other] == owners[slot]) == same_node:
            return key
    raise AssertionError("no such key")


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    # A zombie still answers kill(0); its state in /proc says it is dead.
    with open(f"/proc/{pid}/stat") as stat:
        return stat.read().split(") ", 1)[1].startswith("Z")


def test_three_masters_three_replicas_cover_every_slot(redis_cluster: LocalCluster) -> None:
    masters, replicas = redis_cluster.masters(), redis_cluster.replicas()
    assert len(masters) == 3 and len(replicas) == 3
    assert sorted(r.master_port for r in replicas) == sorted(m.port for m in masters)
    assert all(m.port < 55535 for m in masters + replicas)
    with redis_cluster.node_client(masters[0].port) as client:
        info = client.execute_command("CLUSTER INFO")
        text = info if isinstance(info, str) else "\n".join(f"{k}:{v}" for k, v in info.items())
        assert "cluster_state:ok" in text and "cluster_slots_assigned:16384" in text
        covered = sum(high - low + 1 for low, high, *_ in client.execute_command("CLUSTER SLOTS"))
    assert covered == 16384
    assert redis_cluster.url.startswith("redis://127.0.0.1:") and redis_cluster.url.endswith("/0")


def test_write_reads_back_through_redis_cluster(clean_cluster: LocalCluster) -> None:
    with redis.RedisCluster.from_url(clean_cluster.url, decode_responses=True) as client:
        for i in range(50):  # keys on every master
            client.set(f"k:{i}", f"v{i}")
        assert [client.get(f"k:{i}") for i in range(50)] == [f"v{i}" for i in range(50)]
        owners = _owners(clean_cluster)
        assert len({owners[key_slot(f"k:{i}".encode())] for i in range(50)}) == 3


def test_flush_empties_every_master(clean_cluster: LocalCluster) -> None:
    with clean_cluster.client() as client:
        for i in range(30):
            client.set(f"k:{i}", "1")
    clean_cluster.flush()
    for master in clean_cluster.masters():
        with clean_cluster.node_client(master.port) as client:
            assert client.dbsize() == 0


def test_redis_rejects_a_script_on_keys_of_two_slots(clean_cluster: LocalCluster) -> None:
    first, second = "{alpha}:a", "{beta}:b"
    assert key_slot(first.encode()) != key_slot(second.encode())
    with clean_cluster.node_client(_owner(clean_cluster, first)) as node:
        # redis-py turns Redis's "-CROSSSLOT ..." reply into this class (its parser strips
        # the code from the message).
        with pytest.raises(ClusterCrossSlotError, match="hash to the same slot"):
            node.eval(TOUCH_BOTH, 2, first, second, "x")
        assert node.exists(first) == 0  # refused before it ran
    with clean_cluster.client(decode_responses=True) as client:
        tagged = ["{alpha}:a", "{alpha}:b"]
        client.set(tagged[1], "there")
        assert client.eval(TOUCH_BOTH, 2, *tagged, "x") == "there"
        assert client.get(tagged[0]) == "x"


def test_redis_rejects_a_script_reaching_an_undeclared_key_on_another_node(
    clean_cluster: LocalCluster,
) -> None:
    declared = "{alpha}:a"
    elsewhere = _key_where(clean_cluster, declared, same_node=False)
    with (clean_cluster.node_client(_owner(clean_cluster, declared)) as node,
          pytest.raises(redis.ResponseError, match="non local key")):
        node.eval(TOUCH_UNDECLARED, 1, declared, "x", elsewhere)


def test_an_undeclared_key_in_another_slot_of_the_same_node(clean_cluster: LocalCluster) -> None:
    """What Redis really checks is slots, not declarations. A script without flags (plain
    EVAL, all Redis 6.2 knows) may reach any key of its own node; Redis 7 refuses a second slot
    only to a script that starts with a ``#!lua`` shebang (without allow-cross-slot-keys)."""
    declared = "{alpha}:a"
    neighbour = _key_where(clean_cluster, declared, same_node=True)
    with clean_cluster.node_client(_owner(clean_cluster, declared)) as node:
        node.set(neighbour, "reached")
        assert node.eval(TOUCH_UNDECLARED, 1, declared, "x", neighbour) == "reached"
        if server_version(require_redis_server()) >= (7,):
            with pytest.raises(redis.ResponseError, match="do not hash to the same slot"):
                node.eval("#!lua\n" + TOUCH_UNDECLARED, 1, declared, "x", neighbour)
        else:
            with pytest.raises(redis.ResponseError, match="unexpected symbol near '#'"):
                node.eval("#!lua\n" + TOUCH_UNDECLARED, 1, declared, "x", neighbour)


def test_an_undeclared_key_in_the_declared_slot_is_allowed(clean_cluster: LocalCluster) -> None:
    """Even under a ``#!lua`` shebang: Redis checks where keys live, not that they are declared."""
    shebang = "#!lua\n" if server_version(require_redis_server()) >= (7,) else ""
    with clean_cluster.client(decode_responses=True) as client:
        client.set("{alpha}:b", "same slot")
        got = client.eval(shebang + TOUCH_UNDECLARED, 1, "{alpha}:a", "x", "{alpha}:b")
        assert got == "same slot"


@pytest.fixture
def own_cluster() -> Iterator[LocalCluster]:
    """A cluster of its own, for tests that break it."""
    with LocalCluster(3, 1, binary=require_redis_server()) as cluster:
        yield cluster


def test_failover_keeps_writes_acknowledged_by_a_replica(own_cluster: LocalCluster) -> None:
    victim, owners = own_cluster.masters()[1], _owners(own_cluster)
    keys = [key for key in (f"stop:{i}" for i in range(400))
            if owners[key_slot(key.encode())] == victim.port][:50]
    with own_cluster.node_client(victim.port) as master:
        for key in keys:
            master.set(key, "acknowledged")
            assert master.wait(1, 2000) >= 1  # what the webhook will wait for before its 2xx
    killed = own_cluster.kill_master(1)
    assert killed.port == victim.port
    started = time.monotonic()
    promoted = own_cluster.wait_for_failover(timeout=15)
    took = time.monotonic() - started
    assert took < 12, f"failover took {took:.1f}s"
    assert promoted.port != victim.port
    assert promoted.port in {m.port for m in own_cluster.masters()}
    with redis.RedisCluster.from_url(own_cluster.url, decode_responses=True) as client:
        assert [client.get(key) for key in keys] == ["acknowledged"] * len(keys)
        owners = _owners(own_cluster)
        assert {owners[key_slot(key.encode())] for key in keys} == {promoted.port}


def test_stop_leaves_no_process_and_no_folder() -> None:
    cluster = LocalCluster(3, 1, binary=require_redis_server()).start()
    pids, folder = cluster.pids(), cluster.folder
    assert len(pids) == 6 and folder is not None and folder.exists()
    cluster.kill_master(0)  # a dead node is stopped (reaped) too
    cluster.stop()
    assert all(_gone(pid) for pid in pids)
    assert not folder.exists()


def test_the_foreground_command_prints_a_usable_url_and_stops_on_ctrl_c() -> None:
    env = {**os.environ, "OPTOUT_REDIS_SERVER": require_redis_server()}
    command = [sys.executable, "-m", "app.store.devcluster", "--masters", "3", "--replicas", "0"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                          env=env) as process:
        try:
            assert process.stdout is not None
            first = process.stdout.readline().strip()
            assert first.startswith("SUPPRESSION_REDIS_URL=redis://127.0.0.1:"), first
            pids = []
            while "Ctrl-C" not in (line := process.stdout.readline()):
                assert line, "the command ended before the cluster was up"
                fields = line.split()
                if fields[0].isdigit():
                    pids.append(int(fields[1]))
            assert len(pids) == 3
            url = first.split("=", 1)[1]
            with redis.RedisCluster.from_url(url, decode_responses=True) as client:
                client.set("k", "v")
                assert client.get("k") == "v"
            process.send_signal(signal.SIGINT)
            _, errors = process.communicate(timeout=15)
            assert process.returncode == 0, errors
            assert "cluster stopped" in errors
        finally:
            if process.poll() is None:
                process.kill()
                process.communicate()
    assert all(_gone(pid) for pid in pids)
