"""The keyword engine: opt-out, opt-in, help or nothing, with the scope and what matched.

Deterministic rules, checked in order, each explaining itself in ``matched``:

1. keyword form: a keyword, alone or with polite words, codes or a brand name around it
   ("STOP", "stop please", "STOP 12345", "STOP MiniLuxe", "ok STOP", "ST0P");
2. plain-language requests (the FCC's "any reasonable means"), in English, Spanish, French;
3. misspellings of a keyword when the message is only that word ("unsubcsribe");
4. known false alarms ("can you stop by at 5?", "don't stop!") end the search with *none*;
5. a strong keyword left mid-sentence ("I'd like to cancel my appointment") goes to review.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, replace
from typing import Literal

from app.keywords.lexicon import (
    ALL_WORDS,
    FALSE_ALARMS,
    KEYWORDS,
    LANGUAGE_HINTS,
    LEADERS,
    NEGATIONS,
    PHRASES,
    REVIEW_PHRASES,
    REVIEW_WORDS,
    SENTENCE_WORDS,
    TRAILERS,
    WEAK_LEADERS,
    Keyword,
)
from app.keywords.normalize import normalize

Intent = Literal["opt_out", "opt_in", "help", "none"]
AmbiguousPolicy = Literal["review", "suppress"]
_FUZZY_TARGETS = ("unsubscribe", "desabonner", "desinscrire", "desuscribir", "desuscribirme")


@dataclass(frozen=True)
class Classification:
    """What a message means to the service. ``review`` marks a message the engine was unsure
    of; its ``intent`` is then what ``AMBIGUOUS_POLICY`` makes of it."""

    intent: Intent
    scope: Literal["sender", "all"] | None
    matched: str | None
    language: str | None
    confidence: float
    review: bool = False

    def as_dict(self) -> dict[str, object]:
        """The JSON object of ``optout classify``."""
        return asdict(self)


class _Vocabulary:
    """Keywords indexed by their word sequences."""

    def __init__(self, keywords: Iterable[Keyword]) -> None:
        self.by_words: dict[tuple[str, ...], Keyword] = {}
        for keyword in keywords:
            self.by_words[keyword.words] = keyword
        self.longest = max(len(words) for words in self.by_words)
        self.known_words = frozenset(w for words in self.by_words for w in words)

    def match_at(self, tokens: tuple[str, ...], i: int) -> tuple[Keyword | None, int]:
        for n in range(min(self.longest, len(tokens) - i), 0, -1):
            keyword = self.by_words.get(tokens[i : i + n])
            if keyword is not None:
                return keyword, n
        return None, 0


class KeywordClassifier:
    """Classifies inbound texts; one instance serves every sender.

    Args:
        custom_keywords: ``{sender or "*": {"opt_out": [...], "opt_in": [...], "help": [...]}}``
            with senders already normalised.
        ambiguous_policy: ``review`` leaves unsure messages unapplied for a person to judge;
            ``suppress`` treats them as opt-outs (and still queues them for review).
    """

    def __init__(
        self,
        custom_keywords: Mapping[str, Mapping[str, list[str]]] | None = None,
        ambiguous_policy: AmbiguousPolicy = "review",
    ) -> None:
        self.ambiguous_policy = ambiguous_policy
        custom = custom_keywords or {}
        shared = list(_custom(custom.get("*", {})))
        self._default = _Vocabulary([*KEYWORDS, *shared])
        self._per_sender = {
            sender: _Vocabulary([*KEYWORDS, *shared, *_custom(words)])
            for sender, words in custom.items()
            if sender != "*"
        }

    def classify(self, body: str, senders: Iterable[str | None] = ()) -> Classification:
        """Classify one message body (any text, any length; never raises on content).

        ``senders`` are the texted number and its Messaging Service: the first with custom
        keywords of its own decides which keywords apply.
        """
        vocabulary = next(
            (self._per_sender[s] for s in senders if s and s in self._per_sender), self._default
        )
        tokens = normalize(body, vocabulary.known_words).tokens
        if not tokens:
            return Classification("none", None, None, None, 1.0)
        text = " ".join(tokens)
        found = (
            _keyword_form(tokens, vocabulary)
            or _keyword_sentence(body, vocabulary)
            or _phrase(text)
            or _misspelling(tokens)
            or _short_ending_in_keyword(tokens, text, vocabulary)
        )
        if found is None:
            return self._unsure(tokens, text)
        if found.intent == "opt_out" and found.scope != "all" and ALL_WORDS.intersection(tokens):
            # "unsubscribe from everything", "stop sending me all messages": the cautious,
            # wider reading.
            return replace(found, scope="all")
        return found

    def _unsure(self, tokens: tuple[str, ...], text: str) -> Classification:
        if FALSE_ALARMS.search(text):
            return Classification("none", None, None, _guess_language(tokens), 0.9)
        trigger = next((t for t in tokens if t in REVIEW_WORDS), None)
        phrase = REVIEW_PHRASES.search(text)
        if trigger is None and phrase is None:
            return Classification("none", None, None, _guess_language(tokens), 0.9)
        matched = phrase.group(0) if phrase else trigger
        if self.ambiguous_policy == "suppress":
            return Classification("opt_out", "sender", matched, _guess_language(tokens), 0.5, True)
        return Classification("none", None, matched, _guess_language(tokens), 0.5, True)


def _custom(words_by_intent: Mapping[str, list[str]]) -> Iterable[Keyword]:
    for intent, words in words_by_intent.items():
        if intent not in ("opt_out", "opt_in", "help"):
            raise ValueError(f"custom keyword intent must be opt_out, opt_in or help: {intent!r}")
        for word in words:
            tokens = normalize(word).tokens
            if tokens:
                scope = None if intent == "help" else "sender"
                yield Keyword(tokens, intent, scope, "en", strong=True)


def _keyword_form(tokens: tuple[str, ...], vocabulary: _Vocabulary) -> Classification | None:
    """A keyword with only polite words, codes, repeats or a brand name around it."""
    for i in range(len(tokens)):
        keyword, n = vocabulary.match_at(tokens, i)
        if keyword is None:
            continue
        leaders, rest = tokens[:i], tokens[i + n :]
        allowed = LEADERS if keyword.strong else WEAK_LEADERS
        if not all(t in allowed for t in leaders) or not _trailers_fit(rest, keyword, vocabulary):
            return None
        scope = keyword.scope
        confidence = 1.0 if not leaders and all(t == keyword.words[-1] for t in rest) else 0.95
        matched = " ".join(keyword.words).upper()
        return Classification(keyword.intent, scope, matched, keyword.language, confidence)  # type: ignore[arg-type]
    return None


_SENTENCE_END = re.compile(r"[.!?;\n]+")


def _keyword_sentence(body: str, vocabulary: _Vocabulary) -> Classification | None:
    """One sentence of the message is a whole opt-out keyword form: "Please stop. I never
    gave you this number". Opt-outs only: a stray "Yes." must not resubscribe anyone."""
    sentences = [s for s in _SENTENCE_END.split(body) if s.strip()]
    if len(sentences) < 2:
        return None
    for sentence in sentences:
        tokens = normalize(sentence, vocabulary.known_words).tokens
        found = _keyword_form(tokens, vocabulary) if tokens else None
        if found is not None and found.intent == "opt_out":
            return replace(found, confidence=0.85)
    return None


