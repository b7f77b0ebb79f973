"""The keyword engine as the settings configure it (custom keywords per sender, the
ambiguity policy, OPT_IN_YES): what ``optout classify`` needs without the rest of the
object graph of ``app.bootstrap``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.keywords.engine import KeywordClassifier
from app.phone import normalize_sender

if TYPE_CHECKING:
    from config import Settings


def build_classifier(settings: Settings) -> KeywordClassifier:
    """The keyword engine with the configured custom keywords and ambiguity policy."""
    custom = {
        key if key == "*" else normalize_sender(key, settings.default_region): words
        for key, words in settings.custom_keywords.items()
    }
    return KeywordClassifier(custom, settings.ambiguous_policy, opt_in_yes=settings.opt_in_yes)
