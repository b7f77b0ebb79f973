"""Everything the engine matches against, built once: the keyword vocabulary (the engine's
own keywords, custom ones and every language module's), the phrase trie and the language
detector. Language data is compiled once per set of modules and shared by every classifier."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from app.keywords.detect import BUILT_IN_HINTS, LanguageDetector, written_form
from app.keywords.languages import LanguageRules
from app.keywords.lexicon import (
    COMMON_ENGLISH,
    KEYWORDS,
    LEADERS,
    SENTENCE_WORDS,
    TRAILERS,
    YES_WORDS,
    Keyword,
)
from app.keywords.matcher import PhraseIndex, Rule, expand
from app.keywords.normalize import normalize
from app.keywords.phrases import PHRASES

log = logging.getLogger(__name__)


def tokenize(text: str) -> tuple[str, ...]:
    """Tokens of a keyword or phrase, normalised the way messages are."""
    return normalize(text).tokens


@dataclass(frozen=True)
class Compiled:
    """Keywords by word sequence, phrases, known words and the detector."""

    vocabulary: dict[tuple[str, ...], Keyword]
    longest: int
    known_words: frozenset[str]
    phrases: PhraseIndex
    detector: LanguageDetector
    first_words: frozenset[str]
    # Words that may stand before a strong keyword, and after any: the English ``LEADERS`` and
    # ``TRAILERS`` and the languages' one-word courtesy words ("bitte", "lotfan", "xiexie").
    leaders: frozenset[str] = LEADERS
    trailers: frozenset[str] = TRAILERS

    def match_at(self, tokens: tuple[str, ...], i: int) -> tuple[Keyword | None, int]:
        """The longest keyword starting at token ``i`` and its length in tokens."""
        if tokens[i] not in self.first_words:
            return None, 0
        for n in range(min(self.longest, len(tokens) - i), 0, -1):
            keyword = self.vocabulary.get(tokens[i : i + n])
            if keyword is not None:
                return keyword, n
        return None, 0


_SHARED: dict[tuple[int, ...], tuple[list[Keyword], PhraseIndex, LanguageDetector,
                                    frozenset[str]]] = {}


def compile_rules(custom: Iterable[Keyword], languages: Sequence[LanguageRules]) -> Compiled:
    """The engine's data for custom keywords (first, they win) and ``languages``."""
    key = tuple(id(rules) for rules in languages)
    if key not in _SHARED:
        _SHARED[key] = _compile_languages(languages)
    language_keywords, phrases, detector, courtesy = _SHARED[key]
    vocabulary: dict[tuple[str, ...], Keyword] = {}
    # Where languages share a keyword, one that counts in any message wins over one that
    # counts only in a message of its language (TD: Canada's French keyword, also Chinese).
    ranked = sorted(language_keywords, key=lambda keyword: keyword.needs_language)
    for keyword in [*custom, *KEYWORDS, *ranked]:
        known = vocabulary.get(keyword.words)
        if known is None:
            vocabulary[keyword.words] = keyword
        elif known.intent != keyword.intent:
            log.debug("keyword %r: %s (%s) wins over %s (%s)", keyword.words, known.intent,
                      known.language, keyword.intent, keyword.language)
    longest = max(len(words) for words in vocabulary)
    # The yes words are known too, so that a Cyrillic "ТАК" stays Ukrainian "так" instead of
    # being read as its Latin look-alike "tak" (an Indonesian word of a keyword, Polish "yes").
    known_words = frozenset(w for words in vocabulary for w in words) | frozenset(YES_WORDS)
    first_words = frozenset(words[0] for words in vocabulary)
    return Compiled(vocabulary, longest, known_words, phrases, detector, first_words,
                    LEADERS | courtesy, TRAILERS | courtesy)


def _compile_languages(
    languages: Sequence[LanguageRules],
) -> tuple[list[Keyword], PhraseIndex, LanguageDetector, frozenset[str]]:
    keywords: list[Keyword] = []
    phrases = PhraseIndex()
    # The same words recur across thousands of patterns: each is normalised once while
    # compiling (the cache goes with this call).
    words_of = lru_cache(maxsize=None)(tokenize)
    for spec in PHRASES:
        rule = Rule(spec.kind, spec.language, spec.name, spec.flags)
        phrases.add(spec.pattern, rule, words_of)
    hints: dict[str, list[str]] = {code: list(words_of(words)) for code, words in
                                   BUILT_IN_HINTS.items()}
    accented: dict[str, set[str]] = {}
    for lang in languages:
        strong = {words_of(text) for pattern in lang.strong_keywords for text in expand(pattern)}
        standalone = {words_of(text) for pattern in lang.standalone_keywords
                      for text in expand(pattern)}
        for field, intent, scope in (("opt_out_all_keywords", "opt_out", "all"),
                                     ("opt_out_keywords", "opt_out", "sender"),
                                     ("opt_in_keywords", "opt_in", "sender"),
                                     ("help_keywords", "help", None)):
            for pattern in getattr(lang, field):
                for text in expand(pattern):
                    words = words_of(text)
                    if not words or (intent == "opt_in" and " ".join(words) in YES_WORDS):
                        continue  # a bare yes is the engine's to judge (OPT_IN_YES)
                    joined = "".join(words)
                    needs = joined.isascii() and (len(joined) <= 2 or any(
                        w in COMMON_ENGLISH for w in words))
                    if needs and not text.isascii():
                        accented.setdefault(written_form(text), set()).add(lang.code)
                    firm = words in strong
                    keywords.append(Keyword(words, intent, scope, lang.code, strong=firm,
                                            needs_language=needs and not firm
                                            and words not in standalone))
        for field, kind in (("opt_out_phrases", "opt_out"), ("opt_in_phrases", "opt_in"),
                            ("help_phrases", "help"), ("not_opt_out_phrases", "not_opt_out")):
            for index, pattern in enumerate(getattr(lang, field)):
                name = f"{lang.code}_{kind}_{index}"
                phrases.add(pattern, Rule(kind, lang.code, name), words_of)
        hints.setdefault(lang.code, []).extend(t for w in lang.hint_words for t in words_of(w))
    codes = {"en", "es", "fr", *(lang.code for lang in languages)}
    # One-word courtesy words only: a word of a longer one ("kounye" of Haitian "kounye a":
    # now), an English word or a short Latin one ("a", "na", "ji") would let a sentence pass
    # for a keyword.
    courtesy = frozenset(words[0] for lang in languages
                         for words in map(words_of, lang.courtesy_words)
                         if len(words) == 1 and not (words[0].isascii() and len(words[0]) <= 2)
                         and words[0] not in COMMON_ENGLISH and words[0] not in SENTENCE_WORDS)
    return keywords, phrases, LanguageDetector(hints, codes, {
        written: code for written, (code, *others) in accented.items() if not others}), courtesy
