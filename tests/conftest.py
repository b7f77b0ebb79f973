"""Fixtures: a real Redis (OPTOUT_TEST_REDIS_URL, or the embedded server), the app, signed
Twilio requests and an in-process RQ worker. Never a mock of Redis."""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import redis
from flask import Flask
from flask.testing import FlaskClient
from rq import SimpleWorker
from twilio.request_validator import RequestValidator
from werkzeug.test import TestResponse

from app import create_app
from app.counters import StoreFigures, store_figures
from app.services import Services, build_services
from app.store.embedded import EmbeddedRedis
from config import Settings
from workers.jobs import use_services

pytest_plugins = ["tests.cluster"]

MARKER = "optout:test-database"
# Figures the chaos suite measured, printed at the end of the run (make test-chaos).
FIGURES: list[str] = []


def report_figure(line: str) -> None:
    """Print ``line`` in the run's summary (and keep it out of the captured output)."""
    FIGURES.append(line)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if FIGURES:
        terminalreporter.section("figures")
        for line in FIGURES:
            terminalreporter.write_line(line)
AUTH_TOKEN = "test-auth-token-0123456789abcdef"
API_KEY = "test-api-key"
BASE_URL = "https://optout.example.com"
OUR_NUMBER = "+18005550100"


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


@contextmanager
def claimed_database(url: str) -> Iterator[redis.Redis]:
    """A decoding client on a test database, flushed (and marked ours) before and after."""
    client = redis.Redis.from_url(url, decode_responses=True)
    client.flushdb()
    client.set(MARKER, "1")
    try:
        yield client
    finally:
        client.flushdb()
        client.set(MARKER, "1")
        client.close()


@pytest.fixture
def redis_client(redis_url: str) -> Iterator[redis.Redis]:
    """A decoding client on a database flushed before and after the test."""
    with claimed_database(redis_url) as client:
        yield client


def make_settings(redis_url: str, tmp_path: Path, **overrides: object) -> Settings:
    """Settings for a test, independent of the developer's environment and .env."""
    values: dict[str, object] = {
        "redis_url": redis_url,
        "twilio_auth_token": AUTH_TOKEN,
        "twilio_account_sid": "AC" + "1" * 32,
        "public_base_url": BASE_URL,
        "optout_api_keys": [API_KEY],
        "ops_password": "ops-password",
        "secret_key": "test-secret",
        "job_retry_intervals": [0, 0],
        "optout_data_dir": tmp_path / "data",
        "program_name": "MiniLuxe",
        "support_contact": "help@miniluxe.example",
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


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


def sign(url: str, form: dict[str, str], token: str = AUTH_TOKEN) -> str:
    """X-Twilio-Signature for ``form`` posted to ``url``, computed as Twilio does."""
    return RequestValidator(token).compute_signature(url, form)


def inbound_form(body: str, sender: str = "+16175550123", to: str = OUR_NUMBER,
                 **extra: str) -> dict[str, str]:
    """The fields Twilio posts for an inbound SMS."""
    sid = "SM" + secrets.token_hex(16)
    form = {"MessageSid": sid, "SmsMessageSid": sid, "SmsSid": sid,
            "AccountSid": "AC" + "1" * 32, "From": sender, "To": to, "Body": body,
            "NumMedia": "0", "NumSegments": "1", "ApiVersion": "2010-04-01"}
    form.update(extra)
    return form


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
def run_jobs(services: Services) -> Callable[[], bool]:
    """Run every queued job in this process with a real RQ SimpleWorker (burst mode)."""

    def work() -> bool:
        worker = SimpleWorker([services.queue], connection=services.connections.queue_redis)
        return worker.work(burst=True, logging_level="WARNING")

    return work


@pytest.fixture
def fault(monkeypatch: pytest.MonkeyPatch) -> Callable[[str | None], None]:
    """``fault("apply")``: make that point of the code raise InjectedFault (None: stop)."""

    def arm(point: str | None) -> None:
        if point is None:
            monkeypatch.delenv("OPTOUT_TEST_FAULT", raising=False)
        else:
            monkeypatch.setenv("OPTOUT_TEST_FAULT", point)

    return arm


def figures(services: Services) -> StoreFigures:
    """Pending marks, unapplied numbers and latency samples of the whole store."""
    return store_figures(services.connections.store, 0)


def wipe(services: Services) -> None:
    """Empty the test database mid-test, and what the process cached of it (sender codes)."""
    services.connections.redis.flushdb()
    services.connections.redis.set(MARKER, "1")
    if services.connections.store.cluster:
        for master in services.connections.store.masters():
            master.flushall()
    services.registry.forget()


def ledger_size(services: Services) -> int:
    """Events in the ledger, over every shard."""
    return sum(1 for _ in services.ledger.scan())


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
