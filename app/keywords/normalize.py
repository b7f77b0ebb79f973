"""Text normalisation for keyword matching: what people type, reduced to plain tokens in
clauses, in one pass over the message.

Full-width and compatibility forms (NFKC), zero-width and other invisible format characters,
accents on Latin letters (arrêt -> arret, dừng -> dung), apostrophes (don't -> dont), Cyrillic
and Greek letters that imitate a Latin keyword (Cyrillic DZE-TE-O-ER -> stop), emoji and punctuation, and
mail-client signatures ("Sent from my iPhone") all fall away. Sentence punctuation and commas
end a clause: a phrase never matches across one ("when i end. i msg").

Every step is a single pass (``str`` methods, ``translate``, regular expressions without nested
quantifiers) or a loop over tokens doing a bounded amount of work each, so the cost is linear
in the length of the message. ``Normalized.steps`` counts that work for the linear-time test.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Letters that render like Latin ones (after casefolding); applied to a token only when the
# result is a known keyword, so Russian and Greek words stay themselves.
_LOOKALIKE_LETTERS = str.maketrans(
    {
        "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o",
        "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ј": "j",
        "ԁ": "d", "ո": "n", "α": "a", "β": "b", "ε": "e", "ι": "i", "κ": "k", "ν": "v",
        "ο": "o", "ρ": "p", "τ": "t", "υ": "u", "χ": "x",
    }
)  # fmt: skip
# Digits (and $) that stand in for letters inside a word: ST0P, 5TOP, UNSUB$CRIBE.
_LOOKALIKE_DIGITS = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t",
                                   "$": "s", "|": "l"})
_LOOKALIKE_ONE_AS_L = str.maketrans({"1": "l"})

# ``.*$`` with DOTALL always reaches the end: the first signature found ends the search.
_SIGNATURE = re.compile(
    r"(?:^|\s)(?:sent from my|sent from|sent via|get outlook for|enviado desde mi|"
    r"envoye de mon|envoyé de mon)\b.*$|\n[ \t]*--[ \t]*\n.*$",
    re.IGNORECASE | re.DOTALL,
)
BOUNDARY = "\n"
COMMA = "\x1f"
# Sentence ends (ASCII, CJK, Arabic, Devanagari danda) end a sentence and its clause; commas
# end a clause inside the sentence. Phrases may span a comma ("hören Sie auf, mir ... zu
# schicken"); the guards look back only within a clause.
_SENTENCE_END = ".!?;\n。！？；؛؟।…"
_COMMAS = ",，、،"
CLAUSE_BITS = 14  # a clause number is sentence << CLAUSE_BITS | comma-separated part


_APOSTROPHES = "'\u2018\u2019\u02bc\u00b4`\u2032"
_INVISIBLE = ((0xE0000, 0xE0080), (0xFE00, 0xFE10), (0xE0100, 0xE01F0))  # tags, selectors


# Letters NFD does not strip to a plain one, typed without their mark as people type the
# others (Turkish YARDIM and yardim for "help" spelt with a dotless i, Polish wylaczyc for
# "wyłączyć"): folded for keywords, phrases and messages alike.
_UNDECOMPOSED = {"ı": "i", "ł": "l", "đ": "d"}


def _translation(code: int) -> str | None:
    """What ``chr(code)`` becomes: punctuation, symbols, spaces and controls a space or a
    clause boundary; invisible format characters nothing; apostrophes nothing inside words;
    anything else itself."""
    ch = chr(code)
    if ch in _UNDECOMPOSED:
        return _UNDECOMPOSED[ch]
    if ch in _SENTENCE_END:
        return BOUNDARY
    if ch in _COMMAS:
        return COMMA
    if ch in _APOSTROPHES or any(start <= code < end for start, end in _INVISIBLE):
        return None
    if ch in "$|" or code >= 0x30000:  # look-alike letters inside words: $TOP, UNSUB|
        return ch
    cat = unicodedata.category(ch)
    if cat == "Cf":
        return None
    if cat[0] in "PSZ" or cat == "Cc":
        return " "
    return ch


class _Table(dict[int, str | None]):
    """The translate table, filled a character at a time as texts bring them (building it
    for every code point took a tenth of a second of every start)."""

    def __missing__(self, code: int) -> str | None:
        value = self[code] = _translation(code)
        return value


_TABLE = _Table()


def _build_expanders() -> dict[int, str]:
    """Compatibility characters whose NFKC form is more than four characters long (U+FDFA is
    eighteen): read as a space, so normalising never multiplies the text's length by more
    than four."""
    ranges = ((0x2100, 0x2200), (0x2460, 0x2500), (0x3200, 0x3400), (0xFB00, 0xFE00),
              (0xFE70, 0xFF00), (0x1F100, 0x1F300))
    return {code: " " for start, end in ranges for code in range(start, end)
            if len(unicodedata.normalize("NFKC", chr(code))) > 4}


_EXPANDERS = _build_expanders()
# Marks removed after decomposition: Latin/Greek/Cyrillic diacritics and Arabic vowel marks
# (often left out when typing). Japanese voicing marks and Indic vowel signs are kept.
_MARKS = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
                    r"\u064b-\u065f\u0670]+")
_HAS_DIGITISH = re.compile(r"[0-9$|]")
_HAS_LETTER = re.compile(r"[^\W\d_]")
_SPLIT_ALNUM = re.compile(r"[^\W\d_]+|[0-9]+")
_REPEAT = re.compile(r"(.)\1+")
# The longest word spelled letter by letter that we join ("u n s u b s c r i b e").
_SPELLED_MAX = 12


@dataclass(frozen=True)
class Normalized:
    """A message reduced for matching: ``tokens``, the clause number of each, and ``steps``
    (the work done, for the linear-time property)."""

    tokens: tuple[str, ...]
    clauses: tuple[int, ...]
    folded: str
    steps: int

    @property
    def text(self) -> str:
        """The tokens joined by single spaces."""
        return " ".join(self.tokens)


def fold_text(body: str) -> str:
    """NFKC, signature removed, casefolded, no accents on Latin letters, punctuation as spaces
    and clause boundaries, invisible characters and apostrophes gone."""
    if body.isascii():
        text = _SIGNATURE.sub("", body).lower()
        return text.translate(_TABLE)
    text = unicodedata.normalize("NFKC", body.translate(_EXPANDERS))
    if len(text) > 4 * len(body) + 8:
        # Compatibility forms that expand many-fold (U+FDFA is 18 letters): keep the canonical
        # form so the cost stays proportional to what was sent.
        text = unicodedata.normalize("NFC", body)
    text = _SIGNATURE.sub("", text).casefold()
    text = _MARKS.sub("", unicodedata.normalize("NFD", text))
    text = unicodedata.normalize("NFC", text)
    return text.translate(_TABLE)


def normalize(body: str, known_words: frozenset[str] = frozenset()) -> Normalized:
    """Tokens of ``body`` by clause, repaired towards ``known_words``: look-alike digits and
    letters (ST0P, Cyrillic look-alikes -> stop), stretched letters (Stooooop -> stop) and spelled-out letters
    (S T O P, S.T.O.P -> stop). A token mixing letters and digits that is no known word is
    split (STOP123 -> stop 123)."""
    folded = fold_text(body)
    steps = 4 * len(body) + len(folded)  # the C-level passes above
    prefixes = _prefixes(known_words)
    tokens: list[str] = []
    clauses: list[int] = []
    clause = sentence = 0
    run = longest_run = 0  # single letters in a row: "s t o p" needs joining
    for part in _parts(folded):
        if part is None:  # a sentence ends
            sentence += 1
            clause = sentence << CLAUSE_BITS
            continue
        words = part.split()
        steps += len(part) + 1
        for raw in words:
            steps += 1
            if len(raw) == 1:
                run += 1
                longest_run = max(longest_run, run)
            else:
                run = 0
            if raw.isalpha() and raw.isascii() and (raw in known_words or len(raw) <= 3 or raw[:2] not in prefixes
                                  or len(set(raw)) == len(raw)):
                tokens.append(raw)  # the common case: a plain word, nothing to repair
                clauses.append(clause)
                continue
            steps += 2 * len(raw)  # a few single passes over the word
            for token in _repair(raw, known_words):
                tokens.append(token)
                clauses.append(clause)
        if words:
            clause += 1
    if longest_run < 3:
        return Normalized(tuple(tokens), tuple(clauses), folded, steps + len(tokens))
    joined, joined_clauses, join_steps = _join_spelled(tokens, clauses, known_words)
    return Normalized(tuple(joined), tuple(joined_clauses), folded, steps + join_steps)


_PREFIXES: dict[frozenset[str], frozenset[str]] = {}


def _prefixes(known_words: frozenset[str]) -> frozenset[str]:
    """First two letters of the known words, and their doubled first letter ("sstop"): a
    stretched token ("Stooooop") starts like the word it stretches."""
    prefixes = _PREFIXES.get(known_words)
    if prefixes is None:
        if len(_PREFIXES) > 64:
            _PREFIXES.clear()
        prefixes = frozenset({w[:2] for w in known_words} | {w[0] * 2 for w in known_words})
        _PREFIXES[known_words] = prefixes
    return prefixes


_Spelled = tuple[dict[str, tuple[int, ...]], frozenset[str]]
_LENGTHS: dict[frozenset[str], _Spelled] = {}


def _spelled_lengths(known_words: frozenset[str]) -> _Spelled:
    """For each first letter, the lengths (3 to ``_SPELLED_MAX``, longest first) of the known
    words starting with it, and their first two letters: the only candidates when joining
    spelled-out letters."""
    found = _LENGTHS.get(known_words)
    if found is None:
        if len(_LENGTHS) > 64:
            _LENGTHS.clear()
        by_letter: dict[str, set[int]] = {}
        starts: set[str] = set()
        for word in known_words:
            if 3 <= len(word) <= _SPELLED_MAX and word.isalpha():
                by_letter.setdefault(word[0], set()).add(len(word))
                starts.add(word[:2])
        lengths = {k: tuple(sorted(v, reverse=True)) for k, v in by_letter.items()}
        found = _LENGTHS[known_words] = (lengths, frozenset(starts))
    return found


def _parts(folded: str) -> list[str | None]:
    """The comma-separated parts of each sentence, with None between sentences."""
    parts: list[str | None] = []
    for sentence in folded.split(BOUNDARY):
        parts.extend(sentence.split(COMMA))
        parts.append(None)
    return parts


def _repair(raw: str, known_words: frozenset[str]) -> list[str]:
    if raw in known_words or len(raw) == 1:
        return [raw]
    if raw.isascii():
        if _HAS_DIGITISH.search(raw) and _HAS_LETTER.search(raw):
            return _unmask(raw, known_words)
        if "$" in raw or "|" in raw:
            return [part for part in re.split(r"[$|]+", raw) if part]
        if len(raw) > 3 and raw.isalpha():
            return [_unstretch(raw, known_words)]
        return [raw]
    latin = raw.translate(_LOOKALIKE_LETTERS)
    if latin != raw and latin in known_words:
        return [latin]
    if "$" in raw or "|" in raw:
        return [part for part in re.split(r"[$|]+", raw) if part]
    if len(raw) > 3:
        return [_unstretch(raw, known_words)]
    return [raw]


_STRETCH_MAX = 48  # longer words are no stretched keyword worth the two passes


def _unstretch(token: str, known_words: frozenset[str]) -> str:
    if len(token) > _STRETCH_MAX:
        return token
    for candidate in (_REPEAT.sub(r"\1", token), _REPEAT.sub(r"\1\1", token)):
        if candidate in known_words:
            return candidate
    return token


def _join_spelled(
    tokens: list[str], clauses: list[int], known_words: frozenset[str]
) -> tuple[list[str], list[int], int]:
    """Join runs of single letters that spell a known word: ``s t o p`` -> ``stop``.

    Known words of four letters or more are cut out of a run, shorter ones only when they are
    the whole run ("e n d"); at most ``_SPELLED_MAX`` look-ups a letter, so linear
    in the run."""
    out: list[str] = []
    out_clauses: list[int] = []
    steps = 0
    i, n = 0, len(tokens)
    while i < n:
        steps += 1
        if len(tokens[i]) != 1 or not tokens[i].isalpha():
            out.append(tokens[i])
            out_clauses.append(clauses[i])
            i += 1
            continue
        j = i
        while j < n and len(tokens[j]) == 1 and tokens[j].isalpha():
            j += 1
        steps += j - i
        run = "".join(tokens[i:j])
        words: list[tuple[str, int]] = []
        p = 0
        lengths, prefixes = _spelled_lengths(known_words)
        size = len(run)
        while p < size:
            found = 0
            steps += 1
            if run[p : p + 2] in prefixes:
                for length in lengths.get(run[p], ()):
                    steps += 1
                    if length <= size - p and run[p : p + length] in known_words:
                        found = length
                        break
            if found >= 4 or (found and p == 0 and found == len(run)):
                words.append((run[p : p + found], i + p))
                p += found
            else:  # letters that spell no word ("u r a star") stay letters
                words.append((run[p], i + p))
                p += 1
        for word, at in words:
            out.append(word)
            out_clauses.append(clauses[at])
        i = j
    return out, out_clauses, steps


def _unmask(raw: str, known_words: frozenset[str]) -> list[str]:
    for candidate in (raw.translate(_LOOKALIKE_DIGITS),
                      raw.translate(_LOOKALIKE_ONE_AS_L).translate(_LOOKALIKE_DIGITS)):
        if candidate in known_words:
            return [candidate]
    return _SPLIT_ALNUM.findall(raw.replace("$", "s").replace("|", "l"))

