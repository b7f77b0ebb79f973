"""Rules and model together: who has the final word.

- Where the rules are sure (a keyword form, a plain-language phrase through the guards) they
  decide, and the model only explains: a clear carrier keyword is never turned into "none".
- Where the rules are silent, a confident model reading decides (above the measured
  thresholds of ``model.Thresholds``) and a middling opt-out goes to review.
- Where the rules explained a keyword away ("stop by at 5", "don't stop", a quoted
  instruction, "he said stop", banter), their "none" stands.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from app.keywords.model import IntentModel, Prediction

if TYPE_CHECKING:
    from app.keywords.engine import Classification


def blend(found: Classification, prediction: Prediction, model: IntentModel,
          tokens: Sequence[str], vetoed: bool, suppress: bool,
          ascii_only: bool = False) -> Classification:
    """The final classification from the rules' ``found`` and the model's ``prediction``.

    Args:
        vetoed: the rules found ordinary usage around an opt-out word.
        suppress: AMBIGUOUS_POLICY=suppress (an unsure message counts as an opt-out).
        ascii_only: the message is plain ASCII (English, SMS slang, romanised text): its
            language is the least certain, so a model opt-out goes to a person.
    """
    probabilities = prediction.probabilities
    explained = replace(found, model_intent=prediction.intent,
                        model_probability=round(probabilities[prediction.intent], 3))
    if (found.intent != "none" and not found.review) or vetoed:
        return explained  # the rules are sure, or explained the opt-out words away
    thresholds = model.thresholds
    opt_out = probabilities["opt_out"]
    # In English the rules are the fullest and real chatter is the most varied (the public
    # SMS corpora): there a confident model opt-out goes to a person instead of deciding.
    if opt_out >= thresholds.opt_out and found.language not in (None, "en") and not ascii_only:
        return replace(explained, intent="opt_out", scope="sender", review=False,
                       matched=_words(model, tokens, "opt_out"), confidence=round(opt_out, 3),
                       decided_by="model")
    if opt_out >= min(thresholds.review, thresholds.opt_out):
        if found.review:
            return explained  # the rules already send it to a person, with their reason
        # Confidence 0.5 is what an unsure reading reports everywhere (the evidence report
        # reads it so); the model's own probability is in model_probability.
        return replace(explained, intent="opt_out" if suppress else "none",
                       scope="sender" if suppress else None, review=True,
                       matched=_words(model, tokens, "opt_out"), confidence=0.5,
                       decided_by="model")
    if found.review or found.language == "en":
        # English has the fullest rules, and a false opt-in texts someone who said no
        # ("don't sign me back up"): there the model's opt-in or HELP reading only explains.
        return explained
    for intent in ("opt_in", "help"):
        probability = probabilities[intent]
        if probability >= getattr(thresholds, intent):
            return replace(explained, intent=intent,
                           scope="sender" if intent == "opt_in" else None,
                           matched=_words(model, tokens, intent),
                           confidence=round(probability, 3), decided_by="model")
    return explained


def _words(model: IntentModel, tokens: Sequence[str], intent: str) -> str | None:
    return " ".join(model.evidence(tokens, intent)) or None
