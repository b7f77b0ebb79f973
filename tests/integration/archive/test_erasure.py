"""Erasure that keeps the opt-out: ``DELETE /v1/people/<n>`` and the console's button remove
the number's personal data from Redis and the archive (SQLite and PostgreSQL), keep it
suppressed in every check by a keyed hash, and record an ``erased`` event with no number.

"No personal data left" is checked the blunt way: every key, field, member, value and
stream entry of Redis, and every row and column of the archive, is scanned for the number's
digits."""

from __future__ import annotations

import json
import uuid

from app import create_app
from app.archive import Archive, archive_now, copy_new_events
from app.bootstrap import build_services
from app.consent.events import ConsentEvent, Kind
from app.lists.send_log import Send
from app.messaging.outbound import ProviderReply, enqueue_reply
from app.store.keys import CONSOLE_UPLOADS
from config import get_settings
from tests.helpers import (
    API_KEY,
    OUR_NUMBER,
    console_login,
    csrf,
    make_settings,
    redis_holding,
    sql_holding,
)

AUTH = {"Authorization": f"Bearer {API_KEY}"}
PERSON = "+16175550123"
DIGITS = "6175550123"
IP = "203.0.113.77"  # the capture proof's address: personal data too
OTHER = "+16175550199"


def kept_messages(services, number: str) -> dict[str, str]:
    """The kept-messages hash of ``number``'s bucket (no other number of these tests
    shares it)."""
    store = services.connections.store
    shard, bucket, _ = store.layout.locate(number)
    return store.node(shard).hgetall(store.layout.kept_messages(bucket))


def everything_about(services, client, sms, archive: Archive) -> None:
    """Give the number every kind of data optout keeps: texts (one unclear, so a review
    item), message-id records, dedupe keys, an idempotent API answer, notes, the send log,
    an RND answer, a queued reply job, a console upload, archived and trimmed events."""
    sms("STOP", sender=PERSON)
    sms("I'd like to cancel my appointment", sender=PERSON)
    services.message_ids.flush()
    assert client.delete(f"/v1/suppressions/{PERSON}", headers={
        **AUTH, "Idempotency-Key": str(uuid.uuid4())}, json={
        "source": "phone", "note": f"called from {PERSON}, consent form 12"}).status_code == 200
    services.ledger.record(ConsentEvent(
        kind=Kind.CAPTURED, number=PERSON, source="web", scope="all",
        proof={"method": "web_form", "ip": IP, "user_agent": "Mozilla/5.0 (erasure test)",
               "url": "https://shop.example/join", "reference": "form-88"}))
    archive_now(archive, services.ledger, hot_days=0)  # into SQL, trimmed from Redis
    client.put(f"/v1/suppressions/{PERSON}", headers=AUTH,
               json={"source": "email", "note": "ticket 88: stop texting me"})
    services.send_policy.log.record([Send(PERSON, "promo", services.send_policy.clock())])
    services.ledger.record(ConsentEvent(kind=Kind.RND, number=PERSON, source="rnd",
                                        scope="all", answer="no", date_given="2026-01-02",
                                        queried_on="2026-12-01"))
    enqueue_reply(services.queue, ProviderReply("telnyx", PERSON, OUR_NUMBER, "confirmed",
                                                str(uuid.uuid4())), [1])
    services.connections.redis.set(CONSOLE_UPLOADS + "t0k3n", json.dumps(
        {"text": f"number\n{PERSON}\n", "note": "list from the fair"}), ex=3600)
    sms("STOP", sender=OTHER)  # someone else, who must keep everything


