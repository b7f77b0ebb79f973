"""The guarded send: the only way optout texts anyone on a business's behalf.

It looks the number up immediately before each send and refuses a suppressed, undeliverable
or reassigned one with :class:`SuppressedNumber`, and a number a send rule holds right now
(QUIET_HOURS, SEND_POLICY's texting hours or frequency caps) with :class:`HeldBack`
(:class:`QuietHoursRefusal` for quiet hours; both are SuppressedNumber, so callers that
catch that keep refusing). A send that went out is written to the send log, which the
frequency caps count. Give the Twilio client a stub ``http_client`` in tests: nothing here
reaches the network by itself.
"""

from __future__ import annotations

import logging
from datetime import datetime

import redis
from twilio.rest import Client
from twilio.rest.api.v2010.account.message import MessageInstance

from app.consent.categories import category_letters
from app.consent.suppression import SuppressionList
from app.errors import HeldBack, OptoutError, QuietHoursRefusal, SuppressedNumber
from app.lists.send_log import Send, normalize_subject
from app.lists.send_times import QuietHours, SendPolicy
from app.phone import is_service_sid, mask_number, normalize_number, normalize_sender

log = logging.getLogger(__name__)


class GuardedSender:
    """Sends texts through Twilio, refusing numbers that may not be texted now."""

    def __init__(
        self,
        client: Client,
        suppressions: SuppressionList,
        *,
        region: str = "US",
        quiet_hours: QuietHours | None = None,
        policy: SendPolicy | None = None,
    ) -> None:
        self.client = client
        self.suppressions = suppressions
        self.region = region
        self.policy = policy or SendPolicy(quiet_hours)

    def send(self, to: str, body: str, *, sender: str, subject: str | None = None,
             category: str | None = None, **params: object) -> MessageInstance:
        """Text ``body`` to ``to`` from ``sender`` (a number, short code or MG SID); the
        consent of ``category`` (marketing, informational, transactional) decides, and
        without one any opt-out refuses (the cautious check).

        ``category`` also says whether SEND_POLICY's rules apply (marketing, or none: they
        do); ``subject`` is what the frequency caps count sends by ("promo"). Extra
        ``params`` go to Twilio's ``messages.create``.

        Raises:
            InvalidNumber / InvalidSender: ``to`` or ``sender`` cannot be normalised.
            InvalidField: ``category`` is not a category.
            ValueError: ``subject`` is too long.
            SuppressedNumber: the number opted out, cannot receive texts, changed hands, or
                has not yet confirmed a double opt-in.
            HeldBack: a send rule holds it now (QuietHoursRefusal for quiet hours).
            twilio.base.exceptions.TwilioRestException: Twilio refused the message.
        """
        letters = category_letters(category)
        number = normalize_number(to, self.region)
        sender_id = normalize_sender(sender, self.region)
        topic = normalize_subject(subject)
        lookup = self.suppressions.lookup(number, sender_id, letters)
        if lookup.suppressed:
            log.warning("refused a send to %s: suppressed (%s)", mask_number(number), lookup.scope)
            what = f" from {lookup.category}" if lookup.category else ""
            raise SuppressedNumber(
                mask_number(number), f"opted out{what} ({lookup.scope}) since {lookup.since}"
            )
        if lookup.undeliverable:
            raise SuppressedNumber(mask_number(number), "the carrier reports it undeliverable")
        if lookup.reassigned:
            raise SuppressedNumber(mask_number(number), "the Reassigned Numbers Database "
                                   "says it changed hands after its consent")
        if lookup.pending_confirmation:
            raise SuppressedNumber(mask_number(number), "its double opt-in is not confirmed "
                                   "(pending_confirmation)")
        now = self.policy.clock()
        when = self.policy.times(now, category=category, subject=topic).answer_many(
            [number], [0])[0]
        if not when.textable_now:
            log.info("held a send to %s: %s until %s", mask_number(number), when.reason,
                     when.next_allowed)
            if when.reason == "quiet_hours":
                raise QuietHoursRefusal(mask_number(number), when.next_allowed or "")
            raise HeldBack(mask_number(number), when.reason or "held", when.next_allowed or "")
        origin: dict[str, object] = (
            {"messaging_service_sid": sender_id}
            if is_service_sid(sender_id)
            else {"from_": sender_id}
        )
        message = self.client.messages.create(to=number, body=body, **origin, **params)
        log.info("sent %s to %s", message.sid, mask_number(number))
        self._log_send(Send(number, topic, now), now)
        return message

    def _log_send(self, send: Send, now: datetime) -> None:
        """Count the send toward the caps. The text went out whatever happens here: a
        failure is logged, never raised (a caller would retry, and text twice)."""
        if self.policy.log is None:
            return
        try:
            self.policy.log.record([send], now)
        except (redis.RedisError, OptoutError) as exc:
            log.error("sent to %s but could not write the send log (caps will not count "
                      "it): %s", mask_number(send.number), exc)
