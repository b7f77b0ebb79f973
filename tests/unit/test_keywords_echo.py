"""A request asked back and answered ("Stop? No, keep them coming") is not a request: it goes
to a person, whichever half of the engine read it, unless the answer is an opt-out itself."""

from __future__ import annotations

import pytest

from app.keywords import KeywordClassifier
from app.keywords.guards import echoed

ENGINE = KeywordClassifier()


@pytest.mark.parametrize("body", [
    "Stop? No, keep them coming!",
    "Unsubscribe from what? I love these deals",
    "STOP?? nope, the coupons are great",
    "¿Darme de baja de qué? Me encantan estas ofertas",
    "Parar? Não, podem continuar mandando!",
    "退订？不不不，继续发，优惠很好",
    "he? afmelden? nee joh, ik wil ze juist houden",
    "STOP? jangan dong, promonya bagus",
    "unsubscribe? arre nahi yaar, offers mast hain",
    "unsubscribe kisse? mujhe ye offers pasand hain",
    # "Never" answers, and "why?" asks what the request would mean.
    "Unsubscribe? Never! The deals are too good",
    "Відписатися? Та ніколи, у вас найкращі знижки",
    "unsubscribe kyon? mujhe ye deals pasand hain",
])
def test_an_echoed_request_goes_to_a_person(body):
    got = ENGINE.classify(body)
    assert (got.intent, got.review) == ("none", True), got


def test_an_echo_the_rules_leave_to_the_model_is_never_an_opt_out_decided_alone():
    # Rules silent ("Стоп?" with more after it): the model reads it; an opt-out reading of an
    # echo would go to a person, a "none" reading stands.
    got = ENGINE.classify("Стоп? Нет-нет, присылайте дальше!")
    assert got.intent == "none"
    assert got.review or got.model_intent != "opt_out"


def test_an_echoed_request_is_suppressed_meanwhile_under_the_suppress_policy():
    got = KeywordClassifier(ambiguous_policy="suppress").classify("Stop? No, keep them coming!")
    assert (got.intent, got.review) == ("opt_out", True)


@pytest.mark.parametrize("body", [
    "STOP?",  # a question alone is still a STOP
    "STOP? I never signed up for this",  # not a refusal after it
    "Stop? No more texts please",  # the answer is an opt-out itself
    "Can you stop? I said stop twice already",
    "Stop? Ne m'envoyez plus rien",  # a refusal that is itself a request
    "Stop? nahi chahiye ye msgs, band karo",
    "Stop? Never text me again",  # "never" begins a request here
])
def test_an_opt_out_after_the_question_stays_an_opt_out(body):
    got = ENGINE.classify(body)
    assert (got.intent, got.review) == ("opt_out", False), got


def test_echo_reads_only_a_short_first_question():
    assert echoed("Stop? No, keep them coming") == "No, keep them coming"
    assert echoed("Why do you keep texting me after I asked you to stop? No more.") is None
    assert echoed("stop no keep them coming") is None
    assert echoed("?" * 5000 + " no") is None


@pytest.mark.parametrize("body", [
    "Skąd macie mój numer? Nigdy więcej do mnie nie piszcie.",
    "Откуда у вас мой номер? Больше никогда не пишите.",
])
def test_a_question_answered_by_an_opt_out_the_model_decides_stays_one(body):
    # "Where did you get my number? Never write to me again": the answer alone reads as an
    # opt-out to the model that decided the whole, so it is not an echo answered "no".
    got = ENGINE.classify(body)
    assert (got.intent, got.review, got.decided_by) == ("opt_out", False, "model"), got


def test_an_echo_the_model_reads_as_answered_no_still_goes_to_a_person():
    got = ENGINE.classify("Sair da lista? Nada disso, continuem mandando!")
    assert not (got.intent == "opt_out" and not got.review), got


def test_a_help_question_followed_by_an_english_opt_out_goes_to_a_person_not_to_help():
    # "Who gave you my number?" is a HELP question to the rules; what follows is the request
    # that matters. In English a confident model opt-out below near-certainty is a person's.
    got = ENGINE.classify("Who gave you my number? Delete it.")
    assert got.intent != "help" and got.review, got
