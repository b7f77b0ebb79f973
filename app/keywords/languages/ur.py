"""Urdu. Pakistan's PTA runs the Do Not Call Register (text REG to 3627) and requires
telemarketers to honour it; Urdu senders print بند and "STOP". Roman Urdu (band karo, mat
bhejo) is the model's to read where the phrases stop.
"""

from app.keywords.languages.rules import LanguageRules

# The texts, and the verb endings of "how do I stop": never the past "kaise band ho gaye".
# Only the commonest spellings: every pattern is expanded at load.
_MSGS = "(میسج|میسجز|میسیج|پیغام|پیغامات|ایس ایم ایس)"
_END = "(کروں|کریں|کر سکتا|کر سکتے|ہوں گے|ہونگے|ہوگا|ہو گا)"
_R_MSGS = "(sms|message|messages|msg)"
_R_END = "(karun|karu|karein|karen|kar sakta|kar sakte|honge|hongay|hoga)"
# Opt-in, as in the Hindi module (whose romanised phrases Roman Urdu shares): the texts named,
# then "again / back", "turn on / start" and a request ending; "add me / subscribe me back";
# the offers asked back; "send them regularly" (بھیجا کریں) and "keep sending" after a yes.
# Never the past nor an infinitive; a negation before the verb (مت، نہ، نہیں) breaks the phrase.
# "سبسکرائب" only after "me", "again" or a yes: "ان سبسکرائب کر دیں" is written in two words.
_AGAIN = "(دوبارہ|پھر سے|واپس)"
_ON = "(شروع|چالو|آن|بحال)"
_DO = "(کر دیں|کردیں|کر دو|کریں|کرو)"
_TEXTS = "(میسج|میسجز|پیغامات|آفرز|الرٹس|اپڈیٹس)"
_OFFERS = "(آفرز|آفر|ڈیلز|الرٹس|اپڈیٹس|اطلاعات)"
_KEEP = "(بھیجا کریں|بھیجا کرو|بھیجتے رہیں|بھیجتے رہیے)"
_HABIT = "(بھیجا کریں|بھیجا کرو)"
# The texts a sign-up names (آفرز کے میسج، میسج الرٹس) and the ways to ask how, in Urdu letters
# and Roman Urdu; consent in words (کوئی اعتراض نہیں: its negation is the consent, "اعتراض ہے"
# is no match; "راضی نہیں" breaks the phrase).
_IN_TXT = ("(میسج|میسجز|ایس ایم ایس|پیغامات|الرٹس|الرٹ|آفرز|ریمائنڈر|اپڈیٹس|اطلاعات|میسج الرٹس|"
           "ایس ایم ایس الرٹس|آفرز کے میسج|آفرز کے میسجز|سیل کے میسج)")
_IN_FOR = "(کے لیے|کے لئے|کیلئے|کیلیے)"
_IN_HOW = "(کیسے|کس طرح|کہاں)"
_IN_GET = "(وصول کرنے|حاصل کرنے|موصول کرنے|لینے)"
_R_IN_TXT = "(msg|msgs|sms|messages|alerts|offers|updates|reminders|sms alerts|msg alerts)"
_R_IN_GET = "(receive karne|receive krne|lene|hasil karne|wusool karne|wasool karne)"
_R_IN_NOT = "(nahi|nahin|nai|nhi)"
_R_IN_OBJ = "(aitraz|aiteraz|etraz|aetraz|eteraz|objection)"

# Opt-out: plain requests that name the texts, "me" or "my number" (Roman Urdu shares the
# Hindi module's romanised phrases). A negation before the verb (مت، نہ) is the request
# itself; one before "بند" (بند نہ کریں: don't stop) breaks the phrase.
_OUT = ("(میسج|میسجز|میسیج|میسیجز|پیغام|پیغامات|ایس ایم ایس|آفرز|اشتہار|اشتہارات|پروموشن|"
        "نوٹیفکیشن|نوٹیفیکیشن|الرٹس|sms|msg)")
_NOT = ("(بھیجیں|بھیجو|بھیجنا|بھیجیے|بھیجئے|بھیجا کریں|بھیجا کرو|کریں|کرو|کرنا|کیجیے|کیجئے)")
_STOP = "(کریں|کرو|کر دیں|کر دو|کردیں|کردو|کیجیے|کیجئے|کر دیجیے|کر دیجئے|کروا دیں)"
_RM = ("(ہٹائیں|ہٹا دیں|ہٹاؤ|ہٹا دو|ہٹا دیجیے|نکالیں|نکال دیں|نکالو|نکال دو|ڈیلیٹ کریں|"
       "ڈیلیٹ کر دیں|ڈیلیٹ کرو|حذف کریں|حذف کر دیں)")
