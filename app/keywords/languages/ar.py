"""Arabic (Modern Standard, with the common Gulf/Levantine/Egyptian spellings of the same words).

Sources: Saudi operators require promotional SMS to end with the do-not-disturb instructions,
Arabic "لإيقاف الرسائل الاعلانية ارسل 3311 الى 900" (Wavecell/8x8 Saudi Arabia compliance);
providers' Saudi guides list STOP/إيقاف and HELP/مساعدة as the keywords to honour in both
languages (sent.dm Saudi Arabia SMS guide); UAE rules require an opt-out line in Arabic
(easysendsms UAE). The engine does not fold hamza forms, so إلغاء/الغاء and إيقاف/ايقاف are
both written out.
"""

from app.keywords.languages.rules import LanguageRules

_STOP = "(إيقاف|ايقاف|أوقف|اوقف|أوقفوا|اوقفوا|توقف|توقفوا|وقف)"
_MSGS = "(الرسائل|الرسايل|رسائل|رسايل|المسجات|مسجات|الرسائل الاعلانية|الإعلانات|الاعلانات)"
# "How", "I stop" and the texts (plural only: "كيف ألغي الرسالة" may unsend one), in Arabic
# letters (hamza and its seat fold away: أوقف is اوقف, الرسائل is الرسايل) and in Arabizi.
# Only the commonest spellings: every pattern is expanded at load ("الرسائل" also finds
# "الرسائل النصية", a phrase matching inside a longer text).
_HOW = "(كيف|إزاي|شلون|كيفاش)"
_STOP_I = "(أوقف|بوقف|أبطل|ألغي|أقفل|أمنع)"
_THESE = "[(هذه|هذي|دي|هاي)]"
_MSGS_HOW = "(الرسائل|المسجات|الإشعارات)"
_R_HOW = "(ezay|izay|keef|kif|shlon)"
_R_STOP = "(a2af|awa2af|a2fel|wa2ef|alghi|al8i)"
_R_THESE = "[(el|al|hal)]"
_R_MSGS = "(rasayel|rasa2el|masgat|messages|sms)"
# Opt-in. Only forms that are requests and nothing else: imperatives with the alif of the
# imperative (ارجعوا، أعيدوا، ابعتولي، اضيفوني: "رجعوا" and "أرسلوا" are also "they brought back"
# and "they sent"), and nouns or verbs after "please" or "could you" (أرجو إعادة ...، ممكن
# ترجعوا ...: "أرجو عدم ..." breaks the phrase). Never a bare "I want" (أريد، ابغى، بدي، عايز,
# which "ما ابغى"، "مش عايز" negate before the phrase, where nothing reads them), and the texts
# named: "my subscription" alone may be a gym's ("أرجو إعادة تفعيل اشتراكي"). Hamza seats fold
# away in the engine's tokens ("اعيدوا" finds "أعيدوا").
_TEXTS = "(الرسائل|المسجات|التنبيهات|الاشعارات|العروض|التذكيرات)"
_SUB = f"(اشتراكي في {_TEXTS}|{_TEXTS[1:-1]})"
_BACK = "(ارجعوا|ارجعولي|رجعولي|اعيدوا|اعيدولي|شغلولي|ابعتوا|ابعتولي|ابعثولي|ابعتلي|دزولي)"
_AGAIN = "(مرة ثانية|مرة تانية|مرة اخرى|من جديد|تاني)"
_PLEASE = "(ارجو|من فضلك|لو سمحت|ممكن)"
_R_TEXTS = "(rasayel|rasa2el|tanbihat|3orood|3orod|offers|tazkirat)"
_R_BACK = "(raj3oli|raga3oli|ab3atoli|ab3atoly|eb3atoli)"

# Opt-out: plain requests that name the texts, "me" or "my number", in MSA, the dialects and
# Arabizi (hamza seats fold away: ألغي is الغي). A "don't send me" needs its object or "again"
# ("لا تبعتولي الطلب قبل الخمسة" is a delivery); "I want to cancel" is vetoed after a negation
# (ما ابغى الغي الاشتراك), which no phrase reads by itself.
_OO_TEXTS = ("(الرسائل|الرسايل|رسائل|رسايل|المسجات|مسجات|الاعلانات|اعلانات|العروض|عروض|عروضكم|"
             "رسائلكم|رسايلكم|مسجاتكم|التنبيهات|الاشعارات|اشعارات|التذكيرات|تذكيرات)")
_OO_SEND_ME = ("(تبعتلي|تبعتولي|تبعتيلي|ترسلولي|ترسلي|ترسلون لي|ترسلوا لي|ترسلو لي|ترسل لي|"
               "تبعتوا لي|تبعت لي|تبعثولي|تبعثلي|تبعثوا لي|ترسلونلي|تبعتونلي)")
_OO_DONT_EG = ("(متبعتليش|متبعتوليش|ماتبعتليش|ماتبعتوليش|متبعتوش|ماتبعتوش|متبعتيليش|متبعتش|"
               "ماتبعتش|ما تبعتليش|ما تبعتوليش|ما تبعتوش|ما تبعتش|متبعتولناش)")
# "The list" is theirs; "a list" only one of ads or messages ("قائمة الانتظار" is a waiting list).
_OO_LIST = ("(القائمة|القايمة|القائمه|الليست|الليستة|اللستة|اللسته|قائمتكم|قايمتكم|لستتكم|القوائم|"
            "(قائمة|قايمة|قائمه|قوائم) (الاعلانات|الرسائل|الرسايل|العروض|المراسلات|الارسال|التسويق))")
_OO_TAKE_ME = ("(شيلوني|تشيلوني|احذفوني|تحذفوني|امسحوني|تمسحوني|طلعوني|تطلعوني|اشطبوني|"
               "شطبوني|شيلني|احذفني|طلعني|ازيلوني|تزيلوني)")
_OO_WANT = "(ابغى|ابغي|ابي|بدي|عايز|عاوز|عايزة|عاوزة|اريد|حابب|حابة|ودي|بغيت)"
_OO_QUIT = "(الغي|الغاء|اوقف|ايقاف|اطلع من|اخرج من|انسحب من)"
_OO_QUIT_WHAT = f"(الاشتراك|اشتراكي|{_OO_TEXTS[1:-1]}|القائمة)"
_R_OO_TEXTS = ("(rasayel|rasa2el|rasail|rasa2il|rsayel|masgat|masajat|messages|msgs|sms|3orood|"
               "3orod|offers|e3lanat)")
_R_OO_SEND_ME = ("(tersloli|tirsiluli|tersluli|terseloli|terslouli|tib3atuli|teb3atouli|"
                 "teb3atoli|tb3tli|tb3atli|tebaatouli|teb3atli|tb3toli|tb3atouli|tb3atoli)")
