"""The language data (app/keywords/languages) is well formed, its replies are complete, and the
engine classifies the languages' held-out set (tests/data/holdout_languages.jsonl).

The held-out set was written before any language rule (commit ff7544e). First run through the
engine as it stood then (lexicon with English, Spanish and French only), per language:
precision / recall of opt-out+opt-in+help together, and opt-out recall alone:

    es 1.00/0.70 (opt-out 1.00)   zh-Hans 1.00/0.10 (0.17: "TD" as French)   fr 1.00/0.67 (1.00)
    de 1.00/0.10 (0.17: "STOPP" as an English misspelling)
    zh-Hant, tl, vi, ar, ko, ru, pt, ht, hi, it, pl, ja: nothing recognised (recall 0.00)
    all 227 messages: precision 1.00, recall 0.10; opt-out recall 12/88 = 0.14, opt-in 0/16,
    help 2/48; language reported right 22/227.

The same person wrote the set and then the rules, so figures on it after the rules are an
upper bound, not an independent measurement. A second set (holdout_languages_2.jsonl, 126
messages) was written after the rules and run once before any change: the rules alone
(whole-message keywords and phrases, no engine) found 0.45 of its actionable messages with
precision 1.00. After generalising the rules and with the engine (commit 5ebb655): set 1
precision 1.00, recall 0.98 (misses: TC and ÈD bare, which the engine wants language evidence
for; German "hören Sie auf, mir ..." split at the comma); set 2 precision 0.99, recall 0.97.
A third set (holdout_languages_3.jsonl, 49 ordinary messages built to look like opt-outs) is
for measuring, not asserted: 11 false opt-outs, 7 of them from the engine's own es/fr
phrases or its keyword-in-first-clause rule, 4 debatable partial revocations.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict

import pytest

from app.keywords.compiled import tokenize
from app.keywords.languages import ALL, BY_CODE, LanguageRules
from app.keywords.matcher import check, expand, is_unspaced, shared_text
from app.keywords.normalize import fold_text
from app.messaging.replies import REPLY_KINDS, ReplyBook
from tests.helpers import DATA

FIRST_CODES = ("es", "zh-Hans", "zh-Hant", "tl", "vi", "ar", "fr", "ko", "ru", "pt", "ht", "de",
               "hi", "it", "pl", "ja")
# The next most spoken at home in the US and the EU: their plain-language requests are the
# model's to read (app/keywords/data/corpus), so the rules' held-out sets cover FIRST_CODES.
CODES = (*FIRST_CODES, "uk", "ur", "fa", "bn", "pa", "gu", "tr", "nl", "el", "th", "id")
HOLDOUT = DATA / "holdout_languages.jsonl"
# Anything of regular-expression syntax beyond the shared ( | ) [ ] is a mistake in the data.
FOREIGN_SYNTAX = re.compile(r"[.*+?\\{}^$]|(?:^|\s)_(?:\s|$)")
PATTERN_FIELDS = ("opt_out_keywords", "opt_out_all_keywords", "opt_in_keywords",
                  "help_keywords", "opt_out_phrases", "opt_in_phrases", "help_phrases",
                  "not_opt_out_phrases")


def _folded(patterns: tuple[str, ...]) -> set[str]:
    """Every literal a field stands for, normalised the way the engine sees messages."""
    return {" ".join(fold_text(text).split()) for pattern in patterns for text in expand(pattern)}


def _rules_ids(rules: LanguageRules) -> str:
    return rules.code


def test_the_languages_of_the_issues_each_once():
    assert tuple(rules.code for rules in ALL) == CODES
    assert set(BY_CODE) == set(CODES)


@pytest.mark.parametrize("rules", ALL, ids=_rules_ids)
def test_every_pattern_follows_the_shared_syntax(rules):
    for field in PATTERN_FIELDS:
        for pattern in getattr(rules, field):
            assert pattern == pattern.strip() and pattern, (field, pattern)
            assert not FOREIGN_SYNTAX.search(pattern), (field, pattern)
            check(pattern)  # raises PatternError on unbalanced groups or an empty alternative
            if field.endswith("keywords") or is_unspaced(pattern):
                # Expanded into literal texts at load: at most 20,000 each (PatternError).
                texts = expand(pattern)
                assert texts and all(text.strip() for text in texts), (field, pattern)


def test_the_phrases_of_every_language_stay_small_in_memory():
    # Word phrases load as small automata (an alternative adds states, never copies of what
    # follows). Keywords, and phrases of the scripts written without spaces (Chinese,
    # Japanese, Thai), are expanded at load into the literal texts they stand for and held for
    # the process's life: each alternative multiplies them, each optional part doubles them.
    # 57,942 today (55,475 a round before, 7,732 before every language had phrases): the
    # engine with its model holds 221 MB against 200 MB and loads in 2.2-2.4 s against 0.8 s
    # on a slower machine, in one dictionary of texts (a character trie had held 28 MB more).
    total = sum(len(expand(pattern)) for rules in ALL for field in PATTERN_FIELDS
                for pattern in getattr(rules, field)
                if field.endswith("keywords") or is_unspaced(pattern))
    assert total <= 60_000, total


@pytest.mark.parametrize("rules", ALL, ids=_rules_ids)
def test_no_word_means_two_things_in_one_language(rules):
    opt_out = _folded(rules.opt_out_keywords + rules.opt_out_all_keywords)
    opt_in = _folded(rules.opt_in_keywords)
    help_ = _folded(rules.help_keywords)
    assert not opt_out & opt_in and not opt_out & help_ and not opt_in & help_
    sender_only = _folded(rules.opt_out_keywords)
    assert not sender_only & _folded(rules.opt_out_all_keywords)
    out_phrases = rules.opt_out_phrases
    assert not _shared(out_phrases, rules.opt_in_phrases + rules.help_phrases)
    # A false alarm that is itself a keyword or an opt-out phrase would cancel it.
    assert not _shared(rules.not_opt_out_phrases,
                       rules.opt_out_keywords + rules.opt_out_all_keywords + out_phrases)


def _shared(patterns: tuple[str, ...], others: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The texts a pattern of ``patterns`` and one of ``others`` both stand for: word
    patterns compared as automata (some stand for millions of texts), those of the unspaced
    scripts as the literal texts they are loaded as."""
    found = []
    literal = _folded(tuple(p for p in others if is_unspaced(p)))
    for pattern in patterns:
        if is_unspaced(pattern):
            found += [(text,) for text in _folded((pattern,)) & literal]
            continue
        for other in others:
            if not is_unspaced(other):
                text = shared_text(pattern, other, tokenize)
                if text is not None:
                    found.append(text)
    return found


