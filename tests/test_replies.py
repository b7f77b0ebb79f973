"""Reply texts and the TwiML that carries them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from twilio.twiml.messaging_response import MessagingResponse

from app.replies import ReplyBook, twiml


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
                                       "de": {"opt_out": "Abgemeldet von {program}"}})
    assert book.text("help", "es") == "Ayuda de MiniLuxe"
    assert book.text("opt_out", "de") == "Abgemeldet von MiniLuxe"
    assert book.text("help", "de").startswith("MiniLuxe: for help")  # falls back to English
    assert book.text("help", "pt").startswith("MiniLuxe: for help")
