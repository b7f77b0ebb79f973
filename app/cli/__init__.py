"""The ``optout`` command line.

Each command's module is imported only when that command runs: a campaign filter should
not pay for the archive's SQLAlchemy or the benchmarks at every start.
"""

from __future__ import annotations

from importlib import import_module

import click

# name -> "module:attribute" of the click command
COMMANDS = {
    "run": "app.cli.run:run",
    "worker": "app.cli.run:worker",
    "serve": "app.cli.run:serve",
    "classify": "app.cli.classify:classify",
    "check": "app.cli.lists:check",
    "filter": "app.cli.lists:filter_command",
    "import": "app.cli.lists:import_command",
    "export": "app.cli.lists:export_command",
    "rebuild": "app.cli.lists:rebuild",
    "simulate": "app.cli.simulate:simulate",
    "bench": "app.cli.bench:bench",
    "hash-password": "app.cli.users:hash_password",
    "migrate": "app.cli.archive:migrate",
    "archive": "app.cli.archive:archive_command",
    "report": "app.cli.archive:report",
    "events": "app.cli.events:events",
    "rnd": "app.cli.rnd:rnd",
    "sync": "app.cli.sync:sync",
    "verify": "app.cli.verify:verify",
}


class LazyGroup(click.Group):
    """A group whose commands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module, _, attribute = target.partition(":")
        command = getattr(import_module(module), attribute)
        assert isinstance(command, click.Command)
        return command


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """optout: SMS opt-out keywords, the suppression list and its tools."""
