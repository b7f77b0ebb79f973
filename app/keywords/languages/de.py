"""German.

Sources: providers' Germany guides tell senders to honour STOP, STOPP, END and ENDE
(sent.dm Germany SMS guide); Brevo's German help centre tells senders to print "Antworten Sie
STOPP" and uses STOPP as its unsubscribe code; ABMELDEN / ABBESTELLEN are the verbs the same
pages use for unsubscribing ("Abmeldeoption", "abbestellen"). No German regulator publishes a
keyword list (Twilio's Germany short-code page: "Mandatory Keywords: None"), so the plain
keywords are kept to words that mean nothing else as a whole message.
"""

from app.keywords.languages.rules import LanguageRules

RULES: LanguageRules = LanguageRules(
    code="de",
    name="German",
    opt_out_keywords=("genug",
        "stopp", "ende", "abmelden", "abbestellen", "austragen", "abmeldung", "kündigen",
        "keine sms mehr", "keine nachrichten mehr", "bitte abmelden", "abbestellung",
    ),
    opt_out_all_keywords=("stopp alle", "stopp alles", "alle abmelden"),
    # A bare "ja" is not an opt-in: the engine's OPT_IN_YES list owns it.
    opt_in_keywords=("abonnieren", "aktivieren", "anmelden", "wieder anmelden", "starten", "fortsetzen", "reaktivieren"),
    help_keywords=("hilfe", "info", "auskunft"),
    opt_out_phrases=(
        "(bitte|schicken sie|senden sie) keine (sms|nachrichten|nachricht|werbung) mehr",
        "keine (sms|nachrichten|werbung) mehr (schicken|senden|bitte)",
        "(hören sie|hört|hör) auf (mir|uns) (nachrichten|sms|werbung) zu (schicken|senden)",
        "(hören sie|hört|hör) auf mir zu (schreiben|schicken)",
        "ich (möchte|will) keine (nachrichten|sms|werbung) mehr [erhalten]",
        "ich (möchte|will) mich abmelden",
        "(melden sie|meldet) mich ab",
        "(tragen sie|streichen sie|löschen sie|entfernen sie) (mich|meine nummer) (aus|von) (der|ihrer|dieser) (liste|verteiler)",
        "(löschen sie|entfernen sie) meine nummer",
        "ich widerrufe meine (einwilligung|zustimmung)",
        "falsche nummer",
        # Asking how to stop the texts is asking to stop them ("Wie bekomme ich diese SMS weg?").
        "wie (kann ich|kann man) (diese|die|eure|ihre|solche) (nachrichten|sms|benachrichtigungen|mitteilungen|werbung|werbe sms) (abstellen|abschalten|ausschalten|abbestellen|stoppen|loswerden)",
        "wie (stelle ich|schalte ich|bestelle ich) (diese|die|eure|ihre|solche) (nachrichten|sms|benachrichtigungen|mitteilungen|werbung|werbe sms) ab",
        "wie (schalte ich (diese|die|eure|ihre|solche) (nachrichten|sms|benachrichtigungen|mitteilungen|werbung|werbe sms) aus|werde ich (diese|die|eure|ihre|solche) (nachrichten|sms|benachrichtigungen|mitteilungen|werbung|werbe sms) los|(bekomme|kriege|krieg) ich (diese|die|eure|ihre|solche) (nachrichten|sms|benachrichtigungen|mitteilungen|werbung|werbe sms) weg)",
        "wie (stoppe ich|stoppt man) (diese|eure|ihre|solche) (nachrichten|sms|benachrichtigungen|mitteilungen|werbung)",
        "wie (kann ich|kann man) das (abstellen|abbestellen)",
        "wie (stelle ich|bestelle ich) das ab",
        "wie (kann ich mich|kann man sich) von (diesen|den|euren|ihren) (nachrichten|sms|benachrichtigungen) (abmelden|austragen)",
        "wie (melde|trage) ich mich von (diesen|den|euren|ihren) (nachrichten|sms|benachrichtigungen) (ab|aus)",
    ),
    opt_in_phrases=(
        "ich (möchte|will) mich wieder anmelden",
        "ich (möchte|will) (wieder|erneut) (nachrichten|sms) (erhalten|bekommen)",
        "(melden sie|meldet) mich wieder an",
    ),
    help_phrases=(
        "was ist das", "wer ist das", "wer sind sie", "was sind das für nachrichten",
        "woher haben sie meine nummer",
        "wer schreibt (mir|hier|da)",
        "wer schreibt mir da",
        "wie oft werden sie [mir] (nachrichten|sms) (schicken|senden)",
        "wie oft (schicken sie|senden sie|schickt ihr|sendet ihr) [mir] [(diese|die)] (nachrichten|sms)",
        "wie viele (nachrichten|sms) (pro|im|am|in der) (woche|tag|monat)",
        "(warum|wieso|weshalb) (bekomme|erhalte|kriege) ich (diese|solche|eure|ihre) (nachrichten|sms)",
    ),
    not_opt_out_phrases=(
        # Refusing to be unsubscribed or asking the texts to go on ("don't unsubscribe me"):
        # a model opt-out reading of such a message is not decided.
        "(nicht|bloß nicht|bloss nicht|bitte nicht|bloß nicht) abmelden",
        "(meldet|meld|melden sie) mich (bloß|bloss|bitte|ja|aber) nicht ab",
        "(meldet|meld|melden sie) mich nicht ab",
        "stopp mal",
        "(an der|die|zur|nächste) haltestelle",
        "(hör|hört|hören sie) nicht auf",
        "ohne (ende|stopp)",
        "(am|zum|bis zum|gegen) ende",
        "(wochenende|monatsende|jahresende)",
        "(mich|uns) (beim|bei der|im|vom) (fitnessstudio|verein|kurs|training) abgemeldet",
        "termin (absagen|abmelden|kündigen)",
    ),
    hint_words=(
        "der", "die", "das", "und", "ich", "nicht", "ist", "sie", "mir", "mich", "bitte",
        "keine", "mehr", "danke", "hallo", "ein", "eine", "zu", "mit", "auf", "ja", "nein",
    ),
    replies={
        "opt_out_clarify": "Sie haben sich von den Nachrichten von {program} abgemeldet. Antworten Sie MKT, "
        "um nur Angebote zu stoppen, ALLE, um alles zu stoppen. Hilfe: {support}.",
        "opt_out": "{program}: Sie wurden abgemeldet und erhalten keine weiteren Nachrichten. "
        "Hilfe: {support}. Antworten Sie START, um sich wieder anzumelden.",
        "opt_out_all": "{program}: Sie wurden von allen unseren Nachrichten abgemeldet und "
        "erhalten keine weiteren Nachrichten. Hilfe: {support}. Antworten Sie START, um sich "
        "wieder anzumelden.",
        "opt_in": "{program}: Sie sind wieder angemeldet. Es können Gebühren für Nachrichten und "
        "Daten anfallen. Hilfe: {support}. Antworten Sie HILFE für Hilfe, STOPP zum Abmelden.",
        "help": "{program}: Hilfe erhalten Sie unter {support}. Es können Gebühren für "
        "Nachrichten und Daten anfallen. Antworten Sie STOPP zum Abmelden.",
    },
    sources=(
        "https://www.sent.dm/resources/de_sms_guidance (STOP, STOPP, END, ENDE)",
        "https://help.brevo.com/hc/de/articles/115001945670 (STOPP code; Abmeldeoption)",
        "https://support.twilio.com/hc/en-us/articles/1260803518849 (no mandatory keywords in Germany)",
    ),
    courtesy_words=("bitte", "danke", "sofort", "jetzt", "endlich"),
    # Answers to the clarifying question (app/messaging/clarify.py): stop only
    # marketing, or everything.
    clarify_marketing=("mkt", "angebote"),
    clarify_all=("all", "alle", "alles"),
)
