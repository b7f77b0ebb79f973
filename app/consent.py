"""The consent encoding and its fold, in Python: the twin of ``app/store/lua/fold.lua``.

A number's history is a string of entries ``"<ledger id>|<kind><code>"``, separated by
spaces, oldest first. Kinds: ``O`` opt-out, ``I`` opt-in, ``U`` undeliverable, ``D``
deliverable again, ``R`` review (no effect), ``X`` retract (its code is the ledger id of the
opt-out it cancels). Codes: ``*`` every sender, else the interned code of one sender.

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
               "retract": "X"}
ALL = "*"
SUPPRESSED = 1
UNDELIVERABLE = 2
_ENTRY = re.compile(r"([0-9]+-[0-9]+)\|([A-Z])(\S*)")


def entry_code(kind: str, scope: str | None, sender_code: str | None, target: str | None) -> str:
    """The code an event of ``kind`` carries in the history."""
    if kind == "retract":
        return target or ""
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
    exceptions: set[str] = field(default_factory=set)
    undeliverable: bool = False
    undeliverable_since: str | None = None
    last: str | None = None

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
        if self.all and not codes & self.exceptions:
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
        st.last = ledger_id
        if ledger_id in retracted:
            continue
        if kind == "O":
            if code == ALL:
                if not st.all:
                    st.all_since = ledger_id
                st.all = True
                st.codes, st.exceptions = {}, set()
            elif st.all:
                st.exceptions.discard(code)
            elif code not in st.codes:
                st.codes[code] = ledger_id
        elif kind == "I":
            if code == ALL:
                st.all, st.all_since = False, None
                st.codes, st.exceptions = {}, set()
            else:
                st.codes.pop(code, None)
                if st.all:
                    st.exceptions.add(code)
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
