"""What a history of consent events means: scopes, exceptions, retractions, undeliverable.

Runs the Lua fold on a real Redis through the public domain objects."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from app.consent.events import ConsentEvent, Kind
from app.consent.history import PENDING_CONFIRMATION, SUPPRESSED, fold, value_flags
from app.store.store import Script

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


# -- the Python fold and the Lua fold agree (hypothesis) -----------------------------------

SENDER_CODES = ("1", "2", "3", "10")
# Code sets a check stands for: empty is the cautious any-sender check; "99" is no one's.
CODE_SETS = (frozenset(), frozenset({"1"}), frozenset({"2", "10"}),
             frozenset({"1", "2", "3", "10"}), frozenset({"99"}))
# Category letters a check asks about: every category (the cautious check), or one.
LETTER_SETS = ("mit", "m", "i", "t")
CATEGORY_SUFFIXES = ("", "", "#m", "#i", "#t", "#mi", "#it", "#mt")


@st.composite
def histories(draw: st.DrawFn) -> str:
    """A history string: strictly increasing ids (ms crossing digit counts, so a string
    comparison of ids would be caught), kinds O I P Y E U D R X C, codes with and without
    categories, retractions (whole or of some categories) of earlier opt-outs, and
    confirmations and expiries of earlier pending consents."""
    ms, seq = draw(st.integers(1, 12)), draw(st.integers(0, 11))
    entries: list[str] = []
    opt_outs: list[str] = []
    pendings: list[str] = []
    for _ in range(draw(st.integers(0, 16))):
        if draw(st.booleans()):
            ms, seq = ms + draw(st.integers(1, 95)), 0
        else:
            seq += draw(st.integers(1, 9))
        ledger_id = f"{ms}-{seq}"
        kind = draw(st.sampled_from("OOOIIPYEUDRXC"))
        suffix = draw(st.sampled_from(CATEGORY_SUFFIXES))
        if kind == "X" and opt_outs:
            code = draw(st.sampled_from(opt_outs)) + draw(st.sampled_from(("", "#i", "#it")))
        elif kind in "YE" and pendings:
            code = draw(st.sampled_from(pendings))
        elif kind == "P":
            code = draw(st.sampled_from(SENDER_CODES)) + suffix
            pendings.append(ledger_id)
        else:
            kind = "R" if kind in "XYE" else kind
            code = draw(st.sampled_from(("*", *SENDER_CODES))) + suffix
        if kind == "O":
            opt_outs.append(ledger_id)
        entries.append(f"{ledger_id}|{kind}{code}")
        if kind == "O" and draw(st.integers(0, 5)) == 0:  # an event of two entries
            entries.append(f"{ledger_id}|O*#m")
    return " ".join(entries)


def python_fold(history: str, codes: frozenset[str], letters: str) -> tuple[str, str]:
    """(projection, "scope|ruling id|letter|p") as fold_many.lua answers them."""
    state = fold(history)
    ruled = state.ruling(codes, letters)
    return state.projection(), (f"{ruled.scope or ''}|{ruled.ledger_id or ''}|"
                                f"{ruled.letter or ''}|{'p' if ruled.pending else ''}")


@hypothesis_settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(batch=st.lists(histories(), min_size=1, max_size=30))
def test_python_and_lua_folds_agree(services, batch):
    script = Script.named("fold_many")
    checks = [(codes, letters) for codes in CODE_SETS for letters in LETTER_SETS]
    calls = [(script, [], [",".join(sorted(codes)) + ";" + letters, *batch])
             for codes, letters in checks]
    replies = services.connections.store.run(0, calls)
    for (codes, letters), reply in zip(checks, replies, strict=True):
        lua = list(zip(reply[::2], reply[1::2], strict=True))
        for history, (projection, ruled) in zip(batch, lua, strict=True):
            assert python_fold(history, codes, letters) == (projection, ruled), (
                history, codes, letters)
            flags = value_flags(projection, codes, letters)
            suppressed = bool(flags & SUPPRESSED)
            waiting = bool(flags & PENDING_CONFIRMATION)
            assert suppressed == (ruled.split("|")[0] != "" and not ruled.endswith("p")), (
                history, codes, letters, projection)
            assert waiting == ruled.endswith("p"), (history, codes, letters, projection)
