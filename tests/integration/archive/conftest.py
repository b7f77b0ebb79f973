"""Archive databases for tests: an SQLite file, and a PostgreSQL database of the test's own
(created on the local server and dropped afterwards; skipped when no server answers)."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from app.archive import Archive, Pepper, close_archives
from app.archive.db import engine_url
from config import Settings
from tests.helpers import PEPPER, make_settings

POSTGRES_URL = os.environ.get("OPTOUT_TEST_POSTGRES_URL",
                              "postgresql://postgres@127.0.0.1:5432/test")


def _postgres_admin() -> sa.Engine:
    engine = sa.create_engine(engine_url(POSTGRES_URL), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(sa.text("SELECT 1"))
    except sa.exc.OperationalError as exc:
        engine.dispose()
        pytest.skip(f"no PostgreSQL answers at {POSTGRES_URL}: {str(exc).splitlines()[0]}")
    return engine


@pytest.fixture(params=["sqlite", "postgresql"])
def archive_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty archive database's URL: SQLite, then PostgreSQL (its own database)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'archive.sqlite3'}"
        close_archives()
        return
    admin = _postgres_admin()
    name = f"optout_test_{secrets.token_hex(6)}"
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    try:
        yield sa.make_url(engine_url(POSTGRES_URL)).set(database=name).render_as_string(
            hide_password=False)
    finally:
        close_archives()
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def archive(archive_url: str) -> Iterator[Archive]:
    """The archive at ``archive_url``, migrated."""
    opened = Archive.open(archive_url, Pepper.of(PEPPER))
    opened.migrate()
    yield opened
    opened.close()


@pytest.fixture
def settings(redis_client: object, redis_url: str, tmp_path: Path, archive_url: str) -> Settings:
    """The test settings with ARCHIVE_URL set to the test's archive, on a one-shard store
    (tests/test_archive_shards.py runs the archive on the default sixteen)."""
    return make_settings(redis_url, tmp_path, archive_url=archive_url, store_shards=1)
