"""Redis connections for one process: the main Redis (ledger, queue) and the suppression store."""

from __future__ import annotations

import atexit
from dataclasses import dataclass

import redis
from redis import Redis

from app.embedded import EmbeddedRedis
from config import Settings


@dataclass
class Connections:
    """Clients of one process. ``redis`` and ``store`` decode replies to ``str``; RQ needs
    ``queue_redis``, which returns bytes."""

    url: str
    redis: Redis
    queue_redis: Redis
    store: Redis
    separate_store: bool
    embedded: EmbeddedRedis | None = None

    def close(self) -> None:
        """Close the pools and leave the embedded server (stopping it if we were its last user)."""
        for client in {id(c): c for c in (self.redis, self.queue_redis, self.store)}.values():
            client.close()
        if self.embedded is not None:
            self.embedded.release()
            self.embedded = None


def connect(settings: Settings) -> Connections:
    """Connect as the settings say; without REDIS_URL, join (or start) the embedded server."""
    embedded = None
    url = settings.redis_url
    if not url:
        embedded = EmbeddedRedis(settings.optout_data_dir).acquire()
        atexit.register(embedded.release)
        url = embedded.url
    main = redis.Redis.from_url(url, decode_responses=True, health_check_interval=30)
    queue_redis = redis.Redis.from_url(url, health_check_interval=30)
    store_url = settings.suppression_redis_url
    separate = bool(store_url) and store_url != url
    store = (
        redis.Redis.from_url(store_url, decode_responses=True) if separate and store_url else main
    )
    return Connections(url, main, queue_redis, store, separate, embedded)


def decoded_twin(client: redis.Redis) -> redis.Redis:
    """A client on the same server as ``client`` that decodes replies (for RQ's job connection)."""
    pool = client.connection_pool
    kwargs = dict(pool.connection_kwargs)
    kwargs["decode_responses"] = True
    return redis.Redis(connection_pool=redis.ConnectionPool(pool.connection_class, **kwargs))
