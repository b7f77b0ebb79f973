"""False-alarm guards: general rules that read the words just before a match, inside its
clause, and say whether it is a request to us (``KEEP``), something a person should judge
(``REVIEW``) or ordinary conversation (``DROP``).

Each guard looks back at most ``WINDOW`` tokens, so a match costs a constant amount of work.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.keywords.lexicon import (
    DESIRE_BEFORE_TO,
    INSTRUCTION_VERBS,
    LAUGHTER,
    LIKE_SUBJECTS,
    NEGATIONS,
    NON_IMPERATIVE,
    NOUN_MARKERS,
    QUOTE_LIKE,
    SPEECH_VERBS,
    SUBORDINATORS,
    THIRD_PARTIES,
    YOU,
)
from app.keywords.normalize import CLAUSE_BITS, fold_text

KEEP, REVIEW, DROP = "keep", "review", "drop"
WINDOW = 6
_NEGATIONS = NEGATIONS - {"no"}  # "no, stop texting me" is not a negated request
_PRONOUN_I = frozenset({"i"})
# Verbs that open an imperative request; only these are read as commands to us.
IMPERATIVE_STARTS = frozenset(
    """stop quit cease halt discontinue desist end cancel terminate remove delete erase unlist
    unenroll unregister take get drop cross strike scratch pull put leave unsubscribe unsub opt
    optout revoke revoking withdraw rescind retract sign resubscribe subscribe start resume
    restart add""".split()
)
_HOW = frozenset({"how", "can", "could", "may"})
_ASKING = frozenset({"can", "could", "may", "should", "do", "shall", "how", "please", "pls"})
# Verbs a person uses to do the thing by saying it: "I revoke my consent", "I unsubscribe".
_PERFORMATIVE = frozenset("revoke withdraw rescind retract unsubscribe unsub opt optout".split())
_STOP_WORDS = frozenset("stop stp stopp sstop stops".split())


def before(tokens: tuple[str, ...], clauses: tuple[int, ...], start: int) -> tuple[str, ...]:
    """Up to ``WINDOW`` tokens before ``start`` in the same clause, nearest last."""
    clause = clauses[start]
    i = start
    while i > 0 and start - i < WINDOW and clauses[i - 1] == clause:
        i -= 1
    return tokens[i:start]


# Chinese and Japanese before a Latin keyword, ending in "don't" (with "me") or "by mistake":
# "唔好 unsub 我" (don't unsubscribe me), "不小心按了 STOP" (pressed STOP by mistake),
# "間違えて STOP と送って" (sent STOP by mistake). Typed without the space, such a message is
# one word to the rules, and the keyword is no word of its own.
_UNSPACED_NEGATIONS = ("唔好", "不要", "别", "別", "勿", "唔好將我", "唔好幫我", "不要把我", "别把我",
                       "別把我", "不小心", "唔小心", "小心按咗", "撳錯咗", "按錯咗", "按错了", "不小心按了",
                       "唔小心撳咗", "唔小心按咗", "撳錯", "按錯", "按错", "間違えて", "間違って",
                       "誤って")


def negated(left: tuple[str, ...]) -> bool:
    """"don't ever stop texting me", "pls dun leave me alone": a negation among the three
    words before, with no "you" in between ("why won't you stop" is a request)."""
    for word in reversed(left[-3:]):
        if word in YOU:
            return False
        if word in _NEGATIONS or word.endswith(_UNSPACED_NEGATIONS):
            return True
    return False


def reported(left: tuple[str, ...]) -> bool:
    """Reported speech and quotes: "she was like stop texting me", "he said stop", "my boss
    won't stop texting me" (a third person is the subject, not the reader)."""
    for k in range(len(left) - 1, -1, -1):
        word = left[k]
        if word in YOU:
            return False
        if word in QUOTE_LIKE and k > 0 and left[k - 1] in LIKE_SUBJECTS:
            return True
        if word in SPEECH_VERBS and k > 0 and left[k - 1] not in _PRONOUN_I:
            return True
        if word in THIRD_PARTIES:
            return True
    return False


