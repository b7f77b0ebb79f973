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
    opt_in_keywords=("abonnieren", "aktivieren", "anmelden", "wieder anmelden", "starten", "fortsetzen", "reaktivieren", "wieder abonnieren", "anmeldung", "sms anmelden"),
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
        # "Schreiben Sie mir nie wieder", "kontaktieren Sie mich nicht mehr".
        "(schreiben sie|schreibt|schreib|kontaktieren sie|kontaktiert|kontaktier|schicken sie|schickt|schick|senden sie|sendet|simsen sie) (mir|mich|uns) [(bitte|doch|einfach|ab jetzt|ab sofort|künftig|in zukunft)] (nie wieder|nie mehr|niemals wieder|nicht mehr)",
        "(bitte|bitte mich|mich bitte|bitte uns) nicht mehr (kontaktieren|anschreiben|anschreiben|benachrichtigen|anrufen oder anschreiben|zuspammen)",
        # "Meldet mich bitte ab", "Könnten Sie mich da bitte rausnehmen?", "Sie können meine
        # Nummer gerne aus der Liste nehmen".
        "(melden sie|meldet|meld) mich [(bitte|doch|einfach|sofort|jetzt|endlich|bitte sofort|bitte einfach|bitte endlich)] ab",
        "(könnten sie|können sie|könnt ihr|kannst du|könntet ihr|würden sie|bitte) (mich|uns|meine nummer) [(da|dort|hier|davon|bitte|da bitte|doch|einfach|bitte da|bitte davon|bitte einfach)] (rausnehmen|herausnehmen|austragen|abmelden|streichen|entfernen|löschen)",
        "(meine nummer|mich|uns|diese nummer|die nummer|ihre nummer|seine nummer) [(also|bitte|gerne|gern|doch|einfach|also gerne|ruhig|bitte sofort|sofort|umgehend|bei der gelegenheit|gleich|auch)] (aus|von) (der|ihrer|eurer|dieser|diesem|dem|ihrem|eurem|ihren|euren|den) (liste|verteiler|sms verteiler|sms liste|kartei|datenbank|system|newsletter|verteilerliste|kontaktliste|mailingliste) [((für|fuer) (aktionen|angebote|werbung|rabatte|gutscheine|infos|promos|deals|sonderangebote))] (nehmen|löschen|streichen|entfernen|austragen|rausnehmen|herausnehmen|werfen)",
        "(nehmen sie|nehmt|nimm|streichen sie|streicht|löschen sie|löscht|lösch|entfernen sie|entfernt|tragen sie|tragt|werfen sie|werft) (mich|meine nummer|uns|diese nummer|die nummer) [(bitte|doch|einfach|sofort|endlich|bitte sofort)] (aus|von) (der|ihrer|eurer|dieser|diesem|dem|ihrem|eurem|ihren|euren|den) (liste|verteiler|sms verteiler|sms liste|kartei|datenbank|system|newsletter|verteilerliste|kontaktliste|mailingliste)",
        # "Ich will nichts mehr bekommen", "bitte keine Angebote mehr".
        "ich (will|möchte|mag) nichts mehr [(von ihnen|von euch|von dir|von dieser nummer)] (bekommen|erhalten|empfangen|kriegen)",
        "(will|möchte) nichts mehr von (ihnen|euch|dir|dieser nummer) (hören|bekommen|erhalten|lesen|kriegen)",
        "(bitte|schicken sie|senden sie|schickt|sendet|schick|ich möchte|ich will|ich brauche|ich wünsche|möchte|will) [(mir|uns)] keine (angebote|newsletter|erinnerungen|benachrichtigungen|infos|werbe sms|werbenachrichten|spam|umfragen|werbung|sms|nachrichten|mitteilungen|aktionen|rabatte|gutscheine|textnachrichten|sms nachrichten) mehr",
        # Leave me alone; enough of the texts.
        "(lassen sie|lasst) (mich|uns) [(bitte|doch|endlich|einfach|bitte endlich|verdammt noch mal)] in ruhe",
        "(hört|hören sie|hör) [(endlich|bitte|sofort|jetzt|doch)] auf mit (dem|den|der|diesen|eurem|euren|ihrem|ihren|dieser|diesem) (spam|sms|nachrichten|werbung|werbe sms|angeboten|benachrichtigungen|erinnerungen|newslettern)",
        "(schluss|genug|stop|stopp) [jetzt] mit (dem|den|der|diesen|eurem|euren|ihrem|ihren|dieser|diesem) [(ganzen|vielen|ständigen|staendigen)] (spam|sms|nachrichten|werbung|werbe sms|angeboten|newslettern|benachrichtigungen|erinnerungen|deals|aktionen|promos|gutscheinen|rabatten)",
        # "Die Angebote können Sie sich sparen" (you can spare yourself the offers).
        "(die|eure|ihre|diese|ihre ganzen|eure ganzen) (angebote|werbung|sms|nachrichten|newsletter|aktionen|deals|promos|erinnerungen) (können sie sich|könnt ihr euch|kannst du dir|koennen sie sich|koennt ihr euch) [(echt|gerne|gern|ruhig|wirklich|also)] sparen",
        "(will|möchte|moechte) (das|des|die|sowas|die sms|die nachrichten|die werbung) (nich|nicht|net|ned|nimmer) mehr (kriegen|bekommen|erhalten|kriegn|bekomm)",
        # "Ich möchte die SMS abbestellen", "schalten Sie die Benachrichtigungen ab".
        "(ich möchte|ich will|ich würde gerne|bitte) (die|diese|eure|ihre) (sms|nachrichten|newsletter|werbung|benachrichtigungen|angebote|erinnerungen|werbe sms) (abbestellen|abmelden|kündigen|stoppen|abstellen|beenden|abschalten|ausschalten)",
        "(schalten sie|schaltet|stellen sie|stellt) (die|diese|eure|ihre|meine) (sms|nachrichten|benachrichtigungen|werbung|erinnerungen|angebote|newsletter|werbe sms) [(bitte)] (ab|aus)",
        "(stoppen sie|stoppt|beenden sie|beendet) [(bitte|endlich|sofort)] (die|diese|eure|ihre) (sms|nachrichten|benachrichtigungen|werbung|erinnerungen|angebote|newsletter|werbe sms|spam)",
        "(ich habe|ich hab|hab|habe) mich (nie|niemals|nicht) (für|zu) (diese|eure|ihre|die) (sms|nachrichten|werbung|newsletter|benachrichtigungen|angebote) angemeldet",
        "ich (möchte|will|mag) (diese|die|eure|ihre|solche|ihre|deine) (nachrichten|sms|werbung|angebote|newsletter|erinnerungen|benachrichtigungen|werbe sms|mitteilungen|infos) nicht mehr (erhalten|bekommen|empfangen|kriegen|haben)",
        "ich (möchte|will) keine (weiteren|weitere) (nachrichten|sms|werbung|angebote|newsletter|erinnerungen|benachrichtigungen|werbe sms|mitteilungen|infos) [(mehr)] (erhalten|bekommen|empfangen|kriegen)",
        "(stellen sie|stellt) (die|diese|eure|ihre) (nachrichten|sms|werbung|benachrichtigungen|erinnerungen|werbe sms|zusendung|sms zusendung) [(bitte|sofort|endlich)] ein",
        # "Diese Nummer wurde versehentlich hinzugefügt, ich will diese SMS nicht"; after someone
        # else left the texts, "ich will auch keine SMS mehr", "bitte mich auch austragen".
        "ich (will|möchte|moechte|mag) (diese|die|eure|ihre|solche) (sms|nachrichten|werbung|angebote|newsletter|erinnerungen|benachrichtigungen|werbe sms|mitteilungen) nicht",
        "(ich will|ich möchte|ich moechte) auch keine (sms|nachrichten|werbung|angebote|newsletter|erinnerungen|benachrichtigungen|mehr)",
        "(ich möchte|ich moechte|ich will) mich auch (abmelden|austragen)",
        "(bitte|könnten sie|können sie|koennen sie|könnt ihr|kannst du) (mich|uns|meine nummer) [(bitte)] auch (rausnehmen|herausnehmen|austragen|abmelden|streichen|entfernen|löschen)",
        "(melden sie|meldet|meld|tragen sie|tragt) mich [(bitte)] auch (ab|aus)",
        # The negation of the consent among the opt-ins ("ich willige nicht ein").
        "(ich willige|willige ich) [hiermit] (nicht|nicht mehr|keinesfalls) ein",
        # Consent refused ("ich bin nicht einverstanden, SMS zu erhalten").
        "(ich bin|bin|wir sind|ich bin damit|ich bin auch) (nicht|keinesfalls|nicht mehr) [damit] einverstanden [(mit dem erhalt von|mit der zusendung von|mit dem empfang von)] [(die|eure|ihre)] [(werbe|rabatt)] (sms|nachrichten|werbung|angebote|newsletter|textnachrichten|werbe sms) (zu erhalten|zu bekommen|zu empfangen)",
        "(ich bin|bin|wir sind|ich bin damit|ich bin auch) (nicht|keinesfalls|nicht mehr) einverstanden (mit dem erhalt von|mit der zusendung von|mit dem empfang von) [(werbe|rabatt)] (sms|nachrichten|werbung|angebote|newsletter|textnachrichten|werbe sms)",
        # The opt-in above negated ("könnt ihr mir die Angebote bitte nicht wieder schicken").
        "(könnt ihr|können sie|kannst du|könnten sie|würden sie|koennt ihr|koennen sie|koennten sie|wuerden sie) mir (die|eure|ihre|diese) [(rabatt|werbe|angebots)] (nachrichten|sms|benachrichtigungen|mitteilungen|erinnerungen|angebote|gutscheine|newsletter|infos|aktionen|rabatte|coupons|deals|wochenangebote|werbung|werbe sms) [(bitte)] (nicht|nie) (wieder|mehr) (schicken|senden|zuschicken|zusenden)",
        # The round of plain-word opt-outs: enough, stop it ("nervt, hört auf", "zum dritten Mal:
        # aufhören"), the newsletter no more, no need to keep sending, the English loanwords, only the
        # offers stopped, consent withdrawn.
        "(nervt|nervig|reicht|es reicht|genug|schluss) [(total|echt|so|jetzt|endlich|mir|langsam)] (hört|hoert) [(endlich|jetzt|bitte|sofort|doch|mal|damit)] auf",
        "(zum|schon zum|jetzt zum|bereits zum) (zweiten|dritten|vierten|fünften|fuenften|zehnten|hundertsten|letzten) (mal|male) (aufhören|aufhoeren|stopp|stop|abmelden|hört auf|hoert auf|keine sms mehr|austragen)",
        "wie oft (muss|soll) ich [(es|euch|ihnen|dir)] [noch] (stopp|stop|abmelden|aufhören|aufhoeren) (schreiben|sagen|schicken|senden|antworten)",
        "(möchte ich|will ich|moechte ich) (den|die|das|diese|diesen|eure|euren|ihre|ihren) [(sms)] (newsletter|sms|nachrichten|angebote|erinnerungen|benachrichtigungen|werbung|infos) nicht mehr (erhalten|bekommen|empfangen|kriegen|haben)",
        "(ich brauche|brauche ich|wir brauchen|brauchen wir) (die|diese|eure|ihre|keine) (sms|erinnerungen|nachrichten|angebote|benachrichtigungen|werbung|newsletter|infos) (nicht mehr|mehr)",
        "(ihr müsst|ihr muesst|sie müssen|sie muessen|ihr braucht|sie brauchen|du musst|du brauchst) (mir|uns) (keine|nichts|nicht) mehr [(sms|nachrichten|erinnerungen|angebote|werbung)] (zu schicken|schicken|zu schreiben|schreiben|zu senden|senden)",
        "(mich|meine nummer|uns) [(bitte|einfach|mal|sofort)] (unsubscriben|opt outen|optouten|deleten|removen|unsubben)",
        "aber [(bitte)] keine (angebote|werbung|werbe sms|newsletter|promos|rabattaktionen|aktionen|angebots sms|werbenachrichten) mehr",
        "aber (die|eure|ihre) (angebote|werbung|newsletter|werbe sms|aktionen|werbenachrichten) [(bitte)] nicht mehr",
        "(ich ziehe|ziehe ich|wir ziehen|hiermit ziehe ich) (meine|unsere) (einwilligung|zustimmung|erlaubnis) [(hiermit)] zurück",
    ),
    opt_in_phrases=(
        "ich (möchte|will) mich wieder anmelden",
        "ich (möchte|will) (wieder|erneut) (nachrichten|sms) (erhalten|bekommen)",
        "(melden sie|meldet) mich wieder an",
        # German puts its negation after the verb ("melden Sie mich nicht an", "ich möchte die
        # SMS nicht"): a phrase read word by word from the verb never spans one.
        "(melden sie|meldet|meld|melde) mich [(bitte|doch|gerne|gern|einfach)] (wieder|erneut|neu) an",
        "(melden sie|meldet|meld|melde) mich [(bitte|doch|gerne|gern|einfach)] [(wieder|erneut)] (für|zu|zum|zur|bei) (die|den|das|dem|der|ihre|ihren|eure|euren|ihrem|eurem) [(sms|whatsapp)] (verteiler|service|dienst|newsletter|benachrichtigungen|nachrichten|erinnerungen|angebote|gutscheine|aktionen|infos|liste) an",
        "(tragen sie|tragt|trag|trage|nehmen sie|nehmt|nimm|setzen sie|setzt|setz) mich [(bitte|doch|gerne|gern|einfach)] (wieder|erneut) (ein|auf|in (die|ihre|eure|den|ihren|euren) [(sms|whatsapp)] (verteiler|service|dienst|newsletter|benachrichtigungen|nachrichten|erinnerungen|angebote|gutscheine|aktionen|infos|liste) (ein|auf))",
        "(tragen sie|tragt|trag|trage|nehmen sie|nehmt|nimm|setzen sie|setzt|setz) mich [(bitte|doch|gerne|gern|einfach)] (für|in|auf) (die|den|das|ihre|ihren|eure|euren) [(sms|whatsapp)] (verteiler|service|dienst|newsletter|benachrichtigungen|nachrichten|erinnerungen|angebote|gutscheine|aktionen|infos|liste) (ein|auf)",
        # "Schicken Sie mir wieder ..." is also the question "Warum schicken Sie mir wieder ...?":
        # the polite and plural forms need a request word.
        "((schicken sie|schickt|senden sie|sendet) mir (bitte|doch|gerne|gern|einfach)|(schick|send) mir [(bitte|doch|gerne|gern|einfach)]) (wieder|weiter|weiterhin) [(die|eure|ihre|den|das)] (sms benachrichtigungen|benachrichtigungen|erinnerungen|angebote|gutscheine|newsletter|sms newsletter|aktionen|updates|alerts|rabatte|coupons|deals|termin erinnerungen|terminerinnerungen|wochenangebote|sms angebote|sms erinnerungen)",
        "((schicken sie|schickt|senden sie|sendet) mir (bitte|doch|gerne|gern)|(schick|send) mir [(bitte|doch|gerne|gern)]) (die|eure|ihre|den|das) (sms benachrichtigungen|benachrichtigungen|erinnerungen|angebote|gutscheine|newsletter|sms newsletter|aktionen|updates|alerts|rabatte|coupons|deals|termin erinnerungen|terminerinnerungen|wochenangebote|sms angebote|sms erinnerungen) [(bitte|doch|gerne|gern)] (wieder|weiter|weiterhin)",
        "(schicken sie|schickt|senden sie|sendet) mir (die|eure|ihre|den|das) (sms benachrichtigungen|benachrichtigungen|erinnerungen|angebote|gutscheine|newsletter|sms newsletter|aktionen|updates|alerts|rabatte|coupons|deals|termin erinnerungen|terminerinnerungen|wochenangebote|sms angebote|sms erinnerungen) (bitte|doch|gerne|gern) (wieder|weiter|weiterhin)",
        "(bitte|gerne|gern) (wieder|weiter|weiterhin) [(sms|whatsapp)] (nachrichten|sms|benachrichtigungen|mitteilungen|erinnerungen|angebote|gutscheine|newsletter|infos|aktionen|updates|alerts|rabatte|coupons|deals|termin erinnerungen|terminerinnerungen|wochenangebote) (schicken|senden)",
        "(reaktivieren sie|reaktiviert|reaktivier|schalten sie|schaltet|schalte|schalt) [(bitte)] (die|meine|eure|ihre) [(sms|whatsapp)] (nachrichten|sms|benachrichtigungen|mitteilungen|erinnerungen|angebote|gutscheine|newsletter|infos|aktionen|updates|alerts|rabatte|coupons|deals|termin erinnerungen|terminerinnerungen|wochenangebote) [(bitte)] wieder (ein|an)",
        "(reaktivieren sie|reaktiviert|reaktivier) [(bitte)] (die|meine|eure|ihre) [(sms|whatsapp)] (nachrichten|sms|benachrichtigungen|mitteilungen|erinnerungen|angebote|gutscheine|newsletter|infos|aktionen|updates|alerts|rabatte|coupons|deals|termin erinnerungen|terminerinnerungen|wochenangebote)",
        "(aktivieren sie|aktiviert|aktivier) [(bitte)] (die|meine|eure|ihre) [(sms|whatsapp)] (nachrichten|sms|benachrichtigungen|mitteilungen|erinnerungen|angebote|gutscheine|newsletter|infos|aktionen|updates|alerts|rabatte|coupons|deals|termin erinnerungen|terminerinnerungen|wochenangebote) [(bitte)] wieder",
        "(können sie|könnt ihr|kannst du|könnten sie|würden sie) mich [(bitte)] (wieder|erneut) (anmelden|eintragen|aufnehmen|hinzufügen|in die liste aufnehmen|in den verteiler aufnehmen)",
        "(können sie|könnt ihr|kannst du|könnten sie|würden sie) mir [(bitte)] (wieder|weiterhin) (die|eure|ihre) (sms benachrichtigungen|benachrichtigungen|erinnerungen|angebote|gutscheine|newsletter|sms newsletter|aktionen|updates|alerts|rabatte|coupons|deals|termin erinnerungen|terminerinnerungen|wochenangebote|sms angebote|sms erinnerungen) (schicken|senden)",
        "(können sie|könnt ihr|kannst du|könnten sie|würden sie) (die|meine) [(sms|whatsapp)] (nachrichten|sms|benachrichtigungen|mitteilungen|erinnerungen|angebote|gutscheine|newsletter|infos|aktionen|updates|alerts|rabatte|coupons|deals|termin erinnerungen|terminerinnerungen|wochenangebote) [(bitte)] wieder (aktivieren|einschalten|anschalten|freischalten)",
        "(kann ich|darf ich) (mich|mich bitte) [(da|dafür)] (wieder|erneut) (anmelden|eintragen)",
        "(kann ich|darf ich) [(bitte)] (wieder|erneut) (die|eure|ihre) [(sms|whatsapp)] (nachrichten|sms|benachrichtigungen|mitteilungen|erinnerungen|angebote|gutscheine|newsletter|infos|aktionen|updates|alerts|rabatte|coupons|deals|termin erinnerungen|terminerinnerungen|wochenangebote) (bekommen|erhalten|haben)",
        "ich (möchte|will|würde gerne|würde gern|hätte gerne|hätte gern|hätt gern|hätt gerne|möchte gerne|möchte gern|wollte) [(doch|gerne|gern)] (wieder|weiterhin|erneut) (die|eure|ihre|den|das) [(sms|whatsapp)] (nachrichten|sms|benachrichtigungen|mitteilungen|erinnerungen|angebote|gutscheine|newsletter|infos|aktionen|updates|alerts|rabatte|coupons|deals|termin erinnerungen|terminerinnerungen|wochenangebote) [(per sms)] (erhalten|bekommen|haben|kriegen)",
        "ich (möchte|will|würde gerne|würde gern|möchte gerne|möchte gern|wollte) [(doch|gerne|gern)] (wieder|weiterhin|erneut) [(sms|whatsapp)] (nachrichten|sms|benachrichtigungen|mitteilungen|erinnerungen|angebote|gutscheine|newsletter|infos|aktionen|updates|alerts|rabatte|coupons|deals|termin erinnerungen|terminerinnerungen|wochenangebote) (erhalten|bekommen|haben)",
        "ich (möchte|will|würde gerne|würde gern|möchte gerne|möchte gern|wollte) [(doch|gerne|gern)] (die|eure|ihre|den|das) [(sms|whatsapp)] (nachrichten|sms|benachrichtigungen|mitteilungen|erinnerungen|angebote|gutscheine|newsletter|infos|aktionen|updates|alerts|rabatte|coupons|deals|termin erinnerungen|terminerinnerungen|wochenangebote) [(per sms)] (wieder|doch wieder|weiterhin) (erhalten|bekommen|haben)",
        "(hätte|hätt|hätte gerne|hätt gern|hätte gern|will|möchte) [(gern|gerne|doch)] (die|eure|ihre|meine) [(sms|whatsapp)] (nachrichten|sms|benachrichtigungen|mitteilungen|erinnerungen|angebote|gutscheine|newsletter|infos|aktionen|updates|alerts|rabatte|coupons|deals|termin erinnerungen|terminerinnerungen|wochenangebote) (zurück|wieder haben|wieder bekommen|wieder erhalten|wieder kriegen)",
        "ich (möchte|will|würde gerne|würde gern|möchte gerne|möchte gern) [(doch|gerne|gern)] (die|eure|ihre|den|das) [(sms|whatsapp)] (nachrichten|sms|benachrichtigungen|mitteilungen|erinnerungen|angebote|gutscheine|newsletter|infos|aktionen|updates|alerts|rabatte|coupons|deals|termin erinnerungen|terminerinnerungen|wochenangebote) [(per sms)] (erhalten|bekommen|abonnieren)",
        "ich (möchte|will|würde gerne|würde gern|möchte gerne|möchte gern) mich [(gerne|gern|doch)] (für|zu|zum|zur|bei) (die|den|das|dem|der|ihre|ihren|eure|euren|ihrem|eurem) [(sms|whatsapp)] (verteiler|service|dienst|newsletter|benachrichtigungen|nachrichten|erinnerungen|angebote|gutscheine|aktionen|infos|liste) (anmelden|eintragen)",
        "ich (möchte|will|würde gerne|würde gern|möchte gerne|möchte gern) mich [(gerne|gern|doch)] (wieder|erneut) (anmelden|eintragen)",
        # "I changed my mind, I do want the texts".
        "(will|möchte|hätte gern|hätte gerne|hätt gern) doch [(wieder)] (die|eure|ihre) [(sms|whatsapp)] (nachrichten|sms|benachrichtigungen|mitteilungen|erinnerungen|angebote|gutscheine|newsletter|infos|aktionen|updates|alerts|rabatte|coupons|deals|termin erinnerungen|terminerinnerungen|wochenangebote) [(per sms)] (bekommen|erhalten|haben|kriegen)",
        # Someone else gets them and the writer wants them too ("kann ich die auch erhalten?", "ich
        # möchte die auch erhalten"; "bekommen" is also said of goods), or signs up ("können Sie
        # das für meine Nummer auch einrichten?"). German negates after the verb ("... auch nicht
        # erhalten"), which the phrase does not span.
        "(kann ich|darf ich|könnte ich|koennte ich|kann man) (die|diese|sie) auch (erhalten|empfangen)",
        "(ich möchte|ich moechte|ich würde|ich wuerde) (die|diese|sie) [(gern|gerne)] auch [(gern|gerne)] (erhalten|empfangen)",
        "(können sie|koennen sie|könnt ihr|koennt ihr|kannst du|könnten sie|koennten sie) (das|die|sie) [auch] (für|fuer|an) meine nummer [auch] (einrichten|schicken|senden|aktivieren|freischalten)",
        "(könnten sie|können sie|könnt ihr|kannst du|koennten sie|koennen sie|koennt ihr) mich [(bitte)] [(auch)] (für|fuer|in) (die|den|das|eure|ihre) [(sms)] (nachrichten|sms|benachrichtigungen|mitteilungen|erinnerungen|angebote|gutscheine|newsletter|infos|informationen|aktionen|updates|alerts|rabatte|coupons|deals|terminerinnerungen|termin erinnerungen|wochenangebote|bestätigungen|bestaetigungen|lieferinfos|kursinfos|schulinfos|sms benachrichtigungen|sms erinnerungen|sms angebote) (eintragen|anmelden|aufnehmen)",
        # How to sign up for them ("Wie kann ich mich für die SMS-Benachrichtigungen anmelden?",
        # "gibt's die Lieferinfos auch per SMS?", "was muss ich tun, um die Angebote per SMS zu
        # bekommen?").
        "wie (kann ich mich|melde ich mich|kann man sich|trage ich mich|komme ich) (für|fuer|zu|auf) (die|den|das|eure|ihre) [sms] (nachrichten|sms|benachrichtigungen|mitteilungen|erinnerungen|angebote|gutscheine|newsletter|infos|informationen|aktionen|updates|alerts|rabatte|coupons|deals|terminerinnerungen|termin erinnerungen|wochenangebote|bestätigungen|bestaetigungen|lieferinfos|kursinfos|schulinfos|sms benachrichtigungen|sms erinnerungen|sms angebote) (anmelden|an|eintragen|ein)",
        "(gibt es|gibts) (die|eure|ihre|das|den|diese) (nachrichten|sms|benachrichtigungen|mitteilungen|erinnerungen|angebote|gutscheine|newsletter|infos|informationen|aktionen|updates|alerts|rabatte|coupons|deals|terminerinnerungen|termin erinnerungen|wochenangebote|bestätigungen|bestaetigungen|lieferinfos|kursinfos|schulinfos|sms benachrichtigungen|sms erinnerungen|sms angebote) auch (per|als|über|ueber) (sms|handy|whatsapp)",
        "um (die|eure|ihre|diese) (nachrichten|sms|benachrichtigungen|mitteilungen|erinnerungen|angebote|gutscheine|newsletter|infos|informationen|aktionen|updates|alerts|rabatte|coupons|deals|terminerinnerungen|termin erinnerungen|wochenangebote|bestätigungen|bestaetigungen|lieferinfos|kursinfos|schulinfos|sms benachrichtigungen|sms erinnerungen|sms angebote) (per sms|aufs handy|als sms) zu (bekommen|erhalten|kriegen)",
        # A new number for the same texts ("bitte diese Nummer eintragen", "können Sie diese
        # Nummer registrieren", "bitte die für die Erinnerungen nehmen").
        "(können sie|koennen sie|könnt ihr|koennt ihr|kannst du|könnten sie|koennten sie|würden sie|wuerden sie|bitte) (diese nummer|die neue nummer|meine neue nummer|die nummer hier|diese neue nummer) [(bitte|auch)] (eintragen|registrieren|hinzufügen|hinzufuegen|aufnehmen)",
        "(können sie|koennen sie|könnt ihr|koennt ihr|kannst du|könnten sie|koennten sie|würden sie|wuerden sie|bitte) (die|diese) [(hier|nummer|neue)] [(bitte)] (für|fuer|bei) (die|den|das|eure|ihre) (nachrichten|sms|benachrichtigungen|mitteilungen|erinnerungen|angebote|gutscheine|newsletter|infos|informationen|aktionen|updates|alerts|rabatte|coupons|deals|terminerinnerungen|termin erinnerungen|wochenangebote|bestätigungen|bestaetigungen|lieferinfos|kursinfos|schulinfos|sms benachrichtigungen|sms erinnerungen|sms angebote) (eintragen|nehmen|verwenden|nutzen|hinzufügen|hinzufuegen|registrieren)",
        # They stopped coming and the writer wants them back ("ich möchte die wieder bekommen",
        # "will die wieder haben", "können Sie die wieder aktivieren?").
        "(ich möchte|ich moechte|ich will|ich würde|ich wuerde|ich hätte|ich haette) (die|sie|diese) [(gern|gerne)] wieder (bekommen|erhalten|haben|kriegen)",
        "(will|möchte|moechte|hätte gern|hätte gerne|haette gern|haette gerne) (die|sie) (wieder haben|wieder bekommen|wieder kriegen)",
        "(können sie|koennen sie|könnt ihr|koennt ihr|kannst du|könnten sie|koennten sie|würden sie|wuerden sie) (die|sie|diese) [(bitte)] wieder (aktivieren|einschalten|anschalten|freischalten|schicken|senden|anmachen)",
        # "Hab aus Versehen STOP geschickt" (the STOP's veto below starts a word later, so this
        # phrase outlasts it).
        "(hab|habe|ich habe|ich hab) (aus versehen|versehentlich|ausversehen|ohne nachzudenken|irrtümlich) (stop|stopp) (geschickt|gesendet|geantwortet|getippt|geschrieben)",
        "(hab|habe|ich habe|ich hab) (stop|stopp) (geschickt|gesendet|geantwortet|getippt|geschrieben) (aus versehen|versehentlich|ausversehen|ohne nachzudenken|irrtümlich)",
        # From now on by text ("ab sofort bitte die Terminerinnerungen per SMS an diese Nummer
        # schicken", "ich hätte die Bestätigungen künftig gern per SMS", "per SMS Bescheid geben
        # statt anzurufen"). German puts the verb last ("... per SMS abbestellen"): these end with
        # one, or with a wish that takes none.
        "(ab sofort|ab jetzt|künftig|kuenftig|zukünftig|zukuenftig|in zukunft|ab heute) [bitte] (die|alle|eure|ihre) (nachrichten|sms|benachrichtigungen|mitteilungen|erinnerungen|angebote|gutscheine|newsletter|infos|informationen|aktionen|updates|alerts|rabatte|coupons|deals|terminerinnerungen|termin erinnerungen|wochenangebote|bestätigungen|bestaetigungen|lieferinfos|kursinfos|schulinfos|sms benachrichtigungen|sms erinnerungen|sms angebote) [(per sms|als sms)] [(an diese nummer|an diese handynummer|an meine nummer|aufs handy|an die neue nummer)] [(bitte)] (schicken|senden|zuschicken|zusenden)",
        "(hätte|haette|hätt) (die|alle|eure|ihre) (nachrichten|sms|benachrichtigungen|mitteilungen|erinnerungen|angebote|gutscheine|newsletter|infos|informationen|aktionen|updates|alerts|rabatte|coupons|deals|terminerinnerungen|termin erinnerungen|wochenangebote|bestätigungen|bestaetigungen|lieferinfos|kursinfos|schulinfos|sms benachrichtigungen|sms erinnerungen|sms angebote) [(künftig|kuenftig|in zukunft|ab jetzt|ab sofort)] (gern|gerne|lieber) (per sms|als sms)",
        "per sms bescheid (geben|sagen|schicken) statt (anzurufen|anrufen|eines anrufs|anruf)",
        # Formal consent ("Ich willige ein, Werbe-SMS ... zu erhalten", "Hiermit erkläre ich mich
        # einverstanden, Informations-SMS ... zu erhalten").
        "(ich willige|willige ich|hiermit willige ich) [hiermit] ein [(werbe|informations|info|angebots)] (sms|nachrichten|benachrichtigungen|newsletter|mitteilungen|textnachrichten)",
        "(erkläre ich mich|ich erkläre mich|erklaere ich mich|ich erklaere mich|bin ich|ich bin) [(hiermit|damit)] einverstanden [(die|eure|ihre)] [(informations|werbe|info|angebots)] (sms|nachrichten|benachrichtigungen|newsletter)",
        # Slang: "her mit den Rabatt-SMS", "packt mich auf die Liste".
        "her mit (den|der|dem|euren|ihren) [(rabatt|werbe|angebots)] (sms|angeboten|gutscheinen|rabatten|deals|coupons|codes)",
        "(packt|pack|packen sie|setzt|setz|setzen sie|tragt|trag|tragen sie) mich [(bitte|doch|gerne|gern|einfach|auch)] (auf die|auf eure|auf ihre|in die|in eure) (liste|sms liste|verteilerliste|verteiler)",
        # A family member's number for the same texts ("die Handynummer meiner Tochter für die
        # Infos vom Schwimmverein hinzufügen", "die Erinnerungen auch an ihr Handy schicken").
        "(die handynummer|die nummer|das handy|die telefonnummer|die mobilnummer) (meiner|meines) (tochter|sohnes|sohns|frau|mannes|manns|mutter|vaters|schwester|bruders|oma|omas|opas|partnerin|partners|kinder|eltern) [auch] (für|fuer|zu) (die|den|das|eure|ihre) (nachrichten|sms|benachrichtigungen|mitteilungen|erinnerungen|angebote|gutscheine|newsletter|infos|informationen|aktionen|updates|alerts|rabatte|coupons|deals|terminerinnerungen|termin erinnerungen|wochenangebote|bestätigungen|bestaetigungen|lieferinfos|kursinfos|schulinfos|sms benachrichtigungen|sms erinnerungen|sms angebote) [((vom|von der|der|des) (verein|schwimmverein|fussballverein|sportverein|club|klub|kurs|schule|kindergarten|kita|apotheke|praxis|gemeinde))] (hinzufügen|hinzuzufügen|hinzufuegen|eintragen|einzutragen|aufnehmen|aufzunehmen|registrieren)",
        "(die|eure|ihre) (nachrichten|sms|benachrichtigungen|mitteilungen|erinnerungen|angebote|gutscheine|newsletter|infos|informationen|aktionen|updates|alerts|rabatte|coupons|deals|terminerinnerungen|termin erinnerungen|wochenangebote|bestätigungen|bestaetigungen|lieferinfos|kursinfos|schulinfos|sms benachrichtigungen|sms erinnerungen|sms angebote) auch an (ihr|sein|das) (handy|telefon|nummer|handy von) (schicken|senden)",
        # "I unsubscribed by mistake".
        "(ich habe|ich hab|hab|habe) mich (aus versehen|versehentlich|irrtümlich|unabsichtlich|fälschlicherweise|ausversehen) (abgemeldet|ausgetragen)",
        "(aus versehen|versehentlich|irrtümlich|unabsichtlich|ausversehen) (abgemeldet|ausgetragen)",
        # The round of opt-in phrases: how to sign up ("Wie kann ich mich für die SMS-Warnungen bei
        # Hochwasser anmelden?", "wie bekomme ich die Angebote per SMS"), asked to be put on them
        # ("bitte melden Sie mich an", "meldet mich mal für die Rabatt-SMS an", "tragen Sie mich für
        # den SMS-Service der Apotheke ein", "ich will in den SMS-Verteiler"), consent in words ("ja,
        # einverstanden mit den SMS", "ich erlaube Ihnen, mir SMS zu schicken", "ich habe nichts
        # dagegen, SMS zu bekommen") and asked back ("könnt ihr mir die Angebote wieder schicken").
        # None allows a "nicht" inside it; the refused consent is an opt-out phrase above.
        "wie (kann ich mich|melde ich mich|kann man sich|trage ich mich|könnte ich mich|koennte ich mich) (für|fuer|zu|auf) (die|den|das|eure|ihre) [(rabatt|werbe|angebots|whatsapp)] (nachrichten|sms|benachrichtigungen|mitteilungen|erinnerungen|angebote|gutscheine|newsletter|infos|informationen|aktionen|updates|alerts|rabatte|coupons|deals|terminerinnerungen|wochenangebote|warnungen|warnmeldungen|hinweise|service|dienst|verteiler|liste|rabatt sms|werbe sms|angebots sms|sms warnungen|sms angebote|sms erinnerungen|sms benachrichtigungen|sms newsletter|sms service|sms dienst|sms verteiler|sms liste|sms infos|sms nachrichten) [_] [_] (anmelden|an|eintragen|ein)",
        "wie (kann ich|kann man|könnte ich|koennte ich) (die|eure|ihre|diese) (nachrichten|sms|benachrichtigungen|mitteilungen|erinnerungen|angebote|gutscheine|newsletter|infos|informationen|aktionen|updates|alerts|rabatte|coupons|deals|terminerinnerungen|wochenangebote|warnungen|warnmeldungen|hinweise|service|dienst|verteiler|liste|rabatt sms|werbe sms|angebots sms|sms warnungen|sms angebote|sms erinnerungen|sms benachrichtigungen|sms newsletter|sms service|sms dienst|sms verteiler|sms liste|sms infos|sms nachrichten) (per sms|als sms|aufs handy) (bekommen|erhalten|kriegen|empfangen)",
        "wie (bekomme ich|krieg ich|kriege ich|bekommt man|erhalte ich) (die|eure|ihre|diese) (nachrichten|sms|benachrichtigungen|mitteilungen|erinnerungen|angebote|gutscheine|newsletter|infos|informationen|aktionen|updates|alerts|rabatte|coupons|deals|terminerinnerungen|wochenangebote|warnungen|warnmeldungen|hinweise|service|dienst|verteiler|liste|rabatt sms|werbe sms|angebots sms|sms warnungen|sms angebote|sms erinnerungen|sms benachrichtigungen|sms newsletter|sms service|sms dienst|sms verteiler|sms liste|sms infos|sms nachrichten) (per sms|als sms|aufs handy)",
        "(kann ich|darf ich|könnte ich|koennte ich) mich [(da|dafür|dafuer|auch|bitte|da auch)] (für|fuer|in|bei) (die|den|das|eure|ihre) [(rabatt|werbe|angebots|whatsapp)] (nachrichten|sms|benachrichtigungen|mitteilungen|erinnerungen|angebote|gutscheine|newsletter|infos|informationen|aktionen|updates|alerts|rabatte|coupons|deals|terminerinnerungen|wochenangebote|warnungen|warnmeldungen|hinweise|service|dienst|verteiler|liste|rabatt sms|werbe sms|angebots sms|sms warnungen|sms angebote|sms erinnerungen|sms benachrichtigungen|sms newsletter|sms service|sms dienst|sms verteiler|sms liste|sms infos|sms nachrichten) [_] [_] (anmelden|eintragen)",
        "bitte (melden sie|meldet|meld) mich [(gerne|gern|doch|einfach|mal)] an",
        "(melden sie|meldet|meld|melde|tragen sie|tragt|trag|trage) mich [(bitte|doch|gerne|gern|einfach|mal|auch|bitte auch|mal eben|bitte mal)] [(wieder|erneut)] (für|fuer|zu|zum|zur|bei|in) (die|den|das|dem|der|ihre|ihren|eure|euren|ihrem|eurem) [(rabatt|werbe|angebots|whatsapp)] (nachrichten|sms|benachrichtigungen|mitteilungen|erinnerungen|angebote|gutscheine|newsletter|infos|informationen|aktionen|updates|alerts|rabatte|coupons|deals|terminerinnerungen|wochenangebote|warnungen|warnmeldungen|hinweise|service|dienst|verteiler|liste|rabatt sms|werbe sms|angebots sms|sms warnungen|sms angebote|sms erinnerungen|sms benachrichtigungen|sms newsletter|sms service|sms dienst|sms verteiler|sms liste|sms infos|sms nachrichten) [(der|des|vom|von der|von|bei der|beim) _] (an|ein)",
        "(könnten sie|können sie|könnt ihr|kannst du|koennten sie|koennen sie|koennt ihr|würden sie|wuerden sie) mich [(bitte)] [(auch)] (für|fuer|in) (die|den|das|eure|ihre) [(rabatt|werbe|angebots|whatsapp)] (nachrichten|sms|benachrichtigungen|mitteilungen|erinnerungen|angebote|gutscheine|newsletter|infos|informationen|aktionen|updates|alerts|rabatte|coupons|deals|terminerinnerungen|wochenangebote|warnungen|warnmeldungen|hinweise|service|dienst|verteiler|liste|rabatt sms|werbe sms|angebots sms|sms warnungen|sms angebote|sms erinnerungen|sms benachrichtigungen|sms newsletter|sms service|sms dienst|sms verteiler|sms liste|sms infos|sms nachrichten) [_] [_] [_] (eintragen|anmelden|aufnehmen)",
        "(ich will|ich möchte|ich moechte|ich würde gern|ich würde gerne|ich wäre gern|ich wäre gerne|will|möchte) [(gern|gerne|auch|bitte)] (in den|in die|auf die|in euren|in ihren|in eure|in ihre) [(sms|whatsapp|rabatt)] (verteiler|liste|newsletter|sms liste|verteilerliste|sms gruppe|whatsapp gruppe)",
        "(ja|ich bin|bin|wir sind|sind) [(damit|auch)] einverstanden mit (den|der|dem|eurem|euren|ihren|ihrer|ihrem) [(rabatt|werbe|angebots)] (nachrichten|sms|benachrichtigungen|mitteilungen|erinnerungen|angebote|gutscheine|newsletter|infos|informationen|aktionen|updates|alerts|rabatte|coupons|deals|terminerinnerungen|wochenangebote|warnungen|warnmeldungen|hinweise|service|dienst|verteiler|liste|rabatt sms|werbe sms|angebots sms|sms warnungen|sms angebote|sms erinnerungen|sms benachrichtigungen|sms newsletter|sms service|sms dienst|sms verteiler|sms liste|sms infos|sms nachrichten)",
        "(ich erlaube|wir erlauben|ich gestatte|wir gestatten) (ihnen|euch|dir) [(gerne|gern|hiermit)] (mir|uns) [(die|eure|ihre)] (nachrichten|sms|benachrichtigungen|mitteilungen|erinnerungen|angebote|gutscheine|newsletter|infos|informationen|aktionen|updates|alerts|rabatte|coupons|deals|terminerinnerungen|wochenangebote|warnungen|warnmeldungen|hinweise|service|dienst|verteiler|liste|rabatt sms|werbe sms|angebots sms|sms warnungen|sms angebote|sms erinnerungen|sms benachrichtigungen|sms newsletter|sms service|sms dienst|sms verteiler|sms liste|sms infos|sms nachrichten) [(per sms)] zu (schicken|senden|zusenden|schreiben)",
        "(ich habe|hab|habe|ich hab|wir haben) nichts dagegen [(wenn ihr mir|wenn sie mir|dass ihr mir|dass sie mir|die|eure|ihre)] [(die|eure|ihre)] (nachrichten|sms|benachrichtigungen|mitteilungen|erinnerungen|angebote|gutscheine|newsletter|infos|informationen|aktionen|updates|alerts|rabatte|coupons|deals|terminerinnerungen|wochenangebote|warnungen|warnmeldungen|hinweise|service|dienst|verteiler|liste|rabatt sms|werbe sms|angebots sms|sms warnungen|sms angebote|sms erinnerungen|sms benachrichtigungen|sms newsletter|sms service|sms dienst|sms verteiler|sms liste|sms infos|sms nachrichten) [(per sms)] (zu bekommen|zu erhalten|zu kriegen|zu empfangen|schickt|schicken|sendet|senden)",
        "(könnt ihr|können sie|kannst du|könnten sie|würden sie|koennt ihr|koennen sie|koennten sie|wuerden sie) mir (die|eure|ihre) [(rabatt|werbe|angebots)] (nachrichten|sms|benachrichtigungen|mitteilungen|erinnerungen|angebote|gutscheine|newsletter|infos|informationen|aktionen|updates|alerts|rabatte|coupons|deals|terminerinnerungen|wochenangebote|warnungen|warnmeldungen|hinweise|service|dienst|verteiler|liste|rabatt sms|werbe sms|angebots sms|sms warnungen|sms angebote|sms erinnerungen|sms benachrichtigungen|sms newsletter|sms service|sms dienst|sms verteiler|sms liste|sms infos|sms nachrichten) [(bitte)] wieder (schicken|senden|zuschicken|zusenden)",
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
        # Who is texting.
        "(wer seid ihr|wer bist du|wer ist dran|wer spricht da)",
        "von wem (ist|sind|kommt|kommen) [(eigentlich|denn|überhaupt)] (diese|die|das|eure|ihre) (sms|nachricht|nachrichten)",
        "wo (finde ich|kann ich|steht|stehen) [(die|den|das)] (agb|datenschutzhinweise|datenschutzerklärung|nutzungsbedingungen|teilnahmebedingungen) (zu|zum|für|des|vom) [(dem|den|diesem)] (sms service|sms dienst|service|dienst|sms newsletter|newsletter)",
        "(welche|was für eine) (firma|apotheke|praxis|bank|werkstatt|filiale|klinik) (ist das|sind sie|seid ihr|schreibt mir)",
        "(welcher|was für ein) (dienst|anbieter|absender|laden|shop|händler|service) (ist das|sind sie|seid ihr|schreibt mir|schreibt mir da)",
        "von (welcher|welchem) (firma|apotheke|praxis|bank|shop|dienst|unternehmen|absender|anbieter|laden|händler|geschäft) (ist|sind|kommt|kommen|stammt|stammen) [(eigentlich|denn|überhaupt)] (das|die|diese)",
        "(wessen nummer ist das|was ist das für eine nummer|was ist das für eine sms|was ist das für eine nachricht|was sind das für sms)",
        "ist das (betrug|ein betrug|fake|seriös|phishing|abzocke|spam|eine betrugsmasche|ein fake)",
        "ist (diese|die) (sms|nachricht) (echt|seriös)",
        "(woher|wie) (haben sie|habt ihr|hast du|kommen sie an) (meine|meine handy|meine telefon) (nummer|handynummer|telefonnummer)",
        # Cost.
        "(kostet|kosten) (die sms|diese sms|die nachrichten|diese nachrichten|das antworten|eine antwort|der sms service|der sms dienst) (etwas|was|geld|extra|gebühren)",
        "(sind|ist) (die sms|diese sms|die nachrichten|diese nachrichten|der sms service|der sms dienst|das antworten) (kostenlos|kostenpflichtig|gratis|kostenfrei)",
        "muss ich (für die sms|für diese sms|für die nachrichten|für den sms service|für den sms dienst|für das antworten|für eine antwort|für den service) (zahlen|bezahlen|was zahlen|etwas zahlen|etwas bezahlen)",
        "was kostet (der sms service|der sms dienst|eine sms|die sms|das antworten|eine antwort)",
        # Reaching a person.
        "wie (kann ich|erreiche ich|kontaktiere ich) (den kundenservice|den kundendienst|den support|einen mitarbeiter|einen menschen)",
        "wie kann ich (sie|euch|jemanden|eine person) (erreichen|kontaktieren|sprechen)",
        "wie (erreiche ich|kontaktiere ich) (sie|euch)",
        "(gibt es|haben sie|habt ihr) (eine|einen) (hotline|kundenservice|kundendienst|support|servicenummer|service nummer)",
        "(ich möchte|ich will|kann ich) (mit einem mitarbeiter|mit einem menschen|mit jemandem|mit einer person|mit dem kundenservice) (sprechen|reden)",
        # Why.
        "(warum|wieso|weshalb) (schreiben sie mir|schreibt ihr mir|bekomme ich sms|kriege ich sms|bekomme ich nachrichten|bekomme ich diese sms|bekomme ich diese nachrichten)",
        "(warum|wieso|weshalb) (schickt ihr mir|schicken sie mir) [(diese|die|solche|ständig|dauernd|immer)] (sms|nachrichten|werbung)",
        "wie oft (bekomme ich|kriege ich|erhalte ich|kommen) [(diese|die|solche)] (nachrichten|sms)",
        "wie viele (nachrichten|sms) (bekomme ich|kriege ich|erhalte ich|werden sie mir schicken|schicken sie|schickt ihr)",
    ),
    not_opt_out_phrases=(
        # Negated removal is a wish to keep the texts ("don't remove me", "I'm not
        # unsubscribing"); never a negated send/write, which stays an opt-out.
        "(bitte|bloss|bloß) (mich|meine nummer) (nicht|nich) (abmelden|austragen|loschen|löschen|entfernen|streichen|rausnehmen|rauswerfen)",
        "(meldet|melden sie|meld|melde) mich (bitte|bloss|bloß) (nicht|nich) ab",
        "(meldet|melden sie|meld|melde) mich (nicht|nich) ab",
        "(tragt|tragen sie|trag) mich [(bitte|bloss|bloß)] (nicht|nich) aus [(dem verteiler|der liste)]",
        "(loscht|löscht|loschen sie|löschen sie|losch|lösch|entfernt|entfernen sie|entfern|streicht|streichen sie|nehmt|nehmen sie|nimm) (mich|meine nummer|meine handynummer) [(bitte|bloss|bloß)] (nicht|nich) [(aus dem verteiler|von der liste|aus der liste|aus dem system)]",
        "ich (melde|trage) mich (nicht|nich) (ab|aus)",
        "(nicht|nich|bitte nicht|kein) (abmelden|austragen|abbestellen) [(bitte)]",
        "ich (will|mochte|möchte|wollte) mich (nicht|nich|gar nicht|keinesfalls) (abmelden|austragen)",
        "ich (will|mochte|möchte|wollte) (nicht|nich|gar nicht|keinesfalls) (abgemeldet|ausgetragen|geloscht|gelöscht|entfernt) werden",
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
        # An opt-in phrase that ends at its object, with the negation after it ("aktivieren Sie
        # die SMS bitte nicht wieder").
        "(aktivieren sie|aktiviert|aktivier|reaktivieren sie|reaktiviert) [(bitte)] (die|meine|eure|ihre) [(sms|whatsapp)] (nachrichten|sms|benachrichtigungen|mitteilungen|erinnerungen|angebote|gutscheine|newsletter|infos|aktionen|updates|alerts|rabatte|coupons|deals|termin erinnerungen|terminerinnerungen|wochenangebote) [(bitte)] (nicht|bloß nicht|bloss nicht|auf keinen fall)",
        "(tragen sie|tragt|trag|trage|nehmen sie|nehmt|nimm|setzen sie|setzt|setz) mich [(bitte|doch|gerne|gern|einfach)] (für|in|auf) (die|den|das|ihre|ihren|eure|euren) (warteliste|gästeliste|teilnehmerliste|liste für den kurs)",
        # "Warum schreiben Sie mir nicht mehr?": the sender is missed, not sent away.
        "(warum|wieso|weshalb|weswegen) (schreiben sie|schreibt|schicken sie|schickt|senden sie|sendet|kontaktieren sie|kontaktiert) (mir|mich|uns) [(bitte|doch|einfach|ab jetzt|ab sofort|künftig|in zukunft)] (nie wieder|nie mehr|niemals wieder|nicht mehr)",
        "(stoppen sie|stoppt|beenden sie|beendet) [(bitte|endlich|sofort)] (die|diese|eure|ihre) (sms|nachrichten|benachrichtigungen|werbung|erinnerungen|angebote|newsletter|werbe sms|spam) [(bitte)] (nicht|bloß nicht|bloss nicht|auf keinen fall)",
        # "Ich will die SMS nicht verpassen": the texts are wanted.
        "ich (will|möchte|moechte|mag) (diese|die|eure|ihre|solche) (sms|nachrichten|werbung|angebote|newsletter|erinnerungen|benachrichtigungen|werbe sms|mitteilungen) nicht (verpassen|missen|verlieren)",
        # A STOP sent by mistake ("hab aus Versehen STOP geschickt").
        "(aus versehen|versehentlich|ausversehen|ohne nachzudenken|irrtümlich) (stop|stopp) (geschickt|gesendet|geantwortet|getippt|geschrieben)",
        "(stop|stopp) (geschickt|gesendet|geantwortet|getippt|geschrieben) (aus versehen|versehentlich|ausversehen|ohne nachzudenken|irrtümlich)",
        # A child taken out of a sport or a club ("wie melde ich sie ab?", "kannst du Jonas beim
        # Fußball abmelden?", "tragen Sie Leon aus der Fußball-AG aus").
        "(melde|melden|meldet|meld) ich (sie|ihn|meinen sohn|meine tochter|die kinder|mein kind|unser kind|unsere tochter|unseren sohn) [(dann|da|dort|denn)] ab",
        "beim (fussball|fussballverein|schwimmen|schwimmkurs|turnen|training|verein|handball|basketball|tennis|ballett|tanzen|judo|karate|chor|sport|kurs|reiten|musikunterricht|klavierunterricht) (abmelden|ab|austragen)",
        "(aus der|aus dem|vom|von der|bei der|im) (fussball|schwimm|handball|basketball|tennis|tanz|theater|musik|kunst|schach|turn|ballett) (ag|verein|kurs|training|gruppe|mannschaft|team|unterricht) (aus|ab|abmelden|austragen)",
        # Food wishes ("bitte das Hähnchen weglassen und dafür mehr Reis").
        "(das|den|die) (hähnchen|huhn|fleisch|käse|zwiebeln|soße|sosse|sauce|oliven|gurken|tomaten|knoblauch|knoblauchbrot|brot|dressing|salat|pommes|speck|pilze|paprika|mayo|ketchup|ei|eier|nüsse|chili) weglassen",
        "(dafür|dafuer|stattdessen|extra|bitte) mehr (reis|salat|pommes|soße|sosse|sauce|käse|gemüse|fleisch|nudeln|brot|kartoffeln)",
        # "Jetzt reicht's mit den Ausreden": enough of something else.
        "(reichts|reicht es|es reicht|genug) [jetzt] mit (den|der|dem|deinen|seinen|ihren|diesen|euren) (ausreden|ausrede|lügen|streit|streitereien|jammern|preisen|preiserhöhungen|verspätungen|warten|diskussionen)",
        # Someone else left the texts while the writer stays ("ich bleib aber drin", "mich bitte
        # aber auf der Liste lassen").
        "(ich bleibe|ich bleib|bleib ich|bleibe ich) [(aber|trotzdem|doch)] (drin|dabei|auf der liste|angemeldet)",
        "(mich|uns) [(bitte|aber|doch)] [(bitte|aber|doch)] auf der liste (lassen|behalten)",
        # "Keine Anrufe mehr, lieber per SMS", "nicht mehr anrufen, eine SMS reicht": the texts are
        # wanted.
        "lieber per (sms|nachricht|whatsapp)",
        "(per sms|eine sms) (reicht|genügt|genuegt|passt|ist besser|ist ok|ist okay)",
        "sms (genügt|genuegt|ist besser|reicht völlig|reicht vollkommen|reicht aus)",
        # "Wir haben genug Stühle, ihr müsst keine mehr bringen".
        "(müsst|muesst|müssen|muessen|muss|braucht|brauchen|brauchst|musst) (keine|nichts) mehr (bringen|mitbringen|kaufen|backen|machen|liefern)",
        # "Ich möchte die weiter bekommen": the writer keeps the texts (often beside someone who
        # left them).
        "(ich möchte|ich moechte|ich will|ich würde|ich wuerde|ich hätte|ich haette) (die|sie|diese) [(gern|gerne|aber)] (weiter|weiterhin) [(auf dieser nummer)] (bekommen|erhalten|haben|kriegen)",
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
