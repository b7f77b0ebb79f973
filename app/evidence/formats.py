"""The evidence report written out: printable HTML (one file, inline CSS), CSV and JSON."""

from __future__ import annotations

import csv
import io
import json
import re
from html import escape
from typing import Literal

from app.evidence.report import Report, ReportEvent

Format = Literal["html", "csv", "json"]
FORMATS: dict[str, str] = {
    "html": "text/html; charset=utf-8",
    "csv": "text/csv; charset=utf-8",
    "json": "application/json",
}

CSV_COLUMNS = [
    "ledger_id", "shard", "action", "kind", "status", "received_utc", "received_local",
    "recorded_utc", "channel", "sender", "words", "keyword", "language", "recorded_by",
    "enforced_utc", "enforced_local", "enforcement", "confirmation", "confirmation_basis",
    "seconds_to_enforcement", "business_days_to_enforcement", "fcc_limit_business_days",
    "within_fcc_limit",
]  # fmt: skip


def render(report: Report, fmt: str) -> str:
    """The report as ``fmt`` (html, csv or json). Raises ValueError for another format."""
    if fmt == "html":
        return render_html(report)
    if fmt == "csv":
        return render_csv(report)
    if fmt == "json":
        return json.dumps(report.as_dict(), ensure_ascii=False)
    raise ValueError(f"format must be one of {sorted(FORMATS)}, not {fmt!r}")


_PLAIN_NUMBER = re.compile(r"[+-][0-9 ().-]*")


def _cell(value: object) -> str:
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


