"""Logs never carry a whole phone number, whoever writes the record."""

from __future__ import annotations

import logging

from app.logs import MaskNumbers, mask_text


def test_mask_text():
    assert mask_text("to +16175550123 and +442071234567.") == "to +1617•••••23 and +4420••••••67."
    assert mask_text("ledger id 1795652162885-0, job 3f2a") == "ledger id 1795652162885-0, job 3f2a"


def test_filter_masks_message_arguments_and_library_extras():
    record = logging.LogRecord("rq.worker", logging.ERROR, __file__, 1,
                               "job failed for %s (%s)", ("+16175550123", ["+16175550124"]), None)
    record.arguments = ("+16175550125",)  # what RQ passes through extra=
    MaskNumbers().filter(record)
    text = record.getMessage()
    assert "6175550123" not in text and "6175550124" not in text
    assert "+1617•••••23" in text
    assert "6175550125" not in str(record.arguments)
