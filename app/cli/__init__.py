"""The ``optout`` command line."""

from __future__ import annotations

import click

from app.cli.archive import archive_command, migrate, report
from app.cli.bench import bench
from app.cli.classify import classify
from app.cli.lists import check, export_command, filter_command, import_command, rebuild
from app.cli.run import run, worker
from app.cli.simulate import simulate
from app.cli.users import hash_password


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """optout: SMS opt-out keywords, the suppression list and its tools."""


for command in (run, worker, classify, check, filter_command, import_command, export_command,
                rebuild, simulate, bench, hash_password, migrate, archive_command, report):
    main.add_command(command)
