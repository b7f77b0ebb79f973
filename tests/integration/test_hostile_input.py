"""Hostile input: deep JSON, bad signature settings, unauthenticated garbage, private data."""

from __future__ import annotations

import logging
import stat

import pytest

from app import create_app
from app.bootstrap import build_services
from app.store.embedded import EmbeddedRedis
from tests.helpers import API_KEY, BASE_URL, inbound_form, make_settings, sign

AUTH = {"Authorization": f"Bearer {API_KEY}"}
JSON_ENDPOINTS = [
    ("POST", "/v1/suppressions/check"),
    ("PUT", "/v1/suppressions/+16175550123"),
    ("DELETE", "/v1/suppressions/+16175550123"),
]


@pytest.mark.parametrize(("method", "path"), JSON_ENDPOINTS)
@pytest.mark.parametrize("depth", [33, 5_000, 30_000, 200_000])
@pytest.mark.parametrize("opener", ["[", '{"a":'])
def test_deeply_nested_json_is_a_400(client, method, path, depth, opener, caplog):
    closer = "]" if opener == "[" else "}"
    body = opener * depth + "1" + closer * depth
    response = client.open(path, method=method, data=body, headers=AUTH,
                           content_type="application/json")
    if response.status_code == 413:  # over the request limit (64 KiB but for the check)
        assert method != "POST" and len(body) > 65536
    else:
        assert response.status_code == 400, response.get_data(as_text=True)[:200]
        assert response.get_json()["error"]["code"] == "invalid_json"
        assert "nested deeper than 32" in response.get_json()["error"]["message"]
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


def test_brackets_inside_strings_do_not_count_as_nesting(client):
    note = "[" * 500 + "{" * 500
    response = client.put("/v1/suppressions/+16175550123", headers=AUTH,
                          json={"source": "email", "note": note[:2000]})
    assert response.status_code == 200
    response = client.post("/v1/suppressions/check", headers=AUTH,
                           json={"numbers": [[[["+16175550123"]]]]})
    assert response.status_code == 200  # shallow nesting still reaches the per-number check
    assert response.get_json()["results"][0]["error"]


@pytest.mark.parametrize("settings_header", [
    "key=KSabc,algorithm=HMAC_MD5",
    "algorithm=",
    "algorithm=hmac_sha1024,key=x",
    "algorithm=\u00e9\u00e9",
])
def test_bad_signature_algorithm_is_a_403_without_error_logs(redis_url, tmp_path, redis_client,
                                                              caplog, settings_header):
    svc = build_services(make_settings(redis_url, tmp_path, twilio_webhook_shared_key="shh"))
    try:
        client = create_app(svc.settings, svc).test_client()
        form = inbound_form("STOP")
        with caplog.at_level(logging.DEBUG):
            response = client.post("/webhooks/twilio/sms", data=form, headers={
                "X-Twilio-Webhooks-Signature-Settings": settings_header.encode().decode("latin-1"),
                "X-Twilio-Signature": sign(BASE_URL + "/webhooks/twilio/sms", form)})
        assert response.status_code == 403
        assert response.get_json()["error"]["code"] == "bad_signature"
        assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    finally:
        svc.close()


def test_shared_key_header_without_a_configured_key_logs_a_warning_at_most(client, caplog):
    form = inbound_form("STOP")
    with caplog.at_level(logging.DEBUG):
        response = client.post("/webhooks/twilio/sms", data=form, headers={
            "X-Twilio-Webhooks-Signature-Settings": "key=KS1,algorithm=HMAC_SHA256",
            "X-Twilio-Signature": "garbage"})
    assert response.status_code == 403
    assert max(r.levelno for r in caplog.records) <= logging.WARNING


GARBAGE = [
    ("POST", "/webhooks/twilio/sms", {"X-Twilio-Signature": "x"}, b"From=%ff%fe&Body=\xff"),
    ("POST", "/webhooks/twilio/sms", {}, b"MessageSid=SM1&From=+16175550123&Body=STOP"),
    ("POST", "/webhooks/twilio/status", {"X-Twilio-Signature": "AAAA"}, b"a=" + b"b" * 100_000),
    ("POST", "/webhooks/twilio/sms", {"Content-Type": "application/json"}, b"[[[[[["),
    ("GET", "/v1/suppressions/+16175550123", {"Authorization": "Bearer nope"}, b""),
    ("POST", "/v1/suppressions/check", {"Authorization": "Basic Zm9vOmJhcg=="}, b"{}"),
    ("GET", "/ops/health.json", {"Authorization": "Bearer \u00ff".encode().decode("latin-1")},
     b""),
    ("POST", "/ops/login", {}, b"username=%00&password=" + b"%ff" * 50),
    ("GET", "/v1/suppressions/%00%ff", AUTH, b""),
]


@pytest.mark.parametrize(("method", "path", "headers", "body"), GARBAGE)
def test_unauthenticated_garbage_logs_at_warning_at_most(client, caplog, method, path, headers,
                                                         body):
    headers = {"Content-Type": "application/x-www-form-urlencoded", **headers}
    with caplog.at_level(logging.DEBUG):
        response = client.open(path, method=method, data=body, headers=headers)
    assert 400 <= response.status_code < 500
    assert not [r for r in caplog.records if r.levelno > logging.WARNING], caplog.text


def test_data_directory_is_private(tmp_path):
    data = tmp_path / "data"
    with EmbeddedRedis(data) as embedded:
        import redis

        redis.Redis.from_url(embedded.url).set("k", "v")  # the AOF has something in it
        assert stat.S_IMODE(data.stat().st_mode) == 0o700
        files = [p for p in data.iterdir() if p.is_file()]
        assert {p.name for p in files} >= {"redis.log", "redis.pid", "redis.users"}
        assert any(p.name.startswith("appendonly") for p in files)
        for path in files:
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name


def test_an_existing_world_readable_data_directory_is_made_private(tmp_path):
    data = tmp_path / "data"
    data.mkdir(mode=0o755)
    old = data / "appendonly.aof"
    old.write_text("")
    old.chmod(0o644)
    with EmbeddedRedis(data):
        assert stat.S_IMODE(data.stat().st_mode) == 0o700
        assert stat.S_IMODE(old.stat().st_mode) == 0o600


LOOKALIKE_NUMBERS = ["６１７５５５０１２３", "٦١٧٥٥٥٠١٢٣", "𝟔𝟏𝟕𝟓𝟓𝟓𝟎𝟏𝟐𝟑", "6\ufe0f\u20e3175550123",
                     "1-800-FLOWERS", "617-555-0123 ext 99", "\u202e+16175550123"]


@pytest.mark.parametrize("raw", LOOKALIKE_NUMBERS)
def test_numbers_not_written_in_ascii_are_a_400_everywhere(client, sms, services, raw):
    lookup = client.get(f"/v1/suppressions/{raw}", headers=AUTH)
    assert lookup.status_code == 400
    assert lookup.get_json()["error"]["code"] == "invalid_number"
    put = client.put(f"/v1/suppressions/{raw}", headers=AUTH, json={"source": "email"})
    assert put.status_code == 400
    bulk = client.post("/v1/suppressions/check", headers=AUTH, json={"numbers": [raw]})
    assert bulk.get_json()["results"][0]["error"]
    text = sms("STOP", sender=raw)
    assert text.status_code == 400 and "From" in text.get_json()["error"]["message"]
    assert services.ledger.history("+16175550123") == []
