"""The keyword engine: opt-out, opt-in, help or nothing, with the scope and what matched.

Deterministic rules, checked in order, each explaining itself in ``matched``:

1. a bare "yes" is an opt-in only with ``opt_in_yes`` (OPT_IN_YES);
2. keyword form: a keyword, alone or with polite words, codes or a brand name around it
   ("STOP", "stop please", "STOP 12345", "STOP MiniLuxe", "ok STOP", "ST0P", "退订");
3. plain-language opt-outs in every language (the FCC's "any reasonable means"), read
   through the false-alarm guards (guards.py);
4. one clause that is a keyword form ("Please stop. I never gave you this number"), a
   misspelt keyword alone ("unsubcsribe"), a short message ending in a keyword;
5. what a person should judge goes to review: a keyword left mid-sentence ("I'd like to
   cancel my appointment"), "not interested", a guarded phrase in banter;
6. plain-language opt-in and HELP, only where the reading is clear;
7. the learned model (model.py) where the rules are silent, with the final word given as
   blend.py says; every classification names what decided it and the model's reading.

The message is tokenised once; every rule is a dictionary look-up a token or a bounded walk
of the phrase trie, so the work is linear in the message (``measure`` counts it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, replace
from typing import Literal

from app.keywords import guards
from app.keywords.blend import EXPLAINED, KEYWORD_FORM, NOT_VETOED, ORDINARY, blend
from app.keywords.compiled import Compiled, compile_rules
from app.keywords.features import model_text
from app.keywords.fuzzy import misspelt_unsubscribe
from app.keywords.languages import ALL, LanguageRules
from app.keywords.lexicon import (
    ALL_WORDS,
    COMMON_ENGLISH,
    EVERYDAY_ANSWERS,
    LEADERS,
    OTHER_CHANNEL_WORDS,
    REVIEW_WORDS,
    SENTENCE_WORDS,
    TEXT_WORDS,
    TRAILERS,
    WEAK_LEADERS,
    YES_WORDS,
    Keyword,
)
from app.keywords.matcher import Match, is_unspaced
from app.keywords.model import IntentModel, shipped
from app.keywords.normalize import normalize

Intent = Literal["opt_out", "opt_in", "help", "none"]
AmbiguousPolicy = Literal["review", "suppress"]
_WHOLE_FILLERS = frozenset("you u have youve got the a".split())  # "you have the wrong number"
_SIBLINGS = {"uk": "ru", "ur": "ar", "fa": "ar"}  # languages sharing a script
_LONG_CONTEXT = 8  # words in the other clauses beyond which a lone "Stop." goes to review


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
    decided_by: Literal["rule", "model"] = "rule"
    model_intent: str | None = None  # what the model read, whatever decided
    model_probability: float | None = None  # the model's probability of model_intent

    def as_dict(self) -> dict[str, object]:
        """The JSON object of ``optout classify``."""
        return asdict(self)


class KeywordClassifier:
    """Classifies inbound texts; one instance serves every sender.

    Args:
        custom_keywords: ``{sender or "*": {"opt_out": [...], "opt_in": [...], "help": [...]}}``
            with senders already normalised.
        ambiguous_policy: ``review`` leaves unsure messages unapplied for a person to judge;
            ``suppress`` treats them as opt-outs (and still queues them for review).
        opt_in_yes: a bare YES / Y / SÍ counts as an opt-in (OPT_IN_YES).
        languages: the language modules to use (default: all of them).
        model: the learned model (default: the one shipped in ``data/``); None for rules only.
    """

    def __init__(
        self,
        custom_keywords: Mapping[str, Mapping[str, list[str]]] | None = None,
        ambiguous_policy: AmbiguousPolicy = "review",
        opt_in_yes: bool = False,
        languages: Sequence[LanguageRules] | None = None,
        model: IntentModel | bool | None = True,
    ) -> None:
        self._model = model
        self.last_rules: tuple[Classification, int] | None = None
        self.ambiguous_policy = ambiguous_policy
        self.opt_in_yes = opt_in_yes
        custom = custom_keywords or {}
        self._languages = tuple(ALL if languages is None else languages)
        self._shared = list(_custom(custom.get("*", {})))  # a bad intent fails here
        self._custom = {sender: [*self._shared, *_custom(words)]
                        for sender, words in custom.items() if sender != "*"}
        self._compiled: tuple[Compiled, dict[str, Compiled]] | None = None

    def warm(self) -> None:
        """Compile the rules and read the model now (a server does, before its first
        message; a command that classifies nothing never does)."""
        self._rules()
        _ = self.model

    def _rules(self) -> tuple[Compiled, dict[str, Compiled]]:
        """The compiled rules: everyone's, and each sender's with custom keywords."""
        if self._compiled is None:
            self._compiled = (compile_rules(self._shared, self._languages), {
                sender: compile_rules(keywords, self._languages)
                for sender, keywords in self._custom.items()})
        return self._compiled

    @property
    def model(self) -> IntentModel | None:
        """The learned model, read on first use: a command that classifies nothing (a
        campaign filter) does not pay for reading it."""
        if self._model is True:
            self._model = shipped()
        return self._model or None

    def classify(self, body: str, senders: Iterable[str | None] = ()) -> Classification:
        """Classify one message body (any text, any length; never raises on content).

        ``senders`` are the texted number and its Messaging Service: the first with custom
        keywords of its own decides which keywords apply.
        """
        return self.measure(body, senders)[0]

    def measure(self, body: str, senders: Iterable[str | None] = ()) -> tuple[Classification, int]:
        """``classify`` and the number of elementary steps it took (for the linear bound)."""
        default, per_sender = self._rules()
        rules = next((per_sender[s] for s in senders if s and s in per_sender), default)
        norm = normalize(body, rules.known_words)
        meter = [norm.steps]
        tokens, clauses = norm.tokens, norm.clauses
        if not tokens:
            return Classification("none", None, None, None, 1.0), meter[0]
        language = rules.detector.detect(body, norm.folded, tokens, meter)
        model = self.model
        if model is not None and (language in (None, "en", "ru", "ar") or body.isascii()):
            # Latin letters, and scripts shared by several languages (Cyrillic, Arabic):
            # the words seen in one language's corpus only say which.
            meter[0] += len(tokens)
            voted = model.language_of(tokens, COMMON_ENGLISH)
            if voted is not None and (language in (None, "en") or body.isascii()
                                      or _SIBLINGS.get(voted) == language):
                language = voted
        vetoed = [NOT_VETOED]
        numbers = phone_numbers(tokens, clauses)
        meter[0] += len(tokens)
        rule_tokens, rule_clauses = _phone_number_named(tokens, clauses, numbers)
        found = self._decide(rules, rule_tokens, rule_clauses, language, meter,
                             norm.folded.isascii(), vetoed)
        if found.intent == "opt_out" and not found.review and _letter_among_signs(body, found):
            meter[0] += len(body)
            found = self._unsure(Classification("none", None, found.matched, found.language,
                                                0.5, True))
        self.last_rules = (found, vetoed[0])  # what the rules alone said (for calibration)
        if model is not None:
            prediction = model.predict(model_text(tokens))
            meter[0] += prediction.steps + len(tokens) + len(body)  # and the laughter check
            found = blend(found, prediction, model, tokens, vetoed[0],
                          self.ambiguous_policy == "suppress", _plain_letters(body),
                          guards.laughing(tokens, body), bool(numbers))
        if found.intent == "opt_out" and not found.review:
            found = self._unless_echoed(body, found, rules, language, meter)
        if found.intent == "opt_out" and not found.review and (
                found.decided_by == "model" or found.confidence < KEYWORD_FORM):
            found = self._unless_someone_elses(found, body, tokens, clauses, rules, language,
                                               meter)
        if found.intent == "opt_out" and found.scope != "all" and not found.review:
            meter[0] += len(tokens)
            if ALL_WORDS.intersection(tokens):
                # "unsubscribe from everything": the cautious, wider reading.
                found = replace(found, scope="all")
        return found, meter[0]

    def _unless_echoed(self, body: str, found: Classification, rules: Compiled,
                       language: str | None, meter: list[int]) -> Classification:
        """A request asked back and answered ("Stop? No, keep them coming", "Unsubscribe from
        what? I love these deals") goes to a person, whichever half read it as an opt-out,
        unless whatever decided reads the answer as an opt-out itself: the rules ("Stop? No
        more texts!") or the model ("Skąd macie mój numer? Nigdy więcej do mnie nie
        piszcie.": where did you get my number? never write to me again)."""
        rest = guards.echoed(body)
        if rest is None:
            return found
        norm = normalize(rest, rules.known_words)
        meter[0] += norm.steps
        model = self.model
        if norm.tokens and found.decided_by == "rule":
            again = self._decide(rules, norm.tokens, norm.clauses, language, meter,
                                 norm.folded.isascii(), [NOT_VETOED])
            if again.intent == "opt_out" and not again.review:
                return found
        elif norm.tokens and model is not None:
            answer = model.predict(model_text(norm.tokens))
            meter[0] += answer.steps
            if (answer.intent == "opt_out"
                    and answer.probabilities["opt_out"] >= model.thresholds.opt_out):
                return found
        return self._for_review(found)

    def _unless_someone_elses(self, found: Classification, body: str, tokens: tuple[str, ...],
                              clauses: tuple[int, ...], rules: Compiled, language: str | None,
                              meter: list[int]) -> Classification:
        """Someone else's wish reported, then the writer's own that is no opt-out ("Mein Mann
        sagt, er hat die SMS abbestellt, aber ich will sie weiter bekommen"), or another channel
        stopped and the texts kept ("Arrêtez les appels svp, les SMS ça va"): a person decides,
        unless the rules or the model read the writer's own words, or the words about the
        texts, as an opt-out ("my husband said he signed me up, but I never wanted these.
        Stop.", "Keine Anrufe mehr. Und keine SMS mehr.")."""
        meter[0] += guards.WINDOW * len(tokens) + sum(map(len, tokens))
        model = self.model
        review_bar = model.thresholds.review if model is not None else 1.0
        report = guards.own_wish_after_report(tokens, clauses, _asks(body))
        if report is not None:
            between, turn, start = report
            if between < turn and self._asks_to_stop(tokens[between:turn],
                                                     clauses[between:turn], rules, language,
                                                     meter, review_bar):
                # Sentences of the writer's own before the turn ask for the stop: it stands
                # ("He passed away last month. Please remove this number, but thank you").
                return found
            own, own_clauses, bar = tokens[start:], clauses[start:], review_bar
        else:
            texts = guards.texts_apart_from_another_channel(tokens, clauses)
            if texts is None:
                return found
            # Words naming the texts lean the model to an opt-out ("die SMS passen so" reads
            # 0.76): there only a confident reading keeps the decision.
            own, own_clauses = texts, (0,) * len(texts)
            bar = model.thresholds.opt_out if model is not None else 1.0
        if self._asks_to_stop(own, own_clauses, rules, language, meter, bar):
            return found
        return self._for_review(found)

    def _asks_to_stop(self, words: tuple[str, ...], clauses: tuple[int, ...], rules: Compiled,
                      language: str | None, meter: list[int], bar: float) -> bool:
        """Whether a part of a message asks for the stop by itself: the rules read an opt-out
        in it (or send it to a person), or the model reads one at ``bar`` or more where the
        rules do not call it ordinary usage ("jangan dihapus": don't delete)."""
        vetoed = [NOT_VETOED]
        again = self._decide(rules, words, clauses, language, meter,
                             all(t.isascii() for t in words), vetoed)
        if again.intent == "opt_out" or again.review:
            return True
        model = self.model
        if model is None or vetoed[0] == ORDINARY:
            return False
        answer = model.predict(model_text(words))
        meter[0] += answer.steps
        return answer.probabilities["opt_out"] >= bar

    def _for_review(self, found: Classification) -> Classification:
        """An opt-out reading left for a person: an opt-out meanwhile only under
        AMBIGUOUS_POLICY=suppress."""
        suppress = self.ambiguous_policy == "suppress"
        return replace(found, intent="opt_out" if suppress else "none",
                       scope="sender" if suppress else None, confidence=0.5, review=True)

    def _unsure(self, found: Classification) -> Classification:
        """A rules review item: left for a person, and an opt-out meanwhile under
        AMBIGUOUS_POLICY=suppress."""
        if self.ambiguous_policy == "suppress":
            return Classification("opt_out", "sender", found.matched, found.language, 0.5, True)
        return found

    def _decide(self, rules: Compiled, tokens: tuple[str, ...], clauses: tuple[int, ...],
                language: str | None, meter: list[int], norm_ascii: bool,
                vetoed: list[int]) -> Classification:
        if len(tokens) == 1 and tokens[0] in YES_WORDS and tokens[0] not in rules.vocabulary:
            if self.opt_in_yes:
                return Classification("opt_in", "sender", tokens[0].upper(),
                                      YES_WORDS[tokens[0]], 0.9)
            return Classification("none", None, None, YES_WORDS[tokens[0]], 0.9)
        found: Classification | None = _keyword_form(tokens, rules, meter, language=language)
        if found is None and len(tokens) == 1:
            # "STOP唔該", "請stop", "STOPお願いします": a Latin keyword typed against an unspaced
            # script's polite word is one token; read it as the two words it is.
            parts = _script_runs(tokens[0])
            if len(parts) > 1:
                meter[0] += len(tokens[0])
                found = _keyword_form(parts, rules, meter, language=language)
        if found is not None:
            return found
        matches = rules.phrases.find(tokens, clauses, _gap_ok, meter)
        if not norm_ascii:
            matches += rules.phrases.find_unspaced(tokens, meter)
        # Ordinary usage is read inside one clause: "Nie, przestańcie wysyłać" (No, stop
        # sending) is no "nie przestańcie wysyłać" (don't stop sending).
        matches = [m for m in matches if m.rule.kind != "not_opt_out"
                   or clauses[m.start] == clauses[m.end - 1]]
        context = _Context(tokens, clauses, matches, meter)
        kept, review = _judge(matches, tokens, clauses, context, meter)
        # Ordinary usage ("stop by", "bus stop", "don't stop"), banter: the rules' "none"
        # stands. Opt-out words the guards explained otherwise ("he said stop"): the model
        # may send the message to a person, never decide it alone.
        requests = [m for m in matches if m.rule.kind.startswith("opt_out")]
        if context.any_blocker or context.banter or _negated(requests, tokens, clauses, meter):
            vetoed[0] = ORDINARY
        elif requests and not kept and not review:
            vetoed[0] = EXPLAINED
        for kind in ("opt_out_all", "opt_out"):
            match = next((m for m in kept if m.rule.kind == kind), None)
            if match is None:
                continue
            if _about_another_channel(tokens, clauses, match.start, meter):
                # "unsubscribe me from the email newsletter, SMS is fine": a person decides.
                return self._unsure(Classification("none", None, match.text(tokens),
                                                   match.rule.language, 0.5, True))
            return Classification("opt_out", "all" if kind == "opt_out_all" else "sender",
                                  match.text(tokens), match.rule.language, 0.9)
        found = (_keyword_clause(tokens, clauses, rules, meter)
                 or _misspelling(tokens)
                 or _short_ending(tokens, clauses, rules, context, meter))
        if found is not None and not found.review:
            return found
        if found is None:
            found = (_stray_keyword(tokens, clauses, context, review, language, meter, vetoed)
                     or _foreign_keyword_alone(tokens, rules, meter, language))
        if found is not None:
            return self._unsure(found)
        for kind in ("opt_in", "help"):
            match = next((m for m in kept if m.rule.kind == kind), None)
            if match is not None:
                return Classification(kind, "sender" if kind == "opt_in" else None,  # type: ignore[arg-type]
                                      match.text(tokens), match.rule.language, 0.85)
        return Classification("none", None, None, language, 0.9)


_LATIN_RUN = re.compile(r"[a-z0-9]+|[^a-z0-9]+")


_HANGUL = re.compile("[\uac00-\ud7af]")


def _script_runs(token: str) -> tuple[str, ...]:
    """A token split where Latin letters meet an unspaced script or Hangul ("stop唔該" → stop,
    唔該; "stop요" → stop, 요: Korean writes its polite ending onto the word); one part when
    it holds neither."""
    if not is_unspaced(token) and not _HANGUL.search(token):
        return (token,)
    return tuple(_LATIN_RUN.findall(token))


def phone_numbers(tokens: tuple[str, ...], clauses: tuple[int, ...]) -> list[tuple[int, int]]:
    """Where the message writes out a phone number: seven digits or more in a row of number
    words inside one clause ("0171 5539284", "555-301-7742"), as (start, end) spans; a count
    ("remove 2 from my order") is none."""
    spans: list[tuple[int, int]] = []
    i, n = 0, len(tokens)
    while i < n:
        j, digits = i, 0
        while j < n and tokens[j].isdigit() and clauses[j] == clauses[i]:
            digits += len(tokens[j])
            j += 1
        if digits >= 7:
            spans.append((i, j))
        i = max(j, i + 1)
    return spans


def _phone_number_named(tokens: tuple[str, ...], clauses: tuple[int, ...],
                        spans: list[tuple[int, int]]) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """The rules read a written-out phone number as "this number": "remove 555-123-4567 from
    your list" is "remove this number from your list"."""
    if not spans:
        return tokens, clauses
    out: list[str] = []
    out_clauses: list[int] = []
    last = 0
    for start, end in spans:
        out += [*tokens[last:start], "this", "number"]
        out_clauses += [*clauses[last:start], clauses[start], clauses[start]]
        last = end
    return (*out, *tokens[last:]), (*out_clauses, *clauses[last:])


# "?" in Latin, CJK and Arabic script, and Greek's ";" (also written as U+037E).
_QUESTION_END = re.compile("[?？؟;\u037e][\\s.!~\U0001F300-\U0001FAFF]*\\Z")


def _asks(body: str) -> bool:
    """The message ends in a question ("..., are the student discounts gone?")."""
    return _QUESTION_END.search(body[-200:]) is not None


def _letter_among_signs(body: str, found: Classification) -> bool:
    """A one-letter keyword (China's T, "回T退订") that is not the whole message: "T?" asks,
    and a letter between other signs ("<#> T <#>", "T 6") requests nothing. A person reads
    it."""
    letter = found.matched or ""
    return len(letter) == 1 and body.strip().rstrip(".!").strip().lower() != letter.lower()


def _plain_letters(body: str) -> bool:
    """Every letter is plain ASCII (English, slang, romanised text), whatever the symbols,
    curly quotes or emoji around them."""
    return body.isascii() or all(ch.isascii() for ch in body if ch.isalpha())


def _gap_ok(token: str) -> bool:
    """A free word inside a phrase may not open a new clause ("when i end i msg")."""
    return token not in SENTENCE_WORDS or token in ("the", "a", "my", "your", "these", "those")


class _Context:
    """What the phrase checks need about the whole message, computed once in one pass each,
    so that judging a match costs a constant (never a scan of the message per match)."""

    def __init__(self, tokens: tuple[str, ...], clauses: tuple[int, ...],
                 matches: list[Match], meter: list[int]) -> None:
        n = len(tokens)
        self.any_blocker = any(m.rule.kind == "not_opt_out" for m in matches)
        meter[0] += n
        self.banter = guards.laughing(tokens)
        if not matches:  # most messages: nothing to judge, nothing blocked
            return
        meter[0] += 3 * n + len(matches)
        # trailer_run[i]: the first index >= i that is not a polite trailer in i's clause.
        self.trailer_run = list(range(n + 1))
        for i in range(n - 1, -1, -1):
            if tokens[i] in TRAILERS and (i + 1 == n or clauses[i + 1] == clauses[i]):
                self.trailer_run[i] = self.trailer_run[i + 1]
        # others[i]: words before i that are not polite words ("whole" phrases allow none).
        self.others = [0] * (n + 1)
        for i, token in enumerate(tokens):
            other = (token not in TRAILERS and token not in LEADERS
                     and token not in _WHOLE_FILLERS)
            self.others[i + 1] = self.others[i] + other
        # reach[i]: the furthest end of an ordinary-usage match starting at or before i.
        self.reach = [0] * (n + 1)
        self.blocked = [False] * (n + 1)
        for match in matches:
            if match.rule.kind == "not_opt_out" and match.start < n:
                self.reach[match.start] = max(self.reach[match.start], match.end)
                for i in range(match.start, min(match.end, n)):
                    self.blocked[i] = True  # each blocker spans a bounded number of words
        for i in range(1, n + 1):
            self.reach[i] = max(self.reach[i], self.reach[i - 1])

    def is_blocked(self, i: int) -> bool:
        """Whether token ``i`` is inside an ordinary-usage match ("stop by", "bus stop")."""
        return self.any_blocker and self.blocked[i]


def _judge(matches: list[Match], tokens: tuple[str, ...], clauses: tuple[int, ...],
           context: _Context, meter: list[int]) -> tuple[list[Match], list[Match]]:
    """Split phrase matches into those that stand and those a person should see."""
    kept: list[Match] = []
    review: list[Match] = []
    n = len(tokens)
    for match in matches:
        meter[0] += 1 + guards.WINDOW
        rule = match.rule
        if rule.kind == "not_opt_out" or not _flags_fit(match, tokens, clauses, context):
            continue
        if rule.kind != "review" and context.reach[match.start] >= match.end:
            continue  # "remove me from the waitlist" holds "remove me"
        verdict = guards.KEEP
        if rule.guarded and match.start < n and match.end <= n:
            first = tokens[match.start]
            verdict = guards.judge_phrase(tokens, clauses, match.start, first,
                                          first in guards.NEGATIONS or first == "no",
                                          first in REVIEW_WORDS or first == "opt",
                                          context.banter)
        if verdict == guards.DROP or (rule.kind == "opt_in" and guards.told_what_you_did(
                guards.before(tokens, clauses, match.start))):
            continue
        if verdict == guards.REVIEW and rule.kind not in ("opt_out", "opt_out_all"):
            continue  # banter or a condition around a HELP, opt-in or review phrase
        if rule.kind == "review" or verdict == guards.REVIEW:
            review.append(match)
        else:
            kept.append(match)
    return kept, review


def _flags_fit(match: Match, tokens: tuple[str, ...], clauses: tuple[int, ...],
               context: _Context) -> bool:
    flags = match.rule.flags
    if not flags:
        return True
    if "short" in flags and len(tokens) > 6:
        return False
    if "end" in flags and match.end < len(tokens):
        stop = context.trailer_run[match.end]
        if stop < len(tokens) and clauses[stop] == clauses[match.start]:
            return False
    if "whole" in flags:
        others = context.others
        if others[match.start] or others[-1] - others[match.end]:
            return False
    return True


def _custom(words_by_intent: Mapping[str, list[str]]) -> Iterable[Keyword]:
    for intent, words in words_by_intent.items():
        if intent not in ("opt_out", "opt_in", "help"):
            raise ValueError(f"custom keyword intent must be opt_out, opt_in or help: {intent!r}")
        for word in words:
            tokens = normalize(word).tokens
            if tokens:
                scope = None if intent == "help" else "sender"
                yield Keyword(tokens, intent, scope, "en", strong=True)


def _keyword_form(tokens: tuple[str, ...], rules: Compiled, meter: list[int],
                  opt_out_only: bool = False, language: str | None = None) -> Classification | None:
    """A keyword with only polite words, codes, repeats or a brand name around it."""
    for i in range(len(tokens)):
        meter[0] += rules.longest
        keyword, n = rules.match_at(tokens, i)
        if keyword is None or (keyword.needs_language and keyword.language != language):
            if tokens[i] in rules.leaders:
                continue
            return None  # a word that is neither a keyword nor a polite word before one
        leaders, rest = tokens[:i], tokens[i + n :]
        allowed = rules.leaders if keyword.strong else WEAK_LEADERS
        if not all(t in allowed for t in leaders) or not _trailers_fit(rest, keyword, rules, meter):
            return None
        if opt_out_only and (keyword.intent != "opt_out" or not keyword.strong):
            return None  # one clause of many: only a strong opt-out keyword ("basta, ...")
        confidence = 1.0 if not leaders and all(t == keyword.words[-1] for t in rest) else 0.95
        matched = " ".join(keyword.words).upper()
        return Classification(keyword.intent, keyword.scope, matched, keyword.language,  # type: ignore[arg-type]
                              confidence)
    return None


def _foreign_keyword_alone(tokens: tuple[str, ...], rules: Compiled, meter: list[int],
                           language: str | None) -> Classification | None:
    """A one-word message that is an opt-out keyword of a language it was not detected as
    (Vietnamese "TC", Chinese "T", Haitian "ANILE": too short or too English-looking to decide
    on their own) goes to a person instead of being dropped; an everyday English answer
    ("Fine!", also Italian FINE) stays one."""
    if len(tokens) != 1:
        return None
    meter[0] += rules.longest
    keyword, n = rules.match_at(tokens, 0)
    if (keyword is None or not keyword.needs_language or keyword.intent != "opt_out"
            or n != 1 or tokens[0] in EVERYDAY_ANSWERS):
        return None
    return Classification("none", None, " ".join(keyword.words).upper(), language, 0.5, True)


def _trailers_fit(rest: tuple[str, ...], keyword: Keyword, rules: Compiled,
                  meter: list[int]) -> bool:
    unknown = 0
    i = 0
    while i < len(rest):
        meter[0] += rules.longest
        other, n = rules.match_at(rest, i)
        if other is not None and other.intent != keyword.intent:
            return False  # "yes stop": two intents, let review decide
        if other is not None:
            i += n
            continue
        if rest[i] not in rules.trailers and not rest[i].isdigit():
            unknown += 1
        i += 1
    if not unknown:
        return True
    # "STOP MiniLuxe": a strong opt-out keyword followed by at most two words that are not a
    # sentence. Never after an opt-in keyword: "START TIME?" is not a resubscription.
    return (
        keyword.strong
        and keyword.intent == "opt_out"
        and unknown <= 2
        and len(rest) <= 4
        and not any(t in SENTENCE_WORDS for t in rest)
    )


def _keyword_clause(tokens: tuple[str, ...], clauses: tuple[int, ...], rules: Compiled,
                    meter: list[int]) -> Classification | None:
    """One clause of the message is a whole opt-out keyword form: "Please stop. I never gave
    you this number". Opt-outs only: a stray "Yes." must not resubscribe anyone. Beside a long
    conversation the lone keyword goes to review ("Stop it! Can't take it anymore. Then...")."""
    if clauses[-1] == 0:
        return None
    start = 0
    while start < len(tokens):
        end = start
        while end < len(tokens) and clauses[end] == clauses[start]:
            end += 1
        part = tokens[start:end]
        found = _keyword_form(part, rules, meter, opt_out_only=True)
        if found is not None and not _has_unknown(part, rules):
            other = len(tokens) - len(part)
            if other > _LONG_CONTEXT:
                return Classification("none", None, found.matched, found.language, 0.5, True)
            return Classification("opt_out", found.scope, found.matched, found.language, 0.85)
        start = end
    return None


def _has_unknown(part: tuple[str, ...], rules: Compiled) -> bool:
    return any(t not in rules.known_words and t not in rules.leaders and t not in rules.trailers
               and not t.isdigit() for t in part)


def _short_ending(tokens: tuple[str, ...], clauses: tuple[int, ...], rules: Compiled,
                  context: _Context, meter: list[int]) -> Classification | None:
    """A short message that ends with a strong opt-out keyword: "I never signed up for this
    stop". Not "one more stop", "he said stop" or "don't stop" (guards.judge_keyword)."""
    if len(tokens) > 8 or context.is_blocked(len(tokens) - 1) or tokens[-1] in TRAILERS:
        return None  # "... après 22h stp": STP is also French for "please"
    for n in range(min(rules.longest, len(tokens) - 1), 0, -1):
        meter[0] += 1
        keyword = rules.vocabulary.get(tokens[-n:])
        if keyword is None or keyword.intent != "opt_out" or not keyword.strong:
            continue
        if guards.judge_keyword(tokens, clauses, len(tokens) - n) != guards.KEEP:
            return None
        matched = " ".join(keyword.words).upper()
        return Classification("opt_out", keyword.scope, matched, keyword.language, 0.85)  # type: ignore[arg-type]
    return None


def _stray_keyword(tokens: tuple[str, ...], clauses: tuple[int, ...], context: _Context,
                   review: list[Match], language: str | None,
                   meter: list[int], vetoed: list[int]) -> Classification | None:
    """A review phrase, or an opt-out word left mid-sentence that no guard explains away."""
    if review:
        return Classification("none", None, review[0].text(tokens), review[0].rule.language,
                              0.5, True)
    if context.banter:
        return None  # "Stop it okay ... Wahahaha": a keyword in banter is banter
    for i, token in enumerate(tokens):
        meter[0] += 1 + guards.WINDOW
        word_language = REVIEW_WORDS.get(token)
        if word_language is None:
            continue
        if context.is_blocked(i):
            vetoed[0] = ORDINARY
            continue
        if word_language != "en" and word_language != language:
            continue  # "baja" in an English or Hindi sentence
        if (guards.judge_keyword(tokens, clauses, i, deciding=False) == guards.KEEP
                and not _gerund_after(tokens, i)):
            return Classification("none", None, token, language, 0.5, True)
        # A keyword the guards explain away: "two more stops", "he said stop", "don't stop".
        negated = guards.negated(guards.before(tokens, clauses, i))
        vetoed[0] = ORDINARY if negated else max(vetoed[0], EXPLAINED)
    return None


def _negated(requests: list[Match], tokens: tuple[str, ...], clauses: tuple[int, ...],
             meter: list[int]) -> bool:
    """An opt-out phrase under a negation ("don't ever stop texting me deals")."""
    meter[0] += len(requests) * guards.WINDOW
    return any(guards.negated(guards.before(tokens, clauses, m.start)) for m in requests)


def _about_another_channel(tokens: tuple[str, ...], clauses: tuple[int, ...], start: int,
                           meter: list[int]) -> bool:
    """The clause of an opt-out phrase names another channel (the emails, paper by post) and
    not the texts ("Wypiszcie mnie z newslettera mailowego, SMS-y mogą zostać", "I unsubscribed
    from your emails but where is my order?", "stop sending me paper statements")."""
    meter[0] += len(tokens)
    words = {t for t, c in zip(tokens, clauses, strict=True) if c == clauses[start]}
    return not OTHER_CHANNEL_WORDS.isdisjoint(words) and TEXT_WORDS.isdisjoint(words)


def _gerund_after(tokens: tuple[str, ...], i: int) -> bool:
    """"stop being so awesome", "can't stop smiling": a gerund not about messages."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
    return nxt.endswith("ing") and nxt not in TRAILERS and nxt not in _CONTACT_GERUNDS


_CONTACT_GERUNDS = frozenset("texting txting messaging msging sending contacting calling "
                             "emailing spamming bothering harassing".split())


def _misspelling(tokens: tuple[str, ...]) -> Classification | None:
    """A message that is one long word a typo away from an unsubscribe keyword."""
    words = [t for t in tokens if t not in TRAILERS]
    found = misspelt_unsubscribe(words[0]) if len(words) == 1 else None
    if found is None:
        return None
    return Classification("opt_out", "sender", words[0], found, 0.8)