def instruction(left: tuple[str, ...], purpose: bool = True) -> bool:
    """Somebody's unsubscribe instructions quoted: "reply STOP to opt out", "text UNSUB",
    "to stop receiving sms visit..." (a purpose clause, not a wish: "I want to stop ..." is)."""
    if not left:
        return False
    last = left[-1]
    if last in INSTRUCTION_VERBS:
        return True
    if purpose and last in ("to", "2"):
        return len(left) < 2 or left[-2] not in DESIRE_BEFORE_TO
    return False


def not_imperative(left: tuple[str, ...]) -> bool:
    """"when i end i msg", "I'll stop texting you", "this bitch will leave me alone": a
    subject or a modal right before the verb makes it a statement, not a request. "How do I
    stop getting these" and "I want to stop" stay requests."""
    if not left:
        return False
    last = left[-1]
    if last not in NON_IMPERATIVE:
        return False
    if last in ("to", "2"):
        return len(left) < 2 or left[-2] not in DESIRE_BEFORE_TO
    # "how do i stop ...", "can i cancel": a question to us is a request
    return not (last == "i" and ((len(left) >= 2 and left[-2] in _ASKING)
                                 or (len(left) >= 3 and left[-3] in _HOW)))


# Verbs that ask for the texts: a negation right before one denies an opt-in reading.
_ASKING_FOR_TEXTS = frozenset(
    "put add sign subscribe resubscribe start resume restart want like need send text keep "
    "opt count enroll register".split())
# Words before "you" that make "you put me back on the list" a request, not a report.
_REQUESTING = _ASKING | frozenset({"would", "will", "pls", "plz", "kindly", "just", "and"})


def told_what_you_did(left: tuple[str, ...]) -> bool:
    """"you put me back on the list without asking", "why did you add me": a report of what
    the business did, not a request (``left`` ends with "you"; "can you put me back on the
    list" is a request)."""
    return bool(left) and left[-1] in YOU and (len(left) < 2 or left[-2] not in _REQUESTING)


def denies_opt_in(tokens: Sequence[str]) -> bool:
    """Words that deny an opt-in reading: a negation right before a verb that asks for the
    texts ("dont put me back on the text list", "never add me", "I would not like the
    specials texts again"), or a report of what the business did ("you put me back on the
    list"). "I didn't mean to reply stop, add me back" and "don't stop the deals" stay
    opt-ins."""
    for i in range(1, len(tokens)):
        word = tokens[i]
        if word not in _ASKING_FOR_TEXTS:
            continue
        if any(t in _NEGATIONS for t in tokens[max(0, i - 2):i]):
            return True
        if told_what_you_did(tuple(tokens[max(0, i - 2):i])):
            return True
    return False


# A one-time code, a PIN or a password: "send the code again" asks for a code, never for the
# texts ("Kodu tekrar gönderin", "인증번호 다시 보내주세요"); a discount code is an offer ("je
# veux les codes promo", "kode voucher"). Folded as the engine folds words; in unspaced
# scripts anywhere in a word.
_CODE_WORDS = frozenset(fold_text(
    """code otp pin passcode password verification código codice kòd kode kodu kodunu κωδικό
    κωδικός код кода коду пароль كود الكود رمز الرمز کد کوڈ कोड ओटीपी কোড ওটিপি ਕੋਡ ਓਟੀਪੀ
    કોડ ઓટીપી""").split())
_UNSPACED_CODE_WORDS = ("验证码", "驗證碼", "认证码", "認證碼", "密码", "密碼", "認証コード",
                        "確認コード", "パスワード", "인증번호", "비밀번호", "รหัส", "โอทีพี")
_OFFER_WORDS = frozenset(fold_text(
    """promo promos discount discounts voucher vouchers coupon coupons offer offers deal deals
    rabè réduction descuento descuentos desconto descontos sconto sconti rabatt korting rabat
    indirim diskon giảm скидка скидки скидку знижка знижки έκπτωση έκπτωσης خصم تخفیف
    ڈسکاؤنٹ छूट डिस्काउंट ছাড় ਛੋਟ ડિસ્કાઉન્ટ""").split())
_UNSPACED_OFFER_WORDS = ("优惠", "優惠", "折扣", "割引", "クーポン", "할인", "쿠폰", "ส่วนลด", "โปร")


