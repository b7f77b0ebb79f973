"""What ``optout import`` does before the domain takes over: the file read twice (standard
input is spooled to a temporary file first), its format detected, its digest taken."""

from __future__ import annotations

import hashlib
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from app.cli.common import services_for_command
from app.cli.inputs import check_encoding, decoded_lines
from app.errors import InvalidSender
from app.lists.import_formats import Format, detect_format
from app.lists.imports import ImportedRanges, import_rows, rows_of
from app.lists.transfer import ImportReport
from app.phone import normalize_sender


@contextmanager
def _readable(source: str) -> Iterator[Path]:
    """A path that can be read twice: the file itself, or standard input spooled to disk."""
    if source != "-":
        path = Path(source)
        if not path.is_file():
            raise click.FileError(source, hint="no such file")
        yield path
        return
    with tempfile.NamedTemporaryFile(prefix="optout-import-") as spool:
        shutil.copyfileobj(sys.stdin.buffer, spool, 1 << 20)
        spool.flush()
        yield Path(spool.name)


def _digest(path: Path, *how: str) -> str:
    """SHA-256 of the file's bytes and of how it is read (format, sender, region)."""
    digest = hashlib.sha256("\0".join(how).encode() + b"\0")
    with path.open("rb") as binary:
        while block := binary.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def run_import(source: str, fmt: str | None, sender: str | None, encoding: str) -> ImportReport:
    """Import ``source`` (a path or ``-``) on the configured store.

    Raises:
        click.ClickException: the file cannot be opened, or an option is wrong.
    """
    codec = check_encoding(encoding)
    with _readable(source) as path, services_for_command() as svc:
        region = svc.policy.region
        try:
            scope_sender = normalize_sender(sender, region) if sender else None
        except InvalidSender as exc:
            raise click.BadParameter(str(exc), param_hint="--sender") from None

        def lines() -> Iterator[str]:
            with path.open("rb") as binary:
                yield from decoded_lines(binary, codec)

        with path.open("rb") as binary:
            head = binary.read(8192).decode(codec, errors="replace")
        chosen: Format = fmt or detect_format(head)  # type: ignore[assignment]
        if chosen != "aws" and scope_sender:
            raise click.BadParameter("only an AWS list needs a sender", param_hint="--sender")
        digest = _digest(path, chosen, scope_sender or "", region, codec)
        ranges = ImportedRanges(svc.connections.store, svc.settings.message_dedupe_seconds)
        return import_rows(svc.ledger, svc.suppressions, region,
                           rows_of(chosen, lines, scope_sender), digest=digest, ranges=ranges)
