"""Punjabi (Gurmukhi). India's TRAI rules (TCCCPR 2018) let anyone block commercial texts
through 1909; Punjabi senders print ਬੰਦ and STOP; romanised Punjabi (band karo, na bhejo) is
the model's to read.
"""

from app.keywords.languages.rules import LanguageRules

# The texts, "how", and the verb endings of "how do I stop": never the past "band ho gaye".
# Only the commonest spellings: every pattern is expanded at load.
_MSGS = "(ਮੈਸੇਜ|ਮੈਸਜ|ਮੈਸੇਜਾਂ|ਸੁਨੇਹੇ|ਐਸਐਮਐਸ)"
_HOW = "(ਕਿਵੇਂ|ਕਿਵੇ|ਕਿੱਦਾਂ)"
_END = "(ਕਰਾਂ|ਕਰੀਏ|ਕਰਨੇ|ਹੋਣਗੇ|ਹੋਣ|ਹੁੰਦੇ|ਕਰ ਸਕਦਾ|ਕਰ ਸਕਦੇ)"
_R_MSGS = "(msg|msgs|message|messages|sms)"
_R_HOW = "(kiven|kive|kiddan)"
_R_END = "(karan|kariye|karne|honge|hon|hunde|kar sakda|kar sakde)"

RULES: LanguageRules = LanguageRules(
    code="pa",
    name="Punjabi",
    opt_out_keywords=("ਰੁਕੋ", "ਅਨਸਬਸਕ੍ਰਾਈਬ", "ਰੋਕੋ", "ਬੰਦ", "ਬੰਦ ਕਰੋ", "ਸਟਾਪ", "ਹਟਾਓ", "band"),
    opt_out_all_keywords=("ਸਭ ਬੰਦ",),
    opt_in_keywords=("ਚਾਲੂ", "ਸ਼ੁਰੂ", "ਸਬਸਕ੍ਰਾਈਬ", "ਸਟਾਰਟ"),
    help_keywords=("ਮਦਦ", "ਜਾਣਕਾਰੀ"),
    # Plain-language requests are the model's to read (app/keywords/data/corpus/pa.txt).
    opt_out_phrases=(
        # "I want to unsubscribe (from your service)": the borrowed word inside a sentence.
        "(ਅਨਸਬਸਕ੍ਰਾਈਬ|ਅਨਸਬਸਕ੍ਰਾਇਬ) (ਕਰਨਾ|ਹੋਣਾ) (ਚਾਹੁੰਦਾ|ਚਾਹੁੰਦੀ|ਚਾਹੁੰਦੇ)",
        "(ਅਨਸਬਸਕ੍ਰਾਈਬ|ਅਨਸਬਸਕ੍ਰਾਇਬ) (ਕਰ ਦਿਓ|ਕਰੋ ਜੀ|ਕਰ ਦਿਉ)",
        # "How do I stop these messages?" (ਇਹ ਮੈਸੇਜ ਕਿਵੇਂ ਬੰਦ ਹੋਣਗੇ?, eh msg band kiven hunde?): asking how asks us to stop.
        f"{_MSGS} ({_HOW} ਬੰਦ|ਬੰਦ {_HOW}) {_END}",
        f"{_MSGS} (ਆਉਣੇ|ਆਉਣਾ) ({_HOW} ਬੰਦ|ਬੰਦ {_HOW}) (ਹੋਣਗੇ|ਹੋਣ|ਹੋਵੇਗਾ|ਕਰਾਂ|ਕਰੀਏ)",
        f"{_HOW} ਬੰਦ {_END} (ਇਹ|ਏਹ) {_MSGS}",
        f"{_R_MSGS} {_R_HOW} (band|bandh) {_R_END}",
        f"{_R_MSGS} (band|bandh) {_R_HOW} {_R_END}",
        f"{_R_MSGS} (aune|auna) ((kiven|kive) band|band (kiven|kive)) (honge|hon|hunde|karan|kariye)",
        f"{_R_HOW} band {_R_END} (eh|ih) {_R_MSGS}",
    ),
    opt_in_phrases=(),
    help_phrases=(
        # How often will you text me? Why am I getting these messages? (questions, not complaints)
        "ਤੁਸੀਂ ਕਿੰਨੀ (ਵਾਰ|ਵਾਰੀ) (ਮੈਸੇਜ|ਮੈਸਜ|ਸੁਨੇਹੇ) ਭੇਜੋਗੇ",
        "ਮੈਨੂੰ (ਇਹ|ਏਹ) (ਮੈਸੇਜ|ਮੈਸਜ|ਸੁਨੇਹੇ) ਕਿਉਂ (ਆ ਰਹੇ|ਆਉਂਦੇ) [(ਨੇ|ਹਨ|ਹੈ)]",
        "(tusi kinni (vaar|vaari) (msg|message|sms) (bhejoge|bhejo ge)|mainu (eh|ih) (msg|message|messages|sms) (kyon|kyu|kiun) (aa rahe|aunde) [(ne|han|hai)])",
    ),
    not_opt_out_phrases=(
        # Refusing to be unsubscribed or asking the texts to go on ("don't unsubscribe me"):
        # a model opt-out reading of such a message is not decided.
        "ਬੰਦ ਨਾ (ਕਰੋ|ਕਰਿਓ|ਕਰਨਾ|ਕਰਿਉ)",
        "band na (karo|kario|karna|kareyo)",
    ),
    hint_words=("ਮੈਂ", "ਮੇਰਾ", "ਤੁਸੀਂ", "ਇਹ", "ਨਾ", "ਕੀ", "ਹੋਰ", "ਹਾਂ", "ਕਰੋ", "ਪਲੀਜ਼", "ਧੰਨਵਾਦ", "ਮੈਸੇਜ", "ਹੈ", "ਨੂੰ", "ਦਾ", "ਵਿੱਚ", "ਜੀ", "ਨਹੀਂ"),
    replies={
        "opt_out_clarify": "{program}: ਤੁਹਾਡੀ ਗਾਹਕੀ ਰੱਦ ਕਰ ਦਿੱਤੀ ਗਈ ਹੈ। ਸਿਰਫ਼ ਪੇਸ਼ਕਸ਼ਾਂ ਰੋਕਣ ਲਈ MKT, ਸਭ ਕੁਝ ਰੋਕਣ ਲਈ ALL ਭੇਜੋ। ਮਦਦ: {support}।",
        "opt_out": "{program}: ਤੁਹਾਡੀ ਗਾਹਕੀ ਬੰਦ ਕਰ ਦਿੱਤੀ ਗਈ ਹੈ, ਹੋਰ ਸੁਨੇਹੇ ਨਹੀਂ ਆਉਣਗੇ। ਮਦਦ: {support}। ਦੁਬਾਰਾ ਜੁੜਨ ਲਈ START ਭੇਜੋ।",
        "opt_out_all": "{program}: ਸਾਡੇ ਸਾਰੇ ਸੁਨੇਹਿਆਂ ਤੋਂ ਤੁਹਾਡੀ ਗਾਹਕੀ ਬੰਦ ਕਰ ਦਿੱਤੀ ਗਈ ਹੈ। ਮਦਦ: {support}। ਦੁਬਾਰਾ ਜੁੜਨ ਲਈ START ਭੇਜੋ।",
        "opt_in": "{program}: ਤੁਸੀਂ ਦੁਬਾਰਾ ਜੁੜ ਗਏ ਹੋ। ਸੁਨੇਹੇ ਅਤੇ ਡਾਟਾ ਦੇ ਖਰਚੇ ਲੱਗ ਸਕਦੇ ਹਨ। ਮਦਦ: {support}। ਰੋਕਣ ਲਈ STOP ਭੇਜੋ।",
        "help": "{program}: ਮਦਦ ਲਈ {support}। ਸੁਨੇਹੇ ਅਤੇ ਡਾਟਾ ਦੇ ਖਰਚੇ ਲੱਗ ਸਕਦੇ ਹਨ। ਰੋਕਣ ਲਈ STOP ਭੇਜੋ।",
    },
    sources=(
        "https://www.trai.gov.in/consumer-info/telecom/unsolicited-commercial-communication (TCCCPR 2018, 1909)",
        "No Punjabi carrier keyword list found: ਬੰਦ and STOP kept to whole messages.",
    ),
    courtesy_words=("ਪਲੀਜ਼", "ਕਿਰਪਾ ਕਰਕੇ", "ਧੰਨਵਾਦ", "please", "plz", "pls", "ji"),
    strong_keywords=(),
    standalone_keywords=(),
    # Answers to the clarifying question (app/messaging/clarify.py).
    clarify_marketing=("mkt", "ਪੇਸ਼ਕਸ਼ਾਂ"),
    clarify_all=("all", "ਸਭ"),
)
