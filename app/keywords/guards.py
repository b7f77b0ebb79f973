"""False-alarm guards: general rules that read the words just before a match, inside its
clause, and say whether it is a request to us (``KEEP``), something a person should judge
(``REVIEW``) or ordinary conversation (``DROP``).

Each guard looks back at most ``WINDOW`` tokens, so a match costs a constant amount of work.
"""

from __future__ import annotations

from app.keywords.lexicon import (
    DESIRE_BEFORE_TO,
    INSTRUCTION_VERBS,
    LAUGHTER,
    LIKE_SUBJECTS,
    NEGATIONS,
    NON_IMPERATIVE,
    NOUN_MARKERS,
    QUOTE_LIKE,
    SPEECH_VERBS,
    SUBORDINATORS,
    THIRD_PARTIES,
    YOU,
)

KEEP, REVIEW, DROP = "keep", "review", "drop"
WINDOW = 6
_NEGATIONS = NEGATIONS - {"no"}  # "no, stop texting me" is not a negated request
_PRONOUN_I = frozenset({"i"})
# Verbs that open an imperative request; only these are read as commands to us.
IMPERATIVE_STARTS = frozenset(
    """stop quit cease halt discontinue desist end cancel terminate remove delete erase unlist
    unenroll unregister take get drop cross strike scratch pull put leave unsubscribe unsub opt
    optout revoke revoking withdraw rescind retract sign resubscribe subscribe start resume
    restart add""".split()
)
_HOW = frozenset({"how", "can", "could", "may"})
_ASKING = frozenset({"can", "could", "may", "should", "do", "shall", "how", "please", "pls"})
# Verbs a person uses to do the thing by saying it: "I revoke my consent", "I unsubscribe".
_PERFORMATIVE = frozenset("revoke withdraw rescind retract unsubscribe unsub opt optout".split())
_STOP_WORDS = frozenset("stop stp stopp sstop stops".split())


def before(tokens: tuple[str, ...], clauses: tuple[int, ...], start: int) -> tuple[str, ...]:
    """Up to ``WINDOW`` tokens before ``start`` in the same clause, nearest last."""
    clause = clauses[start]
    i = start
    while i > 0 and start - i < WINDOW and clauses[i - 1] == clause:
        i -= 1
    return tokens[i:start]


def negated(left: tuple[str, ...]) -> bool:
    """"don't ever stop texting me", "pls dun leave me alone": a negation among the three
    words before, with no "you" in between ("why won't you stop" is a request)."""
    for word in reversed(left[-3:]):
        if word in YOU:
            return False
        if word in _NEGATIONS:
            return True
    return False


def reported(left: tuple[str, ...]) -> bool:
    """Reported speech and quotes: "she was like stop texting me", "he said stop", "my boss
    won't stop texting me" (a third person is the subject, not the reader)."""
    for k in range(len(left) - 1, -1, -1):
        word = left[k]
        if word in YOU:
            return False
        if word in QUOTE_LIKE and k > 0 and left[k - 1] in LIKE_SUBJECTS:
            return True
        if word in SPEECH_VERBS and k > 0 and left[k - 1] not in _PRONOUN_I:
            return True
        if word in THIRD_PARTIES:
            return True
    return False


def instruction(left: tuple[str, ...], purpose: bool = True) -> bool:
    """Somebody's unsubscribe instructions quoted: "reply STOP to opt out", "text UNSUB",
    "to stop receiving sms visit..." (a purpose clause, not a wish: "I want to stop ..." is)."""
    if not left:
        return False
    last = left[-1]
    if last in INSTRUCTION_VERBS:
        return True
    if purpose and last in ("to", "2"):
        return len(left) < 2 or left[-2] not in DESIRE_BEFORE_TO
    return False


def not_imperative(left: tuple[str, ...]) -> bool:
    """"when i end i msg", "I'll stop texting you", "this bitch will leave me alone": a
    subject or a modal right before the verb makes it a statement, not a request. "How do I
    stop getting these" and "I want to stop" stay requests."""
    if not left:
        return False
    last = left[-1]
    if last not in NON_IMPERATIVE:
        return False
    if last in ("to", "2"):
        return len(left) < 2 or left[-2] not in DESIRE_BEFORE_TO
    # "how do i stop ...", "can i cancel": a question to us is a request
    return not (last == "i" and ((len(left) >= 2 and left[-2] in _ASKING)
                                 or (len(left) >= 3 and left[-3] in _HOW)))


def subordinate(left: tuple[str, ...]) -> bool:
    """"when i end i msg", "if you stop texting": a subordinate clause states a condition."""
    return any(word in SUBORDINATORS for word in left)


def laughing(tokens: tuple[str, ...]) -> bool:
    """Banter: a laughter marker anywhere in the message."""
    return not LAUGHTER.isdisjoint(tokens)


def as_noun(left: tuple[str, ...]) -> bool:
    """"one more stop", "miss the stop", "in bus stp", "walking to stop": a determiner,
    number or place word right before makes STOP a place."""
    return bool(left) and left[-1] in NOUN_MARKERS


def judge_phrase(tokens: tuple[str, ...], clauses: tuple[int, ...], start: int,
                 first: str, self_negative: bool, keyword_first: bool, banter: bool) -> str:
    """The verdict on a plain-language match starting at ``start`` with word ``first``
    (``self_negative``: the phrase is itself a negation; ``keyword_first``: it opens with a
    keyword that instructions quote, "reply STOP", "to unsubscribe"; ``banter``: the message
    laughs somewhere)."""
    left = before(tokens, clauses, start)
    if reported(left) or (keyword_first and instruction(left)):
        return DROP
    if first in _STOP_WORDS and as_noun(left):
        return DROP  # "the bus stop that time"
    if subordinate(left):
        return REVIEW  # "if you don't stop texting me I'll report you": a person decides
    if not self_negative and negated(left):
        return DROP
    if first in IMPERATIVE_STARTS and not_imperative(left) and not (
            left[-1] == "i" and first in _PERFORMATIVE):
        return DROP
    if banter:
        return REVIEW
    return KEEP


def judge_keyword(tokens: tuple[str, ...], clauses: tuple[int, ...], start: int,
                  deciding: bool = True) -> str:
    """The verdict on a keyword found inside a sentence: ``deciding`` when it would make the
    message an opt-out (a short message ending in it), else it only sends it to review."""
    left = before(tokens, clauses, start)
    if negated(left) or reported(left) or instruction(left, purpose=deciding):
        return DROP
    if tokens[start] in _STOP_WORDS and as_noun(left):
        return DROP
    if not_imperative(left) and (deciding or left[-1] not in ("to", "2")):
        return DROP  # "i stop work at 5", "we cancel lor"; "I'd like to cancel" is reviewed
    return KEEP
