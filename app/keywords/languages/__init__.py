"""Language data for the keyword engine: one module per language, each exporting ``RULES``.

The format is shared with the engine (app/keywords/engine.py, lexicon.py): keywords and
phrases are plain text as people write them; ``(a|b)`` is an alternation of words or word
sequences and ``[x]`` an optional word or sequence. No other pattern syntax. Phrases in
scripts written without spaces (Chinese, Japanese) are written without spaces and match as
substrings of the normalised message; their keywords match the whole message.
A ``not_opt_out_phrases`` entry cancels an opt-out reading only where it covers it whole: a
keyword inside it ("a parada do ônibus"), or a whole opt-out phrase ("me tira da lista" inside
"me tira da lista do churrasco"), so write the veto as the longer phrase.

Fields may be added only by agreement between the engine and language owners (say so here).
"""

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
    replies: Mapping[str, str]  # opt_out, opt_out_all, opt_in, help; {program} and {support}
    sources: tuple[str, ...]  # where the keywords come from
    # Added by A2 (optional, defaults empty): words that may stand before or after a keyword
    # without changing it ("Abmelden bitte", "SAIR por favor", "退订 谢谢", "itigil na po"), for
    # the engine to treat like its English LEADERS/TRAILERS. Plain words, no pattern syntax.
    courtesy_words: tuple[str, ...] = ()


# The language modules import LanguageRules from here, so they are imported after it.
from app.keywords.languages import (  # noqa: E402
    ar,
    de,
    es,
    fr,
    hi,
    ht,
    it,
    ja,
    ko,
    pl,
    pt,
    ru,
    tl,
    vi,
    zh_hans,
    zh_hant,
)

# The order (most spoken at home in the US first). Where two languages share a
# keyword (停止 in Chinese and Japanese, TD in Chinese and French), the engine's language
# detection decides which one reports it.
ALL: tuple[LanguageRules, ...] = (
    es.RULES, zh_hans.RULES, zh_hant.RULES, tl.RULES, vi.RULES, ar.RULES, fr.RULES, ko.RULES,
    ru.RULES, pt.RULES, ht.RULES, de.RULES, hi.RULES, it.RULES, pl.RULES, ja.RULES,
)
BY_CODE: Mapping[str, LanguageRules] = {rules.code: rules for rules in ALL}

__all__ = ["ALL", "BY_CODE", "LanguageRules"]
