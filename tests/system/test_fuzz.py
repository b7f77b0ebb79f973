"""Fuzz every input edge with hypothesis: the webhook (form bodies signed correctly and
incorrectly, broken UTF-8, huge fields, odd headers) and the API (JSON bodies, headers,
paths). Whatever arrives, the answer is never a 5xx.

The default run tries a few dozen requests per test; the chaos run (``make test-chaos``,
marker ``chaos``) sends over 20,000 together with the schemathesis run in test_openapi.py.
"""

from __future__ import annotations

import json
from collections import Counter
from urllib.parse import quote, urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.helpers import API_KEY, AUTH_TOKEN, BASE_URL, OUR_NUMBER, report_figure, sign

# Requests sent per test in the chaos run; with test_openapi's chaos run they exceed 20,000.
CHAOS_WEBHOOK = 9_000
CHAOS_API = 7_500
DEFAULT_EXAMPLES = 40
SENT: Counter[str] = Counter()

TWILIO_FIELDS = ["MessageSid", "SmsSid", "SmsMessageSid", "AccountSid", "From", "To", "Body",
                 "MessagingServiceSid", "OptOutType", "NumMedia", "ErrorCode", "MessageStatus",
                 "ApiVersion", "FromCountry", "NumSegments"]
no_surrogates = st.characters(exclude_categories=("Cs",))
text = st.text(no_surrogates, max_size=40)
numbers = st.one_of(
    st.sampled_from(["+16175550123", "(617) 555-0123", "whatsapp:+16175550123", OUR_NUMBER,
                     "MG" + "a" * 32, "12345", "+1", "", "+999999999999999999", "sms:+1617"]),
    text,
)
bodies = st.one_of(
    st.sampled_from(["STOP", "stop all", "START", "HELP", "Ｓ Ｔ Ｏ Ｐ", "arrêt", "\u200bSTOP",
                     "please stop texting me", "", "YES"]),
    text,
    # Near the 1,600-character limit, built cheaply (generating long text is slow).
    st.builds(lambda unit, n: (unit * n)[:n], st.sampled_from(["a", "é", "s t o p ", "😀 "]),
              st.integers(1_550, 1_650)),
)
# Header values as a client can send them: latin-1, no line breaks.
header_text = st.text(st.characters(min_codepoint=0x20, max_codepoint=0xFF), max_size=60)


def settings_for(request: pytest.FixtureRequest, chaos_examples: int):  # type: ignore[no-untyped-def]
    """Hypothesis settings: few examples normally, many when the test is marked chaos."""
    chaos = request.node.get_closest_marker("chaos") is not None
    return settings(max_examples=chaos_examples if chaos else DEFAULT_EXAMPLES, deadline=None,
                    database=None, suppress_health_check=list(HealthCheck))


PATHS = ("/webhooks/twilio/sms", "/webhooks/twilio/status")


@st.composite
def webhook_requests(draw: st.DrawFn) -> list[tuple[str, bytes, dict[str, str]]]:
    """One fuzzed form, as a request to each webhook path (signed for that path)."""
    sid = draw(st.one_of(st.just("SM" + "0" * 32),
                         st.binary(min_size=16, max_size=16).map(lambda b: "SM" + b.hex()), text))
    form = {"MessageSid": sid, "From": draw(numbers), "To": draw(numbers), "Body": draw(bodies)}
    extra = draw(st.dictionaries(st.sampled_from(TWILIO_FIELDS), text, max_size=4))
    form.update(extra)
    for name in draw(st.sets(st.sampled_from(list(form)), max_size=2)):
        del form[name]
    kind = draw(st.sampled_from(["signed", "signed", "unsigned", "wrong", "broken_utf8",
                                 "huge", "raw"]))
    if kind == "huge":
        form["Body"] = "STOP " * draw(st.integers(400, 30_000))
    wrong = draw(header_text)
    junk = draw(st.binary(min_size=1, max_size=300))
    settings_header = draw(st.one_of(st.none(), header_text, st.sampled_from(
        ["key=KS1,algorithm=HMAC_SHA256", "algorithm=MD5"])))
    content_type = draw(st.one_of(
        st.just("application/x-www-form-urlencoded"),
        st.just("application/x-www-form-urlencoded"), st.just("application/x-www-form-urlencoded"),
        header_text, st.just("application/json")))
    cases = []
    for path in PATHS:
        headers = {"Content-Type": content_type}
        body = urlencode(form).encode()
        if kind in ("signed", "huge", "broken_utf8"):
            headers["X-Twilio-Signature"] = sign(BASE_URL + path, form)
        elif kind == "wrong":
            headers["X-Twilio-Signature"] = wrong or sign(BASE_URL + path, form, "not-it")
        if kind == "broken_utf8":
            body += b"&Body=" + junk + b"%ff%fe\xc3("
        elif kind == "raw":
            body = junk
            headers["X-Twilio-Signature"] = wrong
        if settings_header is not None:
            headers["X-Twilio-Webhooks-Signature-Settings"] = settings_header
        cases.append((path, body, headers))
    return cases


