"""The consent encoding and its fold, in Python: the twin of ``app/store/lua/fold.lua``.

A number's history is a string of entries ``"<ledger id>|<kind><code>"``, separated by
spaces, oldest first. Kinds: ``O`` opt-out, ``I`` opt-in, ``U`` undeliverable, ``D``
deliverable again, ``R`` review and ``C`` a confirmation's fate (no effect), ``X`` retract
(its code is the ledger id of the opt-out it cancels). Codes: ``*`` every sender, else the
interned code of one sender.

The Lua fold decides inside the store's scripts (recording, applying); this one serves the
readers that need no script (lookups, export, compaction, reports). tests/test_consent_fold.py
checks on random histories that the two agree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

# The one map from an event's kind to its history letter.
KIND_LETTER = {"opt_out": "O", "opt_in": "I", "undeliverable": "U", "review": "R",
               "retract": "X", "confirmation": "C"}
ALL = "*"
SUPPRESSED = 1
UNDELIVERABLE = 2
_ENTRY = re.compile(r"([0-9]+-[0-9]+)\|([A-Z])(\S*)")


def entry_code(kind: str, scope: str | None, sender_code: str | None, target: str | None) -> str:
    """The code an event of ``kind`` carries in the history."""
    if kind == "retract":
        return target or ""
    if kind == "confirmation":
        return ""
    if kind == "undeliverable" or scope == "all":
        return ALL
    return sender_code or "?"


def id_key(ledger_id: str) -> tuple[int, int]:
    """A ledger id as a sortable pair."""
    ms, _, seq = ledger_id.partition("-")
    return int(ms), int(seq)


@dataclass
class ConsentState:
    """What a history means now; ``since`` maps a sender code to the opt-out in force."""

    all: bool = False
    all_since: str | None = None
    codes: dict[str, str] = field(default_factory=dict)
    exceptions: dict[str, str] = field(default_factory=dict)  # code -> the opt-in's id
    undeliverable: bool = False
    undeliverable_since: str | None = None

    def projection(self) -> str:
        """The value the checks read: sorted codes, ``!c`` for an exception to ``*``, ``U``."""
        out = ([ALL, *(f"!{c}" for c in self.exceptions)] if self.all else list(self.codes))
        if self.undeliverable:
            out.append("U")
        return ",".join(sorted(out))

    def ruling(self, codes: frozenset[str]) -> tuple[str | None, str | None]:
        """(scope, ruling ledger id) for a sender standing for ``codes``; with no codes, the
        cautious answer: suppressed if any opt-out covers the number."""
        if not codes:
            if self.all:
                return "all", self.all_since
            if self.codes:
                return "sender", min(self.codes.values(), key=id_key)
            return None, None
        matching = [self.codes[code] for code in codes if code in self.codes]
        if matching:
            return "sender", min(matching, key=id_key)
        if self.all and not codes & self.exceptions.keys():
            return "all", self.all_since
        return None, None


def parse(history: str | None) -> list[tuple[str, str, str]]:
    """(ledger id, kind letter, code) of each entry, oldest first."""
    return _ENTRY.findall(history or "")


def fold(history: str | None) -> ConsentState:
    """What ``history`` means now (the same rules as ``fold()`` in fold.lua)."""
    st = ConsentState()
    entries = parse(history)
    retracted = {code for _, kind, code in entries if kind == "X"}
    for ledger_id, kind, code in entries:
        if kind == "O" and ledger_id in retracted:
            continue
        if kind == "O":
            if code == ALL:
                if not st.all:
                    st.all_since = ledger_id
                st.all = True
                st.codes, st.exceptions = {}, {}
            elif st.all:
                st.exceptions.pop(code, None)
            elif code not in st.codes:
                st.codes[code] = ledger_id
        elif kind == "I":
            if code == ALL:
                st.all, st.all_since = False, None
                st.codes, st.exceptions = {}, {}
            else:
                st.codes.pop(code, None)
                if st.all:
                    st.exceptions.setdefault(code, ledger_id)
        elif kind == "U":
            if not st.undeliverable:
                st.undeliverable_since = ledger_id
            st.undeliverable = True
        elif kind == "D":
            st.undeliverable, st.undeliverable_since = False, None
    return st


@lru_cache(maxsize=4096)
def value_flags(value: str, codes: frozenset[str]) -> int:
    """What a projection value (``"*,!3"``, ``"3,7"``, ``"U"``) or a pending mark
    (``"3@<id>,*@<id>"``) means for a sender standing for ``codes`` (empty: any sender)."""
    star = excepted = hit = undeliverable = False
    for mark in value.split(","):
        code = mark.split("@", 1)[0]
        if not code:
            continue  # "" is the projection of a number nothing applies to
        if code == ALL:
            star = True
        elif code == "U":
            undeliverable = True
        elif code.startswith("!"):
            excepted = excepted or code[1:] in codes
        elif not codes or code in codes:
            hit = True
    suppressed = hit or (star and not excepted)
    return (SUPPRESSED if suppressed else 0) | (UNDELIVERABLE if undeliverable else 0)


def compact(history: str | None, gone: set[str]) -> str:
    """``history`` with its entries whose events left Redis (``gone``, archived and trimmed:
    always the oldest, since trimming follows ledger order) replaced by the fewest entries
    that fold to the same state: the opt-outs in force and the exceptions to a global
    opt-out (each with its own id, so rulings still name them) and an undeliverable mark.
    Entries still in Redis are kept as they are.

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
    if st.all and st.all_since:
        kept.append((id_key(st.all_since), 0, f"{st.all_since}|O{ALL}"))
    kept += [(id_key(since), 0, f"{since}|O{code}") for code, since in st.codes.items()]
    if st.undeliverable and st.undeliverable_since:
        kept.append((id_key(st.undeliverable_since), 0, f"{st.undeliverable_since}|U"))
    kept += [(id_key(since), 1, f"{since}|I{code}") for code, since in st.exceptions.items()]
    synthetic = [entry for _, _, entry in sorted(kept)]
    return " ".join(dict.fromkeys(synthetic + entries[cut:]))


def rulings_in(history: str | None) -> list[str]:
    """Ledger ids of the opt-outs and undeliverable mark in force (what a lookup names)."""
    st = fold(history)
    ids = [*st.codes.values(), st.all_since, st.undeliverable_since]
    return [i for i in dict.fromkeys(ids) if i]
