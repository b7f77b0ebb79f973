"""The consent store: one standalone Redis or a Redis Cluster, addressed by shard.

Everything about one number lives in one shard, and every shard in one slot (``layout``), so
each step is a script on one node. ``Store`` finds the node that holds a shard, runs scripts
there (loading them once per node), waits for replicas when the store has them, and turns a
node that went away (a failover) into ``StoreUnavailable`` after one retry on a fresh view of
the cluster, so callers answer 503 and the carrier retries. It never turns an error into an
answer.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, TypeVar, cast

import redis
from redis.cluster import RedisCluster
from redis.exceptions import (
    ClusterDownError,
    MovedError,
    NoScriptError,
    ResponseError,
    SlotNotCoveredError,
    TryAgainError,
)

from app.errors import StoreUnavailable
from app.store.layout import Layout, Registry
from app.store.pipelining import send_all
from app.store.scripts import lua_source

log = logging.getLogger(__name__)

T = TypeVar("T")
# Errors that mean "this node is not (or no longer) the one to ask": refresh and retry once.
TOPOLOGY_ERRORS: tuple[type[Exception], ...] = (
    redis.ConnectionError, redis.TimeoutError, MovedError, ClusterDownError, TryAgainError,
    SlotNotCoveredError,
)
_REPLICA_CACHE_SECONDS = 5.0


@dataclass(frozen=True)
class Script:
    """A Lua script of ``app/store/lua``, run by its SHA (EVALSHA) and loaded on demand."""

    name: str
    source: str
    sha: str

    @classmethod
    def named(cls, name: str) -> Script:
        return cls.of(name, lua_source(name))

    @classmethod
    def of(cls, name: str, source: str) -> Script:
        return cls(name, source, hashlib.sha1(source.encode()).hexdigest())

    @property
    def strict(self) -> Script:
        """The same script with Redis 7's ``#!lua`` line: the server then refuses any key
        it did not declare and any second slot (Redis 6.2 cannot compile the line)."""
        return _strict(self)


@lru_cache(maxsize=64)
def _strict(script: Script) -> Script:
    return Script.of(script.name, "#!lua\n" + script.source)


class Store:
    """Routes shards to nodes and runs scripts there.

    Args:
        client: a decoding ``redis.Redis`` or ``RedisCluster``.
        layout: the key layout, or a function that reads it from the store on first use
            (so a process starts while the store is down, and answers 503 until it is up).
        min_replicas: replicas that must hold a write before it is acknowledged; ``None``
            means one when the shard's master has a replica, else none.
        wait_ms: how long to wait for them before giving up (503).
    """

    def __init__(self, client: redis.Redis | RedisCluster,
                 layout: Layout | Callable[[], Layout], *,
                 min_replicas: int | None = None, wait_ms: int = 1000) -> None:
        self.client = client
        self._layout = layout if isinstance(layout, Layout) else None
        self._read_layout = layout if not isinstance(layout, Layout) else None
        self.cluster = isinstance(client, RedisCluster)
        self.min_replicas = min_replicas
        self.wait_ms = wait_ms
        self._replicas: dict[str, tuple[float, int]] = {}
        self._versions: dict[str, bool] = {}
        self._lock = threading.Lock()

    @property
    def layout(self) -> Layout:
        """The key layout, read from the store the first time it is needed.

        Raises:
            StoreUnavailable: the store does not answer yet.
        """
        if self._layout is None:
            assert self._read_layout is not None
            self._layout = self.retrying(self._read_layout)
        return self._layout

    # -- nodes ---------------------------------------------------------------------------

    def node(self, shard: int) -> redis.Redis:
        """The client of the master that holds ``shard``."""
        if not self.cluster:
            return cast(redis.Redis, self.client)
        cluster = cast(RedisCluster, self.client)
        node = cluster.get_node_from_key(self.layout.ledger(shard))
        return cluster.get_redis_connection(node)

    def registry(self) -> redis.Redis:
        """The client of the master that holds the registry slot."""
        if not self.cluster:
            return cast(redis.Redis, self.client)
        cluster = cast(RedisCluster, self.client)
        return cluster.get_redis_connection(cluster.get_node_from_key(Registry.CONFIG))

    def masters(self) -> list[redis.Redis]:
        """A client per master (one for a standalone store)."""
        if not self.cluster:
            return [cast(redis.Redis, self.client)]
        cluster = cast(RedisCluster, self.client)
        return [cluster.get_redis_connection(n) for n in cluster.get_primaries()]

    def by_node(self, shards: Iterable[int]) -> list[tuple[redis.Redis, list[int]]]:
        """``shards`` grouped by the master that holds them."""
        groups: dict[int, tuple[redis.Redis, list[int]]] = {}
        for shard in shards:
            client = self.node(shard)
            groups.setdefault(id(client), (client, []))[1].append(shard)
        return list(groups.values())

    def refresh(self) -> None:
        """Forget what we knew of the cluster's nodes (after a failover or a MOVED)."""
        self._replicas.clear()
        if self.cluster:
            cast(RedisCluster, self.client).nodes_manager.initialize()

    def retrying(self, operation: Callable[[], T]) -> T:
        """Run ``operation``; after a topology error refresh the view and run it once more.

        Raises:
            StoreUnavailable: the store did not answer twice (a node down, a failover).
        """
        for attempt in (1, 2):
            try:
                return operation()
            except TOPOLOGY_ERRORS as exc:
                if attempt == 2:
                    raise StoreUnavailable(f"consent store unavailable: {exc}") from exc
                log.warning("consent store: %s; refreshing the view of its nodes", exc)
                try:
                    self.refresh()
                except TOPOLOGY_ERRORS as refresh_error:
                    raise StoreUnavailable(f"consent store unavailable: {refresh_error}") \
                        from refresh_error
            except ResponseError as exc:
                if not str(exc).startswith(("MOVED", "ASK", "CLUSTERDOWN", "TRYAGAIN")):
                    raise
                if attempt == 2:
                    raise StoreUnavailable(f"consent store is moving: {exc}") from exc
                self.refresh()
        raise AssertionError("unreachable")

    # -- scripts -------------------------------------------------------------------------

    def run(self, shard: int, calls: Sequence[tuple[Script, Sequence[str], Sequence[Any]]],
            *, durable: bool = False) -> list[Any]:
        """Run scripts on ``shard``'s master in one round trip; their replies in order.

        With ``durable``, the replies come back only once the writes reached the replicas
        the store requires (``WAIT``), so a failover cannot lose them.

        Raises:
            StoreUnavailable: the node is down, or too few replicas took the writes in time.
        """
        return self.retrying(lambda: self._run(self.node(shard), calls, durable))

    def run_bulk(self, shard: int, script: Script, keys: Sequence[str], args: Sequence[str],
                 *, durable: bool = False) -> Any:
        """One script call with many arguments on ``shard``'s master, packed by hiredis in C
        (redis-py encodes each argument in Python, which costs more than the script itself
        for a call of a hundred thousand arguments); its reply.

        Raises:
            StoreUnavailable: the node is down, or too few replicas took the writes in time.
        """
        def attempt() -> Any:
            node = self.node(shard)
            need = self.required_replicas(node) if durable else 0
            chosen = script.strict if self._strict_scripts(node) else script
            commands = [("EVALSHA", chosen.sha, str(len(keys)), *keys, *args)]
            if need:
                commands.append(("WAIT", str(need), str(self.wait_ms)))
            try:
                replies = send_all(node, commands)
            except ResponseError as exc:
                if not str(exc).startswith("NOSCRIPT"):
                    raise
                node.script_load(chosen.source)  # nothing ran: the script was not there
                replies = send_all(node, commands)
            if need and int(replies[-1]) < need:
                raise StoreUnavailable(f"only {replies[-1]} of {need} replicas took the write "
                                       f"within {self.wait_ms} ms")
            return replies[0]

        return self.retrying(attempt)

    def run_registry(self, calls: Sequence[tuple[Script, Sequence[str], Sequence[Any]]]
                     ) -> list[Any]:
        """Run scripts on the registry slot's master."""
        return self.retrying(lambda: self._run(self.registry(), calls, False))

    def _run(self, node: redis.Redis,
             calls: Sequence[tuple[Script, Sequence[str], Sequence[Any]]],
             durable: bool) -> list[Any]:
        need = self.required_replicas(node) if durable else 0
        if self._strict_scripts(node):
            calls = [(script.strict, keys, args) for script, keys, args in calls]
        for attempt in (1, 2):
            with node.pipeline(transaction=False) as pipe:
                for script, keys, args in calls:
                    pipe.evalsha(script.sha, len(keys), *keys, *args)
                if need:
                    pipe.execute_command("WAIT", need, self.wait_ms)
                replies = pipe.execute(raise_on_error=False)
            missing = [s for (s, _, _), r in zip(calls, replies, strict=False)
                       if isinstance(r, NoScriptError)]
            if missing and attempt == 1:
                for script in {s.name: s for s in missing}.values():
                    node.script_load(script.source)
                continue  # a script that was not loaded wrote nothing: run them all again
            for reply in replies:
                if isinstance(reply, Exception):
                    raise reply
            if need and int(replies[-1]) < need:
                raise StoreUnavailable(
                    f"only {replies[-1]} of {need} replicas took the write within "
                    f"{self.wait_ms} ms")
            return list(replies[: len(calls)])
        raise AssertionError("unreachable")

    def _strict_scripts(self, node: redis.Redis) -> bool:
        """Whether ``node`` runs Redis 7 or later (scripts get the ``#!lua`` line)."""
        name = repr(node.connection_pool)
        if name not in self._versions:
            version = str(cast(dict[str, Any], node.info("server")).get("redis_version", "0"))
            self._versions[name] = int(version.split(".")[0]) >= 7
        return self._versions[name]

    def required_replicas(self, node: redis.Redis) -> int:
        """Replicas a durable write must reach on ``node``: ``min_replicas`` when set, else
        one while the master has a replica online (none after its replica took over)."""
        if self.min_replicas is not None:
            return self.min_replicas
        name = repr(node.connection_pool)
        now = time.monotonic()
        cached = self._replicas.get(name)
        if cached and cached[0] > now:
            return cached[1]
        info = cast(dict[str, Any], node.info("replication"))
        online = sum(1 for key, value in info.items()
                     if key.startswith("slave") and isinstance(value, dict)
                     and value.get("state") == "online")
        need = min(online, 1)
        self._replicas[name] = (now + _REPLICA_CACHE_SECONDS, need)
        return need

    # -- bulk reads ----------------------------------------------------------------------

    def send_by_shard(self, commands: dict[int, list[tuple[str, ...]]]) -> dict[int, list[Any]]:
        """Raw commands per shard, pipelined per node (packed by hiredis); replies per shard.

        Raises:
            StoreUnavailable: a node did not answer twice.
        """
        def attempt() -> dict[int, list[Any]]:
            out: dict[int, list[Any]] = {}
            for client, shards in self.by_node(commands):
                batch = [c for shard in shards for c in commands[shard]]
                replies = iter(send_all(client, batch))
                for shard in shards:
                    out[shard] = [next(replies) for _ in commands[shard]]
            return out

        return self.retrying(attempt)

    def pipeline_by_shard(self, shards: Iterable[int],
                          add: Callable[[redis.client.Pipeline, int], object]
                          ) -> dict[int, list[Any]]:
        """Commands that ``add(pipe, shard)`` queues for each shard, one pipeline per node;
        the replies per shard."""
        wanted = list(dict.fromkeys(shards))

        def attempt() -> dict[int, list[Any]]:
            out: dict[int, list[Any]] = {}
            for client, group in self.by_node(wanted):
                counts = []
                with client.pipeline(transaction=False) as pipe:
                    for shard in group:
                        before = len(pipe.command_stack)
                        add(pipe, shard)
                        counts.append(len(pipe.command_stack) - before)
                    replies = iter(pipe.execute())
                for shard, count in zip(group, counts, strict=True):
                    out[shard] = [next(replies) for _ in range(count)]
            return out

        return self.retrying(attempt)

    def close(self) -> None:
        """Close the client and, for a cluster, every node's pool (RedisCluster.close leaves
        the node clients' sockets to the garbage collector)."""
        if self.cluster:
            for node in cast(RedisCluster, self.client).get_nodes():
                if node.redis_connection is not None:
                    node.redis_connection.connection_pool.disconnect()
        self.client.close()

    def ping(self) -> None:
        """Raise unless every master of the store answers."""
        for client in self.masters():
            client.ping()

    def all_shards(self) -> range:
        """Every shard of the store."""
        return range(self.layout.shards)