# Roman Urdu: its polite endings (kar dein, bhejein) and words (aainda, rabta, paigham,
# mazeed); the endings it shares with Hinglish are the Hindi module's.
_R_OUT = ("(msg|msgs|message|messages|sms|offers|promotions|ads|notifications|alerts|reminders|"
          "paigham|paighamat)")
_R_ME = "(mujhe|muje|mujhko|hume|humein)"
_R_WHEN = "(ab|aainda|ainda|aindah|dobara|mazeed|kabhi)"
_R_NOT = "(bhejein|bhejain|bhejen|bhejien|karein|karen|krein|kijiye ga|bheja karein|bheja karen)"
_R_DO = "(karein|kar dein|kar den|kardein|krein|kr dein)"
_R_RM = ("(hata dein|hata den|hataen|hatayen|hataein|hatayein|nikal dein|nikal den|nikaal dein|"
         "delete kar dein|delete karein|remove kar dein|remove karein)")

RULES: LanguageRules = LanguageRules(
    code="ur",
    name="Urdu",
    opt_out_keywords=("بند", "بند کریں", "روکیں", "ان سبسکرائب", "سٹاپ", "اسٹاپ", "منسوخ", "منسوخ کریں",
        "بند کرو", "بند کر دو", "بند کر دیں", "رکنیت ختم", "ختم",
        # "Enough, stop it" said alone (بس کرو یار، یار بس کریں اب).
        "(بس کرو|بس کریں|بس کر دو|بس کر دیں|بس کیجیے) (یار|اب|بھائی) [(یار|اب)]",
        "(یار|اب|بھائی) (بس کرو|بس کریں|بس کر دو|بس کر دیں|بس کیجیے) [(یار|اب)]"),
    opt_out_all_keywords=("سب بند",),
    opt_in_keywords=("شروع", "سبسکرائب", "سٹارٹ", "اسٹارٹ", "دوبارہ شروع", "دوبارہ شروع کریں",
        "شروع کریں", "سبسکرائب کریں", "start karein", "(dobara|wapis) (shuru|start) (karein|kar dein)"),
    help_keywords=("مدد", "معلومات", "تفصیل", "kon", "aap kon", "ہیلپ", "انفو"),
    # Plain requests in their common forms; the rest is the model's (app/keywords/data/corpus/ur.txt).
    opt_out_phrases=(
        # "I want to unsubscribe", "end my subscription to these messages".
        "(ان سبسکرائب|انسبسکرائب) (کرنا|ہونا) (چاہتا|چاہتی|چاہتے)",
        f"{_MSGS} (کی|کا) (سبسکرپشن|رکنیت) (ختم|منسوخ|بند)",
        # "How do I stop these messages?" (یہ میسج کیسے بند ہوں گے؟, ye msg kaisay band hongay?): asking how asks us to stop.
        f"{_MSGS} [کو] (کیسے بند|بند کیسے|کس طرح بند) {_END}",
        f"{_MSGS} (آنا|آنے) (کیسے بند|بند کیسے) (ہوں گے|ہونگے|ہوگا|ہو گا|کروں|کریں)",
        f"کیسے بند {_END} (یہ|ان) {_MSGS}",
        f"{_MSGS} [کو] (کیسے|کس طرح) (روکوں|روکیں|روک سکتا|روک سکتے)",
        "(ان سبسکرائب|انسبسکرائب) کیسے (کروں|کریں|ہوگا|ہو گا)",
        f"{_R_MSGS} [ko] (kaise|kaisay|kese) (band|stop) {_R_END}",
        f"{_R_MSGS} [ko] (band|stop) (kaise|kaisay) {_R_END}",
        f"{_R_MSGS} aana ((kaise|kaisay) band|band (kaise|kaisay)) (hoga|honge|hongay|karun)",
        f"(kaise|kaisay) band {_R_END} (ye|yeh|in) {_R_MSGS}",
        f"{_R_MSGS} [ko] (kaise|kaisay) (rokun|roku|rokein|rok sakta|rok sakte)",
        # Don't send (me) these any more; stop them; I don't want them (آئندہ سیل کے میسج مت
        # بھیجیے گا، ایس ایم ایس نہ بھیجیں، اشتہار بند کر دیں، مجھے یہ میسج نہیں چاہیے).
        f"{_OUT} [(اب|آئندہ|دوبارہ|کبھی)] [(مجھے|ہمیں)] (مت|نہ) {_NOT}",
        f"{_OUT} [بھیجنا] بند {_STOP}",
        "(مجھے|ہمیں) [(اب|آئندہ)] [(یہ|کوئی|مزید|ایسے)] (میسج|میسجز|پیغام|پیغامات|ایس ایم ایس|آفرز|اشتہار) نہیں (چاہیے|چاہئے|چاہییں|چاہیئں)",
        # "I don't want the offers' texts again" (مجھے دوبارہ آفرز کے میسج نہیں چاہئیں).
        "(مجھے|ہمیں) (دوبارہ|پھر سے|پھر) [(یہ|کوئی|ایسے)] [(آفرز کے|سیل کے|پروموشن کے)] (میسج|میسجز|پیغام|پیغامات|ایس ایم ایس|آفرز|اشتہار|الرٹس) نہیں (چاہیے|چاہئے|چاہییں|چاہیئں|چاہئیں)",
        # Take my number / me off your list; unsubscribe me; end my subscription.
        f"(میرا|یہ|اس کا|ان کا|اسکا|انکا) (نمبر|نام) [(فورا|جلدی)] [(اپنی|اپنے)] [(لسٹ|فہرست|سسٹم)] [سے] {_RM}",
        f"(لسٹ|فہرست) سے (میرا نمبر|میرا نام|مجھے|ہمیں) {_RM}",
        f"(مجھے|ہمیں) [(اپنی|اس|آپ کی)] (لسٹ|فہرست) سے {_RM}",
        # Don't put me on the list (the refusal of "add me to the list": مجھے لسٹ میں شامل نہ کریں).
        "(مجھے|ہمیں|میرا نمبر) [(اپنی|اس|آپ کی|کسی)] (لسٹ|فہرست|میسج لسٹ) میں (شامل|ایڈ) (نہ|مت) (کریں|کرو|کرنا|کیجیے)",
        "(مجھے|ہمیں|میرا نمبر) [(اپنی|اس|آپ کی|کسی)] (لسٹ|فہرست|میسج لسٹ) میں (نہ|مت) (ڈالیں|ڈالو|ڈالنا|شامل کریں|ایڈ کریں|شامل کرنا)",
        "(مجھے|میرا نمبر) (ریموو|ان سبسکرائب|ڈیلیٹ|remove|delete) (کریں|کر دیں|کرو|کر دو)",
        "میری (سبسکرپشن|رکنیت) (ختم|منسوخ|بند) (کریں|کر دیں|کردیں|کرو|کر دو|کیجیے|کیجئے|کر دیجیے)",
        "(پیغام|میسج|ایس ایم ایس|پیغامات|میسجز) سروس کی (رکنیت|سبسکرپشن) (ختم|منسوخ) (کرنا|کروانا) (چاہتا|چاہتی|چاہتے)",
        "(میسج|ایس ایم ایس|پیغام|پیغامات|پروموشن|پروموشنل) [(والی|کی)] سروس (ختم|بند|منسوخ) (کریں|کر دیں|کردیں|کرو|کر دو)",
        # Don't contact me / this number again; leave me alone.
        "(آئندہ|دوبارہ|آئندہ سے|اب سے|اس نمبر پر|اس نمبر پہ|مجھ سے) [(دوبارہ|کوئی)] (رابطہ|میسج|پیغام|ایس ایم ایس) (مت|نہ) (کریں|کرنا|کرو|کیجیے|کیجئے|بھیجیں|بھیجنا)",
        "(مجھے|ہمیں) (تنگ|پریشان) (مت|نہ) (کریں|کرو|کیجیے|کیجئے|کرنا)",
        "(میری|ہماری) جان (چھوڑیں|چھوڑ دیں|چھوڑ دو|بخشیں|بخش دیں|بخش دو)",
        # Subscribed by mistake (غلطی سے سبسکرائب ہو گیا); "me too"; "the rest too".
        "(غلطی|غلطي) سے سبسکرائب (ہو گیا|ہوگیا|ہو گئی|ہو گئے|کر دیا)",
        "(مجھے|میرا نمبر|ہمیں) بھی (ہٹا|نکال|ان سبسکرائب کر|ڈیلیٹ کر) (دیں|دو|دیجیے)",
        f"{_OUT} بھی بند {_STOP}",
        f"(میسج|ایس ایم ایس|پیغام|پیغامات) (کرنا|کرنے) بند {_STOP}",
        # The same in Roman Urdu (mazeed msgs na bhejein, sms band kar dein, mera number list se
        # nikal dein, aainda is number pe rabta na karein, koi message na aaye).
        f"{_R_OUT} [{_R_WHEN}] [{_R_ME}] (mat|na|naa) {_R_NOT}",
        f"(aainda|ainda|aindah|mazeed) [{_R_ME}] [koi] {_R_OUT} (mat|na|naa) (bhejna|bhejo|karna|karo|aaye|aye|aey)",
        f"{_R_OUT} (band|bund) {_R_DO}",
        f"{_R_OUT} (bhejna|bhejne) (band|bund) {_R_DO}",
        f"(mera|is|ye|yeh|iss|mere) (number|no|naam|nmbr) [(apni|aapki|apki)] [list] [(se|sy)] {_R_RM}",
        f"list (se|sy) (mera naam|mera number|mera no|mujhe|muje|hume|naam|number) {_R_RM}",
        f"{_R_ME} [(apni|aapki|apki|is|iss)] list (se|sy) {_R_RM}",
        f"(naam|mera naam|number|mera number) {_R_RM} [(apni|aapki|is)] list (se|sy)",
        f"({_R_ME}|mera number) (remove|delete|unsubscribe) {_R_DO}",
        "(aainda|ainda|aindah|dobara|ab se) [(is number (par|pe|py|per))] [koi] (rabta|rabita|raabta|sampark|contact) (mat|na|naa) (karein|karen|karna|karo|kijiye|kijiye ga|krein)",
        "(aainda|ainda|aindah) [(is number (par|pe|py|per))] [koi] (msg|message|messages|sms|paigham) (mat|na|naa) (karein|karen|karna|karo|bhejein|bhejna|bhejo|aaye|aye|aey)",
        "is number (par|pe|py|per) [(dobara|koi|aainda)] (msg|message|sms|rabta|contact) (mat|na|naa) (karein|karen|krein|bhejein|bhejen|bhejain|aaye|aye|aey)",
        f"{_R_ME} (pareshan|preshan|tang|tung) (mat|na|naa) (karein|karen|krein|kijiye ga)",
        "(meri|hamari|humari) jaan (chhor dein|chor dein|chhod dein|chod dein|bakhsh dein|baksh dein|bakhsh do|baksh do)",
        # Consent withdrawn (میں اپنی اجازت واپس لیتا ہوں).
        "(اجازت|رضامندی|منظوری) واپس (لیتا|لیتی|لے رہا|لے رہی) ہوں",
        # Refused before and still coming (پہلے بھی منع کیا تھا، پھر بھی میسج آ رہے ہیں).
        "منع (کیا تھا|کر چکا ہوں|کر چکی ہوں|کر دیا تھا) (پھر بھی|تب بھی|اس کے باوجود)",
        "(کتنی|کئی|تین|دو) (بار|دفعہ|مرتبہ) منع (کر چکا|کر چکی|کر چکے) (ہوں|ہیں)",
        "کتنی (بار|دفعہ) منع (کروں|کرنا پڑے گا)",
        "(پھر بھی|اب بھی|ابھی بھی) (میسج|میسجز|پیغام|پیغامات|ایس ایم ایس) (آ رہے|آ رہا|آتے)",
        # Only the offers refused (سیل اور ڈسکاؤنٹ والے مت بھیجیں).
        "(سیل|ڈسکاؤنٹ|آفر|آفرز|پروموشن|اشتہار|اشتہارات) (والے|کے) [(میسج|میسجز|پیغامات)] (مت|نہ) (بھیجیں|بھیجو|بھیجا کریں|بھیجیے|بھیجئے|بھیجنا)",
    ),
    opt_in_phrases=(
        # Turn the texts back on (میسج واپس آن کر دیں).
        f"{_TEXTS} {_AGAIN} {_ON} {_DO}",
        # Add me back, subscribe me (again) (مجھے دوبارہ ایڈ کر دیں، dobara add kar dein).
        f"(مجھے|میرا نمبر) {_AGAIN} (ایڈ|شامل|سبسکرائب) (کر دیں|کر دو|کریں)",
        "(mujhe|mera number) (dobara|wapis) (add|shamil|subscribe) (kar dein|kar den|karein|kr dein)",
        f"{_AGAIN} سبسکرائب {_DO}",
        "(مجھے|میرا نمبر) [بھی] (لسٹ|گروپ) میں (ایڈ کر|شامل کر|ڈال) (دیں|دو)",
        "(mujhe|mera number) [bhi] (list|group) (mein|me) (add kar|shamil kar|daal) (dein|den)",
        "(مجھے|ہمیں) سبسکرائب (کر دیں|کر دو|کریں|کر لیں)",
        "(ہاں|ہاں جی|جی ہاں|اوکے) سبسکرائب (کر دیں|کر دو|کریں)",
        "(haan|haan ji|ji haan|ok) subscribe (kar dein|kar den|karein)",
        # The offers asked back, the texts asked for regularly, "keep sending" after a yes.
        f"{_OFFERS} [(والے میسج|کے میسج)] {_AGAIN} (بھیجیں|بھیجو|بھیجئے|بھیجیے)",
        "(offers|deals|alerts|updates) [(wale msg|walay msg)] (dobara|wapis) (bhejein|bhejain|bhejen)",
        "بھیجنا (شروع|سٹارٹ) (کریں|کر دیں|کرو|کر دو)",
        f"(ہاں|ہاں جی|جی ہاں|ٹھیک ہے|بالکل|ضرور) {_KEEP}",
        "(haan|haan ji|ji haan|theek hai|bilkul|zaroor) (bhejte rahein|bhejte rahen|bheja karein|bheja karen)",
        f"(مجھے|ہمیں) بھی {_KEEP}",
        f"{_TEXTS} [مجھے] {_HABIT}",
        # A yes, then "I want the messages" ("nahi" before "chahiye" breaks the phrase).
        "(ہاں|ہاں جی|جی ہاں|بالکل) [مجھے] (میسج|میسجز|آفرز|اپڈیٹس) چاہیے",
        "(haan|haan ji|ji haan|bilkul) [mujhe] (msg|message|messages|offers|updates) (chahiye|chahye)",
        # A new number: send them here from now on.
        "(نئے|نیا) نمبر (پر|پہ) (بھیجیں|بھیجا کریں|بھیجو)",
        f"(اسی نمبر پر|اس نمبر پر|اسی پر|یہیں|یہاں) {_HABIT}",
        # Others get them, add me too (مجھے بھی ایڈ کر دیں، میرے نمبر پر بھی بھیجیں).
        "(مجھے|ہمیں) بھی (ایڈ|شامل|رجسٹر) (کر دیں|کر دو|کریں|کر لیں|کرو|کر دیجیے)",
        "(میرے|میرا) نمبر (پر|پہ) بھی (بھیجیں|بھیجا کریں|بھیجو|بھیجیے)",
        # How do I sign up for the texts (الرٹس کے لیے رجسٹر کیسے کروں، کہاں نام لکھواؤں).
        "(الرٹس|الرٹ|میسج|میسجز|ایس ایم ایس|ریمائنڈر) کے (لیے|لئے) (رجسٹر|سائن اپ) (کیسے|کہاں) (کروں|کریں)",
        "(الرٹس|الرٹ|میسج|میسجز|ایس ایم ایس|ریمائنڈر) کے (لیے|لئے) (کیسے|کہاں) (رجسٹر|سائن اپ) (کروں|کریں)",
        "(میسج|ایس ایم ایس|الرٹس|اطلاع|اطلاعات) (کے لیے|کیلئے|پانے کے لیے) (کہاں|کیسے) (نام|نمبر) (لکھواؤں|لکھوائیں|درج کرواؤں)",
        "(ایس ایم ایس|میسج) (پر|پہ) (کیسے|کس طرح) (حاصل|وصول) (کروں|کریں)",
        "(میسج|الرٹ|الرٹس|ایس ایم ایس) کیسے (لگواؤں|لگوائیں|چالو کرواؤں|چالو کروں|شروع کروں|آن کروں|ایکٹیویٹ کروں)",
        # How do I sign up for / get the texts (میسج الرٹس کے لیے سبسکرائب کیسے کروں، آفرز کے میسج
        # حاصل کرنے کے لیے کیسے رجسٹر کروں، آپ کے میسجز کیسے حاصل کر سکتا ہوں).
        f"{_IN_TXT} [سروس] {_IN_FOR} (سبسکرائب|رجسٹر|سائن اپ|جوائن) {_IN_HOW} (کروں|کریں|ہوں)",
        f"{_IN_TXT} [سروس] {_IN_FOR} {_IN_HOW} (سبسکرائب|رجسٹر|سائن اپ|جوائن) (کروں|کریں)",
        f"{_IN_TXT} {_IN_GET} {_IN_FOR} {_IN_HOW} (سبسکرائب|رجسٹر|سائن اپ|جوائن|شامل) (کروں|کریں|ہوں)",
        "(آپ کے|آپکے|آپ کی) (میسجز|آفرز|الرٹس|اپڈیٹس|آفرز کے میسج) (کیسے|کس طرح) (حاصل|وصول) (کر سکتا|کر سکتی|کر سکتے|کروں|کریں)",
        "(میسج|ایس ایم ایس|الرٹ|الرٹس) (سروس|لسٹ|گروپ) (کیسے|کس طرح) (جوائن|سبسکرائب|ایکٹیویٹ) (کروں|کریں)",
        "(sms|msg|message|alerts|offers) (service|list|group) (join|subscribe|activate) (kaise|kaisay|kese) (karun|karu|karein|karen|kare)",
        # I want to join the SMS service (میں آپ کی میسج سروس جوائن کرنا چاہتا ہوں).
        "(میسج|ایس ایم ایس|الرٹ|الرٹس|آفرز) (سروس|لسٹ|گروپ) [کو] (جوائن|سبسکرائب) (کرنا|کروانا) (چاہتا|چاہتی|چاہتے)",
        "(میسج|ایس ایم ایس|الرٹ|الرٹس|آفرز) (سروس|لسٹ|گروپ) میں (شامل|ایڈ) (ہونا|کرنا) (چاہتا|چاہتی|چاہتے)",
        # Consent in words (مجھے میسج وصول کرنے پر کوئی اعتراض نہیں، میسجز لینے پر متفق ہوں، msg
        # receive karne par koi aitraz nahi).
        f"{_IN_TXT} {_IN_GET} (پر|میں) [(مجھے|ہمیں)] [کوئی] (اعتراض|مسئلہ) (نہیں|نہی)",
        f"{_IN_TXT} {_IN_GET} (پر|کے لیے|کیلئے|کے لئے) (راضی|متفق|رضامند|تیار|آمادہ) (ہوں|ہیں)",
        f"{_R_IN_TXT} {_R_IN_GET} (par|pe|py|mein|me) [(mujhe|hume)] [koi] {_R_IN_OBJ} {_R_IN_NOT}",
        f"{_R_IN_TXT} {_R_IN_GET} (par|pe|py|ke liye) (razi|raazi|raazee|mutafiq|muttafiq|razamand|tayyar|tayar) (hoon|hun|hu|hain)",
        # A new number (یہ نمبر رجسٹر کر دیں، اس نمبر کو پرانے کی جگہ درج کر لیں).
        "(یہ|اس) نمبر رجسٹر (کر دیں|کر دو|کریں|کر لیں)",
        "(نیا|یہ نیا) نمبر (رجسٹر|اپڈیٹ|ایڈ|درج) (کر دیں|کر دو|کریں|کر لیں)",
        "(یہ|نیا|یہ نیا) نمبر ڈال (دیں|دو)",
        "(اس|یہ|نئے) نمبر کو [(پرانے کی جگہ)] (رجسٹر|اپڈیٹ|درج|ایڈ|شامل) (کر لیں|کر دیں|کریں)",
        # By text to this number from now on (اسی نمبر پر میسج کر دیا کریں، بذریعہ ایس ایم ایس).
        "(اسی|اس|نئے) نمبر (پر|پہ) (میسج|ایس ایم ایس|پیغام) (کر دیا کریں|کیا کریں|کر دیں|بھیجا کریں|کریں)",
        "(اطلاع|اطلاعات|میسج|میسجز|الرٹس|اپڈیٹس|ریمائنڈر) [(اب|آئندہ)] (اسی|اس) (پر|نمبر پر|نمبر پہ) (بھیجیں|بھیجا کریں|بھیجو|بھیجیے)",
        "بذریعہ (ایس ایم ایس|میسج|پیغام) (ارسال|بھیجی|بھیجے) (کی جائیں|کیے جائیں|جائیں|کی جائے)",
        # Consent in form (وصول کرنے کی اجازت دیتا ہوں).
        "(وصول|موصول|حاصل) کرنے (کی|پر|کے لیے) (اجازت|رضامندی|منظوری) (دیتا|دیتی|دیتے|ظاہر کرتا|ظاہر کرتی|ظاہر کرتے)",
        # Stopped by mistake; switch them back on; I want them again; let them come.
        "(غلطی|غلطي) سے (ان سبسکرائب|بند|سٹاپ|اسٹاپ|stop|unsubscribe) (ہو گیا|ہوگیا|ہو گئے|کر دیا|کروا دیا|لکھ دیا|بھیج دیا)",
        "(پھر سے|دوبارہ|واپس) (چالو|آن) (کریں|کر دیں|کرو|کر دو|کروائیں|کرا دیں)",
        "اب (دوبارہ|پھر سے|واپس) (چاہیے|چاہییں|چاہئیں|چاہئے)",
        "(آتے ہیں|ملتے ہیں) (مجھے|ہمیں) بھی (چاہیے|چاہییں|چاہئیں|چاہئے)",
        "بند (کر کے|کرکے|کروا کے|کروا کر) پچھتا (رہا|رہی|رہے) (ہوں|ہیں)",
        "(میسج|میسجز|پیغامات) آنے (دیں|دو)",
        "(ڈیلز|آفرز|سیل|میسجز) یاد آ (رہی|رہے) (ہیں|ہے)",
        # Add to the texts; a family member's number (امی کا نمبر بھی میسجز میں ڈال دیں).
        "(کے|والے) (میسج|میسجز|الرٹس|ریمائنڈر) میں (ڈال|شامل کر|ایڈ کر) (دیں|دو|دیجیے)",
        "(لسٹ|گروپ|فہرست) میں (ڈال|شامل کر|ایڈ کر) (دیں|دو|دیجیے)",
        "(بیگم|بیوی|شوہر|امی|ابو|بیٹی|بیٹے|بھائی|بہن|دادی|نانی|والدہ|والد|دادا|نانا) کا نمبر بھی (ایڈ|شامل|رجسٹر|ڈال) (کر دیں|کر دو|کریں|دیں|دو)",
        # Slang: send the coupons (کوپن بھیجو بھائی).
        "(کوپن|کوپنز|ڈیلز|آفرز) (بھیجو|بھیج دو|بھیجتے رہو) (بھائی|یار)",
    ),
    help_phrases=(
        # How often will you text me? Why am I getting these messages? (questions, not complaints)
        "[آپ] (کتنی بار|کتنی دفعہ) (میسج|میسجز|پیغام|پیغامات) (بھیجیں گے|کریں گے)",
        "(ہفتے|دن|مہینے) میں کتنے (میسج|میسجز|پیغام|پیغامات) (آئیں گے|بھیجیں گے)",
        "مجھے (یہ|یہ سب) (میسج|میسجز|پیغام|پیغامات) کیوں آ (رہے|رہا) [(ہیں|ہے)]",
        "(mujhe (ye|yeh) (msg|message|messages|sms) (kyun|kyu|kyon) (aa rahe|aa raha) [(hain|hai)]|aap (kitni baar|kitni dafa) (msg|message|sms) (bhejein ge|bhejen ge|bhejenge))",
        "[(آپ|تم)] مجھے (میسج|میسجز|پیغامات) کیوں (بھیج رہے|بھیجتے) (ہیں|ہو)",
        # Whose number is this, who are you people, which company is this, is this a fraud?
        "یہ (کس کا|کسکا) نمبر ہے",
        "یہ نمبر (کس کا|کسکا) ہے",
        "(آپ|تم) لوگ کون (ہیں|ہو)",
        "(آپ|تم) لوگ ہو کون",
        "(kon|kaun) (ho|hain) (aap|tum|bhai)",
        "یہ (کون سی|کونسی|کون سا|کونسا) (کمپنی|دکان|سٹور|بینک|کلینک|سرجری|فارمیسی|جم) ہے",
        "کیا یہ (فراڈ|جعلی|فیک|دھوکہ) ہے",
        "یہ (فراڈ|جعلی|فیک|دھوکہ) ہے کیا",
        "kya (ye|yeh) (fraud|fake|jaali|dhoka) (hai|he)",
        # Does replying cost anything, is the service free?
        "(جواب دینے|ریپلائی کرنے|میسج بھیجنے) (پر|پہ) [کوئی] (پیسے|چارجز|بیلنس) (کٹیں گے|کٹے گا|لگیں گے|لگے گا)",
        "(reply karne|jawab dene|msg bhejne) (pe|par) [koi] (charges|paise|balance) (lagenge|lagain ge|katega|katenge)",
        "کیا یہ (سروس|سہولت) (فری|مفت) ہے",
        # How do I reach you: customer service's number asked for.
        "(کسٹمر سروس|کسٹمر کیئر|ہیلپ لائن|آفس) کا (نمبر|فون نمبر) (دیں|دے دیں|دو|بھیجیں|بتائیں|بتا دیں|کیا ہے|چاہیے)",
        "(customer service|customer care|helpline|office) ka (number|no) (dein|de dein|bhejein|bata dein|batayen|kya hai|chahiye)",
        "(آپ سے|آپ لوگوں سے) (کیسے|کس طرح) (رابطہ|بات) (کروں|کریں|کر سکتا|کر سکتی|ہو سکتا|ہو سکتی)",
        "(aap se|ap se|aapse) (kaise|kaisay) (rabta|raabta|contact) (karun|karein|kar sakta|kar sakti|ho sakta)",
    ),
    not_opt_out_phrases=(
        # Quit a job ("آج نوکری چھوڑ دی").
        "(نوکری|جاب|کام) چھوڑ (دی|دیا|دیی)",
        # Negated removal is a wish to keep the texts ("don't remove me", "I'm not
        # unsubscribing"); never a negated send/write, which stays an opt-out.
        "(mujhe|mera number|mera no|mere number ko) [(list se)] (delete|remove|unsubscribe) (mat|na) (karo|karen|karein|karna)",
        "(مجھے|میرا نمبر|میرے نمبر کو) [(لسٹ سے|فہرست سے)] (ڈیلیٹ|ریموو|ان سبسکرائب) (مت|نہ) (کریں|کرو|کرنا)",
        "(مجھے|میرا نمبر|میرے نمبر کو) [(لسٹ|فہرست|لسٹ سے|فہرست سے)] (مت|نہ) (نکالیں|نکالو|نکالنا|ہٹائیں|ہٹاؤ|ہٹانا|ڈیلیٹ کریں|ڈیلیٹ کرو|ڈیلیٹ کرنا|حذف کریں|حذف کرو)",
        "(مجھے|میرا نمبر|میرے نمبر کو) [(لسٹ|فہرست|لسٹ سے|فہرست سے)] (نکالیں|نکالو|ہٹائیں|ہٹاؤ|ڈیلیٹ کریں|ڈیلیٹ کرو|حذف کریں|حذف کرو) (مت|نہیں)",
        "(ان سبسکرائب|انسبسکرائب|سبسکرپشن ختم|میسج بند|میسجز بند|پیغامات بند) (مت|نہ) (کریں|کرو|کرنا)",
        "(mujhe|mera number|mera no) [(list se)] (mat|na) (nikalo|nikalen|nikaalo|nikalna|hatao|hatayen|hataen|hatana|delete karo|delete karen|delete karna|remove karo|remove karen)",
        "(unsubscribe|msg band|message band|messages band|sms band) (mat|na) (karo|karen|karein|karna)",
        # Refusing to be unsubscribed or asking the texts to go on ("don't unsubscribe me"):
        # a model opt-out reading of such a message is not decided.
        "(بند|ان سبسکرائب) (مت|نہ) (کرنا|کرو|کریں|کیجیے|کیجئے)",
        # Stopped by mistake: read as an opt-in, not a stray STOP (the opt-in starts earlier).
        "(غلطی|غلطي) سے (stop|unsubscribe)",
        # A relative switched them off; keep them coming to me (شوہر نے میسج بند کروا دیے).
        "(شوہر|بیوی|بھائی|بہن|بیٹے|بیٹی|امی|ابو|والد|والدہ) نے [(آپ کے|اپنے)] (میسج|میسجز|پیغامات|ایس ایم ایس) بند (کروا|کر|کرا) (دیے|دیئے|دیا)",
        "مجھے (آتے رہیں|آتے رہنے دیں|بھیجتے رہیں)",
        # Paper bills; groceries (دو تھیلے چاول کافی ہیں); a complaint.
        "(کاغذی|پیپر) (بل|بلز|سٹیٹمنٹ) [(بھیجنا|بھیجنے)] (بند|مت|نہ)",
        "(چاول|آٹا|چینی|دودھ|تیل|راشن|دال|تھیلے|تھیلا|کلو|لیٹر|بوری|سامان) کافی (ہے|ہیں)",
        "(کے لیے|کیلئے|کے لئے) کافی (ہے|ہیں)",
        "شکایت درج (کریں|کر دیں|کرو|کر لیں|کیجیے)",
        "(ویٹنگ|انتظار کی) (لسٹ|فہرست) میں (ڈال|شامل کر|ایڈ کر) (دیں|دو|دیجیے)",
        # "Take my name off the waiting list" is a booking, not the texts.
        f"(ویٹنگ|انتظار کی) (لسٹ|فہرست) سے (میرا نمبر|میرا نام|مجھے|ہمیں) {_RM}",
        f"waiting list (se|sy) (mera naam|mera number|mujhe|muje|naam|number) {_R_RM}",
    ),
    hint_words=("کے", "میں", "کی", "ہے", "اور", "سے", "کو", "نہیں", "یہ", "کیا", "ہیں", "آپ", "مجھے", "اب", "پلیز", "شکریہ", "میرا", "بھی"),
    replies={
        "opt_out_clarify": "{program}: آپ کی رکنیت ختم کر دی گئی ہے۔ صرف پیشکشیں روکنے کے لیے MKT، سب کچھ روکنے کے لیے ALL بھیجیں۔ مدد: {support}۔",
        "opt_out": "{program}: آپ کو ان سبسکرائب کر دیا گیا ہے، مزید پیغامات نہیں آئیں گے۔ مدد: {support}۔ دوبارہ شامل ہونے کے لیے START بھیجیں۔",
        "opt_out_all": "{program}: آپ کو ہمارے تمام پیغامات سے ان سبسکرائب کر دیا گیا ہے۔ مدد: {support}۔ دوبارہ شامل ہونے کے لیے START بھیجیں۔",
        "opt_in": "{program}: آپ دوبارہ سبسکرائب ہو گئے ہیں۔ پیغام اور ڈیٹا کے چارجز لاگو ہو سکتے ہیں۔ مدد: {support}۔ روکنے کے لیے STOP بھیجیں۔",
        "help": "{program}: مدد کے لیے {support} سے رابطہ کریں۔ پیغام اور ڈیٹا کے چارجز لاگو ہو سکتے ہیں۔ روکنے کے لیے STOP بھیجیں۔",
    },
    sources=(
        "https://dnd.pta.gov.pk (PTA Do Not Call Register: REG to 3627)",
        "No Urdu carrier keyword list found: بند and STOP kept to whole messages.",
    ),
    courtesy_words=("پلیز", "براہ کرم", "شکریہ", "please", "plz", "pls"),
    strong_keywords=(),
    standalone_keywords=(),
    # Answers to the clarifying question (app/messaging/clarify.py).
    clarify_marketing=("mkt", "پیشکشیں"),
    clarify_all=("all", "سب"),
)
