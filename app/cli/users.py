"""``optout hash-password``: a password hash for OPS_USERS or OPS_USERS_FILE."""

from __future__ import annotations

import sys

import click
from werkzeug.security import generate_password_hash


@click.command(name="hash-password")
@click.option("--name", default=None, help="Print a whole OPS_USERS entry for this user name.")
@click.option("--role", type=click.Choice(["viewer", "editor"]), default="viewer",
              show_default=True, help="The role of that entry (with --name).")
def hash_password(name: str | None, role: str) -> None:
    """Read a password (prompted, or one line on stdin) and print its hash.

    \b
    optout hash-password --name alice --role editor
    # alice:editor:scrypt:32768:8:1$...   (append to OPS_USERS, comma-separated)
    """
    if sys.stdin.isatty():
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        raise click.UsageError("the password is empty")
    hashed = generate_password_hash(password)
    click.echo(f"{name}:{role}:{hashed}" if name else hashed)
