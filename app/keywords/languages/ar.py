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
_HOW = "(كيف|إزاي|شلون|كيفاش)"
_STOP_I = "(أوقف|بوقف|وقف|أبطل|ألغي|بلغي|أقفل|أمنع)"
_THESE = "[(هذه|هذي|هاي|هاذي|دي|هذول|هدول)]"
_MSGS_HOW = ("(الرسائل|المسجات|الإشعارات|هالرسائل|هالمسجات|رسائلكم|الرسائل النصية|"
             "الرسائل الإعلانية)")
_R_HOW = "(ezay|ezzay|izay|izzay|keef|kif|kaif|shlon)"
_R_STOP = "(a2af|awa2af|aw2af|a2fel|awaqef|awqef|wa2ef|ba2af|bwa2ef|ablaa|alghi|al8i|elghi)"
_R_THESE = "[(el|al|il|hal|l|hay el|hathi el)]"
_R_MSGS = ("(rasayel|rasa2el|rasail|resayel|masgat|masejat|messages|msgs|sms|elrasayel|elrasa2el|"
           "alrasayel|halrasayel)")

RULES: LanguageRules = LanguageRules(
    code="ar",
    name="Arabic",
    opt_out_keywords=("وقف", "كفاية", "كفى",
        "إيقاف", "ايقاف", "إلغاء", "الغاء", "إلغاء الاشتراك", "الغاء الاشتراك", "أوقف", "اوقف",
        "توقف", "ستوب", "ستوپ", "إيقاف الرسائل", "ايقاف الرسائل", "الغاء الرسائل", "إلغاء الرسائل", "stop ايقاف",
        "elgha2", "elgha2 el eshtirak", "خروج",
    ),
    opt_out_all_keywords=("إيقاف الكل", "ايقاف الكل", "الغاء الكل", "إلغاء الكل"),
    opt_in_keywords=("اشترك", "اشتراك", "الاشتراك", "تفعيل", "ابدأ", "ابدا"),
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
        "(bdi|baddi|biddi|ayez|3ayez|3ayza|ayza|abi|abgha|ba8a|abgh) (al8i|el8i|l8i|alghi|elghi|lghi|al3'i|el3'i|l3'i) (el eshterak|al eshterak|eshteraki|el ishtirak|al ishtirak|ishtiraki)",
        "(el8o|al8o|l8o|elgho|algho|el3'o|al3'o|il8o|ilgho|te3'lo|tel8o|telgho) (el eshterak|al eshterak|eshteraki|el ishtirak|al ishtirak|ishtiraki)",
        # "How do I stop these messages?" (كيف أوقف هذه الرسائل؟, ezay a2af el rasayel?): asking how asks us to stop.
        f"{_HOW} [(أقدر|بقدر|فيني|ممكن)] {_STOP_I} {_THESE} {_MSGS_HOW}",
        f"{_HOW} (يمكنني|يمكن|ممكن|أستطيع) (إيقاف|إلغاء|منع) {_THESE} {_MSGS_HOW}",
        f"{_HOW} أتوقف عن (استلام|استقبال|تلقي) {_THESE} {_MSGS_HOW}",
        f"{_HOW} ألغي (الاشتراك|اشتراكي) (في|من|ب) {_THESE} {_MSGS_HOW}",
        f"(ماذا|شو|إيش|إيه) (أفعل|أعمل|بعمل) (لإيقاف|لوقف|عشان أوقف|حتى أوقف) {_THESE} {_MSGS_HOW}",
        f"{_R_HOW} {_R_STOP} {_R_THESE} {_R_MSGS}",
        f"(ezay|izay|keef|kif|shlon) (momken|mumkin|a2dar|b2dar|fini) (a2af|awa2af|awqef|wa2ef|alghi|a2fel) {_R_THESE} {_R_MSGS}",
    ),
    opt_in_phrases=(
        "(أريد|اريد|ابغى) الاشتراك (مرة أخرى|مرة اخرى|من جديد)",
        "(أريد|اريد|ابغى) (استلام|استقبال) الرسائل (مرة أخرى|مرة اخرى|من جديد)",
        "(ابغى|ابي|أبغى|بدي|أريد|اريد) (اشترك|الاشتراك) (مرة ثانية|مرة أخرى|مرة اخرى|من جديد)",
    ),
    help_phrases=(
        "ما هذا", "ما هذه الرسائل", "ايش هذا", "شو هذا", "مين انت", "من أنت", "من انت",
        "من أنتم", "من انتم", "مين معي",
        "مين حضرتك",
        "من حضرتك",
    ),
    not_opt_out_phrases=(
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
