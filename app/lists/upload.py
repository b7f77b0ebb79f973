"""A CSV of opt-outs uploaded in the support console: preview first, then record.

Rows are read with the import's own rules (``app.transfer``: columns ``number, scope, sender,
source, since, note, exceptions``; the number column is found by name like the campaign
filter's, ``app.checks.find_column``). The form's source, sender and note fill what a row
leaves empty. The upload is named by a digest of the file and the form (not of who uploads
it), so the same file with the same form twice records nothing new ("already imported");
another file is idempotent by state ("already in force"). A confirmed upload is recorded by
an RQ job (``record_saved_upload``), range by range, resumable after a failure.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from dataclasses import asdict, dataclass, field, replace
from typing import Any

import redis

from app.consent.events import ConsentEvent, Kind
from app.consent.ledger import ConsentLedger
from app.consent.policy import Policy
from app.consent.suppression import SUPPRESSED, SuppressionList
from app.errors import InvalidNumber, InvalidSender, fault_point
from app.lists.checks import find_column
from app.lists.imports import ImportedRanges
from app.lists.transfer import COLUMNS, ImportReport, record_rows, row_events
from app.store.keys import CONSOLE_UPLOADS
from app.text import CONTROL

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
MAX_ROWS = 50_000
UPLOAD_TTL_SECONDS = 3600  # a preview waits this long for its confirmation
UPLOAD_RANGE_EVENTS = 1000  # recorded, then marked and saved, at a time
UPLOAD_JOB_TIMEOUT = 1800  # the recording job's limit: 50,000 rows take ~30 s when idle


class UploadRejected(ValueError):
    """The file as a whole cannot be read (encoding, control characters, header, size)."""


@dataclass(frozen=True)
class UploadDefaults:
    """What the form says for rows that say nothing themselves."""

    source: str = "import"
    sender: str | None = None  # normalised; None = every sender
    note: str | None = None
    recorded_by: str | None = None  # "operator:alice"


@dataclass
class UploadPreview:
    """What the file holds: good rows (events), bad rows with why, already suppressed."""

    rows: int = 0
    events: list[ConsentEvent] = field(default_factory=list)
    numbers: list[str] = field(default_factory=list)  # of the good rows, in order
    bad: list[tuple[int, str, str]] = field(default_factory=list)  # line, number, reason
    already_suppressed: list[str] = field(default_factory=list)
    digest: str = ""  # names the file and the form's defaults (not who uploads it)

    @property
    def to_record(self) -> int:
        return len(self.numbers) - len(self.already_suppressed)


def decode_upload(data: bytes) -> str:
    """The file's text (UTF-8, with or without a BOM).

    Raises:
        UploadRejected: too large, or not UTF-8 (naming the line).
    """
    if len(data) > MAX_UPLOAD_BYTES:
        raise UploadRejected(f"the file is larger than {MAX_UPLOAD_BYTES // 1024 // 1024} MB")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise UploadRejected(f"line {line} is not UTF-8 text; save the file as UTF-8 CSV"
                             ) from None
    match = CONTROL.search(text)
    if match is not None:
        line = text.count("\n", 0, match.start()) + 1
        raise UploadRejected(f"file line {line} contains a control character "
                             f"(U+{ord(match.group()):04X})")
    return text


def preview_upload(suppressions: SuppressionList, policy: Policy, text: str,
                   defaults: UploadDefaults) -> UploadPreview:
    """Read every row and say what recording them would do; records nothing.

    Raises:
        UploadRejected: no header, no number column, too many rows.
    """
    reader = csv.reader(io.StringIO(text))
    header = next(reader, None)
    if not header:
        raise UploadRejected("the file is empty")
    try:
        number_column = find_column(header, None)
    except ValueError as exc:
        raise UploadRejected(str(exc).replace("; name one with --column", "")) from None
    names = [h.strip().lower() for h in header]
    known = {name: i for i, name in enumerate(names) if name in COLUMNS and name != "number"}
    region = policy.region
    result = UploadPreview()
    for row in reader:
        if not any(cell.strip() for cell in row):
            continue
        result.rows += 1
        if result.rows > MAX_ROWS:
            raise UploadRejected(f"more than {MAX_ROWS} rows: split the file")
        fields = {name: row[i] for name, i in known.items() if i < len(row)}
        fields["number"] = row[number_column] if number_column < len(row) else ""
        _fill_defaults(fields, defaults)
        try:
            events = row_events(fields, region)
        except (InvalidNumber, InvalidSender, ValueError) as exc:
            result.bad.append((reader.line_num, fields["number"], str(exc)))
            continue
        result.events += [policy.widened(_attributed(e, defaults)) for e in events]
        result.numbers.append(events[0].number)
    result.already_suppressed = _already_suppressed(suppressions, result.events)
    result.digest = hashlib.sha256("\0".join(
        [defaults.source, defaults.sender or "", defaults.note or "", policy.region, text]
    ).encode()).hexdigest()
    return result


def _fill_defaults(fields: dict[str, str], defaults: UploadDefaults) -> None:
    if not (fields.get("source") or "").strip():
        fields["source"] = defaults.source
    if not (fields.get("note") or "").strip() and defaults.note:
        fields["note"] = defaults.note
    if not (fields.get("sender") or "").strip() and not (fields.get("scope") or "").strip():
        fields["sender"] = defaults.sender or ""


def _attributed(event: ConsentEvent, defaults: UploadDefaults) -> ConsentEvent:
    """Who uploaded it, in the note; the dedupe key stays the content's."""
    if not defaults.recorded_by:
        return event
    note = f"{defaults.recorded_by}: {event.note}" if event.note else defaults.recorded_by
    return replace(event, note=note)


