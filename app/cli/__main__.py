"""``python -m app.cli``: the same as the ``optout`` command."""

from app.cli import main

main()
