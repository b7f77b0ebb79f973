"""Thai. Thai operators let subscribers end SMS services by dialling *137 and senders print
ยกเลิก (cancel) and STOP; romanised Thai (yok loek) is the model's to read where the phrases stop.
"""

from app.keywords.languages.rules import LanguageRules

RULES: LanguageRules = LanguageRules(
    code="th",
    name="Thai",
    opt_out_keywords=("ยกเลิก", "หยุด", "เลิก", "ยกเลิกสมาชิก", "สต็อป", "สต๊อป", "สตอป", "yok lerk", "yok loek",
                      # The same with a polite particle written on (one token in Thai
                      # script), or repeated; romanised particles are too short to count as
                      # courtesy words.
                      "ยกเลิกครับ", "ยกเลิกค่ะ", "ยกเลิกคะ", "ยกเลิกคับ", "ยกเลิกนะ", "ยกเลิกจ้า",
                      "ยกเลิกด้วย", "ยกเลิกด้วยครับ", "ยกเลิกด้วยค่ะ", "ยกเลิกๆ", "ยกเลิกๆๆ", "ยกเลิกๆๆๆ",
                      "yok lerk ka", "yok lerk kha", "yok lerk krub", "yok lerk krab", "yok lerk khrap",
                      "yok loek ka", "yok loek kha", "yok loek krub", "yok loek khrap",
                      # With "for me" / "please" (ที, ให้ด้วย), and the typo without its
                      # vowel (ยกเลก).
                      "ยกเลิกที", "ยกเลิกทีค่ะ", "ยกเลิกทีครับ", "ยกเลิกให้ด้วย", "ยกเลิกให้หน่อย",
                      "ยกเลิกให้ด้วยค่ะ", "ยกเลิกให้ด้วยครับ", "ยกเลก", "ยกเลกด้วย", "ยกเลกด้วยครับ",
                      "ยกเลกด้วยค่ะ", "ยกเลกค่ะ", "ยกเลกครับ",
                      "yok lerk hai duay", "yok lerk duay", "yok loek hai duay", "yok lerk hai noi",
    ),
    opt_out_all_keywords=("ยกเลิกทั้งหมด",),
    opt_in_keywords=("สมัคร", "เริ่ม", "สมัครใหม่", "เปิดรับข้อความ", "ขอสมัครใหม่",
                     # Romanised, whole messages only: สมัคร (ค่ะ / ครับ).
                     "samak", "samak kha", "samak krub", "samak khrap"),
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
        # I don't wish to receive the texts (not the senders' own footer "หากไม่ต้องการรับ
        # ข่าวสาร กด...", below).
        "ไม่(ประสงค์|ต้องการ|อยาก)[จะ](รับ|ได้รับ)(ข้อความ|sms|เอสเอ็มเอส|ข่าวสาร|โปรโมชั่น|โปรโมชัน|การแจ้งเตือน|แจ้งเตือน|โฆษณา)",
        # Stop / don't send the texts (named: "ไม่ต้องส่งเพิ่ม" is about an order), don't send
        # them again, stop sending now ("หยุดส่งได้แล้ว", "อยากให้หยุดส่งครับ").
        "(ไม่ต้อง|อย่า|เลิก|หยุด)ส่ง(ข้อความ|ข่าว|sms|เอสเอ็มเอส|โปรโมชั่น|โปรโมชัน|โฆษณา|การแจ้งเตือน|แจ้งเตือน|แพ็กเกจ|ดีล|คูปอง)",
        "อย่าส่ง[(ข้อความ|sms)]มา(อีก|หา)",
        "เลิกส่ง[(ข้อความ|sms)]มา",
        "หยุดส่ง[มา](ได้แล้ว|สักที|ซักที|เถอะ)",
        "(อยากให้|ขอให้|กรุณา)(หยุด|เลิก)ส่ง",
        "ส่งมาอีก[(จะ|ก็จะ|ผมจะ|ฉันจะ)](บล็อก|บล็อค|block|แจ้งความ|ฟ้อง)",
        "บอกแล้ว[ว่า](ไม่ให้|อย่า|ให้หยุด|ให้เลิก)ส่ง",
        # I'd like to stop receiving them; switch the notifications off; cancel the texts.
        "ขอ(หยุดรับ|เลิกรับ|ยกเลิกรับ|ไม่รับ)(ข้อความ|sms|ข่าวสาร|โปรโมชั่น|การแจ้งเตือน|แจ้งเตือน|โฆษณา)",
        "ขอ(หยุดรับ|เลิกรับ|ยกเลิกรับ)(นะ|ค่ะ|ครับ|คะ|ด้วย)",
        "(รบกวน|ช่วย|ขอ|กรุณา)ปิด(การแจ้งเตือน|แจ้งเตือน|การส่งข้อความ|ข้อความ|sms)",
        # (Not "ยกเลิกข้อความจากโรงเรียนไป": a story of cancelling, before asking them back.)
        "ยกเลิก[การ](รับ|ส่ง)(ข้อความ|sms|เอสเอ็มเอส|การแจ้งเตือน|ข่าวสาร)",
        "ยกเลิก(ข้อความ|sms|เอสเอ็มเอส|การแจ้งเตือน|ข่าวสาร)(พวกนี้|พวกนั้น|เหล่านี้|นี้|ทั้งหมด|ให้|ด้วย)",
        "ยกเลิกบริการ(ข้อความ|sms|ดูดวง)",
        # Take my number off; leave me alone.
        "อย่ามายุ่ง[กับ](ฉัน|ผม|หนู|เรา|ดิฉัน)",
        "ลบเบอร์[(ฉัน|ผม|ของฉัน|ของผม|นี้|หนู|ดิฉัน)]ออก",
        "ลบชื่อ(ฉัน|ผม|หนู|ดิฉัน)ออก",
        # Romanised: I don't wish to receive, don't send again, no need to send the texts, told
        # you not to send, delete my number, how do I stop getting them. (Not "lerk song ma":
        # "kod yok lerk, song ma muean derm" asks for them back.)
        "(mai|my) (prasong|tongkan|tong karn|tongkarn|yak|yaak) [ja] (rub|rap|rab|dai rub|dai rap) (kho khwam|kor kwam|khokhwam|kwam|sms|khao san|kao san|promotion)",
        "(ya|yaa|yah) (song|sng) (ma|maa) (ik|eek|eik|iik|ick)",
        "(mai|my) (tong|dong|tawng) (song|sng) (kho khwam|kor kwam|sms|promotion|khao san)",
        "(bok|bawk|bork) (laew|leaw|lew|laeo) [(wa|waa)] (mai hai|ya|yaa|hai yud|hai lerk) (song|sng)",
        "(lob|lop) (ber|boe|bur|beu) [(chan|pom|nee|ni)] (ork|ok|awk|oak)",
        "(tham|tam) (yang ngai|yangngai) [(thueng ja|tueng ja|teung ja|tung ja|hai)] (mai dai rap|mai dai rub|mai dai rab|mai rap|mai rub|mai rab|yut rap) (kho khwam|kor kwam|sms|kwam|khwam)",
        # The negations of the opt-ins below, each a request: I don't want the news / offers /
        # them any more, don't send the offers, I do not consent, don't notify me by text.
        "ไม่อยาก[จะ](รับ|ได้)(ข่าว|ข้อความ|sms|การแจ้งเตือน|แจ้งเตือน|โปร|คูปอง)",
        "ไม่ได้อยาก(รับ|ได้)",
        "ไม่อยาก(รับ|ได้)ต่อ",
        "ไม่อยากให้ส่ง(มา|ไป|ข้อความ|sms)",
        "(ไม่ต้อง|อย่า|เลิก|หยุด)ส่งโปร",
        "(ไม่|ไม่ได้|ไม่เคย)ยินยอม",
        "(ไม่|ไม่ได้|ไม่เคย)ให้ความยินยอม",
        "มาอีก(จะ|ก็จะ)(บล็อก|บล็อค|block|แจ้งความ)",
        "(ไม่ต้อง|อย่า)(มาบอก|บอก|แจ้ง|มาแจ้ง)ที่เบอร์นี้",
        "(ไม่ต้อง|อย่า)(แจ้ง|แจ้งเตือน|ยืนยันนัด)ทาง(ข้อความ|sms|เอสเอ็มเอส)",
        "(mai|my) (yak|yaak) [ja] dai (kao san|kao sarn|khao san|sms|noti|promotion|pro|kho khwam)",
        "(ya|yaa|yah) (song|sng) (sms|kho khwam|kor kwam|promotion|pro|coupon)",
        "(mai|my) (tong|dong|tawng) (song|sng) (pro|coupon)",
        "(lerk|yud|yut) (song|sng) (promotion|pro|coupon|sms)",
        "(yok lerk|yok loek|yoklerk) (samak|sa mak|kan samak)",
        "(mai|my) (yin yom|yinyom)",
        # Romanised: please delete (it), "chuay lob ok hai noi".
        "(chuay|chuai|chuey) (lob|lop) (ork|ok|awk) [(hai|duay)]",
        # I don't agree to receive them (the refusal of "ตกลงรับข่าวสาร" below).
        "ไม่ตกลงรับ",
        # How many times have I told you to stop ("บอกไปกี่รอบแล้วให้หยุด", "bok pai gee rob laew
        # hai yud").
        "บอก[ไป](กี่|หลาย)(รอบ|ครั้ง)แล้ว[ว่า](ให้หยุด|ให้เลิก|อย่าส่ง|ไม่ให้ส่ง|ให้ยกเลิก)",
        "(bok|bawk|bork) [(pai|bpai)] (gee|kee|ki|gi|lai) (rob|rop|krang|khrang|krung) (laew|leaw|lew|laeo) [(wa|waa)] (hai yud|hai yut|hai lerk|ya song|yaa song|mai hai song|hai yok lerk)",
        # Enough, it's annoying: stop ("พอเถอะ รำคาญ", "ram khan mak, yud!").
        "(พอเถอะ|พอเหอะ|พอที|พอได้แล้ว|พอได้แล้วมั้ย|หยุดเถอะ|หยุดส่ง|หยุด) (รำคาญ|รำคาญมาก|น่ารำคาญ|สแปมทุกวัน|ส่งมาทุกวัน|ส่งมาทุกวันเลย)",
        "(รำคาญ|รำคาญมาก|น่ารำคาญ|ส่งไรนักหนาเนี่ย|ส่งอะไรนักหนา|ส่งมาทุกวัน|สแปมทุกวัน) (พอเถอะ|พอเหอะ|พอที|พอได้แล้ว|พอได้แล้วมั้ย|หยุดเถอะ|หยุดส่ง|หยุด)",
        "(ram khan|ramkhan|rumkan|ram kan|ramkan) [(mak|maak|jing)] (yud|yut|yood|yud song|lerk song|phor thoe|por toe|por ter|pho thoe|phor ter|por thoe)",
        "(phor thoe|por toe|por ter|pho thoe|phor ter|por thoe|por tur) (ram khan|ramkhan|rumkan|ram kan|ramkan)",
        # No need to send any more ("ไม่ต้องส่งมาอีกแล้ว"): "again" says the texts, not one parcel.
        "ไม่ต้องส่ง[(ข้อความ|sms)]มาอีกแล้ว",
        # Consent withdrawn ("ขอถอนความยินยอม", "ยกเลิกความยินยอม").
        "(ถอน|เพิกถอน|ยกเลิก)(ความยินยอม|การยินยอม|คำยินยอม)",
        # English loanwords ("ขอ unsubscribe ค่ะ").
        "(ขอ|ช่วย|กด) (unsubscribe|unsub|stop) [(ให้|ด้วย|หน่อย)]",
    ),
    # Thai puts its negation before the verb (อย่าส่งมาอีก, ไม่ต้องส่ง, ไม่อยากรับ) and phrases
    # match as substrings, so an opt-in starts at a word a negation does not precede (ขอ, ช่วย,
    # a subject before อยาก) or says the STOP was a mistake; "ส่งมาอีก" alone is never one.
    opt_in_phrases=(
        "(ขอ|ช่วย)(สมัคร|สมัครรับ|เปิดรับ)[(ข้อความ|ข่าวสาร|การแจ้งเตือน|แจ้งเตือน|sms|โปรโมชั่น)](ใหม่|อีกครั้ง)",
        "(ขอ|ช่วย)เปิด(ข้อความ|ข่าวสาร|การแจ้งเตือน|แจ้งเตือน|sms|โปรโมชั่น)(ใหม่|อีกครั้ง)",
        "(ขอ|ช่วย)(เปิด|เปิดรับ)(ข้อความ|ข่าวสาร|การแจ้งเตือน|แจ้งเตือน|sms|โปรโมชั่น)(ให้|ด้วย|หน่อย)",
        "(ขอ|ผมขอ|ฉันขอ|หนูขอ)[กลับมา]รับ(ข้อความ|ข่าวสาร|การแจ้งเตือน|แจ้งเตือน|sms|โปรโมชั่น|ข้อความแจ้งเตือน)(อีกครั้ง|ใหม่)",
        "(ผม|ฉัน|หนู|ดิฉัน|เรา)(ต้องการ|อยาก)[กลับมา](รับ|ได้รับ)(ข้อความ|ข่าวสาร|การแจ้งเตือน|แจ้งเตือน|sms|โปรโมชั่น|ข้อความแจ้งเตือน)(อีกครั้ง|ใหม่|เหมือนเดิม)",
        "(ผม|ฉัน|หนู|ดิฉัน|เรา)(ต้องการ|อยาก)สมัคร(ใหม่|อีกครั้ง|รับข่าวสาร|รับข้อความ)",
        "เปิด(การแจ้งเตือน|แจ้งเตือน|รับข้อความ|ข้อความ)ให้(ด้วย|หน่อย|ที|อีกครั้ง)",
        # (One word each side of ส่งมา: a spaced alternative would make the phrase a word
        # sequence, which a Thai sentence written as one word never matches.)
        "(โปร|โปรโมชั่น|ส่วนลด|คูปอง|ดีล)[(อะไร|ดีๆ)][ก็]ส่งมา(ได้เลย|ด้วย)",
        # The offers asked again; I want the news (again, too); consent; how and where to sign
        # up; send to a family member's or this number (each negation is an opt-out above:
        # "อย่าส่งโปร", "ไม่อยากรับข่าว", "ไม่ยินยอม", or needs "ไม่ต้อง" which reads unnaturally
        # before a question ending "ได้ไหม").
        "ส่ง(คูปอง|โปร|ดีล)มา(อีก|ด้วย|ได้เลย)",
        # With its subject: "ยังอยากได้...อยู่" (I still want them) keeps what is.
        "(หนู|ผม|ฉัน|ดิฉัน|เรา|ก็)อยาก(รับ|ได้)(ข่าว|ข้อความ|sms|การแจ้งเตือน|แจ้งเตือน|โปร|คูปอง)",
        "(หนู|ผม|ฉัน|ดิฉัน|เรา)อยาก(รับ|ได้)ต่อ",
        "อยาก(รับ|ได้)บ้าง",
        "ต้องการ(รับ|ได้รับ)(ข้อความ|ข้อความแจ้งเตือน|ข่าวสาร|การแจ้งเตือน|แจ้งเตือน|sms|โปรโมชั่น)(อีกครั้ง|ใหม่|ต่อ)",
        "ยินยอม(รับ|ให้|ที่จะรับ)",
        "(ต้อง|จะ)(ลงทะเบียน|สมัคร)(ที่ไหน|ยังไง|อย่างไร|ตรงไหน)",
        "อยากให้ส่ง(มา|ไป)[ที่]เบอร์(ผม|ฉัน|หนู|นี้|สามี|ภรรยา|แฟน)",
        "เบอร์(สามี|ภรรยา|แฟน|แม่|พ่อ|ลูก)ด้วย(ได้ไหม|ได้มั้ย)",
        "ลงทะเบียนเบอร์(ภรรยา|สามี|แฟน|แม่|พ่อ|ลูก)",
        "(แจ้งเตือน|แจ้ง|ยืนยันนัด)[การจัดส่ง]ทาง(ข้อความ|เอสเอ็มเอส)",
        "(มาบอก|บอก|แจ้ง|มาแจ้ง)ที่เบอร์นี้",
        "เปลี่ยนเป็นเบอร์(นี้|นี่|ใหม่)",
        "เบอร์นี้ได้เลย",
        "(ขอ|ช่วย)เปิดให้(ใหม่|อีกครั้ง)",
        "(โปร|ข้อความ|ข่าวสาร)กลับมาส่ง",
        "ส่งมาทุกอัน",
        # Sent cancel / STOP by mistake.
        "(ส่ง|พิมพ์|ตอบ)(ยกเลิก|หยุด|stop)(ผิด|โดยไม่ได้ตั้งใจ|พลาด)",
        "กด(ยกเลิก|หยุด|stop)(ผิด|พลาด)(ค่ะ|ครับ|คะ|นะ|ไป|จ้า)",  # not "...ผิดออเดอร์" (an order)
        # Romanised.
        "(kod|god|gode|got|kot) (yok lerk|yok loek|yoklerk|yokloek|stop|yud|yut) (pid|phid|pit)",
        "(kho|kor|khor) (rub|rap|rab) (khao san|kao san|khaosan|kaosan|kho khwam|kor kwam|noti|sms|promotion|pro) (eek krung|eek krang|eek khrang|ik krang|ik khrang)",
        "(kho|kor|khor) (samak|sa mak) (mai|eek krang|eek krung|eek khrang)",
        "samak mai (kha|krub|krab|khrap|na kha|na krub)",
        "(kho|kor|khor) (rub|rap|rab) (khao san|kao san|khaosan|kaosan|noti|sms|promotion|pro|kho khwam|kor kwam) (tor|to)",
        "(yak|yaak) (dai|rub|rab|rap) (kao san|kao sarn|khao san|sms|noti|promotion|pro|kho khwam) (eek|ik)",
        "(song|sng) (pro|promotion|promo|coupon|khao san|kao san) [(sud sapda|dee dee)] (ma|maa) (eek|ik|dai laew|dai loei|duay)",
        "(samak|sa mak) (rub|rab|rap) (kao san|khao san|sms|kho khwam|promotion)",
        "samak (rab|rub|rap) (sms|kao san|khao san|kho khwam) (tong|dong) (tham|tam) (yang ngai|yangngai)",
        "(song|sng) (ma|maa) (meuan derm|muean derm|muen derm|muan derm|muean doem)",
        "(yin yom|yinyom) (rab|rub|rap|hai)",
        "(chuay|chuai|chuey) (perm|pherm|puem) (ber|boe|bur) (por|mae|faen|sami|phanraya|look|luk)",
        "(song|sng) (sms|kho khwam|kor kwam) [(tuan|jaeng|tuean)] [(nud|nat)] (ma|pai) (ber nee|boe nee|ber ni)",
        "(poed|perd|poet|bpoed) (kan jaeng tuean|kan jaeng teuan|jaeng tuean|jaeng teuan|rub kho khwam|rap kho khwam|rub sms|noti) (hai|eek krang|eek krung)",
        # How do I sign up for the news; I agree to get it; I want the offers again (the
        # refusals "ไม่ตกลงรับ", "ไม่อยากได้...อีก" are opt-outs above).
        "สมัครรับ(ข่าวสาร|ข้อความ|โปรโมชั่น|sms|การแจ้งเตือน)(ยังไง|อย่างไร|ได้ยังไง|ได้อย่างไร|ได้ที่ไหน|ตรงไหน)",
        "ตกลงรับ(ข่าวสาร|ข้อความ|sms|โปรโมชั่น)",
        "อยาก(ได้|รับ)(โปร|โปรโมชั่น|ข่าวสาร|ข้อความ|คูปอง|sms)(อีก|อีกครั้ง)",
        # Romanised: I want the news (on, again); "mai yak rub..." is an opt-out above.
        "(yak|yaak) (dai|rub|rab|rap) (kao san|kao sarn|khao san|khao sarn|sms|noti|kho khwam) [(eek|ik|tor|to|tor pai|eek krang)]",
        "(yak|yaak) (dai|rub|rab|rap) (pro|promotion|promo|coupon) (eek|ik|tor|eek krang)",
    ),
    help_phrases=(
        # How often will you text me? Why am I getting these messages? (questions, not complaints)
        "(ส่ง|ส่งข้อความ|ส่งเอสเอ็มเอส)[มา]บ่อย(แค่ไหน|ขนาดไหน)",
        "(อาทิตย์|สัปดาห์|วัน|เดือน)ละกี่(ครั้ง|ข้อความ)",
        "ทำไม[(ถึง|ฉันถึง|ผมถึง)]ได้รับข้อความ(นี้|พวกนี้|แบบนี้)",
        "ส่ง[มา]บ่อย(ไหม|มั้ย|หรือเปล่า|รึเปล่า)",
        # Who is this? What is this number? (Not "where did you get my number": it comes
        # before an opt-out, "...ลบออกเดี๋ยวนี้", that the model alone reads.)
        "(นี่|นี่คือ|คุณ|คุณคือ|คุณเป็น)ใคร", "ใครส่ง(มา|ข้อความ)", "เบอร์[(นี้|นี่)][ของ]ใคร",
        "ส่งมาจากที่ไหน", "(นี่|ที่นี่|คุณ)[คือ](บริษัท|ร้าน)อะไร", "ข้อความนี้[คือ]อะไร", "ข้อความอะไร(คะ|ครับ|เนี่ย|เหรอ|หรอ)",
        # Is this a scam?
        "(มิจฉาชีพ|แก๊งคอลเซ็นเตอร์|หลอกลวง|สแกม|สแปม)(หรือเปล่า|ไหม|รึเปล่า|หรือไม่|ป่าว|มั้ย)",
        "ลิงก์[นี้]ปลอดภัย(ไหม|มั้ย|หรือเปล่า|รึเปล่า)", "กลัวโดนหลอก", "โดนหลอก(หรือเปล่า|ไหม|รึเปล่า|มั้ย)",
        # Does it cost anything?
        "(ข้อความ|sms|ตอบกลับ|รับข้อความ|ส่งข้อความ|การแจ้งเตือน)[นี้](เสีย|มี)(ค่าบริการ|ค่าใช้จ่าย|เงิน)(ไหม|มั้ย|หรือเปล่า|รึเปล่า|หรือไม่)",
        "ทำไม(โดน|ถูก)(ตัด|เก็บ|หัก)(เงิน|ค่าบริการ)", "[ไป]สมัคร[ไป]ตอนไหน",
        "รายละเอียด[เพิ่มเติม]เกี่ยวกับ(บริการ|ข้อความ|การแจ้งเตือน)",
        # How do I reach a person?
        "(ขอ|มี)เบอร์(ติดต่อ|คอลเซ็นเตอร์|call center|ฝ่ายบริการลูกค้า)", "เบอร์ติดต่อ(เท่าไร|เท่าไหร่|อะไร|คือ)",
        "(ติดต่อ|คุยกับ)(เจ้าหน้าที่|พนักงาน|แอดมิน|คอลเซ็นเตอร์|ฝ่ายบริการลูกค้า)[ได้](ยังไง|อย่างไร|ทางไหน|ที่ไหน|ได้ไหม|ไหม)",
        # Romanised.
        "(nee|ni|nii) (krai|khrai)", "(khun|kun) (pen|kue|keu|khue) (krai|khrai)", "(krai|khrai) song (ma|maa)",
        "(kho|kor|khor|mee|mi) (ber|boe|bor) (tid tor|tit tor|tidtor|titor|call center)",
        "(boi|bhoi|boy) (kae nai|khae nai|kaenai|khanad nai|kanad nai)",
    ),
    # "No need to stop sending" in Latin letters ("mai tong yud song na, chan chob").
    not_opt_out_phrases=(
        # Negated removal is a wish to keep the texts ("don't remove me", "I'm not
        # unsubscribing"); never a negated send/write, which stays an opt-out.
        "อย่า(ลบ|เอา)(ฉัน|ผม|หนู|เรา|ดิฉัน|เค้า|เบอร์|เบอร์ฉัน|เบอร์ผม|เบอร์หนู|เบอร์ดิฉัน|ชื่อ|ชื่อฉัน|ชื่อผม)ออก",
        "อย่าลบ(ฉัน|ผม|หนู|เรา|ดิฉัน|เบอร์|เบอร์ฉัน|เบอร์ผม|เบอร์หนู|ชื่อ|ชื่อฉัน|ชื่อผม)",
        "(ไม่ต้อง|ไม่จำเป็นต้อง)(ลบ|เอา)(ฉัน|ผม|หนู|เรา|ดิฉัน|เบอร์|เบอร์ฉัน|เบอร์ผม|ชื่อ|ชื่อฉัน|ชื่อผม)",
        "(อย่า|ไม่ต้อง)ยกเลิก(การสมัคร|สมาชิก|การเป็นสมาชิก|ข้อความ|การแจ้งเตือน|ให้)",
        "(ไม่ได้จะ|ไม่ได้ต้องการ|ไม่อยาก|ยังไม่)ยกเลิก(การสมัคร|สมาชิก|การเป็นสมาชิก|การรับข้อความ|รับข้อความ)",
        "อย่าหยุดส่ง",
        # Refusing to be unsubscribed or asking the texts to go on ("don't unsubscribe me"):
        # a model opt-out reading of such a message is not decided.
        "อย่า(ยกเลิก|หยุดส่ง|ลบเบอร์|ลบชื่อ)",
        "ไม่ต้องหยุดส่ง",
        "ไม่อยากให้(หยุด|เลิก)ส่ง",
        # "Don't remove me just yet".
        "อย่าเพิ่ง(ยกเลิก|หยุดส่ง|ลบเบอร์|ลบชื่อ)",
        # The senders' own footer, quoted or forwarded: "if you do not wish to receive news, ...",
        # in its formal words (a customer writes ถ้า ... ไม่อยาก).
        "(หาก|กรณี)ไม่(ประสงค์|ต้องการ)[จะ](รับ|ได้รับ)",
        "(mai|my) (tong|dong|tawng) (yud|yut|yood|yhud) (song|sng) [(ma|maa)] [(na|ka|kha|krub|krab|khrap|ja)]",
        # Enough goods or food, food wishes, deliveries paused ("ลังพอครับ", "ลังที่สามไม่ต้องส่ง",
        # "ไม่ต้องส่งเพิ่ม", "ไม่เอาผัก", "yut song kong").
        "(ลัง|กล่อง|ถุง|ชุด|ขวด)(ที่สาม|ที่สอง|ที่สี่|ที่เหลือ)ไม่ต้องส่ง",
        "(ลัง|กล่อง|ถุง|ชุด|ขวด)พอ(ครับ|ค่ะ|แล้ว|ละ)",
        "ไม่ต้องส่ง[มา]เพิ่ม",
        "(ของครบแล้ว|ข้าวพอ|อาหารพอ|พอสำหรับทุกคน)",
        "ไม่(เอา|ใส่)(ผัก|หอม|ผักชี|เผ็ด|น้ำแข็ง|ถั่ว|พริก|กระเทียม|หวาน|ซอส)",
        "หยุดส่ง(ของ|พัสดุ|อาหาร|สินค้า|นม|น้ำ)",
        "(yud|yut|yood) (song|sng) (kong|khong|pasadu|parcel|ahan|aharn)",
        # Post and calls stopped, the texts kept ("แคตตาล็อกไม่ต้องส่ง", "ไม่ต้องโทรมาแล้ว", "SMS
        # บอกก็พอ").
        "(แคตตาล็อก|แคตตาล็อค|ใบแจ้งหนี้|บิลกระดาษ|จดหมาย|เอกสาร)ไม่ต้องส่ง",
        "ส่งไปรษณีย์",
        "ไม่ต้องส่ง(บิลกระดาษ|ใบแจ้งหนี้|จดหมาย|แคตตาล็อก)",
        "ไม่ต้องโทรมาแล้ว",
        "บอกก็พอ",
        # Someone else unsubscribed ("แฟนยกเลิกรับข้อความไปแล้ว"), the writer stays.
        "(แฟน|สามี|ภรรยา|ลูก|พ่อ|แม่)ยกเลิก[การ]รับ(ข้อความ|sms)",
        # Wrong number asked about; alone it is no request.
        "ส่งผิด(เบอร์|คน)(หรือเปล่า|รึเปล่า|ป่าว|ไหม|มั้ย)",
        # Cancelled by mistake or regretted: the message asks for the texts back.
        "(เผลอ|พลาด)(กด|ส่ง|พิมพ์|ตอบ)(ยกเลิก|หยุด|stop)",
        "(ยกเลิก|หยุดรับ)[(ไปแล้ว|ไป)]เสียดาย",
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
