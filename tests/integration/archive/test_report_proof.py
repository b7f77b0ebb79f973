"""The report as proof: confirmations on record (what was sent, the carrier's id, when, what
became of it, late ones flagged), the FCC clock of each opt-out, capture proof, categories
and policy, each event's hash and the chain head (``--sign``, ``format=json``) checked back
against the archive, and the PDF."""

from __future__ import annotations

import json
import re
import secrets
import zlib
from datetime import UTC, datetime

import pytest

from app.archive import copy_new_events
from app.evidence.formats import render
from app.evidence.report import build_report
from app.messaging.replies import ReplyBook
from tests.helpers import API_KEY, OUR_NUMBER, PEPPER

AUTH = {"Authorization": f"Bearer {API_KEY}"}
TEXTER = "+16175550123"
BOOK = ReplyBook("MiniLuxe", "help@miniluxe.example")
# Wednesday 2026-11-25 23:00:56.854 UTC = 18:00:56 in Boston, the day before Thanksgiving.
WEDNESDAY_MS = 1795647656854


def status_form(sid: str, status: str, **extra: str) -> dict[str, str]:
    """What Twilio posts to a status callback for our outbound reply to TEXTER."""
    return {"MessageSid": sid, "SmsSid": sid, "MessageStatus": status, "SmsStatus": status,
            "To": TEXTER, "From": OUR_NUMBER, "AccountSid": "AC" + "1" * 32,
            "ApiVersion": "2010-04-01", **extra}


def callback_path(twiml: str) -> str:
    """The path (with query) of the statusCallback our TwiML named."""
    match = re.search(r'statusCallback="https://optout\.example\.com([^"]+)"', twiml)
    assert match, twiml
    return match.group(1)


def report_json(client) -> dict:
    response = client.get(f"/v1/suppressions/{TEXTER}/report?format=json", headers=AUTH)
    assert response.status_code == 200, response.get_data(as_text=True)
    return response.get_json()


def test_twilio_confirmation_is_on_record_sent_and_delivered(client, sms, post_signed,
                                                             services):
    answer = sms("STOP", sender=TEXTER).get_data(as_text=True)
    path = callback_path(answer)
    (stop,) = services.ledger.history(TEXTER)
    assert path == f"/webhooks/twilio/status?confirms={stop['id']}"
    assert stop["reply"] in answer and stop["reply_sent_at"]  # what went back, and when
    sid = "SM" + secrets.token_hex(16)
    for status in ("queued", "sent", "delivered", "delivered"):  # a retry of the last
        assert post_signed(path, status_form(sid, status)).status_code in (200, 204)
    confirmations = [e for e in services.ledger.history(TEXTER) if e["kind"] == "confirmation"]
    assert [(e["reply_status"], e["reply_sid"], e["target"]) for e in confirmations] == [
        ("sent", sid, stop["id"]), ("delivered", sid, stop["id"])]
    assert services.suppressions.lookup(TEXTER, OUR_NUMBER).suppressed  # nothing else changed

    (row,) = report_json(client)["events"]  # the confirmations fold into their STOP's row
    assert row["confirmation"] == stop["reply"] and row["confirmation_basis"] == "recorded"
    assert row["confirmation_message_id"] == sid and row["confirmation_status"] == "delivered"
    assert re.fullmatch(r"confirmation sent \d+\.\d s after the STOP, delivered",
                        row["confirmation_summary"]), row["confirmation_summary"]
    assert row["confirmation_late"] is False and len(row["confirmation_events"]) == 2
    page = client.get(f"/v1/suppressions/{TEXTER}/report", headers=AUTH).get_data(as_text=True)
    assert row["confirmation_summary"] in page and sid in page


def test_a_status_callback_naming_no_ledger_id_is_refused(post_signed):
    response = post_signed("/webhooks/twilio/status?confirms=nope",
                           status_form("SM" + "a" * 32, "delivered"))
    assert response.status_code == 400
    assert "confirms" in response.get_json()["error"]["message"]


