"""Reading the files people hand the command line: any encoding, a BOM, hostile CSV.

Spreadsheets save CSV with a UTF-8 byte-order mark, or in Windows-1252; a file can hold a
field of megabytes. Each of these gets a one-line error naming the line, never a traceback.
"""

from __future__ import annotations

import codecs
import csv
import sys
from collections.abc import Iterable, Iterator
from typing import IO

import click

DEFAULT_ENCODING = "utf-8"
_BLOCK = 1 << 20


class InputFileError(click.ClickException):
    """The input cannot be read as given; exit status 2 (bad input), like ``check``."""

    exit_code = 2


def encoding_option(function):  # type: ignore[no-untyped-def]
    """The ``--encoding`` option shared by ``filter`` and ``import``."""
    return click.option(
        "--encoding", default=DEFAULT_ENCODING, show_default=True,
        help="Text encoding of the input (e.g. cp1252, latin-1); a UTF-8 BOM is skipped.",
    )(function)


def check_encoding(encoding: str) -> str:
    """The codec name to decode with (``utf-8-sig`` for UTF-8, so a BOM is skipped)."""
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        raise click.BadParameter(f"unknown encoding {encoding!r}",
                                 param_hint="--encoding") from None
    return "utf-8-sig" if name in ("utf-8", "utf-8-sig") else name


def open_binary(path: str | None) -> IO[bytes]:
    """The file at ``path``, or stdin for None or ``-``, opened for reading bytes."""
    if path in (None, "-"):
        return sys.stdin.buffer
    try:
        return open(path, "rb")  # the caller closes it
    except OSError as exc:
        raise click.FileError(str(path), hint=exc.strerror) from None


def decoded_lines(binary: IO[bytes], encoding: str) -> Iterator[str]:
    """The lines of ``binary`` as text, each with its ``\\n``, decoded block by block (at C
    speed). A byte that is not ``encoding`` raises InputFileError naming its line."""
    codec = check_encoding(encoding)
    decoder = codecs.getincrementaldecoder(codec)(errors="strict")
    line = 1
    carry = ""
    while True:
        data = binary.read(_BLOCK)
        try:
            text = decoder.decode(data, final=not data)
        except UnicodeDecodeError as exc:
            bad = line + data[: max(exc.start, 0)].count(b"\n")
            raise InputFileError(
                f"line {bad}: not valid {encoding} ({exc.reason} at byte "
                f"0x{exc.object[exc.start]:02x}); name the file's encoding with --encoding"
            ) from None
        if text:
            pieces = (carry + text).split("\n")
            carry = pieces.pop()
            line += len(pieces)
            yield from (piece + "\n" for piece in pieces)
        if not data:
            break
    if carry:
        yield carry


class CsvReader:
    """``csv.reader`` whose malformed rows and oversized fields raise InputFileError naming
    the line, instead of ``csv.Error``."""

    def __init__(self, lines: Iterable[str]) -> None:
        self._reader = csv.reader(lines)

    @property
    def line_num(self) -> int:
        """The physical line the last row ended on."""
        return self._reader.line_num

    def __iter__(self) -> Iterator[list[str]]:
        return self

    def __next__(self) -> list[str]:
        try:
            return next(self._reader)
        except csv.Error as exc:
            raise InputFileError(f"line {self.line_num}: {exc}") from None
