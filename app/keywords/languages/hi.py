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
# Opt-in. The texts named ("turn it back on" may be a card or a connection), then "again /
# back", "turn on / start" and a request ending; "add me / subscribe me (back)"; the offers
# asked back; "send them regularly" (भेजा करो) and "keep sending" after a yes (not a bare
# "ji": "ना जी, भेजते रहो" answers an echoed "stop?"). Never the past ("kar diya": "why did you
# add me again?") nor an infinitive ("bhejna", which "bhejna mat" negates after it); a
# negation before the verb (mat, na, nahi) breaks the phrase. "subscribe" only after "me",
# "again" or a yes: a spaced "un subscribe kar do" holds "subscribe kar do". A lone "message
# dobara bhejo" resends one message (a code): the texts asked back are offers, updates...
# (Not romanised "karo": the future "karo ge" is written apart, "phir se shuru karo ge to".)
# Roman Urdu shares these romanised phrases.
_AGAIN = "(फिर से|दोबारा|वापस)"
_R_AGAIN = "(phir se|dobara|wapas|wapis)"
_ON = "(चालू|शुरू|ऑन)"
_R_ON = "(chalu|shuru|on|start)"
_DO = "(कर दो|कर दीजिए|कर दें|करो|करें)"
_R_DO = "(kar do|kardo|kr do|kar dijiye|kar dein)"
_TEXTS = "(मैसेज|मेसेज|ऑफर्स|अलर्ट|रिमाइंडर|अपडेट्स)"
_R_TEXTS = "(msg|messages|sms|offers|alerts|updates)"
_OFFERS = "(ऑफर|ऑफर्स|डील्स|अलर्ट|रिमाइंडर|अपडेट्स)"
_R_OFFERS = "(offers|deals|alerts|reminders|updates)"
_KEEP = "(भेजते रहो|भेजते रहिए|भेजते रहें|भेजा करो|भेजा करें)"
_R_KEEP = "(bhejte raho|bhejte rahiye|bhejte rahein|bheja karo|bheja karen|bheja karein)"
_YES = "(हाँ|हां|हाँ जी|ठीक है|ओके)"
_R_YES = "(haan|han|haan ji|ji haan|theek hai|thik hai|ok)"

# Opt-out: plain requests that name the texts, "me" or "my number". A negation before the
# verb (मत, ना, न) is the request itself; one before "बंद" (बंद मत करो: don't stop) breaks the
# phrase, and no ending is a form that a "ना" after it turns into a question. The offers,
# alerts and reminders count as texts; a bare "offer" does not (it may be a refund's).
_OUT = ("(मैसेज|मेसेज|मैसेजेस|मैसेजों|मेसेजों|संदेश|संदेशों|एसएमएस|sms|msg|msgs|message|messages|"
        "ऑफर्स|ऑफ़र्स|प्रमोशनल मैसेज|प्रमोशन|विज्ञापन|नोटिफिकेशन|नोटिफ़िकेशन|अलर्ट|अलर्ट्स|रिमाइंडर)")
_WHEN = "(अब|आगे से|अब से|दोबारा|फिर से|कभी|कभी भी)"
_RM = ("(हटा दो|हटा दें|हटा दीजिए|हटा दीजिये|हटाइए|हटाएं|हटाएँ|हटाओ|निकाल दो|निकाल दें|"
       "निकाल दीजिए|निकालो|डिलीट कर दो|डिलीट कर दें|डिलीट करें|डिलीट कर दीजिए|रिमूव कर दो|"
       "रिमूव करें|रिमूव कर दीजिए)")
_R_OUT = ("(msg|msgs|message|messages|sms|massage|offers|promotions|ads|notifications|alerts|"
          "reminders)")
_R_WHEN = "(ab|aage se|ab se|dobara|phir se|fir se|kabhi)"
_R_ME = "(mujhe|muje|mujhko|hume|humein)"
_R_NOT = "(bhejo|bhejna|bhejiye|bheja karo|bheja kijiye|karo|karna|kijiye|kro|krna)"
_R_RM = ("(hatao|hata do|hata dijiye|hataiye|nikalo|nikal do|nikal dijiye|nikaal do|delete karo|"
         "delete kar do|delete kardo|remove karo|remove kar do|remove kardo)")
_R_DO_OUT = "(karo|kro|kar do|kardo|kr do|krdo|kar dijiye|kijiye|karwa do)"

