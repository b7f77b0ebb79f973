"""Persian. Iranian operators end content subscriptions with the keyword لغو (or "off")
sent to the service's short code; Finglish (laghv, nafrestid) is the model's to read where the phrases stop.
"""

from app.keywords.languages.rules import LanguageRules

# "How" and the texts, in Persian letters (the zero-width non-joiner falls away, so a plural
# written with it or without it is one word) and in Finglish.
# Only the commonest spellings, and few optional words: every pattern is expanded at load.
_HOW = "(چطوری|چطور|چجوری|چگونه)"
_MSGS = "(پیامک‌ها|پیامکا|پیامک|پیام‌ها|پیاما|پیام|اس ام اس)"
_R_HOW = "(chetori|chetor)"
_R_MSGS = "(payamak|payamaka|payamakha|payama|sms|smsa)"
# Opt-in. Persian negates a verb with a prefix ("بفرستید" / "نفرستید", "کنید" / "نکنید"), so an
# imperative is never its own negation, and the past ("عضوم کردید": you signed me up) is another
# word. "Turn back on" names the texts ("کارتمو دوباره فعال کنید" is a card), in the plural
# ("پیام رو دوباره بفرستید" resends one message). The zero-width non-joiner folds away: "پیامها"
# also finds the word written with the non-joiner inside.
_AGAIN = "(دوباره|مجددا)"
_TEXTS = "(پیامکها|پیامکا|پیامها|پیاما|تخفیفا|یادآوری)"
_R_TEXTS = "(payama|payamaka|payamakha|takhfifa)"
_DO = "(کنید|کنین|کن)"
# The texts, a list of them, and "how (can I)" for the ways to sign up (چطوری عضو خبرنامه
# پیامکی بشم، برای دریافت پیامک‌ها ثبت‌نام کنم). "Subscribe" ends in a subjunctive (بشم، کنم),
# never the past (شدم، کردم: a report) nor a negation (نشم، نکنم).
_IN_TXT = ("(پیامک|پیامکها|پیامکا|پیامکهای|پیامکای|پیامها|پیاما|پیامهای|اس ام اس|اطلاعرسانی پیامکی|"
           "پیامکهای تخفیف|تخفیفا|تخفیفات|اطلاعیهها|اطلاعیههای)")
_IN_LIST = ("(خبرنامه|خبرنامه پیامکی|سامانه پیامکی|لیست پیامک|لیست پیامکی|لیست پیامکها|لیست پیامکا|"
            "لیست تخفیفا|لیست تخفیفات|اطلاعرسانی پیامکی|پیامکها|پیامکهای|پیامکای|پیامکا)")
_IN_HOW = "(چطوری|چطور|چجوری|چگونه|کجا)"
_IN_CAN = "[(میتونم|میتوانم|میشه|باید)]"
_IN_SEND = "(ارسال|فرستاده) (بشه|بشن|شود|شوند|بشود)"
_R_IN_HOW = "(chetori|chetor|chejoori|chejori|koja)"
_R_IN_LIST = "(khabarname|khabarnameye payamaki|payamaka|payamakha|list|liste payamak|samane payamaki|sms)"
_R_DO = "(konid|konin|kon)"

# Opt-out: plain requests that name the texts, "me" or "my number". Persian negates with a
# prefix (نفرستید: don't send, نکنید), so "cut them off" (قطع کنید) is never its own negation;
# "don't send" needs the texts or "any more" before it (دیگه نفرستید), and "I don't want" the
# texts as an object (پیام نمیخوام بدم: I don't want to write).
_OO_MSGS = ("(پیامک|پیامکها|پیامکا|پیامکای|پیامکهای|پیام|پیامها|پیاما|پیامای|پیامهای|اس ام اس|"
            "اسمس|تبلیغات|خبرنامه|خبرنامتون|خبرنامهتون|پیامکهاتون|پیاماتون|پیامکاتون|پیامهاتون)")
_OO_RM = ("(حذف کنید|حذف کنین|حذف کن|پاک کنید|پاک کنین|پاک کن|خارج کنید|خارج کنین|بردارید|"
          "بردارین|خط بزنید|خط بزنین|دربیارید|دربیارین)")
_OO_WANT_NOT = "(نمیخوام|نمیخواهم|نمیخام|نمیخوایم|نمیخواهیم)"