def render_csv(report: Report) -> str:
    """One row per event, with a header row."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for e in report.events:
        writer.writerow([_cell(v) for v in (
            e.ledger_id, e.shard, e.action, e.kind, e.status, e.received_utc,
            _joined(e.received_local), e.recorded_utc, e.channel, e.sender, e.words, e.keyword,
            e.language, e.recorded_by, e.enforced_utc, _joined(e.enforced_local), e.enforcement,
            e.confirmation, e.confirmation_basis,
            None if e.seconds_to_enforcement is None else f"{e.seconds_to_enforcement:.3f}",
            e.business_days_to_enforcement, report.fcc_limit_business_days,
            None if e.within_fcc_limit is None else str(e.within_fcc_limit).lower(),
        )])  # fmt: skip
    return out.getvalue()


def duration(seconds: float) -> str:
    """``0.4 s``, ``12 min``, ``3 h 5 min``, ``2 d 4 h``."""
    if seconds < 60:
        return f"{seconds:.1f} s"
    minutes = int(seconds // 60)
    if minutes < 60:
        return f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    if hours < 24:
        return f"{hours} h {minutes} min"
    days, hours = divmod(hours, 24)
    return f"{days} d {hours} h"


_CSS = """
*{box-sizing:border-box}
body{font:13px/1.4 -apple-system,"Segoe UI",Helvetica,Arial,sans-serif;color:#111;margin:24px}
h1{font-size:20px;margin:0 0 4px} .number{font-size:16px;font-weight:600;margin:0 0 12px}
dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px;margin:0 0 16px}
dt{color:#555} dd{margin:0}
table{border-collapse:collapse;width:100%} th,td{border:1px solid #bbb;padding:4px 6px;
vertical-align:top;text-align:left} th{background:#eee} tbody tr:nth-child(even){background:#fafafa}
.t{white-space:nowrap;font-variant-numeric:tabular-nums} .small{color:#555;font-size:11px}
.words{font-family:ui-monospace,Menlo,Consolas,monospace;white-space:pre-wrap;word-break:break-word}
.ok{color:#0a6b2c} .late{color:#b00020;font-weight:600}
footer{margin-top:16px;color:#555;font-size:11px}
@media print{body{margin:0;font-size:10px} th{background:#eee!important}
 tr{page-break-inside:avoid} thead{display:table-header-group} @page{size:landscape;margin:12mm}}
"""


def _local_html(local: dict[str, str]) -> str:
    return "".join(f'<br><span class="small">{escape(t)} {escape(z)}</span>'
                   for z, t in local.items())


def _row_html(i: int, e: ReportEvent, limit: int) -> str:
    if e.within_fcc_limit is None:
        timing = "" if e.seconds_to_enforcement is None else duration(e.seconds_to_enforcement)
    else:
        mark = ('<span class="ok">within limit</span>' if e.within_fcc_limit
                else '<span class="late">over the limit</span>')
        timing = (f"{duration(e.seconds_to_enforcement or 0.0)}<br>"
                  f"{e.business_days_to_enforcement} of {limit} business days: {mark}")
    confirmation = (f'<span class="words">{escape(e.confirmation)}</span>'
                    if e.confirmation else "")
    words = escape(e.words)
    keyword = f'<br><span class="small">keyword {escape(e.keyword)}</span>' if e.keyword else ""
    language = f" ({escape(e.language)})" if e.language else ""
    enforced = (f'<span class="t">{escape(e.enforced_utc)}</span>'
                f"{_local_html(e.enforced_local)}<br>" if e.enforced_utc else "")
    return (
        f"<tr><td>{i}</td>"
        f'<td><span class="t">{escape(e.received_utc)}</span>{_local_html(e.received_local)}</td>'
        f"<td>{escape(e.action)}<br><span class=\"small\">{escape(e.status)} · "
        f"id {escape(e.ledger_id)}</span></td>"
        f"<td>{escape(e.channel)}<br>to {escape(e.sender)}</td>"
        f'<td><span class="words">{words}</span>{keyword}{language}</td>'
        f"<td>{escape(e.recorded_by)}</td>"
        f'<td>{enforced}<span class="small">{escape(e.enforcement)}</span></td>'
        f"<td>{timing}</td>"
        f'<td>{confirmation}<br><span class="small">{escape(e.confirmation_basis)}</span></td>'
        "</tr>"
    )


def render_html(report: Report) -> str:
    """A self-contained printable page: no scripts, no external fonts, styles or images."""
    status = report.status or {}
    if status:
        state = "suppressed" if status.get("suppressed") else "may be texted"
        if status.get("undeliverable"):
            state += "; undeliverable"
        since = f" since {status['since']}" if status.get("since") else ""
        status_line = f"<dt>Status now</dt><dd>{escape(state + since)}</dd>"
    else:
        status_line = ""
    zones = ", ".join(report.time_zones) or "UTC only"
    note = f" ({escape(report.zone_note)})" if report.zone_note else ""
    summary = report.summary
    late = summary.get("late_opt_outs", 0)
    verdict = ('<span class="ok">every opt-out was enforced within the limit</span>' if not late
               else f'<span class="late">{late} opt-out(s) over the limit</span>')
    limit = report.fcc_limit_business_days
    rows = "\n".join(_row_html(i, e, limit) for i, e in enumerate(report.events, 1))
    title = f"Consent evidence for {report.number}"
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title><style>{_CSS}</style></head>
<body>
<h1>Consent evidence</h1>
<p class="number">{escape(report.number)}</p>
<dl>
<dt>Program</dt><dd>{escape(report.program)}</dd>
<dt>Generated</dt><dd class="t">{escape(report.generated_at)} (UTC)</dd>
<dt>Local time zone</dt><dd>{escape(zones)}{note}</dd>
{status_line}
<dt>Events</dt><dd>{summary.get("events", 0)} ({summary.get("opt_outs", 0)} opt-outs,
{summary.get("opt_ins", 0)} opt-ins)</dd>
<dt>FCC limit</dt><dd>{limit} business days from receipt to enforcement: {verdict}</dd>
</dl>
<table>
<thead><tr><th>#</th><th>Received (UTC, local)</th><th>Event</th><th>Channel, sender</th>
<th>Exact words</th><th>Recorded by</th><th>Enforced</th><th>Receipt to enforcement</th>
<th>Confirmation sent</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
<footer>Times are ISO-8601: UTC, then the number's local time. Business days count weekdays
in the number's local time zone; public holidays are not excluded. A confirmation marked
"derived" is the text the reply templates give for that event; one marked "recorded" is the
text stored with it.</footer>
</body></html>
"""
