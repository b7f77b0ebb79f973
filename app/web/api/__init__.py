"""The API for marketing tools, CRMs and compliance staff: ``/v1/suppressions``,
``/v1/webhooks``, ``/v1/events``, the send log (``/v1/sends``) and erasure (``/v1/people``)."""

from app.web.api import consents, people, sends  # noqa: F401  (their routes join the blueprint)
from app.web.api import events as _events  # noqa: F401  (registers its routes on bp)
from app.web.api.suppressions import bp

__all__ = ["bp"]