def names_a_code(tokens: Sequence[str]) -> bool:
    """The message names a one-time code, a PIN or a password and no offer: a model opt-in
    reading of it asks for the code, not the texts, and decides nothing."""
    return (any(_names(t, _CODE_WORDS, (), _UNSPACED_CODE_WORDS) for t in tokens)
            and not any(_names(t, _OFFER_WORDS, (), _UNSPACED_OFFER_WORDS) for t in tokens))


# "after this one", "after today": a time, not a clause, follows these.
_TIME_AFTER = frozenset(("after", "before", "until", "till", "since"))
_NOW_WORDS = frozenset("this that today tonight now".split())


def subordinate(left: tuple[str, ...]) -> bool:
    """"when i end i msg", "if you stop texting": a subordinate clause states a condition.
    "After this one please take me off": a time named, the request is the writer's own."""
    return any(word in SUBORDINATORS and not (
        word in _TIME_AFTER and i + 1 < len(left) and left[i + 1] in _NOW_WORDS)
        for i, word in enumerate(left))


# Laughter typed as a run of one syllable: "hahahah", "heehee", "kkkkk", "wkwkwk", "jajaja",
# "rsrsrs", and the same in Arabic letters (heh), Thai digits (555), Korean jamo (as NFD leaves
# them), Chinese characters and Cyrillic letters. The vowel may change ("hahahe") but not the
# consonant: "hija" (daughter), "harsh", "hers" and "hexa" are words, and "jiejie" (pinyin of
# "older sister") too.
_LAUGH_RUN = re.compile(r"\A(?:a?(?:h[aei]+){2,}h?|(?:j[aei]){2,}[aei]*j?|(?:х[аеи]+){2,}х?"
                        r"|(wk|rs|xa)\1+|k{3,}|ه{3,}|5{3,}|ᄏ{2,}|ᄒ{2,}|哈{2,}|w{3,})\Z")


_LAUGH_EMOJI = frozenset("😂🤣😆😹😝😜😍🥰🤩😻")


def laughing(tokens: Sequence[str], body: str = "") -> bool:
    """Banter: a laughter marker anywhere in the message (a word, a run of one syllable, or
    with ``body`` a laughing or delighted emoji, which the tokens leave out: "hou op, dit is
    echt geweldig 😍" is "stop it, this is great")."""
    return (not LAUGHTER.isdisjoint(tokens) or any(_LAUGH_RUN.match(t) for t in tokens)
            or not _LAUGH_EMOJI.isdisjoint(body))


def as_noun(left: tuple[str, ...]) -> bool:
    """"one more stop", "miss the stop", "in bus stp", "walking to stop": a determiner,
    number or place word right before makes STOP a place."""
    return bool(left) and left[-1] in NOUN_MARKERS


def judge_phrase(tokens: tuple[str, ...], clauses: tuple[int, ...], start: int,
                 first: str, self_negative: bool, keyword_first: bool, banter: bool) -> str:
    """The verdict on a plain-language match starting at ``start`` with word ``first``
    (``self_negative``: the phrase is itself a negation; ``keyword_first``: it opens with a
    keyword that instructions quote, "reply STOP", "to unsubscribe"; ``banter``: the message
    laughs somewhere)."""
    left = before(tokens, clauses, start)
    if reported(left) or (keyword_first and instruction(left)):
        return DROP
    if first in _STOP_WORDS and as_noun(left):
        return DROP  # "the bus stop that time"
    if subordinate(left):
        return REVIEW  # "if you don't stop texting me I'll report you": a person decides
    if not self_negative and negated(left):
        return DROP
    if first in IMPERATIVE_STARTS and not_imperative(left) and not (
            left[-1] == "i" and first in _PERFORMATIVE):
        return DROP
    if banter:
        return REVIEW
    return KEEP


def judge_keyword(tokens: tuple[str, ...], clauses: tuple[int, ...], start: int,
                  deciding: bool = True) -> str:
    """The verdict on a keyword found inside a sentence: ``deciding`` when it would make the
    message an opt-out (a short message ending in it), else it only sends it to review."""
    left = before(tokens, clauses, start)
    if negated(left) or reported(left) or instruction(left, purpose=deciding):
        return DROP
    if tokens[start] in _STOP_WORDS and as_noun(left):
        return DROP
    if not_imperative(left) and (deciding or left[-1] not in ("to", "2")):
        return DROP  # "i stop work at 5", "we cancel lor"; "I'd like to cancel" is reviewed
    return KEEP


