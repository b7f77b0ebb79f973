"""Reply texts and the TwiML that carries them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from twilio.twiml.messaging_response import MessagingResponse

from app.carriers.twilio import twiml
from app.keywords.languages import ALL as LANGUAGES
from app.messaging.replies import REPLY_KINDS, ReplyBook


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=200))
def test_twiml_is_what_twilios_library_writes(text):
    expected = MessagingResponse()
    if text:
        expected.message(text)
    assert twiml(text) == str(expected)


def test_empty_reply_is_an_empty_response():
    assert twiml(None) == '<?xml version="1.0" encoding="UTF-8"?><Response />'


@pytest.mark.parametrize("language", ["en", "es", "fr"])
def test_help_carries_what_the_ctia_asks(language):
    text = ReplyBook("MiniLuxe", "1-800-555-0100").text("help", language)
    assert "MiniLuxe" in text and "1-800-555-0100" in text
    assert any(stop in text for stop in ("STOP", "PARAR", "ARRET"))


def test_opt_out_confirmation_has_no_marketing_and_names_the_program():
    text = ReplyBook("MiniLuxe", "x").text("opt_out", "en")
    assert text.startswith("You have been unsubscribed from MiniLuxe")
    assert "%" not in text and "offer" not in text.lower()


def test_overrides_and_new_languages():
    book = ReplyBook("MiniLuxe", "x", {"es": {"help": "Ayuda de {program}"},
                                       "de": {"opt_out": "Abgemeldet von {program}"},
                                       "sw": {"help": "Msaada wa {program}: {support}"}})
    assert book.text("help", "es") == "Ayuda de MiniLuxe"
    assert book.text("opt_out", "de") == "Abgemeldet von MiniLuxe"
    # An override replaces one text; the language's other built-in texts stay.
    assert book.text("help", "de").startswith("MiniLuxe: Hilfe erhalten Sie unter x")
    assert book.text("help", "pt").startswith("MiniLuxe: para ajuda, fale com x")
    # A language added by configuration with one text: the others are sent in English.
    assert book.text("help", "sw") == "Msaada wa MiniLuxe: x"
    assert book.text("opt_out", "sw").startswith("You have been unsubscribed from MiniLuxe")


@pytest.mark.parametrize("language", ["sw", "xx", "", None])
def test_a_language_without_texts_is_answered_in_english(language):
    book = ReplyBook("MiniLuxe", "1-800-555-0100")
    for kind in REPLY_KINDS:
        assert book.text(kind, language) == book.text(kind, "en")


@pytest.mark.parametrize(("region_tagged", "language"),
                         [("pt-BR", "pt"), ("es-MX", "es"), ("fr-CA", "fr"), ("zh-Hant", "zh-Hant")])
def test_a_regional_tag_uses_its_language(region_tagged, language):
    book = ReplyBook("MiniLuxe", "x")
    assert book.text("help", region_tagged) == book.text("help", language)
    assert book.text("help", region_tagged) != book.text("help", "en")


@pytest.mark.parametrize("language", [rules.code for rules in LANGUAGES])
def test_every_language_has_its_texts_with_program_and_contact(language):
    book = ReplyBook("Zq Salon", "help@zq.example")
    texts = {kind: book.text(kind, language) for kind in REPLY_KINDS}
    for kind, text in texts.items():
        assert "Zq Salon" in text and "help@zq.example" in text, (language, kind)
        assert text != book.text(kind, "en"), (language, kind)
    assert len(set(texts.values())) == len(REPLY_KINDS)  # different messages, not one copied


def test_configured_texts_win_over_built_in_ones_in_every_language():
    overrides = {rules.code: {"help": rules.code + " {program}"} for rules in LANGUAGES}
    book = ReplyBook("Zq", "x", overrides)
    for rules in LANGUAGES:
        assert book.text("help", rules.code) == rules.code + " Zq"
        assert book.text("opt_out", rules.code) == rules.replies["opt_out"].format(
            program="Zq", support="x")
