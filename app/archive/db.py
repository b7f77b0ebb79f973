"""The archive database: an engine for ARCHIVE_URL and its Alembic migrations.

``postgresql://`` (and ``postgres://``) URLs use psycopg 3. An SQLite archive runs in WAL
mode with a busy timeout, so the web app reads while a worker copies.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine, make_url

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
# Alembic announces each of its plugins at INFO on import: noise in `optout run`'s output.
logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)
# Alembic says "Context impl …" and "Will assume … DDL" for each of the three contexts a
# migration opens, and each step it runs; ``migrate`` logs one line of its own instead.
logging.getLogger("alembic.runtime.migration").setLevel(logging.WARNING)

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# Any fixed 64-bit number: serialises concurrent `optout migrate` runs on PostgreSQL.
_MIGRATION_LOCK = 0x6F70746F7574


def engine_url(url: str) -> str:
    """``url`` with psycopg 3 named as the driver of a plain PostgreSQL URL."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def redact(url: str) -> str:
    """The URL with any password hidden, for messages."""
    return make_url(engine_url(url)).render_as_string(hide_password=True)


def create_archive_engine(url: str, **kwargs: Any) -> Engine:
    """An engine for the archive at ``url`` (connecting to nothing until first used)."""
    parsed = make_url(engine_url(url))
    if parsed.get_backend_name() == "sqlite":
        engine = sa.create_engine(parsed, **kwargs)
        sa.event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    # psycopg's own executemany (pipeline mode) rather than SQLAlchemy's multi-VALUES
    # statements, whose 20,000-parameter text psycopg re-parses for every batch (4x slower).
    # A database host that drops packets must not hold a start-up or a run for the OS's TCP
    # time-out: give up after ten seconds unless the URL says otherwise.
    if "connect_timeout" not in parsed.query:
        kwargs.setdefault("connect_args", {"connect_timeout": 10})
    return sa.create_engine(parsed, pool_pre_ping=True, use_insertmanyvalues=False, **kwargs)


def _sqlite_pragmas(dbapi_connection: Any, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")  # readers never wait for the copier
    cursor.execute("PRAGMA synchronous=FULL")  # a commit is on disk before Redis is trimmed
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def _config() -> Config:
    """Alembic's configuration, without an ini file. Alembic is imported only here, when
    migrating: web and worker processes never load it (it logs its plugins at INFO)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    """The newest migration this code knows."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The migration the database is at (None for a database never migrated)."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def migrate(engine: Engine) -> tuple[str | None, str]:
    """Apply every migration the database lacks; returns (revision before, revision now).

    Safe to run from several processes at once: on PostgreSQL an advisory lock makes the
    later ones wait and then find nothing to do.
    """
    from alembic import command
    from alembic.runtime.migration import MigrationContext

    config = _config()
    database = engine.url.database or ""
    if engine.dialect.name == "sqlite" and database not in ("", ":memory:"):
        Path(database).parent.mkdir(parents=True, exist_ok=True)
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK})
        before = MigrationContext.configure(conn).get_current_revision()
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
        after = MigrationContext.configure(conn).get_current_revision()
    if before != after:
        log.info("archive schema migrated from %s to %s", before or "nothing", after)
    return before, after or head_revision()