# "Enough, stop it" in Hinglish and Roman Urdu (bs kro bhai, bs kr do yr): whole-message keywords
# in any language detected, as "do", "ab" and "have" look English.
_R_ENOUGH = (
    "(bas|bs|bass) (karo|kro|kar do|kardo|kr do|krdo|karein|kren|kar dein) (yaar|yar|yr|yrr|ab|bhai|bhaiya|hun|have) [(yaar|yr|ab)]",
    "(yaar|yar|yr|ab|bhai|bhaiya) (bas|bs|bass) (karo|kro|kar do|kr do|kardo|karein|kren) [(yaar|yr|ab)]",
)

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
        # "Enough, stop it" said alone (बस करो यार, अब बस करो, bs kro bhai), "band kr".
        "बस (करो|करिए|करें|कर दो|कीजिए) (यार|अब|भाई|भैया) [(यार|अब)]",
        "(यार|अब|भाई|भैया) बस (करो|करिए|करें|कर दो|कीजिए) [(यार|अब)]",
        *_R_ENOUGH,
        "band kr", "band kar do", "band kardo",
        "stop kijiye",
        "सदस्यता रद्द",
    ),
    opt_out_all_keywords=("सब बंद करो", "sab band karo"),
    opt_in_keywords=("सब्सक्राइब", "चालू", "शुरू करें", "शुरू", "फिर से शुरू करें", "shuru karo", "chalu karo", "स्टार्ट",
        "फिर से शुरू", "दोबारा शुरू करें", "चालू करें", "सब्सक्राइब करें", "subscribe karo", "start karo",
        "(phir se|dobara|wapas) (shuru|chalu|start) (karo|kar do)"),
    help_keywords=("मदद", "सहायता", "madad", "help chahiye", "जानकारी", "kaun", "kaun hai", "aap kaun", "हेल्प"),
    opt_out_phrases=(
        # "Enough, man" with more said ("बस करो यार रोज रोज के मेसेज"); not "stop it" (बंद करो),
        # which ends a joke as often ("मज़ाक बंद करो यार").
        "बस (करो|करिए|करें|कर दो|कीजिए) (यार|भाई|भैया)",
        "(यार|भाई|भैया) बस (करो|करिए|करें|कर दो|कीजिए) (रोज|रोज़|हर दिन|अब)",
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
        # Don't send (me) these any more; stop sending them; I don't want them (ये रोज के सेल वाले
        # SMS मत भेजा करो, आगे से मैसेज मत करना, मेसेज भेजना बन्द करे, रिमाइंडर बंद कर दीजिए).
        f"{_OUT} [{_WHEN}] [(मुझे|हमें)] (मत|ना|न) (भेजो|भेजें|भेजिए|भेजिये|भेजना|भेजा करो|भेजा करें|भेजा कीजिए|करो|करें|करना|कीजिए|करिए)",
        f"{_OUT} (भेजना|भेजने) (बंद|बन्द) (करें|करो|करे|कर दें|कर दो|कर दीजिए|कर दीजिये|कीजिए|करिए)",
        f"{_OUT} (बंद|बन्द) (करो|करें|करे|कर दो|कर दें|कर दीजिए|कर दीजिये|कीजिए|करिए|कर दीजिएगा)",
        f"{_OUT} [(बिल्कुल|बिलकुल|अब|और)] (नहीं|नही) चाहिए",
        "(के|वाले|इन|ऐसे) (मैसेज|मेसेज|मैसेजों|संदेशों|एसएमएस|sms) (की|का) [(अब|कोई|अब कोई)] (ज़रूरत|जरूरत|आवश्यकता) (नहीं|नही)",
        # Take my number / name off your list; I don't want to be on it; unsubscribe me.
        f"(मेरा|इस|ये|यह) (नंबर|नम्बर|नाम) [(अपनी|आपकी|अपने)] [(लिस्ट|सूची|डेटाबेस|सिस्टम)] [से] {_RM}",
        f"(लिस्ट|सूची) से (मेरा नाम|मेरा नंबर|मेरा नम्बर|मुझे|हमें|नाम|नंबर) {_RM}",
        f"(मुझे|हमें) [(अपनी|आपकी|इस|अपने)] (लिस्ट|सूची) से {_RM}",
        # Don't put me on the list (the refusal of "add me to the list": मुझे लिस्ट में मत जोड़ो).
        "(मुझे|हमें|मेरा नंबर) [(अपनी|आपकी|इस|किसी)] (लिस्ट|सूची|मैसेज लिस्ट) में (मत|न|ना) (जोड़ो|जोड़ें|जोड़ना|जोड़िए|डालो|डालें|डालना|ऐड करो|ऐड करें|ऐड करना)",
        "(mujhe|muje|hume|mera number) [(apni|aapki|is|kisi)] list (me|mein|main) (mat|na|naa) (jodo|jodna|jodiye|daalo|dalo|daalna|add karo|add karna|add karein|add kijiye)",
        "(mujhe|muje|hume|mera number) [(apni|aapki|is|kisi)] list (me|mein|main) (add|jod|daal) (mat|na|naa) (karo|karna|karein|kijiye|do|dena)",
        "(मुझे|हमें) [(अपनी|आपकी|इस)] (लिस्ट|सूची) में (नहीं|नही) रहना",
        "(मुझे|मेरा नंबर|मेरा नाम) (अनसब्सक्राइब|रिमूव|डिलीट) (कर दो|कर दें|कर दीजिए|करें|करो|कीजिए)",
        # Cancel my subscription / the SMS service; I withdraw my consent.
        "मेरी (सदस्यता|सब्सक्रिप्शन) (रद्द|खत्म|ख़त्म|समाप्त|बंद|बन्द) (करें|करो|कर दें|कर दो|कर दीजिए|कीजिए|करिए)",
        "(एसएमएस|sms|मैसेज|मेसेज|संदेश) (सेवा|सर्विस) (रद्द|बंद|बन्द|खत्म|ख़त्म) (करें|करो|कर दें|कर दो|कर दीजिए|कीजिए|करिए)",
        "(सहमति|अनुमति) [(दी थी|दी)] [(वह|वो|उसे)] [(मैं)] वापस (लेता|लेती|लेते|ले रहा|ले रही|ले रहे|ले ली|ले लिया)",
        # Don't contact me / this number again; leave me alone.
        "(दोबारा|फिर से|आगे से|अब से|भविष्य में) [(इस नंबर पर|इस नंबर पे|मुझसे|हमसे)] [कोई] (संपर्क|कॉन्टैक्ट) (मत|न|ना) (करें|करो|करना|कीजिए|करिए)",
        "(मुझसे|हमसे|इस नंबर पर|इस नंबर पे) [(दोबारा|फिर से|कोई)] (संपर्क|कॉन्टैक्ट|मैसेज|मेसेज|एसएमएस) (मत|न|ना) (करें|करो|करना|कीजिए|करिए)",
        "(मुझे|मुझको|हमें) (परेशान|तंग) (मत|न|ना) (करो|करें|कीजिए|करिए|करना)",
        "(मेरा|हमारा) पीछा (छोड़ो|छोड़ दो|छोड़िए|छोड़ दीजिए|छोड़ दें|छोडो|छोड दो|छोडिए)",
        # The same in Hinglish (msg ab mat bhejna, offers band kar do, naam hatao list se, mujhe
        # remove karo, aage se is number par sampark mat karo, mera peecha chhodo). Roman Urdu's
        # own endings (kar dein, bhejein) and words (aainda, rabta) are the Urdu module's.
        f"{_R_OUT} [{_R_WHEN}] [{_R_ME}] (mat|na|naa|mt) {_R_NOT}",
        f"{_R_OUT} band {_R_DO_OUT}",
        f"{_R_OUT} bhejna band {_R_DO_OUT}",
        f"{_R_OUT} [(bilkul|ab|aur)] (nahi|nhi|nahin|nai) (chahiye|chaiye|chahye)",
        "(ke|wale|in|aise) (msg|message|messages|sms) (ki|ka) [(ab|koi|ab koi)] (zarurat|zaroorat|jarurat|jaroorat) (nahi|nhi|nahin)",
        f"(mera|is|ye|yeh|iss) (number|no|naam|nmbr) [(apni|aapki|apki)] [list] [(se|sy)] {_R_RM}",
        f"list (se|sy) (mera naam|mera number|mera no|mujhe|muje|hume|naam|number) {_R_RM}",
        f"{_R_ME} [(apni|aapki|apki|is|iss)] list (se|sy) {_R_RM}",
        f"(naam|mera naam|number|mera number) {_R_RM} [(apni|aapki|is)] list (se|sy)",
        f"{_R_ME} [(is|iss|aapki|apki|apni)] list (me|mein|main|mai) (nahi|nhi|nahin|nai) (rehna|rahna)",
        f"({_R_ME}|mera number) (remove|delete|unsubscribe) {_R_DO_OUT}",
        "(aage se|ab se|dobara|phir se|fir se|kabhi) [(is number (par|pe|py|per))] [koi] (sampark|contact) (mat|na|naa) (karo|karna|kijiye|kro|karein|karen)",
        "is number (par|pe|py|per) [(dobara|koi|phir se)] (msg|message|sms|sampark|contact) (mat|na|naa) (karo|karna|kijiye|kro|bhejo|bhejna|bhejiye)",
        f"{_R_ME} (pareshan|preshan|tang|disturb) (mat|na|naa|mt) (karo|kijiye|kro|karna)",
        "(mera|hamara|humara) (peecha|picha|pichha|piccha|peechha) (chhodo|chodo|chhod do|chod do|chhodiye|chodiye|chhod dijiye)",
        # Subscribed by mistake (गलती से सब्सक्राइब हो गया): a request to be taken off.
        "(गलती|ग़लती) से सब्सक्राइब (हो गया|हो गई|हो गए|कर दिया)",
        "(galti|ghalti|galati) se subscribe (ho gaya|ho gya|ho gayi|ho gaye|kar diya)",
        # Still coming after they were stopped (phir bhi msg aa rahe hain).
        "(फिर भी|अब भी|अभी भी) (मैसेज|मेसेज|एसएमएस|sms) (आ रहे|आ रहा|आते)",
        "(phir bhi|fir bhi|ab bhi|abhi bhi) (msg|msgs|message|messages|sms) (aa rahe|aa raha|aa rahi|aate)",
        # "Me too" after someone else stopped them (mujhe bhi hata do).
        "(मुझे|मेरा नंबर|हमें) भी (हटा|निकाल|अनसब्सक्राइब कर|रिमूव कर) (दो|दें|दीजिए)",
        "(mujhe|muje|hume|mera number) bhi (unsubscribe|remove|hata|nikal|delete) (kar do|kardo|do|karo|kar dijiye|kar dein|dijiye)",
        # "The reminders too" (ab reminders bhi band kar do); "stop texting this number".
        f"{_OUT} भी (बंद|बन्द) (करो|करें|करे|कर दो|कर दें|कर दीजिए|कीजिए|करिए)",
        f"{_R_OUT} bhi band {_R_DO_OUT}",
        "(मैसेज|मेसेज|एसएमएस|sms) (करना|करने) (बंद|बन्द) (करो|करें|करे|कर दो|कर दें|कर दीजिए|कीजिए|करिए)",
        f"(sms|msg|message|messages) (karna|karne) band {_R_DO_OUT}",
        # "Stop this nonsense" (band kro ye bakwas, बंद करो ये सब); the bare "enough" outbursts
        # (bas karo yaar) are keywords: inside a sentence they are as often amazement ("bas karo
        # yaar, itna sasta!").
        "(ye|yeh|ye sab) (bakwas|drama|tamasha) band (karo|kro|kar do|kardo|karein|kar dein)",
        "band (karo|kro|kar do|kardo|karein|kar dein) (ye|yeh|ye sab) (bakwas|drama|tamasha)",
        "(बंद|बन्द) (करो|करें|कर दो|कीजिए) (ये|यह) (सब|बकवास|ड्रामा|तमाशा)",
        # How many times must I say STOP; I already wrote STOP; refused before and still coming
        # (kitni baar bola STOP, pehle bhi STOP likha tha, तीन बार मना कर चुका हूँ).
        "(kitni|kitne) (baar|bar|dafa|dafe) (bola|bolu|bolun|bol chuka|bol chuki|kaha|kahu|kahun|likha|likhu|likh chuka|likh chuki|bhej chuka|bhej chuki|bheja) [(hai|hu|hun|hoon|tha)] stop",
        "(pehle bhi|pehle hi|kal bhi|already|do baar|teen baar|2 baar|3 baar) stop (likh chuka|likh chuki|bhej chuka|bhej chuki|bol chuka|bol chuki) (hu|hun|hoon)",
        "(pehle bhi|pehle hi|kal bhi) stop (likha|bheja|bola) tha (phir bhi|fir bhi)",
        "stop likh likh (ke|kar|k)",
        "(कितनी|कई|तीन|दो|3|2) बार (मना|स्टॉप|stop) (कर चुका|कर चुकी|कर चुके|लिख चुका|लिख चुकी|भेज चुका|भेज चुकी) (हूँ|हूं)",
        "कितनी बार (मना|स्टॉप|stop) (करूँ|करूं|करना पड़ेगा|लिखूँ|लिखूं|बोलूँ|बोलूं|कहूँ|कहूं)",
        "(मना|स्टॉप|stop) (कर चुका हूँ|कर चुका हूं|कर चुकी हूँ|कर चुकी हूं) (फिर भी|तब भी|तो भी)",
        "(मैंने|मैने) [(पहले भी|पहले ही)] (मना|स्टॉप|stop) (किया था|कर दिया था|लिखा था|भेजा था) (फिर भी|तब भी|तो भी)",
        "(mana|stop) (kar chuka hu|kar chuka hoon|kar chuki hu|kar chuki hoon) (phir bhi|fir bhi|tab bhi)",
        "(maine|mene|mainay) [(pehle bhi|pehle hi)] (mana|stop) (kiya tha|kar diya tha|likha tha|bheja tha) (phir bhi|fir bhi|tab bhi)",
        # "I'll complain to DND / TRAI" if they keep coming (not a relative's complaint made).
        "(dnd|डीएनडी|trai|ट्राई) (में|मे|पे|पर|को) (शिकायत|कंप्लेंट|complaint) (कर दूँगा|कर दूंगा|कर दूँगी|कर दूंगी|करूँगा|करूंगा|करूँगी|करूंगी|दर्ज करूँगा|दर्ज करूंगा|दर्ज करूँगी|दर्ज करूंगी)",
        "(dnd|trai) (me|mein|main|pe|par|ko) (shikayat|complaint|complain) (kar dunga|kar dungi|karunga|karungi|krunga)",
        # Only the offers refused (लोन के ऑफर वाले बिल्कुल नहीं चाहिए); rid of these texts.
        "[(लोन|सेल|प्रॉपर्टी)] [के] (ऑफर|ऑफ़र|ऑफर्स) (वाले|वाले मैसेज|के मैसेज) [(बिल्कुल|बिलकुल|अब)] (नहीं|नही) चाहिए",
        "(इन|ऐसे|इन सब) (मैसेजों|मैसेज|मेसेज|संदेशों|एसएमएस) से (छुटकारा|पीछा छुड़ाने|पीछा छुड़ाना)",
        "(in|aise|in sab) (msgs|messages|msg|sms) (se|sy) (chhutkara|chutkara|jaan chhudane|peecha chhudane)",
    ),
    opt_in_phrases=(
        f"(मुझे|mujhe) (फिर से|dobara|phir se|fir se) {_MSG} (चाहिए|chahiye)",
        f"{_MSG} (फिर से|dobara|phir se|fir se) (शुरू करो|शुरू करें|shuru karo|chalu karo)",
        "(phir se|fir se|dobara) (message|messages|msg|sms) bhejna shuru (karo|karen|kar do)",
        # Turn the texts back on (मैसेज वापस चालू कर दो, msg wapas on kar do).
        f"{_TEXTS} {_AGAIN} {_ON} {_DO}",
        f"{_R_TEXTS} {_R_AGAIN} {_R_ON} {_R_DO}",
        # Add me back, subscribe me (again) (मुझे वापस जोड़ दो, dobara subscribe kar do).
        f"(मुझे|मेरा नंबर) {_AGAIN} (जोड़ दो|जोड़ दीजिए|ऐड कर दो|ऐड कर दीजिए)",
        f"(mujhe|mera number) {_R_AGAIN} (jod do|jod dijiye|add kar do|add kar dijiye|add kar dein)",
        f"{_AGAIN} सब्सक्राइब {_DO}",
        f"{_R_AGAIN} subscribe {_R_DO}",
        "(मुझे|मेरा नंबर) [भी] (लिस्ट|ग्रुप) में (जोड़ दो|जोड़ दीजिए|ऐड कर दो|ऐड कर दीजिए|डाल दो)",
        "(mujhe|mera number) [bhi] (list|group) (me|mein) (add kar do|add kar dijiye|jod do|daal do)",
        "(मुझे|हमें) सब्सक्राइब (कर दो|कर दीजिए|कर दें|कर लो|कर लीजिए)",
        "(mujhe|muje|hume) subscribe (kar do|kardo|kar dijiye|kar dein|kar lo|kar lijiye)",
        f"{_YES} सब्सक्राइब (कर दो|कर दीजिए|कर दें)",
        f"{_R_YES} subscribe (kar do|kardo|kar dijiye|kar dein)",
        # The offers asked back, the texts asked for regularly, "keep sending" after a yes.
        f"{_OFFERS} [(वाले मैसेज|के मैसेज)] {_AGAIN} (भेजो|भेजें|भेजिए)",
        f"{_R_OFFERS} [(wale msg|wale messages)] {_R_AGAIN} (bhejo|bhejiye|bhejein)",
        "(भेजना|मैसेज भेजना) (शुरू|चालू) (कर दो|कर दीजिए|करो|करें)",
        "bhejna (shuru|start|chalu) (kar do|kardo|kar dijiye|kar dein|karen)",
        f"{_YES} {_KEEP}",
        f"{_R_YES} {_R_KEEP}",
        f"(मुझे|हमें) भी {_KEEP}",
        f"(mujhe|muje|hume) bhi {_R_KEEP}",
        f"{_TEXTS} (भेजा करो|भेजा करें)",
        f"{_R_TEXTS} (bheja karo|bheja karen|bheja karein)",
        # A new number: send them here from now on.
        "(नए|नये) नंबर (पर|पे) (भेजो|भेजें|भेजिए|भेजा करें)",
        "(इसी|इस) नंबर (पर|पे) (भेजा करें|भेजा करो)",
        "(यहीं|यहां|यहाँ|इसी पर) (भेजा करें|भेजा करो)",
        "(naye|nae|new) number (par|pe) (bhejo|bhejiye|bhejein|bheja karo|bheja karen)",
        "(isi|is) number (par|pe) (bheja karo|bheja karen|bheja karein)",
        "(yahin|yahan|isi par|isi pe) (bheja karo|bheja karen)",
        "(पाने|प्राप्त करने) के लिए सहमत (हूँ|हूं|हैं)",
        # Consent in form (प्राप्त करने की सहमति देता हूं, lene ke liye sehmat hoon).
        "(प्राप्त करने|पाने|लेने) (की|के लिए|हेतु) [(अपनी)] (सहमति|अनुमति|मंज़ूरी|मंजूरी) (देता|देती|देते|प्रदान करता|प्रदान करती|प्रदान करते|दे रहा|दे रही)",
        "(lene|pane|paane|receive karne|prapt karne) (ke liye|ki) (sehmat|raazi|razi|tayyar|taiyar) (hoon|hu|hun)",
        "(receive|hasil|wusool|lene) karne (par|pe) (raazi|razi|sehmat|razamand) (hoon|hun|hu)",
        "(एसएमएस|sms|मैसेज|संदेश) (द्वारा|के माध्यम से|के जरिए|के ज़रिए) भेजी (जाएं|जाएँ|जाये|जाए)",
        # Others get them, add me too (मुझे भी जोड़ दीजिए, mujhe bhi add kar do, मेरे नंबर पर भी भेजिए).
        "(मुझे|हमें) भी (ऐड|जोड़|शामिल|रजिस्टर) (कर दो|कर दीजिए|कर दें|करो|कर लो|कर लीजिए|दो|दें|दीजिए)",
        "(mujhe|muje|hume|mujhko) bhi (add|jod|shamil|register) (kar do|kardo|kar dijiye|kar dein|kar den|karo|kar lo|kar lein|kr do|do|dijiye)",
        "(मेरे|मेरा) (नंबर|नम्बर) (पर|पे) भी (भेजिए|भेजें|भेजो|भेजा करें|भेजा करो)",
        "(mere|mera) number (par|pe) bhi (bhejo|bhejiye|bhejein|bheja karo|bheja karen)",
        # How do I sign up for the texts (मैसेज चाहिए, कैसे रजिस्टर करूँ; नाम कहाँ लिखवाएं).
        "(चाहिए|चाहिये) (कैसे|कहाँ|कहां) (रजिस्टर|साइन अप) (करें|करूं|करूँ|करू)",
        "(मैसेज|एसएमएस|sms|अलर्ट|अलर्ट्स|रिमाइंडर) (के लिए|पाने के लिए) (रजिस्टर|साइन अप) (कैसे|कहाँ|कहां) (करें|करूं|करूँ)",
        "(मैसेज|एसएमएस|sms|अलर्ट|अलर्ट्स|रिमाइंडर) (के लिए|पाने के लिए) (कैसे|कहाँ|कहां) (रजिस्टर|साइन अप) (करें|करूं|करूँ)",
        "(अलर्ट|अलर्ट्स|एसएमएस|sms|मैसेज|रिमाइंडर) कैसे (चालू|शुरू|एक्टिवेट) (करें|करूं|करूँ|करवाएं|करवाऊं|होंगे|होगा)",
        "(alerts|alert|sms|msg|messages|reminders) (kaise|kese) (chalu|shuru|activate|on) (karu|karun|karen|karein|karwau|karwaun|honge|hoga)",
        # How do I get your texts, join the SMS service (आपके मैसेज कैसे मिलेंगे, मैसेज सर्विस कैसे
        # जॉइन करूं); I want to join it.
        "(आपके|आप के) (मैसेज|ऑफर्स|अलर्ट|अलर्ट्स|अपडेट्स|ऑफर्स के मैसेज|ऑफर वाले मैसेज) (कैसे|कहाँ से|कहां से) (मिलेंगे|मिल सकते|पाऊँ|पाऊं|पा सकता|पा सकती)",
        "(aapke|apke|aap ke) (msg|msgs|messages|offers|alerts|updates|offers wale msg) (kaise|kese) (milenge|mil sakte|paun|pa sakta|pa sakti)",
        "(मैसेज|एसएमएस|sms|अलर्ट|ऑफर्स) (सर्विस|सेवा|लिस्ट) (कैसे|कहाँ|कहां) (जॉइन|जोइन|सब्सक्राइब|एक्टिवेट|चालू) (करूं|करूँ|करें|करे|करू)",
        "(मैसेज|एसएमएस|sms|अलर्ट|ऑफर्स) (सर्विस|सेवा|लिस्ट) (जॉइन|जोइन|सब्सक्राइब) (करना|करनी) (चाहता|चाहती|चाहते|है)",
        "(sms|msg|message|alerts|offers) (service|list) (join|subscribe) (karna|karni) (chahta|chahti|chahte|hai|he)",
        # No objection to the texts (मुझे मैसेज प्राप्त करने में कोई आपत्ति नहीं, msg lene me koi
        # problem nahi): the negation is the consent; "आपत्ति है" is no match.
        "(मैसेज|मेसेज|एसएमएस|sms|संदेश|अलर्ट|ऑफर्स) (प्राप्त करने|पाने|लेने|मिलने) (में|पर|से) [कोई] (आपत्ति|दिक्कत|समस्या|परेशानी|ऐतराज़|ऐतराज|प्रॉब्लम) (नहीं|नही)",
        "(msg|msgs|sms|messages|alerts|offers) (lene|pane|paane|receive karne|milne) (me|mein|par|pe|se) [koi] (problem|dikkat|aapatti|aitraz|etraz|pareshani|issue) (nahi|nhi|nahin)",
        # How do I sign up for the texts, in Hinglish and Roman Urdu (alerts ke liye register kaise
        # karun, offers ke msg pane ke liye kahan register karein).
        "(alerts|alert|sms|msg|msgs|messages|offers|updates|reminders|sms alerts|offers ke msg|offers wale msg) [service] (ke liye|k liye|kay liye|ke lie) (register|signup|sign up|subscribe|join) (kaise|kese|kaisay|kahan|kaha) (karu|karun|karen|karein|kare|hoga|hon)",
        "(alerts|alert|sms|msg|msgs|messages|offers|updates|reminders|sms alerts) [service] (ke liye|k liye|kay liye|ke lie) (kaise|kese|kaisay|kahan|kaha) (register|signup|sign up|subscribe|join) (karu|karun|karen|karein|kare)",
        "(alerts|sms|msg|msgs|messages|offers|updates|reminders) (pane|paane|lene|receive karne|hasil karne) (ke liye|k liye|kay liye) (kaise|kese|kaisay|kahan|kaha) (register|signup|sign up|subscribe|join) (karu|karun|karen|karein|kare)",
        "पाने के लिए (नाम|नंबर) (कहाँ|कहां) (लिखवाएं|लिखवाऊं|लिखवाऊँ|लिखवाएँ|लिखाएं|दर्ज करवाएं)",
        # A new number (ये नया नंबर अपडेट कर दीजिए, इस नंबर पर चालू करो, ye naya hai, isko register kar do).
        "(ये|यह|इस) नया (नंबर|नम्बर) (अपडेट|रजिस्टर|ऐड|दर्ज) (कर दीजिए|कर दो|कर दें|करें|करो)",
        "(इस|इसी|नए|नये) (नंबर|नम्बर) (पर|पे) (चालू|शुरू|ऑन) (करो|करें|कर दो|कर दीजिए|कर दें)",
        "(naya|ye naya|yeh naya) (number|no) (register|update|add) (kar do|kardo|kar dijiye|kar dein|karo|karein|kr do)",
        "(naya|nya) [(number|no)] (hai|he|h) (isko|isay|ise|isey|isse) (register|update|add) (kar do|kardo|kar dijiye|kar dein|kar den|karo|karein|kr do)",
        "(सूचनाएं|सूचनाएँ|सूचना|मैसेज|मेसेज|अलर्ट|अपडेट्स|रिमाइंडर) (इस|इसी|नए|नये) (नंबर पर|नंबर पे|पर|पे) (भेजें|भेजिए|भेजो|भेजना|भेजा करें|भेजा करो)",
        # By text from now on (इसी नंबर पर SMS कर दिया करें, isi number pe sms karna).
        "(इसी|इस|नए|नये) (नंबर|नम्बर) (पर|पे) (sms|एसएमएस|मैसेज|मेसेज) (कर दिया करें|कर दिया करो|कर देना|किया करें|किया करो|भेजा करें|कर दें|कर दीजिए|करें|करना)",
        "(isi|is|naye|nae) (number|no) (pe|par|py|per) (sms|msg|message|messages) (karein|karen|kar dein|kar diya karein|kar diya karo|kiya karein|kiya karo|karna|kar dena|bheja karo|bheja karein|bhejein|bhejo)",
        # Stopped by mistake (गलती से बंद हो गया, galti se unsubscribe ho gaya): the texts back.
        "(गलती|ग़लती) से (अनसब्सक्राइब|बंद|स्टॉप|stop|unsubscribe) (हो गया|हो गए|हो गई|कर दिया|करवा दिया|लिख दिया|भेज दिया)",
        "(galti|ghalti|galati) se (unsubscribe|band|stop) (ho gaya|ho gya|ho gaye|ho gayi|kar diya|kr diya|karwa diya|likh diya|bhej diya|dab gaya)",
        # Switch them back on; I want them again now (फिर से चालू कर दीजिए, ab phir se chahiye).
        "(फिर से|दोबारा|वापस) (चालू|ऑन) (करो|करें|कर दो|कर दीजिए|करवाइए|करवा दो|कर दें)",
        "(phir se|dobara|wapas|wapis|fir se) (chalu|on) (kar do|kardo|kar dijiye|kar dein|karo|karein|kr do)",
        "(wapas|wapis) shuru (kar do|kardo|kar dijiye|kar dein)",
        "अब (फिर से|दोबारा|वापस) (चाहिए|चाहिये)",
        "ab (phir se|dobara|fir se|wapas|wapis) (chahiye|chahye|chaiye)",
        # Others get them, I want them too; I miss the sales; sorry I stopped them.
        "(आते हैं|आते है|मिलते हैं) (मुझे|हमें) भी (चाहिए|चाहिये)",
        "(aate hain|aate hai|aate h|milte hain) (mujhe|muje|hume) bhi (chahiye|chahye|chaiye)",
        "(सेल|सेल्स|ऑफर्स|डील्स|मैसेज) मिस (हो रही|हो रहे|हो रहा|कर रहा|कर रही|कर रहे)",
        "(sale|sales|offers|deals|msgs|messages) miss (ho rahi|ho rahe|ho raha|kar raha|kar rahi|kar rahe)",
        "(बंद|बन्द) (करके|कर के|करवा के|करवाके) पछता (रहा|रही|रहे)",
        "band (karke|kar ke|karwa ke) pachta (raha|rahi|rahe)",
        "(मैसेज|मेसेज|एसएमएस) आने (दो|दें|दीजिए)",
        # Add to the texts; a family member's number (मम्मी का नंबर भी डिस्पेंसरी के मैसेज में डाल दो).
        "(के|वाले) (मैसेज|मैसेजों|अलर्ट|अलर्ट्स|रिमाइंडर) में (डाल|जोड़|ऐड कर) (दो|दें|दीजिए)",
        "(लिस्ट|ग्रुप) में (डाल|जोड़|ऐड कर) (दो|दें|दीजिए)",
        "(मम्मी|पापा|माँ|मां|पत्नी|पति|बेटी|बेटे|भाई|बहन|दादी|दादा|नानी|नाना|सास|ससुर|वाइफ|हसबैंड|बीवी) का (नंबर|नम्बर) भी (ऐड|जोड़|शामिल|रजिस्टर|डाल) (कर दो|दो|दें|कर दीजिए|कर दें|दीजिए)",
        # Slang: send the coupons (कूपन भेजो भाई).
        "(कूपन|कूपन्स|डील्स|ऑफर्स|ऑफर) (भेजो|भेज दो|भेजते रहो) (भाई|यार|भैया)",
        "(coupon|coupons|deals|offers) (bhejo|bhej do|bhejte raho) (bhai|yaar|yar|bhaiya)",
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
        "[(आप|तुम)] मुझे (मैसेज|मेसेज) (क्यों|क्यूं) (भेज रहे|भेजते) (हो|हैं)",
        "[(aap|tum)] mujhe (msg|messages|sms) (kyu|kyun|kyon) (bhej rahe|bhejte) (ho|hain)",
        # Whose number is this, who are you people, which company is this, is this a fraud?
        "(ये|यह) (किसका|किस का) नंबर है",
        "(ये|यह) नंबर (किसका|किस का) है",
        "(ye|yeh) (kiska|kis ka) (number|no) (hai|h)",
        "(ye|yeh) number (kiska|kis ka) (hai|h)",
        "(तुम|आप) लोग (कौन|कोन) (हो|हैं)",
        "(तुम|आप) लोग हो कौन",
        "(tum|aap) log (kaun|kon) (ho|hain)",
        "(tum|aap) log ho (kaun|kon)",
        "कौन (बोल रहा|बोल रहे|बोल रही) (है|हैं)",
        "(कौन सी|कौनसी|कौन सा|कौनसा) (कंपनी|दुकान|स्टोर|जिम|बैंक|क्लिनिक) है",
        "(kaun si|kaunsi|konsi|kaun sa|kaunsa|konsa) (company|dukaan|dukan|store|gym|bank|clinic|shop) (hai|h)",
        "क्या (ये|यह) (फ्रॉड|स्कैम|फर्जी|फेक) है",
        "(ये|यह) (फ्रॉड|स्कैम|फर्जी|फेक) है क्या",
        "kya (ye|yeh) (fraud|scam|fake|farzi) (hai|h)",
        "(ye|yeh) (fraud|scam|fake|farzi) (hai|h) kya",
        # What is this message about, what does it mean?
        "(ये|यह) (मैसेज|मेसेज) किस बारे में है",
        "(ye|yeh) (msg|message) kis (bare|baare) (me|mein) hai",
        "(इस|इन) (मैसेज|मेसेज) का मतलब क्या",
        "(is|in) (msg|message) ka (matlab|matlb) kya",
        # Does replying cost anything, is the service free?
        "(जवाब देने|रिप्लाई करने|मैसेज भेजने) (पर|पे) [कोई] (पैसे|चार्ज) (कटेंगे|लगेंगे|लगेगा|कटेगा)",
        "(reply karne|jawab dene|msg bhejne) (par|pe) [koi] (paise|charge|balance) (katenge|katega|lagenge|lagega)",
        "(इन|इन्हीं) (मैसेज|मैसेजों) के (पैसे|चार्ज) (कटते|कटेंगे|लगते|लगेंगे)",
        "(in|inn) (msg|messages|sms) ke (paise|charge) (katte|katenge|lagte|lagenge)",
        "क्या (ये|यह) (सर्विस|सेवा) (फ्री|मुफ्त) है",
        "kya (ye|yeh) service (free|muft) (hai|h)",
        # How do I reach you: customer care's number asked for (not "this is the office number").
        "(कस्टमर केयर|कस्टमर सर्विस|हेल्पलाइन|ऑफिस) का (नंबर|फोन नंबर) (दो|दे दो|दीजिए|भेजो|बताओ|बताइए|क्या है|चाहिए)",
        "(customer care|customer service|helpline|office) ka (number|no|phone number) (do|de do|dijiye|bhejo|batao|bataiye|kya hai|chahiye)",
        "(आपसे|आप से) कैसे (संपर्क|बात) (करूं|करूँ|करें|कर सकता|कर सकती|हो सकती)",
        "(aapse|aap se|apse) (kaise|kese) (contact|baat) (karu|karun|karen|kar sakta|kar sakti|ho sakti)",
        "किसी (इंसान|व्यक्ति) से बात (करनी|करवाओ|करवाइए)",
        "kisi (insaan|insan|person|bande) se baat (karni|karwao|karao|karwaiye)",
    ),
    not_opt_out_phrases=(
        # Another subscription, named before ("ऐप का सब्सक्रिप्शन कट रहा है, उसे अनसब्सक्राइब कैसे करूँ?").
        "(उसे|उसको|इसे|इसको) (अनसब्सक्राइब|unsubscribe) (कैसे|kaise) [(करूँ|करूं|करें|करू|करना है|karu|karun|kare)]",
        # The writer's own message sent to a wrong number ("सॉरी गलत नंबर पे चला गया").
        "गलत नंबर (पे|पर) (चला गया|चली गई|चला गयी|भेज दिया|भेज दी|चला गया था)",
        # Negated removal is a wish to keep the texts ("don't remove me", "I'm not
        # unsubscribing"); never a negated send/write, which stays an opt-out.
        "(mujhe|mera number|mera no|mere number ko) [(list se)] (delete|remove|unsubscribe) (mat|na) (karo|karen|karein|karna|kijiye)",
        "(मुझे|मेरा नंबर|मेरे नंबर को|मेरा नम्बर) [(लिस्ट से|सूची से)] (डिलीट|रिमूव|अनसब्सक्राइब) (मत|न|ना) (करो|करें|करना|कीजिए)",
        "(मुझे|मेरा नंबर|मेरे नंबर को|मेरा नम्बर) [(लिस्ट से|सूची से)] (मत|न|ना) (हटाओ|हटाएं|हटाइए|हटाना|निकालो|निकालें|निकालना|डिलीट करो|डिलीट करें|डिलीट करना|रिमूव करो|रिमूव करें)",
        "(अनसब्सक्राइब|अनसबस्क्राइब|मैसेज बंद|मेसेज बंद|संदेश बंद|एसएमएस बंद) (मत|न|ना) (करो|करें|करना|कीजिए)",
        "(mujhe|mera number|mera no|mere number ko) [(list se)] (mat|na) (hatao|hataye|hatayen|hataen|hatana|nikalo|nikalen|nikalna|delete karo|delete karen|delete karna|remove karo|remove karen)",
        "(unsubscribe|msg band|message band|messages band|sms band|msgs band) (mat|na) (karo|karen|karein|karna|kijiye)",
        "(main|mai|me) (unsubscribe|unsubscribe nahi) (nahi|nahin) (kar raha|kar rahi|karunga|karungi)",
        "(मैं) (अनसब्सक्राइब) (नहीं) (कर रहा|कर रही|करूंगा|करूंगी|करूँगा|करूँगी)",
        # Refusing to be unsubscribed or asking the texts to go on ("don't unsubscribe me"):
        # a model opt-out reading of such a message is not decided.
        "(बंद|बन्द|unsubscribe|अनसब्सक्राइब) मत (करना|करो|कीजिए|करिए|करें)",
        "(बंद|बन्द) (ना|न) (करें|करना|कीजिए|करिए|कीजिएगा)",
        "(band|bandh|unsubscribe) (mat|na|naa) (karna|karo|kijiye|kariye|karein|karen)",
        # Stopped by mistake: read as an opt-in, not a stray STOP (the opt-in starts earlier).
        "(galti|ghalti|galati) se (unsubscribe|stop)",
        # Telling a child to stop, not us (मैंने डाँटकर बोला बंद करो, maine bola bas kar).
        "(डाँटकर|डांटकर|डाँट के|डांट के|डाँट कर|डांट कर) (बोला|कहा) (बंद करो|बस करो|बस कर|रुको)",
        "(maine|mene) (bola|kaha|boli) (bas kar|ruk ja)",
        "(maine|mene) (usko|use|usse|bete ko|beti ko|bachhe ko) (bola|kaha|boli) (bas kar|band kar|ruk ja)",
        # A relative switched them off; keep them coming to me (पति ने मैसेज बंद करवा दिए,
        # bhai ne unsubscribe kar diya).
        "(पति|पत्नी|भाई|बहन|बेटे|बेटी|मम्मी|पापा|माँ|मां|वाइफ|हसबैंड|सास|ससुर) ने [(आपके|अपने)] (मैसेज|मेसेज|एसएमएस|sms) (बंद|बन्द) (करवा|कर|करा) (दिए|दिये|दिया)",
        "(bhai|bhaiya|behen|bahen|didi|papa|mummy|mammi|ammi|abbu|abba|pati|biwi|wife|husband|beta|beti|bhabhi|shohar|sister|brother|mom|dad) ne (unsubscribe|band|stop) (kar diya|kiya|karwa diya|kr diya)",
        "मुझे (आते रहें|आते रहने दें|भेजते रहें|भेजते रहिए)",
        # Paper bills; groceries ("दो थैले चावल काफी हैं").
        "(कागज़ी|कागजी|पेपर) (बिल|स्टेटमेंट) [(भेजना|भेजने)] (बंद|मत)",
        "(चावल|आटा|चीनी|दूध|तेल|राशन|दाल|थैले|थैला|किलो|लीटर|बोरी|सामान) (काफी|काफ़ी) (है|हैं)",
        "के लिए (काफी|काफ़ी) (है|हैं)",
        # Standing orders, medicine, complaints ("ECS बंद करना है", "सिरप बंद कर दूँ?").
        "(ecs|autopay|auto debit|emi|sip|ऑटो डेबिट|ऑटोपे|ईसीएस|ईएमआई|एसआईपी) (बंद|band) (करना|करवाना|कर दो|करवा दो|करो|karna|karwana)",
        "(सिरप|दवाई|दवा|गोली|गोलियां|टैबलेट|दवाइयां|इंसुलिन) (बंद|बन्द) (कर दूँ|कर दूं|करूँ|करूं|करना है|कर सकता|कर सकती)",
        "(dawai|dawa|davai|goli|syrup|tablet|medicine) band (kar du|karu|kar dun|karna hai|kar sakta|kar sakti)",
        "शिकायत दर्ज (करें|करो|कर दो|कीजिए|कर लें)",
        "(फॉरवर्ड|फ़ॉरवर्ड|शेयर|forward|share) (कर दिया|किया|कर दी|kar diya|kiya)",
        # Money to a number; the waiting list.
        "(पैसे|पैसा|रुपये|रुपए|पेमेंट) (नए|नये|इस|इसी) (नंबर|नम्बर) (पर|पे) (भेजो|भेजें|भेजिए|भेजा करें|भेज दो|भेजना)",
        "(वेटिंग|waiting|प्रतीक्षा) (लिस्ट|सूची|list) में (डाल|जोड़|ऐड कर) (दो|दें|दीजिए)",
        "(दरवाज़ा|दरवाजा|खिड़की|लाइट|पंखा|टीवी|दुकान|गेट) (बंद|बन्द)",
        "(darwaza|darwaja|light|fan|pankha|tv|shop|dukaan|gate|khidki|ac) (band|bandh)",
        "(bus stop|बस स्टॉप|bus stand)",
        "(ruko|रुको) (main|मैं|me)",
        # "Take my name off the waiting list" is a booking, not the texts.
        f"(वेटिंग|waiting) (लिस्ट|list) (से|se) (मेरा नाम|मेरा नंबर|मुझे|नाम|नंबर) {_RM}",
        f"waiting list (se|sy) (mera naam|mera number|mujhe|muje|naam|number) {_R_RM}",
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
    standalone_keywords=_R_ENOUGH,
    clarify_marketing=("mkt", "ऑफ़र", "offer"),
    clarify_all=("all", "सब", "sab"),
)