def _trailers_fit(rest: tuple[str, ...], keyword: Keyword, vocabulary: _Vocabulary) -> bool:
    unknown: list[str] = []
    i = 0
    while i < len(rest):
        token = rest[i]
        other, n = vocabulary.match_at(rest, i)
        if other is not None and other.intent != keyword.intent:
            return False  # "yes stop": two intents, let review decide
        if other is not None:
            i += n
            continue
        if token not in TRAILERS and not token.isdigit():
            unknown.append(token)
        i += 1
    if not unknown:
        return True
    # "STOP MiniLuxe": a strong opt-out keyword followed by at most two words that are not a
    # sentence. Never after an opt-in keyword: "START TIME?" is not a resubscription.
    return (
        keyword.strong
        and keyword.intent == "opt_out"
        and len(unknown) <= 2
        and len(rest) <= 4
        and not any(t in SENTENCE_WORDS for t in rest)
    )


def _phrase(text: str) -> Classification | None:
    for phrase in PHRASES:
        for match in phrase.pattern.finditer(text):
            before = text[: match.start()].split()
            if before and before[-1] in NEGATIONS and not match.group(0).startswith(
                tuple(NEGATIONS)
            ):
                continue
            return Classification(
                "opt_out", phrase.scope, match.group(0).strip(), phrase.language, 0.9  # type: ignore[arg-type]
            )
    return None


def _short_ending_in_keyword(
    tokens: tuple[str, ...], text: str, vocabulary: _Vocabulary
) -> Classification | None:
    """A short message that ends with a strong opt-out keyword: "What is this? Stop"."""
    if len(tokens) > 8 or FALSE_ALARMS.search(text):
        return None
    for n in range(min(vocabulary.longest, len(tokens) - 1), 0, -1):
        keyword = vocabulary.by_words.get(tokens[-n:])
        if keyword is None or keyword.intent != "opt_out" or not keyword.strong:
            continue
        if tokens[-n - 1] in NEGATIONS:
            return None
        matched = " ".join(keyword.words).upper()
        return Classification("opt_out", keyword.scope, matched, keyword.language, 0.85)  # type: ignore[arg-type]
    return None


def _misspelling(tokens: tuple[str, ...]) -> Classification | None:
    """A message that is one long word a typo away from an unsubscribe keyword."""
    words = [t for t in tokens if t not in TRAILERS]
    if len(words) != 1 or len(words[0]) < 7:
        return None
    word = words[0]
    for target in _FUZZY_TARGETS:
        if abs(len(word) - len(target)) <= 2 and _distance(word, target) <= 2:
            language = "en" if target == "unsubscribe" else ("es" if "sus" in target else "fr")
            return Classification("opt_out", "sender", word, language, 0.8)
    return None


def _distance(a: str, b: str) -> int:
    """Damerau-Levenshtein distance (optimal string alignment)."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]


def _guess_language(tokens: tuple[str, ...]) -> str | None:
    scores = {lang: sum(t in hints for t in tokens) for lang, hints in LANGUAGE_HINTS.items()}
    best = max(scores, key=lambda lang: scores[lang])
    return best if scores[best] >= 2 else ("en" if len(tokens) >= 2 else None)
