"""Thai. Thai operators let subscribers end SMS services by dialling *137 and senders print
ยกเลิก (cancel) and STOP; romanised Thai (yok loek) is the model's to read.
"""

from app.keywords.languages.rules import LanguageRules

RULES: LanguageRules = LanguageRules(
    code="th",
    name="Thai",
    opt_out_keywords=("ยกเลิก", "หยุด", "เลิก", "ยกเลิกสมาชิก", "สต็อป", "สต๊อป", "สตอป", "yok lerk", "yok loek"),
    opt_out_all_keywords=("ยกเลิกทั้งหมด",),
    opt_in_keywords=("สมัคร", "เริ่ม"),
    help_keywords=("ช่วยเหลือ", "สอบถาม"),
    # Plain-language requests are the model's to read (app/keywords/data/corpus/th.txt), except
    # "how do I stop these messages?" ("ทำยังไงถึงจะไม่ได้รับข้อความพวกนี้"), a request to stop them.
    opt_out_phrases=(
        # Phrases match as substrings: หยุด covers หยุดส่ง, เลิกรับ covers ยกเลิกรับ.
        "(ทำยังไง|ทำไง|ทำอย่างไร)[(ถึงจะ|จึงจะ|ให้|ถึง)](ไม่ได้รับ|ไม่รับ|หยุดรับ|เลิกรับ)(ข้อความ|sms|การแจ้งเตือน)",
        "(ทำยังไง|ทำไง|ทำอย่างไร)[(ถึงจะ|ให้)](ข้อความ|sms)[(พวกนี้|เหล่านี้|นี้)](หยุด|เลิก|ไม่ส่ง|ไม่มา|ไม่เข้า)",
        "(หยุดรับ|เลิกรับ|ไม่รับ|ปิด|บล็อก)(ข้อความ|sms|การแจ้งเตือน)[(พวกนี้|นี้)](ยังไง|ได้ยังไง|อย่างไร|ได้อย่างไร|ทำยังไง|ต้องทำยังไง)",
        "(tham yang ngai|tam yang ngai|tham ngai) [(thueng ja|hai)] (mai dai rap|mai dai rub|mai rap|mai rub|yut rap) (kho khwam|kor kwam|sms)",
        # หยุดส่ง (stop sending) in Latin letters, which the model reads least surely.
        "(yud|yut|yood|yhud) (song|sng) [(ma|maa)] [(dai laew|dai leaw|na|ka|kha|krub|krab|khrap|ja)]",
    ),
    opt_in_phrases=(),
    help_phrases=(
        # How often will you text me? Why am I getting these messages? (questions, not complaints)
        "(ส่ง|ส่งข้อความ|ส่งเอสเอ็มเอส)[มา]บ่อย(แค่ไหน|ขนาดไหน)",
        "(อาทิตย์|สัปดาห์|วัน|เดือน)ละกี่(ครั้ง|ข้อความ)",
        "ทำไม[(ถึง|ฉันถึง|ผมถึง)]ได้รับข้อความ(นี้|พวกนี้|แบบนี้)",
    ),
    # "No need to stop sending" in Latin letters ("mai tong yud song na, chan chob").
    not_opt_out_phrases=(
        # Refusing to be unsubscribed or asking the texts to go on ("don't unsubscribe me"):
        # a model opt-out reading of such a message is not decided.
        "อย่า(ยกเลิก|หยุดส่ง|ลบเบอร์|ลบชื่อ)",
        "ไม่ต้องหยุดส่ง",
        "(mai|my) (tong|dong|tawng) (yud|yut|yood|yhud) (song|sng) [(ma|maa)] [(na|ka|kha|krub|krab|khrap|ja)]",
    ),
    hint_words=("ค่ะ", "ครับ", "ไม่", "ที่", "และ", "ของ", "ฉัน", "ผม", "คุณ", "นี้", "มา", "ส่ง", "ข้อความ", "ได้", "แล้ว", "อีก", "ขอบคุณ", "นะ"),
    replies={
        "opt_out_clarify": "{program}: คุณยกเลิกการรับข้อความแล้ว ตอบ MKT เพื่อหยุดเฉพาะโปรโมชั่น หรือ ALL เพื่อหยุดทั้งหมด ช่วยเหลือ: {support}",
        "opt_out": "{program}: ยกเลิกการรับข้อความแล้ว คุณจะไม่ได้รับข้อความอีก ช่วยเหลือ: {support} ส่ง START เพื่อสมัครใหม่",
        "opt_out_all": "{program}: ยกเลิกการรับข้อความทั้งหมดของเราแล้ว ช่วยเหลือ: {support} ส่ง START เพื่อสมัครใหม่",
        "opt_in": "{program}: สมัครรับข้อความอีกครั้งแล้ว อาจมีค่าบริการข้อความและข้อมูล ช่วยเหลือ: {support} ส่ง ยกเลิก เพื่อหยุดรับ",
        "help": "{program}: ติดต่อ {support} อาจมีค่าบริการข้อความและข้อมูล ส่ง ยกเลิก เพื่อหยุดรับ",
    },
    sources=(
        "https://www.nbtc.go.th (NBTC: *137 ends SMS subscriptions on every Thai operator)",
    ),
    courtesy_words=("ค่ะ", "ครับ", "นะ", "ขอบคุณ"),
    strong_keywords=("ยกเลิก",),
    standalone_keywords=(),
    # Answers to the clarifying question (app/messaging/clarify.py).
    clarify_marketing=("mkt", "โปรโมชั่น"),
    clarify_all=("all", "ทั้งหมด"),
)
