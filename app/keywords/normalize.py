"""Text normalisation for keyword matching: what people type, reduced to plain tokens.

Full-width and compatibility forms (NFKC), zero-width and other invisible format characters,
accents (arrêt -> arret), curly quotes, Cyrillic and Greek look-alike letters, emoji and
punctuation, and mail-client signatures ("Sent from my iPhone") all fall away.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Cyrillic and Greek letters that render like Latin ones (after casefolding).
_LOOKALIKE_LETTERS = str.maketrans(
    {
        "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o",
        "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ј": "j",
        "ԁ": "d", "ո": "n", "α": "a", "β": "b", "ε": "e", "ι": "i", "κ": "k", "ν": "v",
        "ο": "o", "ρ": "p", "τ": "t", "υ": "u", "χ": "x",
        "\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u00b4": "'", "`": "'",
    }
)  # fmt: skip
# Digits (and $) that stand in for letters inside a word: ST0P, 5TOP, UNSUB$CRIBE.
_LOOKALIKE_DIGITS = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t",
                                   "$": "s", "|": "l"})
_LOOKALIKE_ONE_AS_L = str.maketrans({"1": "l"})

_SIGNATURE = re.compile(
    r"(?:^|\n|\s)(?:sent from my|sent from|sent via|get outlook for|enviado desde mi|"
    r"envoye de mon|envoyé de mon)\b.*$|\n\s*--\s*\n.*$",
    re.IGNORECASE | re.DOTALL,
)
_TOKEN = re.compile(r"[a-z0-9$|]+(?:'[a-z]+)*")
_HAS_LETTER = re.compile(r"[a-z]")
_HAS_DIGITISH = re.compile(r"[0-9$|]")
_SPLIT_ALNUM = re.compile(r"[a-z]+|[0-9]+")
_REPEAT = re.compile(r"([a-z])\1+")


@dataclass(frozen=True)
class Normalized:
    """A message reduced for matching: ``tokens`` and their space-joined ``text``."""

    tokens: tuple[str, ...]

    @property
    def text(self) -> str:
        """The tokens joined by single spaces."""
        return " ".join(self.tokens)


def fold_text(body: str) -> str:
    """NFKC, no invisible characters, no signature, casefolded, no accents, Latin letters."""
    text = unicodedata.normalize("NFKC", body)
    # Invisible format characters (zero-width, bidi marks, soft hyphen) vanish; control
    # characters (tabs, carriage returns) separate words like spaces.
    text = "".join(
        "" if cat == "Cf" else (" " if cat == "Cc" and ch != "\n" else ch)
        for ch, cat in ((c, unicodedata.category(c)) for c in text)
    )
    text = _SIGNATURE.sub("", text)
    text = text.casefold().translate(_LOOKALIKE_LETTERS)
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")


def normalize(body: str, known_words: frozenset[str] = frozenset()) -> Normalized:
    """Tokens of ``body``, repaired towards ``known_words``: look-alike digits (ST0P -> stop),
    stretched letters (Stooooop -> stop) and spelled-out letters (S T O P, S.T.O.P -> stop).
    A token mixing letters and digits that is no known word is split (STOP123 -> stop 123)."""
    tokens: list[str] = []
    for raw in _TOKEN.findall(fold_text(body)):
        if _HAS_DIGITISH.search(raw) and _HAS_LETTER.search(raw):
            tokens.extend(_unmask(raw, known_words))
        elif "$" in raw or "|" in raw:
            tokens.extend(part for part in re.split(r"[$|]+", raw) if part)
        elif raw not in known_words and len(raw) > 3:
            tokens.append(_unstretch(raw, known_words))
        else:
            tokens.append(raw)
    return Normalized(tuple(_join_spelled(tokens, known_words)))


def _unstretch(token: str, known_words: frozenset[str]) -> str:
    for candidate in (_REPEAT.sub(r"\1", token), _REPEAT.sub(r"\1\1", token)):
        if candidate in known_words:
            return candidate
    return token


def _join_spelled(tokens: list[str], known_words: frozenset[str]) -> list[str]:
    """Join runs of single letters that spell a known word: ``s t o p`` -> ``stop``."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        j = i
        while j < len(tokens) and len(tokens[j]) == 1 and tokens[j].isalpha():
            j += 1
        if j - i >= 3 and "".join(tokens[i:j]) in known_words:
            out.append("".join(tokens[i:j]))
            i = j
        else:
            out.append(tokens[i])
            i += 1
    return out


def _unmask(raw: str, known_words: frozenset[str]) -> list[str]:
    for candidate in (raw.translate(_LOOKALIKE_DIGITS),
                      raw.translate(_LOOKALIKE_ONE_AS_L).translate(_LOOKALIKE_DIGITS)):
        if candidate in known_words:
            return [candidate]
    return _SPLIT_ALNUM.findall(raw.replace("$", "s").replace("|", "l"))
