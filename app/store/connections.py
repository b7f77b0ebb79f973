"""Redis connections of one process: the queue Redis (RQ) and the consent store.

``connect`` is the one connection factory of the web app, the workers and the command line.
``REDIS_URL`` is a standalone Redis (RQ does not support Redis Cluster); the store is
``SUPPRESSION_REDIS_URL`` when set, else the same Redis. A store whose server reports
``cluster_enabled:1`` is used as a Redis Cluster, without any setting saying so.
"""

from __future__ import annotations

import atexit
import logging
from dataclasses import dataclass
from typing import cast

import redis
from redis import Redis
from redis.cluster import RedisCluster

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

    @property
    def separate_store(self) -> bool:
        """True when the consent store is not the queue Redis."""
        return self.store.client is not self.redis

    def close(self) -> None:
        """Close the pools and leave the embedded server (stopping it if we were its last user)."""
        for client in {id(c): c for c in (self.redis, self.queue_redis)}.values():
            client.close()
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
    main = redis.Redis.from_url(url, decode_responses=True, health_check_interval=30)
    queue_redis = redis.Redis.from_url(url, health_check_interval=30)
    store_url = settings.suppression_redis_url
    client: redis.Redis | RedisCluster = main
    if store_url and store_url != url:
        client = store_client(store_url)
    store = Store(client, lambda: read_layout(client, settings.store_shards),
                  min_replicas=settings.store_min_replicas, wait_ms=settings.store_wait_ms)
    return Connections(url, main, queue_redis, store, embedded)


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
