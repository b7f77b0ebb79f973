"""Phrase matching in linear time: phrases are expanded at import into literal token sequences
and stored in a trie walked with dictionary look-ups; phrases in scripts written without spaces
(Chinese, Japanese) are found as substrings through an index of their first two characters.

Pattern syntax (shared with the language modules): plain words; ``(a|b c)`` an alternation of
words or word sequences; ``[x]`` an optional word or sequence; they nest. The engine's own
lexicon may also use ``_``: any one word that does not start a new clause (not a pronoun or a
conjunction), for "stop sending *me* texts".
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NamedTuple

from app.keywords.normalize import CLAUSE_BITS

WILDCARD = "_"
_MAX_EXPANSIONS = 20_000
_NO_SPACE_SCRIPT = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
                              r"\uf900-\ufaff\u0e00-\u0e7f\uff66-\uff9f]")


class PatternError(ValueError):
    """A phrase pattern that does not follow the shared syntax."""


def expand(pattern: str) -> list[str]:
    """Every literal text a pattern stands for: ``"(stop|quit) [the] texts"`` ->
    ``["stop the texts", "stop texts", "quit the texts", "quit texts"]``."""
    alternatives, end = _parse(pattern, 0, None)
    if end != len(pattern):
        raise PatternError(f"unbalanced {pattern[end]!r} in {pattern!r}")
    return [" ".join(text.split()) for text in alternatives]


def _parse(pattern: str, i: int, closer: str | None) -> tuple[list[str], int]:
    """Parse up to ``closer``: a sequence with top-level ``|`` alternatives."""
    options: list[str] = []
    current = [""]
    while i < len(pattern):
        ch = pattern[i]
        if ch in "([":
            inner, i = _parse(pattern, i + 1, ")" if ch == "(" else "]")
            if ch == "[":
                inner = [*inner, ""]
            current = [f"{a}{b}" for a in current for b in inner]
        elif ch == "|":
            if closer is None:
                raise PatternError(f"'|' outside parentheses in {pattern!r}")
            options.extend(current)
            current = [""]
            i += 1
        elif ch in ")]":
            if ch != closer:
                raise PatternError(f"unexpected {ch!r} in {pattern!r}")
            options.extend(current)
            return options, i + 1
        else:
            j = i
            while j < len(pattern) and pattern[j] not in "([|)]":
                j += 1
            current = [f"{a}{pattern[i:j]}" for a in current]
            i = j
        if len(current) + len(options) > _MAX_EXPANSIONS:
            raise PatternError(f"{pattern!r} expands to too many phrases")
    if closer is not None:
        raise PatternError(f"missing {closer!r} in {pattern!r}")
    return current, i


_Tree = tuple[str, Any]  # ("seq", [trees]) | ("alt" | "opt", [trees]) | ("words", text)


def _tree(pattern: str, i: int, closer: str | None) -> tuple[_Tree, int]:
    """Parse into nested ("seq", parts) / ("alt"|"opt", options) / ("words", text) nodes."""
    options: list[_Tree] = []
    parts: list[_Tree] = []
    while i < len(pattern):
        ch = pattern[i]
        if ch in "([":
            inner, i = _tree(pattern, i + 1, ")" if ch == "(" else "]")
            parts.append(("opt", inner[1]) if ch == "[" else inner)
        elif ch == "|":
            if closer is None:
                raise PatternError(f"'|' outside parentheses in {pattern!r}")
            options.append(("seq", parts))
            parts = []
            i += 1
        elif ch in ")]":
            if ch != closer:
                raise PatternError(f"unexpected {ch!r} in {pattern!r}")
            options.append(("seq", parts))
            return ("alt", options), i + 1
        else:
            j = i
            while j < len(pattern) and pattern[j] not in "([|)]":
                j += 1
            parts.append(("words", pattern[i:j]))
            i = j
    if closer is not None:
        raise PatternError(f"missing {closer!r} in {pattern!r}")
    return ("seq", parts), i


def check(pattern: str) -> None:
    """Raise ``PatternError`` unless ``pattern`` follows the shared syntax and every text it
    stands for has a word (no alternative may match nothing), without expanding it: a word
    phrase loads as an automaton, however many texts its alternatives multiply into."""
    tree, end = _tree(pattern, 0, None)
    if end != len(pattern):
        raise PatternError(f"unbalanced {pattern[end]!r} in {pattern!r}")
    if _may_be_empty(tree):
        raise PatternError(f"{pattern!r} may match no word at all")


def _may_be_empty(node: _Tree) -> bool:
    kind, value = node
    if kind == "words":
        return not str(value).split()
    if kind == "seq":
        return all(_may_be_empty(part) for part in value)
    if kind == "opt":
        return True
    return any(_may_be_empty(option) for option in value)  # "alt"


def shared_text(first: str, second: str,
                tokenize: Callable[[str], tuple[str, ...]]) -> tuple[str, ...] | None:
    """A text two word patterns both stand for (as tokens), or None: their automata are
    walked in step, so neither is expanded."""
    automata = []
    for pattern in (first, second):
        tree, end = _tree(pattern, 0, None)
        if end != len(pattern):
            raise PatternError(f"unbalanced {pattern[end]!r} in {pattern!r}")
        automaton = _Automaton()
        exits, _ = PhraseIndex()._build(automaton, tree, [0], tokenize)
        automaton.accept = set(exits) - {0}
        automata.append(automaton)
    a, b = automata
    seen = {(0, 0)}
    queue: list[tuple[int, int, tuple[str, ...]]] = [(0, 0, ())]
    while queue:
        x, y, text = queue.pop()
        if x in a.accept and y in b.accept:
            return text
        steps = [(u, v, token) for token, targets in a.literal[x].items()
                 for u in targets for v in b.literal[y].get(token, ())]
        steps += [(u, v, token) for token, targets in b.literal[y].items()
                  for v in targets for u in a.wildcard[x]]
        steps += [(u, v, token) for token, targets in a.literal[x].items()
                  for u in targets for v in b.wildcard[y]]
        steps += [(u, v, WILDCARD) for u in a.wildcard[x] for v in b.wildcard[y]]
        for u, v, token in steps:
            if (u, v) not in seen:
                seen.add((u, v))
                queue.append((u, v, (*text, token)))
    return None


def is_unspaced(text: str) -> bool:
    """Whether ``text`` is written in a script without spaces between words."""
    return _NO_SPACE_SCRIPT.search(text) is not None


@dataclass(frozen=True)
class Rule:
    """What a phrase means: ``kind`` is opt_out, opt_out_all, opt_in, help, not_opt_out or
    review; ``name`` says which phrase it was."""

    kind: str
    language: str
    name: str
    flags: frozenset[str] = frozenset()  # whole, end, short (see phrases.py)
    guarded: bool = True  # subject to the false-alarm guards (negation, reported speech...)


class Match(NamedTuple):
    """A rule found at tokens ``start``..``end``; ``literal`` is the text found inside one
    unspaced token (Chinese, Japanese), empty for word phrases."""

    rule: Rule
    start: int
    end: int
    literal: str = ""

    def text(self, tokens: tuple[str, ...]) -> str:
        """What matched, for ``matched``."""
        return self.literal or " ".join(tokens[self.start : self.end])


class _Automaton:
    """One pattern as a small automaton over tokens, built without expanding it: an
    alternation or an optional part adds states, never copies of what follows."""

    def __init__(self) -> None:
        self.literal: list[dict[str, list[int]]] = [{}]
        self.wildcard: list[list[int]] = [[]]
        self.accept: set[int] = set()
        self.length = 0  # the most tokens a match can span
        self.first: set[str] = set()
        self.first_wild = False

    def new_state(self) -> int:
        self.literal.append({})
        self.wildcard.append([])
        return len(self.literal) - 1


class PhraseIndex:
    """Every phrase of every rule, ready for linear-time matching."""

    def __init__(self) -> None:
        self._by_first: dict[str, list[tuple[_Automaton, Rule]]] = {}
        self._by_pair: dict[tuple[str, str], list[tuple[_Automaton, Rule]]] = {}
        self._wild_first: list[tuple[_Automaton, Rule]] = []
        # Unspaced phrases: each literal text with its rules, and, by a literal's first two
        # characters, the lengths such literals have (longest last). A dictionary of texts
        # holds tens of thousands of them in a few megabytes, where a character trie took
        # a dictionary a character.
        self._literals: dict[str, list[Rule]] = {}
        self._lengths: dict[str, list[int]] = {}
        self.depth = 0
        self.longest_unspaced = 0
        self.words: set[str] = set()

    def add(self, pattern: str, rule: Rule, tokenize: Callable[[str], tuple[str, ...]]) -> None:
        """Add ``pattern`` for ``rule``."""
        if is_unspaced(pattern):
            literals = [t for t in expand(pattern) if t]
            if all(" " not in t for t in literals):
                for text in literals:
                    literal = "".join(tokenize(text))
                    if len(literal) >= 2:
                        literal = sys.intern(literal)
                        self._literals.setdefault(literal, []).append(rule)
                        lengths = self._lengths.setdefault(literal[:2], [])
                        if len(literal) not in lengths:
                            lengths.append(len(literal))
                            lengths.sort()
                        self.longest_unspaced = max(self.longest_unspaced, len(literal))
                return
        tree, end = _tree(pattern, 0, None)
        if end != len(pattern):
            raise PatternError(f"unbalanced {pattern[end]!r} in {pattern!r}")
        automaton = _Automaton()
        exits, length = self._build(automaton, tree, [0], tokenize)
        automaton.accept = set(exits) - {0}
        automaton.length = length
        self.depth = max(self.depth, length)
        if automaton.wildcard[0]:
            self._wild_first.append((automaton, rule))
        # Index by the first two words, so that a start runs only the phrases that can
        # still match after two words; a phrase that may end or take any word after its
        # first word is indexed by that word alone.
        for first, states in automaton.literal[0].items():
            loose = any(s in automaton.accept or automaton.wildcard[s] for s in states)
            if loose:
                self._by_first.setdefault(first, []).append((automaton, rule))
                continue
            seconds = {t for s in states for t in automaton.literal[s]}
            for second in seconds:
                entries = self._by_pair.setdefault((first, second), [])
                if (automaton, rule) not in entries:
                    entries.append((automaton, rule))

    def _build(self, automaton: _Automaton, node: _Tree, entries: list[int],
               tokenize: Callable[[str], tuple[str, ...]],
               end: int | None = None) -> tuple[list[int], int]:
        """Add ``node`` after the states ``entries``; return its exit states and the most
        tokens it spans. ``end``, when given, is the state its last token leads to: the
        alternatives of a group share one, so what follows the group is added once, not once
        per alternative."""
        kind, value = node
        if kind == "words":
            states, length = entries, 0
            tokens = [t for word in str(value).split()
                      for t in ([WILDCARD] if word == WILDCARD else tokenize(word))]
            for k, token in enumerate(tokens):
                target = end if end is not None and k == len(tokens) - 1 else automaton.new_state()
                for state in states:
                    if token == WILDCARD:
                        if target not in automaton.wildcard[state]:
                            automaton.wildcard[state].append(target)
                    else:
                        self.words.add(token)
                        targets = automaton.literal[state].setdefault(token, [])
                        if target not in targets:
                            targets.append(target)
                states, length = [target], length + 1
            return states, length
        if kind == "seq":
            states, length = entries, 0
            # The part whose last token leads to ``end``: the last that cannot be skipped.
            last = -1 if end is None else next(
                (k for k in range(len(value) - 1, -1, -1) if not _may_be_empty(value[k])), -1)
            for k, part in enumerate(value):
                states, more = self._build(automaton, part, states, tokenize,
                                           end if k == last else None)
                length += more
            return states, length
        join = end if end is not None else (automaton.new_state() if len(value) > 1 else None)
        exits: list[int] = list(entries) if kind == "opt" else []
        longest = 0
        for option in value:
            ends, length = self._build(automaton, option, entries, tokenize, join)
            exits.extend(ends)
            longest = max(longest, length)
        return list(dict.fromkeys(exits)), longest

    def find(self, tokens: tuple[str, ...], clauses: tuple[int, ...],
             gap_ok: Callable[[str], bool], meter: list[int]) -> list[Match]:
        """Every phrase match inside one sentence (a phrase never spans a sentence end).

        From each start, only the phrases whose first word is that token run, each over at
        most its own length with a set of states no larger than its automaton: the work is a
        constant times the number of tokens; ``meter[0]`` counts it."""
        found: list[Match] = []
        n = len(tokens)
        sentences = [c >> CLAUSE_BITS for c in clauses]
        for start in range(n):
            meter[0] += 1
            clause = sentences[start]
            candidates = self._by_first.get(tokens[start])
            if start + 1 < n and sentences[start + 1] == clause:
                paired = self._by_pair.get((tokens[start], tokens[start + 1]))
                if paired is not None:
                    candidates = [*candidates, *paired] if candidates else paired
            if self._wild_first:
                candidates = [*(candidates or ()), *self._wild_first]
            if candidates is None:
                continue
            for automaton, rule in candidates:
                literal, wildcard, accept = automaton.literal, automaton.wildcard, automaton.accept
                states: list[int] = [0]
                at = start
                while at < n and sentences[at] == clause:
                    token = tokens[at]
                    meter[0] += len(states)
                    at += 1
                    if len(states) == 1:
                        state = states[0]
                        following = literal[state].get(token) or []
                        if wildcard[state] and gap_ok(token):
                            following = [*following, *wildcard[state]]
                    else:
                        following = []
                        for state in states:
                            targets = literal[state].get(token)
                            if targets:
                                following.extend(targets)
                            if wildcard[state] and gap_ok(token):
                                following.extend(wildcard[state])
                        if len(following) > 1:
                            following = list(set(following))
                    if not following:
                        break
                    states = following
                    if not accept.isdisjoint(states):
                        found.append(Match(rule, start, at))
        return found

    def find_unspaced(self, tokens: tuple[str, ...], meter: list[int]) -> list[Match]:
        """Unspaced phrases inside unspaced tokens: at each character, the texts of the
        lengths phrases starting with its two characters have (a bounded number of lookups).
        A phrase found twice in one token is reported once."""
        found: list[Match] = []
        if not self._literals:
            return found
        literals, lengths_by_start = self._literals, self._lengths
        for index, token in enumerate(tokens):
            if len(token) < 2 or not is_unspaced(token):
                continue
            meter[0] += len(token)
            seen: set[tuple[int, str]] = set()
            size = len(token)
            for i in range(size - 1):
                lengths = lengths_by_start.get(token[i:i + 2])
                if lengths is None:
                    continue
                for length in lengths:
                    if i + length > size:
                        break
                    meter[0] += 1
                    text = token[i:i + length]
                    for rule in literals.get(text, ()):
                        key = (id(rule), text)
                        if key not in seen:
                            seen.add(key)
                            found.append(Match(rule, index, index + 1, text))
        return found
