"""The send log, reassigned marks and erasure on a Redis Cluster as on one Redis: their
scripts touch one shard's slot only (Redis 7 checks it for scripts with #!lua)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.consent.events import ConsentEvent, Kind
from app.lists.send_log import Send

BOTH_STORES = True
NUMBERS = [f"+1405555{i:04d}" for i in range(40)]  # Oklahoma: a cap of 3 a subject


def test_caps_count_sends_on_every_shard(services):
    now = datetime.now(UTC)
    log = services.send_policy.log
    log.record([Send(n, "promo", now - timedelta(minutes=m)) for n in NUMBERS[:20]
                for m in (10, 20, 30)], now)
    log.record([Send(n, "promo", now - timedelta(minutes=5)) for n in NUMBERS[20:]], now)
    assert sorted(log.recent(NUMBERS, now)) == list(range(20))  # marked: texted 3 times
    assert {len(s) for s in log.recent(NUMBERS, now).values()} == {3}


def test_erasure_and_reassigned_marks_on_every_shard(services, run_jobs):
    for number in NUMBERS[:10]:
        services.ledger.record(ConsentEvent(kind=Kind.OPT_OUT, number=number, source="email",
                                            scope="all", note="by letter"))
    services.ledger.record_many([ConsentEvent(kind=Kind.RND, number=n, source="rnd",
                                              scope="all", answer="yes") for n in NUMBERS[10:20]])
    run_jobs()
    for number in NUMBERS[:5] + NUMBERS[10:15] + NUMBERS[30:35]:
        services.ledger.erase(number, source="api", recorded_by="test")
    flags = services.suppressions.check_many(NUMBERS, None)
    assert flags[:10] == [1] * 10  # erased or opted out
    assert flags[10:15] == [1] * 5 and flags[15:20] == [32] * 5  # erased; reassigned
    assert flags[20:30] == [0] * 10 and flags[30:35] == [1] * 5 and flags[35:] == [0] * 5
    assert all(services.suppressions.lookup(n).suppressed for n in NUMBERS[30:35])
    assert services.ledger.history(NUMBERS[0]) == []
