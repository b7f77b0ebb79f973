"""Checking lists of numbers as marketing tools send them: any format in, one answer per
input, in order. A bad number gets its own error and never fails the batch.

Campaign lists run to millions of numbers, so per-number work stays in C iterators
(``map``, ``itertools.compress``, ``Counter``); only inputs that are not canonical E.164 take
a Python-level parse, and only numbers found in the suppression list a closer look.
"""

from __future__ import annotations

import operator
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import compress, islice
from typing import TypeVar

from app.consent.categories import category_letters
from app.consent.history import LETTERS
from app.consent.suppression import (
    PENDING_CONFIRMATION,
    SUPPRESSED,
    UNDELIVERABLE,
    SuppressionList,
)
from app.errors import InvalidNumber
from app.lists.send_times import SendTimes
from app.phone import NANP_E164, normalize_number

T = TypeVar("T")
INVALID = 4  # a flag of classify_inputs: the input is not a phone number
QUIET = 8  # a flag of hold_quiet: inside QUIET_HOURS in the number's local time


def classify_inputs(
    suppressions: SuppressionList, raws: Sequence[object], sender: str | None, region: str,
    letters: str = LETTERS,
) -> tuple[list[str], list[int], dict[int, str]]:
    """E.164 numbers ("" for an input that is none) and flags (SUPPRESSED, UNDELIVERABLE,
    PENDING_CONFIRMATION, INVALID) for ``raws`` texted messages of the categories
    ``letters``, in order, with the reason of each INVALID by index."""
    try:
        stripped = list(map(str.strip, raws))  # type: ignore[arg-type]
    except TypeError:  # a JSON caller sent a number or null among the strings
        stripped = [r.strip() if isinstance(r, str) else r for r in raws]  # type: ignore[misc]
    errors: dict[int, str] = {}
    numbers: list[str] = stripped  # type: ignore[assignment]
    if not _all_canonical(stripped):
        canonical = list(map(_canonical, stripped))
        numbers = list(numbers)
        for i in compress(range(len(numbers)), map(operator.not_, canonical)):
            raw = stripped[i]
            try:
                if not isinstance(raw, str):
                    raise InvalidNumber(f"expected a string, got {type(raw).__name__}")
                numbers[i] = normalize_number(raw, region)
            except InvalidNumber as exc:
                errors[i] = str(exc)
                numbers[i] = ""
    if not errors:
        return numbers, suppressions.check_many(numbers, sender, letters), errors
    checked = iter(suppressions.check_many([n for n in numbers if n], sender, letters))
    return numbers, [next(checked) if n else INVALID for n in numbers], errors


def _canonical(value: object) -> object:
    return NANP_E164.fullmatch(value) if isinstance(value, str) else None


_NOT_CANONICAL_LINE = re.compile(r"^(?!" + NANP_E164.pattern + r"$)", re.MULTILINE)


def _all_canonical(values: Sequence[object]) -> bool:
    """One regex scan over the whole batch: the usual campaign list is all E.164 already."""
    if not all(isinstance(v, str) for v in values[:1]):
        return False
    try:
        text = "\n".join(values)  # type: ignore[arg-type]
    except TypeError:
        return False
    # One line per value: a value holding a newline must never pass as two numbers.
    return (text.count("\n") == len(values) - 1
            and _NOT_CANONICAL_LINE.search(text) is None)


