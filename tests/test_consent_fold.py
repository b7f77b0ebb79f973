"""What a history of consent events means: scopes, exceptions, retractions, undeliverable.

Runs the Lua fold on a real Redis through the public domain objects."""

from __future__ import annotations

import pytest

from app.ledger import ConsentEvent, Kind

N = "+16175550123"
A, B = "+18005550100", "+18005550199"


@pytest.fixture
def record(services):
    def add(kind: Kind, sender: str | None = A, scope: str = "sender", source: str = "sms",
            **extra):
        event = ConsentEvent(kind=kind, number=N, source=source, scope=scope,
                             sender=sender if scope == "sender" else None, **extra)
        return services.ledger.record(event)

    return add


@pytest.fixture
def state(services, run_jobs):
    def read(sender: str | None) -> tuple[bool, bool]:
        run_jobs()
        lookup = services.suppressions.lookup(N, sender)
        flags = services.suppressions.check_many([N], sender)
        assert bool(flags[0] & 1) == lookup.suppressed  # both views agree once applied
        return lookup.suppressed, lookup.undeliverable

    return read


def test_global_opt_out_then_sender_opt_in_leaves_others_suppressed(record, state):
    record(Kind.OPT_OUT, scope="all")
    record(Kind.OPT_IN, sender=A)
    assert state(A) == (False, False)
    assert state(B) == (True, False)
    assert state(None) == (True, False)  # without a sender, any opt-out counts


def test_new_global_opt_out_cancels_earlier_exceptions(record, state):
    record(Kind.OPT_OUT, scope="all")
    record(Kind.OPT_IN, sender=A)
    record(Kind.OPT_OUT, scope="all")
    assert state(A) == (True, False)


def test_global_opt_in_clears_everything(record, state):
    record(Kind.OPT_OUT, sender=A)
    record(Kind.OPT_OUT, scope="all")
    record(Kind.OPT_IN, scope="all", source="manual", note="consent form 12")
    assert state(A) == (False, False) and state(None) == (False, False)


def test_since_is_the_start_of_the_current_opt_out(record, services):
    first = record(Kind.OPT_OUT, sender=A)
    record(Kind.OPT_OUT, sender=A)
    lookup = services.suppressions.lookup(N, A)
    assert lookup.since == services.ledger.history(N)[0]["at"]
    assert first.status == "new"


def test_retracting_a_reviewed_opt_out_keeps_an_earlier_real_one(record, state):
    record(Kind.OPT_OUT, sender=A)
    record(Kind.OPT_IN, sender=A)
    doubtful = record(Kind.OPT_OUT, sender=A)
    record(Kind.RETRACT, target=doubtful.ledger_id, source="review")
    assert state(A) == (False, False)
    record(Kind.OPT_OUT, sender=B)
    other = record(Kind.OPT_OUT, sender=A)
    record(Kind.RETRACT, target=other.ledger_id, source="review")
    assert state(A) == (False, False) and state(B) == (True, False)


def test_undeliverable_is_independent_of_consent(record, state):
    record(Kind.UNDELIVERABLE, source="carrier")
    assert state(A) == (False, True)
    record(Kind.OPT_OUT, sender=A, source="email")  # not from the number: stays flagged
    assert state(A) == (True, True)


def test_repeat_status(record):
    assert record(Kind.OPT_IN, sender=A).status == "repeat"  # nothing to lift
    assert record(Kind.OPT_OUT, sender=A).status == "new"
    assert record(Kind.OPT_OUT, sender=A).status == "repeat"
    assert record(Kind.OPT_OUT, scope="all").status == "new"
    assert record(Kind.OPT_OUT, sender=B).status == "repeat"  # covered by the global one
    assert record(Kind.OPT_IN, sender=B).status == "new"


def test_pending_stopall_is_not_undone_by_an_old_exception(record, services, run_jobs):
    record(Kind.OPT_OUT, scope="all")
    record(Kind.OPT_IN, sender=A)
    run_jobs()  # projection: "*,!<A>"
    record(Kind.OPT_OUT, scope="all")  # pending, not applied
    assert services.suppressions.check_many([N], A) == [1]