def fuzz_webhook(client, request: pytest.FixtureRequest) -> None:  # type: ignore[no-untyped-def]
    @settings_for(request, CHAOS_WEBHOOK // len(PATHS))
    @given(webhook_requests())
    def run(cases: list[tuple[str, bytes, dict[str, str]]]) -> None:
        for path, body, headers in cases:
            response = client.post(path, data=body, headers=headers)
            SENT["webhook"] += 1
            assert response.status_code < 500, (path, body[:300], headers,
                                                 response.get_data(as_text=True)[:300])
            if response.status_code >= 400:
                assert response.get_json()["error"]["code"]

    run()


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | text | numbers,
    lambda children: st.lists(children, max_size=5) | st.dictionaries(
        st.sampled_from(["numbers", "sender", "source", "note", "scope"]) | text, children,
        max_size=5),
    max_leaves=30,
)


@st.composite
def api_requests(draw: st.DrawFn) -> tuple[str, str, bytes, dict[str, str]]:
    number = quote(draw(numbers), safe="")
    path = draw(st.sampled_from([
        f"/v1/suppressions/{number}", f"/v1/suppressions/{number}/history",
        f"/v1/suppressions/{number}/report", "/v1/suppressions/check",
        f"/v1/{quote(draw(text), safe='/')}", "/ops/health.json", "/readyz", "/healthz",
    ]))
    query = draw(st.dictionaries(st.sampled_from(["sender", "format", "q", "now"]),
                                 text | numbers, max_size=2))
    if query:
        path += "?" + urlencode(query)
    method = draw(st.sampled_from(["GET", "POST", "PUT", "DELETE", "PATCH"]))
    headers = {}
    auth = draw(st.sampled_from(["good", "good", "good", "none", "bad"]))
    if auth == "good":
        headers["Authorization"] = f"Bearer {API_KEY}"
    elif auth == "bad":
        headers["Authorization"] = draw(header_text)
    headers["Content-Type"] = draw(st.sampled_from(
        ["application/json", "application/json", "text/plain", "application/x-www-form-urlencoded"]))
    if draw(st.booleans()):
        headers["Idempotency-Key"] = draw(header_text)
    shape = draw(st.sampled_from(["object", "object", "value", "deep", "bytes", "none"]))
    if shape == "object":
        body = json.dumps(draw(st.dictionaries(
            st.sampled_from(["numbers", "sender", "source", "note"]) | text, json_values,
            max_size=4))).encode()
    elif shape == "value":
        body = json.dumps(draw(json_values)).encode()
    elif shape == "deep":
        depth = draw(st.integers(10, 50_000))
        body = (draw(st.sampled_from(["[", '{"a":'])) * depth).encode()
    elif shape == "bytes":
        body = draw(st.binary(max_size=200))
    else:
        body = b""
    return method, path, body, headers


def fuzz_api(client, request: pytest.FixtureRequest) -> None:  # type: ignore[no-untyped-def]
    @settings_for(request, CHAOS_API // 3)
    @given(api_requests())
    def run(case: tuple[str, str, bytes, dict[str, str]]) -> None:
        method, path, body, headers = case
        # The case as drawn, and its body on each JSON endpoint.
        for verb, where in ((method, path), ("POST", "/v1/suppressions/check"),
                            ("PUT", "/v1/suppressions/+16175550123")):
            response = client.open(where, method=verb, data=body, headers=headers)
            SENT["api"] += 1
            assert response.status_code < 500, (verb, where, case,
                                                 response.get_data(as_text=True)[:300])

    run()


def test_webhook_fuzz(client, request):
    fuzz_webhook(client, request)


def test_api_fuzz(client, request):
    fuzz_api(client, request)


@pytest.mark.chaos
@pytest.mark.timeout(400)
def test_webhook_fuzz_chaos(client, request):
    before = SENT["webhook"]
    fuzz_webhook(client, request)
    sent = SENT["webhook"] - before
    report_figure(f"hypothesis fuzz: {sent} webhook requests, no 5xx")
    assert sent >= CHAOS_WEBHOOK * 0.9


@pytest.mark.chaos
@pytest.mark.timeout(400)
def test_api_fuzz_chaos(client, request):
    before = SENT["api"]
    fuzz_api(client, request)
    sent = SENT["api"] - before
    report_figure(f"hypothesis fuzz: {sent} API requests, no 5xx")
    assert sent >= CHAOS_API * 0.9


def test_signed_stop_still_works_among_the_fuzz(client):
    """The fuzz's strategies can produce a real STOP: it is acknowledged as one."""
    form = {"MessageSid": "SM" + "1" * 32, "From": "+16175550123", "To": OUR_NUMBER,
            "Body": "STOP"}
    response = client.post("/webhooks/twilio/sms", data=form, headers={
        "X-Twilio-Signature": sign(BASE_URL + "/webhooks/twilio/sms", form, AUTH_TOKEN)})
    assert response.status_code == 200 and b"unsubscribed" in response.data
