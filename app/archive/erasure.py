"""Redacting the archive for an erasure: a number's rows lose their personal fields.

``PERSONAL_FIELDS`` are the fields of a consent event that an erasure removes (the number
itself, the words of a text, notes, and the capture proof of a consent). A redacted row
keeps everything else (kind, time, sender, source, status, ledger id), so the history of
what was decided stays, without whom it was decided for.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from app.archive.models import ArchivedEvent
from app.archive.models import consent_events as table
from app.archive.store import Archive

PERSONAL_FIELDS = ("number", "body", "note", "ip", "user_agent", "url", "reference")
_COLUMNS = [c for c in PERSONAL_FIELDS if c in table.c and c != "number"]


def redacted(event: dict[str, Any]) -> dict[str, Any]:
    """``event`` without its personal fields."""
    return {k: v for k, v in event.items() if k not in PERSONAL_FIELDS}


def redact_number(archive: Archive, number: str) -> int:
    """Redact every archived row of ``number`` (E.164): its number column becomes "", its
    other personal columns NULL, and the stored event loses the personal fields. Returns
    how many rows changed; a second call changes none."""
    if not archive.ready():
        return 0
    key = (table.c.shard, table.c.ledger_ms, table.c.ledger_seq)
    query = sa.select(*key, table.c.event).where(table.c.number == number)
    with archive.engine.begin() as conn:
        rows = conn.execute(query).all()
        for shard, ms, seq, event in rows:
            conn.execute(
                sa.update(ArchivedEvent)
                .where(table.c.shard == shard, table.c.ledger_ms == ms,
                       table.c.ledger_seq == seq)
                .values(number="", event=redacted(dict(event)),
                        **dict.fromkeys(_COLUMNS)))
    return len(rows)
