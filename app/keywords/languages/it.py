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
        "annulla iscrizione", "annulla", "rimuovimi", "basta messaggi", "basta sms", "fine",
        "non mandatemi più", "non inviatemi più",
        "rimuovetemi", "cancellatemi", "disiscrivetemi", "cancellazione", "rimuovi",
    ),
    opt_out_all_keywords=("cancella tutto", "stop tutto"),
    opt_in_keywords=("attiva", "attivare", "riattivare", "iscrivimi", "riattiva", "inizia", "ricomincia", "iscrivi", "iscrivetemi", "reiscrivimi", "reiscrivetemi", "riattivatemi"),
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
        # "Nn mi scrivete +" ("+" is più), "non mandatemi più la newsletter". A leading "ma" (but)
        # is read inside the phrase: the guards take it for an English third person ("ma", mum).
        "[ma] (non|nn) mi (scrivete|contattate|cercate) (più|piu|niente|nulla|nnt)",
        "[ma] (non|nn) mi (mandate|inviate) [(più|piu)] (niente|nulla|nnt|messaggi|sms|altri messaggi|pubblicità|promozioni|offerte|notifiche|promemoria)",
        "[ma] (nn|non) mi (scrivete|contattate)",
        "[ma] (non|nn) (mandatemi|inviatemi|scrivetemi|contattatemi|mandarmi|inviarmi|scrivermi|contattarmi) [(più|piu)] (niente|nulla|nnt|nient'altro|altro|messaggi|sms|pubblicità|promozioni|offerte|notifiche|newsletter|promemoria|comunicazioni)",
        "[ma] (non|nn) (mandatemi|inviatemi|mandarmi|inviarmi) (più|piu) (la|le|il|i|gli|questa|queste|questi|la vostra|le vostre|i vostri|vostri|vostre) (newsletter|offerte|promozioni|pubblicità|promemoria|messaggi|sms|notifiche|comunicazioni|avvisi|sondaggi|questionari)",
        "[ma] (nn|non) (scrivetemi|contattatemi|cercatemi) (più|piu)",
        # "Preferisco disiscrivermi", "vorrei essere rimosso dalla vostra lista".
        "[ma] (preferisco|preferirei|desidero|chiedo di|vi chiedo di|vi prego di) (disiscrivermi|cancellarmi dalla lista|essere cancellato|essere cancellata|essere rimosso|essere rimossa)",
        "[ma] (voglio|vorrei|preferisco|preferirei|desidero|chiedo di) (essere rimosso|essere rimossa|essere tolto|essere tolta|essere eliminato|essere eliminata|essere cancellato|essere cancellata) (dalla|dalle|dai|dal|dagli) [(vostra|vostre|vostri|vostro)] (lista|liste|mailing list|newsletter|messaggi|sms|comunicazioni|elenco|vostro elenco|database|archivio|invii|promozioni)",
        "[ma] (toglietemi|toglimi|rimuovetemi|rimuovimi|cancellatemi|cancellami|eliminatemi|eliminami|disiscrivetemi|disiscrivimi) (dalla|dalle|dai|dal|dagli) (lista|vostra lista|liste|mailing list|newsletter|messaggi|sms|vostri messaggi|vostri sms|comunicazioni|promozioni|offerte|vostri contatti|rubrica|database|archivio|elenco|invii)",
        # "Preferisco non ricevere i promemoria via SMS", "vorrei disattivare gli sms promozionali".
        "[ma] (preferisco|preferirei|vorrei|voglio|desidero|chiedo di) non ricevere [(più|piu)] (i|le|gli|questi|queste|i vostri|le vostre|altri|altre|più|piu) (promemoria|messaggi|sms|notifiche|offerte|promozioni|newsletter|pubblicità|comunicazioni|avvisi|sondaggi|questionari)",
        "[ma] non (voglio|desidero|vorrei) (più|piu) ricevere (i|le|gli|questi|queste|i vostri|le vostre|altri|altre|vostri|vostre) (promemoria|messaggi|sms|notifiche|offerte|promozioni|newsletter|pubblicità|comunicazioni|avvisi|sondaggi|questionari)",
        "[ma] non (voglio|desidero) (più|piu) (i vostri|questi|le vostre|queste|vostri|vostre) (promemoria|messaggi|sms|notifiche|offerte|promozioni|newsletter|pubblicità|comunicazioni|avvisi)",
        "[ma] (vorrei|voglio|desidero|potete|potreste|può|puoi|per favore|chiedo di|vi chiedo di|vi prego di) (disattivare|bloccare|sospendere|interrompere|fermare) (gli|i|le|questi|queste|i vostri|le vostre|l'invio di|l'invio degli|l'invio delle|l'invio dei|tutti gli|tutte le) (sms|messaggi|promemoria|offerte|promozioni|newsletter|comunicazioni|avvisi|pubblicità)",
        "[ma] (disattivate|bloccate|sospendete|interrompete|fermate) (gli|i|le|questi|queste|i vostri|le vostre|l'invio di|l'invio degli|l'invio delle|l'invio dei) (sms|messaggi|promemoria|offerte|promozioni|newsletter|comunicazioni|avvisi|pubblicità|notifiche)",
        # Enough of the texts: "basta questionari", "niente più SMS".
        "[ma] basta (questionari|sondaggi|promemoria|offerte|promozioni|pubblicità|newsletter|notifiche|spam|messaggini|comunicazioni|promo|messaggi promozionali|sms promozionali)",
        "[ma] (niente più|niente piu|basta con|basta con i|basta con le|basta con questi|basta con queste) (messaggi|sms|messaggini|questionari|sondaggi|promemoria|offerte|promozioni|pubblicità|newsletter|notifiche|spam|comunicazioni|promo)",
        "[ma] no more (messaggi|messaggini|notifiche|offerte|promozioni|pubblicità)",
        # "Smettetela di scrivermi", "lasciatemi in pace".
        "[ma] (smettete|smettila|smetti|smetta|smettetela|la smetta) di (mandarmi|inviarmi|mandare|inviare) [(questi|queste|i vostri|le vostre|tutti questi|tutte queste|i|le|gli|tutti i|tutte le)] (messaggi|sms|pubblicità|promozioni|offerte|notifiche|newsletter|promemoria|messaggini|spam|comunicazioni)",
        "[ma] (smettete|smettila|smetti|smetta|smettetela|la smetta) di (scrivermi|contattarmi|disturbarmi|importunarmi|tartassarmi|spammarmi|cercarmi|scriverci|contattarci)",
        "[ma] (lasciatemi|lasciateci) (in pace|stare)",
        "[ma] mi (lasci|lasciate) in pace",
        "[ma] (non ho mai|mai) (chiesto|richiesto|autorizzato|accettato|dato il consenso per|dato il consenso a|acconsentito a) (questi|i vostri|queste|le vostre|i|le) (messaggi|sms|promozioni|offerte|notifiche|newsletter|pubblicità)",
        "[ma] non (desidero|voglio|vorrei) ricevere (altri|altre|più|ulteriori) (messaggi|sms|promemoria|notifiche|offerte|promozioni|newsletter|pubblicità|comunicazioni|avvisi)",
        "[ma] non (voglio|desidero) (più essere|essere più) (contattato|contattata|contattati|disturbato|disturbata|disturbati)",
        "[ma] non [(mi|ci)] (servono|serve) (più|piu) (i|le|gli|questi|queste|i vostri|le vostre) (promemoria|messaggi|sms|notifiche|avvisi|offerte|promozioni|newsletter)",
        "[ma] niente (promemoria|messaggi|sms|offerte|promozioni|pubblicità|notifiche) (via sms|per sms|per favore|grazie)",
        # "Non voglio questi messaggi", "fermate anche quelli", "ora togliete anche i promemoria":
        # after some of the texts stopped, the rest.
        "[ma] (non|nn) (voglio|desidero|vorrei) (questi|queste|i vostri|le vostre|vostri|vostre) (messaggi|sms|promemoria|notifiche|offerte|promozioni|avvisi|comunicazioni|pubblicità)",
        "(fermate|bloccate|disattivate|stoppate) anche (quelli|quelle|questi|queste)",
        "(fermate|bloccate|disattivate|stoppate|togliete|toglietemi|eliminate|cancellate) anche (i|le|gli|questi|queste|i vostri|le vostre) (promemoria|messaggi|sms|notifiche|avvisi|offerte|promozioni|promo|newsletter|comunicazioni)",
        # "Ma ora basta messaggi" after a STOP taken back; "non voglio più continuare a riceverli";
        # a number put on the opt-out register (the opposite of the opt-ins below).
        "(ora|adesso|però|pero|ma ora|ma adesso) basta (messaggi|sms|messaggini)",
        "(non|nn) (voglio|vorrei|desidero) [più] continuare a (riceverli|riceverle|ricevere)",
        "(aggiungete|inserite|mettete|registrate) (questo numero|il mio numero) (nel|al|alla|nella) (registro delle opposizioni|registro opposizioni|lista nera|blacklist)",
        # Consent refused and sign-ups refused ("non acconsento a ricevere messaggi", "non mi sta bene
        # ricevere le offerte", "non iscrivetemi agli SMS").
        "non (autorizzo|autorizziamo|acconsento|acconsentiamo|accetto|accettiamo|do il consenso|do il mio consenso) (a ricevere|al ricevimento di|al ricevimento dei|al ricevimento delle|all'invio di|l'invio di|l'invio dei|l'invio delle|la ricezione di|di ricevere|per ricevere|per l'invio di) [(i|le|gli|i vostri|le vostre|questi|queste|vostri|vostre|dei|delle|degli|tutti i|tutte le)] (messaggi|sms|notifiche|offerte|promo|promozioni|avvisi|promemoria|news|novità|coupon|buoni|buoni sconto|sconti|aggiornamenti|alert|comunicazioni|informazioni|messaggini)",
        "non (mi va bene|mi sta bene|ci va bene|ci sta bene) ricevere [(i|le|gli|i vostri|le vostre|questi|queste|vostri|vostre|dei|delle|degli|tutti i|tutte le)] (messaggi|sms|notifiche|offerte|promo|promozioni|avvisi|promemoria|news|novità|coupon|buoni|buoni sconto|sconti|aggiornamenti|alert|comunicazioni|informazioni|messaggini)",
        "non (iscrivetemi|iscrivermi|mi iscrivete|aggiungetemi|aggiungermi|mi aggiungete|inseritemi|inserirmi|mi inserite|mettetemi|mettermi|rimettetemi|rimettermi|reiscrivetemi|reiscrivermi) [(più|mai più|di nuovo)] (a|ai|alle|agli|al|alla|nella|nelle|nei|in) [(vostra lista|lista|lista dei|lista delle|lista degli|servizio di|servizio|gruppo delle|gruppo dei)] (messaggi|sms|notifiche|offerte|promo|promozioni|avvisi|promemoria|news|novità|coupon|buoni|buoni sconto|sconti|aggiornamenti|alert|comunicazioni|informazioni|messaggini)",
        # The round of plain-word opt-outs: no need to keep writing, only the reminders and not the
        # offers, "fare l'unsubscribe", enough said to the sender, "how many times must I say it".
        "(non c'è bisogno|non c'è più bisogno|non serve|non serve più|è inutile|inutile|non è più necessario) (di continuare a|continuare a|che continuiate a|che mi continuiate a) (scrivermi|mandarmi|inviarmi|scrivere|mandare|inviare|contattarmi)",
        "(fare|faccio|fate|fatemi|fammi|mi fate|mi fai|potete fare|potete farmi|vorrei fare) [(l|lo|un)] (unsubscribe|opt out|optout|unsub)",
        "ma (le|i|le vostre|i vostri) (offerte|promozioni|pubblicità|promo|newsletter) no",
        "(solo|soltanto|solamente) (i|le|gli) (promemoria|avvisi|notifiche|conferme|aggiornamenti) [(degli|dei|delle|di|del|della)] [(appuntamenti|appuntamento|ordini|ordine|spedizioni|spedizione|visite|visita)] [(e|ma)] non (le|i|gli) (offerte|promozioni|pubblicità|promo|sconti|newsletter)",
        "(ma basta|basta) (toglietemi|toglimi|rimuovetemi|cancellatemi|disiscrivetemi|smettetela)",
        "(basta|smettetela di|smettila di) (rompere|rompermi|scocciare|scocciarmi|rompere le scatole|rompere le palle)",
        "quante volte (devo|vi devo|ve lo devo|dovrò) (dire|dirvi|scrivere|scrivervi|ripetere|ripetervi|chiedere|chiedervi) [(di)] (smettere|basta|stop|smetterla|non scrivermi|cancellarmi|toglier mi)",
        "(non|nn) (voglio|vojo) [(più|piu)] ricevere (sti|sti qua|questi qua) (sms|messaggi|messaggini)",
        "(rimuoverlo|cancellarlo|toglierlo|eliminarlo|rimuovetelo|cancellatelo|toglietelo) (dalla|dalle|dai|dal) (lista|vostra lista|vostre liste|vostri contatti|rubrica|elenco|database|invii)",
    ),
    opt_in_phrases=(
        "(voglio|vorrei) (iscrivermi|riscrivermi) di nuovo",
        "(voglio|vorrei) ricevere di nuovo (i messaggi|i vostri messaggi|messaggi)",
        "(voglio|vorrei) tornare a ricevere (i messaggi|i vostri messaggi|messaggi)",
        # A "non" in the three words before drops these (the engine's negation guard).
        "(reiscrivetemi|reiscrivimi|riscrivetemi|riiscrivetemi|reinseritemi|reinseriscimi|riaggiungetemi|riaggiungimi|riattivatemi)",
        "(iscrivetemi|iscrivimi|aggiungetemi|aggiungimi|inseritemi|inseriscimi|rimettetemi|rimettimi|mettetemi|mettimi) (di nuovo|ancora)",
        "(iscrivetemi|iscrivimi|aggiungetemi|aggiungimi|inseritemi|inseriscimi|rimettetemi|rimettimi|mettetemi|mettimi) [(di nuovo|ancora)] (a|ai|alla|alle|agli|al|nella|nelle) [(vostra lista|lista|lista dei|lista delle|servizio di|servizio)] (messaggi|sms|notifiche|offerte|promo|promozioni|avvisi|promemoria|news|novità|coupon|buoni|buoni sconto|sconti|aggiornamenti|alert)",
        "(rimettetemi|rimettimi|reinseritemi|reinseriscimi|riaggiungetemi) (nella|in) (lista|vostra lista|lista sms|lista dei messaggi)",
        "(ridatemi|rimandatemi|rinviatemi|rimandami|ridammi|riattivate|riattiva|riattivatemi|riaccendete|riattivami) (i|le|gli|i vostri|le vostre|questi|queste|i miei|le mie) (messaggi|sms|notifiche|offerte|promo|promozioni|avvisi|promemoria|news|novità|coupon|buoni|buoni sconto|sconti|aggiornamenti|alert)",
        "(mandatemi|inviatemi|mandami|inviami) (di nuovo|ancora) (i|le|gli|i vostri|le vostre|questi|queste|i miei|le mie) (messaggi|sms|notifiche|offerte|promo|promozioni|avvisi|promemoria|news|novità|coupon|buoni|buoni sconto|sconti|aggiornamenti|alert)",
        "(mandatemi|inviatemi|mandami|inviami) (i|le|gli|i vostri|le vostre|questi|queste|i miei|le mie) (messaggi|sms|notifiche|offerte|promo|promozioni|avvisi|promemoria|news|novità|coupon|buoni|buoni sconto|sconti|aggiornamenti|alert) (di nuovo|ancora)",
        "(attivate|attivatemi|attiva|attivami) (i|le|gli|i vostri|le vostre|questi|queste|i miei|le mie) (messaggi|sms|notifiche|offerte|promo|promozioni|avvisi|promemoria|news|novità|coupon|buoni|buoni sconto|sconti|aggiornamenti|alert)",
        "(potete|può|puoi|potreste|potrebbe|mi potete|mi può|mi puoi) (reiscrivermi|riscrivermi|reinserirmi|riaggiungermi|rimettermi in lista|rimettermi nella lista|riattivare (i|le|gli|i vostri|le vostre|questi|queste|i miei|le mie) (messaggi|sms|notifiche|offerte|promo|promozioni|avvisi|promemoria|news|novità|coupon|buoni|buoni sconto|sconti|aggiornamenti|alert)|riattivarmi (i|le|gli|i vostri|le vostre|questi|queste|i miei|le mie) (messaggi|sms|notifiche|offerte|promo|promozioni|avvisi|promemoria|news|novità|coupon|buoni|buoni sconto|sconti|aggiornamenti|alert)|rimandarmi (i|le|gli|i vostri|le vostre|questi|queste|i miei|le mie) (messaggi|sms|notifiche|offerte|promo|promozioni|avvisi|promemoria|news|novità|coupon|buoni|buoni sconto|sconti|aggiornamenti|alert)|iscrivermi di nuovo|iscrivermi ancora|aggiungermi di nuovo|inserirmi di nuovo|mandarmi di nuovo (i|le|gli|i vostri|le vostre|questi|queste|i miei|le mie) (messaggi|sms|notifiche|offerte|promo|promozioni|avvisi|promemoria|news|novità|coupon|buoni|buoni sconto|sconti|aggiornamenti|alert)|inviarmi di nuovo (i|le|gli|i vostri|le vostre|questi|queste|i miei|le mie) (messaggi|sms|notifiche|offerte|promo|promozioni|avvisi|promemoria|news|novità|coupon|buoni|buoni sconto|sconti|aggiornamenti|alert)|iscrivermi (a|ai|alle|al) (messaggi|sms|notifiche|offerte|promo|promozioni|avvisi|promemoria|news|novità|coupon|buoni|buoni sconto|sconti|aggiornamenti|alert))",
        "(voglio|vorrei|desidero|mi piacerebbe|vorrei tanto) (ricevere di nuovo|ricevere ancora|tornare a ricevere|riavere|di nuovo ricevere|ancora ricevere) [(i|le|gli|i vostri|le vostre|questi|queste|i miei|le mie)] (messaggi|sms|notifiche|offerte|promo|promozioni|avvisi|promemoria|news|novità|coupon|buoni|buoni sconto|sconti|aggiornamenti|alert)",
        "(voglio|vorrei|desidero|mi piacerebbe) ricevere (i|le|gli|i vostri|le vostre|questi|queste|i miei|le mie) (messaggi|sms|notifiche|offerte|promo|promozioni|avvisi|promemoria|news|novità|coupon|buoni|buoni sconto|sconti|aggiornamenti|alert)",
        "(voglio|vorrei|desidero|mi piacerebbe) ricevere (messaggi|sms|notifiche|offerte|promo|promozioni|avvisi|promemoria|news|novità|coupon|buoni|buoni sconto|sconti|aggiornamenti|alert) (via sms|per sms|tramite sms|sul telefono|su questo numero)",
        "(voglio|vorrei|desidero|mi piacerebbe) (iscrivermi|reiscrivermi|riscrivermi|registrarmi) (a|ai|alle|agli|al) [(vostro|servizio|servizio di)] (messaggi|sms|notifiche|offerte|promo|promozioni|avvisi|promemoria|news|novità|coupon|buoni|buoni sconto|sconti|aggiornamenti|alert)",
        "(voglio|vorrei|desidero|mi piacerebbe) (iscrivermi|registrarmi) al servizio (sms|di messaggi|di notifiche|notifiche)",
        "(rivoglio|rivorrei) (i|le|gli|i vostri|le vostre|questi|queste|i miei|le mie) (messaggi|sms|notifiche|offerte|promo|promozioni|avvisi|promemoria|news|novità|coupon|buoni|buoni sconto|sconti|aggiornamenti|alert)",
        # Someone else gets them and the writer wants them too ("posso riceverli anch'io?",
        # "vorrei esserlo anch'io", "aggiungete anche me"); a "non" before is the negation guard's.
        "(posso|potrei|possiamo) (riceverli|riceverle) (anch'io|anche io|pure io|anche noi)",
        "(vorrei|voglio|mi piacerebbe) (esserlo|essere iscritto|essere iscritta|riceverli|riceverle) (anch'io|anche io|pure io)",
        "((aggiungete|iscrivete|inserite|mettete|aggiungi|iscrivi|metti)|(potete|potreste|può|potrebbe|puoi) (aggiungere|iscrivere|inserire|mettere)) anche me (per favore|per piacere|grazie|alla lista|nella lista|ai messaggi|agli avvisi|alle notifiche|alle offerte|ai promemoria|agli sms)",
        # How to get them ("come faccio a iscrivermi agli avvisi", "c'è modo di ricevere gli
        # aggiornamenti per sms", "come si fa ad avere gli avvisi sul cellulare").
        "(come|cosa) (faccio|devo fare|posso fare|si fa) (a|ad|per) (iscrivermi|registrarmi|ricevere|avere) (a|ai|alle|agli|i|le|gli|i vostri|le vostre) (messaggi|sms|notifiche|offerte|promo|promozioni|avvisi|promemoria|news|novità|coupon|buoni|sconti|aggiornamenti|alert|conferme|comunicazioni|informazioni|info)",
        "(c'è modo|c'e modo|è possibile|e possibile|si può|si puo) (di|a) (ricevere|avere) (i|le|gli|i vostri|le vostre) (messaggi|sms|notifiche|offerte|promo|promozioni|avvisi|promemoria|news|novità|coupon|buoni|sconti|aggiornamenti|alert|conferme|comunicazioni|informazioni|info) (per sms|via sms|tramite sms|sul cellulare|sul telefono|per messaggio)",
        # A new number for the same texts ("potete registrare questo numero", "aggiungete questo
        # numero per favore", "mettete questo per i messaggi del club").
        "(registrate|aggiungete|inserite|potete registrare|potete aggiungere|potete inserire|potreste registrare|potreste aggiungere|potreste inserire|può registrare|può aggiungere) (questo numero|il nuovo numero|il mio nuovo numero|questo nuovo numero)",
        "(mettete|aggiungete|inserite|registrate|usate) (questo|questo numero|quest'altro) (per|nei|ai|alle|negli|agli) (i|le|gli) (messaggi|sms|notifiche|offerte|promo|promozioni|avvisi|promemoria|news|novità|coupon|buoni|sconti|aggiornamenti|alert|conferme|comunicazioni|informazioni|info)",
        # They stopped coming and the writer wants them back ("li rivoglio", "li voglio eccome").
        "(li|le) (rivoglio|rivorrei|voglio eccome|voglio ancora)",
        "(sistemate|sistemare|risolvete|aggiustate|sistemi|sistema) [(per favore|per piacere|pls)] (che|perché|perche|xké) (le|li) (voglio|vorrei|rivoglio)",
        "(mettete|aggiungete|inserite|registrate|potete mettere|potete aggiungere|potete inserire|potete registrare|potreste mettere|potreste aggiungere|potreste inserire) anche il mio (numero|cellulare|cell|telefono)",
        # From now on by text ("preferisco ricevere tutte le conferme via messaggio", "mi potete
        # avvisare per sms invece di chiamare").
        "preferisco ricevere (tutte le|tutti i|tutti gli|le|i|gli|le vostre|i vostri) (messaggi|sms|notifiche|offerte|promo|promozioni|avvisi|promemoria|news|novità|coupon|buoni|sconti|aggiornamenti|alert|conferme|comunicazioni|informazioni|info) (via|per|tramite) (messaggio|messaggi|sms|whatsapp)",
        "(avvisare|avvisarmi|avvisatemi|contattarmi|contattatemi|informarmi|informatemi) (per|via|tramite) (sms|messaggio) (invece di|anziché|anziche|piuttosto che) (chiamare|chiamarmi|telefonare|telefonarmi)",
        "(d'ora in poi|da ora in poi|da adesso in poi|d'ora in avanti|da oggi in poi|da oggi) (mandate|inviate|mandatemi|inviatemi|mandare|inviare) (le|i|gli|tutte le|tutti i|tutti gli) (messaggi|sms|notifiche|offerte|promo|promozioni|avvisi|promemoria|news|novità|coupon|buoni|sconti|aggiornamenti|alert|conferme|comunicazioni|informazioni|info) (su questo|a questo|al mio|sul mio|via sms|per sms) [(cellulare|numero|telefono|cell)]",
        # Formal consent ("acconsento a ricevere", "do il mio consenso a ricevere", "confermo di
        # voler ricevere", "autorizzo il Comune a inviarmi SMS").
        "(acconsento|acconsentiamo) (a|al) (ricevere|ricevimento di|ricevimento dei|ricevimento delle|l'invio di) [(i|le|gli|i vostri|le vostre)] (messaggi|sms|notifiche|offerte|promo|promozioni|avvisi|promemoria|news|novità|coupon|buoni|sconti|aggiornamenti|alert|conferme|comunicazioni|informazioni|info)",
        "(do|diamo) il (mio|nostro) consenso (a|per|al) (ricevere|l'invio di|ricevimento)",
        "confermo (di voler|di volere|che voglio|che desidero|di desiderare) ricevere [(i|le|gli|i vostri|le vostre)] (messaggi|sms|notifiche|offerte|promo|promozioni|avvisi|promemoria|news|novità|coupon|buoni|sconti|aggiornamenti|alert|conferme|comunicazioni|informazioni|info)",
        "(autorizzo|autorizziamo) (il comune|il negozio|la farmacia|la banca|la scuola|il club|la clinica|lo studio|la società|l'azienda|il vostro negozio|la vostra azienda|voi|la parrocchia|l'associazione|la palestra) (a|ad) (inviarmi|mandarmi|inviarci|mandarci|contattarmi) (sms|messaggi|notifiche|comunicazioni|offerte|promozioni|avvisi|promemoria)",
        # Slang: "siii mandatemi tutti gli sconti".
        "(mandatemi|inviatemi|mandami|inviami|passatemi) (tutti gli|tutte le|tutti i) (sconti|offerte|promo|promozioni|coupon|codici|codici sconto|buoni)",
        # A family member's number for the same texts ("è possibile aggiungere il cellulare di mia
        # figlia alle notifiche", "aggiungete anche il numero di mio figlio così riceve gli avvisi").
        "(aggiungere|aggiungete|inserire|inserite|registrare|registrate|iscrivere|iscrivete) [anche] (il numero|il cellulare|il telefono|il cell) (di mia|di mio) (figlia|figlio|moglie|marito|madre|padre|mamma|papà|sorella|fratello|nonna|nonno|compagna|compagno) [anche] (alle|ai|agli|al|per|per le|per i|per gli|nella lista dei|nella lista delle|così riceve|cosi riceve|così riceva|perché riceva|perche riceva) [(i|le|gli)] (messaggi|sms|notifiche|offerte|promo|promozioni|avvisi|promemoria|news|novità|coupon|buoni|sconti|aggiornamenti|alert|conferme|comunicazioni|informazioni|info)",
        # "Ho risposto stop senza pensarci": the STOP taken back (its veto below starts a word later,
        # so this phrase outlasts it). "Per sbaglio" is the model's to read with what follows.
        "(ho risposto|ho mandato|ho inviato|ho scritto) (stop|cancella|basta) (senza pensarci|senza volerlo|per distrazione)",
        # "I unsubscribed by mistake".
        "(mi sono|mi son) (disiscritto|disiscritta|cancellato|cancellata) (per sbaglio|per errore|senza volerlo|per distrazione)",
        "(per sbaglio|per errore|senza volerlo|per distrazione) mi (sono|son) (disiscritto|disiscritta|cancellato|cancellata)",
        # The round of opt-in phrases: asking to sign up ("posso iscrivermi alle notifiche SMS?", "mi
        # mettete nel gruppo delle offerte?"), consent in words ("do il consenso a ricevere SMS",
        # "autorizzo l'invio di SMS", "non ho problemi a ricevere i vostri messaggi", "mi sta bene
        # ricevere le offerte"), the texts for a family member too ("vorrei che gli avvisi della
        # scuola arrivassero anche a mio marito"), and an unsubscribe not meant ("non volevo
        # disiscrivermi"). The negations are opt-out phrases above.
        "(posso|potrei|come posso|come faccio a|come faccio ad|si può|si puo|vorrei|voglio|mi piacerebbe) (iscrivermi|registrarmi|abbonarmi|reiscrivermi) (a|ai|alle|agli|al|alla) [(vostre|vostri|vostro|lista|lista delle|lista dei|servizio|servizio di|vostro servizio di)] (messaggi|sms|notifiche|offerte|promo|promozioni|avvisi|promemoria|news|novità|coupon|buoni|buoni sconto|sconti|aggiornamenti|alert|comunicazioni|informazioni|messaggini)",
        "(mi mettete|mi aggiungete|mi inserite|mi iscrivete|mi mettereste|mi aggiungereste|mi potete mettere|mi potete aggiungere|mi potete inserire|mi potete iscrivere|potete mettermi|potete aggiungermi|potete inserirmi|potete iscrivermi|mettetemi|aggiungetemi|inseritemi|mettimi|aggiungimi) [(anche)] (nel|nella|in) (gruppo|lista|elenco) (delle|dei|degli|per le|per i|per gli|di|sms delle|sms dei|whatsapp delle|whatsapp dei) (messaggi|sms|notifiche|offerte|promo|promozioni|avvisi|promemoria|news|novità|coupon|buoni|buoni sconto|sconti|aggiornamenti|alert|comunicazioni|informazioni|messaggini)",
        "(mi mettete|mi aggiungete|mi inserite|mi iscrivete|mi potete mettere|mi potete aggiungere|mi potete inserire|potete mettermi|potete aggiungermi|potete inserirmi|mettetemi|aggiungetemi|inseritemi|mettimi|aggiungimi) [(anche)] (nel|nella|in) (lista sms|gruppo sms|lista whatsapp|gruppo whatsapp|lista messaggi|lista dei messaggi|lista degli sms)",
        "(do|diamo|dò) il (consenso|permesso|mio consenso|nostro consenso|mio permesso) (a|per|al|all) (ricevere|l'invio di|l'invio dei|l'invio delle|ricevimento di|ricevimento dei|ricevimento delle) [(i|le|gli|i vostri|le vostre|questi|queste|vostri|vostre|dei|delle|degli|tutti i|tutte le)] (messaggi|sms|notifiche|offerte|promo|promozioni|avvisi|promemoria|news|novità|coupon|buoni|buoni sconto|sconti|aggiornamenti|alert|comunicazioni|informazioni|messaggini)",
        "(autorizzo|autorizziamo|acconsento al|acconsentiamo al|acconsento all|accetto|accettiamo) (l'invio|la ricezione|ricevimento|il ricevimento|invio) (di|dei|delle|degli) [(vostri|vostre)] (messaggi|sms|notifiche|offerte|promo|promozioni|avvisi|promemoria|news|novità|coupon|buoni|buoni sconto|sconti|aggiornamenti|alert|comunicazioni|informazioni|messaggini)",
        "non (ho|abbiamo) (problemi|nessun problema|alcun problema|niente in contrario|nulla in contrario|obiezioni|nessuna obiezione) (a|ad|nel) (ricevere|riceverli|riceverle) [(i|le|gli|i vostri|le vostre|questi|queste|vostri|vostre|dei|delle|degli|tutti i|tutte le)] (messaggi|sms|notifiche|offerte|promo|promozioni|avvisi|promemoria|news|novità|coupon|buoni|buoni sconto|sconti|aggiornamenti|alert|comunicazioni|informazioni|messaggini)",
        "(mi va bene|per me va bene|mi sta bene|per me sta bene|ci va bene|ci sta bene) ricevere [(i|le|gli|i vostri|le vostre|questi|queste|vostri|vostre|dei|delle|degli|tutti i|tutte le)] (messaggi|sms|notifiche|offerte|promo|promozioni|avvisi|promemoria|news|novità|coupon|buoni|buoni sconto|sconti|aggiornamenti|alert|comunicazioni|informazioni|messaggini)",
        "(vorrei|voglio|mi piacerebbe) che (gli|i|le|anche gli|anche i|anche le) (messaggi|sms|notifiche|offerte|promo|promozioni|avvisi|promemoria|news|novità|coupon|buoni|buoni sconto|sconti|aggiornamenti|alert|comunicazioni|informazioni|messaggini) [(della|del|dello|dell|di) _] (arrivassero|arrivino|andassero|vadano) anche (a mio|a mia|al mio|alla mia) (marito|moglie|figlio|figlia|padre|madre|papà|mamma|fratello|sorella|nonno|nonna|compagno|compagna)",
        "non (volevo|intendevo|era mia intenzione) (disiscrivermi|cancellarmi|annullare l'iscrizione|togliermi dalla lista|uscire dalla lista)",
    ),
    help_phrases=(
        "cos'è questo", "cos'è", "che cos'è", "chi è", "chi siete", "chi parla",
        "che messaggi sono", "dove avete preso il mio numero",
        "chi mi scrive",
        "(ogni quanto|con che frequenza) [mi] (mandate|inviate|manderete|invierete|arriveranno|arrivano) (messaggi|sms|questi sms|questi messaggi)",
        "(ogni quanto|con che frequenza) [mi] (mandate|inviate|scrivete|arrivano|manderete|invierete|arriveranno)",
        "quanti (messaggi|sms) (a|alla|al) (settimana|giorno|mese)",
        "(perché|xké|xche) (ricevo|sto ricevendo|mi arrivano) questi (messaggi|sms)",
        # Who is texting.
        "(chi sei|ki sei|chi 6|ki 6|chi siete voi|chi mi sta scrivendo|chi mi manda questi messaggi|chi mi manda questo messaggio)",
        "(che|quale) (servizio|azienda|ditta|società|negozio|farmacia|banca|studio|clinica) (è questo|è questa|siete)",
        "da (quale|che) (azienda|ditta|società|negozio|farmacia|banca|studio|clinica|servizio|numero) (arriva|arrivano|scrivete|mi scrivete|è|viene|vengono)",
        "(di chi è questo numero|che numero è questo|di chi è il numero)",
        "(come|dove) (avete avuto|avete trovato|avete preso) il mio (numero|contatto)",
        "(è una|e una|è un|e un|si tratta di una|si tratta di un) (truffa|fregatura|frode|phishing)",
        "(è|e) (affidabile|legittimo|vero|sicuro) questo (messaggio|sms)",
        # Cost.
        "(questi|i|gli|i vostri) (messaggi|sms) (sono|saranno) (a pagamento|gratis|gratuiti)",
        "(questi|i|gli|i vostri) (messaggi|sms) (costano|si pagano)",
        "(sono|è) a pagamento (questi|i|gli) (messaggi|sms)",
        "(quanto costa|quanto costano) (il servizio|questo servizio|i messaggi|gli sms|questi messaggi|questi sms|rispondere|ricevere i messaggi|ricevere gli sms)",
        "(devo pagare|si paga|pago|costa qualcosa|costa) (per|per i|per gli|per questi) (messaggi|sms|rispondere|ricevere)",
        "rispondere (costa|è a pagamento|si paga)",
        # Reaching a person.
        "(come|dove) (posso|faccio a|si può|si fa a) (contattarvi|chiamarvi|raggiungervi|contattare (l'assistenza|il servizio clienti|un operatore|il supporto|qualcuno)|parlare con (l'assistenza|il servizio clienti|un operatore|una persona|qualcuno))",
        "(come|dove) (posso|faccio ad|faccio a|si può) (avere|ricevere|chiedere) assistenza",
        "(c'è|avete|qual è) (un|il) numero (del servizio clienti|dell'assistenza|di assistenza|per l'assistenza)",
        "(voglio|vorrei|posso) parlare con (un operatore|una persona|qualcuno|l'assistenza|il servizio clienti)",
        # Why.
        "(perché|perchè|xké|xche|xchè|xk) (mi scrivete|mi mandate|mi inviate|mi state scrivendo|mi state mandando|mi arrivano|ricevo|sto ricevendo) [(questi|i vostri|dei|tutti questi)] (messaggi|sms|notifiche)",
        "(perché|perchè|xké|xche|xchè|xk) mi (scrivete|state scrivendo)",
        "quanti (messaggi|sms) (mi manderete|mi mandate|mi arriveranno|riceverò|ricevo|mi arrivano)",
    ),
    not_opt_out_phrases=(
        # Negated removal is a wish to keep the texts ("don't remove me", "I'm not
        # unsubscribing"); never a negated send/write, which stays an opt-out.
        "non (mi|ci) (cancellate|cancelli|cancellare|togliete|tolga|togliere|eliminate|elimini|eliminare|rimuovete|rimuova|rimuovere|disiscrivete|disiscriva|disiscrivere) [dalla (lista|vostra lista|mailing list)]",
        "non (cancellatemi|toglietemi|eliminatemi|rimuovetemi|disiscrivetemi|cancellarmi|togliermi|eliminarmi|rimuovermi|disiscrivermi) [dalla (lista|vostra lista|mailing list)]",
        "non (cancellate|cancellare|eliminate|eliminare|togliete|togliere|rimuovete|rimuovere) il mio (numero|contatto) [dalla (lista|vostra lista)]",
        "(io) non mi (disiscrivo|cancello|tolgo)",
        "non mi (disiscrivo|cancello) (dalla lista|dalle notifiche|dai messaggi)",
        "non (serve|occorre|c e bisogno di|ce bisogno di|voglio) (cancellarmi|togliermi|disiscrivermi|eliminarmi|rimuovermi) [dalla (lista|vostra lista)]",
        "non (interrompete|sospendete|bloccate|annullate) (i|le) (messaggi|promemoria|notifiche|sms)",
        # Refusing to be unsubscribed or asking the texts to go on ("don't unsubscribe me"):
        # a model opt-out reading of such a message is not decided.
        "non (cancellatemi|cancellarmi|toglietemi|togliermi|rimuovetemi|rimuovermi|disiscrivetemi|disiscrivermi)",
        "non mi (cancellate|togliete|rimuovete|disiscrivete|cancellare|togliere)",
        "(alla|la|una|dalla) fermata (del|dell'|della) (autobus|bus|tram|metro)",
        "(non smettere|non smettete|senza smettere) di",
        "cancella (pure|l'appuntamento|la prenotazione|il mio appuntamento)",
        "(fine settimana|alla fine|fine del|fine della|fine mese)",
        # "Se riattivate le notifiche...", "perché attivate...": the imperative's words, said of
        # the sender.
        "(se|quando|perché|perchè|xké|che|chi|voi|non) (riattivate|attivate|riaccendete|riattiva|attiva) (i|le|gli|i vostri|le vostre|questi|queste|i miei|le mie) (messaggi|sms|notifiche|offerte|promo|promozioni|avvisi|promemoria|news|novità|coupon|buoni|buoni sconto|sconti|aggiornamenti|alert)",
        # "Put me back on the waiting list" is no request for the texts.
        "(iscrivetemi|iscrivimi|aggiungetemi|aggiungimi|inseritemi|inseriscimi|rimettetemi|rimettimi|reinseritemi|mettetemi|mettimi) [(di nuovo|ancora)] (nella|in) (lista d'attesa|lista di attesa|lista degli invitati|lista dei partecipanti)",
        "[ma] (toglietemi|toglimi|rimuovetemi|rimuovimi|cancellatemi|cancellami|eliminatemi|eliminami) (dalla|dalle) (lista d'attesa|lista di attesa|lista degli invitati|lista dei partecipanti)",
        # "Perché non mi scrivete più?": the sender is missed, not sent away.
        "(perché|perchè|xké|xche|come mai|ma perché|se|quando|finché|finchè) (non|nn) mi (scrivete|mandate|inviate|contattate|cercate|mandate più|scrivete più) [(più|piu|niente|nulla|nnt|messaggi|sms|altri messaggi|altro)]",
        # The writer keeps the texts, often beside someone who left them ("vorrei continuare a
        # riceverli", "ma a me continuate a mandarli"), and the STOP taken back ("ho risposto stop
        # senza pensarci").
        "(vorrei|voglio|desidero|mi piacerebbe) continuare a (riceverli|riceverle|ricevere (i|le|gli|i vostri|le vostre) (messaggi|sms|notifiche|offerte|promo|promozioni|avvisi|promemoria|aggiornamenti|conferme|comunicazioni))",
        "a me (continuate|continuare|continui) a (mandarli|mandarle|mandarmeli|mandarmele|inviarli|inviarle|inviarmeli)",
        "(risposto|mandato|inviato|scritto) (stop|cancella|basta) (senza pensarci|senza volerlo|per distrazione)",
        # A promotion that ended ("la promozione è già finita?").
        "(promozione|promo|offerta|saldi|sconto|sconti) (è|e|sono) (già|gia) (finita|finito|finiti|finite|terminata|terminato|terminati|scaduta|scaduto)",
        "(è|e) (già|gia) (finita|finito|terminata|terminato|scaduta|scaduto) (la|il|l') (promozione|promo|offerta|sconto)",
        # A parcel left with the porter, not the texts.
        "(lasciatelo|lasciatela|lasciateli|lasciatele|lasciate il pacco|lasciate il pacchetto|lasciate la consegna) (al|alla|dal|dalla|davanti|fuori|sul|sulla|nel|nella|in|dietro|dal vicino|alla vicina)",
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