# A request asked back and answered: "Stop? No, keep them coming", "Unsubscribe from what? I
# love these deals", a Chinese "退订" asked back with full-width punctuation and answered "不不不".
# The words are echoed, not said to us.
_ECHO = re.compile(r"\A\W*+(?P<asked>[^?？؟.!。！\n]{1,60}?)\s*[?？؟]+\s*(?P<rest>\S.*)?\Z", re.S)
_ECHO_MAX_WORDS = 5
# Words that answer such a question with "no", in the engine's languages (accents folded).
REFUSALS = frozenset(
    """no nope nah naw nao non nein nee neen nooit welnee nix bloss nie nigdy нет неа не ні нi
    нее ни nunca jamais nada macche mai hindi hinde huwag wag hala ayoko jangan jgn gak gk ga
    nggak enggak engga ndak tidak tdk khong ko hong thoi đung dung hayir yok asla sakin όχι
    οχι oxi ochi μη لا لأ لاء مش msh la2 نه نخیر nakhair نہیں نہ نئیں na nah nahi nahin
    mat नहीं नही मत না ਨਹੀਂ ના ไม่ mai いや いいえ iie 아니 아니요 아뇨 ani anio 不 不不 不不不
    唔 唔好 别 別 bu m""".split())
# "Never" answers as the first word or after a particle (Ukrainian "ta nikoly"), not after
# "I" ("STOP? I never signed up for this" is a request).
_NEVER = frozenset("never nvr niemals jamas ніколи никогда".split())
_UNSPACED_REFUSALS = ("不", "唔", "别", "別", "いや", "いいえ", "아니", "ไม่")
# "from what?", "why unsubscribe?": the question asks what the request would mean.
WHAT_WORDS = frozenset(
    """what wat wut que quoi was cosa quê co czego wadda ano saan apa apaan gi ne neyi neden
    nereden что чего чого що τι ti ايش شو ماذا إيش چی چیه chi کیا kya kis kisse kiske কী কি
    ki kiser kisher ਕੀ ki શું shu shena shenathi อะไร arai 何 なに nani nande 뭐 뭔 mwo 什么
    什麼 乜 mat shenu why kyon kyun kyu kahe kaahton kahton kem keno क्यों کیوں কেন ਕਿਉਂ કેમ""".split())


def echoed(body: str) -> str | None:
    """The answer after a short request asked back ("Stop? No, keep them coming" -> "No,
    keep them coming"), or None when the message is not such an echo. A question alone
    ("STOP?") or followed by anything but a refusal or a "what" question is no echo."""
    found = _ECHO.match(body[:2000])
    if found is None or not found.group("rest"):
        return None
    asked = fold_text(found.group("asked")).split()
    if len(asked) == 1 and len(asked[0]) <= 3 and asked[0].isascii():
        # A surprised "he? afmelden? nee joh": the echo is the next question.
        start = found.start("rest")
        again = _ECHO.match(body[start:start + 2000])
        if again is None or not again.group("rest"):
            return None
        found, asked = again, fold_text(again.group("asked")).split()
        body = body[start:]
    rest = fold_text(found.group("rest")).split()
    if not asked or not rest or len(asked) > _ECHO_MAX_WORDS:
        return None
    answer = rest[:2]  # "arre nahi", "hala wag"
    if (REFUSALS.intersection(answer) or rest[0].startswith(_UNSPACED_REFUSALS)
            or answer[0] in _NEVER or (answer[-1] in _NEVER and answer[0] not in _PRONOUN_I)
            or WHAT_WORDS.intersection(asked)):
        return body[found.start("rest"):]
    return None


