"""Gujarati. India's TRAI rules (TCCCPR 2018) let anyone block commercial texts through
1909; Gujarati senders print બંધ and STOP; romanised Gujarati (bandh karo, na moklo) is the
model's to read.
"""

from app.keywords.languages.rules import LanguageRules

# The texts, "how" (કેમ, kem, also "why", only before "to do": kem karva), and the verb
# endings of "how do I stop": never the past "bandh thaya".
# Only the commonest spellings: every pattern is expanded at load.
_MSGS = "(મેસેજ|મેસેજો|મેસેજીસ|સંદેશ|સંદેશા|એસએમએસ)"
_HOW = "(કેવી રીતે|કઈ રીતે|કેવીરીતે)"
_END = "(કરું|કરવા|કરવું|કરાય|થાય|થશે|કરી શકું)"
_R_MSGS = "(msg|message|messages|sms)"
_R_HOW = "(kevi rite|kai rite)"
_R_END = "(karu|karvu|karva|karay|thay|thase|kari saku)"

RULES: LanguageRules = LanguageRules(
    code="gu",
    name="Gujarati",
    opt_out_keywords=("અનસબ્સ્ક્રાઇબ", "બંધ", "બંધ કરો", "સ્ટોપ", "રદ", "અટકાવો", "bandh", "bandh karo", "રોકો"),
    opt_out_all_keywords=("બધું બંધ",),
    opt_in_keywords=("ચાલુ", "શરૂ", "સબ્સ્ક્રાઇબ", "સ્ટાર્ટ"),
    help_keywords=("મદદ", "માહિતી"),
    # Plain-language requests are the model's to read (app/keywords/data/corpus/gu.txt).
    opt_out_phrases=(
        # "I want to unsubscribe".
        "(અનસબ્સ્ક્રાઇબ|અનસબસ્ક્રાઇબ) (કરવું|કરવા|થવું) (છે|માંગું છું|માંગુ છું|માગું છું)",
        # "How do I stop these messages?" (આ મેસેજ બંધ કેવી રીતે થાય?, aa msg kevi rite band karu?): asking how asks us to stop.
        f"{_MSGS} [આવતા] ({_HOW} બંધ|બંધ {_HOW}) {_END}",
        f"{_MSGS} [આવતા] (કેમ બંધ|બંધ કેમ) (કરવા|કરવું|કરાય)",
        f"{_HOW} બંધ {_END} (આ|આવા) {_MSGS}",
        f"{_R_MSGS} [aavta] {_R_HOW} (band|bandh) {_R_END}",
        f"{_R_MSGS} [aavta] (band|bandh) {_R_HOW} {_R_END}",
        f"{_R_MSGS} [aavta] (kem band|kem bandh|band kem|bandh kem) (karva|karvu|karay)",
        f"{_R_HOW} (band|bandh) {_R_END} (aa|ava) {_R_MSGS}",
    ),
    opt_in_phrases=(),
    help_phrases=(
        # How often will you text me? Why am I getting these messages? (questions, not complaints)
        "તમે કેટલી વાર (મેસેજ|સંદેશ|એસએમએસ) મોકલશો",
        "(અઠવાડિયામાં|દિવસમાં|મહિનામાં) કેટલા (મેસેજ|સંદેશ|એસએમએસ) (આવશે|મોકલશો)",
        "મને (આ|આવા) (મેસેજ|સંદેશ|સંદેશા|એસએમએસ) કેમ (આવે છે|આવી રહ્યા છે)",
        "(tame ketli (vaar|var) (msg|message|sms) (moklsho|moklasho)|mane (aa|aava) (msg|message|sms) kem (aave che|aave chhe))",
    ),
    not_opt_out_phrases=(
        # Refusing to be unsubscribed or asking the texts to go on ("don't unsubscribe me"):
        # a model opt-out reading of such a message is not decided.
        "બંધ (ના|નહીં) (કરશો|કરો|કરતા|કરતાં)",
        "bandh (na|nahi) (karsho|karo|karta)",
    ),
    hint_words=("હું", "મારો", "તમે", "આ", "ના", "શું", "હવે", "હા", "કરો", "પ્લીઝ", "આભાર", "મેસેજ", "છે", "ને", "નો", "માં", "મને", "નથી"),
    replies={
        "opt_out_clarify": "{program}: તમારું સબ્સ્ક્રિપ્શન રદ થયું છે. ફક્ત ઑફર બંધ કરવા MKT, બધું બંધ કરવા ALL મોકલો. મદદ: {support}.",
        "opt_out": "{program}: તમારું સબ્સ્ક્રિપ્શન બંધ કરવામાં આવ્યું છે, હવે કોઈ સંદેશ નહીં આવે. મદદ: {support}. ફરી જોડાવા START મોકલો.",
        "opt_out_all": "{program}: અમારા બધા સંદેશાઓમાંથી તમારું સબ્સ્ક્રિપ્શન બંધ કરવામાં આવ્યું છે. મદદ: {support}. ફરી જોડાવા START મોકલો.",
        "opt_in": "{program}: તમે ફરીથી જોડાયા છો. સંદેશ અને ડેટા શુલ્ક લાગુ પડી શકે છે. મદદ: {support}. રોકવા STOP મોકલો.",
        "help": "{program}: મદદ માટે {support}. સંદેશ અને ડેટા શુલ્ક લાગુ પડી શકે છે. રોકવા STOP મોકલો.",
    },
    sources=(
        "https://www.trai.gov.in/consumer-info/telecom/unsolicited-commercial-communication (TCCCPR 2018, 1909)",
        "No Gujarati carrier keyword list found: બંધ and STOP kept to whole messages.",
    ),
    courtesy_words=("પ્લીઝ", "કૃપા કરીને", "આભાર", "please", "plz", "pls"),
    strong_keywords=(),
    standalone_keywords=(),
    # Answers to the clarifying question (app/messaging/clarify.py).
    clarify_marketing=("mkt", "ઑફર"),
    clarify_all=("all", "બધું"),
)
