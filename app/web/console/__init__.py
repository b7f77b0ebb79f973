"""``/ops``: the on-call dashboard (``dashboard``) and the support console (``support``),
rendered from this package's templates."""

from app.web.console.dashboard import bp as dashboard_bp
from app.web.console.support import bp as console_bp

__all__ = ["console_bp", "dashboard_bp"]