def test_a_failed_confirmation_and_a_21610_are_both_recorded(client, sms, post_signed,
                                                            services):
    path = callback_path(sms("STOP", sender=TEXTER).get_data(as_text=True))
    sid = "SM" + secrets.token_hex(16)
    post_signed(path, status_form(sid, "undelivered", ErrorCode="30006"))
    kinds = [(e["kind"], e.get("reply_status")) for e in services.ledger.history(TEXTER)]
    assert kinds == [("opt_out", None), ("confirmation", "undelivered"), ("undeliverable", None)]
    (row, undeliverable) = report_json(client)["events"]
    assert row["confirmation_status"] == "undelivered" and undeliverable["kind"] == "undeliverable"


def event(ledger_id: str, **fields: str) -> dict[str, str]:
    at = datetime.fromtimestamp(int(ledger_id.split("-")[0]) / 1000, UTC).isoformat(
        timespec="milliseconds")
    return {"id": ledger_id, "at": at, "recorded_at": at, "number": TEXTER, **fields}


def test_a_confirmation_later_than_five_minutes_is_flagged():
    stop = event(f"{WEDNESDAY_MS}-0", kind="opt_out", source="telnyx", scope="sender",
                 sender=OUR_NUMBER, keyword="STOP", body="STOP", status="new",
                 reply="You have been unsubscribed.", provider="telnyx")
    sent = event(f"{WEDNESDAY_MS + 400_000}-0", kind="confirmation", target=stop["id"],
                 reply_status="accepted", reply_sid="40385f64-5717-4562-b3fc-2c963f66afa6",
                 reply_sent_at="2026-11-25T23:07:36.854+00:00")
    report = build_report(TEXTER, [stop, sent], BOOK)
    (row,) = report.events
    assert row.confirmation_seconds == 400.0 and row.confirmation_late is True
    assert row.confirmation_summary == ("confirmation sent 6 min after the STOP, no delivery "
                                        "report yet (LATE: more than 5 minutes)")
    assert report.summary["late_confirmations"] == 1
    assert "sent later than 5 minutes" in render(report, "html")
    # The FCC clock: received the day before Thanksgiving in Boston, so the tenth business
    # day is 2026-12-10; enforced at once.
    assert row.deadline_local == {"America/New_York": "2026-12-10T23:59:59.999-05:00"}
    assert row.within_fcc_limit is True and row.business_days_to_enforcement == 0


def test_capture_proof_categories_and_policy_are_shown():
    captured = event(f"{WEDNESDAY_MS}-0", kind="captured", source="web", sender=OUR_NUMBER,
                     categories="marketing,informational", method="web_form",
                     disclosure="I agree to receive marketing texts from MiniLuxe. " * 3,
                     url="https://miniluxe.example/" + "signup/" * 40, ip="203.0.113.9",
                     user_agent="Mozilla/5.0 " + "X" * 300, captured_at="2026-11-25T22:59:00Z",
                     reference="form-7731", status="new")
    stop = event(f"{WEDNESDAY_MS + 1000}-0", kind="opt_out", source="sms", sender=OUR_NUMBER,
                 scope="sender", categories="marketing", policy="all-marketing", body="STOP",
                 status="new")
    report = build_report(TEXTER, [captured, stop], BOOK)
    first, second = report.events
    assert first.action == "Consent captured" and first.capture["method"] == "web_form"
    assert first.capture["ip"] == "203.0.113.9" and first.categories.startswith("marketing")
    assert second.policy == "all-marketing" and second.categories == "marketing"
    page = render(report, "html")
    for shown in ("web_form", "203.0.113.9", "form-7731", "all-marketing", "Consent proof"):
        assert shown in page
    assert json.loads(render(report, "json"))["events"][0]["capture"]["reference"] == "form-7731"


def test_json_report_carries_each_hash_and_the_chain_head(client, sms, services, archive):
    sms("STOP", sender=TEXTER)
    before = report_json(client)
    assert before["events"][0]["hash"] is None and before["seal"]["chain_head"] is None
    copy_new_events(archive, services.ledger)
    after = report_json(client)
    head = archive.head(0)
    assert head is not None
    assert after["seal"]["chain_head"] == head.as_dict()
    assert after["events"][0]["hash"] == head.hash  # the STOP is the only row: the head
    page = client.get(f"/v1/suppressions/{TEXTER}/report", headers=AUTH).get_data(as_text=True)
    assert head.hash in page


