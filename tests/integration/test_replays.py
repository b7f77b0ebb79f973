"""Replayed carrier messages: a message that changed consent is never recorded twice,
however old (its dedupe key is kept for good), for every carrier; Plivo's nonce is taken by
exactly one of many concurrent copies."""

from __future__ import annotations

import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
import requests

from app.consent.ledger import kept_message_id
from app.messaging.message_ids import keep_message_ids, sms_dedupe_key
from tests.helpers import OUR_NUMBER, inbound_form, make_settings
from tests.helpers.carriers import CARRIER_SETTINGS, CARRIERS, TEXTER, Carrier, Plivo

DEDUPE_SECONDS = 1


@pytest.fixture
def settings(redis_client, redis_url, tmp_path):
    return make_settings(redis_url, tmp_path, message_dedupe_seconds=DEDUPE_SECONDS,
                         **CARRIER_SETTINGS)


def _expire_dedupe_window() -> None:
    """Wait out MESSAGE_DEDUPE_SECONDS (set to one second here instead of seven days)."""
    time.sleep(DEDUPE_SECONDS + 0.2)


def test_twilio_start_replayed_after_the_dedupe_window_does_not_resubscribe(
        post_signed, services, suppressed):
    post_signed("/webhooks/twilio/sms", inbound_form("STOP"))
    start = inbound_form("START")
    first = post_signed("/webhooks/twilio/sms", start)
    assert "resubscribed" in first.get_data(as_text=True)
    post_signed("/webhooks/twilio/sms", inbound_form("STOP"))
    assert suppressed(TEXTER)
    _expire_dedupe_window()

    replay = post_signed("/webhooks/twilio/sms", start)
    assert replay.status_code == 200
    assert "resubscribed" not in replay.get_data(as_text=True)
    assert suppressed(TEXTER)
    assert [e["kind"] for e in services.ledger.history(TEXTER)] == ["opt_out", "opt_in",
                                                                     "opt_out"]


@pytest.mark.parametrize("carrier", CARRIERS, ids=lambda c: c.name)
def test_other_carriers_start_replayed_after_the_window_does_not_resubscribe(
        carrier: Carrier, client, services, suppressed):
    assert carrier.text(client, "STOP").status_code in (200, 204)
    start_id = str(uuid.uuid4())
    assert carrier.text(client, "START", message_id=start_id).status_code in (200, 204)
    assert not suppressed(TEXTER)
    assert carrier.text(client, "STOP").status_code in (200, 204)
    _expire_dedupe_window()

    replay = carrier.text(client, "START", message_id=start_id)
    assert replay.status_code in (200, 204)  # signed afresh: only the message id repeats
    assert suppressed(TEXTER)
    assert len(services.ledger.history(TEXTER)) == 3


def test_a_message_recorded_before_keys_were_kept_is_found_in_the_history(
        post_signed, services, suppressed):
    """An event whose dedupe key expired (recorded with a time limit) is still known by the
    message id in the number's history."""
    post_signed("/webhooks/twilio/sms", inbound_form("STOP"))
    start = inbound_form("START")
    post_signed("/webhooks/twilio/sms", start)
    post_signed("/webhooks/twilio/sms", inbound_form("STOP"))
    store = services.connections.store
    for key in list(store.node(0).scan_iter(match="*msg:*")):
        store.node(0).delete(key)  # as if each had expired

    replay = post_signed("/webhooks/twilio/sms", start)
    assert "resubscribed" not in replay.get_data(as_text=True)
    assert suppressed(TEXTER)
    assert len(services.ledger.history(TEXTER)) == 3


def _kept(services, number: str) -> dict[str, str]:
    """The kept-messages hash of ``number``'s bucket."""
    store = services.connections.store
    shard, bucket, _ = store.layout.locate(number)
    return store.node(shard).hgetall(store.layout.kept_messages(bucket))


def test_kept_messages_are_digests_in_the_numbers_bucket_not_keys_of_their_own(
        post_signed, services):
    """What is kept for good is a short field of a small hash (a listpack): no dedupe key
    of a carrier message outlives MESSAGE_DEDUPE_SECONDS."""
    forms = [inbound_form("STOP"), inbound_form("START"), inbound_form("STOP")]
    for form in forms:
        post_signed("/webhooks/twilio/sms", form)
    store = services.connections.store
    node = store.node(store.layout.shard_of(TEXTER))
    kept = _kept(services, TEXTER)
    assert sorted(kept) == sorted(kept_message_id(sms_dedupe_key("twilio", f["MessageSid"]),
                                                  TEXTER) for f in forms)
    assert set(kept.values()) == {""}
    assert all(-(1 << 63) <= int(digest) < 1 << 63 for digest in kept)  # 8 bytes each
    _, bucket, _ = store.layout.locate(TEXTER)
    assert node.object("encoding", store.layout.kept_messages(bucket)) in ("listpack",
                                                                          "ziplist")
    forever = [key for key in node.scan_iter(match="*msg:*")
               if node.type(key) == "string" and node.ttl(key) == -1]
    assert forever == []


def test_keep_message_ids_keeps_what_the_record_script_keeps(post_signed, services):
    """Events recorded before messages were kept get the very fields a record writes."""
    post_signed("/webhooks/twilio/sms", inbound_form("STOP"))
    post_signed("/webhooks/twilio/sms", inbound_form("START"))
    post_signed("/webhooks/twilio/sms", inbound_form("HELP"))  # changes no consent
    recorded = _kept(services, TEXTER)
    assert len(recorded) == 2
    store = services.connections.store
    for key in list(store.node(0).scan_iter(match="*msg:*")):
        store.node(0).delete(key)

    events = services.ledger.history(TEXTER)
    assert keep_message_ids(services.ledger, events) == 2
    assert _kept(services, TEXTER) == recorded


class _Http:
    """Plivo's signer posts through this: real HTTP to the served app."""

    def __init__(self, base: str, barrier: threading.Barrier) -> None:
        self.base = base
        self.barrier = barrier

    def post(self, path: str, *, data: dict[str, Any], headers: dict[str, str]) -> Any:
        self.barrier.wait(10)
        return requests.post(self.base + path, data=data, headers=headers, timeout=20)


def test_plivo_nonce_is_taken_by_exactly_one_of_eight_concurrent_copies(live, services):
    plivo = Plivo()
    payload = plivo.inbound("STOP", TEXTER, OUR_NUMBER, str(uuid.uuid4()))
    http = _Http(live.base, threading.Barrier(8))

    def send(_: int) -> int:
        return plivo.post(http, "/webhooks/plivo/sms", payload,  # type: ignore[arg-type]
                          nonce="98765432109876543210").status_code

    with ThreadPoolExecutor(8) as pool:
        statuses = sorted(pool.map(send, range(8)))
    assert sum(200 <= s < 300 for s in statuses) == 1, statuses
    assert statuses.count(403) == 7
    assert len(services.ledger.history(TEXTER)) == 1


def test_plivo_request_refused_for_a_bad_field_can_be_sent_again(client, services):
    plivo = Plivo()
    payload = plivo.inbound("STOP", TEXTER, OUR_NUMBER, str(uuid.uuid4()))
    bad = {**payload, "From": "not a number"}
    assert plivo.post(client, "/webhooks/plivo/sms", bad, nonce="1" * 20).status_code == 400
    fixed = plivo.post(client, "/webhooks/plivo/sms", payload, nonce="1" * 20)
    assert fixed.status_code in (200, 204)