def check_results(
    suppressions: SuppressionList, inputs: Sequence[object], sender: str | None, region: str,
    send_times: SendTimes | None = None, category: str | None = None,
) -> list[dict[str, object]]:
    """The ``results`` of ``POST /v1/suppressions/check``: one object per input, in order,
    each with ``textable_now`` (and ``reason``, ``next_allowed``) as ``send_times`` says, for
    messages of ``category`` (None: any, the cautious check), which each result names."""
    letters = category_letters(category)
    numbers, flags, errors = classify_inputs(suppressions, inputs, sender, region, letters)
    when = send_times or SendTimes(None)
    return [
        {"input": raw, "number": None, "suppressed": None, "undeliverable": None,
         "textable_now": False, "reason": "invalid", "next_allowed": None,
         "category": category, "error": errors[i]} if flag == INVALID else
        {"input": raw, "number": number, "suppressed": bool(flag & SUPPRESSED),
         "undeliverable": bool(flag & UNDELIVERABLE),
         **when.for_number(number, suppressed=bool(flag & SUPPRESSED),
                           undeliverable=bool(flag & UNDELIVERABLE),
                           pending_confirmation=bool(flag & PENDING_CONFIRMATION)).as_dict(),
         "category": category, "error": None}
        for i, (raw, number, flag) in enumerate(zip(inputs, numbers, flags, strict=True))
    ]


def hold_quiet(numbers: Sequence[str], flags: list[int], errors: dict[int, str],
               send_times: SendTimes) -> None:
    """Flag QUIET every otherwise textable number inside quiet hours now, in place; its
    ``errors`` entry says until when (``filter --now``)."""
    if send_times.quiet is None:
        return
    for i in compress(range(len(flags)), map(operator.not_, flags)):
        answer = send_times.quiet_answer(numbers[i])
        if not answer.textable_now:
            flags[i] = QUIET
            errors[i] = answer.next_allowed or ""


@dataclass
class FilterReport:
    """What a campaign filter let through and held back."""

    kept: int = 0
    suppressed: int = 0
    undeliverable: int = 0
    invalid: int = 0
    quiet: int = 0
    pending_confirmation: int = 0

    def count(self, flags: list[int]) -> None:
        """Add one batch's flags (a count per distinct flag value, so no per-number work)."""
        for flag, n in Counter(flags).items():
            if not flag:
                self.kept += n
            elif flag == INVALID:
                self.invalid += n
            elif flag == QUIET:
                self.quiet += n
            elif flag & SUPPRESSED:
                self.suppressed += n
            elif flag & UNDELIVERABLE:
                self.undeliverable += n
            else:
                self.pending_confirmation += n

    def summary(self) -> str:
        rejected = (self.suppressed + self.undeliverable + self.invalid + self.quiet
                    + self.pending_confirmation)
        quiet = f", quiet hours {self.quiet}" if self.quiet else ""
        waiting = (f", pending confirmation {self.pending_confirmation}"
                   if self.pending_confirmation else "")
        return (f"kept {self.kept}, rejected {rejected}"
                f" (suppressed {self.suppressed}, undeliverable {self.undeliverable}, "
                f"invalid {self.invalid}{quiet}{waiting})")


def reason(flag: int, error: str | None) -> str:
    """Why a number was held back, for the rejected file."""
    if flag == INVALID:
        return f"invalid: {error}"
    if flag == QUIET:
        return f"quiet_hours until {error}"
    if flag & SUPPRESSED:
        return "suppressed"
    return "undeliverable" if flag & UNDELIVERABLE else "pending_confirmation"


def chunks(items: Iterable[T], size: int = 200_000) -> Iterator[list[T]]:
    """Lists of up to ``size`` items."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


_PHONE_COLUMNS = ("phone", "number", "mobile", "msisdn", "cell", "to")


def find_column(header: list[str], wanted: str | None) -> int:
    """Index of the number column: ``wanted`` by name, else the first that looks like one.

    Raises:
        ValueError: no such column.
    """
    names = [h.strip().lower() for h in header]
    if wanted is not None:
        if wanted.strip().lower() in names:
            return names.index(wanted.strip().lower())
        raise ValueError(f"no column {wanted!r} in the header {header}")
    for i, name in enumerate(names):
        if any(hint in name for hint in _PHONE_COLUMNS):
            return i
    raise ValueError(f"no phone number column in the header {header}; name one with --column")
