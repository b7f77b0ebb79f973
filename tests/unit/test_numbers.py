"""Normalising numbers and senders."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import InvalidNumber, InvalidSender
from app.phone import _parse, mask_number, normalize_number, normalize_sender, split_channel


@pytest.mark.parametrize("raw", ["(617) 555-0123", "617-555-0123", "617.555.0123",
                                 "+1 617 555 0123", "1-617-555-0123", "+16175550123",
                                 " 6175550123 ", "+1 (617) 555-0123"])
def test_us_formats_normalise_to_e164(raw):
    assert normalize_number(raw) == "+16175550123"


def test_national_formats_follow_default_region():
    assert normalize_number("020 7123 4567", "GB") == "+442071234567"
    assert normalize_number("06 12 34 56 78", "FR") == "+33612345678"


def test_trunk_zero_after_country_code_is_removed():
    assert normalize_number("+44 (0)20 7123 4567") == "+442071234567"


@pytest.mark.parametrize("raw,why", [("", "empty"), ("12345", "too short"),
                                     ("hello", "not a phone number"),
                                     ("555-0123", "area code"),
                                     ("+1617555012345678", "too long")])
def test_bad_numbers_name_the_fault(raw, why):
    with pytest.raises(InvalidNumber, match=why):
        normalize_number(raw)


def test_error_messages_do_not_echo_a_whole_number():
    with pytest.raises(InvalidNumber) as error:
        normalize_number("+1617555012345678")
    assert "617555012345678" not in str(error.value)


@given(st.from_regex(r"\A\+1[2-9][0-9]{2}[2-9][0-9]{6}\Z"),
       st.sampled_from(["US", "CA", "GB", "FR", "IN", "BR"]))
def test_nanp_fast_path_agrees_with_phonenumbers(number, region):
    # Imports and the campaign filter skip phonenumbers for these: it must give the same.
    assert _parse(number, region) == number == normalize_number(number, region)


@given(st.text(alphabet="+1234567890٠١٢٣٤٥٦٧٨٩０１２３", min_size=12, max_size=12))
def test_only_ascii_e164_takes_the_fast_path(text):
    # Non-ASCII digits must go through phonenumbers, which converts them.
    try:
        result = normalize_number(text)
    except InvalidNumber:
        return
    assert result.isascii() and result.startswith("+")


@pytest.mark.parametrize("raw,expected", [
    ("+18005550100", "+18005550100"), ("(800) 555-0100", "+18005550100"),
    ("12345", "12345"), ("MiniLuxe", "MINILUXE"), ("whatsapp:+14155238886", "+14155238886"),
    ("MG" + "A" * 32, "MG" + "a" * 32),
])
def test_senders(raw, expected):
    assert normalize_sender(raw) == expected


@pytest.mark.parametrize("raw", ["", "bad!!", "+1", "this sender name is too long"])
def test_bad_senders(raw):
    with pytest.raises(InvalidSender):
        normalize_sender(raw)


def test_channel_prefix_and_masking():
    assert split_channel("whatsapp:+14155238886") == ("whatsapp", "+14155238886")
    assert split_channel("+14155238886") == ("sms", "+14155238886")
    masked = mask_number("+16175550123")
    assert masked.startswith("+1617") and masked.endswith("23") and "5550" not in masked


@pytest.mark.parametrize("raw", [
    "６１７５５５０１２３",  # full-width
    "٦١٧٥٥٥٠١٢٣",  # Arabic-Indic
    "۶۱۷۵۵۵۰۱۲۳",  # Extended Arabic-Indic (Persian)
    "𝟔𝟏𝟕𝟓𝟓𝟓𝟎𝟏𝟐𝟑",  # mathematical bold
    "6\ufe0f\u20e3175550123",  # keycap emoji digit
    "1-800-FLOWERS",  # letters for digits
    "617-555-0123 ext 99", "617-555-0123 x99",  # extensions
    "\u202e6175550123", "617\u200f5550123", "\u2066+16175550123\u2069",  # bidi controls
    "617\u00a0555\u00a00123",  # a non-ASCII space
])
def test_only_ascii_digits_and_punctuation_make_a_number(raw):
    with pytest.raises(InvalidNumber, match=r"not a phone number: it holds .*U\+"):
        normalize_number(raw)


@pytest.mark.parametrize("raw", ["(617) 555-0123", "617/555/0123", "+1 617.555.0123",
                                 "[617] 555 0123", "617-555-0123;"])
def test_ascii_punctuation_is_still_read(raw):
    assert normalize_number(raw) == "+16175550123"
