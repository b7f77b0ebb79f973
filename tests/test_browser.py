"""The dashboard in a real headless Chromium (Playwright): log in, requeue a failed job and
see it applied, decide a review item. Saves a screenshot to tests/artifacts/."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import OUR_NUMBER
from werkzeug.serving import make_server

pytestmark = pytest.mark.browser
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARTIFACTS = Path(__file__).parent / "artifacts"
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
def browser_page():
    if CHROMIUM is None:
        pytest.skip("Chromium is not installed here: `make test-browser` installs Debian's "
                    "chromium and runs this test")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--no-first-run", "--disable-sync",
                  "--disable-quic"],
        )
        try:
            yield browser.new_page(viewport={"width": 1280, "height": 1000})
        finally:
            browser.close()


def test_dashboard_in_a_real_browser(live_server, browser_page, services, sms, run_jobs,
                                     suppressed, fault):
    # A failed job: applying crashes while the worker runs it.
    fault("apply")
    sms("STOP")
    run_jobs()
    fault(None)
    # A message for a person to judge.
    sms("I'd like to cancel my appointment", sender="+16175550199")

    page = browser_page
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
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "dashboard.png"), full_page=True)

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
    page.screenshot(path=str(ARTIFACTS / "dashboard-after.png"), full_page=True)