# -- someone else asked for the stop ---------------------------------------------------------
# A third person (family, a neighbour, "she") and a saying verb in one clause: "Mein Mann sagt,
# er hat die SMS abbestellt, aber ...", "আমার স্বামী বলল মেসেজ বন্ধ করতে, কিন্তু ...",
# "我妈说她把你们的短信退订了 但是我这边还想继续收". Words folded as the engine folds them.
_REPORTERS = frozenset(fold_text(
    """he she hes shes him her husband hubby wife mom mum mother dad father sister brother son
    daughter partner boyfriend girlfriend neighbor neighbour friend boss roommate esposo esposa
    marido mujer mamá madre papá padre hermana hermano hijo hija novio novia vecino vecina
    amigo amiga jefe mari femme mère père sœur frère fils fille voisin voisine copain copine
    mann frau mutter vater schwester bruder sohn tochter nachbar nachbarin freund freundin
    moglie mamma papà sorella fratello figlio figlia vicino vicina mulher mãe pai irmã irmão
    filho filha vizinho vizinha namorado namorada man vrouw moeder vader zus broer zoon dochter
    buurman buurvrouw vriend vriendin mąż żona mama tata siostra brat syn córka sąsiad sąsiadka
    madanm manman frè sè pitit vwazen suami istri ibu ayah bapak kakak adik anak tetangga teman
    asawa nanay tatay ate kuya kapitbahay kaibigan kocam karım eşim annem babam ablam kardeşim
    oğlum kızım komşum chồng άντρας γυναίκα μαμά μπαμπάς
    αδερφή αδερφός γιος κόρη σύζυγος муж жена мама папа сестра брат сын дочь сосед соседка
    чоловік дружина тато син донька сусід زوجي زوجتي امي أمي ابوي أبوي اختي أختي اخوي أخوي
    ابني بنتي جاري خواهرم برادرم مادرم پدرم شوهرم همسرم زنم پسرم دخترم ابو امی ابا بیوی شوہر
    بہن بھائی بیٹا بیٹی पति पत्नी माँ मां पापा भाई बहन बेटा बेटी ভাই বোন মা বাবা স্বামী স্ত্রী
    ছেলে মেয়ে ਘਰਵਾਲੀ ਘਰਵਾਲਾ ਮੰਮੀ ਪਾਪਾ ਭਰਾ ਭੈਣ ਪੁੱਤ ਧੀ પત્ની પતિ પત્નીએ પપ્પા પપ્પાએ મમ્મી
    ભાઈ બહેન દીકરો દીકરી""").split())
_SUBJECTS = _REPORTERS - frozenset("he she hes shes him her man".split())
_SAYING = frozenset(fold_text(
    """said says told tells dice dijo dit meint sagt sagte meinte detto disse diz falou zei
    zegt mówi powiedział powiedziała di kata bilang sabi dedi diyor nói είπε λέει сказал
    сказала сказав говорит каже казала قال قالت گفت میگه گفته کہا کہتے کہتی کہتا कहा कहते कहती
    बोला बोली बोले বলল বলেছে বলে ਕਹਿੰਦੀ ਕਹਿੰਦਾ ਕਹਿੰਦੇ ਕਿਹਾ કીધું કહ્યું કહે""").split())
_UNSPACED_REPORTERS = ("老公", "老婆", "丈夫", "妻子", "太太", "妈", "媽", "爸", "姐", "妹", "哥", "弟",
                       "儿子", "兒子", "女儿", "女兒", "邻居", "鄰居", "朋友", "他", "她", "佢", "夫", "妻",
                       "母", "父", "娘", "息子", "남편", "아내", "엄마", "아빠", "언니", "누나", "형", "오빠",
                       "동생", "아들", "딸", "สามี", "ภรรยา", "แม่", "พ่อ", "พี่", "น้อง", "ลูก", "แฟน")
_UNSPACED_SAYING = ("说", "說", "話", "讲", "講", "と言", "って言", "말했", "그러", "บอก")
# Where the writer turns to their own wish: "but", and in unspaced scripts "as for me".
_TURNS = frozenset(fold_text(
    """but though although however tho pero sino mais aber trotzdem sondern jedoch però porém
    mas maar ale men tapi tetapi namun tp ngunit kaso ama fakat ancak nhưng αλλά но однако але
    проте لكن لكني بس اما ولی لیکن مگر लेकिन मगर पर কিন্তু ਪਰ ਲੇਕਿਨ પણ પરંતુ lekin magar kintu
    แต่ 하지만 근데 그런데 그치만""").split())
