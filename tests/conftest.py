"""Fixtures: a real Redis (OPTOUT_TEST_REDIS_URL, or the embedded server), a real Redis
Cluster when a test asks, the app, signed Twilio requests, the command line, stub carrier
APIs and an in-process RQ worker. Never a mock of Redis."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import redis
from click.testing import CliRunner, Result
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from app import create_app
from app.bootstrap import Services, build_services
from app.cli import main
from app.store.devcluster import LocalCluster
from app.store.embedded import EmbeddedRedis
from config import Settings, get_settings
from tests.helpers import (
    AUTH_TOKEN,
    BASE_URL,
    FIGURES,
    MARKER,
    OUR_NUMBER,
    claimed_database,
    inbound_form,
    make_settings,
    sign,
)
from tests.helpers.carriers import StubCarrierAPI, stub_carrier_api
from tests.helpers.cluster import require_redis_server
from tests.helpers.live import LiveApp, serve
from workers.jobs import use_services
from workers.worker import OptoutWorker


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if FIGURES:
        terminalreporter.section("figures")
        for line in FIGURES:
            terminalreporter.write_line(line)


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The test Redis: OPTOUT_TEST_REDIS_URL (CI: db 15 of the local server) or embedded."""
    url = os.environ.get("OPTOUT_TEST_REDIS_URL")
    if url:
        client = redis.Redis.from_url(url)
        if client.dbsize() and not client.exists(MARKER):
            pytest.exit(f"{url} holds data that is not ours; give the tests an empty database")
        client.set(MARKER, "1")
        yield url
        return
    with EmbeddedRedis(tmp_path_factory.mktemp("redis")) as embedded:
        yield embedded.url


@pytest.fixture
def redis_client(redis_url: str) -> Iterator[redis.Redis]:
    """A decoding client on a database flushed before and after the test."""
    with claimed_database(redis_url) as client:
        yield client


@pytest.fixture(scope="session")
def redis_cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalCluster]:
    """One local Redis Cluster for the whole session (3 masters, 3 replicas), started when a
    test first asks for it."""
    binary = require_redis_server()
    cluster = LocalCluster(3, 1, binary=binary, folder=tmp_path_factory.mktemp("cluster"))
    with cluster:
        yield cluster


@pytest.fixture
def clean_cluster(redis_cluster: LocalCluster) -> LocalCluster:
    """The session's cluster with every master flushed and its replicas caught up (WAIT)."""
    redis_cluster.flush()
    return redis_cluster


@pytest.fixture
def settings(redis_client: redis.Redis, redis_url: str, tmp_path: Path,
             request: pytest.FixtureRequest) -> Settings:
    """Settings for one test: the store on the test Redis, or (``[cluster]`` runs of the
    modules that set ``BOTH_STORES``) on the session's local Redis Cluster."""
    if getattr(request, "param", "single") == "cluster":
        cluster = request.getfixturevalue("clean_cluster")
        return make_settings(redis_url, tmp_path, suppression_redis_url=cluster.url)
    return make_settings(redis_url, tmp_path)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run every test of a module with ``BOTH_STORES = True`` twice: with the consent store
    on one Redis and on a Redis Cluster (3 masters, 3 replicas)."""
    if getattr(metafunc.module, "BOTH_STORES", False) and "settings" in metafunc.fixturenames:
        metafunc.parametrize("settings", ["single", "cluster"], indirect=True)


@pytest.fixture
def services(settings: Settings) -> Iterator[Services]:
    svc = build_services(settings)
    use_services(svc)
    yield svc
    use_services(None)
    svc.close()


@pytest.fixture
def app(services: Services) -> Flask:
    flask_app = create_app(services.settings, services)
    flask_app.config["TESTING"] = True
    return flask_app


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def post_signed(client: FlaskClient) -> Callable[..., TestResponse]:
    """Post a form to a webhook path, signed for PUBLIC_BASE_URL + path."""

    def post(path: str, form: dict[str, str], *, token: str = AUTH_TOKEN,
             signature: str | None = None) -> TestResponse:
        sig = signature if signature is not None else sign(BASE_URL + path, form, token)
        return client.post(path, data=form, headers={"X-Twilio-Signature": sig})

    return post


@pytest.fixture
def sms(post_signed: Callable[..., TestResponse]) -> Callable[..., TestResponse]:
    """Text the webhook: ``sms("STOP", sender="+1617...")``."""

    def send(body: str, sender: str = "+16175550123", to: str = OUR_NUMBER,
             **extra: str) -> TestResponse:
        return post_signed("/webhooks/twilio/sms", inbound_form(body, sender, to, **extra))

    return send


@pytest.fixture
def run_jobs(services: Services) -> Callable[..., bool]:
    """Run every queued job in this process with the worker's own RQ SimpleWorker (burst mode);
    ``run_jobs(scheduled=True)`` first moves the scheduled jobs that are due onto the queue,
    as a worker's RQ scheduler does."""

    def work(scheduled: bool = False) -> bool:
        worker = OptoutWorker([services.queue], connection=services.connections.queue_redis)
        return worker.work(burst=True, logging_level="WARNING", with_scheduler=scheduled)

    return work


@pytest.fixture
def live(app: Flask) -> Iterator[LiveApp]:
    """The app served over real HTTP on a loopback port (a thread of this process)."""
    with serve(app) as served:
        yield served


@pytest.fixture
def cli(services: Services, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., Result]]:
    """Run ``optout ...`` in-process against the test's Redis (and store); an exception
    other than the command's own exit is a failure."""
    monkeypatch.setenv("REDIS_URL", services.connections.url)
    if services.settings.suppression_redis_url:
        monkeypatch.setenv("SUPPRESSION_REDIS_URL", services.settings.suppression_redis_url)
    else:
        monkeypatch.delenv("SUPPRESSION_REDIS_URL", raising=False)
    get_settings.cache_clear()

    def run(*args: str, input: bytes | str | None = None) -> Result:
        return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)

    yield run
    get_settings.cache_clear()


@pytest.fixture
def carrier_api() -> Iterator[StubCarrierAPI]:
    """The carriers' send APIs, answered by a stub transport (nothing leaves the process)."""
    with stub_carrier_api() as stub:
        yield stub


@pytest.fixture
def fault(monkeypatch: pytest.MonkeyPatch) -> Callable[[str | None], None]:
    """``fault("apply")``: make that point of the code raise InjectedFault (None: stop)."""

    def arm(point: str | None) -> None:
        if point is None:
            monkeypatch.delenv("OPTOUT_TEST_FAULT", raising=False)
        else:
            monkeypatch.setenv("OPTOUT_TEST_FAULT", point)

    return arm


@pytest.fixture
def suppressed(services: Services) -> Callable[..., bool]:
    """Both views agree: ``suppressed("+1617...", sender)`` from the lookup and bulk check."""

    def check(number: str, sender: str | None = OUR_NUMBER) -> bool:
        by_lookup = services.suppressions.lookup(number, sender).suppressed
        by_check = bool(services.suppressions.check_many([number], sender)[0] & 1)
        assert by_check or not by_lookup, "the bulk check missed an acknowledged opt-out"
        if not services.suppressions.lookup(number).pending:
            assert by_check == by_lookup, "projection and history disagree once applied"
        return by_lookup

    return check
