"""/v1/suppressions: every endpoint's success and error paths, with real API keys."""

from __future__ import annotations

import pytest

from tests.helpers import API_KEY, OUR_NUMBER

# The consent store on one Redis and on a Redis Cluster: every test runs on both.
BOTH_STORES = True

TEXTER = "+16175550123"
AUTH = {"Authorization": f"Bearer {API_KEY}"}


@pytest.fixture
def api(client):
    def call(method: str, path: str, **kwargs):
        headers = {**AUTH, **kwargs.pop("headers", {})}
        return client.open(path, method=method, headers=headers, **kwargs)

    return call


def error_of(response, status):
    assert response.status_code == status, response.get_data(as_text=True)
    return response.get_json()["error"]


# -- authentication ---------------------------------------------------------------------

def test_no_key_is_401(client):
    error = error_of(client.get(f"/v1/suppressions/{TEXTER}"), 401)
    assert error["code"] == "missing_api_key"


@pytest.mark.parametrize("header", ["Bearer wrong-key", f"Bearer {API_KEY}x", "Bearer  ",
                                    f"Basic {API_KEY}"])
def test_wrong_key_is_403_or_401(client, header):
    response = client.get(f"/v1/suppressions/{TEXTER}", headers={"Authorization": header})
    assert response.status_code in (401, 403)
    assert response.get_json()["error"]["code"] in ("missing_api_key", "invalid_api_key")


def test_wrong_key_is_403(client):
    error = error_of(client.get(f"/v1/suppressions/{TEXTER}",
                                headers={"Authorization": "Bearer nope"}), 403)
    assert error["code"] == "invalid_api_key"


def test_openapi_needs_no_key(client):
    document = client.get("/v1/openapi.json").get_json()
    assert document["openapi"].startswith("3.")


# -- single lookups -------------------------------------------------------------------------

def test_clean_number(api):
    body = api("GET", "/v1/suppressions/(617) 555-0123").get_json()
    assert body == {"number": TEXTER, "suppressed": False, "scope": None, "since": None,
                    "source": None, "undeliverable": False, "reassigned": False, "pending": False,
                    "category": None, "pending_confirmation": False,
                    "textable_now": True, "reason": None, "next_allowed": None}


def test_number_opted_out_by_sms(api, sms, run_jobs):
    sms("STOP")
    run_jobs()
    body = api("GET", f"/v1/suppressions/617-555-0123?sender={OUR_NUMBER}").get_json()
    assert body["suppressed"] and body["scope"] == "sender" and body["source"] == "sms"
    assert body["since"].startswith("20")
    other = api("GET", "/v1/suppressions/6175550123?sender=%2B18005550199").get_json()
    assert not other["suppressed"]
    anyone = api("GET", f"/v1/suppressions/{TEXTER}").get_json()
    assert anyone["suppressed"]


@pytest.mark.parametrize("number", ["12345", "not-a-number", "+1617"])
def test_bad_number_is_400(api, number):
    assert error_of(api("GET", f"/v1/suppressions/{number}"), 400)["code"] == "invalid_number"


def test_bad_sender_is_400(api):
    error = error_of(api("GET", f"/v1/suppressions/{TEXTER}?sender=bad!!"), 400)
    assert error["code"] == "invalid_sender"


# -- bulk checks ---------------------------------------------------------------------------

def test_bulk_check_keeps_order_and_reports_bad_numbers_alone(api, sms):
    sms("STOP", sender="+16175550199")
    numbers = ["(617) 555-0123", "+16175550199", "garbage", 42, None, "617.555.0199", "+447700900123"]
    response = api("POST", "/v1/suppressions/check", json={"sender": OUR_NUMBER, "numbers": numbers})
    assert response.status_code == 200
    results = response.get_json()["results"]
    assert [r["input"] for r in results] == numbers
    assert [r["suppressed"] for r in results] == [False, True, None, None, None, True, False]
    assert results[2]["error"] and results[3]["error"] and results[4]["error"]
    assert results[0]["number"] == TEXTER and results[0]["error"] is None
    assert results[6]["number"] == "+447700900123"


def test_bulk_check_reads_what_the_standard_library_reads(api):
    # A lone surrogate escape is valid JSON text (orjson declines it; the answer must not).
    body = '{"numbers": ["\\ud800", "+16175550123", 1e400, 123456789012345678901234567890]}'
    response = api("POST", "/v1/suppressions/check", data=body,
                   headers={"Content-Type": "application/json"})
    assert response.status_code == 200
    results = response.get_json()["results"]
    assert [r["error"] is None for r in results] == [False, True, False, False]


def test_bulk_check_without_sender_is_cautious(api, sms):
    sms("STOP", sender=TEXTER, to="+18005550199")
    results = api("POST", "/v1/suppressions/check", json={"numbers": [TEXTER]}).get_json()
    assert results["results"][0]["suppressed"] is True


def test_bulk_check_of_ten_thousand(api, services):
    numbers = [f"+1617555{i:04d}" for i in range(10_000)]
    response = api("POST", "/v1/suppressions/check", json={"numbers": numbers})
    assert response.status_code == 200
    assert len(response.get_json()["results"]) == 10_000


