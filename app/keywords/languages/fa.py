"""Persian. Iranian operators end content subscriptions with the keyword لغو (or "off")
sent to the service's short code; Finglish (laghv, nafrestid) is the model's to read.
"""

from app.keywords.languages.rules import LanguageRules

RULES: LanguageRules = LanguageRules(
    code="fa",
    name="Persian",
    opt_out_keywords=("بسه", "لغو", "لغو عضویت", "توقف", "انصراف", "لغو11", "لغو۱۱", "استاپ", "ستاپ", "laghv", "laghv ozviat", "laghve ozviat", "11"),
    opt_out_all_keywords=("لغو همه",),
    opt_in_keywords=("فعال", "عضویت", "شروع", "فعال‌سازی", "فعال سازی", "فعالسازی"),
    help_keywords=("راهنما", "کمک", "اطلاعات", "شما"),
    # Plain-language requests are the model's to read (app/keywords/data/corpus/fa.txt).
    opt_out_phrases=(),
    opt_in_phrases=(),
    help_phrases=(),
    not_opt_out_phrases=(),
    hint_words=("و", "در", "به", "از", "که", "این", "را", "با", "است", "من", "می", "شما", "نه", "بله", "لطفا", "ممنون", "دیگه", "برای"),
    replies={
        "opt_out_clarify": "{program}: اشتراک شما لغو شد. برای توقف فقط پیشنهادهای تبلیغاتی MKT و برای توقف همه پیام‌ها ALL را بفرستید. راهنما: {support}.",
        "opt_out": "{program}: عضویت شما لغو شد و دیگر پیامی دریافت نمی‌کنید. راهنما: {support}. برای عضویت دوباره START بفرستید.",
        "opt_out_all": "{program}: عضویت شما در همه پیام‌های ما لغو شد. راهنما: {support}. برای عضویت دوباره START بفرستید.",
        "opt_in": "{program}: دوباره عضو شدید. ممکن است هزینه پیامک و داده اعمال شود. راهنما: {support}. برای لغو، لغو را بفرستید.",
        "help": "{program}: برای راهنمایی با {support} تماس بگیرید. ممکن است هزینه پیامک و داده اعمال شود. برای لغو، لغو را بفرستید.",
    },
    sources=(
        "https://www.mci.ir (Hamrah-e Aval: send لغو / off to a service's short code to end it)",
    ),
    courtesy_words=("لطفا", "ممنون", "مرسی", "lotfan", "mamnoon", "merci"),
    strong_keywords=("لغو",),
    standalone_keywords=(),
    # Answers to the clarifying question (app/messaging/clarify.py).
    clarify_marketing=("mkt", "تبلیغات"),
    clarify_all=("all", "همه"),
)
