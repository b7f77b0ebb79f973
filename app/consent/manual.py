"""Opt-outs and opt-ins that a person records (API clients, the support console): one code
path from the request's fields to the ledger, with the same rules for both."""

from __future__ import annotations

from app.consent.events import MANUAL_SOURCES, ConsentEvent, Kind
from app.consent.policy import Policy
from app.errors import InvalidEvent
from app.text import checked_text

MAX_NOTE_CHARS = 2000


class ManualEventRejected(InvalidEvent):
    """A manual opt-out or opt-in whose fields cannot be recorded; ``code`` names the fault
    (``missing_field`` or ``invalid_field``), ``str()`` says which field and why."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def manual_event(
    kind: Kind,
    number: str,
    *,
    source: str | None,
    sender: str | None,
    note: str | None,
    policy: Policy,
    recorded_by: str | None = None,
    idempotency_key: str | None = None,
    note_required: bool | None = None,
    categories: tuple[str, ...] = (),
) -> ConsentEvent:
    """The ledger event for a manual opt-out (``Kind.OPT_OUT``) or re-subscription
    (``Kind.OPT_IN``, whose note must say what proves the consent).

    ``number`` and ``sender`` are already normalised; no sender means every sender; no
    ``categories`` means what the policy gives an opt-out (an opt-in: every category).
    ``recorded_by`` (``"operator:alice"``) is written at the head of the note.

    Raises:
        ManualEventRejected: a missing or bad source or note.
    """
    if not source:
        raise ManualEventRejected("missing_field", "'source' is required")
    if source not in MANUAL_SOURCES:
        raise ManualEventRejected(
            "invalid_field", f"'source' must be one of {sorted(MANUAL_SOURCES)}, not {source!r}")
    if note is not None and len(note) > MAX_NOTE_CHARS:
        raise ManualEventRejected("invalid_field",
                                  f"'note' is longer than {MAX_NOTE_CHARS} characters")
    if note is not None:
        checked_text(note, "'note'")
    if (kind is Kind.OPT_IN if note_required is None else note_required) and not (
            note or "").strip():
        raise ManualEventRejected("missing_field",
                                  "'note' is required: record the proof of consent"
                                  if kind is Kind.OPT_IN else "'note' is required")
    if recorded_by:
        note = f"{recorded_by}: {note}" if note else recorded_by
    return policy.widened(ConsentEvent(
        kind=kind, number=number, source=source, scope="sender" if sender else "all",
        sender=sender, channel=source, note=note, categories=categories,
        dedupe_key=f"api:{idempotency_key}" if idempotency_key else None,
    ))

