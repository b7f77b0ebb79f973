"""The API for marketing tools, CRMs and compliance staff: ``/v1/suppressions``."""

from app.web.api.suppressions import bp

__all__ = ["bp"]
