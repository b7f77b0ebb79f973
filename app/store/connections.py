"""Redis connections of one process: the queue Redis (RQ) and the consent store.

``connect`` is the one connection factory of the web app, the workers and the command line.
``REDIS_URL`` is a standalone Redis (RQ does not support Redis Cluster), or a primary that
Redis Sentinel watches: ``redis+sentinel://[[user]:password@]h1:26379,h2:26379/<service>/<db>``
(``?sentinel_password=`` when the sentinels need one). Clients of such a URL ask the
sentinels for the primary, and again after a failover. The store is
``SUPPRESSION_REDIS_URL`` when set, else the same Redis. A store whose server reports
``cluster_enabled:1`` is used as a Redis Cluster, without any setting saying so.
"""

from __future__ import annotations

import atexit
import logging
from dataclasses import dataclass, field
from typing import Any, cast
from urllib.parse import parse_qs, unquote, urlsplit

import redis
from redis import Redis
from redis.cluster import RedisCluster
from redis.sentinel import Sentinel

from app.store.embedded import EmbeddedRedis
from app.store.layout import (
    HASH_MAX_LISTPACK_ENTRIES,
    SET_MAX_INTSET_ENTRIES,
    Layout,
    Registry,
)
from app.store.store import Store
from config import ConfigError, Settings

log = logging.getLogger(__name__)

DEFAULT_SHARDS = 16
SENTINEL_SCHEME = "redis+sentinel"
# Seconds to reach a sentinel or a server: a dead primary's address must fail fast, so the
# clients ask the sentinels again.
_CONNECT_TIMEOUT = 2.0


@dataclass(frozen=True)
class SentinelURL:
    """A ``redis+sentinel://`` URL, read."""

    sentinels: list[tuple[str, int]]
    service: str
    db: int = 0
    username: str | None = None
    password: str | None = None
    sentinel_password: str | None = None

    @classmethod
    def parse(cls, url: str) -> SentinelURL:
        """Read ``url``.

        Raises:
            ConfigError: not ``redis+sentinel://host:port[,host:port…]/<service>[/<db>]``.
        """
        parts = urlsplit(url)
        auth, _, hosts = parts.netloc.rpartition("@")
        username, _, password = auth.partition(":")
        sentinels = []
        for host in filter(None, hosts.split(",")):
            name, _, port = host.rpartition(":")
            if not name or not port.isdigit():
                raise ConfigError(f"REDIS_URL: sentinel {host!r} must be host:port")
            sentinels.append((name.strip("[]"), int(port)))
        path = [unquote(p) for p in parts.path.split("/") if p]
        if parts.scheme != SENTINEL_SCHEME or not sentinels or not 1 <= len(path) <= 2 or (
                len(path) == 2 and not path[1].isdigit()):
            raise ConfigError("REDIS_URL must look like redis+sentinel://host:26379,"
                              "host2:26379/<service name>/<db>")
        query = parse_qs(parts.query)
        return cls(sentinels, path[0], int(path[1]) if len(path) == 2 else 0,
                   unquote(username) or None, unquote(password) or None,
                   query.get("sentinel_password", [None])[0])

    def sentinel(self) -> Sentinel:
        """A ``Sentinel`` over these sentinels (its master clients find the primary)."""
        return Sentinel(self.sentinels, socket_connect_timeout=_CONNECT_TIMEOUT,
                        sentinel_kwargs={"socket_timeout": _CONNECT_TIMEOUT,
                                         "socket_connect_timeout": _CONNECT_TIMEOUT,
                                         "password": self.sentinel_password})

    def client_options(self) -> dict[str, Any]:
        """What every client of the primary is given (database and credentials)."""
        return {"db": self.db, "username": self.username, "password": self.password}


def queue_clients(url: str) -> tuple[Redis, Redis, Sentinel | None]:
    """Clients of the queue Redis at ``url``: decoding, raw (for RQ), and the ``Sentinel``
    they were made from (None for a plain URL)."""
    if urlsplit(url).scheme != SENTINEL_SCHEME:
        return (redis.Redis.from_url(url, decode_responses=True, health_check_interval=30),
                redis.Redis.from_url(url, health_check_interval=30), None)
    address = SentinelURL.parse(url)
    sentinel = address.sentinel()
    options = {**address.client_options(), "health_check_interval": 30}
    return (sentinel.master_for(address.service, decode_responses=True, **options),
            sentinel.master_for(address.service, **options), sentinel)