def read_members(store: Store, shard: int, batch: int = 256) -> set[str]:
    """Every number in the membership sets of ``shard`` (rebuild)."""
    from app.store.layout import MEMBER_BUCKETS

    out: set[str] = set()
    buckets = list(store.layout.member_buckets(shard))
    for start in range(0, len(buckets), batch):
        chunk = buckets[start : start + batch]
        replies = store.send_by_shard(
            {shard: [("SMEMBERS", store.layout.members(b)) for b in chunk]})[shard]
        for bucket, members in zip(chunk, replies, strict=True):
            out.update(f"+{int(m) * MEMBER_BUCKETS + bucket}" for m in members)
    return out


def read_buckets(store: Store, shard: int, key: Callable[[int], str],
                 batch: int = 256) -> dict[str, str]:
    """Every field of every bucket of ``shard`` under ``key(bucket)``, keyed by E.164 number
    (export, rebuild: one pipelined HGETALL per bucket)."""
    from app.store.layout import unbucket

    out: dict[str, str] = {}
    buckets = list(store.layout.buckets(shard))
    for start in range(0, len(buckets), batch):
        chunk = buckets[start : start + batch]
        replies = store.send_by_shard({shard: [("HGETALL", key(b)) for b in chunk]})[shard]
        for bucket, flat in zip(chunk, replies, strict=True):
            fields = dict(zip(flat[::2], flat[1::2], strict=True)) if isinstance(flat, list) \
                else flat
            for field, value in fields.items():
                if field.isdigit():  # a number's field; "<field>r" holds trimmed rulings
                    out[unbucket(bucket, field)] = value
    return out
