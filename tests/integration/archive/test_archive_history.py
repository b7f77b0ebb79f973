"""Readers see no difference: a number whose history straddles the trim reads the same,
through the history API, the report, the console lookup, the sender report, export and
rebuild, before and after the trim."""

from __future__ import annotations

import copy
import time

import pytest

from app.archive import copy_new_events, full_history, trim_archived
from app.archive.store import split_id
from tests.helpers import API_KEY, console_login

AUTH = {"Authorization": f"Bearer {API_KEY}"}
TEXTER = "+16175550123"
OTHER = "+16175550199"


@pytest.fixture
def api_put(client):
    def put(number, body):
        response = client.put(f"/v1/suppressions/{number}", json=body, headers=AUTH)
        assert response.status_code == 200, response.get_data(as_text=True)
        return response.get_json()

    return put


def _history(client, number=TEXTER):
    response = client.get(f"/v1/suppressions/{number}/history", headers=AUTH)
    assert response.status_code == 200, response.get_data(as_text=True)
    return response.get_json()


def _unsealed(body):
    """A copy of ``body`` without what archiving adds: each event's hash, the seal, the count
    of events not archived yet."""
    body = copy.deepcopy(body)
    body.pop("seal", None)
    body.get("summary", {}).pop("unarchived_events", None)
    for event in body["events"]:
        event.pop("hash", None)
    return body


def _report(client, number=TEXTER):
    body = client.get(f"/v1/suppressions/{number}/report?format=json", headers=AUTH).get_json()
    body.pop("generated_at")
    return body


def test_history_straddling_the_trim_reads_the_same(services, client, sms, run_jobs, archive,
                                                    api_put):
    sms("STOP", sender=TEXTER)
    sms("START", sender=TEXTER)
    sms("STOP", sender=OTHER)
    time.sleep(0.005)  # the trim's cutoff falls between two milliseconds
    cold = services.ledger.history(OTHER)[-1]["id"]
    time.sleep(0.005)
    api_put(TEXTER, {"source": "email", "note": "asked by email, ticket 4411"})
    sms("Please stop texting me", sender=TEXTER)
    run_jobs()
    before, report_before = _history(client), _report(client)
    assert [e["kind"] for e in before["events"]] == ["opt_out", "opt_in", "opt_out", "opt_out"]

    source = services.ledger
    copy_new_events(archive, source)
    trimmed = trim_archived(archive, source, hot_days=0, now_ms=split_id(cold)[0])
    assert trimmed == {0: 3}  # both of TEXTER's first events and OTHER's
    redis_only = services.ledger.history(TEXTER)
    assert [e["id"] for e in redis_only] == [e["id"] for e in before["events"][2:]]

    after = _history(client)
    assert all(len(e["hash"]) == 64 for e in after["events"])  # archived: sealed
    assert _unsealed(after) == before
    assert _unsealed(_report(client)) == _unsealed(report_before)
    assert _history(client, OTHER)["events"][0]["kind"] == "opt_out"
    # Everything trimmed, the answer is still the same.
    trim_archived(archive, source, hot_days=0)
    assert services.ledger.history(TEXTER) == []
    assert _history(client) == after


def test_history_without_an_archive_is_redis_alone(services, client, sms, tmp_path):
    services.settings.archive_url = f"sqlite:///{tmp_path / 'absent' / 'archive.sqlite3'}"
    sms("STOP", sender=TEXTER)
    events = _history(client)["events"]
    assert [e["kind"] for e in events] == ["opt_out"] and events[0]["shard"] == 0
    assert not (tmp_path / "absent").exists()  # reading never creates the archive


def test_full_history_dedupes_by_shard_and_id(services, sms, archive):
    sms("STOP", sender=TEXTER)
    copy_new_events(archive, services.ledger)
    merged = full_history(services.ledger, archive, TEXTER)
    assert len(merged) == 1 and merged[0]["shard"] == 0
    assert merged[0] == archive.events_of(TEXTER)[0]


def test_history_answers_503_when_the_archive_is_down(services, client, sms):
    services.settings.archive_url = "postgresql://nobody@127.0.0.1:1/none"
    sms("STOP", sender=TEXTER)
    response = client.get(f"/v1/suppressions/{TEXTER}/history", headers=AUTH)
    assert response.status_code == 503
    assert response.get_json()["error"]["code"] == "archive_unavailable"


def test_every_reader_agrees_across_a_trim(services, client, sms, run_jobs, archive, api_put,
                                           archive_url, cli, monkeypatch):
    from config import get_settings

    monkeypatch.setenv("ARCHIVE_URL", archive_url)  # the commands read the same archive
    get_settings.cache_clear()
    console_login(client)
    sms("Please stop texting me, this is my work phone", sender=TEXTER)
    api_put(TEXTER, {"source": "email", "note": "asked by email, ticket 4411",
                     "sender": "12345"})
    sms("STOPALL", sender=OTHER)
    sms("START", sender=OTHER)  # an exception under the global opt-out
    run_jobs()

    def readers() -> dict[str, object]:
        page = client.get(f"/ops/numbers?q={TEXTER}").get_data(as_text=True)
        rebuilt = cli("rebuild", "--check")
        return {
            "history": _unsealed(_history(client)),
            "report": _unsealed(_report(client)),
            "lookup": page[page.index('data-testid="history"'):page.index("</table>",
                                                                         page.index('data-testid="history"'))],
            "senders": client.get("/ops/senders?format=csv").get_data(as_text=True),
            "export": cli("export").stdout,
            # the counts, not the seconds it took
            "rebuild": (rebuilt.exit_code,
                        rebuilt.stdout.split(";", 1)[1].rsplit(" in ", 1)[0]),
        }

    before = readers()
    assert "this is my work phone" in str(before["lookup"])
    assert "ticket 4411" in str(before["lookup"]) and "ticket 4411" in str(before["export"])
    assert before["rebuild"][0] == 0
    assert str(before["senders"]).count("opt_out") == 3 and "opt_in" in str(before["senders"])
    copy_new_events(archive, services.ledger)
    assert sum(trim_archived(archive, services.ledger, hot_days=0).values()) == 4
    assert services.ledger.history(TEXTER) == []
    assert readers() == before
