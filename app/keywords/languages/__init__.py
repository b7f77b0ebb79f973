"""Language data for the keyword engine: one module per language, each exporting ``RULES``.

The format is shared with the engine (app/keywords/engine.py, lexicon.py): keywords and
phrases are plain text as people write them; ``(a|b)`` is an alternation of words or word
sequences and ``[x]`` an optional word or sequence. No other pattern syntax. Phrases in
scripts written without spaces (Chinese, Japanese) are written without spaces and match as
substrings of the normalised message; their keywords match the whole message.
A ``not_opt_out_phrases`` entry cancels an opt-out reading only where it covers it whole: a
keyword inside it ("a parada do ônibus"), or a whole opt-out phrase ("me tira da lista" inside
"me tira da lista do churrasco"), so write the veto as the longer phrase.

Each module holds one ``LanguageRules`` (``rules.py``). Add a field there only together with
the engine code that reads it.
"""

from __future__ import annotations

from collections.abc import Mapping

from app.keywords.languages import (
    ar,
    bn,
    de,
    el,
    es,
    fa,
    fr,
    gu,
    hi,
    ht,
    id,
    it,
    ja,
    ko,
    nl,
    pa,
    pl,
    pt,
    ru,
    th,
    tl,
    tr,
    uk,
    ur,
    vi,
    zh_hans,
    zh_hant,
)
from app.keywords.languages.rules import LanguageRules
from app.keywords.lexicon import ENGLISH_ALL, ENGLISH_MARKETING

# Most spoken at home in the US first. Where two languages share a
# keyword (停止 in Chinese and Japanese, TD in Chinese and French), the engine's language
# detection decides which one reports it.
ALL: tuple[LanguageRules, ...] = (
    es.RULES, zh_hans.RULES, zh_hant.RULES, tl.RULES, vi.RULES, ar.RULES, fr.RULES, ko.RULES,
    ru.RULES, pt.RULES, ht.RULES, de.RULES, hi.RULES, it.RULES, pl.RULES, ja.RULES,
    # Next most spoken at home in the US and the EU.
    uk.RULES, ur.RULES, fa.RULES, bn.RULES, pa.RULES, gu.RULES, tr.RULES, nl.RULES,
    el.RULES, th.RULES, id.RULES,
)
BY_CODE: Mapping[str, LanguageRules] = {rules.code: rules for rules in ALL}
# Every language's answers to the clarifying question, English first.
CLARIFY_MARKETING: tuple[str, ...] = (*ENGLISH_MARKETING,
                                      *(word for rules in ALL for word in rules.clarify_marketing))
CLARIFY_ALL: tuple[str, ...] = (*ENGLISH_ALL, *(word for rules in ALL for word in rules.clarify_all))

__all__ = ["ALL", "BY_CODE", "CLARIFY_ALL", "CLARIFY_MARKETING", "LanguageRules"]