_R_OO_WANT = "(3ayez|3ayz|3awez|ayez|ayza|3ayza|bade|bady|baddi|bdi|biddi|abi|abgha|abga)"
_R_OO_QUIT = "(el8a2|elgha2|ilgha2|al8a2|elghy|elghi|el8i|al8i|alghi|l8i|el8o|elgho|al8o|elghoo|alghu)"
_R_OO_SUB = ("(el eshterak|el eshtrak|el ishtirak|al eshterak|al ishtirak|eshteraki|ishtiraki|"
             "eshtraki|el ishterak)")

# Opt-in wishes and their refusals: "I'd like to subscribe to the offers", "I want them
# back", "I agree to receive" (أرغب في الاشتراك في العروض، أبيها ترجع، أوافق على استلام). A
# negation before the verb ("لا أرغب"، "ما عدت أبغى"، "مش عايز") makes the same words an
# opt-out, so each wish has its refusal among the opt-out phrases, which win.
_IN_TEXTS = ("(رسائل|الرسائل|العروض|عروض|عروضكم|التنبيهات|تنبيهات|الاشعارات|اشعارات|التذكيرات|"
             "تذكيرات|المسجات|مسجات|الخصومات|خصومات|التخفيضات|الكوبونات)")
_IN_WANT = "(ارغب|اود|ابغى|ابغي|بدي|اريد|عايز|عاوز|عايزة|عاوزة|حابب|حابة|ودي)"
# The texts with the preposition written on ("بالعروض", "للرسائل", "برسايلكم").
_IN_TEXTS_B = ("(بالرسائل|بالعروض|بعروضكم|برسائلكم|بالتنبيهات|بالاشعارات|بالتذكيرات|بالمسجات|"
               "بالخصومات|للرسائل|للعروض|للتنبيهات|للاشعارات|للتذكيرات|لرسائلكم|لعروضكم|عالعروض|عالرسائل)")
# A list of the texts, never "the list" alone here ("قائمة الانتظار" is a waiting list).
_IN_LIST = ("((قائمة|قايمة|لستة|ليستة) (الرسائل|العروض|التنبيهات|المشتركين|الاشعارات|التذكيرات)|"
            "(لقائمة|لقايمة|للستة|لليستة) (الرسائل|العروض|التنبيهات|المشتركين|الاشعارات|التذكيرات))")
_IN_JOIN = (f"{_IN_WANT} [في] (الاشتراك|اشترك|بالاشتراك|اسجل|التسجيل|الانضمام|انضم|بالانضمام) "
            f"((في|ب|على|فى|الى|ل) ({_IN_TEXTS[1:-1]}|{_IN_LIST[1:-1]})|{_IN_TEXTS_B[1:-1]}|{_IN_LIST[1:-1]})")
_IN_GET = f"{_IN_WANT} [في] (استلام|استقبال|تلقي|باستلام|باستقبال|بتلقي) {_IN_TEXTS}"
_IN_BACK = ("(ابيها|ابغاها|ابغيها|بديها|عايزها|عاوزها|اريدها|ابيهم|ابغاهم|عايزهم) "
            "(ترجع|يرجعوا|ترجعلي|يرجعولي)")
_IN_TOO = ("((بدي|ابغى|اريد|عايز|عايزة) (ياها|اياها|ياهم|اياهم) (انا كمان|كمان|برضو|برضه)|"
           "(ابغى|ابي|بدي|اريد|عايز|عايزة) (يوصلني|توصلني|يجيني|تجيني) (مثلها|مثله|زيها|زيه|مثلهم|زيهم|كمان|انا كمان))")
_IN_AGREE = "(اوافق|نوافق|موافق|موافقة|موافقين) على (استلام|استقبال|تلقي|وصول|ارسال)"
_R_IN_WANT = "(3ayez|3ayz|3ayza|3awez|abghaa|abgha|baddi|bade|bdi|ba3a|baghi|bghit)"
_R_IN_JOIN = f"{_R_IN_WANT} (ashtrek|ashtarek|ashtirik) (fel|fi|f|bel) [el] (3orood|3orod|rasayel|rasa2el|offers|sms|tanbihat)"
_R_IN_BACK = f"{_R_IN_WANT} (erja3|arga3|arja3|arj3) (2estalem|astalem|estalem|esta2bel|asta2bel|lel|tany|tani)"
_R_IN_SUB = f"(na3am|aywa|aiwa|ah|ey|ok|akid) {_R_IN_WANT} (ashtarek|ashtrek|nchtarek|nechtarek)"
_R_IN_AGREE = ("(muwafiq|mowafe2|mwafe2|mwafeq|mowafeq|muwafeq) (3ala|ala|3la) "
               "(isti2bal|esteqbal|estiqbal|estlam|istilam|estelam|tala2i)")
# "I allow you to send me the offers" (أسمح لكم بإرسال العروض), refused above with a negation.
_IN_ALLOW = (f"(اسمح|نسمح) (لكم|لك|لكو) (بارسال|ترسلوا|ترسلون|ترسلولي|تبعتوا|تبعتولي|تبعثوا) [(لي|الي)] "
             f"{_IN_TEXTS}")
_NOT = "(لا|ما|مش|مو|مب|ماني|مانيش|اعد|عاد|عدت)"
_R_NOT = "(mesh|mish|msh|mush|mosh|ma|mo|la|mab)"
# STOP sent by mistake ("أرسلت إيقاف بالغلط"، "dost STOP bel ghalat"): the texts wanted back.
# The veto covers the keyword and the mistake; the opt-in starts a word earlier, so it stands.
_MISTAKE_STOP = ("(stop|unsubscribe|ستوب|ايقاف|الغاء) "
                 "(بالغلط|بالخطا|غلط|bel ghalat|bl ghalat|bil ghalat|b el ghalat|ghalat)")
_MISTAKE = f"(ارسلت|بعتت|بعثت|كتبت|ضغطت|دست|dost|dust|dast|ba3att|katabt|ersalt|arsalt) {_MISTAKE_STOP}"

# "Enough already" alone in Arabizi (kfaaya ba2a, 5alas ba2a kfaya): keywords in any language
# detected, as "ba2a" reads as "ba 2 a".
_R_ENOUGH = (
    "(kfaya|kfaaya|kfaaaya|kefaya|kifaya|kfayeh) (ba2a|baa|ba2)",
    "(5alas|khalas|5alaas|khalaas) (ba2a|ba2) (kfaya|kefaya|kifaya)",
)

