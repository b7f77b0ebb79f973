"""Message categories: what each sender sends, declared by the business.

A sender (number, short code or Messaging Service) sends ``marketing``, ``informational``
or ``transactional`` messages, or several. Declarations come from ``SENDER_CATEGORIES``
(configuration) and ``PUT /v1/senders/<sender>`` (kept on the store's registry slot; an API
declaration replaces the configured one for that sender). While no sender declares any, an
opt-out covers every category and every check answers exactly as before categories existed.

Declarations are read on opt-outs (which categories a STOP revokes, whether its confirmation
asks), never on checks, through a cache of a few seconds: a declaration made through the API
reaches every process within ``CACHE_SECONDS``.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable, Mapping
from typing import cast

from app.consent.history import CATEGORY_NAMES, LETTER_OF, LETTERS
from app.errors import InvalidField
from app.store.layout import Registry
from app.store.store import Store

CATEGORIES = CATEGORY_NAMES
CACHE_SECONDS = 2.0


def category_letters(category: str | None) -> str:
    """The fold's letters for a check of ``category`` (None: every category, the cautious
    check).

    Raises:
        InvalidField: not a category (``invalid_category``, a 400 naming the choices).
    """
    if category is None or category == "":
        return LETTERS
    name = category.strip().lower() if isinstance(category, str) else category
    if name not in LETTER_OF:
        raise InvalidField("invalid_category", f"category must be one of {list(CATEGORIES)}, "
                           f"not {str(category)[:40]!r}")
    return LETTER_OF[name]


def parse_categories(values: object, field: str = "categories") -> tuple[str, ...]:
    """A list of category names, checked and put in their order (duplicates dropped).

    Raises:
        InvalidField: not a list of known categories, or empty.
    """
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise InvalidField("invalid_field", f"'{field}' must be a list of categories "
                           f"({', '.join(CATEGORIES)})")
    names = {v.strip().lower() for v in values}
    unknown = sorted(names - set(CATEGORIES))
    if unknown:
        raise InvalidField("invalid_category", f"'{field}' must be among {list(CATEGORIES)}, "
                           f"not {unknown[0][:40]!r}")
    if not names:
        raise InvalidField("invalid_field", f"'{field}' must name at least one category")
    return tuple(c for c in CATEGORIES if c in names)


class SenderCategories:
    """What each sender sends: configured, or declared through the API (which wins)."""

    def __init__(self, store: Store, configured: Mapping[str, Iterable[str]] | None = None
                 ) -> None:
        self.store = store
        self.configured = {s: tuple(c for c in CATEGORIES if c in set(cats))
                           for s, cats in (configured or {}).items()}
        self._lock = threading.Lock()
        self._declared: dict[str, tuple[str, ...]] = {}
        self._read_at = float("-inf")

    def _api_declared(self) -> dict[str, tuple[str, ...]]:
        now = time.monotonic()
        with self._lock:
            if now - self._read_at < CACHE_SECONDS:
                return self._declared
        raw = cast(dict[str, str], self.store.retrying(
            lambda: self.store.registry().hgetall(Registry.SENDER_CATEGORIES)))
        declared = {sender: tuple(c for c in CATEGORIES if c in value.split(","))
                    for sender, value in raw.items()}
        with self._lock:
            self._declared, self._read_at = declared, now
        return declared

    def all_declared(self) -> dict[str, tuple[str, ...]]:
        """Every sender with its categories (the API's declaration over the configured)."""
        return {**self.configured, **self._api_declared()}

    def of(self, sender: str | None) -> tuple[str, ...]:
        """The categories ``sender`` declares (empty: none declared)."""
        if not sender:
            return ()
        return self.all_declared().get(sender, ())

    def in_use(self) -> bool:
        """Whether any sender declares categories (if none does, nothing changes)."""
        return bool(self.configured) or bool(self._api_declared())

    def declare(self, sender: str, categories: tuple[str, ...]) -> None:
        """Declare what ``sender`` sends (replacing any earlier declaration)."""
        self.store.retrying(lambda: self.store.registry().hset(
            Registry.SENDER_CATEGORIES, sender, ",".join(categories)))
        with self._lock:
            self._read_at = float("-inf")