def test_an_erased_number_is_suppressed_and_nothing_of_it_is_left(
        services, client, sms, archive, archive_url, cli, run_jobs, monkeypatch):
    everything_about(services, client, sms, archive)
    queue = services.connections.queue_redis
    assert redis_holding(queue, DIGITS) and sql_holding(archive.engine, DIGITS)
    assert sql_holding(archive.engine, IP)
    # The digests of its texts kept for good (replays) name no number, but are of it.
    assert len(kept_messages(services, PERSON)) == 2
    others = kept_messages(services, OTHER)
    assert len(others) == 1

    response = client.delete(f"/v1/people/{PERSON}", headers=AUTH)
    assert response.status_code == 200, response.get_json()
    body = response.get_json()
    assert body["erased"] is True and body["recorded"]["id"]
    assert body["removed"]["archive_rows"] == 4 and body["removed"]["keys"] >= 4

    assert redis_holding(queue, DIGITS) == [] and redis_holding(queue, IP) == []
    assert kept_messages(services, PERSON) == {}
    assert kept_messages(services, OTHER) == others
    assert sql_holding(archive.engine, DIGITS) == [] and sql_holding(archive.engine, IP) == []
    # ... in every check, with and without a sender:
    lookup = services.suppressions.lookup(PERSON, OUR_NUMBER)
    assert (lookup.suppressed, lookup.scope, lookup.source) == (True, "all", "erasure")
    assert services.suppressions.check_many([PERSON, OTHER], None) == [1, 1]
    assert services.suppressions.check_many([PERSON], "+18885550100") == [1]
    api_check = client.get(f"/v1/suppressions/{PERSON}", headers=AUTH).get_json()
    assert (api_check["suppressed"], api_check["reason"]) == (True, "suppressed")
    assert cli("filter", input=f"{PERSON}\n{OTHER}\n").stdout == ""
    # The ledger records the erasure, without the number; the archive gets it like any event.
    erased = [e for e in services.ledger.scan() if e["kind"] == "erased"]
    assert len(erased) == 1 and "number" not in erased[0]
    assert erased[0]["digest"] == services.ledger.pepper.digest(PERSON)  # type: ignore[union-attr]
    archive_now(archive, services.ledger, hot_days=0)
    assert sql_holding(archive.engine, DIGITS) == []
    monkeypatch.setenv("ARCHIVE_URL", archive_url)
    get_settings.cache_clear()
    verified = cli("verify")  # the hash chains hold: rows keep their personal fields' digests
    assert verified.exit_code == 0, verified.output
    # Someone else's data is untouched.
    assert services.suppressions.lookup(OTHER, OUR_NUMBER).suppressed
    assert archive.events_of(OTHER) or services.ledger.history(OTHER)


def test_after_erasure_nothing_brings_the_number_back(services, client, sms, archive, cli,
                                                      tmp_path, run_jobs):
    sms("STOP", sender=PERSON)
    assert client.delete(f"/v1/people/{PERSON}", headers=AUTH).status_code == 200
    # An import of the same number is refused as opted out (and records nothing).
    rows = tmp_path / "optouts.csv"
    rows.write_text(f"number,source,note\n{PERSON},email,list from a partner\n")
    result = cli("import", str(rows))
    assert result.exit_code == 0 and "0 recorded, 1 already in force" in result.stderr
    # A re-subscription is refused; an opt-out is already in force; a STOP is not recorded.
    refused = client.delete(f"/v1/suppressions/{PERSON}", headers=AUTH,
                            json={"source": "web", "note": "form"})
    assert refused.status_code == 409 and refused.get_json()["error"]["code"] == "erased"
    again = client.put(f"/v1/suppressions/{PERSON}", headers=AUTH, json={"source": "email"})
    assert again.get_json()["recorded"]["status"] == "erased"
    assert "<Message>" not in sms("STOP", sender=PERSON).get_data(as_text=True)
    client.post("/v1/sends", headers=AUTH, json={"sends": [{"number": PERSON}]})
    services.message_ids.flush()
    run_jobs()
    archive_now(archive, services.ledger, hot_days=0)
    assert redis_holding(services.connections.queue_redis, DIGITS) == []
    assert sql_holding(archive.engine, DIGITS) == []
    assert services.suppressions.lookup(PERSON).suppressed
    # Rebuild replays the ledger and the archive: it finds nothing to bring back.
    assert cli("rebuild", "--check").exit_code == 0


