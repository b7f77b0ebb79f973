"""The details of trimmed rulings kept beside each compacted history: they read back exactly
as written, whatever a note holds, and values written in the older JSON form still read."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.consent.events import ledger_time
from app.consent.ledger import _pack_details, _unpack_details

RULING = "1796497876350-140"


def test_an_imported_opt_out_keeps_its_time_in_few_bytes() -> None:
    details = {RULING: {"source": "email", "at": "2026-01-02T03:04:05Z"}}
    packed = _pack_details(details)
    assert len(packed) <= len(RULING) + 18
    assert _unpack_details(packed) == details


def test_a_text_opt_out_keeps_only_its_source() -> None:
    details = {RULING: {"source": "sms", "at": ledger_time(RULING)}}
    assert _pack_details(details) == f"{RULING}|sms"
    assert _unpack_details(_pack_details(details)) == details


def test_values_in_the_json_form_still_read() -> None:
    old = '{"1796497876350-140":["email","2026-01-02T03:04:05Z","by post"]}'
    assert _unpack_details(old) == {RULING: {
        "source": "email", "at": "2026-01-02T03:04:05Z", "note": "by post"}}


texts = st.text(max_size=12)
times = st.one_of(st.just(""), st.sampled_from(["2026-01-02T03:04:05Z", "2026-1-2T3:4:5Z",
                                                "2026-01-02T03:04:05.250Z", "1767323045",
                                                "2026-01-02T03:04:05+00:00"]), texts)


@given(st.dictionaries(st.from_regex(r"1[0-9]{12}-[0-9]{1,3}", fullmatch=True),
                       st.fixed_dictionaries({"source": texts, "at": times, "note": texts}),
                       min_size=1, max_size=3))
def test_whatever_is_written_reads_back(details: dict[str, dict[str, str]]) -> None:
    def expected(ruling: str, event: dict[str, str]) -> dict[str, str]:
        at = event["at"] or ledger_time(ruling)
        return {k: v for k, v in (("source", event["source"]), ("at", at),
                                  ("note", event["note"])) if v}

    assert _unpack_details(_pack_details(details)) == {
        ruling: expected(ruling, event) for ruling, event in details.items()}
