"""AWS End User Messaging SMS (``pinpoint-sms-voice-v2``): one named opt-out list, written
with ``PutOptedOutNumber``/``DeleteOptedOutNumber`` and read with
``DescribeOptedOutNumbers``, through boto3 (which reads ``AWS_ENDPOINT_URL``, the region
and the credentials the usual way).

The list is per number, not per sender: an opt-out puts the number on it; an opt-in takes
it off only once nothing in optout suppresses the number any more. AWS removes a number at
most once every 30 days and refuses the next removal: that refusal is kept as drift (what
``optout sync status`` shows), not retried.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from typing import Any

from botocore.exceptions import BotoCoreError, ClientError

from app.events.delivery import DeliveryFailed
from app.sync.refusals import Refusals

TYPES = frozenset({"consent.opt_out", "consent.opt_in"})
# What AWS answers a second removal within 30 days, and a removal of a number not listed.
_REFUSED = frozenset({"ValidationException", "ConflictException"})
_NOT_LISTED = "ResourceNotFoundException"
_RETRYABLE = frozenset({"ThrottlingException", "InternalServerException",
                        "ServiceUnavailableException"})


def aws_client() -> Any:
    """A boto3 ``pinpoint-sms-voice-v2`` client, configured from the environment."""
    import boto3

    return boto3.client("pinpoint-sms-voice-v2")


class AwsOptOutList:
    """The named opt-out list, and the push target ``sync:aws``."""

    name = "sync:aws"
    batch = 1

    def __init__(self, client: Any, list_name: str, refusals: Refusals,
                 suppressed: Callable[[str], bool]) -> None:
        self.client = client
        self.list_name = list_name
        self.refusals = refusals
        self.suppressed = suppressed  # whether optout suppresses the number for any sender

    def wants(self, event: dict[str, Any]) -> bool:
        """Opt-outs and opt-ins of a number."""
        return event["type"] in TYPES and bool(event["data"].get("number"))

    def fits(self, batch: Sequence[dict[str, Any]], event: dict[str, Any]) -> bool:
        """One event a call."""
        return not batch

    def deliver(self, events: list[dict[str, Any]]) -> None:
        """Put or remove each event's number, as optout's view of it now says.

        Raises:
            DeliveryFailed: AWS did not answer, throttled, or failed on its side.
        """
        for event in events:
            number = event["data"]["number"]
            if event["type"] == "consent.opt_out" or self.suppressed(number):
                self._call("put_opted_out_number", number)
                self.refusals.clear([number])
            else:
                self._remove(number, event)

    def _remove(self, number: str, event: dict[str, Any]) -> None:
        try:
            self._call("delete_opted_out_number", number)
        except ClientError as exc:
            code = exc.response.get("Error", {}).get("Code", "")
            if code == _NOT_LISTED:
                self.refusals.clear([number])
                return
            if code not in _REFUSED:
                raise DeliveryFailed(f"AWS {code}: {exc}"[:300]) from None
            self.refusals.add(number, status="opt-in", error_code=code,
                              reason=exc.response.get("Reason", ""),
                              messages=[exc.response.get("Error", {}).get("Message", "")],
                              event=event["id"])
            return
        self.refusals.clear([number])

    def _call(self, operation: str, number: str) -> dict[str, Any]:
        """One write; ClientErrors other than throttling and AWS's own faults propagate
        from ``delete`` (put turns every one into a DeliveryFailed)."""
        try:
            return dict(getattr(self.client, operation)(OptOutListName=self.list_name,
                                                        OptedOutNumber=number))
        except ClientError as exc:
            code = exc.response.get("Error", {}).get("Code", "")
            if operation == "delete_opted_out_number" and code not in _RETRYABLE:
                raise
            raise DeliveryFailed(f"AWS {code}: {exc}"[:300], retry_after=5.0) from None
        except BotoCoreError as exc:
            raise DeliveryFailed(f"AWS unreachable: {exc}"[:300]) from None

    def listed(self) -> Iterator[dict[str, Any]]:
        """Every number on the list: ``{"number", "since", "by_keyword"}``.

        Raises:
            ClientError, BotoCoreError: AWS refused or did not answer.
        """
        token: str | None = None
        while True:
            kwargs: dict[str, Any] = {"OptOutListName": self.list_name, "MaxResults": 100}
            if token:
                kwargs["NextToken"] = token
            page = self.client.describe_opted_out_numbers(**kwargs)
            for item in page.get("OptedOutNumbers", []):
                stamp = item.get("OptedOutTimestamp")
                yield {"number": item["OptedOutNumber"],
                       "since": stamp.isoformat() if isinstance(stamp, datetime) else stamp,
                       "by_keyword": bool(item.get("EndUserOptedOut"))}
            token = page.get("NextToken")
            if not token:
                return
