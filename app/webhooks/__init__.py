"""Carrier webhooks: inbound texts and delivery status callbacks from Twilio (``bp``) and
from Telnyx, Vonage and Plivo (``providers_bp``, one adapter each over the same pipeline)."""

from app.webhooks.providers.routes import bp as providers_bp
from app.webhooks.routes import bp

__all__ = ["bp", "providers_bp"]
