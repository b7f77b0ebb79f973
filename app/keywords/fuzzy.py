"""Misspelt unsubscribe words ("unsubcsribe"): an edit distance on one short word."""

from __future__ import annotations

_TARGETS = {"unsubscribe": "en", "desabonner": "fr", "desinscrire": "fr", "desuscribir": "es",
            "desuscribirme": "es"}


def misspelt_unsubscribe(word: str) -> str | None:
    """The language of the unsubscribe word ``word`` is a typo of (at most two edits away,
    seven letters or more), or None. Only words of comparable length are compared, so the
    cost is bounded whatever the message."""
    if len(word) < 7:
        return None
    for target, language in _TARGETS.items():
        if abs(len(word) - len(target)) <= 2 and _distance(word, target) <= 2:
            return language
    return None


def _distance(a: str, b: str) -> int:
    """Damerau-Levenshtein distance (optimal string alignment); both words are short."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]
