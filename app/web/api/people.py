"""``DELETE /v1/people/<number>``: erasure that keeps the opt-out (editor keys)."""

from __future__ import annotations

import sqlalchemy.exc
from flask import Response, jsonify

from app.consent.erasure import erase_person
from app.web.api.common import number_of
from app.web.api.suppressions import bp
from app.web.auth import api_key_identity
from app.web.context import archive, services
from app.web.errors import APIError


@bp.delete("/people/<number>")
def erase(number: str) -> Response:
    """Erase the number's personal data everywhere; it stays suppressed for every sender,
    known only by a keyed hash. Erasing again removes whatever came back since."""
    svc = services()
    e164 = number_of(svc, number)
    try:
        report = erase_person(e164, ledger=svc.ledger, queue_redis=svc.connections.queue_redis,
                              archive=archive(), source="api",
                              recorded_by=f"api-key:{api_key_identity()[:12]}")
    except sqlalchemy.exc.SQLAlchemyError as exc:
        raise APIError(503, "archive_unavailable",
                       "the number is erased from Redis and suppressed, but the archive "
                       f"database did not answer ({type(exc).__name__}): send the same "
                       "request again to finish") from exc
    return jsonify(report.as_dict())
