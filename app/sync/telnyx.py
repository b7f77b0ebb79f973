"""Telnyx's opt-outs, read only: ``GET /messaging_optouts`` of the v2 API, a page at a time
(``page[number]``, ``page[size]`` up to 250), with the API key as a Bearer token.

Each entry: ``from`` (our sending number or profile's sender), ``to`` (the person who opted
out), ``messaging_profile_id``, ``keyword``, ``created_at``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import requests

DEFAULT_BASE_URL = "https://api.telnyx.com/v2"
PAGE_SIZE = 250


class TelnyxError(RuntimeError):
    """Telnyx did not give the list (unreachable, or an error answer)."""


class TelnyxOptOuts:
    """The account's opt-out list on Telnyx."""

    def __init__(self, api_key: str, base_url: str = "", session: requests.Session | None = None
                 ) -> None:
        self.api_key = api_key
        self.base_url = (base_url or DEFAULT_BASE_URL).rstrip("/")
        self.session = session or requests.Session()

    def listed(self) -> Iterator[dict[str, Any]]:
        """Every opt-out: ``{"number", "sender", "since", "keyword"}``.

        Raises:
            TelnyxError: Telnyx did not answer, or answered an error.
        """
        page = 1
        while True:
            try:
                response = self.session.get(
                    f"{self.base_url}/messaging_optouts",
                    params={"page[number]": page, "page[size]": PAGE_SIZE},
                    headers={"Authorization": f"Bearer {self.api_key}",
                             "Accept": "application/json"}, timeout=(5, 30))
            except requests.RequestException as exc:
                raise TelnyxError(f"Telnyx unreachable: {exc}") from None
            if response.status_code != 200:
                raise TelnyxError(f"Telnyx answered HTTP {response.status_code}: "
                                  f"{response.text[:200]}")
            body = response.json()
            for item in body.get("data") or []:
                yield {"number": item.get("to"), "sender": item.get("from"),
                       "since": item.get("created_at"), "keyword": item.get("keyword")}
            meta = body.get("meta") or {}
            if page >= int(meta.get("total_pages") or 1):
                return
            page += 1