def test_signed_report_checks_back_against_the_archive(services, sms, cli, archive, archive_url,
                                                      monkeypatch, tmp_path):
    from config import get_settings

    monkeypatch.setenv("ARCHIVE_URL", archive_url)
    monkeypatch.setenv("ERASURE_PEPPER", PEPPER)
    get_settings.cache_clear()
    sms("STOP", sender=TEXTER)
    sms("START", sender=TEXTER)
    signed = cli("report", TEXTER, "--sign", "--format", "json")
    assert signed.exit_code == 0, signed.output
    body = json.loads(signed.output)  # --sign archived first: every event has its hash
    assert all(len(e["hash"]) == 64 for e in body["events"])
    assert body["seal"]["chain_head"]["ledger_id"] == body["events"][-1]["ledger_id"]
    copy = tmp_path / "regulator.json"
    copy.write_text(signed.output)
    checked = cli("verify", "--report", str(copy))
    assert checked.exit_code == 0 and "and the report" in checked.output, checked.output
    body["events"][0]["hash"] = "0" * 64  # a copy that does not match the archive
    copy.write_text(json.dumps(body))
    mismatch = cli("verify", "--report", str(copy))
    assert mismatch.exit_code == 1 and "REPORT shard 0 row" in mismatch.output


def media_boxes(pdf: bytes) -> list[bytes]:
    """Every page's MediaBox, from the PDF's streams (compressed object streams included).

    A stream is cut by its dictionary's ``/Length``, not by searching for ``endstream``: a
    compressed stream may end in a CR byte, which a search would take for the line end."""
    texts = [pdf]
    for start in re.finditer(rb"/Length (\d+)[^>]*>>\s*stream\r?\n", pdf):
        stream = pdf[start.end():start.end() + int(start.group(1))]
        try:
            texts.append(zlib.decompress(stream))
        except zlib.error:
            continue
    return [box for text in texts for box in re.findall(rb"/MediaBox\s*\[([^\]]*)\]", text)]


def test_pdf_report_is_letter_or_a4_portrait(client, sms):
    sms("Please stop texting me " + "x" * 300, sender=TEXTER)
    letter = client.get(f"/v1/suppressions/{TEXTER}/report?format=pdf", headers=AUTH)
    if letter.status_code == 501:
        pytest.skip(letter.get_json()["error"]["message"])
    assert letter.status_code == 200 and letter.mimetype == "application/pdf"
    assert letter.data.startswith(b"%PDF-")
    sizes = {tuple(round(float(v)) for v in box.split()) for box in media_boxes(letter.data)}
    assert sizes == {(0, 0, 612, 792)}  # 8.5 x 11 in, portrait
    a4 = client.get(f"/v1/suppressions/{TEXTER}/report?format=pdf&paper=a4", headers=AUTH)
    sizes = {tuple(round(float(v)) for v in box.split()) for box in media_boxes(a4.data)}
    assert sizes == {(0, 0, 595, 842)}  # 210 x 297 mm, portrait
    bad = client.get(f"/v1/suppressions/{TEXTER}/report?format=pdf&paper=a3", headers=AUTH)
    assert bad.status_code == 400 and bad.get_json()["error"]["code"] == "invalid_paper"


def test_a_pdf_of_a_long_history_is_refused_in_time(client, services, monkeypatch):
    from app.web.api import suppressions

    monkeypatch.setattr(suppressions, "MAX_PDF_EVENTS", 2)
    for note in ("one", "two", "three"):
        client.put(f"/v1/suppressions/{TEXTER}", json={"source": "email", "note": note},
                   headers=AUTH)
    long = client.get(f"/v1/suppressions/{TEXTER}/report?format=pdf", headers=AUTH)
    assert long.status_code == 422 and long.get_json()["error"]["code"] == "pdf_too_long"
    assert client.get(f"/v1/suppressions/{TEXTER}/report", headers=AUTH).status_code == 200
