"""The API for marketing tools, CRMs and compliance staff: ``/v1/suppressions``."""

from app.api.routes import bp

__all__ = ["bp"]
