"""A phone number written out in a message: to the rules it is "this number" ("remove
555-123-4567 from your list" is an opt-out, "remove 2 from my order" is not), and an opt-in
that gives one ("my new number is ..., send the reminders there") is read at a lower bar."""

from __future__ import annotations

import pytest

from app.keywords import KeywordClassifier
from app.keywords.engine import phone_numbers
from app.keywords.normalize import normalize

ENGINE = KeywordClassifier()


@pytest.mark.parametrize("body", [
    "Please remove 555-123-4567 from your list",
    "take 0612 345 678 off your list please",
    "Remove +1 (312) 555-0198 from your texts, it's my son's phone",
])
def test_a_phone_number_removed_from_the_list_is_an_opt_out(body):
    got = ENGINE.classify(body)
    assert (got.intent, got.review) == ("opt_out", False), got


@pytest.mark.parametrize("body", [
    "I have a new number 555 301 7742, please send my appointment reminders there",
    "Hallo, neue Nummer: 0171 5539284. Erinnerungen bitte dorthin.",
    "Mon nouveau numéro est le 06 12 34 56 78, envoyez-moi les rappels dessus svp",
])
def test_an_opt_in_that_gives_a_new_number_is_an_opt_in(body):
    assert ENGINE.classify(body).intent == "opt_in"


@pytest.mark.parametrize("body, intent", [
    ("my new number is 0612345678, no more promos there please", "opt_out"),
    ("ye mera naya number hai 9876543210, isme msg mat bhejna", "opt_out"),
    ("Call me at 98765 43210 when you reach", "none"),
    ("please remove 2 from my order", "none"),
])
def test_a_number_changes_nothing_else(body, intent):
    assert ENGINE.classify(body).intent == intent


def test_seven_digits_in_a_row_of_number_words_in_one_clause_make_a_phone_number():
    def spans(body: str) -> list[tuple[int, int]]:
        norm = normalize(body)
        return phone_numbers(norm.tokens, norm.clauses)

    assert spans("call 555-301-7742") == [(1, 4)]
    assert spans("9876543210") == [(0, 1)]
    assert spans("remove 2 from my order") == []
    assert spans("room 123 and 4567") == []  # a word between: two numbers
    assert spans("items 1, 2, 3, 4, 5, 6, 7") == []  # a list, one number a clause
