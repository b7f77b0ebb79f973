"""The evidence report as one printable HTML page: inline CSS, no scripts, nothing fetched.

Laid out for a portrait Letter or A4 page (and a screen 800 px wide): each event is a block
of label/value rows rather than a wide table, so nothing runs off the page, and every value
wraps anywhere it must (hashes, URLs, user agents, words without spaces). Screens lay the
rows out in a CSS grid, label beside value; print (and WeasyPrint's PDF) puts each label
above its value: WeasyPrint's grid (or floats) took 2 to 4 s for a 20-event report.
"""

from __future__ import annotations

from html import escape

from app.evidence.report import Report, ReportEvent, duration

PAPER_SIZES = {"letter": "letter", "a4": "A4"}

_CSS = """
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{font:13px/1.45 "DejaVu Sans","Liberation Sans",Helvetica,Arial,sans-serif;color:#111;
margin:24px;max-width:100%;overflow-wrap:break-word}
h1{font-size:20px;margin:0 0 4px} h2{font-size:14px;margin:0 0 6px;break-after:avoid}
.number{font-size:16px;font-weight:600;margin:0 0 12px}
dl{margin:0} dt{color:#555;font-size:.85em;margin-top:4px} dd{margin:0;min-width:0}
@media screen{dl{display:grid;grid-template-columns:minmax(7.5em,max-content) minmax(0,1fr);
gap:3px 14px} dt{font-size:1em;margin:0}}
.summary{margin:0 0 18px}
.event{border:1px solid #bbb;border-radius:4px;padding:8px 10px;margin:0 0 10px;
break-inside:avoid}
.t{font-variant-numeric:tabular-nums} .small{color:#555;font-size:11px}
.words{font-family:"DejaVu Sans Mono",ui-monospace,Menlo,Consolas,monospace;
white-space:pre-wrap;overflow-wrap:anywhere}
.hash{font-family:"DejaVu Sans Mono",ui-monospace,Menlo,Consolas,monospace;font-size:11px;
overflow-wrap:anywhere;word-break:break-all}
.ok{color:#0a6b2c} .late{color:#b00020;font-weight:600}
ul.proof{margin:0;padding-left:1.2em}
footer{margin-top:16px;color:#555;font-size:11px}
@media print{body{margin:0;font-size:10.5px} .event{border-color:#999}}
"""


def _page_css(paper: str) -> str:
    size = PAPER_SIZES.get(paper, "letter")
    return f"@page{{size:{size} portrait;margin:14mm 12mm}}"


def _times(utc: str | None, local: dict[str, str]) -> str:
    if not utc:
        return ""
    zones = "".join(f'<br><span class="small t">{escape(t)} {escape(z)}</span>'
                    for z, t in local.items())
    return f'<span class="t">{escape(utc)}</span> UTC{zones}'


def _item(label: str, value: str) -> str:
    return f"<dt>{escape(label)}</dt><dd>{value}</dd>" if value else ""


def _clock(e: ReportEvent, limit: int) -> str:
    if e.deadline_utc is None:
        return ""
    if e.within_fcc_limit:
        verdict = '<span class="ok">met within the limit</span>'
    else:
        verdict = '<span class="late">MISSED: over the limit</span>'
    met = (f"met {escape(e.enforced_utc or '')} UTC, {duration(e.seconds_to_enforcement or 0)}"
           f" and {e.business_days_to_enforcement} of {limit} business days after receipt: "
           f"{verdict}")
    return f"deadline {_times(e.deadline_utc, e.deadline_local)}<br>{met}"


def _confirmation(e: ReportEvent) -> str:
    if not e.confirmation:
        return f'<span class="small">{escape(e.confirmation_basis)}</span>'
    parts = [f'<span class="words">{escape(e.confirmation)}</span>',
             f'<span class="small">{escape(e.confirmation_basis)}</span>']
    if e.confirmation_summary:
        css = "late" if e.confirmation_late else ("ok" if e.confirmation_status == "delivered"
                                                  else "")
        parts.append(f'<span class="{css}">{escape(e.confirmation_summary)}</span>')
    if e.confirmation_sent_utc:
        parts.append(f'sent <span class="t">{escape(e.confirmation_sent_utc)}</span> UTC')
    if e.confirmation_message_id:
        parts.append(f'carrier message id <span class="hash">'
                     f"{escape(e.confirmation_message_id)}</span>")
    if e.confirmation_status:
        at = f" at {escape(e.confirmation_status_utc)}" if e.confirmation_status_utc else ""
        parts.append(f"carrier reported {escape(e.confirmation_status)}{at}")
    return "<br>".join(parts)


def _proof(capture: dict[str, str]) -> str:
    if not capture:
        return ""
    rows = "".join(f"<li>{escape(k)}: <span class=\"words\">{escape(v)}</span></li>"
                   for k, v in capture.items())
    return f'<ul class="proof">{rows}</ul>'


