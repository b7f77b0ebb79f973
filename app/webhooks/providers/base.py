"""What every carrier adapter does, and the request readers they share.

An adapter verifies its provider's signature, then turns the documented payload into the
pipeline's own objects: an :class:`~app.inbound.InboundMessage` for a text, a
:class:`~app.delivery_status.DeliveryFailure` for a status report that matters, or None.
Everything after that is the shared pipeline (``routes.py``).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any, ClassVar

from flask import Response, request

from app.carrier_signatures import SignatureError
from app.delivery_status import DeliveryFailure
from app.errors import APIError
from app.inbound import InboundMessage, InboundOutcome
from app.web import parse_json
from config import Settings

Parsed = InboundMessage | DeliveryFailure | None
# Bandwidth batches events: one request may carry several.
Items = Parsed | list[Parsed]


class ProviderAdapter(ABC):
    """One carrier's webhooks."""

    name: ClassVar[str]
    # True when the provider takes the reply in the webhook's response (Plivo XML); else
    # the reply is sent through its API from an RQ job.
    replies_inline: ClassVar[bool] = False

    @abstractmethod
    def configured(self, settings: Settings) -> bool:
        """Whether the secret that verifies this provider's webhooks is set."""

    @abstractmethod
    def verify(self, settings: Settings) -> None:
        """Check the current request's signature.

        Raises:
            SignatureError: the request is not the provider's, or is a replay.
        """

    @abstractmethod
    def inbound(self, settings: Settings) -> Items:
        """The verified request to ``/sms`` as pipeline objects (400 naming a bad field)."""

    @abstractmethod
    def status(self, settings: Settings) -> Items:
        """The verified request to ``/status``: a failure that matters, or None."""

    def answer(self, message: InboundMessage, outcome: InboundOutcome) -> Response:
        """The response to an inbound text (providers that reply inline override it)."""
        return Response(status=204)

    def accepted(self, settings: Settings) -> None:
        """Called once a request was handled (Plivo remembers its nonce here)."""
        return None


def verified(adapter: ProviderAdapter, settings: Settings) -> None:
    """Run ``adapter.verify``; a failure is a 403 naming what was wrong."""
    try:
        adapter.verify(settings)
    except SignatureError as exc:
        raise APIError(403, exc.code, str(exc)) from None


def json_body(*, array: bool = False) -> Any:
    """The request's JSON object (415 not JSON, 400 not an object; an array allowed with
    ``array``)."""
    if request.mimetype != "application/json":
        raise APIError(415, "unsupported_media_type", "webhook bodies must be application/json")
    try:
        payload = parse_json(request.get_data(cache=True))
    except ValueError:  # not JSON, not UTF-8, or nested too deeply
        raise APIError(400, "invalid_json", "request body is not valid JSON") from None
    if not isinstance(payload, dict) and not (array and isinstance(payload, list)):
        raise APIError(400, "invalid_json", "request body must be a JSON object")
    return payload


_MISSING = object()


def _walk(payload: Any, path: str) -> Any:
    value = payload
    for part in path.split("."):
        if isinstance(value, list) and part.isdigit() and int(part) < len(value):
            value = value[int(part)]
        elif isinstance(value, dict) and part in value:
            value = value[part]
        else:
            return _MISSING
    return value


def field(payload: Any, path: str, *, kind: type = str, where: str = "") -> Any:
    """The value at dotted ``path`` (``data.payload.to.0.phone_number``); 400 naming the
    path (after ``where``, the path to ``payload`` itself) when it is missing or not of
    ``kind``."""
    value = _walk(payload, path)
    if value is _MISSING or value is None:
        raise APIError(400, "missing_field", f"JSON field {where}{path} is required")
    if not isinstance(value, kind):
        raise APIError(400, "invalid_field",
                       f"JSON field {where}{path} must be a {kind.__name__}")
    return value


def optional(payload: Any, path: str) -> Any:
    """The value at dotted ``path``, or None when any part of it is absent."""
    value = _walk(payload, path)
    return None if value is _MISSING else value
