"""What the tests share beside fixtures: the test identities, settings, signing, and readers
of the whole store. Fixtures are in ``tests/conftest.py``; carriers, clusters, ports and the
``optout run`` stack have modules of their own here."""

from __future__ import annotations

import io
import re
import secrets
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import redis
from flask.testing import FlaskClient
from twilio.request_validator import RequestValidator
from werkzeug.test import TestResponse

from app.bootstrap import Services
from app.monitoring.counters import StoreFigures, store_figures
from config import Settings

MARKER = "optout:test-database"
AUTH_TOKEN = "test-auth-token-0123456789abcdef"
API_KEY = "test-api-key"
BASE_URL = "https://optout.example.com"
OUR_NUMBER = "+18005550100"
PEPPER = "test-erasure-pepper-0123456789abcdef0123456789abcdef"
# Figures the chaos suite measured, printed at the end of the run (make test-chaos).
FIGURES: list[str] = []


def report_figure(line: str) -> None:
    """Print ``line`` in the run's summary (and keep it out of the captured output)."""
    FIGURES.append(line)


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
        "erasure_pepper": PEPPER,
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


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


DATA = Path(__file__).resolve().parents[1] / "data"  # tests/data: labelled messages
ROOT = Path(__file__).resolve().parents[2]  # the repository


def csrf(page: str) -> str:
    """The CSRF token of a console form in ``page``."""
    match = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert match, "no CSRF token on the page"
    return match.group(1)


def console_login(client: FlaskClient, user: str = "ops", password: str = "ops-password",
                  address: str = "127.0.0.1") -> TestResponse:
    """Log ``client`` in to /ops (default: the development login of ``make_settings``)."""
    token = csrf(client.get("/ops/login").get_data(as_text=True))
    return client.post("/ops/login", data={"username": user, "password": password,
                                           "csrf_token": token},
                       environ_base={"REMOTE_ADDR": address})


def console_upload(client: FlaskClient, content: bytes, note: str = "list from the CRM",
                   sender: str = "") -> TestResponse:
    """Post ``content`` as a CSV file to the console's upload form (``client`` logged in)."""
    token = csrf(client.get("/ops/upload").get_data(as_text=True))
    return client.post("/ops/upload", data={
        "csrf_token": token, "note": note, "source": "import", "sender": sender,
        "file": (io.BytesIO(content), "optouts.csv")}, content_type="multipart/form-data")


def redis_holding(client: redis.Redis, needle: str) -> list[str]:
    """Every key of ``client``'s database whose name, fields, members or values hold
    ``needle`` (zlib-compressed values, as RQ keeps a job's arguments, are read inflated)."""
    import zlib

    wanted = needle.encode()
    raw = client  # a client that returns bytes: values may be binary
    found = []
    for key in raw.scan_iter(match="*", count=1000):
        name = key if isinstance(key, bytes) else str(key).encode()
        kind = raw.type(key)
        kind = kind.decode() if isinstance(kind, bytes) else kind
        parts: list[object] = []
        if kind == "string":
            parts = [raw.get(key)]
        elif kind == "hash":
            parts = [*raw.hgetall(key).items()]  # type: ignore[union-attr]
        elif kind == "set":
            parts = [*raw.smembers(key)]  # type: ignore[union-attr]
        elif kind == "zset":
            parts = [*raw.zrange(key, 0, -1)]  # type: ignore[union-attr]
        elif kind == "list":
            parts = [*raw.lrange(key, 0, -1)]  # type: ignore[union-attr]
        elif kind == "stream":
            parts = [*raw.xrange(key)]  # type: ignore[union-attr]
        blobs = [name, repr(parts).encode()]
        for part in parts:
            for value in (part if isinstance(part, tuple) else (part,)):
                if isinstance(value, bytes) and value[:1] == b"x":
                    with suppress(zlib.error):
                        blobs.append(zlib.decompress(value))
        if any(wanted in blob for blob in blobs):
            found.append(name.decode(errors="replace"))
    return found


def sql_holding(engine: object, needle: str) -> list[str]:
    """Every (table, column) of a database with a value holding ``needle``."""
    import sqlalchemy as sa

    assert isinstance(engine, sa.Engine)
    found = []
    metadata = sa.MetaData()
    metadata.reflect(engine)
    with engine.connect() as conn:
        for table in metadata.sorted_tables:
            for row in conn.execute(sa.select(table)).mappings():
                found += [f"{table.name}.{column}" for column, value in row.items()
                          if needle in str(value)]
    return found
