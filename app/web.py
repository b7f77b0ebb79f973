"""Glue between Flask and the domain: where a view finds the process's services."""

from __future__ import annotations

from flask import current_app

from app.services import Services


def services() -> Services:
    """The services of the running app (built once by ``create_app``)."""
    return current_app.extensions["optout"]  # type: ignore[no-any-return]
