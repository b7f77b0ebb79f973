"""GET /v1/events pages through consent events wherever they are (archived and trimmed from
Redis, or still there), in order per shard, with no gap and no duplicate; the webhook
delivery reads the same way, so trimming never outruns an endpoint's cursor."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.archive import copy_new_events, trim_archived
from app.archive.history import shard_events_after
from app.archive.store import split_id
from app.consent.fresh import PlainOptOut
from app.events.payload import parse_event_id
from config import Settings
from tests.helpers import API_KEY, make_settings

AUTH = {"Authorization": f"Bearer {API_KEY}"}


@pytest.fixture
def settings(redis_client: object, redis_url: str, tmp_path: Path, archive_url: str) -> Settings:
    """Four shards: the feed's cursor holds a position in each."""
    return make_settings(redis_url, tmp_path, archive_url=archive_url, store_shards=4)


def _import(services, start: int, count: int) -> None:
    rows = [PlainOptOut(f"+1617{start + i:07d}", "all", None, "import", "import", None, None)
            for i in range(count)]
    assert all(r.applied for r in services.ledger.record_opt_outs(rows))


def _all_pages(client, limit: int) -> tuple[list[dict], str]:
    events, cursor = [], ""
    while True:
        response = client.get(f"/v1/events?limit={limit}&after={cursor}", headers=AUTH)
        assert response.status_code == 200, response.get_data(as_text=True)
        body = response.get_json()
        assert len(body["events"]) <= limit
        events += body["events"]
        cursor = body["next"]
        if not body["events"]:
            return events, cursor


def test_the_feed_pages_through_trimmed_and_live_events(services, client, sms, archive):
    _import(services, 2_000_000, 6000)
    sms("STOP", sender="+16175550123")
    sms("STOP", sender="+16175550123")  # a repeat: in the ledger, not in the feed
    copy_new_events(archive, services.ledger)
    trimmed = trim_archived(archive, services.ledger, hot_days=0)
    assert sum(trimmed.values()) == 6002
    assert sum(1 for _ in services.ledger.scan()) == 0  # Redis holds none of them now
    _import(services, 3_000_000, 3998)
    sms("START", sender="+16175550123")

    events, cursor = _all_pages(client, 1000)
    assert len(events) == 10_000  # 6000 + 1 STOP + 3998 + 1 START
    ids = [e["id"] for e in events]
    assert len(set(ids)) == len(ids)  # no duplicate
    by_shard: dict[int, list[str]] = {}
    for event_id in ids:
        shard, ledger_id = parse_event_id(event_id)
        by_shard.setdefault(shard, []).append(ledger_id)
    assert len(by_shard) == 4
    expected = {shard: [str(e["id"]) for e in archive.events(shard)] +
                [str(e["id"]) for e in services.ledger.scan(shard)] for shard in range(4)}
    for shard, got in by_shard.items():  # no gap: every event of the shard, in order
        repeat = {e["id"] for e in services.ledger.scan(shard) if e.get("status") == "repeat"}
        repeat |= {str(e["id"]) for e in archive.events(shard) if e.get("status") == "repeat"}
        assert got == [i for i in expected[shard] if i not in repeat]
        assert got == sorted(got, key=split_id)
    assert [e["type"] for e in events if e["data"]["number"] == "+16175550123"] == [
        "consent.opt_out", "consent.opt_in"]

    # Nothing new: an empty page, and the same cursor back.
    again = client.get(f"/v1/events?after={cursor}", headers=AUTH).get_json()
    assert again == {"events": [], "next": cursor}
    sms("STOP", sender="+16175550124")
    newer = client.get(f"/v1/events?after={cursor}", headers=AUTH).get_json()
    assert [e["data"]["number"] for e in newer["events"]] == ["+16175550124"]


def test_reading_after_a_cursor_merges_the_archive_and_redis(services, archive):
    _import(services, 2_000_000, 300)
    copy_new_events(archive, services.ledger)
    trim_archived(archive, services.ledger, hot_days=0)
    _import(services, 3_000_000, 300)
    for shard in range(4):
        whole = [str(e["id"]) for e in archive.events(shard)] + \
                [str(e["id"]) for e in services.ledger.scan(shard)]
        got, position = [], "0-0"
        while batch := shard_events_after(services.ledger, archive, shard, position, 7):
            got += [str(e["id"]) for e in batch]
            position = got[-1]
        assert got == whole


def test_a_bad_cursor_or_limit_is_a_400(client):
    assert client.get("/v1/events?after=nonsense", headers=AUTH).get_json()["error"][
        "code"] == "invalid_cursor"
    assert client.get("/v1/events?limit=5000", headers=AUTH).get_json()["error"][
        "code"] == "invalid_limit"
    assert client.get("/v1/events?limit=0", headers=AUTH).status_code == 400
