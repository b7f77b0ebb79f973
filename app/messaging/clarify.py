"""Reading the short answers people send to what we asked them, and the words that widen an
opt-out: the answer to the clarifying question ("MKT" / "ALL", in every language the engine
answers in), a double opt-in's YES (in any language the engine knows a yes of), and words
that name the categories an opt-out leaves alone by default ("stop the codes too").

The keyword engine decides what a message *is*; these only read whole short messages, and
only where a question of ours is outstanding, so they never turn conversation into consent.
The words are data: English here, every other language in its module of
``app.keywords.languages`` (``clarify_marketing``, ``clarify_all``).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Literal

from app.consent.history import parse
from app.consent.ledger import ConsentLedger
from app.keywords.languages import CLARIFY_ALL, CLARIFY_MARKETING
from app.keywords.lexicon import YES_WORDS
from app.keywords.normalize import normalize

Answer = Literal["marketing", "all"]

# Polite words that may come with a YES ("yes please", "Yes, thanks!").
_YES_COURTESY = frozenset("please pls plz thanks thank you thx ok okay sure confirm confirmed "
                          "i do yep".split())
# Words that name a category an opt-out leaves alone by default, so that an opt-out saying
# them covers it too ("stop the codes too", "no more alerts either"). English and Spanish.
CATEGORY_WORDS: dict[str, frozenset[str]] = {
    "transactional": frozenset("code codes passcode passcodes otp otps verification 2fa pin "
                               "pins security alert alerts fraud codigo codigos alertas".split()),
    "informational": frozenset("reminder reminders update updates notification notifications "
                               "appointment appointments recordatorio recordatorios avisos "
                               "notificaciones".split()),
}


def _folded(words: Iterable[str]) -> frozenset[str]:
    return frozenset(" ".join(normalize(word).tokens) for word in words)


@cache
def _answers() -> dict[str, Answer]:
    answers: dict[str, Answer] = {}
    answers.update(dict.fromkeys(_folded(CLARIFY_ALL), "all"))
    answers.update(dict.fromkeys(_folded(CLARIFY_MARKETING), "marketing"))
    answers.pop("", None)
    return answers


def clarification_answer(body: str) -> tuple[Answer, str] | None:
    """("marketing" or "all", the words) when the whole message answers the clarifying
    question, in any language; else None."""
    words = " ".join(normalize(body).tokens)
    answer = _answers().get(words)
    return (answer, words.upper()) if answer else None


def yes_language(body: str) -> str | None:
    """The language of a message that is a plain YES ("Yes", "sí", "oui", "yes please");
    None for anything else ("yes but not on Sundays")."""
    tokens = normalize(body).tokens
    yeses = [t for t in tokens if t in YES_WORDS]
    if len(yeses) != 1 or any(t not in _YES_COURTESY for t in tokens if t not in YES_WORDS):
        return None
    return YES_WORDS[yeses[0]]


def named_categories(body: str) -> frozenset[str]:
    """Categories a message names in words ("the codes" -> transactional)."""
    tokens = set(normalize(body).tokens)
    return frozenset(name for name, words in CATEGORY_WORDS.items() if tokens & words)


# How far back past repeated opt-outs an answer may look for the question it answers.
_LOOK_BACK = 5


def asked_opt_out(ledger: ConsentLedger, number: str, to: str, sender: str
                  ) -> dict[str, str] | None:
    """The opt-out of ``number`` whose confirmation asked the clarifying question and is
    still unanswered, if it was sent to ``to`` (or its sender is ``sender``): the number's
    last consent event, or only repeated opt-outs after it. None otherwise."""
    entries = parse(ledger.history_entries(number))
    candidates: list[str] = []
    for ledger_id, kind, _ in reversed(entries):
        if kind in ("R", "U", "D"):
            continue  # no consent changed: a review item, a carrier's report
        if kind != "O" or len(candidates) >= _LOOK_BACK:
            break
        if ledger_id not in candidates:
            candidates.append(ledger_id)
    for event in ledger.events(number, candidates):
        if event.get("kind") == "opt_out" and event.get("clarify") == "asked":
            mine = event.get("to") == to or (event.get("sender") or None) == sender
            return event if mine else None
        if event.get("kind") != "opt_out" or event.get("status") != "repeat":
            return None  # answered, or a later opt-out that asked nothing
    return None
