"""Carrier webhooks: inbound texts and delivery status callbacks from Twilio."""

from app.webhooks.routes import bp

__all__ = ["bp"]
