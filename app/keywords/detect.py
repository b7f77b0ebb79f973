"""Which language a message is written in: by script first (Hangul, kana, Han, Cyrillic,
Arabic, Devanagari), then by the function words (``hint_words``) of the Latin-script
languages. Every step is one pass over the text or one dictionary look-up a token."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping

# Script -> language code, in the order ties are settled (kana before Han: Japanese mixes both).
_SCRIPTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ko", re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")),
    ("ja", re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]")),
    ("zh", re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")),
    ("ru", re.compile(r"[\u0400-\u04ff]")),
    ("ar", re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")),
    ("hi", re.compile(r"[\u0900-\u097f]")),
    ("bn", re.compile(r"[\u0980-\u09ff]")),
    ("pa", re.compile(r"[\u0a00-\u0a7f]")),
    ("gu", re.compile(r"[\u0a80-\u0aff]")),
    ("el", re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")),
    ("th", re.compile(r"[\u0e00-\u0e7f]")),
)
# Letters that tell Ukrainian from Russian, and Urdu and Persian from Arabic.
_UKRAINIAN = re.compile("[іїєґ]")
_URDU = re.compile("[\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2]")  # Urdu-only letters (tte, dde, rre, noon ghunna, ...)
_PERSIAN = re.compile("[\u067e\u0686\u0698\u06af\u06a9\u06cc]")  # پ چ ژ گ ک ی
# Characters written differently in traditional and simplified Chinese (common in texts).
_TRADITIONAL = re.compile("[們個這說請謝麼時會對沒還後過給簡訊號碼電話將關閉傳來發開問題應該"
                          "嗎買賣書車門見長東從為無與業學寫讓認識經歷圖網頁務員費優惠訂閱]")
_SIMPLIFIED = re.compile("[们个这说请谢么时会对没还后过给简讯号码电话将关闭传来发开问题应该"
                         "吗买卖书车门见长东从为无与业学写让认识经历图网页务员费优惠订阅]")
# Letters found only in Vietnamese among the languages we serve.
_VIETNAMESE = re.compile("[ơưđăạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")
# A whole-message keyword written with its accents ("ÈD", Haitian for help): at most this many
# words, each a run of letters.
_ACCENTED_MAX_WORDS = 4
_WORD = re.compile(r"[^\W\d_]+")
# Enough to tell the first engine's languages apart when no language module says more.
BUILT_IN_HINTS: Mapping[str, str] = {
    "en": "the you i to and is it my me your for are what can this that have will not",
    "es": "el la los las que de y no por para con una un es mi mas gracias hola quiero "
          "mensajes usted favor",
    "fr": "le la les de je vous est pas que pour une un mon plus merci bonjour veux "
          "messages oui svp",
}


def written_form(text: str) -> str:
    """``text`` as ``LanguageDetector`` compares whole-message keywords written with their
    accents: composed, lower case, its runs of letters joined by one space ("ÈD!" -> "èd")."""
    return " ".join(_WORD.findall(unicodedata.normalize("NFC", text).lower()))


class LanguageDetector:
    """Detects the language of a normalised message.

    Args:
        hints: language code -> its hint words, already normalised into tokens.
        codes: the language codes that exist (a script maps only to a served language).
        accented: a keyword as written with its accents (``written_form``: "èd") -> the one
            language it belongs to: a message that is that keyword alone is that language,
            though its letters without accents are an English word or too short to tell.
    """

    def __init__(self, hints: Mapping[str, Iterable[str]], codes: Iterable[str],
                 accented: Mapping[str, str] | None = None) -> None:
        self.codes = frozenset(codes)
        self._accented = dict(accented or {})
        self._by_word: dict[str, tuple[str, ...]] = {}
        index: dict[str, list[str]] = {}
        for code, words in hints.items():
            for word in words:
                index.setdefault(word, [])
                if code not in index[word]:
                    index[word].append(code)
        self._by_word = {word: tuple(codes_) for word, codes_ in index.items()}

    def detect(self, body: str, folded: str, tokens: tuple[str, ...], meter: list[int]) -> str | None:
        """The language code of a message, or None when it cannot be told."""
        if not body.isascii():
            meter[0] += len(folded) * (len(_SCRIPTS) + 1)
            script = self._by_script(folded)
            if script is not None:
                return script
            if _VIETNAMESE.search(body.lower()) and "vi" in self.codes:
                return "vi"
            if len(tokens) <= _ACCENTED_MAX_WORDS and self._accented:
                written = written_form(body)
                meter[0] += len(written)
                if written in self._accented:
                    return self._accented[written]
        scores: dict[str, int] = {}
        for token in tokens:
            meter[0] += 1
            for code in self._by_word.get(token, ()):
                scores[code] = scores.get(code, 0) + 1
        if scores:
            best = max(scores, key=lambda code: (scores[code], code == "en"))
            if scores[best] >= 2 or (scores[best] == 1 and len(tokens) <= 2 and best != "en"):
                return best
        return "en" if len(tokens) >= 2 else None

    def _by_script(self, folded: str) -> str | None:
        present = [(code, pattern) for code, pattern in _SCRIPTS if pattern.search(folded)]
        if not present:
            return None
        codes = [code for code, _ in present]
        if "ja" in codes:  # any kana: Japanese writes Han characters too
            return "ja" if "ja" in self.codes else None
        if len(present) == 1:
            code = present[0][0]
        else:  # mixed scripts: the one with the most letters
            code = max(present, key=lambda pair: len(pair[1].findall(folded)))[0]
        if code == "ru" and _UKRAINIAN.search(folded):
            code = "uk"
        elif code == "ar" and _URDU.search(folded):
            code = "ur"
        elif code == "ar" and _PERSIAN.search(folded):
            code = "fa"
        if code == "zh":
            traditional = len(_TRADITIONAL.findall(folded))
            simplified = len(_SIMPLIFIED.findall(folded))
            code = "zh-Hant" if traditional > simplified else "zh-Hans"
        return code if code in self.codes else None
