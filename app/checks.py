"""Checking lists of numbers as marketing tools send them: any format in, one answer per
input, in order. A bad number gets its own error and never fails the batch."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from app.exceptions import InvalidNumber
from app.numbers import NANP_E164, normalize_number
from app.suppression import SUPPRESSED, UNDELIVERABLE, SuppressionList


@dataclass(frozen=True)
class CheckResult:
    """The answer for one input. ``number`` is None when the input is not a number."""

    input: object
    number: str | None
    suppressed: bool | None
    undeliverable: bool | None
    error: str | None

    @property
    def textable(self) -> bool:
        """A valid number that is neither suppressed nor undeliverable."""
        return self.error is None and not self.suppressed and not self.undeliverable

    def as_dict(self) -> dict[str, object]:
        """The JSON shape of one ``results`` item of ``POST /v1/suppressions/check``."""
        return {"input": self.input, "number": self.number, "suppressed": self.suppressed,
                "undeliverable": self.undeliverable, "error": self.error}


def normalize_all(inputs: Sequence[object], region: str) -> list[str | InvalidNumber]:
    """E.164 for each input, or the InvalidNumber saying why not."""
    out: list[str | InvalidNumber] = []
    for raw in inputs:
        if isinstance(raw, str) and NANP_E164.fullmatch(raw):
            out.append(raw)  # canonical already: skip the parse (~20 µs)
            continue
        if not isinstance(raw, str):
            out.append(InvalidNumber(f"expected a string, got {type(raw).__name__}"))
            continue
        try:
            out.append(normalize_number(raw, region))
        except InvalidNumber as exc:
            out.append(exc)
    return out


def check_inputs(
    suppressions: SuppressionList, inputs: Sequence[object], codes: Sequence[str], region: str
) -> list[CheckResult]:
    """Normalise and check ``inputs`` against the sender ``codes``, keeping their order."""
    normalized = normalize_all(inputs, region)
    valid = [n for n in normalized if isinstance(n, str)]
    flags = iter(suppressions.check_many(valid, codes))
    results = []
    for raw, number in zip(inputs, normalized, strict=True):
        if isinstance(number, InvalidNumber):
            results.append(CheckResult(raw, None, None, None, str(number)))
        else:
            flag = next(flags)
            results.append(CheckResult(raw, number, bool(flag & SUPPRESSED),
                                       bool(flag & UNDELIVERABLE), None))
    return results


@dataclass
class FilterReport:
    """What a campaign filter let through and held back."""

    kept: int = 0
    suppressed: int = 0
    undeliverable: int = 0
    invalid: int = 0

    def summary(self) -> str:
        return (f"kept {self.kept}, rejected {self.suppressed + self.undeliverable + self.invalid}"
                f" (suppressed {self.suppressed}, undeliverable {self.undeliverable}, "
                f"invalid {self.invalid})")


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


def filter_rows(
    suppressions: SuppressionList,
    rows: Iterable[list[str]],
    column: int,
    codes: Sequence[str],
    region: str,
    keep: Callable[[list[str]], None],
    reject: Callable[[list[str], str], None],
    *,
    batch: int = 5000,
) -> FilterReport:
    """Pass each row whose number may be texted to ``keep`` (with the number in E.164), every
    other row to ``reject`` with the reason. Never lets a suppressed or pending number through.
    """
    report = FilterReport()
    nanp = NANP_E164.fullmatch
    for chunk in _batches(rows, batch):
        parsed: list[str | InvalidNumber] = []
        for row in chunk:
            raw = row[column].strip() if column < len(row) else ""
            if nanp(raw):
                parsed.append(raw)
                continue
            try:
                parsed.append(normalize_number(raw, region))
            except InvalidNumber as exc:
                parsed.append(exc)
        flags = iter(suppressions.check_many([p for p in parsed if isinstance(p, str)], codes))
        for row, number in zip(chunk, parsed, strict=True):  # in input order, both outputs
            if isinstance(number, InvalidNumber):
                report.invalid += 1
                reject(row, f"invalid: {number}")
                continue
            flag = next(flags)
            if not flag:
                report.kept += 1
                row[column] = number
                keep(row)
            elif flag & SUPPRESSED:
                report.suppressed += 1
                reject(row, "suppressed")
            else:
                report.undeliverable += 1
                reject(row, "undeliverable")
    return report


def _batches(rows: Iterable[list[str]], size: int) -> Iterable[list[list[str]]]:
    chunk: list[list[str]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
