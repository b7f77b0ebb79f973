""""Send the code again" asks for a one-time code, not for the texts: the model's opt-in
reading of it must never re-subscribe a number that said STOP. A discount code is an offer,
and asking for those stays an opt-in."""

from __future__ import annotations

import pytest

from app.keywords import KeywordClassifier

ENGINE = KeywordClassifier()


@pytest.mark.parametrize("body", [
    "Kodu tekrar gönderin",
    "Voye kòd la ankò",
    "Στείλτε μου ξανά τον κωδικό",
    "کوڈ دوبارہ بھیجیں",
    "ابعتولي الكود تاني",
    "인증번호 다시 보내주세요",
    "ส่งรหัสมาใหม่อีกครั้ง",
])
def test_asking_for_a_code_again_is_no_opt_in(body):
    got = ENGINE.classify(body)
    assert got.intent != "opt_in", got


@pytest.mark.parametrize("body", [
    "sign me up, m vle kòd rabè yo",
    "je veux les codes promo, resubscribe svp",
])
def test_asking_for_discount_codes_stays_an_opt_in(body):
    assert ENGINE.classify(body).intent == "opt_in"