RULES: LanguageRules = LanguageRules(
    code="ar",
    name="Arabic",
    opt_out_keywords=("وقف", "كفاية", "كفى",
        "إيقاف", "ايقاف", "إلغاء", "الغاء", "إنهاء", "انهاء", "إلغاء الاشتراك", "الغاء الاشتراك", "أوقف", "اوقف",
        "توقف", "ستوب", "ستوپ", "إيقاف الرسائل", "ايقاف الرسائل", "الغاء الرسائل", "إلغاء الرسائل", "stop ايقاف",
        "elgha2", "elgha2 el eshtirak", "خروج", "قف",
        # "Enough already" said alone in Arabizi (kfaaya ba2a, 5alas ba2a kfaya).
        *_R_ENOUGH,
    ),
    opt_out_all_keywords=("إيقاف الكل", "ايقاف الكل", "الغاء الكل", "إلغاء الكل"),
    opt_in_keywords=("اشترك", "اشتراك", "الاشتراك", "تفعيل", "ابدأ", "ابدا", "ستارت", "إعادة الاشتراك",
        "اشتركني", "ashtarek", "eshtarek"),
    help_keywords=("مساعدة", "مساعده", "ساعدني", "معلومات", "تعليمات"),
    opt_out_phrases=(
        # No need to send more offers ("لا داعي لإرسال المزيد من العروض").
        "لا داعي (لإرسال|ترسلوا|ترسلون|ترسلو) [(المزيد من|مزيد من|لي|لى)] (العروض|الرسائل|الرسايل|الإعلانات|العروضات)",
        # Gulf "no more" before the verb ("لا عاد تزعجوني", "لا عاد ترسلون شي").
        "لا عاد (ترسلون|ترسلوا|ترسلو|ترسل|تزعجوني|تزعجونا|تراسلوني|تراسلونا|تبعتوا|تبعتولي)",
        f"{_STOP} (إرسال|ارسال) {_MSGS}",
        f"{_STOP} عن (إرسال|ارسال) {_MSGS}",
        f"{_STOP} {_MSGS}",
        "لا (أريد|اريد|ابغى|أبغى|بدي) (استلام|استقبال|وصول) (هذه|هذي) " + _MSGS,
        "لا (أريد|اريد|ابغى|أبغى|بدي) (استلام|استقبال|وصول) " + _MSGS,
        "لا (أريد|اريد|ابغى|أبغى|بدي) " + _MSGS,
        "لا (ترسلوا|ترسل|ترسلو|تبعتوا|تبعت) (لي|لى) " + _MSGS,
        "لا (ترسلوا|ترسل|ترسلو|تبعتوا|تبعت) (لي|لى) (شي|شيء|رسائل) بعد الآن",
        "(احذفوا|احذف|امسحوا|امسح|شيلوا) (رقمي|اسمي) (من|من قائمة|من القائمة)",
        "(أريد|اريد|ابغى) (إلغاء|الغاء) الاشتراك",
        "رقم خطأ",
        "(كفاية|كفى|بس) (رسائل|الرسائل|مسجات|رسايل)",
        "(الغ|ألغ|الغوا|ألغوا) (اشتراكي|الاشتراك)",
        # "Could you cancel my subscription?", "I want to cancel the subscription" in dialect and
        # in Latin letters (ممكن تلغوا اشتراكي، bdi l8i el eshterak).
        "(تلغوا|تلغو|تلغي) (اشتراكي|الاشتراك)",
        # (3ayza is read as "3 ayza", so ayza finds it.)
        "(bdi|baddi|ayez|ayza|abi|abgha) (al8i|el8i|l8i|alghi|al3'i|el3'i) (el eshterak|al eshterak|eshteraki|ishtiraki)",
        "(el8o|al8o|l8o|elgho|ilgho|il8o|el3'o|tel8o) (el eshterak|al eshterak|eshteraki|el ishtirak|ishtiraki)",
        # "How do I stop these messages?" (كيف أوقف هذه الرسائل؟, ezay a2af el rasayel?): asking how asks us to stop.
        f"{_HOW} {_STOP_I} {_THESE} {_MSGS_HOW}",
        f"{_HOW} {_STOP_I} (هالرسائل|هالمسجات|رسائلكم)",
        "(كيف|إزاي|شلون) (أقدر|بقدر|ممكن) (أوقف|ألغي|أبطل) [(هذه|هذي|دي)] (الرسائل|المسجات)",
        "كيف (يمكنني|يمكن|أستطيع) (إيقاف|إلغاء|منع) [(هذه|هذي)] (الرسائل|المسجات|الإشعارات)",
        "كيف أتوقف عن (استلام|استقبال|تلقي) [(هذه|هذي)] (الرسائل|الإشعارات)",
        "(كيف|إزاي|شلون) ألغي (الاشتراك|اشتراكي) (في|من) [(هذه|هذي|دي)] (الرسائل|المسجات)",
        "(ماذا|شو|إيش) (أفعل|أعمل) (لإيقاف|لوقف) [(هذه|هذي)] (الرسائل|المسجات)",
        "(إيه|شو|إيش) (أعمل|بعمل) (عشان|حتى) أوقف (الرسائل|المسجات)",
        f"{_R_HOW} {_R_STOP} {_R_THESE} {_R_MSGS}",
        "(ezay|keef|kif) (momken|a2dar) (a2af|alghi|a2fel) [(el|al)] (rasayel|rasa2el|messages)",
        # Don't message me; don't send me (any) messages / offers; no need for the messages
        # (لا تراسلوني، لا ترسلولي رسائل، متبعتوليش تاني، ما في داعي للرسايل).
        "لا (تراسلني|تراسلوني|تراسلونا|تراسلنا|تكاتبوني)",
        f"لا {_OO_SEND_ME} [اي] ({_OO_TEXTS[1:-1]}|تذكير|شي|شيء|رسالة|حاجة|حاجه)",
        f"لا (ترسلوا|ترسلو|تبعتوا|تبعتو|تبعثوا|ترسلون) {_OO_TEXTS}",
        f"(ما|لا) {_OO_SEND_ME} [اي] {_OO_TEXTS} (بعد هيك|بعد اليوم|بعد الآن|مرة ثانية|مرة تانية|تاني)",
        f"{_OO_DONT_EG} ({_OO_TEXTS[1:-1]}|تاني|تانى|حاجة|حاجه|اي حاجة)",
        "(ما في|مافي|لا|ما له|ماله|مالوش|ملوش|مفيش) داعي (للرسائل|للرسايل|للمسجات|للعروض|للتذكيرات|لهالرسائل|لهالرسايل)",
        # I don't want them / to receive them any more (ما ابي رسائل العروض، لا أرغب في تلقي عروضكم).
        f"(ما|مش|مو|مب|مانيش|ماني) [(عاد|عدت)] ({_OO_WANT[1:-1]}|محتاج|محتاجة) [(اي|هذه|هذي|هاي|دي)] {_OO_TEXTS}",
        f"لا (ارغب|اريد|ابغى|ابي|بدي) [في] (تلقي|استلام|استقبال|وصول|بتلقي|باستلام|باستقبال) [(اي|هذه|هذي)] {_OO_TEXTS}",
        # I want to cancel the subscription / the messages (ابغى الغي الاشتراك، بدي الغي رسايل العروض).
        f"{_OO_WANT} {_OO_QUIT} {_OO_QUIT_WHAT}",
        "(الغو|الغوا) (اشتراكي|الاشتراك)",
        # Delete my number; take me off the list (امسحوا رقمي، ممكن تشيلوني من القائمة؟).
        "(احذفوا|احذف|امسحوا|امسحو|امسح|شيلوا|شيلو|شيل|اشطبوا|اشطب|شطبوا) (رقمي|اسمي|نمرتي)",
        f"{_OO_TAKE_ME} من {_OO_LIST}",
        f"(remove|delete|unsubscribe|ريموف) من {_OO_LIST}",
        # Enough with the messages / the nagging; leave me alone (كفاية بقى ازعاج، بطلوا ترسلون، فكوا عني).
        "(كفاية|كفايه|كفى) [(بقى|بقا|عاد)] (ازعاج|رسايل|رسائل|مسجات|الرسائل|الرسايل|عروض|اعلانات|زن|ازعاجكم|رسايلكم|رسائلكم)",
        f"(بطلوا|بطلو|تبطلوا|وقفوا|وقفو) (زن|ازعاج|ازعاجكم|ترسلون|ترسلوا|تبعتوا|تبعتو|تبعتون|ترسلولي|تبعتولي|تراسلوني|تراسلونا|{_OO_TEXTS[1:-1]})",
        "(حلوا|فكوا|فكو) (عني|عنا)",
        "(اتركوني|اتركني|سيبوني|سيبني|خلوني|خليني) (بحالي|في حالي|بحالى|في حالى|ف حالي|لحالي)",
        # The same in Arabizi (emsa7o ra2my, mesh 3ayez el rasayel, kfaya ba2a ez3ag, ba6lo
        # tirsloon, bla rsayel, la tersloli ay shi, matb3toosh tany, el8a2 el eshterak).
        "(emsa7o|emsa7|ems7o|imsa7o|ms7o|shilo|sheelo|shilou|shelo|e7zefo|i7zifo|7zefo|e7zef|7ayed|7aydo|7aydou|hayed|m7iw) (ra2my|ra2mi|raqmi|rakmi|r9mi|ra9mi|raqami|rqmi|esmi|ismi)",
        f"(mesh|mish|msh|mosh|ma|mo|mu|mab|mani) [(3ad|ba2a)] ({_R_OO_WANT[1:-1]}|7abb|mi7taj|me7tag|me7taga|bghit) [(el|al|hal|ay|ayy|hay|di)] {_R_OO_TEXTS}",
        "(kfaya|kefaya|kifaya|kfaaya|kafa|kfayeh|kefayeh) [(ba2a|baa|3ad)] (az3ag|ez3ag|iz3aj|ez3aj|rasayel|rasa2el|masgat|messages|msgs|spam|zan)",
        "(ba6lo|batlo|bat6lo|battlo|bitlo|ba6lu|batalo) (tirsloon|tersloon|tirsilon|tersilo|tirsilo|teb3ato|tb3to|tib3atu|tb3tuli|teb3atouli|trsloli|tersloli|terslouli|rasayel|rasa2el|ez3ag|az3ag|zan)",
        f"(bla|bala|blach|balash|belash|balaash) ({_R_OO_TEXTS[1:-1]}|{_R_OO_SEND_ME[1:-1]}|tirsloon|tib3atu|teb3ato|tb3to)",
        f"(la|ma) {_R_OO_SEND_ME} (ay|ayy|shi|7aga|7aja|haga|rasayel|rasa2el|masgat|3orood|offers|tany|tani|tane|ba3d|b3d|messages|msgs)",
        "(matb3atoosh|matb3toosh|matba3toosh|matb3atoush|matb3tosh|matb3atlish|matb3tlish|matb3tlesh|matb3atleesh|matb3atolish|matb3toleesh|matba3touleesh|ma teb3atoosh|ma teb3toosh|ma teb3atlish|ma teb3atleesh|ma teb3atolish) (offers|rasayel|rasa2el|masgat|messages|msgs|7aga|7aja|tany|tani|tane|3aleh|3alih|3aleih|ay|ayy|3orood)",
        f"{_R_OO_QUIT} {_R_OO_SUB}",
        "(sibooni|sibouni|seebouni|siboni|sebooni|khalouni|khallouni|etrokoni|itrkoni) (f|fi|b|fe) (7ali|hali|7aly|haly)",
        # The refusals of the opt-in wishes below ("لا أرغب في الاشتراك في العروض").
        f"{_NOT} {_IN_JOIN}", f"{_NOT} {_IN_GET}", f"{_NOT} {_IN_BACK}", f"{_NOT} {_IN_TOO}",
        f"(لا|ما|مش|مو|غير|لم) {_IN_AGREE}",
        f"(لا|ما|مش|مو|لن|ماني|مانيش) {_IN_ALLOW}",
        f"{_R_NOT} {_R_IN_JOIN}", f"{_R_NOT} {_R_IN_BACK}", f"{_R_NOT} {_R_IN_AGREE}",
        # The emails and the texts (الغوا اشتراكي في الإيميلات والرسائل): longer than the veto
        # of the emails alone below, so it stands.
        "(الغوا|الغو|الغ|الغي) اشتراكي (في|من|بال) (الايميلات|الايميل|الايميلز|البريد|الميل) (والرسائل|والرسايل|والمسجات|والعروض|و الرسائل)",
        # "Stop the reminders too" in Arabizi (w2fo el reminders kaman).
        "(w2fo|wa2fo|wa22fo|wa2afo|wa2fou|wa2afou|wagfo|wa2fu) (el|al) (reminders|rasayel|rasa2el|messages|msgs|offers|3orood|tanbihat|masgat)",
        # No need for the messages any more (فما في داعي للرسايل، ما في داعي تبعتوا المواعيد): the
        # texts named, not a paper bill ("لا داعي تبعتوا الفاتورة").
        "(فما في|فمافي|فلا|فمفيش|وما في|ومافي) داعي (للرسائل|للرسايل|للمسجات|للعروض|للتذكيرات|لهالرسائل|لهالرسايل)",
        "(ما في|مافي|فما في|فمافي|لا|مفيش|فمفيش|ملوش|مالوش) داعي (تبعتوا|تبعتو|ترسلوا|ترسلو|ترسلون|تبعتون|تبعتولي|ترسلولي|تبعثوا) (رسايل|رسائل|الرسائل|الرسايل|مسجات|المسجات|مواعيد|المواعيد|تذكيرات|التذكيرات|تذكير|العروض|عروض)",
        # Only the offers refused (أما العروض فلا أريدها، بس العروض والخصومات لأ خلاص).
        "(العروض|الاعلانات|الخصومات|التخفيضات) [(والخصومات|والعروض|والاعلانات)] (فلا|لا|ما) (اريدها|ابيها|ابغاها|بديها|عايزها|اريدهم|ابيهم)",
        "(العروض|الاعلانات|الخصومات|التخفيضات) [(والخصومات|والعروض|والاعلانات)] (لا|لأ|لاء) خلاص",
        # Stop the messages (ياريت توقفون رسايل العروض).
        "(توقفون|توقفوا|توقفو|تبطلون|تبطلوا) (رسايل|رسائل|الرسائل|الرسايل|المسجات|مسجات|العروض|الاعلانات)",
        # Consent withdrawn (أسحب موافقتي على تلقي الرسائل).
        "(اسحب|نسحب|سحبت|بسحب) (موافقتي|موافقتنا|الموافقة|الموافقه) (على|علي|عن) (تلقي|استلام|استقبال|ارسال|وصول)",
        "حلو عني",
    ),
    opt_in_phrases=(
        "(أريد|اريد|ابغى) الاشتراك (مرة أخرى|مرة اخرى|من جديد)",
        "(أريد|اريد|ابغى) (استلام|استقبال) الرسائل (مرة أخرى|مرة اخرى|من جديد)",
        "(ابغى|ابي|أبغى|بدي|أريد|اريد) (اشترك|الاشتراك) (مرة ثانية|مرة أخرى|مرة اخرى|من جديد)",
        # Bring the texts back, send me the offers again (ارجعوا الرسائل، ابعتولي العروض تاني).
        f"{_BACK} [لي] {_TEXTS}",
        f"{_PLEASE} (اعادة|ارجاع|تفعيل|اعادة تفعيل) {_SUB}",
        f"{_PLEASE} (تعيدوا|ترجعوا|ترجعولي|تفعلوا) {_SUB}",
        f"{_PLEASE} ارسال {_TEXTS} {_AGAIN}",
        f"(ضيفوني|اضيفوني|اضفني|ضيفني|ارجعوني|اعيدوني) (للقائمة|في القائمة|معكم|عندكم|{_AGAIN[1:-1]})",
        f"{_PLEASE} (تضيفوني|ترجعوني|تعيدوني) (للقائمة|في القائمة|معكم|{_AGAIN[1:-1]})",
        f"{_R_BACK} [el] {_R_TEXTS}",
        # Sign me up: imperatives ("eshtrekni", not the past "eshtarakni"; "sajjelni") and a yes
        # before "I subscribe" (a lone "اشتركني" may be read "who subscribed me?").
        "(نعم|ايوه|ايوة|اه|اكيد|تمام|طيب) (اشترك|اشتركني|اشتركوني)",
        "(ashtarekni|eshtrekni|eshtarekni|ashtrekni)",
        "(na3am|aywa|aiwa|akid|tamam|tayeb|ok) (ashtarek|eshtarek|ashtrek)",
        "(sajjelni|sajelni) (bel|fel|fi) (3orood|3orod|rasayel|tanbihat|offers)",
        # Start sending again (ابدأوا الرسائل من جديد، ebda2o el rasayel marra tanya).
        f"(ابداوا|ابدؤوا) [ارسال] {_TEXTS}",
        "(ebda2o|ebda2u|ebdao) [ersal] (el|al) (rasayel|rasa2el|tanbihat|3orood)",
        # I'd like to subscribe to / receive the texts; I want them back; I agree to receive
        # them (refused above).
        _IN_JOIN, _IN_GET, _IN_BACK, _IN_TOO, _IN_AGREE, _R_IN_JOIN, _R_IN_SUB, _R_IN_BACK, _R_IN_AGREE,
        "(اقر|اؤكد|اوكد|اعطي|امنح) (بموافقتي|موافقتي) على (استلام|استقبال|تلقي|وصول)",
        # Add me too; how do I sign up (ضيفوني كمان، كيف أشترك في رسائل العروض).
        "(ضيفوني|اضيفوني|ضيفني|اضفني|اضيفني) (كمان|معهم|معاهم|انا كمان|برضو|برضه|ايضا|كذلك)",
        "سجلوني (معكم|معاكم|كمان)",
        f"(كيف|ازاي|شلون|كيفاش) (اشترك|اسجل) (في|ب|على|فى) {_IN_TEXTS}",
        "طريقة (التسجيل|الاشتراك) (لاستلام|لاستقبال|لتلقي)",
        # How can I subscribe, the way to subscribe to the texts (كيف يمكنني الاشتراك في
        # التنبيهات، ما طريقة الاشتراك في خدمة الرسائل، ازاي اعمل اشتراك في العروض).
        f"(كيف|ازاي|شلون|كيفاش|وين|فين) (يمكنني|يمكن|اقدر|بقدر|ممكن|استطيع|اعمل|اسوي) (الاشتراك|اشترك|التسجيل|اسجل|اشتراك|تسجيل) ((في|ب|على|فى) ({_IN_TEXTS[1:-1]}|خدمة الرسائل|خدمة الرسايل|{_IN_LIST[1:-1]})|{_IN_TEXTS_B[1:-1]})",
        f"(كيف|ازاي|شلون|كيفاش) (اشترك|اسجل) ({_IN_TEXTS_B[1:-1]}|{_IN_LIST[1:-1]})",
        f"(طريقة|كيفية|الطريقة|خطوات) (الاشتراك|التسجيل) ((في|ب|على|فى) ({_IN_TEXTS[1:-1]}|خدمة الرسائل|خدمة الرسايل|خدمة التنبيهات|{_IN_LIST[1:-1]})|{_IN_TEXTS_B[1:-1]})",
        f"(الطريقة|طريقة) (عشان|حتى|لكي|كي|علشان) (اشترك|اسجل) ((في|ب|على) ({_IN_TEXTS[1:-1]}|رسائلكم|رسايلكم)|{_IN_TEXTS_B[1:-1]})",
        "(ezay|izay|kif|keef|shlon) (bshtrek|beshtrek|bashtrek|beshtirik|ashtirek|a3mel subscribe|a3mel eshterak|asta2bel|astelem) (fel|fi|f|bel|lel|3al) [el] (sms|rasayel|rasa2el|3orood|offers|tanbihat|messages)",
        # Add me / put me on the list of the texts (ضيفوني على قائمة العروض، ضيفني ع الليستة): the
        # unambiguous imperatives; "حطوني" and "سجلوني" are also "they put / signed me up",
        # so they need a "could you" or a "please" (ممكن تحطوني في القائمة).
        "(ضيفوني|اضيفوني|ضيفني|اضفني|اضيفني|ضيفيني|ادخلوني|دخلوني|اشركوني) (على|ع|في|الى|ل) (القائمة|القايمة|اللستة|الليستة|اللسته|الليست|قائمتكم|لستتكم)",
        f"(ضيفوني|اضيفوني|ضيفني|اضفني|اضيفني|ضيفيني|ادخلوني|دخلوني|اشركوني) ((على|ع|في|الى) {_IN_LIST}|{_IN_LIST}|{_IN_TEXTS_B}|(في|على|ع|الى) {_IN_TEXTS})",
        "(ضيفوني|اضيفوني|ضيفني|اضفني|اضيفني|ضيفيني) (عالقائمة|عاللستة|عالليستة|للقائمة|للستة|لليستة|للليستة)",
        f"(ممكن|لو سمحت|لو سمحتم|من فضلك|من فضلكم|ارجو|الرجاء|رجاء|ياريت|يا ريت) (تحطوني|تحطني|تضيفوني|تضيفني|تسجلوني|تسجلني|تشركوني|تدخلوني|حطوني|حطني|سجلوني|سجلني) ((على|ع|في|الى|ل) (القائمة|القايمة|اللستة|الليستة|{_IN_LIST[1:-1]}|{_IN_TEXTS[1:-1]})|{_IN_TEXTS_B[1:-1]}|عالقائمة|للقائمة|عاللستة)",
        f"(حطوني|حطني|سجلوني|سجلني) ((على|ع|في|الى|ل) ({_IN_LIST[1:-1]}|{_IN_TEXTS[1:-1]})|{_IN_TEXTS_B[1:-1]}) (لو سمحت|لو سمحتم|من فضلك|من فضلكم|الله يخليك|الله يخليكم|بليز|please|pls|رجاء)",
        f"(ارجو|الرجاء|رجاء|ممكن) (اضافتي|تسجيلي|ادراجي|اشتراكي) ((الى|في|على|ل) ({_IN_LIST[1:-1]}|{_IN_TEXTS[1:-1]})|{_IN_TEXTS_B[1:-1]}|{_IN_LIST[1:-1]})",
        "(7oteni|7otni|7ottoni|7otooni|daifni|dayefni|deefni|daifoni|deefoni|dayfoni|edifni|sajjelni|sajelni|sajjeloni) (3al|3ala|3a|fel|fi|lel) (list|lista|el list|el lista|2ayma|el 2ayma|qa2ima|offers|3orood|rasayel|rasa2el)",
        # No objection to receiving the texts (لا مانع لدي من استلام الرسائل، مفيش مانع توصلني العروض).
        f"(لا مانع|لا يوجد مانع|ما في مانع|مافي مانع|مفيش مانع|ما عندي مانع|ماعندي مانع|معنديش مانع|ماعنديش مانع|ليس لدي مانع|ما عندي اي مانع) [لدي] [(من|في)] (استلام|استقبال|تلقي|وصول|توصلني|يوصلني|تجيني|يجيني|ترسلولي|تبعتولي|ارسال) [(هذه|هذي|دي)] {_IN_TEXTS}",
        _IN_ALLOW,
        "(ezay|izay|kif|keef|shlon) (ashtrek|ashtarek|ashtirik|asagel|asajel) (fel|fi|f|bel) [el] (sms|rasayel|rasa2el|3orood|offers|tanbihat|messages)",
        # Switch them back on (شغلوها تاني، فعلوها لو سمحتم).
        "(شغلوها|شغلوه|شغلوهم|فعلوها|فعلوه|فعلوهم|رجعوها|رجعوه|رجعوهم|ارجعوها|ارجعوه|ارجعوهم) (تاني|مرة ثانية|مرة تانية|من جديد|مرة اخرى)",
        "(شغلوها|شغلوه|شغلوهم|فعلوها|فعلوه|فعلوهم) (لو سمحتوا|لو سمحتم|لو سمحت|من فضلكم|الله يخليكم|رجاء)",
        # A new number (ممكن تسجيل هذا الرقم، سجلوا الرقم ده من فضلكم).
        "(ارجو|الرجاء|من فضلكم|لو سمحتوا|ممكن|رجاء) (تسجيل|اضافة|اعتماد|تحديث) (الرقم الجديد|رقمي الجديد)",
        "(ارجو|الرجاء|من فضلكم|لو سمحتوا|ممكن|رجاء) تسجيل (هذا الرقم|الرقم ده|الرقم هذا|هالرقم)",
        "(ضيفوا|اضيفوا|اعتمدوا) (الرقم الجديد|رقمي الجديد)",
        "(ضيفوا|اضيفوا|اعتمدوا) (هذا الرقم|الرقم ده|الرقم هذا|هالرقم) (للرسائل|للرسايل|للتنبيهات|للعروض|للاشعارات|للتذكيرات|بدل القديم|بدل الرقم القديم)",
        "(سجلوا|سجلو) (الرقم ده|هذا الرقم|الرقم هذا|رقمي الجديد|الرقم الجديد|هالرقم) (من فضلكم|لو سمحتوا|لو سمحتم|لو سمحت|من فضلك|رجاء)",
        # By text to this number from now on (برسالة نصية إلى هذا الرقم، في مسج على الرقم ده).
        "(برسالة نصية|برسائل نصية|برسالة|برسائل|بمسج|في مسج|بالرسائل القصيرة|برسالة قصيرة) (الى|على|علي|ل) (هذا الرقم|الرقم ده|هالرقم|الرقم هذا|هاد الرقم|رقمي الجديد|الرقم الجديد)",
        # Slang: send the coupons (ابعتوا الكوبونات، ab3atoli kol el offers).
        "(ابعتوا|ابعتولي|ابعتلي|ابعثوا|ابعثولي|دزوا|دزولي|طرشوا|طرشولي) [(لي|كل)] (الكوبونات|كوبونات|الخصومات|التخفيضات|اكواد الخصم|الاكواد|عروضكم)",
        "(ab3atoli|ab3atouli|eb3atoli|ib3atoli|ab3atolna) (kol|kul) [el] (offers|coupons|kobonat|3orood|khosomat)",
        # A family member's number (إضافة رقم والدتي، daf raqam binti).
        "(اضافة|ضيفوا|اضيفوا|ضيف|اضف|تضيفوا|تضيفون|تضيفو) رقم (والدتي|والدي|امي|ابوي|زوجي|زوجتي|بنتي|ابني|اختي|اخوي|اخي|جدتي|جدي|مرتي|جوزي|ماما|بابا|ولدي)",
        "(daf|dif|deef|daif|deif|edeef|ddif|dayef|deefo|difo|daifo) (raqam|ra2am|rakam|ra2m|raqm|rakm) (binti|bnti|ebni|ibni|omi|ommi|mama|baba|abuya|zawgi|zawji|zawgti|zawjti|mrati|okhti|ukhti|akhoya|akhuya|teta)",
        "(3awdu|3awdo|3awed) (sifto|siftu|siftou|sifet) (lia|liya|li)",
        _MISTAKE,
    ),
    help_phrases=(
        "ما هذا", "ما هذه الرسائل", "ايش هذا", "شو هذا", "مين انت", "من أنت", "من انت",
        "من أنتم", "من انتم", "مين معي",
        "مين حضرتك",
        "من حضرتك",
        # How often will you text me? Why am I getting these messages? (questions, not complaints)
        "كم مرة (سترسلون|ترسلون|راح ترسلون|رح تبعتوا|هتبعتوا) [لي] (رسائل|رسايل|الرسائل|الرسايل)",
        "كم (رسالة|رساله) (في|ب) (الأسبوع|الاسبوع|اليوم|الشهر)",
        "(لماذا|ليش|ليه) (تصلني|توصلني|أتلقى|اتلقى|يوصلني|بتوصلني|بيجيلي) (هذه الرسائل|هالرسائل|هالرسايل|هذي الرسائل|الرسايل دي|هذه الرسالة)",
        # (The longer form first: the first match found is the one HELP answers, and words it
        # leaves out let a model opt-out reading decide.)
        "(لماذا|ليش|ليه) (ترسلون لي|ترسلولي|بترسلولي|تبعتولي|بتبعتولي) (رسائل|الرسائل|مسجات|هالرسائل|عروض)",
        "(لماذا|ليش|ليه) (ترسلون لي|ترسلولي|بترسلولي|تبعتولي|بتبعتولي)",
        # Who is this, whose number, what company, what are these messages?
        "(مين|من) (انتو|انتم|حضرتكم|معايا|معي|معاي)",
        "meen (enta|inta|ento|into|ma3aya|ma3ay|ma3i|7adretak)",
        "(ما|ايش|شو|ايه|وش) (هذا الرقم|هاد الرقم|ذا الرقم|هالرقم|الرقم ده|الرقم هذا)",
        "(رقم|الرقم) (مين|من) (هذا|ده|هاد)",
        "(هذا|ده|هاد) رقم (مين|من)",
        "(eh|shu|esh) (el|hal) (rakam|ra2am|raqam) (da|hada|hay)",
        "(eh|shu|esh) (el|hal) (rakam|ra2am|raqam)",
        "(ما|من|مين) (هي|هو) (هذه|هذا|هذي) (الجهة|الشركة)",
        "(اي|ايش|شو|وش|ايه) (شركة|جهة|محل) (هذه|هذي|دي|ده|انتم|حضرتكم)",
        "(ما|ايش|شو|وش|ايه) اسم (الشركة|شركتكم|الجهة|المحل)",
        "(ممكن|لو سمحت) (تقولولي|تقول لي|تعطوني|تقولون لي) اسم (الشركة|شركتكم|الجهة|المحل)",
        "(ايه|ايش|شو|وش) (الكود|الرمز) (ده|دا|هذا|هاد)",
        "(ايش|شو|ايه|وش|ما) (ذي|هذي|هذه|هاي|دي) (الرسائل|المسجات)",
        "(ايه|ايش|شو|وش) (الرسائل|المسجات) (دي|هذي|هذه|هاي|دول)",
        "(الرسائل|المسجات) (دي|هذي|هذه|هاي) (ايه|ايش|شو|وش)",
        "(eh|shu|esh) (el|hal) (rasayel|rasa2el|masgat) (di|de|hay)",
        "(eh|shu|esh) (el|hal) (rasayel|rasa2el|masgat)",
        "(الرسائل|المسجات) [(دي|هذي)] (جاية|جاي) (منين|من وين|من فين)",
        "[el] (rasayel|rasa2el) [(di|hay)] (gaya|jaye) (mnen|min wen|mn wen)",
        "هل (هذا|هذه|هذي) (احتيال|نصب|رسالة احتيال)",
        "(ده|هذا|هاد) (نصب|احتيال) (ولا|والا) (ايه|شو|ايش|لا)",
        # Does it cost, will replying take credit?
        "(هل|هي|هو) (الرسائل|الخدمة|الرد) (مجانية|مجاني|مجانا|ببلاش|بفلوس|مدفوعة)",
        "(الرد|ارسال|الرسائل) (عليها|عليه) (بفلوس|يكلف|بيكلف|مجاني|ببلاش)",
        "(بيخصم|يخصم|رح يخصم|هيخصم|راح يخصم) (من|مني) (رصيدي|الرصيد)",
        # How do I reach support, a person (asked for: "هذا رقم الدعم" is no question)?
        "(ابي|ابغى|بدي|عايز|ممكن|اعطني|ما هو|وين) رقم (الدعم|خدمة العملاء|الدعم الفني|الفرع)",
        "(كيف|ازاي|شلون) (اتواصل|اكلم|نتواصل) (مع|ب) (خدمة العملاء|الدعم|حد|احد|موظف)",
        "(كيف|ازاي|شلون) (اتواصل|اكلم|نتواصل) (معكم|معاكم|وياكم|حد|احد|موظف)",
        "(kif|keef|ezay|shlon) (atwasal|akalem) ma3 (khidmat el 3omala|el da3m|7ad|a7ad)",
        "(kif|keef|ezay|shlon) (atwasal|akalem) (ma3kom|m3kom)",
        "(akalem|akallem) meen",
        "(fe|fi|abi|3ayez|baddi|momken) (ra2am|raqam) (lel|el) (da3m|support)",
    ),
    not_opt_out_phrases=(
        # Negated removal is a wish to keep the texts ("don't remove me", "I'm not
        # unsubscribing"); never a negated send/write, which stays an opt-out.
        "(لا|ما|مو لازم|مش لازم|ما في داعي|لا داعي) (تحذفوني|تحذفني|تحذفونني|تشيلوني|تشيلني|تلغوني|تمسحوني|تمسحني|تزيلوني|تشطبوني|تطلعوني|تخرجوني) [من (القائمة|القايمة|اللستة|الليستة|القائمه|الرسائل|الاشتراك)]",
        "(لا|ما) (تحذفوا|تحذف|تحذفو|تمسحوا|تمسح|تشيلوا|تشيل|تلغوا|تلغي|تلغو) (رقمي|اشتراكي|اسمي) [من (القائمة|القايمة|اللستة|القائمه)]",
        "(لا|ما) (تلغوا|تلغي|تلغو|توقفوا|توقف|توقفو) (الاشتراك|اشتراكي|الرسائل|رسائلي|التذكيرات|الرسايل)",
        "(لا أريد|لا اريد|ما ابي|ما أبي|مابي|مش عايز|مش عاوز|ما بدي|مابدي) (إلغاء الاشتراك|الغاء الاشتراك|الغي الاشتراك|ألغي الاشتراك|احذف|تحذفوني|تشيلوني|اطلع من القائمة)",
        "(انا|أنا) (مش|ما|لن) (هلغي|راح الغي|رح الغي|ألغي|الغي) (الاشتراك|اشتراكي)",
        # Refusing to be unsubscribed or asking the texts to go on ("don't unsubscribe me"):
        # a model opt-out reading of such a message is not decided.
        "(لا|ما) (تشيلوني|تحذفوني|تحذفون رقمي|تحذفوا رقمي)",
        "(لا|ما) (توقفوا|توقفو|تقطعوا) (الرسائل|الرسايل|العروض)",
        "(الحافلة|الباص|السيارة|القطار) (توقفت|توقف|وقفت|واقف)",
        # "Don't cancel my subscription" (لا لا ما تلغوا اشتراكي، بس سألت عن السعر).
        "(ما|لا) (تلغوا|تلغو|تلغي) (اشتراكي|الاشتراك)",
        "(لا تتوقف|لا تتوقفي|لا توقف) عن",
        "(محطة|موقف) (الحافلات|الباص|الحافلة)",
        "(سألغي|ألغي|الغي|إلغاء|الغاء) (الموعد|الحجز|الطلب|الرحلة)",
        "وقف (السيارة|الباص|هنا)",
        # "I don't want to cancel", "don't take me off the list", "don't stop the offers".
        f"(ما|مش|مو|لا|مب|ماني|مانيش) {_OO_WANT} {_OO_QUIT} {_OO_QUIT_WHAT}",
        f"(ما|لا) (تشيلوني|تحذفوني|تمسحوني|تطلعوني|تشطبوني|تزيلوني) من {_OO_LIST}",
        f"(لا|ما) (توقفوا|توقفو|تقطعوا|تبطلوا|تبطلو) {_OO_TEXTS}",
        f"(mesh|mish|msh|ma|mosh|mo|mab) {_R_OO_WANT} {_R_OO_QUIT} {_R_OO_SUB}",
        # STOP sent by mistake (read as an opt-in above, not a stray STOP).
        _MISTAKE_STOP,
        # A relative unsubscribed, not the writer (akhoya 3amal unsubscribe bas ana ...).
        "(akhoya|akhooya|akhuya|okhti|ukhti|akhti|goozi|gozi|zawgi|zawji|mrati|marti|ommi|omi|mama|baba|abuya|ibni|ebni|binti|benti) (3amal|3amalet|3amlet|3imil|3mil|3ml) unsubscribe",
        # Unsubscribe me from the emails, the texts stay (الغوا اشتراكي في الإيميلات).
        "(الغوا|الغو|الغ|الغي) اشتراكي (في|من|بال) (الايميلات|الايميل|الايميلز|البريد|الميل|البريد الالكتروني)",
        # Keep them coming (استمروا ترسلون، خلوا الرسائل توصلني).
        "(استمروا|كملوا) (ترسلون|ترسلوا|تبعتوا|تبعتون|في ارسال)",
        "(خلوا|فخلوا|خلو) (الرسائل|التذكيرات|العروض) (توصلني|توصل|تجيني|شغالة|مستمرة)",
        # Groceries: "two bags of rice are enough" (كيسين رز كفاية، 3 litr kefaya).
        "(رز|ارز|سكر|طحين|خبز|حليب|ماي|مويه|مياه|بطاطس|بطاطا|زيت|لتر|لترات|كيس|كيسين|اكياس|كرتون|كراتين|علب|علبتين|كيلو) (كفاية|كفايه|يكفي|تكفي|بيكفي|بتكفي|يكفوا|تكفيني)",
        "(litr|litre|letr|kilo|kees|keesein|ruz|roz|rozz|sukkar|mayya) (kefaya|kfaya|kifaya|bykaffi|yekaffi)",
        # One plan instead of another (the yearly subscription, not the monthly one).
        "(el eshterak|el eshtirak|eshterak|eshtirak|الاشتراك) (el sanawi|el shahri|sanawi|shahri|السنوي|الشهري)",
        # Paper bills (وقفوا الفواتير الورقية).
        "(وقفوا|اوقفوا|بطلوا|الغوا|ارسال|تبعتوا|ترسلوا) (الفواتير|الفاتورة|الكشوفات|كشف الحساب) (الورقية|الورقي|الورق)",
    ),
    hint_words=(
        "في", "من", "على", "إلى", "الى", "أن", "ان", "لا", "ما", "هذا", "هذه", "أنا", "انا",
        "شكرا", "مرحبا", "نعم", "لي", "عن", "مع", "الله", "يا", "هل",
    ),
    replies={
        "opt_out_clarify": "تم إلغاء اشتراكك في رسائل {program}. أرسل MKT لإيقاف العروض فقط، أو ALL لإيقاف "
        "كل الرسائل. للمساعدة: {support}.",
        "opt_out": "{program}: تم إلغاء اشتراكك ولن تصلك رسائل أخرى. للمساعدة: {support}. "
        "أرسل START لإعادة الاشتراك.",
        "opt_out_all": "{program}: تم إلغاء اشتراكك في جميع رسائلنا ولن تصلك رسائل أخرى. "
        "للمساعدة: {support}. أرسل START لإعادة الاشتراك.",
        "opt_in": "{program}: تمت إعادة اشتراكك. قد تُطبق رسوم الرسائل والبيانات. للمساعدة: "
        "{support}. أرسل مساعدة للمساعدة، إيقاف للإلغاء.",
        "help": "{program}: للمساعدة تواصل مع {support}. قد تُطبق رسوم الرسائل والبيانات. "
        "أرسل إيقاف أو STOP للإلغاء.",
    },
    sources=(
        "https://support.wavecell.com/hc/en-us/articles/900003333866-SAUDI-ARABIA-SMS-Products-and-Compliance (Arabic DND footer)",
        "https://www.sent.dm/resources/sa-sms-guidance (STOP/إيقاف, HELP/مساعدة)",
        "https://easysendsms.zendesk.com/hc/en-us/articles/360002793813 (UAE: Arabic opt-out line)",
    ),
    courtesy_words=("من فضلك", "لو سمحت", "شكرا", "رجاء", "ارجو", "أرجو", "الآن", "shukran", "law samaht"),
    # Answers to the clarifying question (app/messaging/clarify.py): stop only
    # marketing, or everything.
    standalone_keywords=_R_ENOUGH,
    clarify_marketing=("mkt", "العروض"),
    clarify_all=("all", "الكل"),
)
