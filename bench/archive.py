"""Archive throughput: ledger events copied from Redis into SQLite and into PostgreSQL.

Also the Redis memory an event costs before and after it is archived and trimmed (what stays
is the compacted history of each number: the rulings in force).
"""

from __future__ import annotations

import os
import secrets
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import redis
import sqlalchemy as sa
from pydantic import SecretStr

from app.archive import Archive, Pepper, copy_new_events, trim_archived
from app.archive.db import engine_url
from app.archive.sealing import GENESIS, seal
from app.bootstrap import Services, build_services
from app.consent.events import ConsentEvent, Kind
from config import Settings

POSTGRES_URL = os.environ.get("OPTOUT_BENCH_POSTGRES_URL",
                              "postgresql://postgres@127.0.0.1:5432/test")
SENDER = "+18005550100"


BENCH_SECRET = "bench-erasure-pepper-0123456789abcdef0123"
BENCH_PEPPER = Pepper.of(BENCH_SECRET)


def bench_settings(redis_url: str, **extra: Any) -> Settings:
    """Settings for a benchmark, independent of the environment."""
    return Settings(_env_file=None, redis_url=redis_url, twilio_auth_token="bench",  # type: ignore[call-arg]
                    optout_api_keys=["bench"], secret_key="bench",
                    erasure_pepper=SecretStr(BENCH_SECRET), **extra)


def record_sms_events(services: Services, count: int, numbers: int) -> None:
    """``count`` SMS opt-outs and opt-ins spread over ``numbers`` numbers, as the webhook
    records them (body, keyword, message id)."""
    for start in range(0, count, 1000):
        events = []
        for i in range(start, min(start + 1000, count)):
            opt_out = (i // numbers) % 2 == 0
            events.append(ConsentEvent(
                kind=Kind.OPT_OUT if opt_out else Kind.OPT_IN,
                number=f"+1617{2_000_000 + i % numbers:07d}",
                source="sms", sender=SENDER, to=SENDER, keyword="STOP" if opt_out else "START",
                language="en", confidence=1.0, message_sid="SM" + secrets.token_hex(16),
                body="Stop" if opt_out else "Start",
            ))  # fmt: skip
        services.ledger.record_many(events, apply=False)


def _used(client: redis.Redis) -> int:
    return int(client.info("memory")["used_memory"])


def _postgres_database() -> tuple[sa.Engine, str, str] | str:
    admin = sa.create_engine(engine_url(POSTGRES_URL), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            name = f"optout_bench_{secrets.token_hex(4)}"
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    except sa.exc.OperationalError as exc:
        admin.dispose()
        return f"skipped: no PostgreSQL at {POSTGRES_URL} ({str(exc).splitlines()[0]})"
    url = sa.make_url(engine_url(POSTGRES_URL)).set(database=name)
    return admin, name, url.render_as_string(hide_password=False)


def _copy_rate(services: Services, url: str, count: int) -> float:
    archive = Archive.open(url, BENCH_PEPPER)
    try:
        archive.migrate()
        started = time.perf_counter()
        copied = copy_new_events(archive, services.ledger, batch=1000)
        elapsed = time.perf_counter() - started
        assert sum(copied.values()) == count, copied
        return count / elapsed
    finally:
        archive.close()


def _seal_seconds(services: Services, count: int) -> float:
    """Seconds to seal ``count`` ledger events in a chain alone (digests and hashes), the
    part of a copy the hash chain adds; the best of three."""
    assert BENCH_PEPPER is not None
    events = list(services.ledger.scan())[:count]
    best = float("inf")
    for _ in range(3):
        prev = GENESIS
        started = time.perf_counter()
        for event in events:
            prev = seal(int(event["shard"]), event["id"], event, BENCH_PEPPER, prev).hash
        best = min(best, time.perf_counter() - started)
    return best


def bench_archive(redis_url: str, *, events: int, rounds: int) -> dict[str, object]:
    """Copy ``events`` ledger events into a fresh archive ``rounds`` times per database."""
    services = build_services(bench_settings(redis_url))
    client = services.connections.redis
    client.flushdb()
    result: dict[str, object] = {"events": events, "rounds": rounds, "batch": 1000}
    try:
        before = _used(client)
        record_sms_events(services, events, numbers=max(events // 4, 1))
        recorded = _used(client)
        with tempfile.TemporaryDirectory(prefix="optout-archive-bench-") as folder:
            rates = [_copy_rate(services, f"sqlite:///{Path(folder) / f'a{i}.sqlite3'}", events)
                     for i in range(rounds)]
            sqlite_rate = statistics.median(rates)
            result["sqlite_events_per_s"] = round(sqlite_rate)
            result["seal_share_of_sqlite_copy"] = round(
                _seal_seconds(services, events) / (events / sqlite_rate), 3)
            rates = []
            for _ in range(rounds):
                pg = _postgres_database()
                if isinstance(pg, str):
                    result["postgresql_events_per_s"] = pg
                    break
                admin, name, url = pg
                try:
                    rates.append(_copy_rate(services, url, events))
                finally:
                    with admin.connect() as conn:
                        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
                    admin.dispose()
            if rates:
                result["postgresql_events_per_s"] = round(statistics.median(rates))
            archive = Archive.open(f"sqlite:///{Path(folder) / 'a0.sqlite3'}")
            started = time.perf_counter()
            trimmed = trim_archived(archive, services.ledger, hot_days=0)
            elapsed = time.perf_counter() - started
            result["trim_events_per_s"] = round(sum(trimmed.values()) / elapsed)
            archive.close()
        trimmed_used = _used(client)
        result["redis_bytes_per_event_recorded"] = round((recorded - before) / events)
        result["redis_bytes_per_event_after_trim"] = round((trimmed_used - before) / events)
    finally:
        client.flushdb()
        services.close()
    return result