@pytest.mark.parametrize("body,status,code", [
    ({"numbers": [TEXTER] * 10_001}, 400, "too_many_numbers"),
    ({"sender": OUR_NUMBER}, 400, "missing_field"),
    ({"numbers": "+16175550123"}, 400, "invalid_field"),
    ({"numbers": [TEXTER], "sender": 5}, 400, "invalid_field"),
    ({"numbers": [TEXTER], "sender": "bad!!"}, 400, "invalid_sender"),
    ([TEXTER], 400, "invalid_json"),
])
def test_bulk_check_errors(api, body, status, code):
    assert error_of(api("POST", "/v1/suppressions/check", json=body), status)["code"] == code


def test_bulk_check_needs_json(api):
    response = api("POST", "/v1/suppressions/check", data="numbers=1",
                   content_type="application/x-www-form-urlencoded")
    assert error_of(response, 415)["code"] == "unsupported_media_type"


def test_bulk_check_body_over_the_limit_is_413(api):
    response = api("POST", "/v1/suppressions/check", data="x" * (5 * 1024 * 1024),
                   content_type="application/json")
    assert error_of(response, 413)["code"] == "request_entity_too_large"


# -- manual opt-out and re-subscribe ---------------------------------------------------------

def test_manual_global_opt_out_is_enforced_at_once(api, suppressed):
    response = api("PUT", f"/v1/suppressions/{TEXTER}",
                   json={"source": "email", "note": "asked by email, ticket 4411"})
    body = response.get_json()
    assert response.status_code == 200
    assert body["suppressed"] and body["scope"] == "all" and body["source"] == "email"
    assert body["recorded"]["status"] == "new"
    assert suppressed(TEXTER, OUR_NUMBER) and suppressed(TEXTER, "12345")


def test_manual_opt_out_for_one_sender(api, run_jobs, suppressed):
    api("PUT", f"/v1/suppressions/{TEXTER}", json={"source": "phone", "sender": OUR_NUMBER})
    run_jobs()
    assert suppressed(TEXTER, OUR_NUMBER) and not suppressed(TEXTER, "+18005550199")


def test_resubscribe_needs_proof_of_consent(api, run_jobs, suppressed):
    api("PUT", f"/v1/suppressions/{TEXTER}", json={"source": "email"})
    error = error_of(api("DELETE", f"/v1/suppressions/{TEXTER}", json={"source": "web"}), 400)
    assert "note" in error["message"]
    error = error_of(api("DELETE", f"/v1/suppressions/{TEXTER}",
                         json={"source": "web", "note": "   "}), 400)
    response = api("DELETE", f"/v1/suppressions/{TEXTER}",
                   json={"source": "web", "note": "signed web form 2026-11-20, IP 203.0.113.9"})
    assert response.status_code == 200 and not response.get_json()["suppressed"]
    run_jobs()
    assert not suppressed(TEXTER, OUR_NUMBER)


def test_resubscribe_accepts_query_parameters(api, run_jobs):
    api("PUT", f"/v1/suppressions/{TEXTER}", json={"source": "email"})
    response = api("DELETE", f"/v1/suppressions/{TEXTER}?source=phone&note=called+in")
    assert response.status_code == 200 and not response.get_json()["suppressed"]


@pytest.mark.parametrize("body,code", [
    ({}, "missing_field"), ({"source": "sms"}, "invalid_field"),
    ({"source": "carrier"}, "invalid_field"), ({"source": 3}, "invalid_field"),
    ({"source": "email", "note": "x" * 2001}, "invalid_field"),
    ({"source": "email", "sender": "bad!!"}, "invalid_sender"),
])
def test_manual_opt_out_errors(api, body, code, services):
    assert error_of(api("PUT", f"/v1/suppressions/{TEXTER}", json=body), 400)["code"] == code
    assert services.ledger.history(TEXTER) == []


def test_idempotency_key_records_once(api, services):
    for _ in range(2):
        api("PUT", f"/v1/suppressions/{TEXTER}", json={"source": "import"},
            headers={"Idempotency-Key": "crm-771"})
    assert len(services.ledger.history(TEXTER)) == 1


# -- history ------------------------------------------------------------------------------

def test_history_is_every_event_oldest_first(api, sms, post_signed, run_jobs):
    sms("STOP")
    sms("START")
    api("PUT", f"/v1/suppressions/{TEXTER}", json={"source": "mail", "note": "letter of 11/02"})
    body = api("GET", "/v1/suppressions/617-555-0123/history").get_json()
    assert body["number"] == TEXTER
    events = body["events"]
    assert [e["kind"] for e in events] == ["opt_out", "opt_in", "opt_out"]
    assert [e["source"] for e in events] == ["sms", "sms", "mail"]
    assert events[0]["keyword"] == "STOP" and events[0]["message_sid"].startswith("SM")
    assert events[0]["sender"] == OUR_NUMBER
    assert events[2]["note"] == "letter of 11/02"
    assert [e["id"] for e in events] == sorted(e["id"] for e in events)


def test_unknown_route_and_method_are_json(api):
    assert error_of(api("GET", "/v1/nothing"), 404)["code"] == "not_found"
    assert error_of(api("PATCH", f"/v1/suppressions/{TEXTER}"), 405)["code"] == "method_not_allowed"