@pytest.mark.parametrize("rules", ALL, ids=_rules_ids)
def test_sources_and_hints_are_given(rules):
    assert rules.sources, rules.code
    for source in rules.sources:
        assert source.startswith(("https://", "http://", "app/")) or "found" in source, source
    assert len(rules.hint_words) >= 18 and len(set(rules.hint_words)) == len(rules.hint_words)
    assert rules.name and rules.name[0].isupper()


@pytest.mark.parametrize("rules", ALL, ids=_rules_ids)
def test_every_reply_names_the_program_and_the_help_contact(rules):
    assert set(rules.replies) == set(REPLY_KINDS)
    book = ReplyBook("Zq Salon", "help@zq.example")
    for kind in REPLY_KINDS:
        template = rules.replies[kind]
        assert "{program}" in template and "{support}" in template, (rules.code, kind)
        text = book.text(kind, rules.code)
        assert text == template.format(program="Zq Salon", support="help@zq.example")
        assert "Zq Salon" in text and "help@zq.example" in text and "{" not in text
        assert text != book.text(kind, "en"), (rules.code, kind)


@pytest.mark.parametrize("rules", ALL, ids=_rules_ids)
def test_help_and_opt_in_say_how_to_stop_in_a_word_the_engine_knows(rules):
    book = ReplyBook("Zq", "x")
    stop_words = _folded(rules.opt_out_keywords) | {"stop"}
    for kind in ("help", "opt_in"):
        folded = " ".join(fold_text(book.text(kind, rules.code)).split())
        spaced = f" {folded} "
        assert any(f" {word} " in spaced or (not word.isascii() and word in folded)
                   for word in stop_words), (rules.code, kind, folded)
    # The opt-out confirmation says how to come back (START works in every language).
    assert "START" in book.text("opt_out", rules.code)


