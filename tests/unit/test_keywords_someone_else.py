"""Opt-out words that carry someone else's wish, or another channel's: "my husband said he
unsubscribed, but I want to keep getting them", "no more emails, the texts are fine". The
writer's own words are no opt-out, so a person decides, whichever half of the engine read an
opt-out; where the writer's own words ask for the stop too, the opt-out stands."""

from __future__ import annotations

import pytest

from app.keywords import KeywordClassifier
from app.keywords.guards import own_wish_after_report, texts_apart_from_another_channel
from app.keywords.normalize import normalize

ENGINE = KeywordClassifier()


@pytest.mark.parametrize("body", [
    "Kocam mesajları durdurun dedi ama ben almaya devam etmek istiyorum",
    "আমার স্বামী বলল মেসেজ বন্ধ করতে, কিন্তু আমি পেতে চাই",
    "ਮੇਰੇ ਭਰਾ ਨੇ ਕਿਹਾ ਮੈਸੇਜ ਬੰਦ ਕਰੋ, ਪਰ ਮੈਨੂੰ ਇਹ ਚੰਗੇ ਲੱਗਦੇ ਨੇ",
    "我妈说她把你们的短信退订了，但是我这边还想继续收",
    "我老婆話佢退訂咗，但係我想繼續收",
    # No saying verb: the third person opens the clause as its subject.
    "Meine Frau hat die SMS abbestellt, aber bitte schickt sie weiter an meine Nummer",
])
def test_someone_elses_opt_out_then_the_writers_wish_to_keep_goes_to_a_person(body):
    got = ENGINE.classify(body)
    assert (got.intent, got.review) == ("none", True), got


@pytest.mark.parametrize("body", [
    "ไม่ต้องส่งอีเมลมาแล้วค่ะ แต่ SMS ส่งได้",
    "メールはもう送らないでください。SMSは大丈夫です",
    "Arrêtez les appels svp, les SMS ça va",
    "이메일은 그만 보내주세요. 문자는 괜찮아요",
    "邮件不要再发了，短信可以",
    "No me llamen más al fijo, mejor escríbanme un mensaje",
    "Rufen Sie mich bitte nicht mehr auf dem Festnetz an, SMS sind okay",
    "Tigilan na ang pagtawag sa akin, text na lang",
    "Bel me niet meer op mijn vaste nummer, een sms is prima",
])
def test_another_channel_stopped_and_the_texts_kept_is_never_an_opt_out(body):
    # A person reads it where the model still leans to an opt-out; else the rules' "none".
    got = ENGINE.classify(body)
    assert got.intent == "none" and (got.review or got.decided_by == "rule"), got


@pytest.mark.parametrize("body", [
    "My husband said he signed me up, but I never wanted these. Stop.",
    # The writer's own request between the report and the turn, and thanks after it.
    "He passed away last month. Please remove this number, but thank you for everything",
    "My mom passed away. Please remove this number, but thank you for everything",
    "She is not interested, stop texting her, but thank you",
    "Mi hermana dijo que ustedes le mandan mucho, pero a mí déjenme de escribir ya",
    "Stop calling me. Stop texting me too.",
    "Keine Anrufe mehr. Und keine SMS mehr.",
    "Arrêtez les appels, et arrêtez aussi les SMS",
    "Remove me from everything. SMS, email, post, the lot.",
    "Przestańcie dzwonić i przestańcie wysyłać SMS-y",
])
def test_the_writers_own_request_to_stop_stays_an_opt_out(body):
    got = ENGINE.classify(body)
    assert (got.intent, got.review) == ("opt_out", False), got


def test_under_the_suppress_policy_the_person_decides_while_the_texts_stop():
    got = KeywordClassifier(ambiguous_policy="suppress").classify(
        "Kocam mesajları durdurun dedi ama ben almaya devam etmek istiyorum")
    assert (got.intent, got.review) == ("opt_out", True)


def test_the_writers_own_words_begin_after_the_turn():
    norm = normalize("My wife said to stop them, but I like them")
    report = own_wish_after_report(norm.tokens, norm.clauses)
    assert report is not None and norm.tokens[report[2]:] == ("i", "like", "them")
    assert report[0] == report[1]  # the turn is in the report's sentence: nothing between
    # "I said": the writer's own words, not someone else's.
    norm = normalize("I said stop, but you keep texting")
    assert own_wish_after_report(norm.tokens, norm.clauses) is None


def test_a_question_of_the_writers_own_after_the_report_is_their_own_words():
    norm = normalize("Моя сестра сказала, что отписалась от ваших смс. А скидки ещё есть?")
    report = own_wish_after_report(norm.tokens, norm.clauses, asks=True)
    assert report is not None and norm.tokens[report[2]:] == ("а", "скидки", "еще", "есть")
    # Not a question: no turn, no own words to read.
    assert own_wish_after_report(norm.tokens, norm.clauses, asks=False) is None


def test_ukrainian_colloquial_subscribe_is_an_opt_in_keyword():
    assert ENGINE.classify("Підписатись").intent == "opt_in"


def test_only_the_parts_naming_the_texts_alone_are_the_writers_wish_for_them():
    norm = normalize("No more emails please. The texts are fine")
    assert texts_apart_from_another_channel(norm.tokens, norm.clauses) == (
        "the", "texts", "are", "fine")
    norm = normalize("Stop the emails and the texts")  # one part names both
    assert texts_apart_from_another_channel(norm.tokens, norm.clauses) is None
