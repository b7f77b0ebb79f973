"""The API for marketing tools, CRMs and compliance staff: ``/v1/suppressions``."""

from app.web.api import consents  # noqa: F401  (its routes join the blueprint)
from app.web.api.suppressions import bp

__all__ = ["bp"]