@dataclass
class Connections:
    """Clients of one process. ``redis`` decodes replies to ``str``; RQ needs
    ``queue_redis``, which returns bytes. Both talk to the queue Redis; ``store`` to the
    consent store (which may be the same server)."""

    url: str
    redis: Redis
    queue_redis: Redis
    store: Store
    embedded: EmbeddedRedis | None = None
    sentinel: Sentinel | None = field(default=None, repr=False)

    @property
    def separate_store(self) -> bool:
        """True when the consent store is not the queue Redis."""
        return self.store.client is not self.redis

    def close(self) -> None:
        """Close the pools and leave the embedded server (stopping it if we were its last user)."""
        for client in {id(c): c for c in (self.redis, self.queue_redis)}.values():
            client.close()
        for watcher in self.sentinel.sentinels if self.sentinel else ():
            watcher.close()
        self.store.close()
        if self.embedded is not None:
            self.embedded.release()
            self.embedded = None


def connect(settings: Settings) -> Connections:
    """Connect as the settings say; without REDIS_URL, join (or start) the embedded server.

    Raises:
        ConfigError: STORE_SHARDS differs from the shard count the store was created with.
    """
    embedded = None
    url = settings.redis_url
    if not url:
        embedded = EmbeddedRedis(settings.optout_data_dir).acquire()
        atexit.register(embedded.release)
        url = embedded.url
    main, queue_redis, sentinel = queue_clients(url)
    store_url = settings.suppression_redis_url
    client: redis.Redis | RedisCluster = main
    if store_url and store_url != url:
        client = store_client(store_url)
    store = Store(client, lambda: read_layout(client, settings.store_shards),
                  min_replicas=settings.store_min_replicas, wait_ms=settings.store_wait_ms)
    return Connections(url, main, queue_redis, store, embedded, sentinel)


def store_client(url: str) -> redis.Redis | RedisCluster:
    """A decoding client for the store at ``url``: a ``RedisCluster`` when the server is
    in cluster mode, else a plain ``Redis``."""
    probe = redis.Redis.from_url(url, decode_responses=True, socket_timeout=5)
    try:
        enabled = str(probe.info("cluster").get("cluster_enabled", 0)) == "1"
    finally:
        probe.close()
    if enabled:
        log.info("the consent store is a Redis Cluster")
        return RedisCluster.from_url(url, decode_responses=True)
    return redis.Redis.from_url(url, decode_responses=True, health_check_interval=30)


def read_layout(client: redis.Redis | RedisCluster, wanted: int | None) -> Layout:
    """The store's layout, with the shard count recorded at its first start.

    Raises:
        ConfigError: STORE_SHARDS is set and differs from the recorded count.
    """
    initial = wanted or DEFAULT_SHARDS
    Layout(initial)  # a bad STORE_SHARDS fails before anything is written
    compact_encodings(client)
    client.hsetnx(Registry.CONFIG, "shards", initial)
    recorded = int(cast(str, client.hget(Registry.CONFIG, "shards")) or initial)
    if wanted and wanted != recorded:
        raise ConfigError(
            f"STORE_SHARDS={wanted}, but this store was created with {recorded} shards; "
            f"unset STORE_SHARDS or move the data with `optout export` and `optout import`")
    return Layout(recorded)


def compact_encodings(client: redis.Redis | RedisCluster) -> None:
    """Ask the store's servers to keep our buckets in their compact encodings (listpack
    hashes, intsets) at the sizes the layout needs; a server that refuses CONFIG (a managed
    service) is only logged, since the store works either way, just with more memory."""
    wanted = {"hash-max-listpack-entries": HASH_MAX_LISTPACK_ENTRIES,
              "set-max-intset-entries": SET_MAX_INTSET_ENTRIES}
    for name, size in wanted.items():
        try:
            current = client.config_get(name)
            values = current.values() if isinstance(current, dict) else [current]
            if any(int(str(v)) < size for v in values if str(v).isdigit()):
                client.config_set(name, size)
        except redis.ResponseError as exc:
            log.warning("the consent store keeps %s below %d (%s): more memory a number",
                        name, size, exc)
