"""French (France, Canada, Haiti's French speakers).

Sources: Canadian carriers and AWS End User Messaging list ARRET and TD among the required
opt-out keywords (docs.aws.amazon.com sms-voice opt-out-list-keywords); in France the CNIL
requires a free "STOP SMS" to the short number 36111 (Brevo's help centre: "Antworten Sie
STOPP" / STOP code mandatory for France; captainverify.com on "STOP SMS"); the landed lexicon's
French list (ARRET, ARRETER, DESABONNER, DESINSCRIRE...). AIDE is the French HELP used by the
same providers.
"""

from app.keywords.languages.rules import LanguageRules

RULES: LanguageRules = LanguageRules(
    code="fr",
    name="French",
    opt_out_keywords=(
        "arret", "arrêt", "arrêter", "arrêtez", "désabonner", "désabonnement", "désinscrire",
        "désinscription", "désabonnez moi", "désinscrivez moi", "td", "annuler", "fin",
        "stop sms", "me désabonner",
        "désabo",
    ),
    opt_out_all_keywords=("arrêt tout", "arrêter tout", "stop tout"),
    strong_keywords=(
        "arrêt", "arrêter", "arrêtez", "désabonner", "désabonnement", "désinscrire",
        "désinscription", "désabonnez moi", "désinscrivez moi", "arrêt tout", "arrêter tout",
        "stop tout",
    ),
    # TD is the Canadian carriers' French keyword.
    standalone_keywords=("td", "fin"),
    # A bare "oui" is not an opt-in: the engine's OPT_IN_YES list owns it.
    opt_in_keywords=("réinscription", "réabonnement", "réinscrire", "commencer", "début", "abonner", "réabonner", "me réabonner", "reprendre", "inscription"),
    help_keywords=("aide", "info sms", "infos", "renseignements"),
    opt_out_phrases=(
        "(arrêtez|arrête|arrêter|cessez|cesser|stoppez) de (m'écrire|me contacter|me texter|me spammer)",
        "(arrêtez|arrête|arrêter|cessez|cesser|stoppez) de (m'envoyer|me envoyer|nous envoyer) (des|vos|ces|de) (messages|sms|textos|pubs|publicités|promotions)",
        "(arrêtez|arrête|cessez) d'envoyer des (messages|sms|textos)",
        "ne (m'envoyez|m'envoie|m'écrivez|me contactez|me textez) plus",
        "(je ne veux|je veux) plus recevoir (de|vos|ces|les|des) (messages|sms|textos|texto|notifications)",
        "ne veux plus (de|vos|ces) (messages|sms|textos)",
        "(retirez|enlevez|supprimez|effacez|rayez) (moi|mon numéro) de (votre|la|cette|vos) (liste|listes)",
        "(retirez|enlevez|supprimez|effacez) mon numéro",
        "(je me désabonne|je me désinscris|je veux me désabonner|je veux me désinscrire)",
        "je (retire|révoque|annule) mon (consentement|abonnement|autorisation)",
        "plus de (messages|sms|textos) (svp|merci|s'il vous plaît)",
        "(mauvais|faux) numéro",
        "ne plus (m'envoyer|me envoyer) (de|vos|ces|des) (messages|sms|textos|publicités)",
        "(merci de|veuillez) ne plus (me contacter|m'écrire|me texter)",
        "(n'envoyez|n'envoie|n'écrivez) plus",
        "(désinscrivez|désabonnez) moi",
        "(me désabonner|me désinscrire)",
        # "Comment ne plus recevoir ces messages ?": asking how to stop the texts asks us to stop them.
        "comment (on fait|je fais|faire|je peux faire|fait on|on peut faire|dois je faire) pour (ne plus recevoir|arrêter de recevoir|ne plus avoir|ne pas recevoir) (ces|vos|les|de|des|tes) (messages|sms|textos|notifications|alertes)",
        "comment (arrêter|stopper|désactiver|bloquer|j'arrête|je stoppe|je bloque|on arrête|je désactive|je peux arrêter|puis je arrêter|faire cesser|faire arrêter) (ces|vos|les|tes) (messages|sms|textos|notifications|alertes)",
        "comment (on fait|je fais|faire|fait on) pour que (ça|ces messages|ces sms|vos messages|vos sms|les messages|les sms) (s'arrête|s'arrêtent|cesse|cessent)",
        "comment (on se désinscrit|on se désabonne|je me désinscris|je me désabonne|se désinscrire|se désabonner|je peux me désinscrire|je peux me désabonner|puis je me désinscrire|puis je me désabonner)",
    ),
    opt_in_phrases=(
        "je (veux|voudrais|souhaite) (me réabonner|me réinscrire)",
        "je (veux|voudrais|souhaite) (recevoir à nouveau|de nouveau recevoir) (vos|les) messages",
        "(réabonnez|réinscrivez) moi",
    ),
    help_phrases=(
        "c'est quoi ce (message|sms|texto)", "c'est quoi ces (messages|sms|textos)",
        "qu'est ce que c'est", "qui êtes vous", "qui est ce", "c'est qui",
        "(à quelle fréquence|tous les combien) (vous allez|allez vous|vous) (menvoyer|envoyer|envoyez) (des messages|des sms|des textos)",
        "(à quelle fréquence|tous les combien) (vous allez|allez vous|vous) (menvoyer|envoyer|envoyez)",
        "combien de (messages|sms|textos) (par|chaque) (semaine|jour|mois)",
        "pourquoi (je reçois|est ce que je reçois|jreçois) (ces|vos) (messages|sms|textos)",
    ),
    not_opt_out_phrases=(
        # Refusing to be unsubscribed or asking the texts to go on ("don't unsubscribe me"):
        # a model opt-out reading of such a message is not decided.
        "ne me (désabonnez|désinscrivez|retirez|supprimez|désabonne|désinscris|retire|supprime) (pas|surtout pas|jamais)",
        "(n'arrêtez|narretez|n arretez) (pas|surtout pas|jamais) (de m'envoyer|vos|les|d'envoyer)",
        "(l'arrêt|arrêt|un arrêt|prochain arrêt) (de|du|d') (bus|autobus|tram|métro|train)",
        "à l'arrêt",
        "(n'envoyez|nenvoyez|envoyez) plus (le|la|les|mon|ma|mes) (colis|paquet|paquets|"
        "commande|facture|factures|courrier|livraison)",
        "(n'arrête|n'arrêtent|n'arrêtait|arrête) pas de",
        "sans arrêt",
        "fin (de|du|des) (la|mois|semaine|journée|réunion|cours|match)",
        "à la fin",
        "(fin|en fin) de semaine",
        "annuler (le|la|mon|ma|notre) (rendez vous|rdv|réservation|commande)",
        # A veto must cover the whole opt-out reading it cancels.
        "(retirez|enlevez|supprimez|effacez|rayez) (moi|mon numéro) de (votre|la|cette|vos) liste (d'attente|des invités|de courses|de présence)",
        "(prochain|dernier|premier|mon|ton|cet|un|au prochain|au dernier) arrêt",
        "l'arrêt",
    ),
    hint_words=(
        "le", "la", "les", "de", "je", "vous", "est", "pas", "que", "pour", "une", "un",
        "mon", "plus", "merci", "bonjour", "veux", "messages", "oui", "svp", "ce", "ne",
    ),
    replies={
        "opt_out_clarify": "Vous êtes désabonné des messages de {program}. Répondez MKT pour arrêter "
        "seulement les offres, TOUT pour tout arrêter. Aide : {support}.",
        "opt_out": "Vous êtes désabonné(e) de {program} et ne recevrez plus de messages. "
        "Aide : {support}. Répondez START pour vous réabonner.",
        "opt_out_all": "Vous êtes désabonné(e) de tous les messages de {program} et ne "
        "recevrez plus de messages. Aide : {support}. Répondez START pour vous réabonner.",
        "opt_in": "Vous êtes réabonné(e) aux messages de {program}. Des frais de messagerie et "
        "de données peuvent s'appliquer. Aide : {support}. Répondez AIDE pour de l'aide, ARRET "
        "pour annuler.",
        "help": "{program} : pour de l'aide, contactez {support}. Des frais de messagerie et de "
        "données peuvent s'appliquer. Répondez ARRET pour annuler.",
    },
    sources=(
        "https://docs.aws.amazon.com/sms-voice/latest/userguide/opt-out-list-keywords.html (ARRET, TD)",
        "https://help.brevo.com/hc/de/articles/115001945670 (STOP code mandatory for France)",
        "https://captainverify.com/de/blog/stop-sms.html (CNIL, STOP SMS)",
        "app/keywords/lexicon.py as landed (ARRET, DESABONNER, DESINSCRIRE, AIDE)",
    ),
    courtesy_words=("svp", "stp", "merci", "s'il vous plaît", "s'il te plaît", "maintenant", "svp merci"),
    # Answers to the clarifying question (app/messaging/clarify.py): stop only
    # marketing, or everything.
    clarify_marketing=("mkt", "offres"),
    clarify_all=("all", "tout"),
)
