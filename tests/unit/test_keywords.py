"""The keyword engine: the labelled corpus, the examples users care about, and properties."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.keywords import KeywordClassifier
from app.keywords.evaluate import evaluate, load_corpus
from tests.helpers import DATA

CORPUS = load_corpus((DATA / "keywords.jsonl").read_text(encoding="utf-8").splitlines())
HOLDOUT = load_corpus((DATA / "keywords_holdout.jsonl").read_text(encoding="utf-8").splitlines())
ENGINE = KeywordClassifier()


@pytest.mark.parametrize("row", CORPUS, ids=[repr(r["body"])[:40] for r in CORPUS])
def test_corpus(row):
    got = ENGINE.classify(str(row["body"]))
    assert got.intent == row["intent"], got
    assert got.review == bool(row.get("review")), got
    if "scope" in row and got.intent == "opt_out":
        assert got.scope == row["scope"], got
    if "language" in row:
        assert got.language == row["language"], got


def test_corpus_is_large_and_varied():
    assert len(CORPUS) >= 300
    intents = {row["intent"] for row in CORPUS}
    assert intents == {"opt_out", "opt_in", "help", "none"}
    assert {row.get("language") for row in CORPUS} >= {"en", "es", "fr"}


def test_holdout_meets_the_goals():
    # Messages written after the rules, to measure rather than to tune.
    result = evaluate(ENGINE, HOLDOUT)
    assert result.recall("opt_out") >= 0.99
    assert result.ordinary_flagged / result.ordinary <= 1 / 50
    assert result.precision("opt_in") == 1.0  # a false opt-in texts someone who said no


@pytest.mark.parametrize("body,intent,scope", [
    ("STOP", "opt_out", "sender"), ("STOPALL", "opt_out", "all"), ("stop all", "opt_out", "all"),
    ("please stop texting me", "opt_out", "sender"), ("take me off your list", "opt_out", "sender"),
    ("I don't want these texts anymore", "opt_out", "sender"),
    ("remove my number", "opt_out", "sender"), ("I revoke my consent", "opt_out", "sender"),
    ("STOP 12345", "opt_out", "sender"), ("STOP MiniLuxe", "opt_out", "sender"),
    ("Stop\n\nSent from my iPhone", "opt_out", "sender"), ("STOP STOP", "opt_out", "sender"),
    ("ＳＴＯＰ", "opt_out", "sender"), ("S\u200bT\u200bO\u200bP", "opt_out", "sender"),
    ("ST0P", "opt_out", "sender"), ("REMOVE", "opt_out", "sender"), ("OPT-OUT", "opt_out", "sender"),
    ("ARRET", "opt_out", "sender"), ("ARRÊT", "opt_out", "sender"), ("TD", "opt_out", "sender"),
    ("PARAR", "opt_out", "sender"), ("BAJA", "opt_out", "sender"), ("CANCELAR", "opt_out", "sender"),
    ("ALTO", "opt_out", "sender"), ("START", "opt_in", "sender"), ("UNSTOP", "opt_in", "sender"),
    ("HELP", "help", None), ("INFO", "help", None), ("Support", "help", None),
    ("AYUDA", "help", None), ("AIDE", "help", None),
])
def test_keywords_from_the_contract(body, intent, scope):
    got = ENGINE.classify(body)
    assert (got.intent, got.scope, got.review) == (intent, scope, False)
    assert got.matched


@pytest.mark.parametrize("body,language", [("ОТКАЗ", "ru"), ("отказываюсь", "ru"),
                                           ("ВІДМОВА", "uk"), ("RIMUOVI", "it"), ("Sil", "tr"),
                                           ("ANNULLA", "it"), ("إنهاء", "ar"), ("ختم", "ur"),
                                           ("수신안함", "ko"), ("OFF", "en"), ("off pls", "en")])
def test_refusal_and_remove_answered_alone_are_opt_outs(body, language):
    got = ENGINE.classify(body)
    assert (got.intent, got.review, got.language) == ("opt_out", False, language)


@pytest.mark.parametrize("body", ["Отказ от записи, я заболел", "rimuovi il prodotto dal carrello",
                                  "Off to work now, see you at 6", "annulla l'ordine di ieri"])
def test_refusal_and_remove_in_a_sentence_about_something_else_are_not(body):
    assert ENGINE.classify(body).intent == "none"


@pytest.mark.parametrize("body", ["STOP唔該", "請stop", "STOPお願いします", "UNSUB唔該"])
def test_a_keyword_typed_against_a_chinese_or_japanese_polite_word_is_a_keyword(body):
    # One token to the tokeniser, two words to the reader: "STOP, thanks".
    got = ENGINE.classify(body)
    assert (got.intent, got.review, got.decided_by) == ("opt_out", False, "rule")


@pytest.mark.parametrize("body", ["Hủy ạ", "Dừng ạ", "Ngừng ạ", "TC ạ", "huy a"])
def test_a_vietnamese_keyword_with_the_polite_a_is_a_keyword(body):
    got = ENGINE.classify(body)
    assert (got.intent, got.review, got.decided_by, got.language) == ("opt_out", False, "rule", "vi")


@pytest.mark.parametrize("body", ["Em muốn hủy lịch hẹn ạ", "hủy đơn hàng giúp em ạ"])
def test_a_vietnamese_cancellation_of_something_else_with_the_polite_a_is_not(body):
    assert ENGINE.classify(body).intent == "none"


# Everyday requests the rules decide: each went to a person or was dropped before its phrase.
RULE_OPT_OUTS = [
    # Consent withdrawn in so many words, the words the FCC's revocation rule is about, with
    # what people put between the consent and the withdrawal ("the consent I gave, I withdraw it").
    "I hereby revoke the consent I gave to receive your texts.",
    "Saya menarik kembali persetujuan saya untuk menerima SMS.",
    "SMS almak için verdiğim onayı geri çekiyorum.",
    "Tôi xin rút lại sự đồng ý nhận tin nhắn.",
    "এসএমএস পাওয়ার জন্য যে সম্মতি দিয়েছিলাম, সেটা প্রত্যাহার করছি।",
    "ਮੈਸੇਜ ਲੈਣ ਲਈ ਜਿਹੜੀ ਸਹਿਮਤੀ ਦਿੱਤੀ ਸੀ, ਉਹ ਮੈਂ ਵਾਪਸ ਲੈਂਦਾ ਹਾਂ।",
    "SMS મેળવવા માટે આપેલી મારી સંમતિ હું પાછી ખેંચું છું.",
    "मैसेज के लिए जो सहमति दी थी, वह मैं वापस लेता हूं।",
    # English: slang, misspellings, reminders named past an appointment, a time after "after".
    "quit blowin up my phone",
    "Y'all need to quit blowing up my phone with coupons fr",
    "cut it out w the texts",
    "remve me pls",
    "dlt my number plz",
    "please remove me from the appointment reminders.",
    "Thanks, I'll be there at 3. After this one please take me off the text reminders.",
    "Running late for my 3pm, sorry! And after today please don't text me reminders.",
    # German, Dutch and Cantonese everyday requests.
    "Stop mit den Deals please, ist echt too much",
    "Das Sofa hab ich längst gekauft, die Angebote können Sie sich sparen.",
    "will das nich mehr kriegen thx",
    "Könnten Sie mich bei der Gelegenheit aus dem SMS-Verteiler für Aktionen rausnehmen?",
    "Stop met die deals please, is echt too much",
    "kap nou eens met die sms'jes",
    "麻煩取消我嘅短訊通知，多謝。",
    "ng sai joi faat la, m goi",
    "收皮啦 日日都嚟",
    "架車已經買咗，唔使再通知我優惠。",
    "請將此號碼從貴診所的通知名單中刪除，謝謝。",
    # Mandarin requests that name the texts between their words, and in pinyin.
    "健身房我早就不去了，卡也退了，别再发课程推广了。",
    "对了，以后别再给我推新品短信了。",
    "培训班的招生短信麻烦别再发到我这个号了。",
    "另外诊所的优惠活动短信就不用发我了。",
    "广告短信都别发了",
    "wo yao qu xiao duan xin tong zhi",
    # Persian colloquial and romanised, the Vietnamese keyword with the polite ạ.
    "نفرست دیگ لطفن",
    "nafrest dg",
    "ozviat mano laghv konin merci",
    "بسه دیگه اه",
    "Hủy đăng ký ạ",
    "huy dang ky a",
    # Bengali curt requests; Dutch "no more texts needed".
    "ধুর বাবা আর পাঠাস না তো",
    "নাম্বার কাটেন আমার লিস্ট থেকে",
    "দাদা দয়া করো নম্বরটা ডিলিট মারো",
    "Stoppen, dank je",
    "Jullie kunnen stoppen met berichten sturen.",
    "u hoeft me niet meer te sms'en.",
    "Daarna hoef ik geen sms'jes meer",
    "Maar de acties en kortingen hoef ik niet meer.",
    "Haal mijn nummer weg",
    # Hindi "enough, man" with more said, Gulf Arabic, Thai and Greek "enough".
    "बस करो यार रोज रोज के मेसेज",
    "बस करो यार 😤 दिमाग खराब कर दिया",
    "لا عاد تزعجوني",
    "الساعه ٢ بالليل ترسلون؟؟ لا عاد ترسلون شي",
    "ส่งไรนักหนาเนี่ย พอเหอะ",
    "พอได้แล้วมั้ย สแปมทุกวัน",
    "ελεος με τα σμσ σας",
    "φτάνει ρε παιδιά με τα μηνυματα",
    # Already bought elsewhere, so no more offers needed.
    "Tôi mua xe rồi, không cần chương trình ưu đãi nữa đâu, cảm ơn.",
    "Το κλιματιστικό το αγοράσαμε ήδη. Δεν χρειάζονται άλλες προσφορές.",
    "Nabili ko na po yung aircon, kaya hindi na kailangan ng mga alok ninyo.",
    "اشتريت السيارة من معرض آخر، لا داعي لإرسال المزيد من العروض.",
    "এসি তো কিনেই ফেলেছি, আর এসির অফার পাঠাতে হবে না।",
    "સોફા તો લઈ લીધો, હવે એની ઓફર મોકલવાની જરૂર નથી.",
    # Korean polite ending written onto STOP, Tagalog "hinto na", Ukrainian "Stop надсилати",
    # Hindi "यार बस करो" with the day's texts.
    "stop요",
    "HINTO NA",
    "Stop надсилати ці promo, серйозно, no more",
    "यार बस करो रोज रोज के मेसेज",
    # Japanese formal and Kansai requests.
    "店舗からのお知らせは不要になりました。",
    "今後のご連絡はご遠慮ください。",
    "まじでいらんて、送らんといて",
]


@pytest.mark.parametrize("body", RULE_OPT_OUTS)
def test_everyday_requests_the_rules_decide_are_opt_outs(body):
    got = ENGINE.classify(body)
    assert (got.intent, got.review, got.decided_by) == ("opt_out", False, "rule")


# The requests beside those near-misses: a wrong number told to the sender, how to stop these.
@pytest.mark.parametrize("body", [
    "你们发错人了",
    "ग़लत नंबर है, मेरा नंबर हटा दो",
    "Як відписатися від ваших SMS?",
    "इन मैसेज को अनसब्सक्राइब कैसे करूँ?",
    "配信停止してください",
])
def test_a_wrong_number_told_or_how_to_stop_these_texts_stays_an_opt_out(body):
    got = ENGINE.classify(body)
    assert (got.intent, got.review) == ("opt_out", False)


# Their near-misses: ordinary, not even a question for a person.
ORDINARY_NEAR_MISSES = [
    # A message the writer sent astray, a job quit, "don't stop the texts".
    "सॉरी गलत नंबर पे चला गया, ये मम्मी के लिए था",
    "刚那条发错人了，不好意思哈",
    "آج نوکری چھوڑ دی، اب کسی بھی وقت آ سکتا ہوں",
    "Wag nyo pong itigil ang text, gusto ko malaman ang mga sale!",
    # What an unsubscription would bring, asked; a joke's wish; another, paid subscription.
    "請問取消訂閱之後還會收到取件通知嗎？",
    "请问退订以后还能收到验证码吗？",
    "配信停止したら、予約確認のメッセージも来なくなりますか？",
    "月曜日も配信停止できたらいいのにw",
    "Як відписатися від платної підписки на фільми? Гроші знімають щомісяця.",
    "Как отписаться от платной подписки в приложении?",
    "किसी ऐप का सब्सक्रिप्शन कट रहा है, उसे अनसब्सक्राइब कैसे करूँ?",
    # Keeping the texts, an order cancelled.
    "nee he, niet stoppen met die aanbiedingen",
    "Alsjeblieft niet ophouden met berichten sturen",
    "Niet stoppen met de acties, ze zijn top!",
    "Ich will das Paket nicht mehr, bitte stornieren",
]


@pytest.mark.parametrize("body", ORDINARY_NEAR_MISSES)
def test_their_near_misses_are_ordinary(body):
    got = ENGINE.classify(body)
    assert (got.intent, got.review) == ("none", False)


# Near-misses a person may read, but that are never decided as opt-outs.
NEVER_DECIDED = [
    # A condition, an appointment, a thing no longer needed.
    "If you don't stop texting me I'll report you",
    "after you stop texting me i'll feel better",
    "please remove me from the appointment on friday",
    "De fiets hoef ik niet meer, die is verkocht",
    # "Enough, man" in a joke ("मज़ाक बंद करो यार": stop joking).
    "मज़ाक बंद करो यार",
    "हाहा बस करो यार",
    "बस करो यार 😂 इतना सस्ता?",
    # A stop of a vehicle asked, in Tagalog.
    "hinto po ba dito?",
    # Asking to be sent something ("won't you send it?").
    "まだ送んないの？",
    "資料送ってくんない？",
]


@pytest.mark.parametrize("body", NEVER_DECIDED)
def test_these_near_misses_are_never_decided_opt_outs(body):
    got = ENGINE.classify(body)
    assert not (got.intent == "opt_out" and not got.review)


@pytest.mark.parametrize("body", ["我不小心按到退訂了，可以幫我恢復嗎？", "我不小心退订了，能恢复吗",
                                  "間違えて配信停止してしまいました。再開できますか？"])
def test_unsubscribed_by_mistake_asks_for_the_texts_back(body):
    assert ENGINE.classify(body).intent == "opt_in"


@pytest.mark.parametrize("body", ["Can you stop by at 5?", "Don't stop!", "When does the sale end?",
                                  "I need help with my appointment", "Yes I'll be there at 3",
                                  "Stopwatch", "START TIME?", "别给我退订啊，我还要看你们的活动呢",
                                  "唔好幫我退訂呀，我仲想睇你哋啲優惠", "停止しないでくださいね",
                                  "Stop sending the package to my old address, I moved",
                                  "Don't you dare unsubscribe me, I love these deals"])
def test_ordinary_conversation_is_not_a_keyword(body):
    got = ENGINE.classify(body)
    assert got.intent == "none" and not got.review


@pytest.mark.parametrize("body", [
    "Who gave you this number? Take it off your list.", "Not interested. Remove from list.",
    "whoever this is, lose my number", "enough with the texts", "f off with these promos",
    "can you please not text me anymore", "This is my work phone, don't send marketing texts here",
    "I want out of your text alerts", "Please cancel my subscription to the text alerts.",
    "How do I get off this list?",
])
def test_plain_english_requests_without_a_keyword(body):
    got = KeywordClassifier(model=None).classify(body)
    assert (got.intent, got.review, got.decided_by) == ("opt_out", False, "rule")


@pytest.mark.parametrize("body", ["remove it from the list, we have milk",
                                  "take it off my list of chores", "I'm done with the dishes",
                                  "don't send the package here, I moved",
                                  "cancel my subscription to the magazine",
                                  "how do I get off the bus at Main St?"])
def test_plain_english_phrases_keep_to_their_sense(body):
    got = ENGINE.classify(body)
    assert got.intent != "opt_out"


@pytest.mark.parametrize("body", ["cheui siu ding yuet mgoi", "メルマガ解除", "merumaga kaijo",
                                  "خروج", "ARETE", "Ik wil uitgeschreven worden.",
                                  "Odsubskrybuj", "отпиши", "відпиши мене", "HUY DK", "منسوخ"])
def test_everyday_opt_out_words_in_other_languages(body):
    # Cantonese romanised 取消訂閱 with its "please", the Japanese newsletter's "unsubscribe",
    # Arabic "exit", Haitian "stop" spelt the French way, Dutch "I want to be unsubscribed",
    # Polish, Russian and Ukrainian "unsubscribe (me)" to one person, Vietnamese "cancel
    # registration" abbreviated, Urdu "cancelled".
    got = KeywordClassifier(model=None).classify(body)
    assert (got.intent, got.review) == ("opt_out", False)


@pytest.mark.parametrize(("body", "intent"), [
    ("Stop vooral niet met de aanbiedingen!", "none"), ("niet stoppen met de berichten aub", "none"),
    ("Stop met sturen", "opt_out"), ("Stop! Niet meer sturen", "opt_out"),
])
def test_dutch_dont_stop_is_ordinary_usage(body, intent):
    # "Don't stop the offers": the negation next to the verb; a STOP followed by a new
    # sentence is still one.
    got = ENGINE.classify(body)
    assert (got.intent, got.review) == (intent, False)



@pytest.mark.parametrize(("body", "intent"), [("Stahp", "opt_out"),
                                               ("how did u get my number", "help")])
def test_sms_spellings(body, intent):
    got = KeywordClassifier(model=None).classify(body)
    assert (got.intent, got.review) == (intent, False)


def test_unsure_messages_go_to_review_or_suppress_by_policy():
    body = "I'd like to cancel my appointment"
    reviewed = KeywordClassifier(ambiguous_policy="review").classify(body)
    assert (reviewed.intent, reviewed.review) == ("none", True)
    suppressed = KeywordClassifier(ambiguous_policy="suppress").classify(body)
    assert (suppressed.intent, suppressed.scope, suppressed.review) == ("opt_out", "sender", True)


def test_language_is_detected_for_replies():
    assert ENGINE.classify("no me envíen más mensajes").language == "es"
    assert ENGINE.classify("arrêtez de m'envoyer des messages").language == "fr"
    assert ENGINE.classify("please stop").language == "en"


def test_custom_keywords_per_sender():
    engine = KeywordClassifier({"+18005550100": {"opt_out": ["NOMORE"], "opt_in": ["BACKIN"]},
                                "*": {"help": ["HALP"]}})
    assert engine.classify("nomore!", senders=["+18005550100"]).intent == "opt_out"
    assert engine.classify("NOMORE", senders=["+18005550199"]).intent == "none"
    assert engine.classify("BACKIN", senders=["MGx", "+18005550100"]).intent == "opt_in"
    assert engine.classify("HALP", senders=["+18005550199"]).intent == "help"
    assert engine.classify("STOP", senders=["+18005550100"]).intent == "opt_out"


def test_custom_keyword_intent_must_be_known():
    with pytest.raises(ValueError, match="intent"):
        KeywordClassifier({"*": {"unsubscribe": ["X"]}})


def test_every_result_explains_itself():
    for body in ("STOP", "please stop texting me", "unsubcsribe", "What is this? Stop"):
        got = ENGINE.classify(body)
        assert got.intent == "opt_out" and got.matched and 0 < got.confidence <= 1


# -- properties ---------------------------------------------------------------------------

KEYWORDS = {"stop": "opt_out", "unsubscribe": "opt_out", "stopall": "opt_out",
            "arret": "opt_out", "parar": "opt_out", "start": "opt_in", "unstop": "opt_in",
            "help": "help", "ayuda": "help", "revoke": "opt_out", "optout": "opt_out"}
PADDING = st.text(alphabet=" \t\n.,!?;:'\"“”‘’()[]-_*~…\u200b\u200c\u200d\ufeff\u00a0\u3000😀🛑🙏👍😡",
                  max_size=6)


@st.composite
def dressed_keyword(draw):
    word = draw(st.sampled_from(sorted(KEYWORDS)))
    cased = "".join(ch.upper() if draw(st.booleans()) else ch for ch in word)
    if draw(st.booleans()):
        cased = "".join(chr(ord(ch) + 0xFEE0) for ch in cased)  # full-width
    return word, draw(PADDING) + cased + draw(PADDING)


@settings(max_examples=400)
@given(dressed_keyword())
def test_any_casing_padding_or_punctuation_keeps_the_intent(case):
    word, body = case
    got = ENGINE.classify(body)
    assert got.intent == KEYWORDS[word], (body, got)
    assert not got.review


@settings(max_examples=500)
@given(st.text(max_size=300))
def test_arbitrary_unicode_never_raises(body):
    got = ENGINE.classify(body)
    assert got.intent in ("opt_out", "opt_in", "help", "none")
    assert got.scope in (None, "sender", "all")
    json.dumps(got.as_dict())


def test_only_opt_outs_count_sentence_by_sentence():
    # "Stop. ..." is an opt-out; "Yes. ..." is not a resubscription.
    assert ENGINE.classify("Please stop. I never gave you this number").intent == "opt_out"
    assert ENGINE.classify("Yes. I'll be there at 3").intent == "none"
    assert ENGINE.classify("START. What time is my appointment?").intent == "none"


# -- a bare yes ---------------------------------------------------------------------------

@pytest.mark.parametrize("body", ["YES", "Yes!", "y", "Sí", "si", "OUI", "yes 👍"])
def test_a_bare_yes_is_not_an_opt_in_by_default(body):
    got = ENGINE.classify(body)
    assert (got.intent, got.review) == ("none", False), got


@pytest.mark.parametrize("body", ["YES", "Yes!", "Y", "SÍ", "si.", "Oui"])
def test_a_bare_yes_is_an_opt_in_when_configured(body):
    got = KeywordClassifier(opt_in_yes=True).classify(body)
    assert (got.intent, got.scope) == ("opt_in", "sender"), got


@pytest.mark.parametrize(("body", "code"), [
    ("EVET", "tr"), ("Ναι", "el"), ("ТАК", "uk"), ("بله", "fa"), ("ہاں", "ur"), ("হ্যাঁ", "bn"),
    ("ਹਾਂ", "pa"), ("હા", "gu"), ("ใช่", "th"), ("हां", "hi"),
])
def test_a_bare_yes_in_each_language_is_an_opt_in_only_when_configured(body, code):
    assert ENGINE.classify(body).intent == "none"
    got = KeywordClassifier(opt_in_yes=True).classify(body)
    assert (got.intent, got.language) == ("opt_in", code), got


@pytest.mark.parametrize("body", ["yes lol", "Yes please", "Yes, you?", "YES I want the deal",
                                  "yes yes", "Sí, gracias"])
def test_a_yes_inside_a_longer_message_is_never_an_opt_in(body):
    assert KeywordClassifier(opt_in_yes=True).classify(body).intent == "none"


# -- plain-language opt-in and HELP --------------------------------------------------------

@pytest.mark.parametrize("body,intent", [
    ("what is this?", "help"), ("Who is this?", "help"), ("what are these texts?", "help"),
    ("whats this about", "help"), ("who are you", "help"), ("why am I getting these messages?", "help"),
    ("how did you get my number?", "help"), ("how often will you be texting me?", "help"),
    ("what are the message and data rates for this", "help"),
    ("sign me back up", "opt_in"), ("resubscribe me", "opt_in"),
    ("please start sending me texts again", "opt_in"), ("add me back to the list", "opt_in"),
    ("I want to opt back in", "opt_in"), ("start texting me again", "opt_in"),
    ("why do i keep getting these", "help"), ("who's this from?", "help"),
    ("which clinic is this?", "help"), ("is this legit or spam", "help"),
    ("do these texts cost anything", "help"), ("can I speak to a real person", "help"),
    ("how often are you gonna message me", "help"), ("what does this text mean?", "help"),
    ("I consent to receive the appointment reminders", "opt_in"),
    ("I'd like to get the delivery updates by text", "opt_in"),
])
def test_plain_language_help_and_opt_in(body, intent):
    got = ENGINE.classify(body)
    assert (got.intent, got.review) == (intent, False), got


@pytest.mark.parametrize("body", [
    "who is this guy you brought last time?", "what is this week's special?",
    "who are you going with", "Don't sign me back up", "my sister said sign me back up lol no",
    "what is this price, $40?", "I'll start sending you the photos again tomorrow",
    "how often do you text your mom", "how much does it cost?", "is this the blue one or the red one",
])
def test_conversation_is_not_help_or_opt_in(body):
    got = ENGINE.classify(body)
    assert got.intent == "none", got


# -- false-alarm guards: our own sentences, one general rule each --------------------------

@pytest.mark.parametrize("body", [
    # transport and place
    "two more stops and I'm there", "I'll miss the stop if I keep texting", "at the tram stp now",
    "next stop is mine", "got off one stop early", "walking to the stop",
    # reported speech
    "she was like stop texting me lmao", "he said stop", "my mum told me stop eating sweets",
    "and then they said stop sending pics", "I was like unsubscribe from that channel",
    # complaints about third parties
    "my boss won't stop texting me", "my ex keeps texting me, can you believe it",
    "tell him to stop messaging me", "my brother needs to quit texting me at 3am",
    # other services' unsubscribe instructions quoted
    "they said reply STOP to opt out", "the bank's text says text STOP to end alerts",
    "it said to unsubscribe reply with the word END", "just reply stop to them",
    # matches that cross a clause boundary
    "when i end i'll msg you", "after we end. text me", "once I quit, messages are yours",
    # negation
    "don't ever stop texting me deals", "never stop sending me these promos!",
    "pls dun leave me alone", "I can't stop texting my friends",
    # the same words about other things
    "don't text it to him, he'll see", "I don't want them anymore, the shoes are too small",
])
def test_false_alarm_guards(body):
    got = ENGINE.classify(body)
    assert got.intent == "none", got


@pytest.mark.parametrize("body", [
    "please stop texting me", "stop sending me these promos", "I said stop",
    "why won't you stop texting me", "can you stop messaging me", "I revoke my consent",
    "I want to stop receiving these messages", "how do I stop getting these texts?",
    "Ok. Stop.", "Stop sending me texts, I mean it", "I'm not your client, stop texting me",
    "Cease and desist. No further texts.", "This is my work phone, please do not text it",
    "i dont want these anymore",
])
def test_guards_keep_real_requests(body):
    got = ENGINE.classify(body)
    assert (got.intent, got.review) == ("opt_out", False), got


@pytest.mark.parametrize("body", ["not interested", "do not disturb", "please don't call me again",
                                  "lol stop texting me haha", "if you don't stop texting me I'll report you"])
def test_unclear_requests_go_to_review(body):
    got = ENGINE.classify(body)
    assert got.review or got.intent == "opt_out", got


# -- language modules: the shared format, exercised with a test-only language --------------

from app.keywords.languages import ALL, LanguageRules  # noqa: E402
from app.keywords.matcher import PatternError, check, expand  # noqa: E402

TEST_RULES = LanguageRules(
    code="xx", name="Testish", opt_out_keywords=("ZORP", "zorp (ya|yo)"),
    opt_out_all_keywords=("zorp tutti",), opt_in_keywords=("florb",), help_keywords=("halpa",),
    opt_out_phrases=("(niet|nee) [meer] (blorps|blorp) (senden|schicken)",),
    opt_in_phrases=("blorps (weer|terug) aan",), help_phrases=("wat is dit",),
    not_opt_out_phrases=("niet meer blorps senden (vergeten|missen)",),
    hint_words=("dit", "wat", "niet", "ik", "de"), replies={}, sources=("test",),
)
TEST_CJK = LanguageRules(
    code="zh-Hans", name="Test Chinese", opt_out_keywords=("退订",), opt_out_all_keywords=(),
    opt_in_keywords=(), help_keywords=(), opt_out_phrases=("不要再(发|发送)短信",),
    opt_in_phrases=(), help_phrases=("这是谁",), not_opt_out_phrases=(), hint_words=(),
    replies={}, sources=("test",),
)
TESTISH = KeywordClassifier(languages=[TEST_RULES, TEST_CJK], model=None)  # rules alone


@pytest.mark.parametrize("body,intent,scope,language", [
    ("ZORP", "opt_out", "sender", "xx"), ("zorp yo!", "opt_out", "sender", "xx"),
    ("Zorp tutti", "opt_out", "all", "xx"), ("FLORB", "opt_in", "sender", "xx"),
    ("halpa", "help", None, "xx"), ("ik wil niet meer blorps senden", "opt_out", "sender", "xx"),
    ("nee blorp schicken", "opt_out", "sender", "xx"), ("blorps weer aan", "opt_in", "sender", "xx"),
    ("wat is dit?", "help", None, "xx"), ("退订", "opt_out", "sender", "zh-Hans"),
    ("请不要再发送短信了", "opt_out", "sender", "zh-Hans"), ("这是谁？", "help", None, "zh-Hans"),
    ("STOP", "opt_out", "sender", "en"),  # the engine's own keywords stay
])
def test_a_language_module_is_read_in_the_shared_format(body, intent, scope, language):
    got = TESTISH.classify(body)
    assert (got.intent, got.scope, got.language, got.review) == (intent, scope, language, False), got


def test_not_opt_out_phrases_hold_their_opt_out_reading():
    got = TESTISH.classify("niet meer blorps senden vergeten")
    assert got.intent == "none", got


@pytest.mark.parametrize("body,language", [
    ("ik zie wat de dit is", "xx"), ("see you at the shop, thanks", "en"),
    ("nos vemos mañana para la cita", "es"), ("merci, je viens demain pour le rendez-vous", "fr"),
    ("明天见", "zh-Hans"), ("明天見，謝謝", "zh-Hant"),
])
def test_language_is_detected_by_script_and_hint_words(body, language):
    engine = TESTISH if language in ("xx",) else ENGINE
    assert engine.classify(body).language == language


@pytest.mark.parametrize("body,language", [
    ("내일 봐요", "ko"), ("また明日", "ja"), ("до завтра", "ru"), ("أراك غدا", "ar"),
    ("कल मिलते हैं", "hi"), ("hẹn gặp lại ngày mai", "vi"),
])
def test_every_script_of_the_language_modules_is_detected(body, language):
    if language not in {rules.code for rules in ALL}:
        pytest.skip(f"no {language} module yet")
    assert ENGINE.classify(body).language == language


def test_every_language_module_compiles_and_its_first_keyword_is_an_opt_out():
    for rules in ALL:
        engine = KeywordClassifier(languages=[rules])
        word = expand(rules.opt_out_keywords[0])[0]
        got = engine.classify(word)
        assert got.intent == "opt_out" or len(word) <= 2, (rules.code, word, got)


def test_pattern_syntax_expands_alternatives_and_options():
    assert expand("(stop|quit) [the] texts") == ["stop the texts", "stop texts",
                                                  "quit the texts", "quit texts"]
    assert expand("a [(b|c d)] e") == ["a b e", "a c d e", "a e"]
    for bad in ("(a|b", "a|b", "a]", "[a)"):
        with pytest.raises(PatternError):
            expand(bad)
        with pytest.raises(PatternError):
            check(bad)


def test_a_pattern_is_checked_without_expanding_it():
    # Ten groups of ten alternatives stand for 10^10 texts: too many to expand, one small
    # automaton to match.
    huge = " ".join("(" + "|".join(f"w{g}{k}" for k in range(10)) + ")" for g in range(10))
    check(huge)
    with pytest.raises(PatternError):
        expand(huge)
    for empty in ("[a]", "(a|)", "[a] [(b|c)]"):
        with pytest.raises(PatternError):
            check(empty)  # a pattern that may match no word at all


def test_another_languages_ordinary_english_word_needs_that_language():
    # Italian lists FINE: an English "Fine!" is not an opt-out, nor a question for a person.
    for body in ("Fine!", "Fine, see you at 5", "ok tc"):
        got = ENGINE.classify(body)
        assert (got.intent, got.review) == ("none", False), body


@pytest.mark.parametrize("body", ["T?", "T 6", "(t)"])
def test_a_letter_keyword_with_other_signs_goes_to_a_person(body):
    # China's T decides only as the whole message: "T?" asks, a letter between other signs
    # or a number requests nothing. A person reads it; never silently dropped.
    got = ENGINE.classify(body)
    assert (got.intent, got.review, got.matched) == ("none", True, "T")
    held = KeywordClassifier(ambiguous_policy="suppress").classify(body)
    assert (held.intent, held.review) == ("opt_out", True)


@pytest.mark.parametrize(("body", "code"), [("T", "zh-Hans"), ("t.", "zh-Hans"),
                                            ("TC", "vi"), ("tc", "vi"), ("ANILE", "ht"),
                                            ("Anile", "ht"), ("PARE", "pt"), ("Pare!", "pt")])
def test_a_countrys_printed_keyword_alone_is_an_opt_out(body, code):
    # Mainland Chinese senders print T, Vietnamese ones TC, Brazil's is PARE, Haitian ANILE is
    # CANCEL: alone, each is that refusal though it looks like English ("tc", take care) or
    # names no language.
    got = ENGINE.classify(body)
    assert (got.intent, got.review, got.decided_by, got.language) == (
        "opt_out", False, "rule", code)


@pytest.mark.parametrize("body", ["ok tc", "tc bro see u tmr", "pare musta na",
                                  "Tanpri anile randevou mwen demen"])
def test_those_keywords_inside_a_sentence_are_not_opt_outs(body):
    got = ENGINE.classify(body)
    assert (got.intent, got.review) == ("none", False)


@pytest.mark.parametrize(("body", "intent", "code"), [
    ("ÈD", "help", "ht"), ("Èd!", "help", "ht"), ("no me manden más", "opt_out", "es"),
])
def test_a_short_keyword_written_with_its_accents_names_its_language(body, intent, code):
    got = ENGINE.classify(body)
    assert (got.intent, got.language, got.decided_by) == (intent, code, "rule")
    # Without the accent "ED" is also an English name: not HELP on its own.
    assert ENGINE.classify("ED").intent == "none"


@pytest.mark.parametrize("body", [
    "Please sign me up for the weekly deals.",
    "I'd like to get text reminders for my appointments please.",
    "How do I get back on the text list? I miss the coupons.",
    "JOIN",
    "join please",
    "Yes, I consent",
])
def test_a_first_sign_up_in_plain_english_is_an_opt_in(body):
    got = ENGINE.classify(body)
    assert (got.intent, got.decided_by, got.review) == ("opt_in", "rule", False), got


@pytest.mark.parametrize("body", [
    "sign me up for the 3pm class",
    "Join us on saturday",
    "I will join",
    "I do not consent",
    "i consent to the procedure?",
])
def test_signing_up_for_something_other_than_texts_is_not_an_opt_in(body):
    assert ENGINE.classify(body).intent != "opt_in"


@pytest.mark.parametrize("body", [
    "dont put me back on the text list",
    "never add me to your text list",
    "you put me back on the text list without asking",
    "why did you put me back on the list?",
    "i would not like the weekly specials texts again",
])
def test_an_opt_in_the_words_deny_is_not_an_opt_in(body):
    # A false opt-in texts someone who said no: neither the rules nor the model make one of a
    # refusal or of a complaint about what the business did.
    assert ENGINE.classify(body).intent != "opt_in"


@pytest.mark.parametrize("body", [
    "can you put me back on the list",
    "could you please put me back on the list",
    "Yes, keep me on the list. I didnt mean to reply stop.",
])
def test_a_request_to_be_put_back_stays_an_opt_in(body):
    assert ENGINE.classify(body).intent == "opt_in"


@pytest.mark.parametrize(("body", "intent", "language"), [
    ("Хватит", "opt_out", "ru"),
    ("Досить", "opt_out", "uk"),
    ("Αρκετά", "opt_out", "el"),
    ("중지", "opt_out", "ko"),
    ("İstemiyorum", "opt_out", "tr"),
    ("আনসাবস্ক্রাইব", "opt_out", "bn"),
    ("Прекратите", "opt_out", "ru"),
    ("Durdurun", "opt_out", "tr"),
    ("Dość", "opt_out", "pl"),
    ("Réinscription", "opt_in", "fr"),
    ("Attiva", "opt_in", "it"),
    ("اشترك", "opt_in", "ar"),
])
def test_everyday_one_word_replies_are_keywords(body, intent, language):
    got = ENGINE.classify(body)
    assert (got.intent, got.review, got.decided_by, got.language) == (
        intent, False, "rule", language), got


def test_an_everyday_keyword_inside_a_sentence_is_not_decided_by_it():
    got = ENGINE.classify("Хватит ли денег на заказ?")  # "will the money be enough?"
    assert not (got.intent == "opt_out" and not got.review)


@pytest.mark.parametrize("body", [
    "另外以後啲優惠短訊唔使再send俾我喇，唔該。",  # Cantonese: no need to send me the offers
    "之後啲推廣就唔好再發嚟啦",
    "以後活動訊息就不用傳給我了",
    "請把我從發送名單拿掉，謝謝",
    "請將本門號移出發送名單",
    "唔想收",
])
def test_cantonese_and_taiwanese_requests_that_name_the_texts(body):
    got = ENGINE.classify(body)
    assert (got.intent, got.review, got.decided_by) == ("opt_out", False, "rule"), got


@pytest.mark.parametrize("body", ["唔使再send張相俾我喇，收到", "不用再傳一次了，我收到了"])
def test_no_need_to_send_something_again_is_not_decided_an_opt_out(body):
    got = ENGINE.classify(body)  # "no need to send the photo again, got it"
    assert not (got.intent == "opt_out" and not got.review), got
