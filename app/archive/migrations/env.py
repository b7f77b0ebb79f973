"""Alembic environment of the archive, run programmatically by ``app.archive.db.migrate``.

The caller hands over an open connection in ``config.attributes["connection"]``; there is no
alembic.ini. ``alembic`` on the command line works too with ``-x url=<ARCHIVE_URL>``.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from app.archive.models import Base

config = context.config


def _run(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite alters tables by copying them
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    from app.archive.db import engine_url

    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option(
        "sqlalchemy.url"
    )
    if not url:
        raise SystemExit("give the archive's URL: alembic -x url=postgresql://...")
    with create_engine(engine_url(url)).connect() as conn:
        _run(conn)
        conn.commit()
