"""False-alarm guards: general rules that read the words just before a match, inside its
clause, and say whether it is a request to us (``KEEP``), something a person should judge
(``REVIEW``) or ordinary conversation (``DROP``).

Each guard looks back at most ``WINDOW`` tokens, so a match costs a constant amount of work.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

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
from app.keywords.normalize import fold_text

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


# Chinese and Japanese before a Latin keyword, ending in "don't" (with "me") or "by mistake":
# "唔好 unsub 我" (don't unsubscribe me), "不小心按了 STOP" (pressed STOP by mistake),
# "間違えて STOP と送って" (sent STOP by mistake). Typed without the space, such a message is
# one word to the rules, and the keyword is no word of its own.
_UNSPACED_NEGATIONS = ("唔好", "不要", "别", "別", "勿", "唔好將我", "唔好幫我", "不要把我", "别把我",
                       "別把我", "不小心", "唔小心", "小心按咗", "撳錯咗", "按錯咗", "按错了", "不小心按了",
                       "唔小心撳咗", "唔小心按咗", "撳錯", "按錯", "按错", "間違えて", "間違って",
                       "誤って")


def negated(left: tuple[str, ...]) -> bool:
    """"don't ever stop texting me", "pls dun leave me alone": a negation among the three
    words before, with no "you" in between ("why won't you stop" is a request)."""
    for word in reversed(left[-3:]):
        if word in YOU:
            return False
        if word in _NEGATIONS or word.endswith(_UNSPACED_NEGATIONS):
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


# Verbs that ask for the texts: a negation right before one denies an opt-in reading.
_ASKING_FOR_TEXTS = frozenset(
    "put add sign subscribe resubscribe start resume restart want like need send text keep "
    "opt count enroll register".split())
# Words before "you" that make "you put me back on the list" a request, not a report.
_REQUESTING = _ASKING | frozenset({"would", "will", "pls", "plz", "kindly", "just", "and"})


def told_what_you_did(left: tuple[str, ...]) -> bool:
    """"you put me back on the list without asking", "why did you add me": a report of what
    the business did, not a request (``left`` ends with "you"; "can you put me back on the
    list" is a request)."""
    return bool(left) and left[-1] in YOU and (len(left) < 2 or left[-2] not in _REQUESTING)


def denies_opt_in(tokens: Sequence[str]) -> bool:
    """Words that deny an opt-in reading: a negation right before a verb that asks for the
    texts ("dont put me back on the text list", "never add me", "I would not like the
    specials texts again"), or a report of what the business did ("you put me back on the
    list"). "I didn't mean to reply stop, add me back" and "don't stop the deals" stay
    opt-ins."""
    for i in range(1, len(tokens)):
        word = tokens[i]
        if word not in _ASKING_FOR_TEXTS:
            continue
        if any(t in _NEGATIONS for t in tokens[max(0, i - 2):i]):
            return True
        if told_what_you_did(tuple(tokens[max(0, i - 2):i])):
            return True
    return False


def subordinate(left: tuple[str, ...]) -> bool:
    """"when i end i msg", "if you stop texting": a subordinate clause states a condition."""
    return any(word in SUBORDINATORS for word in left)


# Laughter typed as a run of one syllable: "hahahah", "heehee", "kkkkk", "wkwkwk", "jajaja",
# "rsrsrs", and the same in Arabic letters (heh), Thai digits (555), Korean jamo (as NFD leaves
# them), Chinese characters and Cyrillic letters. The vowel may change ("hahahe") but not the
# consonant: "hija" (daughter), "harsh", "hers" and "hexa" are words, and "jiejie" (pinyin of
# "older sister") too.
_LAUGH_RUN = re.compile(r"\A(?:a?(?:h[aei]+){2,}h?|(?:j[aei]){2,}[aei]*j?|(?:х[аеи]+){2,}х?"
                        r"|(wk|rs|xa)\1+|k{3,}|ه{3,}|5{3,}|ᄏ{2,}|ᄒ{2,}|哈{2,}|w{3,})\Z")


_LAUGH_EMOJI = frozenset("😂🤣😆😹😝😜😍🥰🤩😻")


def laughing(tokens: Sequence[str], body: str = "") -> bool:
    """Banter: a laughter marker anywhere in the message (a word, a run of one syllable, or
    with ``body`` a laughing or delighted emoji, which the tokens leave out: "hou op, dit is
    echt geweldig 😍" is "stop it, this is great")."""
    return (not LAUGHTER.isdisjoint(tokens) or any(_LAUGH_RUN.match(t) for t in tokens)
            or not _LAUGH_EMOJI.isdisjoint(body))


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


# A request asked back and answered: "Stop? No, keep them coming", "Unsubscribe from what? I
# love these deals", a Chinese "退订" asked back with full-width punctuation and answered "不不不".
# The words are echoed, not said to us.
_ECHO = re.compile(r"\A\W*+(?P<asked>[^?？؟.!。！\n]{1,60}?)\s*[?？؟]+\s*(?P<rest>\S.*)?\Z", re.S)
_ECHO_MAX_WORDS = 5
# Words that answer such a question with "no", in the engine's languages (accents folded).
REFUSALS = frozenset(
    """no nope nah naw nao non nein nee neen nooit welnee nix bloss nie nigdy нет неа не ні нi
    нее ни nunca jamais nada macche mai hindi hinde huwag wag hala ayoko jangan jgn gak gk ga
    nggak enggak engga ndak tidak tdk khong ko hong thoi đung dung hayir yok asla sakin όχι
    οχι oxi ochi μη لا لأ لاء مش msh la2 نه نخیر nakhair نہیں نہ نئیں na nah nahi nahin
    mat नहीं नही मत না ਨਹੀਂ ના ไม่ mai いや いいえ iie 아니 아니요 아뇨 ani anio 不 不不 不不不
    唔 唔好 别 別 bu m""".split())
# "Never" answers as the first word or after a particle (Ukrainian "ta nikoly"), not after
# "I" ("STOP? I never signed up for this" is a request).
_NEVER = frozenset("never nvr niemals jamas ніколи никогда".split())
_UNSPACED_REFUSALS = ("不", "唔", "别", "別", "いや", "いいえ", "아니", "ไม่")
# "from what?", "why unsubscribe?": the question asks what the request would mean.
WHAT_WORDS = frozenset(
    """what wat wut que quoi was cosa quê co czego wadda ano saan apa apaan gi ne neyi neden
    nereden что чего чого що τι ti ايش شو ماذا إيش چی چیه chi کیا kya kis kisse kiske কী কি
    ki kiser kisher ਕੀ ki શું shu shena shenathi อะไร arai 何 なに nani nande 뭐 뭔 mwo 什么
    什麼 乜 mat shenu why kyon kyun kyu kahe kaahton kahton kem keno क्यों کیوں কেন ਕਿਉਂ કેમ""".split())


def echoed(body: str) -> str | None:
    """The answer after a short request asked back ("Stop? No, keep them coming" -> "No,
    keep them coming"), or None when the message is not such an echo. A question alone
    ("STOP?") or followed by anything but a refusal or a "what" question is no echo."""
    found = _ECHO.match(body[:2000])
    if found is None or not found.group("rest"):
        return None
    asked = fold_text(found.group("asked")).split()
    if len(asked) == 1 and len(asked[0]) <= 3 and asked[0].isascii():
        # A surprised "he? afmelden? nee joh": the echo is the next question.
        start = found.start("rest")
        again = _ECHO.match(body[start:start + 2000])
        if again is None or not again.group("rest"):
            return None
        found, asked = again, fold_text(again.group("asked")).split()
        body = body[start:]
    rest = fold_text(found.group("rest")).split()
    if not asked or not rest or len(asked) > _ECHO_MAX_WORDS:
        return None
    answer = rest[:2]  # "arre nahi", "hala wag"
    if (REFUSALS.intersection(answer) or rest[0].startswith(_UNSPACED_REFUSALS)
            or answer[0] in _NEVER or (answer[-1] in _NEVER and answer[0] not in _PRONOUN_I)
            or WHAT_WORDS.intersection(asked)):
        return body[found.start("rest"):]
    return None