_UNSPACED_TURN_OPENINGS = ("但是", "但係", "可是", "不过", "不過", "我这边", "我這邊", "我呢邊", "我还是",
                           "我還是", "でも", "しかし", "แต่")
_UNSPACED_TURN_ENDINGS = ("けど", "けれど", "が", "지만")
_MY = frozenset(fold_text("my mi mis meine mein ma mon mes mia mio mijn moja mój mon m saya ko aking benim của мой моя мій моя زوجي مادرم میری میرا मेरी मेरा मेरे আমার ਮੇਰੀ ਮੇਰਾ ਮੇਰੇ મારી મારા મારો").split())
_REPORTER_WINDOW = 4  # words before a saying verb where its subject is looked for


def _opens_clause(tokens: tuple[str, ...], clauses: tuple[int, ...], i: int) -> bool:
    """Word ``i`` opens its clause, or follows only the writer's "my" there."""
    if i == 0 or clauses[i - 1] != clauses[i]:
        return True
    return tokens[i - 1] in _MY and (i == 1 or clauses[i - 2] != clauses[i])


def own_wish_after_report(tokens: tuple[str, ...], clauses: tuple[int, ...],
                          asks: bool = False) -> tuple[int, int, int] | None:
    """Where the writer's own words are, after a third person's wish is reported and the
    message turns ("my wife had the texts stopped, but keep them coming on my number"), or
    None when no third person is reported or the message never turns after it.

    Returns ``(between, turn, own)``: the writer's own sentences between the report and the
    turn are ``tokens[between:turn]`` (empty when the turn is in the report's sentence; "He
    passed away last month. Please remove this number, but thank you" asks in them), and
    the words after the turn begin at ``own``."""
    said = _reported_at(tokens, clauses)
    if said is None:
        return None
    turn = own = None
    for j in range(len(tokens) - 1, said, -1):
        token = tokens[j]
        if token in _TURNS:
            turn, own = j, j + 1
        elif token.startswith(_UNSPACED_TURN_OPENINGS) or (
                clauses[j] != clauses[j - 1] and tokens[j - 1].endswith(_UNSPACED_TURN_ENDINGS)):
            turn = own = j
        else:
            continue
        break
    if turn is None and asks:
        # A question of the writer's own after the report: its sentence is their own words.
        last = clauses[-1] >> CLAUSE_BITS
        if last > clauses[said] >> CLAUSE_BITS:
            turn = own = next(j for j in range(said, len(tokens))
                              if clauses[j] >> CLAUSE_BITS == last)
    if turn is None or own is None or own >= len(tokens):
        return None
    sentence = clauses[said] >> CLAUSE_BITS
    between = next((j for j in range(said, turn) if clauses[j] >> CLAUSE_BITS != sentence), turn)
    return between, turn, own


def _reported_at(tokens: tuple[str, ...], clauses: tuple[int, ...]) -> int | None:
    """The index of a third person's report: a saying verb with a third person in its clause,
    else a third person noun opening a clause as its subject ("My wife stopped your texts",
    "Сестра відписалася"; not "he" or "man", which open ordinary requests too)."""
    for i, token in enumerate(tokens):
        if token in _SAYING:
            if any(tokens[j] in _REPORTERS and clauses[j] == clauses[i]
                   for j in range(max(0, i - _REPORTER_WINDOW), min(len(tokens), i + 3))):
                return i
        elif not token.isascii():
            for verb in _UNSPACED_SAYING:
                at = token.find(verb)
                if at > 0 and any(who in token[:at] for who in _UNSPACED_REPORTERS):
                    return i
    return next((i for i, token in enumerate(tokens)
                 if token in _SUBJECTS and _opens_clause(tokens, clauses, i)), None)