def _holdout() -> dict[str, list[dict[str, str]]]:
    rows: dict[str, list[dict[str, str]]] = defaultdict(list)
    for line in HOLDOUT.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            rows[row["language"]].append(row)
    return rows


def test_holdout_covers_every_language_with_every_kind_of_message():
    rows = _holdout()
    assert set(rows) == set(FIRST_CODES)
    for code, messages in rows.items():
        intents = [row["intent"] for row in messages]
        assert len(messages) >= 12, code
        assert intents.count("opt_out") >= 4 and intents.count("none") >= 3, code
        assert "help" in intents and "opt_in" in intents, code


# --- The engine on the languages' data ------------------------------------------------------

SECOND_HOLDOUT = HOLDOUT.with_name("holdout_languages_2.jsonl")


@pytest.fixture(scope="module")
def classifier():
    from app.bootstrap import build_classifier
    from config import get_settings

    return build_classifier(get_settings())


def _scores(classifier, rows):
    """Precision and recall of the actionable intents together, and the false opt-outs."""
    right = wrong = missed = 0
    false_opt_outs = []
    for row in rows:
        got = classifier.classify(row["body"]).intent
        if got != "none":
            right += got == row["intent"]
            wrong += got != row["intent"]
        missed += row["intent"] != "none" and got != row["intent"]
        if got == "opt_out" and row["intent"] != "opt_out":
            false_opt_outs.append(row["body"])
    precision = right / (right + wrong) if right + wrong else 1.0
    recall = right / (right + missed) if right + missed else 1.0
    return precision, recall, false_opt_outs


@pytest.mark.parametrize("code", FIRST_CODES)
def test_first_holdout_per_language(classifier, code):
    precision, recall, false_opt_outs = _scores(classifier, _holdout()[code])
    assert not false_opt_outs and precision == 1.0, (code, false_opt_outs)
    assert recall >= 0.85, (code, recall)


