"""The keyword engine's cost is linear in the message: every message of up to 1,600
characters, however built, takes at most a constant number of steps per character.

``KeywordClassifier.measure`` counts the engine's elementary steps (tokens visited, trie
states stepped, dictionary look-ups, characters passed over by single-pass string functions),
so the bound is checked by counting, not by a stopwatch."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.keywords import KeywordClassifier

ENGINE = KeywordClassifier()
# Steps allowed per character of the message (plus a constant for tiny messages). Ordinary
# messages take 4-15; the adversarial shapes below stay well under this.
STEPS_PER_CHAR = 40
CONSTANT = 400

PIECES = ["s t o p ", "stop ", "S.T.O.P.", "stooooop", "dont ", "please ", "stop texting me ",
          "one more stop ", "unsubscribe", "u n s u b ", "退订", "停止发送", "ストップ", "配信停止",
          "😀", "\u200b", "ЅТОР ", "no más ", "arrêtez de m'envoyer ", "a ", "yes ", "lol ",
          "take me off your list ", "wrong number ", ". ", ", ", "\n", "x" * 50, "ﷺ", "ﷺ" * 3]


def _within_budget(body: str) -> None:
    got, steps = ENGINE.measure(body)
    assert steps <= STEPS_PER_CHAR * len(body) + CONSTANT, (len(body), steps, body[:80])
    assert got.intent in ("opt_out", "opt_in", "help", "none")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=400).map(lambda parts: "".join(parts)[:1600]))
def test_steps_are_linear_in_length_for_keyword_shaped_text(body):
    _within_budget(body)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=1600))
def test_steps_are_linear_in_length_for_any_text(body):
    _within_budget(body)


def test_the_known_worst_shapes_at_1600_characters():
    for body in ("s t o p " * 200, "stop " * 320, "a" * 1600, "stop" * 400, "😀" * 1600,
                 "退订" * 800, "S.T.O.P." * 200, "don't stop texting me " * 72,
                 "ЅТОР " * 320, "x " * 800, "ﷺ" * 1600, "when i end i msg, " * 88,
                 "u n s u b s c r i b e " * 72):
        _within_budget(body[:1600])


def test_counting_follows_the_work():
    # A 16 times longer message costs about 16 times the steps, never its square.
    _, short = ENGINE.measure("s t o p " * 12)
    _, long = ENGINE.measure("s t o p " * 192)
    assert long < 20 * short
