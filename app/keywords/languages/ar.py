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

RULES: LanguageRules = LanguageRules(
    code="ar",
    name="Arabic",
    opt_out_keywords=("وقف", "كفاية", "كفى",
        "إيقاف", "ايقاف", "إلغاء", "الغاء", "إلغاء الاشتراك", "الغاء الاشتراك", "أوقف", "اوقف",
        "توقف", "ستوب", "ستوپ", "إيقاف الرسائل", "ايقاف الرسائل", "الغاء الرسائل", "إلغاء الرسائل", "stop ايقاف",
        "elgha2", "elgha2 el eshtirak", "خروج",
    ),
    opt_out_all_keywords=("إيقاف الكل", "ايقاف الكل", "الغاء الكل", "إلغاء الكل"),
    opt_in_keywords=("اشترك", "اشتراك", "الاشتراك", "تفعيل", "ابدأ", "ابدا", "ستارت", "إعادة الاشتراك",
        "اشتركني", "ashtarek", "eshtarek"),
    help_keywords=("مساعدة", "مساعده", "ساعدني", "معلومات", "تعليمات"),
    opt_out_phrases=(
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
    clarify_marketing=("mkt", "العروض"),
    clarify_all=("all", "الكل"),
)
