"""The API for marketing tools, CRMs and compliance staff: ``/v1/suppressions``,
``/v1/webhooks`` and ``/v1/events``."""

from app.web.api import consents  # noqa: F401  (its routes join the blueprint)
from app.web.api import events as _events  # noqa: F401  (registers its routes on bp)
from app.web.api.suppressions import bp

__all__ = ["bp"]
