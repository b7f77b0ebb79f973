"""The files ``optout import`` reads, each turned into rows of our CSV's columns.

* ``csv``: our own columns (``number, scope, sender, source, since, note, exceptions``), as
  ``optout export`` writes them; only ``number`` is required.
* ``twilio``: Twilio keeps no list of opted-out numbers that one can download; what its
  Console exports is the message log (``From,To,Body,Status,SentDate,...,ErrorCode,...,
  Direction``). An inbound text whose whole body is one of the opt-out keywords Twilio
  honours, or an outbound message refused with error 21610 (the recipient unsubscribed),
  says the number opted out of that sender; an inbound opt-in keyword says it opted back in.
  The latest word per (number, sender) wins, and only opt-outs are imported: an import never
  lifts an opt-out. The log is read whole before its rows come out (newest first, as the
  Console writes it), in memory bounded by the opt-outs it holds, not by its length.
* ``aws``: the JSON of ``aws pinpoint-sms-voice-v2 describe-opted-out-numbers`` (one
  document, or several pages one after another), read object by object as it streams.

Each reader yields ``(line, row)``: the line (for CSV) or position (for JSON) a fault names,
and a row of our columns.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import IO, Literal

Format = Literal["csv", "twilio", "aws"]
FORMATS: tuple[Format, ...] = ("csv", "twilio", "aws")
# What Twilio does with an inbound text that is exactly one of these words (any case).
TWILIO_OPT_OUT = frozenset({"STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT",
                            "OPTOUT", "REVOKE"})
TWILIO_OPT_IN = frozenset({"START", "YES", "UNSTOP"})
TWILIO_UNSUBSCRIBED = "21610"
TWILIO_COLUMNS = frozenset({"From", "To", "Body", "Direction"})
_JSON_BLOCK = 1 << 16

Row = dict[str, str]


class ImportFormatError(ValueError):
    """The file is not of the format it claims (or seems) to be; the message says where."""


def detect_format(head: str) -> Format:
    """The format of a file that starts with ``head`` (its first few kilobytes, decoded)."""
    text = head.lstrip("\ufeff \t\r\n")
    if text[:1] in ("{", "["):
        return "aws"
    header = next(csv.reader([text.split("\n", 1)[0]]), [])
    if {name.strip() for name in header} >= TWILIO_COLUMNS:
        return "twilio"
    return "csv"


def read_rows(fmt: Format, lines: Iterable[str], *, sender: str | None = None
              ) -> Iterator[tuple[int, Row]]:
    """The rows of a file in ``fmt``; ``sender`` scopes the opt-outs of an AWS list (which
    names none) to one sender instead of every sender.

    Raises:
        ImportFormatError: the file cannot be read as ``fmt`` (a malformed CSV line, a field
            over the size limit: the message names the line).
    """
    if fmt == "aws":
        return _aws_rows(lines, sender)
    counted = _Lines(lines)
    rows = _csv_rows(counted) if fmt == "csv" else _twilio_rows(counted)
    return _naming_csv_faults(rows, counted)


class _Lines:
    """The lines of a file, counted as the CSV reader takes them."""

    def __init__(self, lines: Iterable[str]) -> None:
        self.lines = iter(lines)
        self.count = 0

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        line = next(self.lines)
        self.count += 1
        return line


def _naming_csv_faults(rows: Iterator[tuple[int, Row]], lines: _Lines
                       ) -> Iterator[tuple[int, Row]]:
    try:
        yield from rows
    except csv.Error as exc:  # the rest of the file cannot be trusted
        raise ImportFormatError(f"line {lines.count}: {exc}") from None


def _csv_rows(lines: Iterable[str]) -> Iterator[tuple[int, Row]]:
    reader = csv.reader(lines)
    header = next(reader, None)
    names = [name.strip() for name in header or []]
    if "number" not in names:
        raise ImportFormatError("line 1: the header must name a 'number' column")
    width = len(names)
    for row in reader:
        if not row or (len(row) == 1 and not row[0].strip()):
            continue
        if len(row) < width:
            row += [""] * (width - len(row))
        yield reader.line_num, dict(zip(names, row, strict=False))


def _twilio_time(text: str) -> datetime | None:
    text = text.strip()
    if not text:
        return None
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        try:
            when = parsedate_to_datetime(text)  # the API's RFC 2822 dates
        except (TypeError, ValueError, IndexError):
            return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _twilio_rows(lines: Iterable[str]) -> Iterator[tuple[int, Row]]:
    reader = csv.DictReader(lines)
    if not {name.strip() for name in reader.fieldnames or []} >= TWILIO_COLUMNS:
        raise ImportFormatError(
            "line 1: a Twilio message log export has the columns From, To, Body, Direction")
    latest: dict[tuple[str, str], tuple[datetime, bool, int, str]] = {}
    for raw in reader:
        row = {(k or "").strip(): (v or "").strip() for k, v in raw.items()}
        inbound = row.get("Direction", "").lower() == "inbound"
        word = row.get("Body", "").strip().upper()
        if inbound and word in TWILIO_OPT_OUT | TWILIO_OPT_IN:
            pair, out, why = (row["From"], row["To"]), word in TWILIO_OPT_OUT, f"texted {word}"
        elif not inbound and row.get("ErrorCode") == TWILIO_UNSUBSCRIBED:
            pair, out, why = (row["To"], row["From"]), True, "Twilio error 21610"
        else:
            continue
        when = _twilio_time(row.get("SentDate", ""))
        if when is None:
            raise ImportFormatError(f"line {reader.line_num}: SentDate "
                                    f"{row.get('SentDate', '')!r} is not a date")
        seen = latest.get(pair)
        if seen is None or when > seen[0]:
            latest[pair] = (when, out, reader.line_num, why)
    for (number, to), (when, out, line, why) in sorted(latest.items(), key=lambda i: i[1][2]):
        if out:
            yield line, {"number": number, "scope": "sender", "sender": to, "source": "sms",
                         "since": when.isoformat(), "note": f"Twilio message log: {why}"}


def _aws_rows(lines: Iterable[str], sender: str | None) -> Iterator[tuple[int, Row]]:
    for position, item in _aws_items(lines):
        number = item.get("OptedOutNumber")
        if not isinstance(number, str):
            raise ImportFormatError(f"entry {position}: no OptedOutNumber")
        stamp = item.get("OptedOutTimestamp")
        since = ""
        if isinstance(stamp, int | float) and not isinstance(stamp, bool):
            since = datetime.fromtimestamp(stamp, UTC).isoformat()
        elif isinstance(stamp, str):
            since = stamp
        by_keyword = item.get("EndUserOptedOut") is True
        yield position, {
            "number": number, "scope": "sender" if sender else "all", "sender": sender or "",
            "source": "sms" if by_keyword else "import", "since": since,
            "note": "AWS opt-out list: " + ("the person opted out by keyword" if by_keyword
                                            else "added to the list")}


class _Buffer:
    """Text read block by block from ``lines``, consumed from ``pos``."""

    def __init__(self, lines: Iterable[str]) -> None:
        self.source = iter(lines)
        self.text = ""
        self.pos = 0

    def more(self) -> bool:
        """Read another block (dropping what was consumed); False at the end."""
        block = "".join(_take(self.source, _JSON_BLOCK))
        if not block:
            return False
        self.text = self.text[self.pos:] + block
        self.pos = 0
        return True

    def skip(self, chars: str) -> str:
        """Skip ``chars`` and return the next character ("" at the end)."""
        while True:
            match = _SKIP[chars].match(self.text, self.pos)
            self.pos = match.end() if match else self.pos
            if self.pos < len(self.text) or not self.more():
                return self.text[self.pos : self.pos + 1]


_SKIP = {chars: re.compile("[" + re.escape(chars) + "]*") for chars in (" \t\r\n:", " \t\r\n,")}
_KEY = '"OptedOutNumbers"'


def _aws_items(lines: Iterable[str]) -> Iterator[tuple[int, dict[str, object]]]:
    """Each object of every ``OptedOutNumbers`` array, decoded one at a time."""
    decoder = json.JSONDecoder()
    buffer = _Buffer(lines)
    count = 0
    while True:
        start = buffer.text.find(_KEY, buffer.pos)
        while start < 0:
            buffer.pos = max(buffer.pos, len(buffer.text) - len(_KEY))
            if not buffer.more():
                if count == 0:
                    raise ImportFormatError("no OptedOutNumbers array: not the output of "
                                            "describe-opted-out-numbers")
                return
            start = buffer.text.find(_KEY, buffer.pos)
        buffer.pos = start + len(_KEY)
        if buffer.skip(" \t\r\n:") != "[":
            raise ImportFormatError("OptedOutNumbers is not an array")
        buffer.pos += 1
        while (next_char := buffer.skip(" \t\r\n,")) != "]":
            if not next_char:
                raise ImportFormatError(f"entry {count + 1}: the file ends inside the array")
            while True:
                try:
                    item, end = decoder.raw_decode(buffer.text, buffer.pos)
                    break
                except json.JSONDecodeError as exc:
                    if not buffer.more():
                        raise ImportFormatError(f"entry {count + 1}: {exc.msg}") from None
            if not isinstance(item, dict):
                raise ImportFormatError(f"entry {count + 1} is not an object")
            count += 1
            buffer.pos = end
            yield count, item
        buffer.pos += 1


def _take(source: Iterator[str], size: int) -> Iterator[str]:
    taken = 0
    for piece in source:
        yield piece
        taken += len(piece)
        if taken >= size:
            return


def read_head(binary: IO[bytes], size: int = 4096) -> bytes:
    """The first ``size`` bytes of a seekable file, which is rewound."""
    head = binary.read(size)
    binary.seek(0)
    return head
