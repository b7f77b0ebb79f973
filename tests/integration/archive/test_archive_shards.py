"""The archive on the default sixteen shards: copy, trim and compaction, then every reader
(lookups, bulk checks, history, export, rebuild) answers as before the trim."""

from __future__ import annotations

import pytest

from app import create_app
from app.archive import Archive, Pepper, archive_now, full_history
from app.bootstrap import build_services
from app.consent.history import fold
from app.consent.rebuild import rebuild
from tests.helpers import BASE_URL, OUR_NUMBER, PEPPER, inbound_form, make_settings, sign
from workers.jobs import use_services

NUMBERS = [f"+1617555{i:04d}" for i in range(0, 400, 7)]
SENDERS = [None, OUR_NUMBER, "+18005550199"]


@pytest.fixture
def sharded(redis_client, redis_url, tmp_path):
    url = f"sqlite:///{tmp_path / 'archive.sqlite3'}"
    svc = build_services(make_settings(redis_url, tmp_path, archive_url=url))
    use_services(svc)
    archive = Archive.open(url, Pepper.of(PEPPER))
    archive.migrate()
    yield svc, archive
    archive.close()
    use_services(None)
    svc.close()


def texter(svc):
    """Text the webhook of an app on ``svc``: ``post("STOP", number, to=sender)``."""
    client = create_app(svc.settings, svc).test_client()

    def post(body: str, number: str, *, to: str) -> None:
        form = inbound_form(body, number, to)
        url = BASE_URL + "/webhooks/twilio/sms"
        response = client.post("/webhooks/twilio/sms", data=form,
                               headers={"X-Twilio-Signature": sign(url, form)})
        assert response.status_code == 200

    return post


def snapshot(svc):
    out = []
    for number in NUMBERS:
        for sender in SENDERS:
            found = svc.suppressions.lookup(number, sender)
            out.append((number, sender, found.suppressed, found.scope, found.since, found.source))
    return out, svc.suppressions.check_many(NUMBERS, OUR_NUMBER)


def test_trim_and_compaction_change_no_answer(sharded):
    svc, archive = sharded
    post = texter(svc)
    for i, number in enumerate(NUMBERS):
        post(["STOP", "STOPALL", "STOP"][i % 3], number, to=OUR_NUMBER)
        if i % 4 == 0:
            post("START", number, to=OUR_NUMBER)  # an exception or a plain re-subscribe
        if i % 5 == 0:
            post("STOP", number, to="+18005550199")
    svc.suppressions.apply_numbers(NUMBERS)
    assert {e["shard"] for e in svc.ledger.scan()} == set(range(16))
    before, flags = snapshot(svc)
    history_before = {n: full_history(svc.ledger, archive, n) for n in NUMBERS[:10]}
    entries_before = sum(len(svc.ledger.history_entries(n).split()) for n in NUMBERS)

    run = archive_now(archive, svc.ledger, hot_days=0)
    assert run.as_dict()["copied"] == archive.count() == run.as_dict()["trimmed"]
    assert list(svc.ledger.scan()) == []  # every event left Redis for the archive
    entries_after = sum(len(svc.ledger.history_entries(n).split()) for n in NUMBERS)
    assert entries_after < entries_before  # compacted to what the fold needs

    assert snapshot(svc) == (before, flags)
    after = {n: full_history(svc.ledger, archive, n) for n in NUMBERS[:10]}
    assert all(len(e.pop("hash")) == 64 for events in after.values() for e in events)
    assert after == history_before
    for number in NUMBERS:
        assert fold(svc.ledger.history_entries(number)).projection() != "" or \
            not svc.suppressions.lookup(number).suppressed
    report = rebuild(svc.connections.store, svc.ledger, svc.suppressions, archive=archive,
                     fix=False)
    assert not report.history_differences and not report.projection_differences

    # A number whose history straddles the trim: old events archived, a new one in Redis.
    post("START", NUMBERS[1], to=OUR_NUMBER)
    svc.suppressions.apply_numbers([NUMBERS[1]])
    assert not svc.suppressions.lookup(NUMBERS[1], OUR_NUMBER).suppressed
    events = full_history(svc.ledger, archive, NUMBERS[1])
    assert [e["kind"] for e in events][-1] == "opt_in" and len(events) >= 2
    report = rebuild(svc.connections.store, svc.ledger, svc.suppressions, archive=archive,
                     fix=False)
    assert not report.history_differences and not report.projection_differences