def test_second_holdout_written_after_the_rules(classifier):
    """Written after the rules and run once before any change (recall 0.45 with the rules
    alone, no courtesy words, no engine); the rules were then generalised on its misses."""
    rows = [json.loads(line) for line in SECOND_HOLDOUT.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    precision, recall, false_opt_outs = _scores(classifier, rows)
    # A keyword alone in a first clause ("basta, ...": Spanish BASTA, Italian "that's it") is
    # read as an opt-out by the engine's clause rule; known, left to the engine owner.
    assert set(false_opt_outs) <= {"basta, domani si va al mare"}, false_opt_outs
    assert precision >= 0.95 and recall >= 0.9, (precision, recall)


@pytest.mark.parametrize(("body", "code"), [
    ("SAIR", "pt"), ("PARAR", "es"), ("退订", "zh-Hans"), ("退訂", "zh-Hant"), ("수신거부", "ko"),
    ("配信停止", "ja"), ("СТОП", "ru"), ("ABMELDEN", "de"), ("CANCELLA", "it"),
    ("ZAKOŃCZ", "pl"), ("HUY", "vi"), ("إيقاف", "ar"), ("रोकें", "hi"), ("itigil", "tl"),
    ("SISPANN", "ht"), ("Désabonnement", "fr"),
])
def test_a_carrier_keyword_is_an_opt_out_in_its_language(classifier, body, code):
    result = classifier.classify(body)
    assert (result.intent, result.scope, result.language) == ("opt_out", "sender", code)


@pytest.mark.parametrize(("body", "intent", "code"), [
    # "yardım" (help) with its dotless i capitalised as I, or typed as i.
    ("YARDIM", "help", "tr"), ("yardim", "help", "tr"), ("Yardım", "help", "tr"),
])
def test_a_keyword_typed_without_a_letter_nfd_cannot_strip_is_known(classifier, body, intent,
                                                                     code):
    result = classifier.classify(body)
    assert (result.intent, result.language, result.decided_by) == (intent, code, "rule")


@pytest.mark.parametrize(("body", "intent"), [
    # Romanised keywords (pinyin, translit, Finglish, romaji) and everyday whole-message words.
    ("tuiding", "opt_out"), ("otpiska", "opt_out"), ("vidpyska", "opt_out"), ("laghv", "opt_out"),
    ("teishi", "opt_out"), ("Cancellazione", "opt_out"), ("Rimuovetemi.", "opt_out"),
    ("বাতিল", "opt_out"), ("KANPE", "opt_out"), ("BAŞLAT", "opt_in"), ("MULAI", "opt_in"),
    ("Cadastrar", "opt_in"), ("स्टार्ट", "opt_in"), ("kaun??", "help"), ("ai z?", "help"),
    ("شما؟", "help"), ("查詢", "help"), ("ENFÒ", "help"), ("تعليمات", "help"), ("resume", "opt_in"),
    ("ЗУПИНИТИ", "opt_out"), ("HINTO", "opt_out"), ("qu xiao ding yue", "opt_out"),
    ("yok lerk", "opt_out"), ("ostanovite rassylku pozhaluysta", "opt_out"), ("રોકો", "opt_out"),
    ("SMS IPTAL", "opt_out"), ("من فضلك ألغِ اشتراكي في العروض", "opt_out"),
    ("Reaktivieren", "opt_in"), ("Hervatten", "opt_in"), ("SIMULA", "opt_in"),
    ("BAT DAU", "opt_in"), ("Поновити", "opt_in"), ("How does this work?", "help"),
    # Requests in Latin letters: Cantonese, Thai, Greeklish, pinyin, romanised Korean.
    ("m sai zoi send la", "opt_out"), ("mh seung joi sau", "opt_out"), ("yut song kha", "opt_out"),
    ("den thelw na lamvanw sms", "opt_out"), ("wo yao tuiding", "opt_out"),
    ("suhsin gubu", "opt_out"), ("mgoi del jor ngo ge number", "opt_out"),
    ("m ho joi lyun lok ngo", "opt_out"), ("qing yi chu wo de hao ma", "opt_out"), ("停發", "opt_out"),
    ("優惠的不用傳了，預約通知保留就好", "opt_out"), ("唔使再發啦 唔該", "opt_out"),
    ("vystachyt meni pysaty", "opt_out"), ("pryberit mene zi spysku", "opt_out"),
    ("Більше не надсилайте мені нічого", "opt_out"), ("не хочу отримувати ваші смс", "opt_out"),
])
def test_romanised_and_everyday_keywords_are_known(classifier, body, intent):
    result = classifier.classify(body)
    assert (result.intent, result.review, result.decided_by) == (intent, False, "rule"), result


@pytest.mark.parametrize(("body", "intent"), [
    ('me desuscribí por error, perdón', "opt_in"),
    ('¿Por qué me mandan estas promociones?', "help"),
    ('Je me suis désabonnée par erreur', "opt_in"),
    ("De quelle banque s'agit-il ?", "help"),
    ('Ich habe mich aus Versehen abgemeldet', "opt_in"),
    ('Muss ich für die SMS zahlen?', "help"),
    ('Per errore mi sono disiscritto', "opt_in"),
    ('Dove posso parlare con il servizio clienti?', "help"),
    ('Sem querer me descadastrei, quero voltar', "opt_in"),
    ('Por que vocês estão me mandando essas mensagens?', "help"),
    ('Ik heb me per ongeluk afgemeld', "opt_in"),
    ('Van welke winkel komt dit?', "help"),
    ('Przez pomyłkę się wypisałem', "opt_in"),
    ('Dlaczego wysyłacie mi te wiadomości?', "help"),
    ('Revoye m alèt yo souple', "opt_in"),
    ('Konbyen mesaj m ap resevwa?', "help"),
    ('Tolong daftarkan saya lagi ke SMS promo', "opt_in"),
    ('Ini dari perusahaan apa?', "help"),
    ('Ga usah nyalain lagi notif SMS-nya', "opt_out"),
    ('Pwede po bang ibalik ako sa listahan?', "opt_in"),
    ('Anong kumpanya po ito?', "help"),
    ('Hatırlatmalarınızı tekrar açar mısınız?', "opt_in"),
    ('Hangi şirketsiniz?', "help"),
    ('Tôi vẫn muốn nhận tin khuyến mãi', "opt_in"),
    ('Bạn là ai vậy?', "help"),
    ('Không cần bật lại thông báo cho tôi', "opt_out"),
    ('Ξαναστείλτε μου τις εκπτώσεις', "opt_in"),
    ('Τι είναι αυτά τα μηνύματα;', "help"),
    ('Добавьте меня обратно в рассылку', "opt_in"),
    ('Чей это номер?', "help"),
    ('Не хочу опять получать рассылку', "opt_out"),
    ('Увімкніть знову сповіщення', "opt_in"),
    ('Що це за номер?', "help"),
    ('Не хочу назад ваші розсилки', "opt_out"),
    ('मैसेज का जवाब देने पर पैसे कटेंगे क्या?', "help"),
    ('kal se deals nahi aa rahe, deals wapas bhejo', "opt_in"),
    ('پچھلے ہفتے بند کروائے تھے، اب میسج دوبارہ آن کر دیں', "opt_in"),
    ('جواب دینے پر کوئی چارجز لگیں گے؟', "help"),
    ('ভাই গত সপ্তাহে বন্ধ করছিলাম, অফারের মেসেজ আবার দিন প্লিজ', "opt_in"),
    ('রিপ্লাই করলে চার্জ লাগবে? আমার প্যাকেজ নাই', "help"),
    ('ਹਾਂਜੀ ਭੇਜਦੇ ਰਹੋ, ਵਧੀਆ ਆਫਰ ਆਉਂਦੇ ਨੇ', "opt_in"),
    ('ਤੁਸੀਂ ਕੌਣ ਹੋ? ਮੇਰੇ ਕੋਲ ਰੋਜ਼ ਮੈਸੇਜ ਆਉਂਦੇ ਨੇ', "help"),
    ('મને પણ લિસ્ટમાં એડ કરી દો, ભાભીએ કહ્યું હતું', "opt_in"),
    ('reply karvana paisa lagse? balance ochhu che', "help"),
    ('تخفیفا رو دوباره بفرستید، خیلی به دردم می\u200cخوره', "opt_in"),
    ('این شماره مال کیه؟ هر هفته پیام میاد', "help"),
    ('ايه الرسايل دي؟ مش فاهم حاجة', "help"),
    ('كنت موقفها بس غيرت رأيي، ارجعوا الرسائل', "opt_in"),
    ('我想再次订阅你们的会员短信', "opt_in"),
    ('回复短信要收费吗', "help"),
    ('請幫我重新開啟簡訊通知', "opt_in"),
    ('呢啲短訊使唔使錢？', "help"),
    ('メルマガの配信を再開してほしいです', "opt_in"),
    ('返信に料金はかかりますか', "help"),
    ('할인 소식 다시 받고 싶어요', "opt_in"),
    ('고객센터 연락처 알려주세요', "help"),
    ('ขอสมัครรับข่าวสารอีกครั้งค่ะ', "opt_in"),
    ('ข้อความนี้เสียค่าบริการไหมครับ', "help"),
])
def test_each_language_knows_plain_opt_ins_and_help_questions(classifier, body, intent):
    # Written for the tests, not taken from any set: resubscribing, "sent STOP by mistake",
    # who is this, does it cost; and the negated forms that must stay opt-outs.
    result = classifier.classify(body)
    assert (result.intent, result.review, result.decided_by) == (intent, False, "rule"), result


@pytest.mark.parametrize("body", ["apegrafi parakalo", "otpiska pozhaluysta", "tuiding xiexie",
                                  "laghv lotfan", "Cancellazione grazie"])
def test_a_languages_courtesy_words_may_stand_around_its_keyword(body):
    # The rules alone: "please"/"thanks" in the language, romanised too, leave a keyword one.
    from app.keywords.engine import KeywordClassifier

    result = KeywordClassifier(model=None).classify(body)
    assert (result.intent, result.review) == ("opt_out", False), result


def test_a_courtesy_word_that_is_also_a_sentence_word_is_not_one():
    # Haitian "kounye a" (now) is two words: "kounye" and "a" alone do not make a keyword of a
    # sentence ("stop a ...").
    from app.keywords.engine import KeywordClassifier

    rules = KeywordClassifier(model=None)
    rules.classify("stop")
    default, _ = rules._rules()
    assert not {"a", "kounye"} & (default.trailers | default.leaders)
    assert {"bitte", "lotfan", "xiexie", "parakalo"} <= default.leaders & default.trailers


@pytest.mark.parametrize("body", [
    "a parada do ônibus mudou de lugar", "stopp mal kurz, ich komme gleich",
    "je descends au prochain arrêt", "दरवाज़ा बंद करो", "電車が止まってる、遅れます",
    "xe buýt dừng ở trạm nào?", "车停在楼下了，你下来吧", "雨停了我们再出发",
    "встретимся на остановке", "para po sa kanto lang", "ci vediamo alla fermata dell'autobus",
    "버스 정류장에서 만나요", "酒店房间我要退订，行程改了", "飯店退訂的話要扣多少手續費？",
    "我退订了你们的视频会员，怎么还扣费？", "カードを紛失したので利用停止をお願いします",
    "mai tong yud song na, chan chob", "地址唔使再發啦，我知道喺邊",
])
def test_the_stop_words_of_ordinary_talk_are_not_opt_outs(classifier, body):
    result = classifier.classify(body)
    assert result.intent != "opt_out" and not result.review, result


@pytest.mark.parametrize("body", [
    "Non cancellatemi eh, adoro i vostri sconti", "Nem pensem em me tirar da lista, amo os descontos",
    "Niet afmelden hoor, ik wil die aanbiedingen blijven krijgen!",
    "Huwag nyo po akong i-unsubscribe ha, gusto ko yung mga promo nyo.",
    "Đừng dừng nha, mình thích mấy tin khuyến mãi này lắm!", "Aman beni listeden çıkarmayın",
    "মেসেজ বন্ধ করবেন না, অফারগুলো আমার ভালো লাগে!", "문자 끊지 마세요! 할인 정보 꼭 받아야 돼요",
])
def test_refusing_to_be_unsubscribed_is_no_opt_out(classifier, body):
    # "Don't unsubscribe me, I love the deals": the model reads the opt-out words; the rules
    # know the negation and it is never decided as an opt-out.
    result = classifier.classify(body)
    assert result.intent != "opt_out" or result.review, result


@pytest.mark.parametrize("body", ["Nie, przestańcie wysyłać SMS", "لا، توقفوا الرسائل"])
def test_no_then_a_request_in_its_own_clause_is_not_a_negated_request(classifier, body):
    # "No, stop sending": the comma parts the "no" from the request.
    assert classifier.classify(body).intent == "opt_out"


@pytest.mark.parametrize("body", ["¡No dejen de mandar las ofertas, están buenísimas!",
                                  "no dejen de mandarme las ofertas jaja me encantan"])
def test_dont_stop_sending_in_spanish_asks_for_more(classifier, body):
    result = classifier.classify(body)
    assert (result.intent, result.review) == ("none", False), result
    assert classifier.classify("Dejen de mandar mensajes").intent == "opt_out"


@pytest.mark.parametrize("body", ["jangan stop kirim promonya ya kak",
                                  "jgn berhenti kirim promo, mantap",
                                  "Jangan stop kirim SMS diskonnya"])
def test_dont_stop_in_indonesian_asks_for_more(classifier, body):
    # "Don't stop sending the promos": never decided an opt-out, at most a person's to read.
    result = classifier.classify(body)
    assert not (result.intent == "opt_out" and not result.review), result


@pytest.mark.parametrize("body", [
    # "Don't unsubscribe me", "pressed STOP by mistake", "sent STOP by mistake": Chinese and
    # Japanese written before a Latin keyword negate it as English does.
    "唔好 unsub 我呀", "不小心按了 STOP，我还想收", "間違えて STOP と送ってしまいました",
])
def test_a_latin_keyword_after_a_chinese_or_japanese_negation_is_no_request(body):
    from app.keywords.engine import KeywordClassifier

    rules = KeywordClassifier(model=None)
    result = rules.classify(body)
    assert (result.intent, result.review) == ("none", False), result
    assert rules.classify("unsub").intent == "opt_out"


@pytest.mark.parametrize(("body", "read"), [
    # About the emails: a person decides.
    ("unsubscribe me from the email newsletter, the texts are fine", ("none", True)),
    ("Wypiszcie mnie z newslettera mailowego, SMS-y mogą zostać", ("none", True)),
    ("unsubscribe saya dari email newsletter aja, SMS gapapa", ("none", True)),
    ("отпишите меня от email-рассылки, смс пусть приходят", ("none", True)),
    ("Sirf email se unsubscribe karna hai, SMS theek hain", ("none", True)),
    # Or about paper bills by post.
    ("Паперові рахунки поштою більше не надсилайте, мені зручніше в застосунку", ("none", True)),
    ("stop sending me paper statements please", ("none", True)),
    # About the texts, beside the emails: an opt-out.
    ("No more texts from the campaign please. Email is fine.", ("opt_out", False)),
    ("Can you take me off your SMS list? I'd rather get emails", ("opt_out", False)),
    ("unsubscribe from texts pls, emails ok", ("opt_out", False)),
])
def test_an_opt_out_phrase_about_the_emails_goes_to_a_person_one_about_the_texts_stands(
        classifier, body, read):
    result = classifier.classify(body)
    assert (result.intent, result.review) == read, result


_PHRASE_EXAMPLES = DATA / "examples" / "phrases.jsonl"


@pytest.mark.parametrize("row", [json.loads(line) for line in
                                 _PHRASE_EXAMPLES.read_text(encoding="utf-8").splitlines()
                                 if line.strip()], ids=lambda row: row["language"])
def test_each_language_reads_its_everyday_opt_ins_and_ordinary_near_misses(classifier, row):
    # Written for the tests, not taken from any set: "my wife gets these, add me too", "how do
    # I sign up", a new number, unsubscribed by mistake, consent, a relative's number; and
    # the near-misses that must stay ordinary (a partner who left while the writer stays,
    # "stop calling, SMS is fine", food, quitting a habit, a promotion ending).
    result = classifier.classify(row["body"])
    if row["intent"] == "none":
        assert result.intent == "none", result
    elif row.get("review"):
        # The rules' opt-out phrase among words the model reads as ordinary (0.86: "send me
        # only the order confirmations, not the offers"): a person decides, never "none" alone.
        assert result.intent == "none" and result.review and result.matched, result
    else:
        assert (result.intent, result.review, result.decided_by) == (row["intent"], False, "rule"), result
