"""Italian.

Sources: no Italian regulator publishes SMS keywords (Twilio's Italy short-code page: no
specific opt-in/opt-out regulation; the Registro Pubblico delle Opposizioni is a do-not-call
register, sent.dm Italy SMS guide). Italian senders print "STOP" or "invia CANCELLA"; STOP is
already an English keyword. The plain words here (CANCELLA, CANCELLAMI, DISISCRIVIMI, BASTA
MESSAGGI) are conservative: each means nothing but "remove me" when it is the whole message.
AIUTO is the word providers use for HELP in Italian.
"""

from app.keywords.languages.rules import LanguageRules

RULES: LanguageRules = LanguageRules(
    code="it",
    name="Italian",
    opt_out_keywords=(
        "cancella", "cancellami", "disiscrivimi", "disiscrivi", "disiscrizione",
        "annulla iscrizione", "rimuovimi", "basta messaggi", "basta sms", "fine",
        "non mandatemi più", "non inviatemi più",
        "rimuovetemi", "cancellatemi", "disiscrivetemi", "cancellazione",
    ),
    opt_out_all_keywords=("cancella tutto", "stop tutto"),
    opt_in_keywords=("attiva", "attivare", "riattivare", "iscrivimi", "riattiva", "inizia", "ricomincia"),
    help_keywords=("aiuto", "informazioni"),
    opt_out_phrases=(
        "non (voglio|desidero) più ricevere (messaggi|sms|questi messaggi|i vostri messaggi|notifiche)",
        "(smettete|smettila|smetti|smetta) di (mandarmi|inviarmi|mandare|inviare) (messaggi|sms|pubblicità)",
        "(smettete|smetta) di (scrivermi|contattarmi)",
        "non (mandatemi|inviatemi|mandarmi|inviarmi) più (messaggi|sms|pubblicità)",
        "non (scrivetemi|contattatemi) più",
        "(toglietemi|toglimi|rimuovetemi|cancellatemi|eliminatemi|togliete il mio numero) (dalla|dalle) (lista|vostra lista|liste)",
        "(cancellate|rimuovete|eliminate) il mio numero",
        "(voglio|vorrei) (disiscrivermi|cancellarmi|essere cancellato|essere cancellata)",
        "revoco il (consenso|mio consenso)",
        "numero sbagliato",
        # "Come faccio a non ricevere più questi messaggi?": asking how to stop the texts asks us to stop them.
        # "Come faccio...", "Come si fa...", "Come posso / devo fare...".
        "(faccio|fare|fa) (a|per) non ricevere [più] (questi|queste|i vostri|i|le|gli) (messaggi|sms|notifiche)",
        "(faccio|fare|fa) (a|per) (smettere di ricevere|bloccare|fermare|disattivare) (questi|queste|i vostri|i|le|gli) (messaggi|sms|notifiche)",
        "come (fermo|blocco|disattivo|fermare|bloccare|disattivare|interrompere|posso fermare|posso bloccare|posso disattivare) (questi|queste|i vostri|i|le|gli) (messaggi|sms|notifiche)",
        "come (faccio a|posso|si fa a|fare a|faccio per) disiscrivermi",
        "come mi disiscrivo",
        # "Non so come fermare questi messaggi": the "non" is not a negated request.
        "non (so|sa) come (fermare|bloccare|disattivare|interrompere|smettere di ricevere|fare a non ricevere|fare a non ricevere più) (questi|queste|i vostri|i|le|gli) (messaggi|sms|notifiche)",
    ),
    opt_in_phrases=(
        "(voglio|vorrei) (iscrivermi|riscrivermi) di nuovo",
        "(voglio|vorrei) ricevere di nuovo (i messaggi|i vostri messaggi|messaggi)",
        "(voglio|vorrei) tornare a ricevere (i messaggi|i vostri messaggi|messaggi)",
    ),
    help_phrases=(
        "cos'è questo", "cos'è", "che cos'è", "chi è", "chi siete", "chi parla",
        "che messaggi sono", "dove avete preso il mio numero",
        "chi siete",
        "chi mi scrive",
        "(ogni quanto|con che frequenza) [mi] (mandate|inviate|manderete|invierete|arriveranno|arrivano) (messaggi|sms|questi sms|questi messaggi)",
        "(ogni quanto|con che frequenza) [mi] (mandate|inviate|scrivete|arrivano|manderete|invierete|arriveranno)",
        "quanti (messaggi|sms) (a|alla|al) (settimana|giorno|mese)",
        "(perché|xké|xche) (ricevo|sto ricevendo|mi arrivano) questi (messaggi|sms)",
    ),
    not_opt_out_phrases=(
        # Refusing to be unsubscribed or asking the texts to go on ("don't unsubscribe me"):
        # a model opt-out reading of such a message is not decided.
        "non (cancellatemi|cancellarmi|toglietemi|togliermi|rimuovetemi|rimuovermi|disiscrivetemi|disiscrivermi)",
        "non mi (cancellate|togliete|rimuovete|disiscrivete|cancellare|togliere)",
        "(alla|la|una|dalla) fermata (del|dell'|della) (autobus|bus|tram|metro)",
        "(non smettere|non smettete|senza smettere) di",
        "cancella (pure|l'appuntamento|la prenotazione|il mio appuntamento)",
        "(fine settimana|alla fine|fine del|fine della|fine mese)",
    ),
    hint_words=(
        "il", "lo", "la", "di", "che", "non", "per", "con", "una", "un", "è", "mi", "più",
        "grazie", "ciao", "voglio", "messaggi", "sono", "questo", "sì", "della", "perché",
    ),
    replies={
        "opt_out_clarify": "Hai annullato l'iscrizione ai messaggi di {program}. Rispondi MKT per fermare "
        "solo le offerte, TUTTO per fermare tutto. Aiuto: {support}.",
        "opt_out": "{program}: la sua iscrizione è stata annullata e non riceverà altri "
        "messaggi. Assistenza: {support}. Risponda START per iscriversi di nuovo.",
        "opt_out_all": "{program}: è stato rimosso da tutti i nostri messaggi e non riceverà "
        "altri messaggi. Assistenza: {support}. Risponda START per iscriversi di nuovo.",
        "opt_in": "{program}: la sua iscrizione è stata riattivata. Possono essere applicati "
        "costi per messaggi e dati. Assistenza: {support}. Risponda AIUTO per assistenza, "
        "CANCELLA per annullare.",
        "help": "{program}: per assistenza contatti {support}. Possono essere applicati costi "
        "per messaggi e dati. Risponda CANCELLA o STOP per annullare.",
    },
    sources=(
        "https://support.twilio.com/hc/en-us/articles/4409339027739-Italy-Short-Code-Best-Practises (no keyword regulation)",
        "https://www.s.dm/resources/italy-sms-guide (opt-out within 24 h, Registro delle Opposizioni)",
        "No published Italian keyword list found: CANCELLA/DISISCRIVIMI kept to whole messages.",
    ),
    courtesy_words=("per favore", "grazie", "subito", "ora", "per piacere"),
    # Answers to the clarifying question (app/messaging/clarify.py): stop only
    # marketing, or everything.
    clarify_marketing=("mkt", "offerte"),
    clarify_all=("all", "tutto"),
)
