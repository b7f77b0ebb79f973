"""Persian. Iranian operators end content subscriptions with the keyword لغو (or "off")
sent to the service's short code; Finglish (laghv, nafrestid) is the model's to read.
"""

from app.keywords.languages.rules import LanguageRules

# "How" and the texts, in Persian letters (the zero-width non-joiner falls away, so a plural
# written with it or without it is one word) and in Finglish.
_HOW = "(چطوری|چطور|چجوری|چه جوری|چه‌جوری|چگونه)"
_MSGS = ("(پیامک‌ها|پیامکا|پیامک|پیام‌ها|پیاما|پیام|پیامک ها|پیام ها|اس ام اس|اس ام اس ها|"
         "اس‌ام‌اس‌ها|نوتیفیکیشن‌ها)")
_R_HOW = "(chetori|chetor|chejoori|chejori|chegoone)"
_R_MSGS = ("(payamak|payamaka|payamakha|payamak ha|payama|payamha|payam ha|payam|sms|smsa|"
           "sms ha|message|msg)")

RULES: LanguageRules = LanguageRules(
    code="fa",
    name="Persian",
    opt_out_keywords=("بسه", "لغو", "لغو عضویت", "توقف", "انصراف", "لغو11", "لغو۱۱", "استاپ", "ستاپ", "laghv", "laghv ozviat", "laghve ozviat", "11"),
    opt_out_all_keywords=("لغو همه",),
    opt_in_keywords=("فعال", "عضویت", "شروع", "فعال‌سازی", "فعال سازی", "فعالسازی"),
    help_keywords=("راهنما", "کمک", "اطلاعات", "شما"),
    # Plain-language requests are the model's to read (app/keywords/data/corpus/fa.txt).
    opt_out_phrases=(
        # "How do I stop these messages?" (چطوری این پیامکا رو قطع کنم؟, chetori in payamaka ro ghat konam?): asking how asks us to stop.
        f"{_HOW} [(میتونم|می تونم|میتوانم|باید)] [این] {_MSGS} [(رو|را)] (قطع|متوقف|لغو) (کنم|کنیم)",
        f"{_HOW} (میشه|می شه|میشود|می شود) [این] {_MSGS} [(رو|را)] (قطع|متوقف|لغو) کرد",
        f"{_MSGS} {_HOW} (قطع|متوقف) (میشن|میشه|میشود|بشن|بشه)",
        f"{_HOW} [دیگه] {_MSGS} (نگیرم|دریافت نکنم)",
        f"{_R_HOW} [(mitoonam|mitunam|bayad)] [in] {_R_MSGS} [(ro|ra|o)] (ghat|qat|motevaghef|laghv) (konam|konim)",
        f"{_R_HOW} mishe [in] {_R_MSGS} [(ro|ra|o)] (ghat|qat|motevaghef|laghv) kard",
        # "Cancel my membership of the SMS newsletter" (عضویتم تو خبرنامه پیامکی رو لغو کنید).
        "(عضویتم|عضویت من|اشتراکم|اشتراک من) (تو|در|از) (خبرنامه|خبرنامه پیامکی|خبرنامه‌ی پیامکی|سامانه پیامکی|پیامک‌ها|پیامکا|پیامک) (رو|را) (لغو|قطع) (کنید|کنین|کن)",
        f"{_R_MSGS} {_R_HOW} (ghat|qat|motevaghef) (mishan|mishe|beshan|beshe)",
        f"{_R_HOW} [dige] {_R_MSGS} (nagiram|daryaft nakonam)",
    ),
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
