"""The API for marketing tools, CRMs and compliance staff: ``/v1`` (suppressions and checks,
the send log, erasure)."""

from app.web.api import consents, people, sends  # noqa: F401  (their routes join it)
from app.web.api.suppressions import bp

__all__ = ["bp"]
