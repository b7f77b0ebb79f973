"""The providers' own opt-out lists, kept in step with optout's (``SYNC_PROVIDERS``).

* Twilio: every opt-out and opt-in is pushed to the Consent Management API
  (``POST /v1/Consents/Bulk`` on accounts.twilio.com, 25 items a request, 100 requests a
  minute). Twilio offers no way to read the list back; what it refused is kept.
* AWS End User Messaging SMS (``pinpoint-sms-voice-v2``): opt-outs are put on the named
  opt-out list (``AWS_OPTOUT_LIST``), opt-ins removed from it once nothing suppresses the
  number any more, and the list is read back. AWS removes a number at most once every 30
  days: a refused removal is drift to show, not a failure.
* Telnyx: its opt-outs are read (``GET /messaging_optouts``), never written.

Pushes are targets of the events' delivery (``app.events.delivery``): in ledger order, held
while the provider fails, dead-lettered after the back-off. ``app.sync.drift`` compares.
"""
