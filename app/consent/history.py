"""The consent encoding and its fold, in Python: the twin of ``app/store/lua/fold.lua``.

A number's history is a string of entries ``"<ledger id>|<kind><code>"``, separated by
spaces, oldest first; one event may write several entries with its id. Kinds: ``O``
opt-out, ``I`` opt-in, ``P`` consent pending confirmation (a double opt-in sent), ``Y`` and
``E`` that pending consent confirmed by a YES or expired (their code is the ledger id of the
``P``), ``C`` what a carrier said of a confirmation text (no effect),
``U`` undeliverable, ``D`` deliverable again, ``R`` review (no effect), ``X`` retract (its
code is the ledger id of the opt-out it cancels, with ``#<letters>`` for only those
categories of it).

A code is ``<sender>`` or ``<sender>#<letters>``: the sender is ``*`` (every sender) or the
interned code of one sender; the letters name message categories (``m`` marketing, ``i``
informational, ``t`` transactional), and no letters mean all three, so a history written
before categories existed reads exactly as it did. Each (sender, category) is a cell; the
last event that covers a cell decides it, as before: an opt-out of every sender (a *star*
per category) with exceptions for later opt-ins of one sender.

The Lua fold decides inside the store's scripts (recording, applying); this one serves the
readers that need no script (lookups, export, compaction, reports).
tests/integration/test_consent_fold.py checks on random histories that the two agree.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

# Category letters in their one order (marketing, informational, transactional).
LETTERS = "mit"
ALL = "*"
SUPPRESSED = 1
UNDELIVERABLE = 2
PENDING_CONFIRMATION = 16  # a flag of checks: consent asked for, not yet confirmed
_ENTRY = re.compile(r"([0-9]+-[0-9]+)\|([A-Z])(\S*)")
Cell = tuple[str, str]  # (sender code or "*", category letter)


def split_code(code: str) -> tuple[str, str]:
    """``"5#mi"`` -> ``("5", "mi")``; ``"5"`` -> ``("5", "mit")``."""
    base, sep, letters = code.partition("#")
    return base, letters if sep else LETTERS


def join_code(base: str, letters: Iterable[str]) -> str:
    """The canonical code of ``base`` for ``letters`` (all three: no ``#``)."""
    chosen = set(letters)
    ordered = "".join(c for c in LETTERS if c in chosen)
    return base if ordered == LETTERS else f"{base}#{ordered}"


def id_key(ledger_id: str) -> tuple[int, int]:
    """A ledger id as a sortable pair."""
    ms, _, seq = ledger_id.partition("-")
    return int(ms), int(seq)


def event_entries(fields: Mapping[str, str], sender_code: str | None) -> list[tuple[str, str]]:
    """The history entries (kind letter, code) of a ledger event with these ``fields``;
    ``sender_code`` is the interned code of its sender. The one map from what an event says
    to what the fold reads, for the ledger and for ``rebuild``."""
    kind = fields.get("kind", "review")
    target = fields.get("target") or ""
    letters = letters_of(fields.get("categories"))
    base = ALL if fields.get("scope") == "all" else (sender_code or "?")
    if kind == "retract":
        return [("X", target)]
    if kind == "undeliverable":
        return [("U", ALL)]
    if kind in ("opt_out", "narrowed"):
        parts = [("O", join_code(base, letters))]
        if fields.get("policy") == "all-marketing" and base != ALL and "m" in letters:
            parts.append(("O", join_code(ALL, "m")))  # marketing from every sender too
        if kind == "narrowed" and letters != LETTERS:
            lifted = "".join(c for c in LETTERS if c not in letters)
            parts.append(("X", f"{target}#{lifted}"))  # what the answer took back
        return parts
    if kind == "opt_in":
        return [("I", join_code(base, letters))]
    if kind == "captured":
        status = fields.get("status")
        if status == "pending_confirmation":
            return [("P", join_code(base, letters))]
        if status in ("confirmed", "expired"):
            return [("Y" if status == "confirmed" else "E", target)]
        return [("I", join_code(base, letters))]
    if kind == "review":
        return [("R", base)]
    if kind == "confirmation":
        return [("C", "")]  # a carrier's word on a confirmation text: changes no consent
    return []


def letters_of(categories: str | None) -> str:
    """Category letters of an event's ``categories`` field (absent: all of them)."""
    if not categories:
        return LETTERS
    names = {name.strip() for name in categories.split(",")}
    return "".join(c for c, name in zip(LETTERS, CATEGORY_NAMES, strict=True) if name in names)


CATEGORY_NAMES = ("marketing", "informational", "transactional")
LETTER_OF = dict(zip(CATEGORY_NAMES, LETTERS, strict=True))
NAME_OF = dict(zip(LETTERS, CATEGORY_NAMES, strict=True))


class Ruling(NamedTuple):
    """What decides a check: ``scope`` (sender or all; None: nothing), the ruling ledger id,
    the category letter it rules and whether it is a consent pending confirmation."""

    scope: str | None
    ledger_id: str | None
    letter: str | None = None
    pending: bool = False


NOTHING = Ruling(None, None)


@dataclass
class ConsentState:
    """What a history means now, cell by cell: ``stars`` (category -> since: every sender),
    ``revoked`` (cell -> since), ``pending`` (cell -> id of the pending consent),
    ``excepted`` (cell -> id of the opt-in that lifted a star for it)."""

    stars: dict[str, str] = field(default_factory=dict)
    revoked: dict[Cell, str] = field(default_factory=dict)
    pending: dict[Cell, str] = field(default_factory=dict)
    excepted: dict[Cell, str] = field(default_factory=dict)
    undeliverable: bool = False
    undeliverable_since: str | None = None

    def _drop(self, letter: str) -> None:
        for table in (self.revoked, self.pending, self.excepted):
            for cell in [cell for cell in table if cell[1] == letter]:
                del table[cell]

    def projection(self) -> str:
        """The value the checks read: ``*`` or ``*#<letters>``, codes, ``?code`` pending,
        ``!code`` an exception to a star, ``U``; sorted, comma-separated."""
        out = []
        stars = join_code(ALL, self.stars) if self.stars else None
        if stars is not None:
            out.append(stars)
        for prefix, table in (("", self.revoked), ("?", self.pending), ("!", self.excepted)):
            grouped: dict[str, set[str]] = defaultdict(set)
            for base, letter in table:
                grouped[base].add(letter)
            out += [prefix + join_code(base, letters) for base, letters in grouped.items()]
        if self.undeliverable:
            out.append("U")
        return ",".join(sorted(out))

    def ruling(self, codes: frozenset[str], letters: str = LETTERS) -> Ruling:
        """The ruling for a sender standing for ``codes`` and messages of ``letters``; with
        no codes, the cautious answer: ruled if any opt-out covers the number. An opt-out
        rules before a consent pending confirmation; of several, the oldest."""
        best = NOTHING

        def consider(scope: str, since: str, letter: str, pending: bool = False) -> None:
            nonlocal best
            if best.ledger_id is None or id_key(since) < id_key(best.ledger_id):
                best = Ruling(scope, since, letter, pending)

        if not codes:
            for letter in letters:
                if letter in self.stars:
                    consider("all", self.stars[letter], letter)
            if best.scope:
                return best
            for letter in letters:
                for (_, cell_letter), since in self.revoked.items():
                    if cell_letter == letter:
                        consider("sender", since, letter)
        else:
            for letter in letters:
                for code in codes:
                    found = self.revoked.get((code, letter))
                    if found is not None:
                        consider("sender", found, letter)
            if best.scope:
                return best
            for letter in letters:
                if letter in self.stars and not any((c, letter) in self.excepted
                                                    for c in codes):
                    consider("all", self.stars[letter], letter)
        if best.scope:
            return best
        for letter in letters:
            for (code, cell_letter), pid in self.pending.items():
                if cell_letter == letter and (not codes or code in codes):
                    consider("sender", pid, letter, True)
        return best

    def covers_every_category(self, ruled: Ruling) -> bool:
        """Whether the event behind ``ruled`` covers every category (then no category
        decides: the answer is the same for all of them)."""
        if ruled.pending:
            table: Mapping[Cell, str] = self.pending
        elif ruled.scope == "all":
            table = {(ALL, c): since for c, since in self.stars.items()}
        else:
            table = self.revoked
        return {c for (_, c), since in table.items() if since == ruled.ledger_id} == set(LETTERS)


def parse(history: str | None) -> list[tuple[str, str, str]]:
    """(ledger id, kind letter, code) of each entry, oldest first."""
    return _ENTRY.findall(history or "")


def fold(history: str | None) -> ConsentState:
    """What ``history`` means now (the same rules as ``fold()`` in fold.lua)."""
    st = ConsentState()
    entries = parse(history)
    retracted: dict[str, set[str]] = defaultdict(set)
    for _, kind, code in entries:
        if kind == "X":
            target, letters = split_code(code)
            retracted[target].update(letters)
    for ledger_id, kind, code in entries:
        if kind in ("O", "P", "I"):
            base, letters = split_code(code)
            if kind == "O" and ledger_id in retracted:
                # a reviewer said this was not an opt-out, or an answer narrowed it
                letters = "".join(c for c in letters if c not in retracted[ledger_id])
            for letter in letters:
                _cell_event(st, kind, base, letter, ledger_id)
        elif kind in ("Y", "E"):
            for cell in [cell for cell, pid in st.pending.items() if pid == code]:
                del st.pending[cell]
                starred = cell[1] in st.stars
                if kind == "Y":  # confirmed: the consent counts, as an opt-in would
                    st.revoked.pop(cell, None)
                    if starred:
                        st.excepted.setdefault(cell, ledger_id)
                elif starred:  # expired: never confirmed, so not textable
                    st.excepted.pop(cell, None)
                else:
                    st.revoked.setdefault(cell, ledger_id)
        elif kind == "U":
            if not st.undeliverable:
                st.undeliverable_since = ledger_id
            st.undeliverable = True
        elif kind == "D":
            st.undeliverable, st.undeliverable_since = False, None
    return st


def _cell_event(st: ConsentState, kind: str, base: str, letter: str, ledger_id: str) -> None:
    """One category of an ``O``, ``P`` or ``I`` entry."""
    if base == ALL:
        if kind == "O":
            st.stars.setdefault(letter, ledger_id)
            st._drop(letter)
        elif kind == "I":
            st.stars.pop(letter, None)
            st._drop(letter)
        return  # a consent pending for every sender is never written
    cell = (base, letter)
    if kind == "O":
        st.pending.pop(cell, None)
        if letter in st.stars:
            st.excepted.pop(cell, None)
        else:
            st.revoked.setdefault(cell, ledger_id)
    elif kind == "P":
        st.pending[cell] = ledger_id
    else:
        st.revoked.pop(cell, None)
        st.pending.pop(cell, None)
        if letter in st.stars:
            st.excepted.setdefault(cell, ledger_id)


@lru_cache(maxsize=8192)
def value_flags(value: str, codes: frozenset[str], letters: str = LETTERS) -> int:
    """What a projection value (``"*,!3"``, ``"3#m,7"``, ``"U"``) or a pending mark
    (``"3@<id>,*@<id>,?4#m@<id>"``) means for a sender standing for ``codes`` (empty: any
    sender) sending messages of ``letters``: SUPPRESSED, else PENDING_CONFIRMATION, and
    UNDELIVERABLE."""
    stars: set[str] = set()
    tables: dict[str, dict[str, set[str]]] = {"": defaultdict(set), "?": defaultdict(set),
                                              "!": defaultdict(set)}
    undeliverable = False
    for mark in value.split(","):
        code = mark.split("@", 1)[0]
        if not code:
            continue  # "" is the projection of a number nothing applies to
        if code == "U":
            undeliverable = True
            continue
        prefix = code[0] if code[0] in "?!" else ""
        base, cats = split_code(code[len(prefix):])
        if base == ALL and not prefix:
            stars.update(cats)
        else:
            tables[prefix][base].update(cats)
    revoked, pending, excepted = tables[""], tables["?"], tables["!"]
    wanted = set(letters)
    if not codes:
        suppressed = bool(stars & wanted) or any(c & wanted for c in revoked.values())
        waiting = any(c & wanted for c in pending.values())
    else:
        suppressed = any(revoked[c] & wanted for c in codes if c in revoked) or any(
            letter in stars and not any(letter in excepted.get(c, ()) for c in codes)
            for letter in letters)
        waiting = any(pending[c] & wanted for c in codes if c in pending)
    flags = SUPPRESSED if suppressed else PENDING_CONFIRMATION if waiting else 0
    return flags | (UNDELIVERABLE if undeliverable else 0)


def compact(history: str | None, gone: set[str]) -> str:
    """``history`` with its entries whose events left Redis (``gone``, archived and trimmed:
    always the oldest, since trimming follows ledger order) replaced by the fewest entries
    that fold to the same state: the opt-outs in force, the consents pending confirmation,
    the exceptions to a star (each with its own id, so rulings, confirmations and answers
    still find them) and an undeliverable mark. Entries still in Redis are kept as they are.

    The same input always compacts the same way, and compacting again changes nothing, so
    ``rebuild`` can recompute what the history should be from the archive and the ledger.
    """
    entries = (history or "").split()
    cut = 0
    while cut < len(entries) and entries[cut].split("|", 1)[0] in gone:
        cut += 1
    if cut == 0:
        return " ".join(entries)
    st = fold(" ".join(entries[:cut]))
    kept: list[tuple[tuple[int, int], int, str]] = []

    def add(table: Mapping[Cell, str], kind: str, order: int) -> None:
        grouped: dict[tuple[str, str], set[str]] = defaultdict(set)
        for (base, letter), since in table.items():
            grouped[base, since].add(letter)
        kept.extend((id_key(since), order, f"{since}|{kind}{join_code(base, letters)}")
                    for (base, since), letters in grouped.items())

    add({(ALL, letter): since for letter, since in st.stars.items()}, "O", 0)
    add(st.revoked, "O", 0)
    add(st.pending, "P", 0)
    if st.undeliverable and st.undeliverable_since:
        kept.append((id_key(st.undeliverable_since), 0, f"{st.undeliverable_since}|U"))
    add(st.excepted, "I", 1)
    synthetic = [entry for _, _, entry in sorted(kept)]
    return " ".join(dict.fromkeys(synthetic + entries[cut:]))


def rulings_in(history: str | None) -> list[str]:
    """Ledger ids of the opt-outs, pending consents and undeliverable mark in force (what a
    lookup names)."""
    st = fold(history)
    ids = [*st.stars.values(), *st.revoked.values(), *st.pending.values(),
           st.undeliverable_since]
    return [i for i in dict.fromkeys(ids) if i]
