"""The answers to the clarifying question and a double opt-in's YES, in every language the
engine answers in: each language's question names words that read as its answers, and none
of those words is an opt-out, opt-in or HELP to the keyword engine."""

from __future__ import annotations

import pytest

from app.keywords import KeywordClassifier
from app.keywords.languages import ALL
from app.keywords.lexicon import ENGLISH_ALL, ENGLISH_MARKETING
from app.messaging.clarify import (
    clarification_answer,
    named_categories,
    yes_language,
)
from app.messaging.replies import ReplyBook

CLASSIFIER = KeywordClassifier()


@pytest.mark.parametrize("rules", ALL, ids=lambda r: r.code)
def test_every_language_asks_with_words_that_read_as_answers(rules):
    question = ReplyBook("Zq", "x").text("opt_out_clarify", rules.code)
    assert "MKT" in question and "Zq" in question
    assert rules.clarify_marketing and rules.clarify_all
    for word in rules.clarify_marketing:
        assert clarification_answer(word) == ("marketing", clarification_answer(word)[1])
    for word in rules.clarify_all:
        assert clarification_answer(word.upper())[0] == "all"
    # The question names an ALL word of its own language (or ALL itself).
    assert "ALL" in question or any(w.upper() in question.upper() for w in rules.clarify_all)


@pytest.mark.parametrize("word", [*ENGLISH_MARKETING, *ENGLISH_ALL,
                                  *(w for r in ALL for w in r.clarify_marketing + r.clarify_all)])
def test_no_answer_is_a_keyword(word):
    found = CLASSIFIER.classify(word)
    assert found.intent == "none" and not found.review, (word, found)


@pytest.mark.parametrize(("body", "answer"), [
    ("MKT", "marketing"), ("  mkt ", "marketing"), ("Mkt!", "marketing"), ("ALL", "all"),
    ("全部", "all"), ("tất cả", "all"), ("Всё", "all"), ("offers", "marketing"),
    ("all of them", "all"), ("mkt please stop", None), ("I want it all", None), ("", None),
])
def test_only_a_whole_short_answer_counts(body, answer):
    found = clarification_answer(body)
    assert (found[0] if found else None) == answer


@pytest.mark.parametrize(("body", "language"), [
    ("YES", "en"), ("yes please", "en"), ("Sí", "es"), ("oui", "fr"), ("はい", "ja"),
    ("Yes, thanks!", "en"), ("yes but not on Sundays", None), ("yes stop", None),
    ("no", None), ("yes yes", None),
])
def test_a_yes_in_any_language(body, language):
    assert yes_language(body) == language


def test_words_that_name_exempt_categories():
    assert named_categories("stop the codes too") == {"transactional"}
    assert named_categories("no more appointment reminders") == {"informational"}
    assert named_categories("STOP") == frozenset()
