"""The ops pages in a real headless Chromium (Playwright): the dashboard (requeue a failed job,
decide a review item) and the support console (look a number up, record by hand, upload a
CSV, the sender report), CSRF on every form, a viewer who cannot change anything.
Saves a screenshot of each page to OPTOUT_SCREENSHOTS (``make screenshots`` sets it to
docs/screenshots), else to the test's temporary folder."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from werkzeug.security import generate_password_hash
from werkzeug.serving import make_server

from app import create_app
from app.bootstrap import Services, build_services
from tests.helpers import BASE_URL, OUR_NUMBER, inbound_form, make_settings, sign
from workers.jobs import use_services
from workers.worker import OptoutWorker

pytestmark = pytest.mark.browser
TEXTER = "+16175550123"


@pytest.fixture
def live_server(app) -> Iterator[str]:
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=10)
    server.server_close()


@pytest.fixture
def browser_page(browser):
    return browser.new_page(viewport={"width": 1280, "height": 1000})


def csp_violations(page) -> list[str]:
    """Collects what the Content-Security-Policy blocked on ``page`` (and script errors)."""
    blocked: list[str] = []
    page.on("console", lambda message: blocked.append(message.text)
            if "Content Security Policy" in message.text else None)
    page.on("pageerror", lambda error: blocked.append(str(error)))
    return blocked


def test_dashboard_in_a_real_browser(live_server, browser_page, services, sms, run_jobs,
                                     suppressed, fault, shots):
    # A failed job: applying crashes while the worker runs it.
    fault("apply")
    sms("STOP")
    run_jobs()
    fault(None)
    # A message for a person to judge.
    sms("I'd like to cancel my appointment", sender="+16175550199")

    page = browser_page
    blocked = csp_violations(page)
    page.goto(live_server + "/ops")
    assert "/ops/login" in page.url
    page.fill("input[name=username]", "ops")
    page.fill("input[name=password]", "ops-password")
    page.click("button[type=submit]")
    page.wait_for_selector("[data-testid=status]")

    assert page.inner_text("[data-testid=failed-count]") == "1"
    assert page.inner_text("[data-testid=pending]") == "1"
    row = page.locator("[data-testid=failed-jobs] tr[data-job-id]")
    assert "InjectedFault" in row.inner_text()
    review_row = page.locator("[data-testid=review-queue] tr[data-review-id]")
    assert "cancel my appointment" in review_row.inner_text()
    assert "+16175550199" not in page.content()  # masked on screen
    # Under the CSP, the page's own style sheet applies and its own script (the reload
    # timer) runs: both carry the response's nonce.
    assert page.evaluate("getComputedStyle(document.querySelector('header')).display") == "flex"
    assert page.evaluate("typeof lastInput") == "number"
    page.screenshot(path=str(shots / "dashboard.png"), full_page=True)

    row.get_by_role("button", name="Requeue").click()
    page.wait_for_selector("text=requeued")
    run_jobs()  # a worker picks it up
    page.reload()
    assert page.inner_text("[data-testid=failed-count]") == "0"
    assert page.inner_text("[data-testid=pending]") == "0"
    assert suppressed(TEXTER, OUR_NUMBER)

    page.locator("[data-testid=review-queue] tr[data-review-id]").get_by_role(
        "button", name="Suppress").click()
    page.wait_for_selector("text=Suppressed.")
    assert page.locator("[data-testid=review-queue]").count() == 0
    run_jobs()
    assert suppressed("+16175550199", OUR_NUMBER)
    page.screenshot(path=str(shots / "dashboard-after.png"), full_page=True)
    assert blocked == []

    # Another site cannot frame the dashboard (and so cannot dress up its buttons).
    page.set_content(f'<iframe src="{live_server}/ops"></iframe>')
    page.wait_for_timeout(1000)
    framed = page.frames[1]
    assert framed.query_selector("[data-testid=status]") is None
    assert any("frame-ancestors" in text or "X-Frame-Options" in text for text in blocked) \
        or framed.url.startswith("chrome-error:")


# -- the support console ------------------------------------------------------------------

VIEWER = "alice:viewer:" + generate_password_hash("alice-pw")
EDITOR = "bob:editor:" + generate_password_hash("bob-pw")


@pytest.fixture
def console_server(redis_client, redis_url, tmp_path) -> Iterator[tuple[str, Services]]:
    """A live server whose app has a viewer (alice) and an editor (bob)."""
    svc = build_services(make_settings(redis_url, tmp_path, ops_users=f"{VIEWER},{EDITOR}"))
    app = create_app(svc.settings, svc)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}", svc
    finally:
        server.shutdown()
        thread.join(timeout=10)
        server.server_close()
        svc.close()


def _text(svc: Services, body: str, number: str, to: str = OUR_NUMBER) -> None:
    form = inbound_form(body, number, to)
    client = create_app(svc.settings, svc).test_client()
    client.post("/webhooks/twilio/sms", data=form, headers={
        "X-Twilio-Signature": sign(BASE_URL + "/webhooks/twilio/sms", form)})


def _login(page, base: str, user: str, password: str) -> None:
    page.goto(base + "/ops/login")
    page.fill("input[name=username]", user)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    page.wait_for_selector("[data-testid=operator]")


def _post_forms_without_token(page) -> list[tuple[str, int]]:
    """POST every form of the page as it is, less its CSRF token: each must be refused."""
    forms = page.eval_on_selector_all("form[method=post]", """forms => forms.map(f => ({
        action: f.action,
        fields: Object.fromEntries([...new FormData(f)].filter(([k, v]) =>
            k !== 'csrf_token' && typeof v === 'string'))}))""")
    assert forms, "no form on the page"
    return [(f["action"], page.request.post(f["action"], form=f["fields"] or {"x": "1"},
                                            max_redirects=0).status) for f in forms]


def _shot(page, shots: Path, name: str) -> None:
    page.screenshot(path=str(shots / f"{name}.png"), full_page=True)


def test_console_in_a_real_browser(console_server, browser, tmp_path, shots):
    base, svc = console_server
    _text(svc, "STOP", TEXTER)
    _text(svc, "PARAR", "+16175550102")
    _text(svc, "STOP", "+16175550103", to="+18005550199")
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    blocked = csp_violations(page)

    page.goto(base + "/ops/login")
    _shot(page, shots, "console-login")
    refused = _post_forms_without_token(page)
    assert [status for _, status in refused] == [400]
    _login(page, base, "bob", "bob-pw")

    # Look a number up, typed the way a caller reads it out.
    page.goto(base + "/ops/numbers")
    page.fill("input[name=q]", "(617) 555-0123")
    page.press("input[name=q]", "Enter")
    page.wait_for_selector("[data-testid=statuses]")
    assert page.inner_text("[data-testid=number]") == TEXTER
    assert "suppressed" in page.inner_text(f"[data-testid=statuses] tr[data-sender='{OUR_NUMBER}']")
    assert page.get_attribute("[data-testid=report-link]", "href") == (
        "/v1/suppressions/%2B16175550123/report")
    assert "“STOP”" in page.inner_text("[data-testid=history]")
    _shot(page, shots, "console-number")

    # Record an opt-in received on a signed web form, then an opt-out by phone.
    optin = page.locator("[data-testid=record-opt_in]")
    optin.locator("select[name=source]").select_option("web")
    optin.locator("input[name=sender]").fill(OUR_NUMBER)
    optin.locator("textarea[name=note]").fill("signed web form 2026-11-20")
    optin.get_by_role("button").click()
    page.wait_for_selector("text=Opt-in recorded")
    assert not svc.suppressions.lookup(TEXTER, OUR_NUMBER).suppressed
    optout = page.locator("[data-testid=record-opt_out]")
    optout.locator("select[name=source]").select_option("phone")
    optout.locator("textarea[name=note]").fill("called support, ticket 88")
    optout.get_by_role("button").click()
    page.wait_for_selector("text=Opt-out recorded for every sender")
    assert svc.suppressions.lookup(TEXTER, "+18005550177").suppressed
    assert svc.ledger.history(TEXTER)[-1]["note"] == "operator:bob: called support, ticket 88"
    _shot(page, shots, "console-number-recorded")
    statuses = dict(_post_forms_without_token(page))
    assert set(statuses.values()) == {400}, statuses

    # Upload a CSV: preview, then confirm.
    upload = tmp_path / "optouts.csv"
    upload.write_text("name,phone\nAna,(617) 555-0104\nBen,not a number\nCy,617-555-0123\n")
    page.get_by_role("link", name="Upload opt-outs").click()
    page.set_input_files("input[name=file]", str(upload))
    page.fill("textarea[name=note]", "unsubscribe list from the CRM")
    assert {s for _, s in _post_forms_without_token(page)} == {400}
    page.get_by_role("button", name="Preview").click()
    page.wait_for_selector("[data-testid=preview-rows]")
    assert page.inner_text("[data-testid=preview-rows]") == "3"
    assert page.inner_text("[data-testid=preview-bad]") == "1"
    assert page.inner_text("[data-testid=preview-already]") == "1"
    assert not svc.suppressions.lookup("+16175550104").suppressed
    _shot(page, shots, "console-upload-preview")
    assert {s for _, s in _post_forms_without_token(page)} == {400}
    page.locator("[data-testid=confirm-form]").get_by_role("button").click()
    page.wait_for_selector("[data-testid=upload-progress]")  # recorded by an RQ job
    _shot(page, shots, "console-upload-progress")
    use_services(svc)  # the job runs on this app's services
    try:
        OptoutWorker([svc.queue], connection=svc.connections.queue_redis).work(
            burst=True, logging_level="WARNING")
    finally:
        use_services(None)
    page.wait_for_selector("[data-testid=upload-result]")  # the page reloads itself
    assert page.inner_text("[data-testid=result-recorded]") == "1"
    assert page.inner_text("[data-testid=result-in-force]") == "1"  # already suppressed: not again
    assert svc.suppressions.lookup("+16175550104", OUR_NUMBER).suppressed
    _shot(page, shots, "console-upload-result")

    # The per-sender report, and its CSV.
    page.get_by_role("link", name="Sender report").click()
    page.select_option("select[name=sender]", OUR_NUMBER)
    page.get_by_role("button", name="Show").click()
    page.wait_for_selector("[data-testid=per-day]")
    assert page.inner_text("[data-testid=total-opt-out]") == "2"  # STOP and PARAR to it
    assert "PARAR" in page.inner_text("[data-testid=by-keyword]")
    csv_url = base + page.get_attribute("[data-testid=csv-link]", "href")
    download = page.request.get(csv_url)
    assert download.ok and download.text().startswith("day,kind,source,keyword,language,count")
    _shot(page, shots, "console-senders")

    # The dashboard's forms refuse a POST without the token too.
    page.get_by_role("link", name="Dashboard").click()
    page.wait_for_selector("[data-testid=status]")
    assert {s for _, s in _post_forms_without_token(page)} == {400}
    assert blocked == []  # every page worked under its CSP


def test_viewer_sees_but_cannot_change_in_a_real_browser(console_server, browser, shots):
    base, svc = console_server
    _text(svc, "STOP", TEXTER)
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    _login(page, base, "alice", "alice-pw")
    page.goto(base + "/ops/numbers?q=" + TEXTER)
    page.wait_for_selector("[data-testid=statuses]")
    assert page.locator("[data-testid=record-opt_out]").count() == 0
    assert page.locator("text=Upload opt-outs").count() == 0
    _shot(page, shots, "console-number-viewer")
    token = page.get_attribute("input[name=csrf_token]", "value")  # the logout form's
    refused = page.request.post(f"{base}/ops/numbers/{TEXTER}/record", form={
        "csrf_token": token, "kind": "opt_in", "source": "web", "note": "not allowed"},
        max_redirects=0)
    assert refused.status == 403
    assert page.request.get(base + "/ops/upload", max_redirects=0).status == 403
    assert svc.suppressions.lookup(TEXTER, OUR_NUMBER).suppressed
    # Logout ends the session for any copy of its cookie.
    cookies = page.context.cookies()
    page.get_by_role("button", name="Log out").click()
    page.wait_for_selector("input[name=username]")
    thief = browser.new_context()
    thief.add_cookies(cookies)
    stolen = thief.new_page()
    stolen.goto(base + "/ops/numbers?q=" + TEXTER)
    assert "/ops/login" in stolen.url
    thief.close()
