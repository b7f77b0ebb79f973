"""Dutch. The Dutch SMS code of conduct (SMS Gedragscode) makes STOP end any subscription
by text; senders also print AFMELDEN and UITSCHRIJVEN.
"""

from app.keywords.languages.rules import LanguageRules

RULES: LanguageRules = LanguageRules(
    code="nl",
    name="Dutch",
    opt_out_keywords=("genoeg", "stop", "stoppen", "afmelden", "uitschrijven", "opzeggen", "geen sms meer"),
    opt_out_all_keywords=("stop alles", "alles afmelden"),
    opt_in_keywords=("inschrijven", "activeren", "aanmelden", "start", "hervatten"),
    help_keywords=("help", "info", "hulp"),
    # Plain-language requests are the model's to read (app/keywords/data/corpus/nl.txt).
    opt_out_phrases=(
        "uitgeschreven (worden|zijn)",
        # Asking how to stop the texts is asking to stop them ("Hoe kom ik van deze berichten af?").
        "hoe (kom ik|kom je|komen we) van (deze|die|jullie|uw|al die|al deze) (berichten|sms|smsjes|smsen|meldingen|notificaties|reclame) af",
        "hoe (kan ik|kun je|kan je|kunnen we) (deze|die|jullie|uw) (berichten|sms|smsjes|smsen|meldingen|notificaties) (stoppen|stopzetten|uitzetten|tegenhouden|opzeggen|kwijtraken)",
        "hoe stop ik (deze|die|jullie|uw) (berichten|sms|smsjes|smsen|meldingen|notificaties)",
        "hoe (zet ik (deze|die|jullie|uw) (berichten|sms|smsjes|smsen|meldingen|notificaties) (uit|stop)|krijg ik (deze|die|jullie|uw) (berichten|sms|smsjes|smsen|meldingen|notificaties) weg)",
        "hoe (krijg|zet) ik dit (uit|stop)",
        "hoe schrijf ik (me|mij) uit",
        "hoe (meld ik (me|mij) af|kan ik (me|mij) afmelden) voor (deze|die|jullie|uw|de) (berichten|sms|smsjes|smsen|meldingen|nieuwsbrief)",
    ),
    opt_in_phrases=(),
    help_phrases=(
        "hoe vaak (sturen jullie|stuurt u|krijg ik|ontvang ik|komen) [(deze|die)] (berichten|sms|smsjes)",
        "hoe vaak (gaan|zullen) jullie (smsen|sms sturen|berichten sturen)",
        "hoeveel (berichten|sms|smsjes) per (week|dag|maand)",
        "waarom (krijg|ontvang) ik (deze|die|jullie) (berichten|sms|smsjes)",
    ),
    not_opt_out_phrases=(
        # Refusing to be unsubscribed or asking the texts to go on ("don't unsubscribe me"):
        # a model opt-out reading of such a message is not decided.
        "niet afmelden",
        "meld (me|mij) (niet|maar niet|alsjeblieft niet|aub niet) af",
        # "Don't stop (sending)": a negation after or before the verb.
        "stop [(vooral|maar|alsjeblieft|aub|toch|dus)] niet",
        "(niet|nooit) (stoppen|ophouden)",
        # "Hoe krijg ik dit uit mijn trui?": a stain, not the texts.
        "hoe krijg ik dit uit (mijn|m'n|mn|de|het|je|een|haar|zijn)",
    ),
    hint_words=("de", "het", "een", "en", "van", "ik", "je", "niet", "is", "dat", "op", "te", "met", "voor", "mij", "geen", "meer", "graag", "aub", "dank"),
    replies={
        "opt_out_clarify": "{program}: u bent afgemeld. Antwoord MKT om alleen aanbiedingen te stoppen, ALLES om alles te stoppen. Hulp: {support}.",
        "opt_out": "{program}: je bent afgemeld en ontvangt geen berichten meer. Hulp: {support}. Stuur START om je weer aan te melden.",
        "opt_out_all": "{program}: je bent afgemeld voor al onze berichten. Hulp: {support}. Stuur START om je weer aan te melden.",
        "opt_in": "{program}: je bent weer aangemeld. Er kunnen kosten voor berichten en data gelden. Hulp: {support}. Stuur STOP om af te melden.",
        "help": "{program}: hulp via {support}. Er kunnen kosten voor berichten en data gelden. Stuur STOP om af te melden.",
    },
    sources=(
        "https://www.sms-gedragscode.nl (SMS Gedragscode: STOP ends a subscription)",
    ),
    courtesy_words=("aub", "graag", "dank je", "alsjeblieft"),
    strong_keywords=("afmelden", "uitschrijven"),
    standalone_keywords=(),
    # Answers to the clarifying question (app/messaging/clarify.py).
    clarify_marketing=("mkt", "aanbiedingen"),
    clarify_all=("all", "alles"),
)
