"""Urdu. Pakistan's PTA runs the Do Not Call Register (text REG to 3627) and requires
telemarketers to honour it; Urdu senders print بند and "STOP". Roman Urdu (band karo, mat
bhejo) is the model's to read.
"""

from app.keywords.languages.rules import LanguageRules

# The texts, and the verb endings of "how do I stop": never the past "kaise band ho gaye".
# Only the commonest spellings: every pattern is expanded at load.
_MSGS = "(میسج|میسجز|میسیج|پیغام|پیغامات|ایس ایم ایس)"
_END = "(کروں|کریں|کر سکتا|کر سکتے|ہوں گے|ہونگے|ہوگا|ہو گا)"
_R_MSGS = "(sms|message|messages|msg)"
_R_END = "(karun|karu|karein|karen|kar sakta|kar sakte|honge|hongay|hoga)"

RULES: LanguageRules = LanguageRules(
    code="ur",
    name="Urdu",
    opt_out_keywords=("بند", "بند کریں", "روکیں", "ان سبسکرائب", "سٹاپ", "اسٹاپ", "منسوخ", "منسوخ کریں"),
    opt_out_all_keywords=("سب بند",),
    opt_in_keywords=("شروع", "سبسکرائب", "سٹارٹ", "اسٹارٹ"),
    help_keywords=("مدد", "معلومات", "تفصیل", "kon", "aap kon"),
    # Plain-language requests are the model's to read (app/keywords/data/corpus/ur.txt).
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
    ),
    opt_in_phrases=(),
    help_phrases=(
        # How often will you text me? Why am I getting these messages? (questions, not complaints)
        "[آپ] (کتنی بار|کتنی دفعہ) (میسج|میسجز|پیغام|پیغامات) (بھیجیں گے|کریں گے)",
        "(ہفتے|دن|مہینے) میں کتنے (میسج|میسجز|پیغام|پیغامات) (آئیں گے|بھیجیں گے)",
        "مجھے (یہ|یہ سب) (میسج|میسجز|پیغام|پیغامات) کیوں آ (رہے|رہا) [(ہیں|ہے)]",
        "(mujhe (ye|yeh) (msg|message|messages|sms) (kyun|kyu|kyon) (aa rahe|aa raha) [(hain|hai)]|aap (kitni baar|kitni dafa) (msg|message|sms) (bhejein ge|bhejen ge|bhejenge))",
    ),
    not_opt_out_phrases=(
        # Refusing to be unsubscribed or asking the texts to go on ("don't unsubscribe me"):
        # a model opt-out reading of such a message is not decided.
        "(بند|ان سبسکرائب) مت (کرنا|کرو|کریں|کیجیے|کیجئے)",
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