RULES: LanguageRules = LanguageRules(
    code="fa",
    name="Persian",
    opt_out_keywords=("بسه", "لغو", "لغو عضویت", "توقف", "انصراف", "لغو11", "لغو۱۱", "استاپ", "ستاپ", "laghv", "laghv ozviat", "laghve ozviat", "11",
        "lagv", "lagv 11", "laghv 11", "(بسه|بس کنید|بس کنین) دیگه", "دیگه (بسه|بس کنید|بس کنین)"),
    opt_out_all_keywords=("لغو همه",),
    opt_in_keywords=("فعال", "عضویت", "شروع", "فعال‌سازی", "فعال سازی", "فعالسازی", "عضو", "عضویت مجدد",
        "فعالسازی مجدد", "شروع مجدد", "ozviat", "ozv"),
    help_keywords=("راهنما", "کمک", "اطلاعات", "شما"),
    # Plain requests in their common forms; the rest is the model's (app/keywords/data/corpus/fa.txt).
    opt_out_phrases=(
        # "How do I stop these messages?" (چطوری این پیامکا رو قطع کنم؟, chetori in payamaka ro ghat konam?): asking how asks us to stop.
        f"{_HOW} [این] {_MSGS} (رو|را) (قطع|متوقف|لغو) کنم",
        f"(چطوری|چطور) (میتونم|می تونم) [این] {_MSGS} (رو|را) (قطع|لغو) کنم",
        f"(چطوری|چطور) (میشه|می شه) [این] {_MSGS} (رو|را) (قطع|لغو) کرد",
        f"{_MSGS} (چطوری|چطور) (قطع|متوقف) (میشن|میشه|بشن|بشه)",
        f"(چطوری|چطور) [دیگه] {_MSGS} (نگیرم|دریافت نکنم)",
        f"{_R_HOW} [in] {_R_MSGS} (ro|ra) (ghat|qat|laghv) konam",
        f"{_R_HOW} (mitoonam|mitunam) [in] {_R_MSGS} (ro|ra) (ghat|laghv) konam",
        f"{_R_HOW} mishe [in] {_R_MSGS} (ro|ra) (ghat|laghv) kard",
        # "Cancel my membership of the SMS newsletter" (عضویتم تو خبرنامه پیامکی رو لغو کنید).
        "(عضویتم|اشتراکم) (تو|در|از) (خبرنامه|خبرنامه پیامکی|سامانه پیامکی|پیامک‌ها|پیامکا) (رو|را) (لغو|قطع) (کنید|کنین)",
        f"{_R_MSGS} {_R_HOW} (ghat|qat) (mishan|mishe|beshan|beshe)",
        f"{_R_HOW} [dige] {_R_MSGS} (nagiram|daryaft nakonam)",
        # Don't send (me) texts any more (دیگه پیامک نفرستید، دیه نفرس، تبلیغات برام نفرستید).
        f"{_OO_MSGS} [(تبلیغاتی|تبلیغاتیتون|تخفیف|تخفیفی)] [(به من|بهم|برام|برای من|واسم|واسه من)] (نفرستید|نفرستین|نفرست|نفرس)",
        "(دیگه|دیگر|دیه|دگه|دیگ) [(به من|بهم|برام|برای من|واسم|به این شماره)] [(پیام|پیامک|اس ام اس|تبلیغات)] (نفرستید|نفرستین|نفرست|نفرس)",
        # The verb first, as people type it ("نفرست دیگ لطفن", "nafrest dg").
        "(نفرستید|نفرستین|نفرست|نفرس) (دیگه|دیگ|دیگر|دیه|دگه)",
        "(nafrest|nafrestid|nafrestin|nafres) (dige|dg|dge|digeh|dgh)",
        "(dige|dg|dge) (nafrest|nafrestid|nafrestin|nafres)",
        # "ozviat mano laghv konin" (عضویت منو لغو کنید): the Persian unsubscribe, romanised.
        "(ozviat|ozviyat|ozviatam|ozviyatam|ozviate) [(mano|ro|ra|mano ro|man ro)] (laghv|lagv) (konid|konin|kon)",
        "(دیگه|دیگر|دیه) [(به من|بهم|به این شماره)] (پیام|پیامک|اس ام اس) (ندین|نزنید|نزنین)",
        # "How can I cut these texts off?" in the written register.
        "(چطور|چگونه|چطوری) (میتوانم|میتونم|می توانم) [این] (پیامکها|پیامکا|پیامها|پیاما|پیامک|پیام) (را|رو) (قطع|لغو|متوقف) کنم",
        # Cut the texts off; stop sending them (پیامکا رو قطع کنید، ارسال پیامک رو متوقف کنید).
        "(پیامکها|پیامکا|پیامها|پیاما|اس ام اسها|تبلیغات|پیامکهای تبلیغاتی|پیامکای تبلیغاتی|پیامهای تبلیغاتی|پیامای تبلیغاتی|پیامکهای تخفیف|پیامکای تخفیف|پیامکهای تخفیفی|ارسال پیامک|ارسال پیام|پیامک|پیام|اس ام اس|خبرنامه) [(رو|را)] [(برام|برای من|واسم)] (قطع|متوقف|لغو|تموم) (کنید|کنین|کن)",
        # Take my number / me off the list; cancel my subscription (شماره‌مو از لیستتون حذف
        # کنید، منو از خبرنامه بردارید، حذفم کنید، اشتراک پیامکی منو لغو کنید، آنسابم کنید).
        f"(شماره|شمارمو|شمارم|شمارهام|شمارهمو|شماره منو|شماره من|شمارهشون|شمارشون|اسمم|اسممو|اسم منو|منو|من رو|من را|مرا|ما رو|مارو) [(رو|را)] از (لیست|لیستتون|خبرنامه|خبرنامتون|خبرنامهتون|خبرنامه پیامکی|سیستم|سیستمتون|سامانه|سامانتون|سامانه پیامکی|فهرست|دیتابیس|لیست ارسال) {_OO_RM}",
        "(اسممو|اسمم رو|اسم منو|شمارمو|شمارم رو|شماره منو|شمارهمو) (خط بزنید|خط بزنین|حذف کنید|حذف کنین|پاک کنید|پاک کنین)",
        "(حذفم|خارجم) (کنید|کنین|کن)",
        "(اشتراکم|اشتراکمو|اشتراک منو|اشتراک من|اشتراک پیامکی|اشتراک پیامکیم|اشتراک پیامکی من|عضویتم|عضویتمو|عضویت منو|عضویت من|عضویت پیامکی) [(رو|را)] (لغو|قطع) (کنید|کنین|کن)",
        "(آنسابم|آنسابسکرایبم|آنسابسکرایب|آنساب) (کنید|کنین|کن)",
        # I don't want them / to be a member any more (نمی‌خوام دیگه خبرنامه‌تون رو بگیرم).
        f"{_OO_WANT_NOT} [(دیگه|دیگر|دوباره)] [(این|اون)] {_OO_MSGS} (رو|را) (بگیرم|دریافت کنم|داشته باشم|بگیریم|دریافت کنیم)",
        f"{_OO_WANT_NOT} [(دیگه|دیگر)] (عضو|مشترک) (خبرنامه|خبرنامتون|خبرنامهتون|سامانه|لیست|لیستتون|سامانتون) (باشم|بمونم|باشیم)",
        # The refusals of the opt-in wishes (نمی‌خوام عضو خبرنامه پیامکی بشم، اجازه نمیدم پیامک
        # بفرستید، پیامکا رو دوباره نفرستید).
        f"{_OO_WANT_NOT} [(دیگه|دیگر)] (عضو|مشترک) {_IN_LIST} [(تخفیف|شما|تون)] (بشم|شوم|شم)",
        f"{_OO_WANT_NOT} (تو|توی|در) {_IN_LIST} [(شما|تون)] (عضو|مشترک) (بشم|شوم|شم|باشم)",
        f"(اجازه|رضایت) (نمیدم|نمیدهم|نمی دهم|نمی دم) [(که|تا)] [(برام|به من|بهم|واسم)] {_IN_TXT} [(تبلیغاتی|تخفیف|اطلاعرسانی)] [(برام|به من|بهم|واسم)] (بفرستید|بفرستین|ارسال کنید|{_IN_SEND})",
        "(پیامکها|پیامکا|پیاما|پیامها|تبلیغات|اس ام اسها|پیامکهای تبلیغاتی|پیامکای تبلیغاتی) (رو|را) [(دوباره|دیگه|دیگر)] [(برام|به من|بهم|واسم)] (نفرستید|نفرستین|نفرست)",
        f"(پیامک|پیامکها|پیامها|پیاما|پیامکا|پیامکاتون|پیاماتون|تبلیغات|تبلیغاتتون|خبرنامه|خبرنامتون|پیامکهای تبلیغاتی) [(دیگه|دیگر)] {_OO_WANT_NOT}",
        # No need to send them any more (لازم نیست تخفیف‌ها رو بفرستید): an opt-out, over the
        # opt-in reading of "send the offers".
        "(لازم نیست|نیازی نیست|احتیاجی نیست) [(دیگه|دیگر)] (پیامک|پیامکها|پیامها|پیاما|پیامکا|تبلیغات|تخفیفها|تخفیفا|تخفیفات|آفرها|یادآوریها) [(رو|را)] [(برام|به من|بهم|واسم)] (بفرستید|بفرستین|بفرستی|ارسال کنید)",
        # The same in Finglish (dige nafrestid, payamak nafrestid, sms ha ro ghat konid, ersal
        # payam ro motevaghef konid, ozviyatam ro laghv konid, payamak nemikham).
        "(payamak|payamaka|payamakha|payama|payamha|payam|sms|smsa|tablighat|tablighata) [tablighati] [(be man|behem|baram)] (nafrestid|nafrestin|nafres|nafrest)",
        "(dige|digeh|dg) [(be man|behem|baram)] [(payam|payamak|sms)] (nafrestid|nafrestin|nafres|nafrest)",
        "(dige|digeh) [(be man|behem)] (payam|payamak|sms) nadin",
        "(payamak|payama|payamaka|payamakha|payamha|sms ha|smsa|sms|tablighat|sms haye tablighati|payamak haye tablighati|payam haye tablighati) (ro|ra) [(baram|barame|baraye man|vasam)] (ghat|qat|laghv|motevaghef) (konid|konin|kon)",
        "ersal [e] (payam|payamak|sms|payamha|payama) (ro|ra) (motevaghef|ghat|qat|laghv) (konid|konin|kon)",
        "(ozviyatam|ozviatam|ozviyatamo|ozviatamo|ozviyato|ozviato|eshterakam|eshterakamo|eshterakemo) [(ro|ra)] (laghv|lagv|laghw|laqv|ghat|qat) (konid|konin|kon)",
        "(laghv|lagv|laghw|laqv) (konid|konin|kon) (ozviyato|ozviato|ozviyatam|ozviatam|ozviyatamo|ozviatamo|eshterakamo|eshterakam)",
        "(payamak|payamaka|payama|payamha|sms|tablighat|khabarname) [dige] (nemikham|nemikhaam|nemikhayam|nemikhaim|nemikhahim)",
        "(unsubam|ansabam|unsubscribem) (konid|konin|kon)",
        # Signed up by mistake or unasked (اشتباهی عضو شدم، bedoone ejaze ozvam karde).
        "(اشتباهی|اشتباها|بدون اجازه|بدون اجازم|بدون اجازه من) (عضو|مشترک) (شدم|کردید|کردن|کرده)",
        "(اشتباهی|اشتباها|بدون اجازه|بدون اجازم) عضو (پیامکهاتون|پیامکاتون|پیاماتون|خبرنامتون|خبرنامهتون|سامانتون|لیستتون) (شدم|کردید|کردن)",
        # "Me too" after someone else cancelled (منم لغو کنید).
        "(منم|من رو هم|منو هم|شماره منم|شماره منو هم) (لغو|حذف|قطع) (کنید|کنین)",
        # Consent refused; "I want the texts cut off".
        "(با|برای) دریافت (پیامک|پیامکها|پیامکهای|پیام|پیامهای|اس ام اس) [(تبلیغاتی|اطلاعرسانی|بانک)] (موافق نیستم|موافقت نمیکنم|رضایت ندارم|رضایت نمیدهم)",
        "(میخوام|میخواهم|میخام) (پیامکا|پیامکها|پیاما|پیامها|تبلیغات|خبرنامه|پیامکهای تبلیغاتی|پیامکای تبلیغاتی) (قطع|لغو|متوقف) (بشه|بشن|شود|شوند)",
        "(shomaram|shomaramo|shomare mano|esmam|esmamo) (ro|ra) (hazf|pak) (konid|konin|kon)",
        # "Cut the newsletter off too" (خبرنامه رو هم قطع کنید).
        "(پیامکها|پیامکا|پیاما|پیامها|تبلیغات|خبرنامه|بقیه|بقیهش|بقیشون|یادآوریها|یادآوریا) (رو|را) هم (قطع|لغو|متوقف) (کنید|کنین)",
        # Don't bother me; don't text me any more (مزاحم نشید، داداش دیگه اس نده).
        "(مزاحم|مزاحمم) (نشید|نشین|نشو|نشوید)",
        "(mozahem|mazahem|mozahemam) (nashid|nashin|nasho|nashavid)",
        "(دیگه|دیگر) [(به من|بهم)] (اس|اس ام اس|پیام|پیامک) (نده|ندید|نزن)",
        "(dige|digeh|dg) [(be man|behem)] (payam|payamak|sms|es) (nade|nadin|nadid|nazan|nazanid|nazanin)",
        # Still coming (هنوز پیام میاد، chera hanooz payam miad?).
        "(هنوز|بازم) (پیام|پیامک|پیامکا|پیاما|اس ام اس) (میاد|میفرستید|میفرستین)",
        "(hanooz|hanuz|bazam) (payam|payamak|payama|payamaka|sms) (miad|miyad|mifrestid|mifrestin)",
        # How do I cancel these ads; I want to cancel my membership.
        "(chejori|chetori|chetor|chejoori) (laghv|lagv|ghat|qat) (konam|konim) (in|een) (tablighato|tablighat|payamaro|payamakaro|payama|payamaka)",
        "(چجوری|چطوری|چطور) (لغو|قطع) (کنم|کنیم) این (تبلیغاتو|تبلیغات|پیامارو|پیامکارو|پیامکا|پیاما)",
        "(mikham|mikhaam|mikhaim) (ozviatamo|ozviyatamo|ozviatam|ozviyatam|eshterakamo|eshterakam) [(ro|ra)] (laghv|lagv|ghat) (konam|konid|konin)",
        "(میخوام|میخواهم|میخام) (عضویتمو|عضویتم|اشتراکمو|اشتراکم) [(رو|را)] (لغو|قطع) (کنم|کنید|کنین)",
        # Consent withdrawn (رضایتم رو پس میگیرم).
        "(رضایتم|رضایت خودم|موافقتم|اجازهام|اجازمو) (رو|را) پس (میگیرم|میگیریم)",
        # "Text me again and I'll report it" (age bazam payam bedin gozaresh midam).
        "(age|agar) (bazam|baz|dobare) (payam|payamak|sms) (bedin|bedid|befrestid|befrestin|bedi) (gozaresh|shekayat)",
        "(اگه|اگر) (بازم|باز|دوباره) (پیام|پیامک|اس ام اس) (بدین|بدید|بفرستید|بفرستین) (گزارش|شکایت)",
    ),
    opt_in_phrases=(
        # Sign me up (again), add me back (منو عضو کنید، دوباره عضوم کنید، ozvam konid).
        f"(منو|من رو|شمارمو) [{_AGAIN}] (عضو|مشترک|ثبتنام) {_DO}",
        f"[{_AGAIN}] (عضوم|مشترکم|اضافم|اضافهام) {_DO}",
        f"(mano|man ro) [dobare] (ozv|moshtarak) {_R_DO}",
        f"[dobare] (ozvam|ezafam) {_R_DO}",
        "(منو|شمارمو) (تو|به) (لیست|خبرنامه) [(پیامکی|اطلاعرسانی)] (اضافه|ثبت) (کنید|کنین)",
        "(tu|be) (list|khabarname) [payamaki] (ezafam|sabtam) (konid|konin)",
        # The texts asked back, turned back on (پیامکا رو دوباره بفرستید، برگردونید پیاما رو).
        f"{_TEXTS} (رو|را) {_AGAIN} (بفرستید|بفرستین|فعال کنید|فعال کنین)",
        f"{_TEXTS} [نوبت] [(فیزیوتراپی|دکتر|دندونپزشکی|دندانپزشکی|آزمایشگاه|بانک|حساب|سفارش)] (رو|را) (برام|برای این شماره) فعال {_DO}",
        f"{_TEXTS} [نوبت] (رو|را) (اینجا|به این شماره) (بفرستید|بفرستین)",
        f"{_TEXTS} (رو|را) (برگردونید|برگردونین|برگردانید)",
        f"(برگردونید|برگردونین) {_TEXTS} (رو|را)",
        f"{_R_TEXTS} (ro|ra) dobare (befrestid|befrestin|faal konid)",
        f"{_R_TEXTS} (ro|ra) (bargardoonid|bargardunid)",
        "از این به بعد (به|رو) (این|همین) (خط|شماره) (بفرستید|بفرستین)",
        "(مایلم|میخوام|میخواهم) (عضو|مشترک) (بشم|شوم)",
        "(mikham|mayelam) ozv besham",
        # Cancelled by mistake (اشتباهی لغو کردم، eshtebahi stop zadam): the texts wanted back.
        "(اشتباهی|اشتباها|به اشتباه) (لغو|لغو عضویت|کنسل|استاپ) (کردم|زدم|شد|فرستادم)",
        "(eshtebahi|eshtebahan) (laghv|stop|cancel|unsubscribe|11) (kardam|zadam|shod|ferestadam|karde)",
        "(man|pesaram|dokhtaram|hamsaram|khanumam) (stop|cancel|unsubscribe|laghv) (zadam|kardam|ferestadam|zad|kard|karde) (eshtebahi|eshtebahan)",
        # Me too (منم اضافه کنید، برای منم بفرستید).
        "(منم|من رو هم|منو هم|شماره منم|شماره منو هم) (اضافه|عضو|ثبت) (کنید|کنین)",
        "(برای منم|به منم|واسه منم|واسم هم|برای من هم) (بفرستید|بفرستین)",
        "(manam|mano ham|man ro ham) (ezafe|ozv|sabt) (konid|konin)",
        "(baraye manam|be manam|vase manam|vasam ham) (befrestid|befrestin)",
        "دلم برای (تخفیفاتون|تخفیفا|پیامکاتون|پیاماتون|پیامکها|پیامکهاتون) تنگ (شده|شد)",
        # How do I turn the texts on (روش فعال‌سازی اطلاع‌رسانی پیامکی).
        "(روش|راه|نحوه) (فعالسازی|فعال سازی|فعال کردن|ثبتنام|عضویت) [(در|تو)] (اطلاعرسانی پیامکی|پیامک|پیامکها|اس ام اس|خبرنامه پیامکی|سامانه پیامکی)",
        "(چطوری|چجوری|چطور|کجا) (ثبتنام|ثبت نام|عضو) (کنم|بشم|شم) (که|تا) (پیامک|پیامکها|پیامکهای|اس ام اس|sms|پیام)",
        "(chejoori|chejori|chetori|chetor|koja) (sabtenam|sabt nam|sabte nam|ozv) (konam|besham|sham) (ke|ta) (sms|payamak|payam)",
        "(منو|من رو|شمارمو|شمارهمو) برای (هشدارهای|پیامکهای|اطلاعرسانی|یادآوری|یادآوریهای|خبرنامه|اطلاعیههای) [(پیامکی|بانکی|نوبت)] [حساب] [بانکی] (ثبتنام|عضو|ثبت|فعال) (کنید|کنین)",
        "(یادآوری|یادآوریها|یادآوری نوبت|یادآوری نوبتها|تایید سفارشها|اطلاعیهها) (رو|را) (پیامک|اس ام اس|sms) (کنید|کنین)",
        # A new number or line (این شماره رو ثبت کنید، این خط رو جایگزین خط قبلی کنید).
        "(این|همین) (شماره|خط) [(جدید|جدیدم)] (رو|را) (ثبت|اضافه|جایگزین|فعال) (کنید|کنین)",
        "(این|همین) (شماره|خط) (رو|را) جایگزین (خط|شماره) (قبلی|قدیمی|قبلیم|قدیمیم)",
        "(پیامای|پیامکای|پیامکهای|پیامهای|یادآوریها|یادآوریا|یادآوری) [نوبت] (رو|را) (اینجا|به این شماره|به این خط) (بفرستید|بفرستین)",
        "از (این به بعد|این پس) [لطفا] (روی|به|رو) (این|همین) (خط|شماره) (بفرستید|بفرستین)",
        # By text from now on (یادآوری نوبت رو به این شماره پیامک کنید، به این شماره پیامک شود).
        "(یادآوری|یادآوریها|یادآوریا|تایید|تایید سفارشها|تاییدیه|اطلاعیه|اطلاعیهها|نوبت|سفارشها|یادآوری نوبت|یادآوری نوبتها) (رو|را) [(از این به بعد|از این پس)] (به این شماره|به همین شماره|برام|برای من|به من) (پیامک|اس ام اس|sms) (کنید|کنین|بزنید)",
        "(به این شماره|به همین شماره|برای این شماره) (پیامک|ارسال|اس ام اس) (شود|بشه|گردد|شوند|بشن)",
        "(reminder ha|reminderha|yadavari ha|yadavariha|payamha|payama) (ro|ra) (be|baraye) (in|hamin) shomare (sms|payamak) (konid|konin)",
        # Consent in form (با دریافت پیامک‌ها موافقت می‌کنم).
        "(با|برای|جهت) دریافت (پیامک|پیامکها|پیامکهای|پیام|پیامهای|اس ام اس) [(تبلیغاتی|اطلاعرسانی|تبلیغاتی و اطلاعرسانی|بانک|بانکی)] (موافقت میکنم|موافقم|موافق هستم|موافقت مینمایم|رضایت میدهم|رضایت دارم)",
        "موافقم که (پیامک|پیامکها|پیامکهای|پیام|پیامهای|اس ام اس)",
        "(movafegham|movafegh hastam) (ba|baraye) (daryafte|daryaft|daryafe) (payamak|payam|sms|payamakha)",
        # Put me on the list; send the discount codes (منو بذارید تو لیست، کدهای تخفیف رو بفرستید).
        "(منو|من رو|شمارمو|شمارهمو) (بذارید|بزارید|بذارین|بزارین) (تو|توی|در|به) (لیست|خبرنامه)",
        "(منو|من رو|شمارمو|شمارهمو) (تو|توی|به|در) (لیست|خبرنامه) (اطلاعرسانی|قرعهکشی|تخفیف|تخفیفات|حراج|پیامکی) [(قرعهکشی|تخفیف|تخفیفات|حراج)] (ثبت|اضافه) (کنید|کنین)",
        "(کدهای تخفیف|کدای تخفیف|تخفیفا|تخفیفها|کوپنها|کوپنا|آفرها|آفرا) (رو|را) [(برام|برای من)] (بفرستید|بفرستین)",
        "(hame) (off ha|offha|offa|takhfifa|takhfif ha|coupon ha|copona) (ro|ra) (befrestin|befrestid)",
        # How do I sign up for the texts, turn them on (چجوری مشترک خبرنامه پیامکی بشم، چطور
        # می‌تونم برای دریافت پیامک‌ها ثبت‌نام کنم، چطور اطلاع‌رسانی پیامکی رو فعال کنم).
        f"{_IN_HOW} {_IN_CAN} (عضو|مشترک) {_IN_LIST} [(تخفیف|تبلیغاتی|پیامکی|شما|تون)] (بشم|شوم|شم)",
        f"{_IN_HOW} {_IN_CAN} (تو|توی|در) {_IN_LIST} [(شما|تون)] (عضو|مشترک|ثبتنام|ثبت نام) (بشم|شوم|شم|کنم)",
        f"(برای|جهت) (دریافت|گرفتن) {_IN_TXT} [(تخفیف|تبلیغاتی|اطلاعرسانی|پیامکی|شما)] (ثبتنام|ثبت نام|عضو|مشترک) (کنم|بشم|شوم|شم)",
        f"(برای|جهت) (عضویت|ثبتنام|ثبت نام|اشتراک) (در|تو|توی) {_IN_LIST} [(شما|تون)] (چیکار|چه کار|چکار|چه کاری) (کنم|باید بکنم|باید کرد)",
        f"{_IN_HOW} {_IN_CAN} {_IN_TXT} [(تخفیف|تبلیغاتی|بانکی)] (رو|را) فعال (کنم|کرد)",
        f"{_R_IN_HOW} [(mitoonam|mitunam|mishe)] (ozve|ozv|moshtarake|moshtarak) {_R_IN_LIST} [(payamaki|takhfif|ha)] (besham|sham)",
        f"{_R_IN_HOW} [(mitoonam|mitunam|mishe)] (tu|too|dar) {_R_IN_LIST} [(payamaki|payamak|sms)] (sabtenam|sabt nam|ozv|moshtarak) (konam|besham|sham)",
        # I'd like to join the SMS list; sign me up; put me on it too (مایلم در سامانه پیامکی
        # شما عضو شوم، منو عضو خبرنامه کنید، منم بذارید تو لیست پیامکا).
        f"(مایلم|میخوام|میخواهم|دوست دارم) (تو|توی|در) {_IN_LIST} [(شما|تون)] (عضو|مشترک) (بشم|شوم|شم|باشم)",
        f"(مایلم|میخوام|میخواهم|دوست دارم) (عضو|مشترک) {_IN_LIST} [(تخفیف|شما|تون)] (بشم|شوم|شم|باشم)",
        f"(منو|من رو|منم|منو هم|من رو هم|شمارمو|شمارهمو) [{_AGAIN}] (عضو|مشترک) {_IN_LIST} [(تخفیف|شما|تون)] {_DO}",
        "(منم|منو هم|من رو هم) (بذارید|بزارید|بذارین|بزارین) (تو|توی|در|به) (لیست|خبرنامه)",
        f"(mano|man ro|manam|mano ham|shomaramo) [dobare] (ozve|ozv|moshtarake) {_R_IN_LIST} [(payamaki|takhfif)] {_R_DO}",
        f"(mikham|mayelam|dost daram) (ozve|ozv|moshtarake) {_R_IN_LIST} [(payamaki|takhfif)] (besham|sham|basham)",
        # Consent in words (مشکلی با دریافت پیامک ندارم، اجازه میدم پیامک بفرستید، رضایت دارم که
        # پیامک‌ها برام ارسال بشه): the negated verbs (نمیدم، ندارم after رضایت) are other words.
        f"(مشکلی|مشکل|ایرادی|اشکالی|مخالفتی) (با|برای) (دریافت|گرفتن|ارسال) {_IN_TXT} [(تبلیغاتی|اطلاعرسانی|شما)] (ندارم|نیست|نداره|ندارد)",
        f"(اشکالی|اشکال|مشکلی|ایرادی) (نداره|نیست|ندارد) [که] [(برام|به من|بهم|واسم)] {_IN_TXT} [(تبلیغاتی|تخفیف)] [(برام|به من|بهم|واسم)] (بفرستید|بفرستین|ارسال کنید|بدید|بدین)",
        f"(اجازه|رضایت) (میدم|میدهم|می دهم|می دم) [(که|تا)] [(برام|به من|بهم|واسم)] {_IN_TXT} [(تبلیغاتی|تخفیف|اطلاعرسانی)] [(برام|به من|بهم|واسم)] (بفرستید|بفرستین|ارسال کنید|{_IN_SEND})",
        f"(رضایت دارم|رضایت میدم|رضایت میدهم|موافقم|موافق هستم|راضیم|راضی هستم) [(که|تا)] {_IN_TXT} [(تبلیغاتی|تخفیف|اطلاعرسانی)] [(برام|برای من|به من|واسم)] {_IN_SEND}",
        # Send the texts again; I want them again (می‌خوام دوباره پیامک‌ها رو دریافت کنم).
        f"(میخوام|میخواهم|مایلم) {_AGAIN} {_IN_TXT} [(تخفیف|تبلیغاتی)] (رو|را) (دریافت کنم|بگیرم|داشته باشم)",
        f"{_AGAIN} {_TEXTS} (رو|را) [(برام|برای من|واسم)] (بفرستید|بفرستین|فعال کنید|فعال کنین|وصل کنید|وصل کنین)",
        f"{_TEXTS} [(تخفیف|تبلیغاتی|بانک)] (رو|را) {_AGAIN} (وصل|برقرار) (کنید|کنین)",
        # A family member's number (شماره پدرم رو هم برای یادآوری نوبت اضافه کنید).
        "(برای|به) (اطلاعرسانی|پیامکهای|پیامکای|یادآوری|یادآوری نوبت|یادآوریهای) [(داروخانه|مدرسه|بانک|درمانگاه|باشگاه|نوبت|بچه|دکتر)] (ثبت|اضافه) (کنید|کنین)",
        "shomare (dokhtaram|pesaram|madaram|pedaram|hamsaram|khanumam|shoharam|khaharam|baradaram|madarbozorgam) (ro|ra) [ham] (be|baraye) (payamak haye|payamakhaye|payamak ha|payamaka|list|liste|sms haye) [(madrese|daroukhane|darukhane|bank|bashgah|madreseh)] (ezafe|sabt) (konid|konin)",
    ),
    help_phrases=(
        # How often will you text me? Why am I getting these messages? (questions, not complaints)
        "هر چند (وقت|روز) (یه بار|یک بار|یکبار) (پیام|پیامک|اس ام اس) (می‌فرستید|میفرستید|می‌دید|میدید|میاد)",
        "(هفته‌ای|هفته ای|ماهی) چند (تا|بار) (پیام|پیامک) (می‌فرستید|میفرستید|میاد)",
        "چرا این (پیام‌ها|پیامک‌ها|پیاما|پیامکا|پیام|پیامک) (برای من|برام|به من) (میاد|می‌آد|میاید|ارسال میشه)",
        "(har chand (vaght|vaqt|rooz) (ye bar|yek bar) (payam|payamak|sms) (miad|midin|mifrestid)|chera in (payama|payamka|payamak ha|payam ha) (baram|baraye man) miad)",
        "چرا (به من|بهم|برام) (پیام|پیامک) (میدید|میدین|میفرستید|میفرستین)",
        "chera (be man|behem|baram) (payam|payamak) (midid|midin|mifrestid)",
        # Who are you, whose number is this, which company, is this a scam?
        "(شما|تو) کی (هستید|هستین|هستی|اید)",
        "(اینا|اینها) (کین|کیان|کی هستن)",
        "(بفرمایید|بفرمائید) شما",
        "(shoma|to) ki (hastid|hastin|hasti)",
        "(befarmaeed|befarmaid|befarmayid) shoma",
        "(این|همین) (شماره|خط) مال (کیه|کیست)",
        "این شماره (کیه|کیست)",
        "in shomare [male] (kie|kiye)",
        "(کدوم|کدام|چه) (شرکتی|شرکت|فروشگاهی|فروشگاه|مجموعهای|بانک) (هستید|هستین|هستی|ای)",
        "(kodoom|kodum|che) (sherkat|sherkati|forooshgah|forooshgahi) (hastid|hastin|hasti)",
        "(این|اینا|این پیامک) (کلاهبرداریه|کلاهبرداری است|فیشینگه)",
        # Does replying cost anything, is the service free?
        "(جواب دادن|پاسخ دادن|جواب) [(به این|به)] [(پیام|پیامک)] (هزینه|پول) (داره|دارد)",
        "(javab dadan|javab) [(be in|be)] [(sms|payamak|payam)] (pool|hazine) dare",
        "(این سرویس|این پیامکها|این پیامکا|این پیاما) (رایگانه|رایگان است|مجانیه|پولیه)",
        # How do I reach you: the support number asked for.
        "شماره (تماس|پشتیبانی|support|دفتر|دفترتون) [(دفترتون|شما|شرکت|پشتیبانی)] (چنده|چیه|رو بدید|رو بدین|رو میشه بدید|رو میدید)",
        "shomare (tamas|poshtibani|support) [e] [(daftaretoon|sherkat)] (chande|chie|ro bedid)",
        "(چطوری|چطور|چجوری) (با شما|باهاتون|با پشتیبانی) (تماس|ارتباط) (بگیرم|برقرار کنم)",
    ),
    not_opt_out_phrases=(
        # Negated removal is a wish to keep the texts ("don't remove me", "I'm not
        # unsubscribing"); never a negated send/write, which stays an opt-out.
        "(منو|من را|مرا|شمارمو|شمارهمو|شمارهام را|شماره منو|شماره من را|شماره‌ام را|شماره‌ام رو|شمارم رو) [(از لیست|از لیستتون|از لیست‌تون|از لیستتان|از فهرست)] (حذف|پاک) (نکنید|نکن|نکنین|نکنيد)",
        "(لغو عضویت|لغو اشتراک|لغو) (نکنید|نکن|نکنین|نمی‌کنم|نمیکنم|نمی کنم)",
        "(لازم نیست|نیازی نیست) (منو|من را|شمارمو|شماره منو) [(از لیست|از فهرست)] (حذف|پاک) (کنید|کنین|کنی)",
        "(نمی‌خوام|نمیخوام|نمی خوام|نمی‌خواهم|نمیخواهم) (لغو عضویت کنم|لغو اشتراک کنم|از لیست حذف بشم|از لیست خارج بشم|حذف بشم)",
        "(پیامک‌ها|پیامکها|پیام‌ها|پیامها|یادآوری‌ها|یادآوریها) (رو|را) (قطع|متوقف) (نکنید|نکنین|نکن)",
        # Refusing to be unsubscribed or asking the texts to go on ("don't unsubscribe me"):
        # a model opt-out reading of such a message is not decided.
        "(لغوم|حذفم|لغو|حذف|قطع) نکنید",
        # "stop" sent by mistake (read as an opt-in, not a stray STOP).
        "(eshtebahi|eshtebahan) (stop|cancel|unsubscribe)",
        "(stop|cancel|unsubscribe) (zadam|kardam|ferestadam|zad|kard|karde) (eshtebahi|eshtebahan)",
        # A relative unsubscribed, not the writer (مادرم خودش لغو عضویت کرد، dadasham unsubscribe karde).
        "(مادرم|پدرم|شوهرم|خانمم|همسرم|برادرم|داداشم|خواهرم|پسرم|دخترم) [خودش] (لغو عضویت|لغو|unsubscribe) (کرد|کرده)",
        "(madaram|pedaram|shoharam|khanumam|hamsaram|baradaram|dadasham|khaharam|pesaram|dokhtaram) [khodesh] (unsubscribe|laghv|cancel) (karde|kard)",
        # A utility or club subscription (eshterak-e ab, اشتراک باشگاه).
        "(eshterak|eshterake|اشتراک) [e] (ab|bargh|gas|gaz|internet|آب|برق|گاز|اینترنت|باشگاه|مجله|روزنامه)",
        # Paper bills; the email newsletter, the texts kept.
        "(قبض|قبضها|قبضای|صورتحساب|صورتحسابها|کاتالوگ) (کاغذی|پستی) [(رو|را)] [(دیگه|دیگر)] [(با پست)] (نفرستید|نفرستین|نفرست)",
        "از (خبرنامه ایمیلی|ایمیل|ایمیلها|خبرنامه ایمیل|لیست ایمیل) (حذفم|خارجم) (کنید|کنین)",
        # The waiting list is a booking, not the texts.
        "(منو|من رو|منم|منو هم|من رو هم|شمارمو|شمارهمو) (بذارید|بزارید|بذارین|بزارین) (تو|توی|در|به) (لیست|فهرست) انتظار",
        # Quitting a habit; no new appointment wanted.
        "(سیگار|سیگارو|قلیون|قلیان) [(رو|را)] ترک (کردم|کرده|کرد)",
        "(nobat|نوبت) [(e|ی)] (jadid|جدید) (nemikham|نمیخوام)",
        # "How often do the reminders come?" is a question, not a request.
        "هر چند (وقت|روز) (یه بار|یک بار|یکبار) (یادآوری|یادآوری نوبت|خبرنامه)",
    ),
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
    courtesy_words=("لطفا", "لطفن", "ممنون", "مرسی", "lotfan", "mamnoon", "merci", "اه"),
    strong_keywords=("لغو",),
    standalone_keywords=(),
    # Answers to the clarifying question (app/messaging/clarify.py).
    clarify_marketing=("mkt", "تبلیغات"),
    clarify_all=("all", "همه"),
)