def _already_suppressed(suppressions: SuppressionList, events: list[ConsentEvent]
                        ) -> list[str]:
    """Numbers whose opt-out (for that sender, or for every sender) is already in force."""
    by_sender: dict[str | None, list[str]] = {}
    for event in events:
        if event.kind is Kind.OPT_OUT:
            by_sender.setdefault(event.sender if event.scope == "sender" else None,
                                 []).append(event.number)
    already: list[str] = []
    for sender, numbers in by_sender.items():
        flags = suppressions.check_many(numbers, sender)
        for number, flag in zip(numbers, flags, strict=True):
            if not flag & SUPPRESSED:
                continue
            # Without a sender the check is the cautious one: only an opt-out of every
            # sender makes an "every sender" row redundant.
            if sender is not None or suppressions.lookup(number).scope == "all":
                already.append(number)
    return already


class SavedUploads:
    """Uploads previewed in the console, kept on the queue Redis until recorded:
    ``CONSOLE_UPLOADS + token`` -> JSON of the file's text, the form, the operator who
    uploaded it and, once confirmed, the recording's progress and result;
    ``+ ":job"`` -> the id of the RQ job recording it (taken once)."""

    def __init__(self, client: redis.Redis, ttl_seconds: int = UPLOAD_TTL_SECONDS) -> None:
        self.client = client
        self.ttl_seconds = ttl_seconds

    def save(self, token: str, saved: dict[str, Any]) -> None:
        """Write (or rewrite) the upload ``token``; it lives ``ttl_seconds`` from now."""
        self.client.set(CONSOLE_UPLOADS + token, json.dumps(saved), ex=self.ttl_seconds)

    def load(self, token: str) -> dict[str, Any] | None:
        """The upload ``token``, or None when it expired (or never was)."""
        raw = self.client.get(CONSOLE_UPLOADS + token)
        return None if raw is None else dict(json.loads(raw))

    def claim_job(self, token: str, job_id: str) -> bool:
        """True for the one caller that may enqueue the recording of ``token``."""
        return bool(self.client.set(CONSOLE_UPLOADS + token + ":job", job_id, nx=True,
                                    ex=self.ttl_seconds))


def record_saved_upload(uploads: SavedUploads, token: str, ledger: ConsentLedger,
                        suppressions: SuppressionList, policy: Policy,
                        ranges: ImportedRanges) -> dict[str, int]:
    """Record the confirmed upload ``token`` in ranges of UPLOAD_RANGE_EVENTS events,
    saving the progress after each, and finally its result (which consumes the upload: it
    cannot be confirmed again). Run again after a failure, it goes on from the first range
    not recorded; a range cut short is recorded again, and each of its events is recorded
    only if it changes what checks say, so nothing is recorded twice.

    Raises:
        UploadRejected: the upload expired.
    """
    saved = uploads.load(token)
    if saved is None:
        raise UploadRejected("that upload expired before it was recorded; upload it again")
    if saved.get("result"):
        return dict(saved["result"])
    defaults = UploadDefaults(saved["source"], saved["sender"], saved["note"],
                              saved.get("recorded_by"))
    preview = preview_upload(suppressions, policy, saved["text"], defaults)
    progress = saved.get("progress") or {}
    report = ImportReport(**progress.get("report", {"rows": preview.rows}))
    done = set(progress.get("ranges", ()))
    events = preview.events
    for index, start in enumerate(range(0, len(events), UPLOAD_RANGE_EVENTS)):
        if index in done:
            continue  # recorded by an earlier run of this upload, and counted in ``report``
        chunk = events[start : start + UPLOAD_RANGE_EVENTS]
        if ranges.seen(preview.digest, index):  # the same file and form, uploaded before
            report.duplicates += len(chunk)
        else:
            record_rows(ledger, suppressions, chunk, report)
            ranges.mark(preview.digest, index)
        done.add(index)
        saved["progress"] = {"ranges": sorted(done), "report": asdict(report),
                             "events_done": start + len(chunk), "events": len(events)}
        uploads.save(token, saved)
        fault_point("upload-range")
    result = {"rows": report.rows, "recorded": report.recorded, "in_force": report.in_force,
              "duplicates": report.duplicates, "bad": len(preview.bad)}
    saved["result"] = result
    uploads.save(token, saved)
    return result
