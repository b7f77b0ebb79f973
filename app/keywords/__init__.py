"""The keyword engine behind the webhook and ``optout classify``."""

from app.keywords.engine import Classification, Intent, KeywordClassifier

__all__ = ["Classification", "Intent", "KeywordClassifier"]
