"""The evidence report fits the page: in Chromium, nothing runs wider than a screen 800 px
wide or than a portrait A4 page's printable width (narrower than Letter's), and long words
(a 400-character body with no space, a URL, a user agent, hashes) wrap."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.evidence.formats import render
from app.evidence.report import build_report
from app.messaging.replies import ReplyBook

pytestmark = pytest.mark.browser
TEXTER = "+16175550123"
A4_PRINTABLE_PX = round((210 - 24) / 25.4 * 96)  # 210 mm less 12 mm margins each side
WIDEST = """() => {
  let widest = document.documentElement.scrollWidth;
  for (const el of document.querySelectorAll("body *")) {
    widest = Math.max(widest, Math.ceil(el.getBoundingClientRect().right));
  }
  return widest;
}"""


def event(ms: int, **fields: str) -> dict[str, str]:
    at = datetime.fromtimestamp(ms / 1000, UTC).isoformat(timespec="milliseconds")
    return {"id": f"{ms}-0", "at": at, "recorded_at": at, "number": TEXTER,
            "hash": "9f" * 32, **fields}


def long_report() -> str:
    start = 1795647656854
    events = [
        event(start, kind="captured", source="web", sender="+18005550100",
              categories="marketing,informational,transactional", method="web_form",
              disclosure="I agree to receive recurring automated marketing texts. " * 6,
              url="https://miniluxe.example/" + "very-long-path-segment/" * 20,
              ip="2001:0db8:85a3:0000:0000:8a2e:0370:7334", user_agent="Mozilla/5.0" + "X" * 300,
              reference="form-" + "7" * 120, status="new"),
        event(start + 60_000, kind="opt_out", source="sms", scope="sender",
              sender="MG" + "0" * 32, body="S" + "T" * 400, keyword="STOP", language="en",
              message_sid="SM" + "a" * 32, status="new", policy="all-marketing",
              reply="You have been unsubscribed from MiniLuxe. " * 4,
              reply_sent_at=datetime.fromtimestamp((start + 61_000) / 1000, UTC).isoformat()),
        event(start + 70_000, kind="confirmation", target=f"{start + 60_000}-0",
              reply_sid="SM" + "b" * 32, reply_status="delivered",
              reply_status_at="2026-11-25T23:02:07.000+00:00"),
    ]
    report = build_report(TEXTER, events, ReplyBook("MiniLuxe", "help@miniluxe.example"),
                          seal={"chain_head": {"shard": 3, "ledger_id": f"{start + 70_000}-0",
                                               "hash": "ab" * 32, "rows": 12},
                                "check": "optout verify --report <this report as JSON>"})
    return render(report, "html")


def test_report_fits_800px_and_a_portrait_page(browser, shots: Path):
    page = browser.new_page(viewport={"width": 800, "height": 1000})
    page.set_content(long_report())
    assert page.evaluate(WIDEST) <= 800
    words = page.locator(".words", has_text="STTTTTTTT").first
    assert words.bounding_box()["height"] > 40  # the 400-character word wrapped
    page.screenshot(path=str(shots / "report-800.png"), full_page=True)

    page.emulate_media(media="print")
    page.set_viewport_size({"width": A4_PRINTABLE_PX, "height": 1100})
    assert page.evaluate(WIDEST) <= A4_PRINTABLE_PX
    pdf = page.pdf(format="A4", print_background=True)  # Chromium prints it too
    assert pdf.startswith(b"%PDF-")
