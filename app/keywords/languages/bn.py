"""Bengali. India's TRAI rules (TCCCPR 2018) let anyone block commercial texts through
1909 and require an opt-out in every promotional text; Bangladesh's BTRC likewise. Bengali
senders print বন্ধ and STOP; romanised Bengali (bondho korun) is the model's to read.
"""

from app.keywords.languages.rules import LanguageRules

# The texts, "how", and the verb endings of "how do I stop": never the past "bondho holo".
# Only the commonest spellings: every pattern is expanded at load.
_MSGS = "(মেসেজ|মেসেজগুলো|ম্যাসেজ|এসএমএস|বার্তা|বার্তাগুলো)"
_HOW = "(কীভাবে|কিভাবে|কেমনে|কি করে)"
_END = "(করব|করবো|করা যায়|হবে|করতে পারি)"
_R_MSGS = "(msg|message|messages|sms) [(gula|gulo)]"
_R_HOW = "(kivabe|kibhabe|kemne)"
_R_END = "(korbo|kori|kora jay|hobe|korte pari)"

RULES: LanguageRules = LanguageRules(
    code="bn",
    name="Bengali",
    opt_out_keywords=("থামুন", "থামাও", "আনসাবস্ক্রাইব", "বন্ধ", "বন্ধ করুন", "স্টপ", "বাতিল"),
    opt_out_all_keywords=("সব বন্ধ",),
    opt_in_keywords=("চালু", "শুরু", "সাবস্ক্রাইব", "স্টার্ট"),
    help_keywords=("সাহায্য", "তথ্য", "হেল্প"),
    # Plain-language requests are the model's to read (app/keywords/data/corpus/bn.txt).
    opt_out_phrases=(
        # "I want to unsubscribe", "I want out of your SMS service".
        "(আনসাবস্ক্রাইব|আনসাবস্ক্রাইভ) (করতে|হতে) চাই",
        "(এসএমএস|মেসেজ|ম্যাসেজ) (সার্ভিস|সেবা) থেকে (বের হতে|বেরিয়ে যেতে|নাম কাটাতে) চাই",
        # "How do I stop these messages?" (এই মেসেজগুলো বন্ধ করব কীভাবে?, ei msg gula kivabe bondho korbo?): asking how asks us to stop.
        f"{_MSGS} ({_HOW} বন্ধ|বন্ধ {_HOW}) {_END}",
        f"{_MSGS} আসা ({_HOW} বন্ধ|বন্ধ {_HOW}) (করব|করবো|হবে)",
        f"{_MSGS} [আসা] বন্ধ {_END} {_HOW}",
        f"{_HOW} [এই] {_MSGS} বন্ধ {_END}",
        "(কীভাবে|কিভাবে) আনসাবস্ক্রাইব (করব|করবো|করি)",
        f"{_R_MSGS} {_R_HOW} (bondho|bondo) {_R_END}",
        f"{_R_MSGS} (bondho|bondo) {_R_END} {_R_HOW}",
        "(msg|message|messages|sms) asha (kivabe|kemne) bondho (korbo|kora jay|hobe)",
        f"(kivabe|kemne) [ei] {_R_MSGS} bondho (korbo|kora jay|hobe)",
    ),
    opt_in_phrases=(),
    help_phrases=(
        # How often will you text me? Why am I getting these messages? (questions, not complaints)
        "কত (দিন পর পর|ঘন ঘন) (মেসেজ|বার্তা|এসএমএস) (পাঠাবেন|দিবেন|দেবেন|আসবে)",
        "(সপ্তাহে|দিনে|মাসে) কয়টা (মেসেজ|বার্তা|এসএমএস) (পাঠাবেন|আসবে|দিবেন)",
        "আমি (এই|এসব) (মেসেজ|মেসেজগুলো|বার্তা|বার্তাগুলো|এসএমএস) কেন পাচ্ছি",
        "(koto din por por (msg|message|sms) (pathaben|diben|ashbe)|ami (ei|eshob) (msg|message|sms|msg gula|msg gulo) keno (pacchi|pachhi|paichi))",
    ),
    not_opt_out_phrases=(
        # Refusing to be unsubscribed or asking the texts to go on ("don't unsubscribe me"):
        # a model opt-out reading of such a message is not decided.
        "বন্ধ (করবেন|করো|কোরো|করিস) না",
        "(bondho|bondo|bandho) (korben|koro|koris) na",
    ),
    hint_words=("সাথে", "কিন্তু", "আমি", "আমার", "আপনি", "এটা", "না", "কি", "আর", "হ্যাঁ", "করুন", "প্লিজ", "ধন্যবাদ", "মেসেজ", "কে", "এই", "তো", "ও"),
    replies={
        "opt_out_clarify": "{program}: আপনার সদস্যতা বাতিল হয়েছে। শুধু অফার বন্ধ করতে MKT, সবকিছু বন্ধ করতে ALL লিখে উত্তর দিন। সাহায্য: {support}।",
        "opt_out": "{program}: আপনার সাবস্ক্রিপশন বাতিল হয়েছে, আর কোনো বার্তা পাবেন না। সাহায্য: {support}। আবার যুক্ত হতে START লিখুন।",
        "opt_out_all": "{program}: আমাদের সব বার্তা থেকে আপনার সাবস্ক্রিপশন বাতিল হয়েছে। সাহায্য: {support}। আবার যুক্ত হতে START লিখুন।",
        "opt_in": "{program}: আপনি আবার সাবস্ক্রাইব করেছেন। বার্তা ও ডেটা চার্জ প্রযোজ্য হতে পারে। সাহায্য: {support}। বন্ধ করতে STOP লিখুন।",
        "help": "{program}: সাহায্যের জন্য {support}। বার্তা ও ডেটা চার্জ প্রযোজ্য হতে পারে। বন্ধ করতে STOP লিখুন।",
    },
    sources=(
        "https://www.trai.gov.in/consumer-info/telecom/unsolicited-commercial-communication (TCCCPR 2018, 1909)",
        "No Bengali carrier keyword list found: বন্ধ and STOP kept to whole messages.",
    ),
    courtesy_words=("প্লিজ", "দয়া করে", "ধন্যবাদ", "please", "plz", "pls"),
    strong_keywords=(),
    standalone_keywords=(),
    # Answers to the clarifying question (app/messaging/clarify.py).
    clarify_marketing=("mkt", "অফার"),
    clarify_all=("all", "সব"),
)
