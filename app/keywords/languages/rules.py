"""The shape of a language's data for the keyword engine and the reply book (see the package
docstring for the pattern format)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class LanguageRules:
    """Everything the engine and the reply book know about one language."""

    code: str  # "es", "zh-Hans", "zh-Hant", ... (what `language` reports)
    name: str  # "Portuguese"
    opt_out_keywords: tuple[str, ...]  # whole-message carrier keywords ("PARAR", "SAIR", "TD")
    opt_out_all_keywords: tuple[str, ...]  # keywords that revoke every sender, if any
    opt_in_keywords: tuple[str, ...]
    help_keywords: tuple[str, ...]
    opt_out_phrases: tuple[str, ...]  # plain-language requests
    opt_in_phrases: tuple[str, ...]  # only where the reading is clear
    help_phrases: tuple[str, ...]
    not_opt_out_phrases: tuple[str, ...]  # phrases that must NOT count ("não pare")
    hint_words: tuple[str, ...]  # frequent function words for language detection (~20)
    replies: Mapping[str, str]  # opt_out, opt_out_all, opt_out_clarify, opt_in, help; {program}
    # and {support}
    sources: tuple[str, ...]  # where the keywords come from
    # Optional, default empty. Words that may stand before or after a keyword without
    # changing it ("Abmelden bitte", "laghv lotfan", "退订 谢谢"), for the engine to treat like
    # its English LEADERS/TRAILERS. Plain words, no pattern syntax; only one-word ones that are
    # not English and longer than two Latin letters count (``compiled._compile_languages``).
    courtesy_words: tuple[str, ...] = ()
    # Opt-out keywords as firm as STOP: one may be followed by a brand name or code
    # ("PARAR MiniLuxe"), and one found mid-sentence sends the message to review.
    strong_keywords: tuple[str, ...] = ()
    # Keywords that count whatever language the message is detected as, though short or
    # English-looking (Canada's TD): others such count only in a message of their language.
    standalone_keywords: tuple[str, ...] = ()
    # Whole-message answers to the clarifying question an opt-out's confirmation may ask
    # ("Reply MKT to stop only offers, ALL to stop everything"), read by
    # app/messaging/clarify.py, not by the engine. Plain words, no pattern syntax.
    clarify_marketing: tuple[str, ...] = ()
    clarify_all: tuple[str, ...] = ()