# -- the texts kept, another channel stopped ---------------------------------------------------
# "Bitte keine Briefe mehr, die SMS passen so", "Arrêtez les appels svp, les SMS ça va",
# "ไม่ต้องส่งอีเมลมาแล้วค่ะ แต่ SMS ส่งได้": the emails, letters or calls named in one part of
# the message, the texts alone in another. Words folded as the engine folds them; in other
# scripts than Latin a word counts by its stem ("મેસેજથી"), in unspaced ones anywhere.
_OTHER_CHANNELS = frozenset(fold_text(
    """email emails mail mails newsletter newsletters correo correos courriel
    courriels briefe brief post letters letter cartas lettres lettere carta paper papel
    papier cartaceo call calls calling ring llamadas llamar llamen llamada llamarme llamándome
    fijo fixo festnetz rufen bel vaste pagtawag tumatawag appels appeler
    appelez anrufe anrufen anruft chiamate chiamare chiamata ligações ligacoes ligar liguem
    bellen gebeld telefoontjes dzwonić dzwonienie dzwonicie telefony rele telepon nelpon
    telpon tawag tumawag arama aramayın aramak τηλέφωνα τηλεφωνείτε мейл почта почту
    письма звонить звонки звоните дзвонити дзвінки дзвоните листи""").split())
_OTHER_CHANNEL_STEMS = ("ایمیل", "الإيميل", "الايميل", "إيميل", "ايميل", "البريد", "اتصال", "الاتصال",
                        "مكالم", "زنگ", "تماس", "کال", "ईमेल", "इमेल", "कॉल", "কল", "ইমেইল", "ਕਾਲ",
                        "ਈਮੇਲ", "કોલ", "ઈમેલ", "ઇમેઇલ", "이메일",
                        "전화", "메일")
_UNSPACED_OTHER_CHANNELS = ("邮件", "郵件", "电邮", "電郵", "电话", "電話", "メール", "이메일", "전화",
                            "อีเมล", "โทร", "จดหมาย")
_TEXTS = frozenset(fold_text(
    """sms smss text texts txt txts texting message messages msg msgs textos mensajes mensaje
    nachrichten messaggi mensagens mensagem berichten berichtjes smsjes smsy wiadomości
    esemesy mesaj mesajlar mesajları tèks pesan mensahe μηνύματα μήνυμα смс смски сообщения
    повідомлення""").split())
_TEXT_STEMS = ("رسائل", "رسايل", "الرسائل", "الرسايل", "مسجات", "پیامک", "پیام", "میسج", "پیغام",
               "मैसेज", "मेसेज", "एसएमएस", "মেসেজ", "এসএমএস", "বার্তা", "ਮੈਸੇਜ", "ਮੇਸੇਜ", "મેસેજ",
               "એસએમએસ", "문자", "메시지")
_UNSPACED_TEXTS = ("短信", "簡訊", "短訊", "訊息", "信息", "消息", "メッセージ", "ショートメール", "sms",
                   "문자", "메시지", "ข้อความ", "เอสเอ็มเอส")


def _names(token: str, words: frozenset[str], stems: tuple[str, ...],
           unspaced: tuple[str, ...]) -> bool:
    """A word of ``words``; in other scripts than Latin also one starting with a stem, and in
    unspaced ones one holding an unspaced word anywhere."""
    if token in words:
        return True
    if token.isascii():
        return False
    return token.startswith(stems) or any(part in token for part in unspaced)


def texts_apart_from_another_channel(tokens: tuple[str, ...],
                                     clauses: tuple[int, ...]) -> tuple[str, ...] | None:
    """The words of the parts of a message that name the texts, when another part names
    another channel (email, letters, calls) and not the texts; None otherwise. Parts are
    clauses, and the two sides of a "but"."""
    parts: list[list[str]] = [[]]
    for i, token in enumerate(tokens):
        if i and (clauses[i] != clauses[i - 1] or token in _TURNS
                  or token.startswith(_UNSPACED_TURN_OPENINGS)):
            parts.append([])
        parts[-1].append(token)
    if len(parts) < 2:
        return None
    other_only = False
    own: list[str] = []
    for part in parts:
        if len(part) == 1 and part[0].isascii():
            continue  # a list ("SMS, email, post, the lot") names channels, it keeps none
        other = any(_names(t, _OTHER_CHANNELS, _OTHER_CHANNEL_STEMS, _UNSPACED_OTHER_CHANNELS)
                    for t in part)
        texts = any(_names(t, _TEXTS, _TEXT_STEMS, _UNSPACED_TEXTS) for t in part)
        if other and not texts:
            other_only = True
        elif texts and not other:
            own.extend(part)
    return tuple(own) if other_only and own else None
