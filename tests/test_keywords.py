"""The keyword engine: the labelled corpus, the examples users care about, and properties."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.keywords import KeywordClassifier
from app.keywords.evaluate import evaluate, load_corpus

DATA = Path(__file__).parent / "data"
CORPUS = load_corpus((DATA / "keywords.jsonl").read_text(encoding="utf-8").splitlines())
HOLDOUT = load_corpus((DATA / "keywords_holdout.jsonl").read_text(encoding="utf-8").splitlines())
ENGINE = KeywordClassifier()


@pytest.mark.parametrize("row", CORPUS, ids=[repr(r["body"])[:40] for r in CORPUS])
def test_corpus(row):
    got = ENGINE.classify(str(row["body"]))
    assert got.intent == row["intent"], got
    assert got.review == bool(row.get("review")), got
    if "scope" in row and got.intent == "opt_out":
        assert got.scope == row["scope"], got
    if "language" in row:
        assert got.language == row["language"], got


def test_corpus_is_large_and_varied():
    assert len(CORPUS) >= 300
    intents = {row["intent"] for row in CORPUS}
    assert intents == {"opt_out", "opt_in", "help", "none"}
    assert {row.get("language") for row in CORPUS} >= {"en", "es", "fr"}


def test_holdout_meets_the_goals():
    # Messages written after the rules, to measure rather than to tune.
    result = evaluate(ENGINE, HOLDOUT)
    assert result.recall("opt_out") >= 0.99
    assert result.ordinary_flagged / result.ordinary <= 1 / 50
    assert result.precision("opt_in") == 1.0  # a false opt-in texts someone who said no


@pytest.mark.parametrize("body,intent,scope", [
    ("STOP", "opt_out", "sender"), ("STOPALL", "opt_out", "all"), ("stop all", "opt_out", "all"),
    ("please stop texting me", "opt_out", "sender"), ("take me off your list", "opt_out", "sender"),
    ("I don't want these texts anymore", "opt_out", "sender"),
    ("remove my number", "opt_out", "sender"), ("I revoke my consent", "opt_out", "sender"),
    ("STOP 12345", "opt_out", "sender"), ("STOP MiniLuxe", "opt_out", "sender"),
    ("Stop\n\nSent from my iPhone", "opt_out", "sender"), ("STOP STOP", "opt_out", "sender"),
    ("ＳＴＯＰ", "opt_out", "sender"), ("S\u200bT\u200bO\u200bP", "opt_out", "sender"),
    ("ST0P", "opt_out", "sender"), ("REMOVE", "opt_out", "sender"), ("OPT-OUT", "opt_out", "sender"),
    ("ARRET", "opt_out", "sender"), ("ARRÊT", "opt_out", "sender"), ("TD", "opt_out", "sender"),
    ("PARAR", "opt_out", "sender"), ("BAJA", "opt_out", "sender"), ("CANCELAR", "opt_out", "sender"),
    ("ALTO", "opt_out", "sender"), ("START", "opt_in", "sender"), ("UNSTOP", "opt_in", "sender"),
    ("YES", "opt_in", "sender"), ("HELP", "help", None), ("INFO", "help", None),
    ("AYUDA", "help", None), ("AIDE", "help", None),
])
def test_keywords_from_the_contract(body, intent, scope):
    got = ENGINE.classify(body)
    assert (got.intent, got.scope, got.review) == (intent, scope, False)
    assert got.matched


@pytest.mark.parametrize("body", ["Can you stop by at 5?", "Don't stop!", "When does the sale end?",
                                  "I need help with my appointment", "Yes I'll be there at 3",
                                  "Stopwatch", "START TIME?"])
def test_ordinary_conversation_is_not_a_keyword(body):
    got = ENGINE.classify(body)
    assert got.intent == "none" and not got.review


def test_unsure_messages_go_to_review_or_suppress_by_policy():
    body = "I'd like to cancel my appointment"
    reviewed = KeywordClassifier(ambiguous_policy="review").classify(body)
    assert (reviewed.intent, reviewed.review) == ("none", True)
    suppressed = KeywordClassifier(ambiguous_policy="suppress").classify(body)
    assert (suppressed.intent, suppressed.scope, suppressed.review) == ("opt_out", "sender", True)


def test_language_is_detected_for_replies():
    assert ENGINE.classify("no me envíen más mensajes").language == "es"
    assert ENGINE.classify("arrêtez de m'envoyer des messages").language == "fr"
    assert ENGINE.classify("please stop").language == "en"


def test_custom_keywords_per_sender():
    engine = KeywordClassifier({"+18005550100": {"opt_out": ["NOMORE"], "opt_in": ["BACKIN"]},
                                "*": {"help": ["HALP"]}})
    assert engine.classify("nomore!", senders=["+18005550100"]).intent == "opt_out"
    assert engine.classify("NOMORE", senders=["+18005550199"]).intent == "none"
    assert engine.classify("BACKIN", senders=["MGx", "+18005550100"]).intent == "opt_in"
    assert engine.classify("HALP", senders=["+18005550199"]).intent == "help"
    assert engine.classify("STOP", senders=["+18005550100"]).intent == "opt_out"


def test_custom_keyword_intent_must_be_known():
    with pytest.raises(ValueError, match="intent"):
        KeywordClassifier({"*": {"unsubscribe": ["X"]}})


def test_every_result_explains_itself():
    for body in ("STOP", "please stop texting me", "unsubcsribe", "What is this? Stop"):
        got = ENGINE.classify(body)
        assert got.intent == "opt_out" and got.matched and 0 < got.confidence <= 1


# -- properties ---------------------------------------------------------------------------

KEYWORDS = {"stop": "opt_out", "unsubscribe": "opt_out", "stopall": "opt_out",
            "arret": "opt_out", "parar": "opt_out", "start": "opt_in", "unstop": "opt_in",
            "help": "help", "ayuda": "help", "revoke": "opt_out", "optout": "opt_out"}
PADDING = st.text(alphabet=" \t\n.,!?;:'\"“”‘’()[]-_*~…\u200b\u200c\u200d\ufeff\u00a0\u3000😀🛑🙏👍😡",
                  max_size=6)


@st.composite
def dressed_keyword(draw):
    word = draw(st.sampled_from(sorted(KEYWORDS)))
    cased = "".join(ch.upper() if draw(st.booleans()) else ch for ch in word)
    if draw(st.booleans()):
        cased = "".join(chr(ord(ch) + 0xFEE0) for ch in cased)  # full-width
    return word, draw(PADDING) + cased + draw(PADDING)


@settings(max_examples=400)
@given(dressed_keyword())
def test_any_casing_padding_or_punctuation_keeps_the_intent(case):
    word, body = case
    got = ENGINE.classify(body)
    assert got.intent == KEYWORDS[word], (body, got)
    assert not got.review


@settings(max_examples=500)
@given(st.text(max_size=300))
def test_arbitrary_unicode_never_raises(body):
    got = ENGINE.classify(body)
    assert got.intent in ("opt_out", "opt_in", "help", "none")
    assert got.scope in (None, "sender", "all")
    json.dumps(got.as_dict())


def test_only_opt_outs_count_sentence_by_sentence():
    # "Stop. ..." is an opt-out; "Yes. ..." is not a resubscription.
    assert ENGINE.classify("Please stop. I never gave you this number").intent == "opt_out"
    assert ENGINE.classify("Yes. I'll be there at 3").intent == "none"
    assert ENGINE.classify("START. What time is my appointment?").intent == "none"
