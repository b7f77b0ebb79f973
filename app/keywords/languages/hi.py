"""Hindi, in Devanagari and in the romanised Hinglish most people text.

Sources: India's TRAI TCCCPR 2018 (amended 2025) governs commercial SMS through DLT
registration and the national DND preference (1909); senders and providers are told to support
HELP/STOP in the user's language and to offer free opt-out (messagecentral.com India
guidelines; d7networks India regulations). Indian senders print "STOP" (English, already in
the lexicon); no Hindi carrier keyword was found, so the keywords are the plain imperatives
रोकें / बंद करें ("stop" / "switch off") as the whole message, and BAND KARO only when it names the
messages (it also means "close the door").
"""

from app.keywords.languages.rules import LanguageRules

_MSG = "(मैसेज|मेसेज|संदेश|एसएमएस|sms|message|messages|msg|msgs|massage)"
# The texts, and the verb endings of "how do I stop": never the past "kaise band ho gaye".
# Only the commonest spellings: every pattern is expanded at load.
_HI_MSGS = "(मैसेज|मेसेज|मैसेजों|संदेश|संदेशों|एसएमएस)"
_HI_END = "(करूं|करूँ|करें|करे|कर सकते|होंगे|होगा)"
_R_MSGS = "(sms|message|messages|msg|msgs)"
_R_END = "(karu|karen|karein|kare|kar sakta|kar sakte|honge|hoga|hogi)"

