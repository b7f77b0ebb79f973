"""Punjabi (Gurmukhi). India's TRAI rules (TCCCPR 2018) let anyone block commercial texts
through 1909; Punjabi senders print ਬੰਦ and STOP; romanised Punjabi (band karo, na bhejo) is
the model's to read where the phrases stop.
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
# Opt-in: the texts named ("turn it back on" may be a card or a connection), then "again /
# back", "turn on / start" and a request ending; "add me back"; the offers asked back; "send
# them regularly" (ਭੇਜਿਆ ਕਰੋ) and "keep sending" after a yes (not a bare "ਜੀ": "ਨਾ ਜੀ, ਭੇਜਦੇ ਰਹੋ"
# answers an echoed "stop?"). Never the past nor an infinitive; a negation before the verb
# (ਨਾ, ਨਹੀਂ) breaks the phrase. A lone "ਮੈਸੇਜ ਦੁਬਾਰਾ ਭੇਜੋ" resends one message (a code).
_AGAIN = "(ਫਿਰ ਤੋਂ|ਫੇਰ ਤੋਂ|ਦੁਬਾਰਾ|ਵਾਪਸ)"
_R_AGAIN = "(fer ton|dubara|wapas)"
_ON = "(ਚਾਲੂ|ਸ਼ੁਰੂ|ਆਨ)"
_R_ON = "(chalu|shuru|on|start)"
_DO = "(ਕਰ ਦਿਓ|ਕਰ ਦਿਉ|ਕਰੋ)"
_R_DO = "(kar do|kar deo|kar dio)"
_TEXTS = "(ਮੈਸੇਜ|ਮੈਸਜ|ਮੈਸੇਜਾਂ|ਸੁਨੇਹੇ|ਆਫਰ|ਅਪਡੇਟ|ਰਿਮਾਈਂਡਰ)"
_R_TEXTS = "(msg|messages|offers|updates|reminder)"
_KEEP = "(ਭੇਜਦੇ ਰਹੋ|ਭੇਜਦੇ ਰਿਹੋ|ਭੇਜਿਆ ਕਰੋ)"
# The texts a sign-up or a consent names (ਆਫਰਾਂ ਦੇ ਮੈਸੇਜ, ਐਸਐਮਐਸ ਅਲਰਟ).
_IN_TXT = ("(ਮੈਸੇਜ|ਮੈਸਜ|ਮੈਸੇਜਾਂ|ਐਸਐਮਐਸ|ਅਲਰਟ|ਆਫਰਾਂ|ਅਪਡੇਟਾਂ|ਐਸਐਮਐਸ ਅਲਰਟ|ਆਫਰਾਂ ਦੇ ਮੈਸੇਜ|ਆਫਰ ਵਾਲੇ ਮੈਸੇਜ|"
           "ਸੁਨੇਹੇ|ਸੁਨੇਹਿਆਂ)")
_R_IN_TXT = ("(msg|msgs|sms|messages|alert|alerts|offers|updates|sms alert|sms alerts|offers de msg|"
             "offer wale msg)")
_R_KEEP = "(bhejde raho|bhejde riho|bhejeya karo|bhejya karo)"

# Opt-out: plain requests that name the texts, "me" or "my number". The negation stands before
# the verb (ਨਾ ਭੇਜੋ: don't send); one before "ਕਰੋ" after "ਬੰਦ" (ਬੰਦ ਨਾ ਕਰੋ: don't stop) breaks the
# phrase. Romanised phrases keep Punjabi endings (kar deo, bhejeyo, ton/cho): the shared
# Hindustani ones are the Hindi module's.
_OO_TXT = ("(ਮੈਸੇਜ|ਮੈਸਜ|ਮੈਸੇਜਾਂ|ਮੈਸਿਜ|ਸੁਨੇਹੇ|ਐਸਐਮਐਸ|ਰਿਮਾਈਂਡਰ|ਆਫਰ|ਆਫ਼ਰ|ਆਫਰਾਂ|ਨੋਟਿਸ|ਨੋਟੀਫਿਕੇਸ਼ਨ|"
           "ਇਸ਼ਤਿਹਾਰ|sms|msg)")
_OO_RM = ("(ਹਟਾ ਦਿਓ|ਹਟਾ ਦਿਉ|ਹਟਾਓ|ਹਟਾਉ|ਕੱਟ ਦਿਓ|ਕੱਟ ਦਿਉ|ਕੱਢ ਦਿਓ|ਕੱਢ ਦਿਉ|ਕੱਢੋ|ਡਿਲੀਟ ਕਰ ਦਿਓ|ਡਿਲੀਟ ਕਰੋ|"
          "ਹਟਾ ਦੇਵੋ)")
_OO_FROM = "(ਚੋਂ|ਵਿੱਚੋਂ|ਤੋਂ|ਵਿਚੋਂ)"
_R_OO_TXT = "(msg|msgs|message|messages|sms|offers|offer|reminder|reminders|notice|ads)"
_R_OO_FROM = "(cho|chon|ton|vichon|ch ton)"
_R_OO_RM = "(hata|kadh|kadd|kat|katt) (do|deo|dio)"

# "Enough, stop it" alone in romanised Punjabi (bs kr do hun): a keyword in any language detected,
# as "do" looks English.
_R_ENOUGH = ("(bas|bs) (kr|kar) (do|deo|dio) (hun|yaar|yr)",)

RULES: LanguageRules = LanguageRules(
    code="pa",
    name="Punjabi",
    opt_out_keywords=("ਰੁਕੋ", "ਅਨਸਬਸਕ੍ਰਾਈਬ", "ਰੋਕੋ", "ਬੰਦ", "ਬੰਦ ਕਰੋ", "ਸਟਾਪ", "ਹਟਾਓ", "band",
        # "Enough, stop it" said alone (ਬੱਸ ਕਰੋ ਯਾਰ, bs kr do hun).
        "(ਬੱਸ|ਬਸ) (ਕਰੋ|ਕਰ ਦਿਓ|ਕਰਦੋ) (ਯਾਰ|ਹੁਣ|ਜੀ|ਬਾਈ) [(ਯਾਰ|ਹੁਣ)]",
        "(ਯਾਰ|ਹੁਣ|ਬਾਈ|ਓਏ) (ਬੱਸ|ਬਸ) (ਕਰੋ|ਕਰ ਦਿਓ) [(ਯਾਰ|ਹੁਣ)]",
        *_R_ENOUGH),
    opt_out_all_keywords=("ਸਭ ਬੰਦ",),
    opt_in_keywords=("ਚਾਲੂ", "ਸ਼ੁਰੂ", "ਸਬਸਕ੍ਰਾਈਬ", "ਸਟਾਰਟ", "ਚਾਲੂ ਕਰੋ", "ਸ਼ੁਰੂ ਕਰੋ", "ਦੁਬਾਰਾ ਸ਼ੁਰੂ",
        "ਫਿਰ ਤੋਂ ਸ਼ੁਰੂ", "ਦੁਬਾਰਾ ਚਾਲੂ ਕਰੋ", "(dubara|fer ton) (shuru|chalu) (kar do|kar deo)"),
    help_keywords=("ਮਦਦ", "ਜਾਣਕਾਰੀ", "ਸਹਾਇਤਾ", "ਹੈਲਪ"),
    # Plain requests in their common forms; the rest is the model's (app/keywords/data/corpus/pa.txt).
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
        # Don't send the texts (any more); stop them; I don't want them (ਮੈਸੇਜ ਹੁਣ ਨਾ ਭੇਜੋ, ਦੁਬਾਰਾ
        # ਮੈਸੇਜ ਨਾ ਕਰਿਓ, ਸੇਲ ਵਾਲੇ ਮੈਸੇਜ ਬੰਦ ਕਰ ਦਿਓ, ਮੈਸਜ ਨਹੀਂ ਚਾਹੀਦੇ, ਸਕੂਲ ਦੇ ਮੈਸੇਜ ਦੀ ਲੋੜ ਨਹੀਂ).
        f"{_OO_TXT} [(ਹੁਣ|ਅੱਗੇ ਤੋਂ|ਦੁਬਾਰਾ|ਫੇਰ|ਫਿਰ|ਕਦੇ)] [(ਮੈਨੂੰ|ਸਾਨੂੰ)] (ਨਾ|ਨ) (ਭੇਜੋ|ਭੇਜਿਓ|ਭੇਜਿਉ|ਭੇਜਣਾ|ਭੇਜਣੇ|ਭੇਜਿਆ ਕਰੋ|ਕਰੋ|ਕਰਿਓ|ਕਰਿਉ|ਕਰਨਾ|ਕਰਨੇ)",
        f"{_OO_TXT} [(ਭੇਜਣੇ|ਭੇਜਣਾ)] ਬੰਦ (ਕਰ ਦਿਓ|ਕਰ ਦਿਉ|ਕਰੋ|ਕਰਦੋ|ਕਰ ਦੇਵੋ|ਕਰਵਾ ਦਿਓ|ਕਰ ਦੇਣਾ)",
        "(ਮੈਸੇਜ|ਮੈਸਜ|ਮੈਸੇਜਾਂ|ਸੁਨੇਹੇ|ਐਸਐਮਐਸ|ਆਫਰਾਂ|sms|msg) ਨਹੀਂ (ਚਾਹੀਦੇ|ਚਾਹੀਦਾ)",
        "(ਦੇ|ਵਾਲੇ) (ਮੈਸੇਜ|ਮੈਸਜ|ਮੈਸੇਜਾਂ|ਸੁਨੇਹਿਆਂ|ਸੁਨੇਹੇ) ਦੀ [ਹੁਣ] [ਕੋਈ] ਲੋੜ ਨਹੀਂ",
        # Take my number / name / me off the list; don't bother me; leave me alone.
        f"(ਮੇਰਾ|ਇਹ|ਏਹ|ਉਹਨਾਂ ਦਾ|ਉਨ੍ਹਾਂ ਦਾ|ਓਹਨਾਂ ਦਾ|ਜੀ ਦਾ) (ਨੰਬਰ|ਨਾਮ|ਨਾਂ) [ਵੀ] [(ਆਪਣੀ|ਤੁਹਾਡੀ)] [ਲਿਸਟ] [{_OO_FROM}] {_OO_RM}",
        f"(ਮੈਨੂੰ|ਸਾਨੂੰ) [(ਇਸ|ਤੁਹਾਡੀ|ਆਪਣੀ|ਮਾਰਕੀਟਿੰਗ)] (ਲਿਸਟ|ਸੂਚੀ) {_OO_FROM} {_OO_RM}",
        # Don't put me on the list (the refusal of "add me to the list": ਮੈਨੂੰ ਲਿਸਟ ਵਿੱਚ ਨਾ ਜੋੜੋ).
        "(ਮੈਨੂੰ|ਸਾਨੂੰ|ਮੇਰਾ ਨੰਬਰ) [(ਇਸ|ਤੁਹਾਡੀ|ਆਪਣੀ|ਕਿਸੇ)] (ਲਿਸਟ|ਸੂਚੀ) (ਵਿੱਚ|ਚ|ਵਿਚ) (ਨਾ|ਨ) (ਜੋੜੋ|ਜੋੜਿਓ|ਪਾਓ|ਪਾਇਓ|ਐਡ ਕਰੋ|ਐਡ ਕਰਿਓ)",
        "(mainu|menu|mennu|sanu|mera number) [(is|tuhadi|apni|kise)] list (ch|vich|wich) (na|naa) (jodo|jodeyo|jodio|pao|payo|paeyo|add karo|add kareyo|add kario)",
        f"(ਲਿਸਟ|ਸੂਚੀ) {_OO_FROM} (ਮੇਰਾ ਨਾਮ|ਮੇਰਾ ਨੰਬਰ|ਮੈਨੂੰ) {_OO_RM}",
        "(ਮੈਨੂੰ|ਮੈਂ) [(ਇਸ|ਤੁਹਾਡੀ)] ਲਿਸਟ (ਵਿੱਚ|ਚ|ਵਿਚ) ਨਹੀਂ ਰਹਿਣਾ",
        "(ਮੈਨੂੰ|ਸਾਨੂੰ) (ਤੰਗ|ਪਰੇਸ਼ਾਨ|ਪ੍ਰੇਸ਼ਾਨ) (ਨਾ|ਨ) (ਕਰੋ|ਕਰਿਓ|ਕਰਨਾ|ਕਰਿਉ)",
        "(ਮੇਰਾ|ਸਾਡਾ) ਖਹਿੜਾ (ਛੱਡੋ|ਛੱਡ ਦਿਓ|ਛੱਡ ਦਿਉ)",
        # The same in romanised Punjabi (msg band kar deo, mera number apni list cho hata do,
        # mainu is list ch nahi rehna, aggey ton is number te sms na karna).
        f"{_R_OO_TXT} [(hun|dubara|fer)] [(mainu|menu|sanu)] (na|naa) (bhejeyo|bhejio|bhejyo|kareyo|kario|kareo)",
        f"{_R_OO_TXT} [(bhejne|bhejna)] band (kar deo|kar dio|kardeo|kar devo|karo ji|kar deyo)",
        f"(mera|eh|ih|is) (number|no|naam|nam) [(apni|tuhadi)] [list] {_R_OO_FROM} {_R_OO_RM}",
        f"(mainu|menu|mennu|sanu) [(is|apni|tuhadi)] list {_R_OO_FROM} {_R_OO_RM}",
        "(mainu|menu|mennu|sanu) [(is|es|tuhadi)] list (ch|vich|wich) (nahi|nai|ni) rehna",
        "(aggey|agge|agey|aggon) (ton|to) [(is number (te|tey|par|pe))] [koi] (sms|msg|message) (na|naa) (karna|karo|kareyo|bhejna|bhejo|bhejeyo)",
        "(mera|sada) (khehra|khaihra|kehra) (chhado|chaddo|chhad do|chad do|chhad deo|chadd deo)",
        "(msg|msgs|messages|sms) (nahi|nai|ni) (chahide|chahida)",
        # Remove me (ਮੈਨੂੰ ਹਟਾ ਦਿਓ; "ਮੈਨੂੰ ਨਾ ਹਟਾਓ" keeps the negation between); stop them too
        # (ਮੈਨੂੰ ਮੈਸੇਜ ਭੇਜਣੇ ਵੀ ਬੰਦ ਕਰੋ).
        "(ਮੈਨੂੰ|ਸਾਨੂੰ) (ਹਟਾ ਦਿਓ|ਹਟਾ ਦਿਉ|ਹਟਾ ਦੇਵੋ|ਕੱਢ ਦਿਓ|ਕੱਢ ਦਿਉ)",
        f"{_OO_TXT} [(ਭੇਜਣੇ|ਭੇਜਣਾ)] (ਵੀ|ਭੀ) ਬੰਦ (ਕਰ ਦਿਓ|ਕਰ ਦਿਉ|ਕਰੋ|ਕਰਦੋ|ਕਰ ਦੇਵੋ)",
        # "Stop this drama" (ਓ ਭਾਈ ਬੰਦ ਕਰ ਇਹ ਡਰਾਮਾ); consent withdrawn (ਸਹਿਮਤੀ ਵਾਪਸ ਲੈਂਦਾ ਹਾਂ).
        "(ਸਹਿਮਤੀ|ਇਜਾਜ਼ਤ|ਮਨਜ਼ੂਰੀ) [(ਦਿੱਤੀ ਸੀ|ਦਿੱਤੀ)] [(ਉਹ|ਓਹ)] [(ਮੈਂ)] ਵਾਪਸ (ਲੈਂਦਾ|ਲੈਂਦੀ|ਲੈਂਦੇ|ਲੈ ਰਿਹਾ|ਲੈ ਰਹੀ) ਹਾਂ",
        "ਬੰਦ (ਕਰ|ਕਰੋ) (ਇਹ|ਏਹ) (ਡਰਾਮਾ|ਸਭ|ਬਕਵਾਸ)",
        # I wrote STOP before too; refused and still sent (pehla vi STOP likhya si, ਦੋ ਵਾਰ ਮਨ੍ਹਾ ਕਰ
        # ਚੁੱਕਾ ਹਾਂ, ਫੇਰ ਵੀ ਭੇਜੀ ਜਾਂਦੇ ਓ).
        "(pehla|pehlan|pehle|kall|kal) vi stop (likhya|likheya|bhejya|bhejeya) (si|c|sigi)",
        "(ਮਨ੍ਹਾ|ਮਨਾ) ਕਰ (ਚੁੱਕਾ|ਚੁੱਕੀ|ਚੁੱਕੇ) (ਹਾਂ|ਹੈ) (ਫੇਰ ਵੀ|ਫਿਰ ਵੀ)",
        # Put on the list by mistake (ਗਲਤੀ ਨਾਲ ਲਿਸਟ ਚ ਜੋੜ ਲਿਆ).
        "ਗਲਤੀ ਨਾਲ (ਲਿਸਟ|ਸੂਚੀ|ਗਰੁੱਪ) (ਚ|ਵਿੱਚ|ਵਿਚ) (ਜੋੜ|ਪਾ|ਐਡ ਕਰ) (ਲਿਆ|ਦਿੱਤਾ)",
        # Stop the reminders; no need to send the offers now (ਹੁਣ ਆਫ਼ਰ ਭੇਜਣ ਦੀ ਲੋੜ ਨਹੀਂ).
        f"{_OO_TXT} (ਰੋਕ ਦਿਓ|ਰੋਕ ਦਿਉ|ਰੋਕ ਦੇਵੋ)",
        f"{_OO_TXT} ਭੇਜਣ ਦੀ [(ਹੁਣ|ਕੋਈ)] (ਲੋੜ|ਜ਼ਰੂਰਤ|ਜਰੂਰਤ) ਨਹੀਂ",
    ),
    opt_in_phrases=(
        # Turn the texts back on (ਮੈਸੇਜ ਵਾਪਸ ਚਾਲੂ ਕਰ ਦਿਓ, reminder dubara on kar do).
        f"{_TEXTS} {_AGAIN} {_ON} {_DO}",
        f"{_R_TEXTS} {_R_AGAIN} {_R_ON} {_R_DO}",
        # Add me back, subscribe me (ਮੈਨੂੰ ਦੁਬਾਰਾ ਜੋੜ ਦਿਓ, menu wapas add kar do).
        f"(ਮੈਨੂੰ|ਮੇਰਾ ਨੰਬਰ) {_AGAIN} (ਜੋੜ ਦਿਓ|ਜੋੜੋ|ਐਡ ਕਰ ਦਿਓ)",
        f"(mainu|menu|mera number) {_R_AGAIN} (jod do|jod deo|jodo|add kar do|add kar deo)",
        f"(ਮੈਨੂੰ|ਮੈਨੂੰ ਵੀ|ਮੇਰਾ ਨੰਬਰ) [{_AGAIN}] (ਲਿਸਟ|ਗਰੁੱਪ) (ਵਿੱਚ|ਚ) (ਪਾ ਦਿਓ|ਐਡ ਕਰ ਦਿਓ|ਜੋੜ ਦਿਓ)",
        "(ਮੈਸੇਜਾਂ|ਸੁਨੇਹਿਆਂ|ਆਫਰਾਂ) (ਦੀ|ਵਾਲੀ) ਲਿਸਟ (ਵਿੱਚ|ਚ) (ਪਾ ਦਿਓ|ਐਡ ਕਰ ਦਿਓ|ਜੋੜ ਦਿਓ)",
        "(mainu|menu|mainu vi|menu vi) (list|group) (vich|ch) (pa do|pa deo|add kar do|jod do)",
        "(ਮੈਨੂੰ|ਹਾਂ|ਹਾਂਜੀ|ਹਾਂ ਜੀ|ਓਕੇ) ਸਬਸਕ੍ਰਾਈਬ (ਕਰ ਦਿਓ|ਕਰੋ)",
        "(mainu|menu|haan|haanji|ok) subscribe (kar do|kar deo)",
        # The offers asked back, the texts asked for regularly, "keep sending" after a yes.
        f"(ਆਫਰ|ਆਫਰਾਂ|ਅਪਡੇਟ|ਰਿਮਾਈਂਡਰ|ਨੋਟਿਸ) [(ਵਾਲੇ ਮੈਸੇਜ)] {_AGAIN} (ਭੇਜੋ|ਭੇਜ ਦਿਓ)",
        f"(offer|offers|updates|reminder) [(wale msg)] {_R_AGAIN} (bhejo|bhej do|bhej deo)",
        "(ਭੇਜਣੇ|ਭੇਜਣਾ) (ਸ਼ੁਰੂ|ਚਾਲੂ) (ਕਰੋ|ਕਰ ਦਿਓ)",
        "(bhejne|bhejna) (shuru|start) (karo|kar do|kar deo)",
        f"(ਹਾਂ|ਹਾਂਜੀ|ਹਾਂ ਜੀ|ਠੀਕ ਹੈ|ਠੀਕ ਐ|ਠੀਕ ਆ) {_KEEP}",
        f"(haan|haanji|haan ji|theek aa|theek hai|thik aa|ok) {_R_KEEP}",
        f"(ਮੈਨੂੰ|ਇੱਥੇ|ਏਥੇ) ਵੀ {_KEEP}",
        f"(mainu|menu|ithe) (vi|bhi) {_R_KEEP}",
        f"{_TEXTS} [ਮੈਨੂੰ] ਭੇਜਿਆ ਕਰੋ",
        f"{_R_TEXTS} [(mainu|menu)] (bhejeya karo|bhejya karo)",
        "(ਇੱਥੇ|ਏਥੇ|ਇਸ ਨੰਬਰ ਤੇ) ਭੇਜਿਆ ਕਰੋ",
        "(ਤੁਸੀਂ|ਤੁਸੀ) [ਮੈਨੂੰ] (ਫੇਰ|ਫਿਰ|ਦੁਬਾਰਾ) (ਮੈਸੇਜ|ਮੈਸਜ) (ਕਰ|ਭੇਜ) ਸਕਦੇ (ਹੋ|ਓ)",
        # A new number: send them here from now on.
        "(ਨਵੇਂ|ਨਵੇ) ਨੰਬਰ ਤੇ (ਭੇਜੋ|ਭੇਜਿਆ ਕਰੋ|ਭੇਜ ਦਿਓ)",
        "(nave|new) number te (bhejo|bhejeya karo|bhej do)",
        # This number: send here, add it, register it (ਇਸੇ ਨੰਬਰ ਤੇ ਮੈਸੇਜ ਕਰ ਦਿਆ ਕਰੋ, eh number add kar
        # deo, ਇਹ ਨੰਬਰ ਰਜਿਸਟਰ ਕਰ ਦਿਓ); a negation stands before the verb ("... ਨਾ ਕਰੋ").
        "(ਇਸ|ਇਸੇ|ਏਸ) ਨੰਬਰ (ਤੇ|ਉੱਤੇ) (ਮੈਸੇਜ|ਮੈਸਜ|sms|ਐਸਐਮਐਸ) (ਕਰ ਦਿਆ ਕਰੋ|ਕਰਿਆ ਕਰੋ|ਭੇਜਿਆ ਕਰੋ|ਕਰ ਦਿਓ|ਭੇਜ ਦਿਓ|ਕਰੋ|ਭੇਜੋ)",
        "(is|es|eh|ih) number (te|tey|par|pe) (sms|msg|message) (kar deya karo|kar diya karo|kareya karo|bhejeya karo|bhej deya karo|kar do|bhejo)",
        "(ਇਹ|ਏਹ|ਮੇਰਾ|ਨਵਾਂ) ਨੰਬਰ (ਰਜਿਸਟਰ|ਐਡ) (ਕਰ ਦਿਓ|ਕਰ ਦਿਉ|ਕਰੋ|ਕਰ ਲਓ)",
        "(eh|ih|is|mera|nawa|nava|new) number (add|register|jod) (kar deo|kar do|kar dio|karo|kar lo)",
        "da number (vi|bhi) (add|jod|register|pa) (kar deo|kar do|karo|deo|do)",
        "(sms|msg|message) (raahi|rahi|raahin|rahin) (kiven|kive|kiddan) (milu|milange|milangiyan|milegi|milega)",
        # A family member's number too; into the reminders (ਭੈਣ ਦਾ ਨੰਬਰ ਵੀ ਪਾ ਦਿਓ, reminder ਵਿੱਚ
        # ਪਾ ਦਿਓ).
        "ਦਾ ਨੰਬਰ ਵੀ (ਪਾ ਦਿਓ|ਜੋੜ ਦਿਓ|ਐਡ ਕਰ ਦਿਓ|ਰਜਿਸਟਰ ਕਰ ਦਿਓ)",
        "(reminder|ਰਿਮਾਈਂਡਰ|ਅਲਰਟ|alert|ਲਿਸਟ) (ਵਿੱਚ|ਚ) (ਪਾ ਦਿਓ|ਰਜਿਸਟਰ ਕਰ ਦਿਓ|ਐਡ ਕਰ ਦਿਓ|ਜੋੜ ਦਿਓ)",
        "(ਸੂਚਨਾਵਾਂ|ਅਪਡੇਟਾਂ|ਮੈਸੇਜਾਂ) ਲਈ (ਰਜਿਸਟਰ|ਐਡ) (ਕਰ ਦਿਓ|ਕਰ ਦਿਉ|ਕਰੋ)",
        # Me on the list again (ਮੈਨੂੰ ਲਿਸਟ ਵਿੱਚ ਵਾਪਸ ਪਾਓ), me too (ਮੈਨੂੰ ਵੀ ਚਾਹੀਦੇ ਹਨ, jodo menu vi), them
        # again (ਹੁਣ ਦੁਬਾਰਾ ਚਾਹੀਦੇ ਹਨ, hun fer chahide).
        "(ਮੈਨੂੰ|ਮੈਨੂੰ ਵੀ|ਮੇਰਾ ਨੰਬਰ) (ਲਿਸਟ|ਗਰੁੱਪ) (ਵਿੱਚ|ਚ) [(ਵਾਪਸ|ਦੁਬਾਰਾ|ਫਿਰ)] (ਪਾਓ|ਪਾ ਦਿਓ|ਪਾ ਦਿਉ|ਐਡ ਕਰੋ|ਐਡ ਕਰ ਦਿਓ|ਜੋੜੋ|ਜੋੜ ਦਿਓ)",
        "ਮੈਨੂੰ ਵੀ ਚਾਹੀਦੇ (ਹਨ|ਨੇ|ਆ)",
        "(mainu|menu) (vi|bhi) (chahide|chahidi) (ne|han|aa)",
        "(jodo|jod do|jod deo|add karo|add kar do) (menu|mainu) (vi|bhi)",
        "(menu|mainu) (vi|bhi) (jodo|jod do|jod deo|add kar do|add kar deo)",
        "(ਦੁਬਾਰਾ|ਫਿਰ|ਫੇਰ|ਫਿਰ ਤੋਂ|ਵਾਪਸ) ਚਾਹੀਦੇ (ਹਨ|ਨੇ|ਆ)",
        "(hun|hunn) (fer|fir|dubara|wapas) (chahide|chahida|chaide)",
        # How do I sign up, get them by text (register kithe karna, ਰਜਿਸਟਰ ਕਿਵੇਂ ਕਰੀਏ, SMS ਰਾਹੀਂ ਕਿਵੇਂ ਮਿਲੇਗੀ).
        "(register|sign up|signup|join) (kithe|kiven|kive|kiddan) (karna|kariye|karan|hunda)",
        "ਰਜਿਸਟਰ (ਕਿਵੇਂ|ਕਿੱਦਾਂ|ਕਿੱਥੇ) (ਕਰੀਏ|ਕਰਾਂ|ਕਰਨਾ|ਹੋਵੇ)",
        "(sms|ਐਸਐਮਐਸ|ਮੈਸੇਜ|ਟੈਕਸਟ) ਰਾਹੀਂ (ਕਿਵੇਂ|ਕਿੱਦਾਂ) (ਮਿਲੇਗੀ|ਮਿਲੇਗਾ|ਮਿਲਣਗੇ|ਮਿਲ ਸਕਦੀ|ਲੈ ਸਕਦਾ|ਲਵਾਂ)",
        # Formal consent ("ਲੈਣ ਲਈ ਸਹਿਮਤ ਹਾਂ", "ਸਹਿਮਤੀ ਦਿੰਦਾ ਹਾਂ"; "ਸਹਿਮਤ ਨਹੀਂ" keeps the negation between).
        "ਲਈ (ਸਹਿਮਤ|ਰਾਜ਼ੀ) (ਹਾਂ|ਹੈ)",
        "(ਸਹਿਮਤੀ|ਇਜਾਜ਼ਤ|ਇਜਾਜਤ|ਮਨਜ਼ੂਰੀ) (ਦਿੰਦਾ|ਦਿੰਦੀ|ਦਿੰਦੇ) (ਹਾਂ|ਹੈ)",
        "(sehmati|sahmati|ijazat) (dinda|dindi|dinde) (haan|han|aan)",
        # Back on after a slip (dubara shuru kar do ji, please start kar deo), the deals again
        # (ਫੇਰ ਭੇਜੋ ਡੀਲਾਂ ਵਾਲੇ ਮੈਸੇਜ, ਸੇਲ ਵਾਲੇ ਮੈਸੇਜ ਭੇਜਦੇ ਰਹੋ).
        "(dubara|fer ton|fer|wapas) (shuru|chalu|on|start) (kar do|kar deo|kar dio|karo)",
        "(please|plz|pls) start (kar deo|kar do|karo)",
        "(ਫੇਰ|ਫਿਰ|ਦੁਬਾਰਾ) ਭੇਜੋ [ਜੀ] (ਡੀਲਾਂ|ਆਫਰ|ਆਫ਼ਰ|ਛੂਟ|ਸੇਲ) ਵਾਲੇ (ਮੈਸੇਜ|ਮੈਸਜ)",
        "(ਛੂਟ|ਸੇਲ|ਡੀਲ|ਡੀਲਾਂ|ਆਫਰ|ਆਫ਼ਰ) (ਵਾਲੇ|ਦੇ) (ਮੈਸੇਜ|ਮੈਸਜ) (ਭੇਜਦੇ ਰਹੋ|ਭੇਜਦੇ ਰਿਹੋ)",
        "(haan|haanji|haan ji) [ji] (mainu|menu) [(order di|delivery di)] (updates|msg|messages|alerts) (chahidiyan|chahide|chahidi) (ne|han|aa)",
        # How do I sign up for / get the texts (ਆਫਰਾਂ ਦੇ ਮੈਸੇਜ ਲੈਣ ਲਈ ਕਿਵੇਂ ਰਜਿਸਟਰ ਕਰਾਂ, ਐਸਐਮਐਸ ਅਲਰਟ
        # ਲਈ ਸਬਸਕ੍ਰਾਈਬ ਕਿਵੇਂ ਕਰੀਏ, ਤੁਹਾਡੇ ਮੈਸੇਜ ਕਿਵੇਂ ਮਿਲਣਗੇ).
        f"{_IN_TXT} (ਲੈਣ|ਪਾਉਣ|ਮਿਲਣ) ਲਈ (ਕਿਵੇਂ|ਕਿੱਦਾਂ|ਕਿੱਥੇ) (ਰਜਿਸਟਰ|ਸਬਸਕ੍ਰਾਈਬ|ਸਾਈਨ ਅੱਪ|ਜੁਆਇਨ) (ਕਰਾਂ|ਕਰੀਏ|ਕਰਨਾ)",
        f"{_IN_TXT} ਲਈ (ਕਿਵੇਂ|ਕਿੱਦਾਂ|ਕਿੱਥੇ) (ਰਜਿਸਟਰ|ਸਬਸਕ੍ਰਾਈਬ|ਸਾਈਨ ਅੱਪ|ਜੁਆਇਨ) (ਕਰਾਂ|ਕਰੀਏ|ਕਰਨਾ)",
        f"{_IN_TXT} ਲਈ (ਸਬਸਕ੍ਰਾਈਬ|ਸਾਈਨ ਅੱਪ|ਜੁਆਇਨ) (ਕਿਵੇਂ|ਕਿੱਦਾਂ|ਕਿੱਥੇ) (ਕਰਾਂ|ਕਰੀਏ|ਕਰਨਾ)",
        "(ਤੁਹਾਡੇ|ਥੋਡੇ) (ਮੈਸੇਜ|ਮੈਸਜ|ਆਫਰਾਂ|ਅਲਰਟ|ਅਪਡੇਟਾਂ|ਆਫਰਾਂ ਦੇ ਮੈਸੇਜ) (ਕਿਵੇਂ|ਕਿੱਦਾਂ) (ਮਿਲਣਗੇ|ਮਿਲਣਗੀਆਂ|ਮਿਲ ਸਕਦੇ)",
        f"{_R_IN_TXT} (lain|lene|laine|paun) (layi|lai|laee) (kiven|kive|kiddan|kithe) (register|subscribe|signup|sign up|join) (karan|kariye|karna)",
        f"{_R_IN_TXT} (layi|lai|laee) (kiven|kive|kiddan|kithe) (register|subscribe|signup|sign up|join) (karan|kariye|karna)",
        f"{_R_IN_TXT} (layi|lai|laee) (subscribe|signup|sign up|join) (kiven|kive|kiddan|kithe) (karan|kariye|karna)",
        # Yes, send the offers (haanji bhej deo offers).
        "(ਹਾਂ|ਹਾਂਜੀ|ਹਾਂ ਜੀ) (ਭੇਜ ਦਿਓ|ਭੇਜ ਦਿਉ|ਭੇਜੋ) (ਆਫਰ|ਆਫਰਾਂ|ਅਪਡੇਟ|ਅਪਡੇਟਾਂ|ਡੀਲਾਂ|ਆਫਰਾਂ ਵਾਲੇ ਮੈਸੇਜ)",
        "(haan|haanji|haan ji|hanji) (bhej deo|bhej do|bhejo|bhej dio) (offers|offer|updates|deals|alerts)",
        # No objection to the texts (ਮੈਸੇਜ ਲੈਣ ਵਿੱਚ ਕੋਈ ਇਤਰਾਜ਼ ਨਹੀਂ): the negation is the consent.
        f"{_IN_TXT} (ਲੈਣ|ਆਉਣ|ਮਿਲਣ) (ਵਿੱਚ|ਚ|ਤੇ|ਨਾਲ) [(ਮੈਨੂੰ|ਸਾਨੂੰ)] [ਕੋਈ] (ਇਤਰਾਜ਼|ਇਤਰਾਜ|ਦਿੱਕਤ|ਸਮੱਸਿਆ|ਪਰੇਸ਼ਾਨੀ) (ਨਹੀਂ|ਨੀ)",
        f"{_R_IN_TXT} (lain|lene|laine|aun|milan) (vich|ch|te) [(mainu|menu)] [koi] (itraaz|itraz|etraz|dikkat|problem|pareshani) (nahi|nai|ni)",
    ),
    help_phrases=(
        # How often will you text me? Why am I getting these messages? (questions, not complaints)
        "ਤੁਸੀਂ ਕਿੰਨੀ (ਵਾਰ|ਵਾਰੀ) (ਮੈਸੇਜ|ਮੈਸਜ|ਸੁਨੇਹੇ) ਭੇਜੋਗੇ",
        "ਮੈਨੂੰ (ਇਹ|ਏਹ) (ਮੈਸੇਜ|ਮੈਸਜ|ਸੁਨੇਹੇ) ਕਿਉਂ (ਆ ਰਹੇ|ਆਉਂਦੇ) [(ਨੇ|ਹਨ|ਹੈ)]",
        "(tusi kinni (vaar|vaari) (msg|message|sms) (bhejoge|bhejo ge)|mainu (eh|ih) (msg|message|messages|sms) (kyon|kyu|kiun) (aa rahe|aunde) [(ne|han|hai)])",
        "(ਤੁਸੀਂ|ਤੁਸੀ) ਮੈਨੂੰ (ਮੈਸੇਜ|ਮੈਸਜ) ਕਿਉਂ (ਭੇਜ ਰਹੇ|ਭੇਜਦੇ) (ਹੋ|ਓ)",
        "(tusi|tussi) (mainu|menu) (msg|messages) (kyon|kyu) (bhej rahe|bhejde) (ho|o)",
        # Who are you, whose number is this, which company, is this a fraud?
        "(ਤੁਸੀਂ|ਤੁਸੀ) ਕੌਣ (ਹੋ|ਓ)",
        "ਕੌਣ (ਹੋ|ਆ|ਹੈ) (ਤੁਸੀਂ|ਭਾਈ|ਜੀ)",
        "(ਇਹ|ਏਹ) ਕੌਣ (ਹੈ|ਆ)",
        "(tusi|tussi) (kaun|kon) (ho|o)",
        "(kaun|kon) (aa|ho|hai) (bhai|tusi|ji)",
        "(ਇਹ|ਏਹ) (ਕਿਸਦਾ|ਕਿਸ ਦਾ|ਕੀਹਦਾ) ਨੰਬਰ (ਹੈ|ਆ)",
        "(eh|ih) (kisda|kis da|kihda) (number|no) (hai|aa)",
        "(ਇਹ|ਏਹ) (ਕਿਹੜੀ|ਕਿਹੜਾ) (ਕੰਪਨੀ|ਦੁਕਾਨ|ਸਟੋਰ|ਬੈਂਕ|ਕਲੀਨਿਕ|ਜਿਮ) (ਹੈ|ਆ)",
        "(eh|ih) (kehdi|kihdi|kehda|kihda) (company|dukaan|dukan|store|bank|clinic|gym) (hai|aa)",
        "ਕੀ (ਇਹ|ਏਹ) (ਫਰਾਡ|ਧੋਖਾ|ਨਕਲੀ) (ਹੈ|ਆ)",
        "(ਇਹ|ਏਹ) (ਫਰਾਡ|ਧੋਖਾ|ਨਕਲੀ) (ਹੈ|ਆ) ਕੀ",
        # Does replying cost anything, is it free?
        "(ਜਵਾਬ ਦੇਣ|ਰਿਪਲਾਈ ਕਰਨ|ਮੈਸੇਜ ਭੇਜਣ) (ਦੇ|ਤੇ) (ਪੈਸੇ|ਚਾਰਜ) (ਕੱਟਣਗੇ|ਲੱਗਣਗੇ|ਲੱਗੇਗਾ|ਕੱਟੇਗਾ)",
        "(reply karan|jawab den|msg bhejan) (de|te) (paise|charge) (katange|lagange|lagega|lagu)",
        "(ਇਹਨਾਂ|ਇਨ੍ਹਾਂ) (ਮੈਸੇਜਾਂ|ਸੁਨੇਹਿਆਂ) ਦੇ (ਪੈਸੇ|ਚਾਰਜ) (ਕੱਟਣਗੇ|ਲੱਗਣਗੇ|ਲੱਗਦੇ|ਕੱਟਦੇ)",
        "ਕੀ ਇਹ (ਸੇਵਾ|ਸਰਵਿਸ) (ਮੁਫ਼ਤ|ਮੁਫਤ|ਫ੍ਰੀ) (ਹੈ|ਆ)",
        # How do I reach you: the office's number asked for.
        "(ਦਫ਼ਤਰ|ਦਫਤਰ|ਕਸਟਮਰ ਕੇਅਰ|ਹੈਲਪਲਾਈਨ) ਦਾ (ਨੰਬਰ|ਫ਼ੋਨ ਨੰਬਰ|ਫੋਨ ਨੰਬਰ) (ਦੱਸੋ|ਦਿਓ|ਭੇਜੋ|ਦੇ ਦਿਓ|ਕੀ ਹੈ)",
        "(office|customer care|helpline) da (number|phone number) (dasso|daso|deo|bhejo|ki hai)",
        "ਤੁਹਾਡੇ ਨਾਲ (ਗੱਲ|ਸੰਪਰਕ) (ਕਿਵੇਂ|ਕਿੱਦਾਂ) (ਕਰਾਂ|ਹੋ ਸਕਦੀ|ਹੋਊ)",
    ),
    not_opt_out_phrases=(
        # Negated removal is a wish to keep the texts ("don't remove me", "I'm not
        # unsubscribing"); never a negated send/write, which stays an opt-out.
        "(mainu|mainnu|mera number|mere number nu) [(list ton|list to)] (delete|remove|unsubscribe) (na|mat) (karo|kario|karna)",
        "(ਮੈਨੂੰ|ਮੇਰਾ ਨੰਬਰ|ਮੇਰੇ ਨੰਬਰ ਨੂੰ) [(ਲਿਸਟ ਤੋਂ|ਸੂਚੀ ਤੋਂ)] (ਡਿਲੀਟ|ਰਿਮੂਵ) (ਨਾ|ਮਤ) (ਕਰੋ|ਕਰਿਓ|ਕਰਨਾ)",
        "(ਮੈਨੂੰ|ਮੇਰਾ ਨੰਬਰ|ਮੇਰੇ ਨੰਬਰ ਨੂੰ) [(ਲਿਸਟ ਤੋਂ|ਸੂਚੀ ਤੋਂ|ਲਿਸਟ ਚੋਂ)] (ਨਾ|ਮਤ) (ਹਟਾਓ|ਹਟਾਇਓ|ਹਟਾਉਣਾ|ਕੱਢੋ|ਕੱਢਿਓ|ਕੱਢਣਾ|ਡਿਲੀਟ ਕਰੋ|ਡਿਲੀਟ ਕਰਿਓ|ਡਿਲੀਟ ਕਰਨਾ)",
        "(ਅਨਸਬਸਕ੍ਰਾਈਬ|ਮੈਸੇਜ ਬੰਦ|ਮੈਸੇਜਾਂ ਬੰਦ|ਸੁਨੇਹੇ ਬੰਦ) (ਨਾ|ਮਤ) (ਕਰੋ|ਕਰਿਓ|ਕਰਨਾ|ਕਰਵਾਓ)",
        "(mainu|mainnu|mera number|mere number nu) [(list ton|list to|list cho)] (na|mat) (hatao|hataio|hatana|kaddo|kadho|kaddna|delete karo|delete kario|delete karna)",
        "(unsubscribe|message band|msg band|messages band|sms band) (na|mat) (karo|kario|karna)",
        # Refusing to be unsubscribed or asking the texts to go on ("don't unsubscribe me"):
        # a model opt-out reading of such a message is not decided.
        "ਬੰਦ ਨਾ (ਕਰੋ|ਕਰਿਓ|ਕਰਨਾ|ਕਰਿਉ)",
        "band na (karo|kario|karna|kareyo)",
        # "Take my name off the waiting list" is a booking, not the texts.
        f"ਵੇਟਿੰਗ (ਲਿਸਟ|ਸੂਚੀ) {_OO_FROM} (ਮੇਰਾ ਨਾਮ|ਮੇਰਾ ਨੰਬਰ|ਮੈਨੂੰ) {_OO_RM}",
        # Don't remove my number; someone else removed theirs (mera number na hatayo, ਘਰਵਾਲੇ ਨੇ
        # ਆਪਣਾ ਨੰਬਰ ਹਟਵਾ ਦਿੱਤਾ).
        "(mera|sada) number (na|naa) (hatayo|hatao|hatana|kaddo|kadd deo|katna)",
        "ਮੇਰਾ ਨੰਬਰ (ਨਾ|ਨ) (ਹਟਾਓ|ਹਟਾਇਓ|ਹਟਾਉਣਾ|ਕੱਟਿਓ|ਕੱਢਿਓ)",
        "(ਘਰਵਾਲੇ|ਘਰਵਾਲੀ|ਪਤੀ|ਪਤਨੀ|ਮੁੰਡੇ|ਕੁੜੀ|ਭਰਾ|ਭੈਣ|ਮੰਮੀ|ਪਾਪਾ) ਨੇ ਆਪਣਾ ਨੰਬਰ (ਹਟਵਾ|ਕਟਵਾ|ਕਢਵਾ|ਬੰਦ ਕਰਵਾ)",
        # Enough rations; how often will they come; calls, not texts; a slip of STOP.
        "(ਰਾਸ਼ਨ|ਖਾਣਾ|ਸਮਾਨ|ਸਾਮਾਨ|ਡੱਬੇ|ਦੁੱਧ) (ਕਾਫ਼ੀ|ਕਾਫੀ|ਬਥੇਰਾ) (ਹੈ|ਆ|ਹੋ ਗਿਆ)",
        "ਕਿੰਨੀ (ਵਾਰ|ਵਾਰੀ) (ਆਉਣਗੇ|ਆਉਂਦੇ|ਆਉਣੇ|ਭੇਜੋਗੇ)",
        "(ਫੋਨ|ਫ਼ੋਨ|ਕਾਲ) (ਨਾ|ਨ) (ਕਰੋ|ਕਰਿਓ|ਕਰਨਾ)",
        "(phone|call) (na|naa) (karo|kareyo|kario)",
        "ਗਲਤੀ ਨਾਲ (stop|ਸਟਾਪ|ਬੰਦ) (ਭੇਜ|ਭੇਜਿਆ|ਕਰ|ਦੱਬ|ਹੋ)",
        "(galti|galati|ghalti) (naal|nal|se) (unsubscribe|unsub|stop|band) [(ho|kar)]",
        "ਬੰਦ ਕਰਕੇ (ਪਛਤਾ|ਗਲਤੀ)",
        "(otp|ਓਟੀਪੀ)",
        "(ਖਾਣਾ|ਰਾਸ਼ਨ|ਸਮਾਨ|ਸਾਮਾਨ|ਰੋਟੀ|ਦੁੱਧ|ਡੱਬੇ) (ਨਾ|ਨ) (ਭੇਜੋ|ਭੇਜਿਓ|ਭੇਜਣਾ)",
        "(ਕਾਗਜ਼|ਕਾਗਜ਼ ਵਾਲਾ|ਕਾਗਜ਼ੀ|ਪੇਪਰ) (ਬਿੱਲ|ਬਿਲ|ਸਟੇਟਮੈਂਟ)",
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
    standalone_keywords=_R_ENOUGH,
    # Answers to the clarifying question (app/messaging/clarify.py).
    clarify_marketing=("mkt", "ਪੇਸ਼ਕਸ਼ਾਂ"),
    clarify_all=("all", "ਸਭ"),
)
