"""Compaction of a history whose oldest events were archived and trimmed: the compacted
history folds to the same state and rulings, is never longer, and compacting in two steps
equals compacting once (so rebuild can recompute it from the archive and the ledger)."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from app.consent.history import compact, fold

CODE_SETS = [frozenset(), frozenset({"1"}), frozenset({"2", "3"}), frozenset({"9"})]
LETTER_SETS = ["mit", "m", "i", "t"]
SUFFIXES = ["", "", "#m", "#i", "#mi", "#it"]


def history(rng: random.Random, size: int) -> list[str]:
    """Opt-outs and opt-ins with and without categories, pending consents confirmed or
    expired, retractions whole or of some categories."""
    entries: list[str] = []
    for i in range(1, size + 1):
        kind = rng.choice("OOIIPYEUDRX")
        code = ""
        pendings = [e.split("|")[0] for e in entries if "|P" in e]
        if kind == "X":
            opt_outs = [e.split("|")[0] for e in entries if "|O" in e]
            kind, code = ("X", rng.choice(opt_outs) + rng.choice(["", "#i"])) if opt_outs \
                else ("R", "")
        elif kind in "YE":
            kind, code = (kind, rng.choice(pendings)) if pendings else ("R", "")
        elif kind in "OI":
            code = rng.choice(["*", "1", "2", "3"]) + rng.choice(SUFFIXES)
        elif kind == "P":
            code = rng.choice(["1", "2", "3"]) + rng.choice(SUFFIXES)
        entries.append(f"{1_700_000_000_000 + i}-{rng.randint(0, 2)}|{kind}{code}")
    return entries


def gone_upto(entries: list[str], cut: int) -> set[str]:
    return {e.split("|")[0] for e in entries[:cut]}


def retracts_trimmed(entries: list[str], cut: int, gone: set[str]) -> bool:
    """A retraction, still in Redis, of an opt-out already trimmed: the documented limit
    (reviews are decided within days; events are trimmed after LEDGER_HOT_DAYS)."""
    return any(e.split("|X")[1].split("#")[0] in gone for e in entries[cut:] if "|X" in e)


@settings(max_examples=400)
@given(st.randoms(use_true_random=False), st.integers(1, 16), st.data())
def test_compaction_is_faithful_canonical_and_never_longer(rng, size, data):
    entries = history(rng, size)
    first = data.draw(st.integers(0, size))
    second = data.draw(st.integers(first, size))
    g1, g2 = gone_upto(entries, first), gone_upto(entries, second)
    if retracts_trimmed(entries, first, g1) or retracts_trimmed(entries, second, g2):
        return
    whole = " ".join(entries)
    once = compact(whole, g2)
    assert len(once.split()) <= len(entries)
    assert fold(once).projection() == fold(whole).projection()
    for codes in CODE_SETS:
        for letters in LETTER_SETS:
            assert fold(once).ruling(codes, letters) == fold(whole).ruling(codes, letters)
    assert compact(compact(whole, g1), g2) == once  # trimmed in two runs, or in one
    assert compact(once, g2) == once