RULES: LanguageRules = LanguageRules(
    code="hi",
    name="Hindi",
    opt_out_keywords=(
        "रोकें", "रोको", "बंद", "स्टॉप", "स्टाप", "अनसब्सक्राइब", "बंद करें", "बंद करो", "सदस्यता रद्द करें", "रद्द करें",
        "मैसेज बंद करो", "मैसेज बंद करें", "band karo", "band karen", "band kro", "mat bhejo",
        "rok do", "roko",
        "stop karo",
        "stop kar do",
        "stop kro",
        "stop kardo",
        "stop kijiye",
    ),
    opt_out_all_keywords=("सब बंद करो", "sab band karo"),
    opt_in_keywords=("सब्सक्राइब", "चालू", "शुरू करें", "शुरू", "फिर से शुरू करें", "shuru karo", "chalu karo", "स्टार्ट"),
    help_keywords=("मदद", "सहायता", "madad", "help chahiye", "जानकारी", "kaun", "kaun hai", "aap kaun"),
    opt_out_phrases=(
        # "I want to unsubscribe", "end my subscription to these messages".
        "(अनसब्सक्राइब|अनसबस्क्राइब) (करना|होना) (चाहता|चाहती|चाहते)",
        f"{_HI_MSGS} की (सदस्यता|सब्सक्रिप्शन) (समाप्त|रद्द|खत्म|बंद)",
        f"(मुझे|हमें) {_MSG} (मत|ना|न) (भेजो|भेजें|भेजिए|भेजना)",
        f"{_MSG} (मत|ना|न) (भेजो|भेजें|भेजिए|भेजना)",
        f"{_MSG} (बंद करो|बंद करें|बंद कीजिए|बंद कर दो|बंद कर दें)",
        f"(mujhe|hume|humein|muje) {_MSG} (mat|na|naa) (bhejo|bhejna|bhejiye|bhejen|bhejo please)",
        f"{_MSG} (mat|na|naa) (bhejo|bhejna|bhejiye|bhejen)",
        f"{_MSG} (band karo|band karen|band kro|band kar do|band kardo|band kijiye)",
        f"(ye|yeh|ya|ae) {_MSG} band (karo|karen|kro|kar do|kardo)",
        f"(मुझे|mujhe) (ये|यह|ye|yeh) {_MSG} (नहीं चाहिए|nahi chahiye|nhi chahiye)",
        "(मेरा नंबर|mera number|mera no) (हटाओ|हटा दो|हटाएं|hatao|hata do|hatayen)",
        "(गलत नंबर|galat number)",
        "(mujhe|muje|hume|humein) (aur|ab|koi) (message|messages|msg|sms|massage) (nahi|nhi|nahin) chahiye",
        "(message|messages|msg|sms|massage) (nahi|nhi|nahin) chahiye",
        "(संदेश|मैसेज|मेसेज|एसएमएस) भेजना बंद (करें|करो|कर दें|कर दो|कीजिए)",
        "(message|messages|msg|sms) (mat|na) karo",
        "(message|messages|msg|sms) bhejna band (karo|karen|kar do|kardo)",
        # "How do I stop these messages?" (ये मैसेज कैसे बंद होंगे?, ye msg kaise band honge?): asking how asks us to stop.
        f"{_HI_MSGS} [को] (कैसे बंद|बंद कैसे) {_HI_END}",
        f"{_HI_MSGS} (आना|आने) (कैसे बंद|बंद कैसे) (होगा|होंगे|करूं|करें)",
        f"कैसे बंद {_HI_END} (ये|यह|इन) {_HI_MSGS}",
        f"{_HI_MSGS} [को] कैसे (रोकूं|रोकूँ|रोकें|रोक सकते)",
        "(अनसब्सक्राइब|अनसबस्क्राइब) कैसे (करूं|करूँ|करें|करे|करू|होगा)",
        f"{_R_MSGS} [ko] (kaise|kese) (band|stop) {_R_END}",
        f"{_R_MSGS} [ko] (band|stop) (kaise|kese) {_R_END}",
        f"{_R_MSGS} (aana|ana) ((kaise|kese) band|band (kaise|kese)) (hoga|honge|karu|kare)",
        f"(kaise|kese) band (karu|karen|kare|kar sakta|kar sakte|honge|hoga) (ye|yeh|in) {_R_MSGS}",
        f"{_R_MSGS} [ko] (kaise|kese) (roku|rokun|rokein|roke|rok sakta|rok sakte)",
    ),
    opt_in_phrases=(
        f"(मुझे|mujhe) (फिर से|dobara|phir se|fir se) {_MSG} (चाहिए|chahiye)",
        f"{_MSG} (फिर से|dobara|phir se|fir se) (शुरू करो|शुरू करें|shuru karo|chalu karo)",
        "(phir se|fir se|dobara) (message|messages|msg|sms) bhejna shuru (karo|karen|kar do)",
    ),
    help_phrases=(
        "यह क्या है", "ये क्या है", "आप कौन हैं", "आप कौन हो", "कौन है", "ye kya hai",
        "yeh kya hai", "aap kaun ho", "aap kon ho", "kaun hai", "kon hai", "tum kaun ho",
        "(kaun|kon) bol (raha|rahe|rahi) (hai|hain|ho)",
        # How often will you text me? Why am I getting these messages? (questions, not complaints)
        "[आप] (कितनी बार|कितने दिन में) (मैसेज|मेसेज|संदेश) (भेजेंगे|आएँगे|आएंगे)",
        "(हफ़्ते|हफ्ते|दिन|महीने) में कितने (मैसेज|मेसेज|संदेश) (आएँगे|आएंगे|भेजेंगे)",
        "मुझे (ये|यह) (मैसेज|मेसेज|संदेश|एसएमएस) क्यों आ (रहे|रहा) [(है|हैं)]",
        "(mujhe (ye|yeh) (msg|message|messages|sms) (kyu|kyun|kyon) aa rahe [hain]|[aap] (kitni baar|kitne din me|kitne din mein) (msg|message|sms) (bhejenge|aayenge)|hafte (me|mein) kitne (msg|message|sms) (aayenge|bhejenge))",
    ),
    not_opt_out_phrases=(
        # Refusing to be unsubscribed or asking the texts to go on ("don't unsubscribe me"):
        # a model opt-out reading of such a message is not decided.
        "(बंद|बन्द|unsubscribe|अनसब्सक्राइब) मत (करना|करो|कीजिए|करिए|करें)",
        "(band|bandh|unsubscribe) mat (karna|karo|kijiye|kariye|karein|karen)",
        "(दरवाज़ा|दरवाजा|खिड़की|लाइट|पंखा|टीवी|दुकान|गेट) (बंद|बन्द)",
        "(darwaza|darwaja|light|fan|pankha|tv|shop|dukaan|gate|khidki|ac) (band|bandh)",
        "(bus stop|बस स्टॉप|bus stand)",
        "(ruko|रुको) (main|मैं|me)",
    ),
    hint_words=(
        "है", "हैं", "का", "की", "के", "में", "से", "को", "और", "नहीं", "मुझे", "आप", "hai",
        "nahi", "nahin", "mujhe", "aap", "kya", "karo", "mera", "hoon", "raha", "hain", "kuch",
        "bahut", "accha",
    ),
    replies={
        "opt_out_clarify": "आपने {program} के संदेशों की सदस्यता समाप्त कर दी है। केवल ऑफ़र रोकने के लिए "
        "MKT, सब कुछ रोकने के लिए ALL भेजें। सहायता: {support}।",
        "opt_out": "{program}: आपकी सदस्यता रद्द कर दी गई है, अब आपको कोई संदेश नहीं मिलेगा। "
        "सहायता: {support}. फिर से जुड़ने के लिए START भेजें।",
        "opt_out_all": "{program}: आपको हमारे सभी संदेशों से हटा दिया गया है, अब आपको कोई संदेश "
        "नहीं मिलेगा। सहायता: {support}. फिर से जुड़ने के लिए START भेजें।",
        "opt_in": "{program}: आपकी सदस्यता फिर से शुरू हो गई है। संदेश और डेटा शुल्क लागू हो "
        "सकते हैं। सहायता: {support}. मदद के लिए मदद, रोकने के लिए STOP भेजें।",
        "help": "{program}: सहायता के लिए {support} से संपर्क करें। संदेश और डेटा शुल्क लागू "
        "हो सकते हैं। रोकने के लिए STOP भेजें।",
    },
    sources=(
        "https://www.messagecentral.com/id/sms-guidelines/india (TRAI TCCCPR 2018, DLT, DND)",
        "https://d7networks.com/sms/india/sms-regulations (HELP/STOP in the user's language; free opt-out)",
        "No Hindi carrier keyword list found: रोकें/बंद करें kept to whole messages.",
    ),
    courtesy_words=("please", "plz", "pls", "kripya", "कृपया", "ji", "जी", "abhi", "अभी", "bhai"),
    # Answers to the clarifying question (app/messaging/clarify.py): stop only
    # marketing, or everything.
    clarify_marketing=("mkt", "ऑफ़र", "offer"),
    clarify_all=("all", "सब", "sab"),
)