def test_a_copy_in_flight_during_an_erasure_is_redacted(services, sms, archive, tmp_path):
    """The copier read the number's entries before the erasure removed them from Redis,
    and writes them after the erasure redacted the archive: it redacts them itself."""
    sms("STOP", sender=PERSON)
    in_flight = list(services.ledger.scan(0))

    class Snapshot:
        shard_count = 1

        def scan(self, shard=None, after="-", batch=1000):
            return iter(in_flight)

        def trim(self, shard, ids):
            return 0

    services.ledger.erase(PERSON, source="api", recorded_by="test")
    copy_new_events(archive, Snapshot(), erased=services.suppressions.erased)
    assert sql_holding(archive.engine, DIGITS) == []
    assert archive.count() == 1  # the row is kept, redacted: its kind, time and sender stay
    control = Archive.open(f"sqlite:///{tmp_path / 'control.sqlite3'}", archive.pepper)
    control.migrate()
    try:
        copy_new_events(control, Snapshot())  # without the check: the number is back
        assert sql_holding(control.engine, DIGITS)
    finally:
        control.close()


def test_erasure_needs_an_editor(services, redis_url, tmp_path, archive_url):
    svc = build_services(make_settings(redis_url, tmp_path, archive_url=archive_url,
                                       store_shards=1,
                                       optout_api_keys=["viewer:read-only", API_KEY]))
    try:
        client = create_app(svc.settings, svc).test_client()
        viewer = {"Authorization": "Bearer read-only"}
        refused = client.delete(f"/v1/people/{PERSON}", headers=viewer)
        assert refused.status_code == 403
        assert refused.get_json()["error"]["code"] == "read_only_key"
        assert client.get(f"/v1/suppressions/{PERSON}", headers=viewer).status_code == 200
        assert client.post("/v1/suppressions/check", headers=viewer,
                           json={"numbers": [PERSON]}).status_code == 200
    finally:
        svc.close()


def test_without_the_pepper_checks_refuse_rather_than_let_an_erased_number_through(
        services, client, redis_url, tmp_path, archive_url):
    assert client.delete(f"/v1/people/{PERSON}", headers=AUTH).status_code == 200
    svc = build_services(make_settings(redis_url, tmp_path, archive_url=archive_url,
                                       store_shards=1, erasure_pepper=""))
    try:
        bare = create_app(svc.settings, svc).test_client()
        for response in (bare.get(f"/v1/suppressions/{PERSON}", headers=AUTH),
                         bare.post("/v1/suppressions/check", headers=AUTH,
                                   json={"numbers": [PERSON, OTHER]})):
            assert response.status_code == 503
            assert response.get_json()["error"]["code"] == "erasure_pepper_missing"
        assert bare.delete(f"/v1/people/{OTHER}", headers=AUTH).status_code == 503
    finally:
        svc.close()


def test_the_console_button_asks_for_the_number_typed(services, app, archive):
    browser = app.test_client()
    console_login(browser)
    services.ledger.record(ConsentEvent(kind=Kind.OPT_OUT, number=PERSON, source="email",
                                        scope="all", note="by letter"))
    page = browser.get(f"/ops/numbers?q={PERSON}").get_data(as_text=True)
    assert 'data-testid="erase"' in page
    token = csrf(page)
    wrong = browser.post(f"/ops/numbers/{PERSON}/erase", data={
        "csrf_token": token, "confirm": "+1617555012"}, follow_redirects=True)
    assert "type the number exactly" in wrong.get_data(as_text=True)
    assert services.ledger.history(PERSON)
    done = browser.post(f"/ops/numbers/{PERSON}/erase", data={
        "csrf_token": token, "confirm": PERSON}, follow_redirects=True)
    text = done.get_data(as_text=True)
    assert "Erased: 1 ledger entries" in text and "erased at its owner" in text
    assert services.ledger.history(PERSON) == []
    erased = [e for e in services.ledger.scan() if e["kind"] == "erased"]
    assert erased[0]["recorded_by"] == "operator:ops" and erased[0]["source"] == "console"


def test_erased_numbers_cost_a_hash_only_when_their_prefilter_bit_is_set(services):
    services.ledger.erase(PERSON, source="api", recorded_by="test")
    erased = services.suppressions.erased
    pepper = erased.pepper
    numbers = [f"+1212555{i:04d}" for i in range(10_000)] + [PERSON]
    hashed = []
    real = pepper.digest
    pepper.digest = lambda n: hashed.append(n) or real(n)  # type: ignore[method-assign]
    try:
        assert erased.which(numbers) == [10_000]
    finally:
        pepper.digest = real  # type: ignore[method-assign]
    assert PERSON in hashed and len(hashed) < 20  # one bit of 2**20 set: ~0.01 false hits
