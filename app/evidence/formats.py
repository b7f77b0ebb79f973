"""The evidence report written out: printable HTML (one file, inline CSS), PDF of the same
page (WeasyPrint), CSV and JSON."""

from __future__ import annotations

import csv
import io
import json
import re
from typing import Literal

from app.evidence.html import PAPER_SIZES, render_html
from app.evidence.report import Report

Format = Literal["html", "pdf", "csv", "json"]
FORMATS: dict[str, str] = {
    "html": "text/html; charset=utf-8",
    "pdf": "application/pdf",
    "csv": "text/csv; charset=utf-8",
    "json": "application/json",
}


class PdfUnavailable(RuntimeError):
    """WeasyPrint (or the system's Pango it needs) cannot be loaded here."""

CSV_COLUMNS = [
    "ledger_id", "shard", "action", "kind", "status", "received_utc", "received_local",
    "recorded_utc", "channel", "sender", "words", "keyword", "language", "recorded_by",
    "enforced_utc", "enforced_local", "enforcement", "confirmation", "confirmation_basis",
    "seconds_to_enforcement", "business_days_to_enforcement", "fcc_limit_business_days",
    "within_fcc_limit", "deadline_utc", "deadline_local", "categories", "policy", "capture",
    "confirmation_sent_utc", "confirmation_seconds", "confirmation_message_id",
    "confirmation_status", "confirmation_status_utc", "confirmation_late", "hash",
]  # fmt: skip


def render(report: Report, fmt: str, paper: str = "letter", nonce: str = "") -> str:
    """The report as ``fmt`` (html, csv or json; ``render_pdf`` for pdf); ``nonce`` marks
    the HTML's style sheet for a Content-Security-Policy that names it.

    Raises:
        ValueError: another format.
    """
    if fmt == "html":
        return render_html(report, paper, nonce)
    if fmt == "csv":
        return render_csv(report)
    if fmt == "json":
        return json.dumps(report.as_dict(), ensure_ascii=False)
    raise ValueError(f"format must be one of {sorted(FORMATS)}, not {fmt!r}")


def render_pdf(report: Report, paper: str = "letter") -> bytes:
    """The HTML page printed to PDF (portrait ``paper``: letter or a4).

    Raises:
        PdfUnavailable: WeasyPrint or its system libraries are missing.
    """
    if paper not in PAPER_SIZES:
        raise ValueError(f"paper must be one of {sorted(PAPER_SIZES)}, not {paper!r}")
    try:
        from weasyprint import HTML  # imported here: only PDF requests pay for it
    except (ImportError, OSError) as exc:
        raise PdfUnavailable(f"PDF rendering is not available here: {exc}") from exc
    pdf = HTML(string=render_html(report, paper)).write_pdf()
    assert pdf is not None
    return bytes(pdf)


_PLAIN_NUMBER = re.compile(r"[+-][0-9 ().-]*")


def csv_cell(value: object) -> str:
    """A CSV cell; text a spreadsheet would run as a formula gets a leading apostrophe
    (the HTML and JSON keep the words exactly as sent). A phone number such as
    ``+18005550100`` is left alone: a sign followed by digits runs nothing."""
    text = "" if value is None else str(value)
    first = text[:1]
    if first in ("=", "@", "\t", "\r") or (
            first in ("+", "-") and not _PLAIN_NUMBER.fullmatch(text)):
        return "'" + text
    return text


def _joined(local: dict[str, str]) -> str:
    return "; ".join(f"{time} {zone}" for zone, time in local.items())


def _bool(value: bool | None) -> str | None:
    return None if value is None else str(value).lower()


def render_csv(report: Report) -> str:
    """One row per event, with a header row."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for e in report.events:
        writer.writerow([csv_cell(v) for v in (
            e.ledger_id, e.shard, e.action, e.kind, e.status, e.received_utc,
            _joined(e.received_local), e.recorded_utc, e.channel, e.sender, e.words, e.keyword,
            e.language, e.recorded_by, e.enforced_utc, _joined(e.enforced_local), e.enforcement,
            e.confirmation, e.confirmation_basis,
            None if e.seconds_to_enforcement is None else f"{e.seconds_to_enforcement:.3f}",
            e.business_days_to_enforcement, report.fcc_limit_business_days,
            _bool(e.within_fcc_limit), e.deadline_utc, _joined(e.deadline_local),
            e.categories, e.policy, "; ".join(f"{k}={v}" for k, v in e.capture.items()),
            e.confirmation_sent_utc,
            None if e.confirmation_seconds is None else f"{e.confirmation_seconds:.3f}",
            e.confirmation_message_id, e.confirmation_status, e.confirmation_status_utc,
            _bool(e.confirmation_late), e.hash,
        )])  # fmt: skip
    return out.getvalue()