def _event_html(i: int, e: ReportEvent, limit: int) -> str:
    words = f'<span class="words">{escape(e.words)}</span>' if e.words else ""
    if e.keyword or e.language:
        words += (f'<br><span class="small">keyword {escape(e.keyword or "-")}'
                  f'{" (" + escape(e.language) + ")" if e.language else ""}</span>')
    enforced = _times(e.enforced_utc, e.enforced_local)
    enforced = (enforced + "<br>" if enforced else "") + \
        f'<span class="small">{escape(e.enforcement)}</span>'
    sealed = (f'<span class="hash">{escape(e.hash)}</span>' if e.hash
              else '<span class="small">not archived yet: no hash</span>')
    body = "".join([
        _item("Received", _times(e.received_utc, e.received_local)),
        _item("Channel", escape(e.channel)),
        _item("Sender", escape(e.sender)),
        _item("Categories", escape(e.categories or "every category")),
        _item("Policy", escape(e.policy)),
        _item("Exact words", words),
        _item("Consent proof", _proof(e.capture)),
        _item("Recorded by", escape(e.recorded_by)),
        _item("Enforced", enforced),
        _item("FCC clock", _clock(e, limit)),
        _item("Confirmation", _confirmation(e) if e.kind in ("opt_out", "opt_in") else ""),
        _item("Hash", sealed),
    ])
    title = (f"{i}. {escape(e.action)} <span class=\"small\">{escape(e.status)} · shard "
             f"{e.shard} · id {escape(e.ledger_id)}</span>")
    return f'<section class="event"><h2>{title}</h2><dl>{body}</dl></section>'


def _seal_html(report: Report) -> str:
    seal = report.seal or {}
    head = seal.get("chain_head")
    if not head:
        return _item("Hash chain", "no archived events yet" if seal else "")
    return _item("Hash chain", (
        f"shard {head['shard']}: {head['rows']} rows, head {escape(str(head['ledger_id']))}"
        f'<br><span class="hash">{escape(str(head["hash"]))}</span>'
        f'<br><span class="small">{escape(str(seal.get("check", "")))}</span>'))


def render_html(report: Report, paper: str = "letter", nonce: str = "") -> str:
    """A self-contained printable page: no scripts, no external fonts, styles or images.
    ``nonce`` (served over HTTP) lets the page's CSP allow its one style sheet."""
    style_tag = f'<style nonce="{escape(nonce)}">' if nonce else "<style>"
    status = report.status or {}
    status_line = ""
    if status:
        state = "suppressed" if status.get("suppressed") else "may be texted"
        if status.get("undeliverable"):
            state += "; undeliverable"
        since = f" since {status['since']}" if status.get("since") else ""
        status_line = _item("Status now", escape(state + since))
    zones = ", ".join(report.time_zones) or "UTC only"
    note = f" ({escape(report.zone_note)})" if report.zone_note else ""
    summary = report.summary
    limit = report.fcc_limit_business_days
    late = summary.get("late_opt_outs", 0)
    verdict = ('<span class="ok">every opt-out met its deadline</span>' if not late
               else f'<span class="late">{late} opt-out(s) missed the deadline</span>')
    late_replies = summary.get("late_confirmations", 0)
    replies = ('<span class="ok">none sent later than 5 minutes</span>' if not late_replies
               else f'<span class="late">{late_replies} sent later than 5 minutes</span>')
    events = "\n".join(_event_html(i, e, limit) for i, e in enumerate(report.events, 1))
    title = f"Consent evidence for {report.number}"
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>{style_tag}{_CSS}{_page_css(paper)}</style></head>
<body>
<h1>Consent evidence</h1>
<p class="number">{escape(report.number)}</p>
<dl class="summary">
{_item("Program", escape(report.program))}
{_item("Generated", f'<span class="t">{escape(report.generated_at)}</span> UTC')}
{_item("Local time zone", escape(zones) + note)}
{status_line}
{_item("Events", f"{summary.get('events', 0)} ({summary.get('opt_outs', 0)} opt-outs, "
                 f"{summary.get('opt_ins', 0)} opt-ins)")}
{_item("FCC limit", f"{limit} business days from receipt (US federal holidays excluded, "
                    f"the number's time zone): {verdict}")}
{_item("Confirmations", replies)}
{_seal_html(report)}
</dl>
{events}
<footer>Times are ISO-8601: UTC, then the number's local time. A deadline is the end of the
tenth business day after the day of receipt (weekdays that are not US federal holidays, in
the number's time zone; the earliest when its area spans several zones, UTC when unknown).
A confirmation marked "derived" is the text the reply templates give for that event; one
marked "recorded" is the text stored with it. Each archived event's hash is its row's place
in the archive's hash chain: `optout verify` recomputes it.</footer>
</body></html>
"""
