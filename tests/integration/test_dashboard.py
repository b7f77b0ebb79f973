"""/ops over HTTP: login, CSRF-protected actions, the review queue, health.json."""

from __future__ import annotations

import re

import pytest
from rq.registry import FailedJobRegistry

from tests.helpers import API_KEY, OUR_NUMBER, figures


def csrf(page: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert match, "no CSRF token on the page"
    return match.group(1)


@pytest.fixture
def logged_in(client):
    page = client.get("/ops/login").get_data(as_text=True)
    response = client.post("/ops/login", data={"username": "ops", "password": "ops-password",
                                               "csrf_token": csrf(page)})
    assert response.status_code == 302 and response.location.endswith("/ops")
    return client


def test_dashboard_needs_a_login(client):
    response = client.get("/ops")
    assert response.status_code == 302 and "/ops/login" in response.location
    assert client.get("/ops/health.json").status_code == 401
    assert client.get("/ops/health.json").get_json()["error"]["code"] == "login_required"


def test_wrong_password_is_refused(client):
    page = client.get("/ops/login").get_data(as_text=True)
    response = client.post("/ops/login", data={"username": "ops", "password": "nope",
                                               "csrf_token": csrf(page)})
    assert response.status_code == 401 and "Wrong user name or password" in response.get_data(True)
    assert client.get("/ops").status_code == 302


def test_login_without_csrf_token_is_refused(client):
    response = client.post("/ops/login", data={"username": "ops", "password": "ops-password"})
    assert response.status_code == 400


def test_health_json_with_an_api_key(client):
    response = client.get("/ops/health.json", headers={"Authorization": f"Bearer {API_KEY}"})
    assert response.status_code == 200
    body = response.get_json()
    assert body["status"] in ("ok", "degraded") and "queue" in body and "checks" in body


def test_page_shows_the_figures(logged_in, sms):
    sms("STOP")
    sms("I'd like to cancel my appointment")
    page = logged_in.get("/ops").get_data(as_text=True)
    assert 'data-testid="pending">1<' in page
    assert "I&#39;d like to cancel my appointment" in page
    assert "+16175550123" not in page  # numbers are masked
    assert "No worker is alive" in page


def test_requeue_needs_csrf_and_then_applies(logged_in, services, sms, run_jobs, suppressed,
                                             fault):
    fault("apply")
    sms("STOP")
    run_jobs()
    registry = FailedJobRegistry(queue=services.queue)
    job_id = registry.get_job_ids()[0]
    assert logged_in.post(f"/ops/jobs/{job_id}/requeue").status_code == 400  # no token
    fault(None)
    page = logged_in.get("/ops").get_data(as_text=True)
    response = logged_in.post(f"/ops/jobs/{job_id}/requeue", data={"csrf_token": csrf(page)})
    assert response.status_code == 302
    run_jobs()
    assert registry.count == 0
    assert figures(services).pending == 0
    assert suppressed("+16175550123", OUR_NUMBER)


def test_review_suppress_and_dismiss(logged_in, services, sms, run_jobs, suppressed):
    sms("I'd like to cancel my appointment", sender="+16175550101")
    sms("Cancel my 3pm please", sender="+16175550102")
    items = [item_id for item_id, _ in services.reviews.items()]
    token = csrf(logged_in.get("/ops").get_data(as_text=True))
    logged_in.post(f"/ops/review/{items[0]}/suppress", data={"csrf_token": token})
    logged_in.post(f"/ops/review/{items[1]}/dismiss", data={"csrf_token": token})
    again = logged_in.post(f"/ops/review/{items[0]}/suppress", data={"csrf_token": token},
                           follow_redirects=True)
    assert "already decided" in again.get_data(as_text=True)
    run_jobs()
    assert suppressed("+16175550101", OUR_NUMBER)
    assert not suppressed("+16175550102", OUR_NUMBER)
    assert services.reviews.count() == 0
    decided = services.ledger.history("+16175550101")
    assert decided[-1]["source"] == "review" and "reviewed by ops" in decided[-1]["note"]
    assert decided[-1]["at"] == decided[0]["at"]  # dated when the person sent the message


def test_dismissing_a_suppressed_review_keeps_an_earlier_real_opt_out(
        redis_url, tmp_path, redis_client, run_jobs):
    from app import create_app
    from app.bootstrap import build_services
    from app.consent.review import decide
    from tests.helpers import make_settings

    svc = build_services(make_settings(redis_url, tmp_path, ambiguous_policy="suppress"))
    try:
        client = create_app(svc.settings, svc).test_client()
        from tests.helpers import BASE_URL, inbound_form, sign

        for body in ("STOP", "START", "STOP", "I'd like to cancel my appointment"):
            form = inbound_form(body, to="+18005550199" if body == "STOP" else OUR_NUMBER)
            url = BASE_URL + "/webhooks/twilio/sms"
            client.post("/webhooks/twilio/sms", data=form,
                        headers={"X-Twilio-Signature": sign(url, form)})
        item = svc.reviews.items()[0][0]
        assert svc.suppressions.lookup("+16175550123", OUR_NUMBER).suppressed  # policy
        decide(svc.ledger, svc.reviews, item, "dismiss", reviewer="ana")
        svc.suppressions.apply_numbers(["+16175550123"])
        assert not svc.suppressions.lookup("+16175550123", OUR_NUMBER).suppressed
        assert svc.suppressions.lookup("+16175550123", "+18005550199").suppressed
    finally:
        svc.close()


def test_logout(logged_in):
    token = csrf(logged_in.get("/ops").get_data(as_text=True))
    logged_in.post("/ops/logout", data={"csrf_token": token})
    assert logged_in.get("/ops").status_code == 302
