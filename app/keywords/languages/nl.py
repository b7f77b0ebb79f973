"""Dutch. The Dutch SMS code of conduct (SMS Gedragscode) makes STOP end any subscription
by text; senders also print AFMELDEN and UITSCHRIJVEN.
"""

from app.keywords.languages.rules import LanguageRules

RULES: LanguageRules = LanguageRules(
    code="nl",
    name="Dutch",
    opt_out_keywords=("genoeg", "stop", "stoppen", "afmelden", "uitschrijven", "opzeggen", "geen sms meer",
                      "hou op", "hou nou op", "kap ermee", "kap nou",
                      # With the two-word thanks or "a.u.b." ("Stoppen, dank je", "stop a.u.b.").
                      "(stop|stoppen|afmelden|uitschrijven) (dank je|dank u|dankjewel|a u b|svp)"),
    opt_out_all_keywords=("stop alles", "alles afmelden"),
    opt_in_keywords=("inschrijven", "activeren", "aanmelden", "start", "hervatten", "weer aanmelden", "opnieuw aanmelden", "meld me aan", "meld me weer aan"),
    help_keywords=("help", "info", "hulp"),
    # Plain requests in their common forms; the rest is the model's (app/keywords/data/corpus/nl.txt).
    opt_out_phrases=(
        "uitgeschreven (worden|zijn)",
        # Asking how to stop the texts is asking to stop them ("Hoe kom ik van deze berichten af?").
        "hoe (kom ik|kom je|komen we) van (deze|die|jullie|uw|al die|al deze) (berichten|sms|smsjes|smsen|meldingen|notificaties|reclame) af",
        "hoe (kan ik|kun je|kan je|kunnen we) (deze|die|jullie|uw) (berichten|sms|smsjes|smsen|meldingen|notificaties) (stoppen|stopzetten|uitzetten|tegenhouden|opzeggen|kwijtraken)",
        # "Stop met die deals", "kap nou eens met die sms'jes", "jullie kunnen stoppen met
        # berichten sturen", "ophouden met sms'en".
        "(stop|stoppen|kap|kappen|ophouden) [(nou|nu|eens|nou eens|toch)] met [(die|de|deze|jullie|al die|uw|al jullie)] [(eeuwige|dagelijkse|vele|ganse|domme)] (deals|sms|smsjes|smsen|berichten|berichtjes|aanbiedingen|reclame|spam|acties|promoties|promo's|promos|meldingen|notificaties|herinneringen|reclamesms|reclameberichten|appen)",
        # "Daarna hoef ik geen sms'jes meer", "de herinneringen van de tandarts hoef ik niet meer",
        # "u hoeft me niet meer te sms'en", "haal mijn nummer weg".
        "hoef ik geen (sms|smsjes|smsen|berichten|berichtjes|herinneringen|aanbiedingen|acties|reclame|nieuwsbrief|meldingen) meer",
        "(berichten|berichtjes|sms|smsjes|acties|aanbiedingen|herinneringen|nieuwsbrief|kortingen|reclame|meldingen|onderhoudsaanbiedingen) [_] [_] hoef ik niet meer",
        "(hoeft|hoeven|hoef) (me|mij|ons) niet meer te (smsen|appen|berichten|texten)",
        "haal (mijn nummer|mn nummer|m'n nummer|dit nummer) weg",
        "hoe stop ik (deze|die|jullie|uw) (berichten|sms|smsjes|smsen|meldingen|notificaties)",
        "hoe (zet ik (deze|die|jullie|uw) (berichten|sms|smsjes|smsen|meldingen|notificaties) (uit|stop)|krijg ik (deze|die|jullie|uw) (berichten|sms|smsjes|smsen|meldingen|notificaties) weg)",
        "hoe (krijg|zet) ik dit (uit|stop)",
        "hoe schrijf ik (me|mij) uit",
        "hoe (meld ik (me|mij) af|kan ik (me|mij) afmelden) voor (deze|die|jullie|uw|de) (berichten|sms|smsjes|smsen|meldingen|nieuwsbrief)",
        # "Ik wil geen enkel bericht meer", "stuur me alsjeblieft geen aanbiedingen meer", "wilt u
        # mij voortaan geen sms meer sturen?", "jullie hoeven me geen aanbod meer te sturen",
        # "liever geen herinneringen meer per sms".
        "(ik wil|ik wens|ik hoef|ik zou graag|wil|hoef) [(echt|gewoon|voortaan|verder|helemaal)] geen [(enkel|enkele)] (sms|smsjes|smsen|sms berichten|berichten|bericht|berichtjes|meldingen|notificaties|aanbiedingen|aanbod|reclame|herinneringen|nieuwsbrief|nieuwsbrieven|enquêtes|enquête|spam|acties|actie sms|reclame sms|tekstberichten|promoties|updates|tips) meer",
        "(stuur|stuurt u|stuur me|stuur mij|stuur ons|stuurt u mij|stuurt u me|stuurt u ons|sms|sms me|sms mij|app me|app mij) [(alsjeblieft|aub|a u b|maar|voortaan|dan|verder|gewoon|svp|ook)] geen [(enkel|enkele)] (sms|smsjes|smsen|sms berichten|berichten|bericht|berichtjes|meldingen|notificaties|aanbiedingen|aanbod|reclame|herinneringen|nieuwsbrief|nieuwsbrieven|enquêtes|spam|acties|actie sms|reclame sms|tekstberichten|promoties|updates|tips|woningaanbod) meer",
        "(wilt u|willen jullie|kunt u|kunnen jullie|kun je|wil je|kan je|wilt u ook) (mij|me|ons) [(voortaan|ook|alsjeblieft|aub|verder|dan|voortaan ook|gewoon|svp)] geen (sms|smsjes|smsen|sms berichten|berichten|bericht|berichtjes|meldingen|notificaties|aanbiedingen|aanbod|reclame|herinneringen|nieuwsbrief|nieuwsbrieven|enquêtes|spam|acties|actie sms|reclame sms|tekstberichten|promoties|updates|tips|woningaanbod) meer (sturen|toesturen|versturen|smsen|sms en|appen|te sturen)",
        "(jullie hoeven|u hoeft|je hoeft|hoeven jullie|hoeft u) (me|mij|ons) [(ook|echt|verder|voortaan|dus|niet|daarom)] geen (sms|smsjes|smsen|sms berichten|berichten|bericht|berichtjes|meldingen|notificaties|aanbiedingen|aanbod|reclame|herinneringen|nieuwsbrief|nieuwsbrieven|enquêtes|spam|acties|actie sms|reclame sms|tekstberichten|promoties|updates|tips|woningaanbod|informatie|info) meer (te sturen|te smsen|toe te sturen|te appen|te versturen)",
        "(graag|liever|alsjeblieft|aub|a u b|svp|voortaan|vanaf nu) geen (sms|smsjes|smsen|sms berichten|berichten|berichtjes|meldingen|notificaties|aanbiedingen|reclame|herinneringen|nieuwsbrief|nieuwsbrieven|enquêtes|spam|acties|actie sms|reclame sms|tekstberichten|promoties|updates)",
        # "Ik wil me afmelden voor de aanbiedingen via sms", "ik wil mijn sms-abonnement beëindigen".
        "ik (wil|wens|zou graag|zou) (me|mij) (afmelden|uitschrijven) (voor|van) (de|het|deze|die|jullie|uw|alle) [(sms)] (sms|smsjes|smsen|berichten|berichtjes|meldingen|notificaties|aanbiedingen|reclame|herinneringen|nieuwsbrief|enquêtes|acties|tekstberichten|promoties|updates|tips|financiele tips|sms service|sms dienst|nieuwsbrief per sms|aanbiedingen via sms|aanbiedingen per sms)",
        "(ik wil|ik wens|ik zou graag|graag|kunt u|kunnen jullie|wilt u|willen jullie) (mijn|het|de|ons) (sms abonnement|smsabonnement|sms dienst|sms service|abonnement op de sms|sms notificaties|sms meldingen|sms herinneringen|sms nieuwsbrief|sms berichten|sms abonnement op) (beeindigen|beëindigen|opzeggen|stopzetten|stoppen|uitzetten|afmelden|annuleren)",
        "(kunnen jullie|kunt u|willen jullie|wilt u|graag|ik wil|ik zou graag) (de|die|deze|jullie|uw|alle|mijn) [(wekelijkse|dagelijkse|maandelijkse)] (sms|smsjes|smsen|berichten|berichtjes|meldingen|notificaties|aanbiedingen|reclame|herinneringen|nieuwsbrief|enquêtes|acties|actie sms|reclame sms|tekstberichten|promoties|sms berichten|sms herinneringen|sms meldingen) (uitzetten|stopzetten|stoppen|beeindigen|beëindigen|opzeggen|afmelden|annuleren)",
        "ik hoef (die|deze|de|jullie|uw) [(wekelijkse|dagelijkse|maandelijkse)] (sms|smsjes|smsen|berichten|berichtjes|meldingen|notificaties|aanbiedingen|reclame|herinneringen|nieuwsbrief|enquêtes|acties|actie sms|reclame sms|tekstberichten|promoties|sms berichten) niet",
        "(die|deze|de|jullie|uw) [(wekelijkse|dagelijkse|maandelijkse)] (sms|smsjes|smsen|berichten|berichtjes|aanbiedingen|reclame|herinneringen|nieuwsbrief|enquêtes|acties|actie sms|reclame sms|tekstberichten|promoties|sms berichten) (hoef|wil) ik niet",
        "(die|deze) wil ik niet meer (krijgen|ontvangen)",
        # "Haal me maar van de lijst", "kunnen jullie me van de sms-lijst halen?", "wilt u zijn
        # nummer uit uw systeem halen?".
        "(haal|haalt u|halen jullie|verwijder|verwijdert u|verwijderen jullie|schrap|schrapt u|schrappen jullie|gooi) (me|mij|ons|mijn nummer|mijn gegevens|dit nummer|zijn nummer|haar nummer|het nummer|ons nummer|mijn telefoonnummer) [(maar|alsjeblieft|aub|a u b|meteen|direct|even|gewoon|dan|nu|graag|onmiddellijk|per direct|svp)] (van|uit) (de|jullie|uw|die|deze|het|alle) (lijst|lijsten|sms lijst|smslijst|verzendlijst|mailinglijst|bestand|systeem|database|adresboek|klantenbestand|sms bestand|sms service|nieuwsbrief|contactenlijst|administratie|sms dienst|sms lijsten|bestanden)",
        "(me|mij|ons|mijn nummer|mijn gegevens|dit nummer|zijn nummer|haar nummer|het nummer|ons nummer|mijn telefoonnummer) [(maar|alsjeblieft|aub|a u b|meteen|direct|even|gewoon|dan|nu|graag|onmiddellijk|per direct|svp)] (van|uit) (de|jullie|uw|die|deze|het|alle) (lijst|lijsten|sms lijst|smslijst|verzendlijst|mailinglijst|bestand|systeem|database|adresboek|klantenbestand|sms bestand|sms service|nieuwsbrief|contactenlijst|administratie|sms dienst|sms lijsten|bestanden) (halen|afhalen|verwijderen|schrappen|weghalen|uithalen|te halen|te verwijderen|gooien|afmelden|uitschrijven)",
        "(me|mij|mijn nummer) [(maar|alsjeblieft|aub|meteen|direct|even|gewoon|dan|nu)] (removen|deleten|verwijderen|schrappen|afmelden|uitschrijven) (van|uit) (de|jullie|uw|die|deze|het|alle) (lijst|lijsten|sms lijst|smslijst|verzendlijst|mailinglijst|bestand|systeem|database)",
        "(verwijder|verwijdert u|verwijderen jullie|wis|wist u|schrap|schrapt u) (mijn nummer|mijn gegevens|dit nummer|mijn telefoonnummer|mijn 06 nummer)",
        # "Stop met die sms'jes", "laat me met rust".
        "(stop|stopt u|stoppen jullie|stop nou|stop nu|hou op|houd op|houdt u op|kap|kappen|kap nou) met (het sturen van|smsen|sms sturen|berichten sturen|spammen|appen|me te smsen|mij te smsen|me te appen|me lastig te vallen|mij lastig te vallen|mij te bestoken|me te bestoken|die smsjes|die berichten|die sms|al die smsjes|al die berichten|deze berichten|deze smsjes|jullie smsjes|jullie berichten|die spam|de spam|de reclame|die reclame|die aanbiedingen|jullie aanbiedingen|jullie reclame|die herinneringen|jullie sms)",
        "(laat|laten jullie|laat u) (me|mij|ons) [(nou|gewoon|alsjeblieft|aub|toch|eens|nou eens|verder)] (met rust|met vrede)",
        "(stop|stoppen|afmelden|uitschrijven) a u b",
        "(ik heb (me|mij) nooit|nooit) (aangemeld|ingeschreven|opgegeven) voor (deze|die|jullie|uw|de) (sms|smsjes|smsen|berichten|berichtjes|meldingen|aanbiedingen|reclame|herinneringen|nieuwsbrief|acties|tekstberichten|promoties)",
        "ik wil (deze|die|de|jullie|uw) (sms|smsjes|smsen|berichten|berichtjes|meldingen|notificaties|aanbiedingen|reclame|herinneringen|nieuwsbrief|enquêtes|acties|tekstberichten|promoties|sms berichten) niet meer (ontvangen|krijgen|hebben)",
        "ik wil niet (meer|langer) (ge smst|gesmst|benaderd|gecontacteerd|lastiggevallen|gebeld of ge smst) (worden|door jullie|door u)",
        # The negations of the consent phrases among the opt-ins ("ik geef geen toestemming om",
        # "ik ga niet akkoord met het ontvangen van"), and of "voortaan de aanbiedingen naar dit
        # nummer" ("... naar dit nummer niet meer sturen").
        "(ik geef|geef ik) [(hierbij|bij deze)] geen toestemming (voor het sturen van|voor het ontvangen van|voor het versturen van|om)",
        "(ga ik|ik ga) niet akkoord met het (ontvangen|toesturen|sturen) van",
        "(naar|op) (dit|mijn|mijn nieuwe) [06] (nummer|mobiele nummer|telefoonnummer) [(graag|aub|voortaan)] (niet meer|niet|nooit meer) (sturen|versturen|smsen|sms en|appen)",
        # "Stuur die kortingscodes maar niet": the go-ahead among the opt-ins, negated.
        "(stuur|stuur me|stuur mij|stuurt u|stuur ons) [(maar|gerust|gewoon)] (de|die|jullie|uw|al die|alle) (berichten|berichtjes|sms|smsjes|smsen|meldingen|notificaties|herinneringen|afspraakherinneringen|aanbiedingen|kortingscodes|kortingsbonnen|nieuwsbrief|acties|updates|alerts|waarschuwingen|tips|coupons|bevestigingen|bezorgupdates|deals|sms berichten|sms meldingen|sms alerts|sms aanbiedingen|sms service|sms dienst|sms herinneringen|sms updates|sms waarschuwingen|sms nieuwsbrief|sms acties) (maar|gerust|gewoon) (niet|niet meer|liever niet|nooit meer)",
        # The round of plain-word opt-outs: "for the third time: stop", "I already asked twice", "hou op
        # man", the English loanwords ("unsubscriben", "opt-outen"), the reminders not sent any more,
        # the offers but not the reminders, consent withdrawn.
        "(voor de|al voor de) (tweede|derde|vierde|vijfde|zesde|tiende|zoveelste|honderdste|laatste) keer (stoppen|stop|afmelden|ophouden|hou op|uitschrijven)",
        "ik heb (al|nu al|jullie al|u al) (twee|drie|vier|vijf|meerdere|zo vaak|vaak|zoveel|honderd) keer (gevraagd om te stoppen|gevraagd te stoppen|stop gestuurd|gevraagd om me af te melden|gevraagd om mij af te melden|gevraagd om mij te verwijderen|gevraagd om me te verwijderen)",
        "hoe vaak (moet ik|moet ik nog|moet ik het) [(nog)] (zeggen|vragen|sturen|smsen) (dat jullie moeten stoppen|om te stoppen|stop|dat u moet stoppen)",
        "(hou|houd) [(nou|toch|nou eens|eens|gewoon)] op (man|joh|zeg|jongens|mensen|met die sms|met die berichten|met die smsjes|met dat gesms|met spammen)",
        "(kunnen jullie|kunt u|kun je|wil je|willen jullie|wilt u|graag) (me|mij|ons|mijn nummer) [(even|graag|aub|alsjeblieft|gewoon|maar)] (unsubscriben|opt outen|optouten|removen|deleten|unsubben)",
        "(herinneringen|berichten|sms|smsjes|smsen|aanbiedingen|acties|meldingen|nieuwsbrief|reclame|berichtjes) [(voor|van|over) (de|het|mijn|onze|die)] [(vaccinaties|afspraken|afspraak|controles|behandelingen|tandarts|praktijk|school|winkel)] niet meer (sturen|versturen|toesturen|smsen|te sturen)",
        "maar (de|die|jullie|uw) (acties|aanbiedingen|reclame|promoties|nieuwsbrief|reclame sms|actie sms) [(graag|liever|aub)] niet [meer]",
        "maar (geen|niet de) (acties|aanbiedingen|reclame|promoties|nieuwsbrief|reclame sms|actie sms) [meer]",
        "(per direct|onmiddellijk|meteen|direct) stoppen (met|met die|met de|met al die|met jullie|met uw) (sms|smsjes|smsen|berichten|berichtjes|appjes|meldingen|spam|reclame)",
        "(ik trek|trek ik|hierbij trek ik) (mijn|de) (toestemming|instemming) [(hierbij|bij deze)] in",
    ),
    # Dutch puts its negation after the verb ("meld me niet aan", "ik wil de sms niet meer"):
    # a phrase read word by word from the verb never spans one.
    opt_in_phrases=(
        "meld (me|mij) [(maar|graag|alsjeblieft|aub|dan|even|gewoon)] (weer|opnieuw) aan",
        "meld (me|mij) [(maar|graag|alsjeblieft|aub|dan|even|gewoon)] [(weer|opnieuw)] aan voor (de|het|jullie|uw|die) [(sms)] (berichten|sms|smsjes|meldingen|notificaties|herinneringen|afspraakherinneringen|aanbiedingen|kortingscodes|nieuwsbrief|acties|updates|alerts|sms service|sms dienst|service|dienst|verzendlijst|mailinglijst|lijst)",
        "(schrijf|schrijft u) (me|mij) [(maar|graag|alsjeblieft|aub|dan|even|gewoon)] (weer|opnieuw) in",
        "(schrijf|schrijft u) (me|mij) [(maar|graag|alsjeblieft|aub|dan|even|gewoon)] [(weer|opnieuw)] in voor (de|het|jullie|uw|die) [(sms)] (berichten|sms|smsjes|meldingen|notificaties|herinneringen|afspraakherinneringen|aanbiedingen|kortingscodes|nieuwsbrief|acties|updates|alerts|sms service|sms dienst|service|dienst|verzendlijst|mailinglijst|lijst)",
        "(voeg|zet) (me|mij) [(maar|graag|alsjeblieft|aub|dan|even|gewoon)] (weer|opnieuw) (toe|op de lijst|op de verzendlijst|op jullie lijst|op uw lijst)",
        "(kunnen jullie|kunt u|kun je|kan je|willen jullie|wilt u) (me|mij) [(maar|graag|alsjeblieft|aub|even)] (weer|opnieuw) (toevoegen|aanmelden|inschrijven|op de lijst zetten|op de verzendlijst zetten)",
        "(kunnen jullie|kunt u|kun je|kan je|willen jullie|wilt u) (de|mijn|jullie|uw|die) [(sms)] (berichten|berichtjes|sms|smsjes|smsen|meldingen|notificaties|herinneringen|afspraakherinneringen|aanbiedingen|kortingscodes|kortingsbonnen|nieuwsbrief|acties|updates|alerts|waarschuwingen|tips|coupons|sms meldingen|sms alerts|sms berichten) (weer|opnieuw) (aanzetten|activeren|sturen|versturen|inschakelen)",
        "zet (de|mijn|jullie|uw|die) [(sms)] (berichten|berichtjes|sms|smsjes|smsen|meldingen|notificaties|herinneringen|afspraakherinneringen|aanbiedingen|kortingscodes|kortingsbonnen|nieuwsbrief|acties|updates|alerts|waarschuwingen|tips|coupons|sms meldingen|sms alerts|sms berichten) [(maar|alsjeblieft|aub)] (weer|opnieuw) aan",
        "(activeer|heractiveer) [(de|mijn|jullie|uw|die)] [(sms)] (berichten|berichtjes|sms|smsjes|smsen|meldingen|notificaties|herinneringen|afspraakherinneringen|aanbiedingen|kortingscodes|kortingsbonnen|nieuwsbrief|acties|updates|alerts|waarschuwingen|tips|coupons|sms meldingen|sms alerts|sms berichten) (weer|opnieuw)",
        "heractiveer [(de|mijn|jullie|uw|die)] [(sms)] (berichten|berichtjes|sms|smsjes|smsen|meldingen|notificaties|herinneringen|afspraakherinneringen|aanbiedingen|kortingscodes|kortingsbonnen|nieuwsbrief|acties|updates|alerts|waarschuwingen|tips|coupons|sms meldingen|sms alerts|sms berichten)",
        "(stuur|stuur me|stuur mij) [(maar|graag|alsjeblieft|aub|gewoon)] (weer|opnieuw) [(de|jullie|uw|die)] [(sms)] (berichten|berichtjes|sms|smsjes|smsen|meldingen|notificaties|herinneringen|afspraakherinneringen|aanbiedingen|kortingscodes|kortingsbonnen|nieuwsbrief|acties|updates|alerts|waarschuwingen|tips|coupons|sms meldingen|sms alerts|sms berichten)",
        "ik (wil|zou|wil graag|zou graag|wil heel graag|zou heel graag) [(toch|wel|graag)] [(weer|opnieuw)] (de|jullie|uw|die) [(sms)] (berichten|berichtjes|sms|smsjes|smsen|meldingen|notificaties|herinneringen|afspraakherinneringen|aanbiedingen|kortingscodes|kortingsbonnen|nieuwsbrief|acties|updates|alerts|waarschuwingen|tips|coupons|sms meldingen|sms alerts|sms berichten) [(graag|toch|wel|gewoon)] (weer|opnieuw) (ontvangen|krijgen|hebben)",
        "ik (wil|zou|wil graag|zou graag|wil heel graag|zou heel graag) [(toch|wel|graag)] (weer|opnieuw) [(de|jullie|uw|die)] [(sms)] (berichten|berichtjes|sms|smsjes|smsen|meldingen|notificaties|herinneringen|afspraakherinneringen|aanbiedingen|kortingscodes|kortingsbonnen|nieuwsbrief|acties|updates|alerts|waarschuwingen|tips|coupons|sms meldingen|sms alerts|sms berichten) (ontvangen|krijgen|hebben)",
        "ik (wil|zou|wil graag|zou graag|wil heel graag|zou heel graag) [(toch|wel|graag)] (de|jullie|uw|die) [(sms)] (berichten|berichtjes|sms|smsjes|smsen|meldingen|notificaties|herinneringen|afspraakherinneringen|aanbiedingen|kortingscodes|kortingsbonnen|nieuwsbrief|acties|updates|alerts|waarschuwingen|tips|coupons|sms meldingen|sms alerts|sms berichten) [(per sms)] (ontvangen|krijgen)",
        "ik (wil|zou|wil graag|zou graag) [(toch|wel|graag)] (me|mij) [(graag)] [(weer|opnieuw)] (aanmelden|inschrijven) voor (de|het|jullie|uw|die) [(sms)] (berichten|sms|smsjes|meldingen|notificaties|herinneringen|afspraakherinneringen|aanbiedingen|kortingscodes|nieuwsbrief|acties|updates|alerts|sms service|sms dienst|service|dienst|verzendlijst|mailinglijst|lijst)",
        "ik (wil|zou|wil graag|zou graag) [(toch|wel|graag)] (me|mij) [(graag)] (weer|opnieuw) (aanmelden|inschrijven)",
        "(mag|kan) ik [(de|jullie|uw|die)] [(sms)] (berichten|berichtjes|sms|smsjes|smsen|meldingen|notificaties|herinneringen|afspraakherinneringen|aanbiedingen|kortingscodes|kortingsbonnen|nieuwsbrief|acties|updates|alerts|waarschuwingen|tips|coupons|sms meldingen|sms alerts|sms berichten) (weer|opnieuw) (ontvangen|krijgen)",
        "(mag|kan) ik (me|mij) (weer|opnieuw) aanmelden",
        "(mag|kan) ik (me|mij) [(weer|opnieuw)] (aanmelden|inschrijven) voor (de|het|jullie|uw|die) [(sms)] (berichten|sms|smsjes|meldingen|notificaties|herinneringen|afspraakherinneringen|aanbiedingen|kortingscodes|nieuwsbrief|acties|updates|alerts|sms service|sms dienst|service|dienst|verzendlijst|mailinglijst|lijst)",
        # Someone else gets them and the writer wants them too ("kan ik die ook ontvangen?", "kunt
        # u mij ook toevoegen?"; "aanmelden" is also said of a course).
        "(kan|mag) ik (die|ze|deze) ook ontvangen",
        "(kunnen jullie|kunt u|kun je|kan je|willen jullie|wilt u|wil je) (mij|me) ook toevoegen",
        # How to get them by text ("kan ik de bezorgupdates ook per sms krijgen?", "wat moet ik
        # doen om ze per sms te ontvangen?"). Dutch puts the verb last ("hoe krijg ik de sms'jes
        # uit?"): these end with one.
        "(kan|mag) ik (de|die|jullie|uw) (berichten|berichtjes|sms|smsjes|smsen|meldingen|notificaties|herinneringen|afspraakherinneringen|aanbiedingen|kortingscodes|kortingsbonnen|nieuwsbrief|acties|updates|alerts|bevestigingen|bezorgupdates|deals|info|informatie|sms berichten|sms meldingen) ook per sms (krijgen|ontvangen)",
        "om (ze|die|deze|de|jullie|uw) [(berichten|berichtjes|sms|smsjes|smsen|meldingen|notificaties|herinneringen|afspraakherinneringen|aanbiedingen|kortingscodes|kortingsbonnen|nieuwsbrief|acties|updates|alerts|bevestigingen|bezorgupdates|deals|info|informatie|sms berichten|sms meldingen)] per sms te (ontvangen|krijgen)",
        # A new number for the same texts ("wilt u dit nummer toevoegen", "kunnen jullie dit nummer
        # registreren", "willen jullie dit gebruiken voor de herinneringen?").
        "((kunnen jullie|kunt u|kun je|kan je|willen jullie|wilt u|wil je)|graag|aub) (dit nummer|mijn nieuwe nummer|het nieuwe nummer|dit nieuwe nummer) [(aub|graag|even|ook)] (toevoegen|registreren|aanmelden|invoeren|inschrijven)",
        "(dit|deze|dit nummer) (gebruiken|toevoegen|opslaan) voor (de|het|jullie|uw) (berichten|berichtjes|sms|smsjes|smsen|meldingen|notificaties|herinneringen|afspraakherinneringen|aanbiedingen|kortingscodes|kortingsbonnen|nieuwsbrief|acties|updates|alerts|bevestigingen|bezorgupdates|deals|info|informatie|sms berichten|sms meldingen)",
        # After a STOP sent by mistake, and when the texts stopped coming ("wil ze terug hebben",
        # "kunt u ze weer aanzetten?").
        # (It starts a word before the veto of the same STOP below, which it outlasts.)
        "(ik|sorry|oeps|oops|ik heb) (antwoordde|stuurde|verstuurde|typte|smste|heb) (stop|afmelden) [(gestuurd|geantwoord|getypt)] (zonder na te denken|per ongeluk|perongeluk|per vergissing|per abuis)",
        "(ik wil|wil) (ze|die|deze) [graag] terug (hebben|krijgen|ontvangen)",
        "(fixen|fix|repareren|oplossen|regelen) [(aub|graag|even|alsjeblieft|svp)] [(want|,)] (ik wil ze wel|ik wil ze graag|wil ze wel)",
        "(kunnen jullie|kunt u|kun je|kan je|willen jullie|wilt u|wil je) (ze|die) [(aub|even|graag)] (weer|opnieuw) (aanzetten|activeren|sturen|versturen|inschakelen)",
        # Slang: "gooi al die kortingen maar m'n kant op".
        "(gooi|stuur|schuif) (al die|alle|die|de|jullie) (kortingen|aanbiedingen|deals|acties|kortingscodes|kortingsbonnen|coupons) [maar] (mn|m'n|mijn) kant op",
        # From now on by text ("vanaf nu de aanbiedingen graag naar dit 06 nummer", "ik ontvang de
        # bevestigingen voortaan liever per sms", "een sms sturen ipv bellen").
        "(vanaf nu|voortaan|vanaf vandaag|in het vervolg) [graag] (de|alle|jullie|uw) (berichten|berichtjes|sms|smsjes|smsen|meldingen|notificaties|herinneringen|afspraakherinneringen|aanbiedingen|kortingscodes|kortingsbonnen|nieuwsbrief|acties|updates|alerts|bevestigingen|bezorgupdates|deals|info|informatie|sms berichten|sms meldingen) [graag] (naar|op) (dit|mijn nieuwe|mijn) [06] (nummer|mobiele nummer|telefoonnummer)",
        "(ontvang|krijg) (de|alle|jullie|uw|mijn) (berichten|berichtjes|sms|smsjes|smsen|meldingen|notificaties|herinneringen|afspraakherinneringen|aanbiedingen|kortingscodes|kortingsbonnen|nieuwsbrief|acties|updates|alerts|bevestigingen|bezorgupdates|deals|info|informatie|sms berichten|sms meldingen) [(voortaan|vanaf nu|in het vervolg)] (liever|graag) per sms",
        "(een sms|sms|een berichtje|een bericht|een smsje) (sturen|versturen) (ipv|in plaats van) (bellen|te bellen|een telefoontje)",
        # Formal consent ("hierbij ga ik akkoord met het ontvangen van", "ik geef toestemming voor
        # het sturen van", "ik geef toestemming om ... te ontvangen").
        "(ga ik|ik ga) akkoord met het (ontvangen|toesturen|sturen) van [(informatieve|commerciële|promotionele|jullie|uw|de)] (sms|smsjes|smsen|sms berichten|berichten|berichtjes|meldingen|aanbiedingen|nieuwsbrieven|herinneringen|notificaties|acties)",
        "(ik geef|geef ik|ik verleen) [(hierbij|bij deze)] [mijn] toestemming (voor het sturen van|voor het ontvangen van|voor het versturen van|om) [(informatieve|commerciële|promotionele|jullie|uw|de)] (sms|smsjes|smsen|sms berichten|berichten|berichtjes|meldingen|aanbiedingen|nieuwsbrieven|herinneringen|notificaties|acties)",
        # "I unsubscribed by mistake".
        "(ik heb|heb) (me|mij) (per ongeluk|perongeluk|per abuis|per vergissing|onbedoeld|per ongeluk al) (afgemeld|uitgeschreven)",
        "(per ongeluk|perongeluk|per abuis|per vergissing|onbedoeld) (afgemeld|uitgeschreven)",
        # The round of opt-in phrases: how to sign up ("hoe meld ik me aan voor de sms bij
        # vertraging?", "hoe schrijf ik me in voor jullie sms-aanbiedingen"), joining the list ("ik wil
        # op de sms-lijst", "ik ben geïnteresseerd in de sms-alerts"), consent in words ("ik geef
        # toestemming om mij sms te sturen", "geen bezwaar tegen de sms-berichten"), asked back ("ik
        # krijg geen sms meer, ik wil ze wel"), a STOP sent by mistake ("ik heb per ongeluk STOP
        # gestuurd"), and "go ahead" ("stuur die kortingscodes maar"; "... maar niet" is an opt-out
        # phrase above).
        "hoe (meld ik (me|mij) aan|kan ik (me|mij) aanmelden|schrijf ik (me|mij) in|kan ik (me|mij) inschrijven|kun je je aanmelden|kun je je inschrijven|kan je je aanmelden|kan je je inschrijven|meld je je aan|schrijf je je in) voor (de|het|jullie|uw|die|deze) (berichten|berichtjes|sms|smsjes|smsen|meldingen|notificaties|herinneringen|afspraakherinneringen|aanbiedingen|kortingscodes|kortingsbonnen|nieuwsbrief|acties|updates|alerts|waarschuwingen|tips|coupons|bevestigingen|bezorgupdates|deals|sms berichten|sms meldingen|sms alerts|sms aanbiedingen|sms service|sms dienst|sms herinneringen|sms updates|sms waarschuwingen|sms nieuwsbrief|sms acties)",
        "(ik wil|wil|ik wil graag|ik wil ook|ik zou graag|ik zou ook graag|mag ik|kan ik|mag ik ook|kan ik ook) [(graag|ook)] (op|in) (de|jullie|uw|die) (sms lijst|sms groep|whatsapp groep|whatsapp lijst|verzendlijst|sms verzendlijst|lijst voor de (berichten|sms|sms jes|aanbiedingen|kortingscodes|acties|herinneringen|meldingen|alerts))",
        "(ik ben|ben|wij zijn|we zijn|ik ben wel|ik ben zeker|ik ben erg|ben wel) (geinteresseerd|geïnteresseerd) in (de|jullie|uw|die) (berichten|berichtjes|sms|smsjes|smsen|meldingen|notificaties|herinneringen|afspraakherinneringen|aanbiedingen|kortingscodes|kortingsbonnen|nieuwsbrief|acties|updates|alerts|waarschuwingen|tips|coupons|bevestigingen|bezorgupdates|deals|sms berichten|sms meldingen|sms alerts|sms aanbiedingen|sms service|sms dienst|sms herinneringen|sms updates|sms waarschuwingen|sms nieuwsbrief|sms acties)",
        "(ik geef|geef ik|ik verleen|wij geven|we geven) [(hierbij|bij deze)] [(mijn|onze)] toestemming om (mij|me|ons) [(de|jullie|uw)] (berichten|berichtjes|sms|smsjes|smsen|meldingen|notificaties|herinneringen|afspraakherinneringen|aanbiedingen|kortingscodes|kortingsbonnen|nieuwsbrief|acties|updates|alerts|waarschuwingen|tips|coupons|bevestigingen|bezorgupdates|deals|sms berichten|sms meldingen|sms alerts|sms aanbiedingen|sms service|sms dienst|sms herinneringen|sms updates|sms waarschuwingen|sms nieuwsbrief|sms acties) te (sturen|versturen|zenden)",
        "geen (bezwaar|bezwaren) [tegen] [(om|het ontvangen van|dat jullie mij|dat u mij|dat jullie me|dat u me)] [(de|jullie|uw|die)] (berichten|berichtjes|sms|smsjes|smsen|meldingen|notificaties|herinneringen|afspraakherinneringen|aanbiedingen|kortingscodes|kortingsbonnen|nieuwsbrief|acties|updates|alerts|waarschuwingen|tips|coupons|bevestigingen|bezorgupdates|deals|sms berichten|sms meldingen|sms alerts|sms aanbiedingen|sms service|sms dienst|sms herinneringen|sms updates|sms waarschuwingen|sms nieuwsbrief|sms acties)",
        "(ik krijg|krijg|ik ontvang|ontvang) (geen|de|jullie) (berichten|berichtjes|sms|smsjes|smsen|meldingen|notificaties|herinneringen|afspraakherinneringen|aanbiedingen|kortingscodes|kortingsbonnen|nieuwsbrief|acties|updates|alerts|waarschuwingen|tips|coupons|bevestigingen|bezorgupdates|deals|sms berichten|sms meldingen|sms alerts|sms aanbiedingen|sms service|sms dienst|sms herinneringen|sms updates|sms waarschuwingen|sms nieuwsbrief|sms acties) meer [(maar|en)] (ik wil ze wel|ik wil ze graag|wil ze wel|ik wil ze terug|ik wil ze graag weer|ik wil ze wel weer)",
        "(ik heb|sorry ik heb|oeps ik heb|oops ik heb|sorry heb|oeps heb|oops heb) (per ongeluk|perongeluk|per vergissing|per abuis|zonder na te denken|onbedoeld) (stop|afmelden) (gestuurd|geantwoord|getypt|verstuurd|gesmst|ingetypt)",
        "(stuur|stuur me|stuur mij|stuurt u|stuur ons) [(maar|gerust|gewoon)] (de|die|jullie|uw|al die|alle) (berichten|berichtjes|sms|smsjes|smsen|meldingen|notificaties|herinneringen|afspraakherinneringen|aanbiedingen|kortingscodes|kortingsbonnen|nieuwsbrief|acties|updates|alerts|waarschuwingen|tips|coupons|bevestigingen|bezorgupdates|deals|sms berichten|sms meldingen|sms alerts|sms aanbiedingen|sms service|sms dienst|sms herinneringen|sms updates|sms waarschuwingen|sms nieuwsbrief|sms acties) (maar|gerust|maar door|maar op|maar toe)",
    ),
    help_phrases=(
        "hoe vaak (sturen jullie|stuurt u|krijg ik|ontvang ik|komen) [(deze|die)] (berichten|sms|smsjes)",
        "hoe vaak (gaan|zullen) jullie (smsen|sms sturen|berichten sturen)",
        "hoeveel (berichten|sms|smsjes) per (week|dag|maand)",
        "waarom (krijg|ontvang) ik (deze|die|jullie) (berichten|sms|smsjes)",
        # Who is texting.
        "wie (ben jij|ben je|bent u|zijn jullie|is dit|smst mij|smst me|sms t mij|appt mij|appt me|stuurt mij dit|stuurt me dit|stuurt mij deze berichten|stuurt me deze berichten)",
        "van wie is (dit nummer|dit bericht|deze sms|dit smsje)",
        "(welk|wat voor) (bedrijf|winkel|apotheek|instantie) is (dit|dat)",
        "(welke|wat voor) (winkel|apotheek|tandarts|bank|dienst|zaak|praktijk|webshop) is (dit|dat)",
        "van (welk|welke) (bedrijf|winkel|apotheek|bank|dienst|zaak|praktijk|webshop|afzender) (is|zijn|komt|komen) (dit|deze|dat|die)",
        "wat is dit (nummer|voor bericht|voor een bericht|voor sms|voor een sms|voor een nummer)",
        "wat (zijn|is) (dit|deze) (berichten|sms|smsjes) [(nou|nu)]",
        "hoe (komen jullie|komt u|kom je) aan (mijn|m'n|mn) (nummer|telefoonnummer|gegevens)",
        "is dit (oplichting|fraude|nep|phishing|spam|betrouwbaar|legit|een oplichter|echt van jullie)",
        # Cost.
        "kost (het|dit|dat) (geld|iets|wat) (als ik|om te|om) (antwoord|antwoorden|reageer|reageren|terug sms|terug te sms|terugsturen)",
        "(kosten|kost) (deze|die|de|jullie) (berichten|sms|smsjes|sms dienst|sms service) (geld|iets|wat)",
        "kost het ontvangen van (deze|de|die|jullie) (berichten|sms|smsjes) (geld|iets|wat)",
        "moet ik (betalen|iets betalen|geld betalen) voor (deze|de|die|jullie) (berichten|sms|smsjes|sms dienst|sms service|dienst)",
        "(zijn|is) (deze|de|die) (berichten|sms|smsjes|sms dienst|sms service) (gratis|betaald|kosteloos)",
        # Reaching a person.
        "hoe (kan ik|kun je|neem ik) contact (met jullie|met u|met de klantenservice|met iemand) [(opnemen|op)]",
        "hoe kan ik (jullie|u|de klantenservice|een medewerker|iemand) (bereiken|spreken|contacteren)",
        "hoe bereik ik (jullie|u|de klantenservice|een medewerker)",
        "hoe kan ik (met een medewerker|met iemand|met de klantenservice|met een mens) (praten|spreken|bellen)",
        "(ik wil|kan ik|mag ik) (een medewerker|iemand van de klantenservice|een mens) spreken",
        "(wat is|hebben jullie) (het|een) (nummer|telefoonnummer) van de klantenservice",
        "hoe (krijg ik hulp|kan ik hulp krijgen|kan ik hulp vragen)",
        "waar (kan ik|vind ik|staan) (de|jullie|uw) (voorwaarden|privacyverklaring|algemene voorwaarden) (van|voor) (de|deze|jullie|uw) (sms dienst|sms service|berichten|sms)",
        # Why.
        "waarom (sturen jullie|stuurt u|smsen jullie|appen jullie|stuur je) (me|mij) [(deze|die|dit|steeds|al)] [(berichten|sms|smsjes)]",
        "hoe vaak (gaan|zullen) jullie (me|mij) (berichten|sms|smsjes) (sturen|smsen)",
        "hoe vaak (krijg|ontvang) ik (deze|die|jullie|de) (berichten|sms|smsjes)",
    ),
    not_opt_out_phrases=(
        # "Niet stoppen met de aanbiedingen hoor": the wish to keep them.
        "(niet|nooit|never) (stop|stoppen|kap|kappen|ophouden) [(nou|nu|eens|nou eens|toch)] met [(die|de|deze|jullie|al die|uw|al jullie)] [(eeuwige|dagelijkse|vele|ganse|domme)] (deals|sms|smsjes|smsen|berichten|berichtjes|aanbiedingen|reclame|spam|acties|promoties|promo's|promos|meldingen|notificaties|herinneringen|reclamesms|reclameberichten|appen)",
        # Negated removal is a wish to keep the texts ("don't remove me", "I'm not
        # unsubscribing"); never a negated send/write, which stays an opt-out.
        "(haal|haalt) (me|mij) [(alsjeblieft|aub|a u b|svp)] niet (van|uit) (de|jullie|die|deze) (lijst|verzendlijst|mailinglijst)",
        "(schrijf|schrijft) (me|mij) [(alsjeblieft|aub|svp)] niet uit",
        "(verwijder|verwijdert) (me|mij|mijn nummer|mijn gegevens) [(alsjeblieft|aub|svp)] niet [(van|uit) (de|jullie|die|deze) (lijst|verzendlijst)]",
        "ik (meld|schrijf) (me|mij) niet (af|uit)",
        "(niet|liever niet) (afmelden|uitschrijven|verwijderen) [(aub|alsjeblieft|svp|graag)]",
        "ik (wil|wilde) (me|mij) niet (afmelden|uitschrijven)",
        "ik (wil|wilde) niet (afgemeld|uitgeschreven|verwijderd) worden",
        # Refusing to be unsubscribed or asking the texts to go on ("don't unsubscribe me"):
        # a model opt-out reading of such a message is not decided.
        "niet afmelden",
        "meld (me|mij) (niet|maar niet|alsjeblieft niet|aub niet) af",
        # "Don't stop (sending)": a negation after or before the verb.
        "stop [(vooral|maar|alsjeblieft|aub|toch|dus)] niet",
        "(niet|nooit) (stoppen|ophouden)",
        # "Hoe krijg ik dit uit mijn trui?": a stain, not the texts.
        "hoe krijg ik dit uit (mijn|m'n|mn|de|het|je|een|haar|zijn)",
        # "Zet me weer op de lijst voor de cursus" is no request for the texts.
        "(voeg|zet) (me|mij) [(maar|graag|alsjeblieft|aub|dan|even|gewoon)] (weer|opnieuw) op de lijst (voor|van) (de|het) (cursus|les|lessen|training|feest|wedstrijd|excursie|uitje|activiteit)",
        # "Haal me van de lijst voor de excursie" is no request about the texts.
        "(haal|haalt u|halen jullie|verwijder|verwijdert u|schrap|schrapt u|me|mij) [(me|mij)] [(maar|alsjeblieft|aub|even|gewoon|dan)] (van|uit) de lijst (voor|van) (de|het) (cursus|les|lessen|training|feest|wedstrijd|excursie|uitje|activiteit|reis|borrel)",
        # A STOP taken back ("ik antwoordde stop zonder na te denken").
        "(antwoordde|stuurde|verstuurde|typte|smste|heb) (stop|afmelden) [(gestuurd|geantwoord|getypt)] (zonder na te denken|per ongeluk|perongeluk|per vergissing|per abuis)",
        # A child taken out of a sport ("hoe meld ik haar af?", "kun je Daan afmelden bij voetbal?").
        "meld ik (haar|hem|mijn zoon|mijn dochter|ons kind|de kinderen|mijn kind) [(dan|daar|even)] af",
        "afmelden (bij|voor|van) (voetbal|zwemles|zwemmen|hockey|tennis|turnen|dansles|judo|de club|de vereniging|de training|de cursus|de les|de sportschool|het zwemmen|de sport|de voetbal|korfbal|handbal|muziekles|pianoles)",
        "(stopt|stop|gestopt|stoppen|stopte) met (voetbal|zwemles|zwemmen|hockey|tennis|turnen|dansen|dansles|judo|roken|drinken|de club|de sport|de studie|school|werken|snoepen|de pil|de medicatie|de medicijnen)",
        # Someone else left the texts while the writer stays ("laat mij op de lijst staan").
        "laat (mij|me|ons) [(maar|gewoon|wel|alsjeblieft|aub)] op de lijst (staan|zitten)",
        # Goods, not the texts ("genoeg brood, breng niks meer mee").
        "(breng|brengen|neem|nemen|bestel|bestellen) (niks|niets|geen) meer mee",
        # An appointment, not the texts ("de afspraak mag eruit"); a message shown to someone.
        "(de|mijn|die|onze) (afspraak|reservering|bestelling) mag (eruit|weg|vervallen|geannuleerd worden)",
        "(aan|naar) (mijn|mn) (baas|vrouw|man|moeder|vader|collega|buurvrouw|buurman|zus|broer|partner|vriend|vriendin) (laten zien|doorgestuurd|getoond)",
        # "Ik wil ze graag blijven krijgen": the writer keeps the texts (often beside someone who
        # left them).
        "(ik wil|wil ik) (ze|die|deze) [graag] blijven (krijgen|ontvangen)",
        # A STOP sent by mistake ("ik heb per ongeluk STOP gestuurd"): the opt-in phrase starts a word
        # earlier, so it outlasts this veto; "per ongeluk STOP gestuurd, ..." is left to the model.
        "heb (per ongeluk|perongeluk|per vergissing|per abuis|zonder na te denken|onbedoeld) (stop|afmelden) (gestuurd|geantwoord|getypt|verstuurd|gesmst|ingetypt)",
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
