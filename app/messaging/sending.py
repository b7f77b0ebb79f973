"""The guarded send: the only way optout texts anyone on a business's behalf.

It looks the number up immediately before each send and refuses a suppressed or
undeliverable one with :class:`SuppressedNumber`, and a number inside ``QUIET_HOURS`` in its
local time with :class:`QuietHoursRefusal` (a SuppressedNumber too, so callers that catch
that keep refusing). Give the Twilio client a stub
``http_client`` in tests: nothing here reaches the network by itself.
"""

from __future__ import annotations

import logging

from twilio.rest import Client
from twilio.rest.api.v2010.account.message import MessageInstance

from app.consent.categories import category_letters
from app.consent.suppression import SuppressionList
from app.errors import QuietHoursRefusal, SuppressedNumber
from app.lists.send_times import QuietHours, SendTimes
from app.phone import is_service_sid, mask_number, normalize_number, normalize_sender

log = logging.getLogger(__name__)


class GuardedSender:
    """Sends texts through Twilio, refusing numbers that may not be texted."""

    def __init__(
        self,
        client: Client,
        suppressions: SuppressionList,
        *,
        region: str = "US",
        quiet_hours: QuietHours | None = None,
    ) -> None:
        self.client = client
        self.suppressions = suppressions
        self.region = region
        self.quiet_hours = quiet_hours

    def send(self, to: str, body: str, *, sender: str, category: str | None = None,
             **params: object) -> MessageInstance:
        """Text ``body`` to ``to`` from ``sender`` (a number, short code or MG SID); the
        consent of ``category`` (marketing, informational, transactional) decides, and
        without one any opt-out refuses (the cautious check).

        Extra ``params`` go to Twilio's ``messages.create`` (``status_callback``...).

        Raises:
            InvalidNumber / InvalidSender: ``to`` or ``sender`` cannot be normalised.
            InvalidField: ``category`` is not a category.
            SuppressedNumber: the number opted out, cannot receive texts, or has not yet
                confirmed a double opt-in.
            QuietHoursRefusal: it is inside quiet hours in the number's local time.
            twilio.base.exceptions.TwilioRestException: Twilio refused the message.
        """
        letters = category_letters(category)
        number = normalize_number(to, self.region)
        sender_id = normalize_sender(sender, self.region)
        lookup = self.suppressions.lookup(number, sender_id, letters)
        if lookup.suppressed:
            log.warning("refused a send to %s: suppressed (%s)", mask_number(number), lookup.scope)
            what = f" from {lookup.category}" if lookup.category else ""
            raise SuppressedNumber(
                mask_number(number), f"opted out{what} ({lookup.scope}) since {lookup.since}"
            )
        if lookup.undeliverable:
            raise SuppressedNumber(mask_number(number), "the carrier reports it undeliverable")
        if lookup.pending_confirmation:
            raise SuppressedNumber(mask_number(number), "its double opt-in is not confirmed "
                                   "(pending_confirmation)")
        when = SendTimes(self.quiet_hours).quiet_answer(number)
        if not when.textable_now:
            log.info("held a send to %s: quiet hours until %s", mask_number(number),
                     when.next_allowed)
            raise QuietHoursRefusal(mask_number(number), when.next_allowed or "")
        origin: dict[str, object] = (
            {"messaging_service_sid": sender_id}
            if is_service_sid(sender_id)
            else {"from_": sender_id}
        )
        message = self.client.messages.create(to=number, body=body, **origin, **params)
        log.info("sent %s to %s", message.sid, mask_number(number))
        return message
