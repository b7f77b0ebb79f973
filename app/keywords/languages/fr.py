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
    opt_in_keywords=("réinscription", "réabonnement", "réinscrire", "commencer", "début", "abonner", "réabonner", "me réabonner", "reprendre", "inscription", "abonnement", "abonnement sms", "réabonnez moi", "réinscrivez moi", "je m'abonne", "je me réabonne"),
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
        # "Vous pouvez m'enlever de la liste de diffusion ?", "merci de me retirer des envois".
        "(m'enlever|me retirer|me supprimer|me rayer|m'effacer|me sortir|me désinscrire|me désabonner) (de|des|du) (la|cette|votre|vos|ces|ta|tes|liste|listes|fichier|envois|sms|messages|promos|promotions|offres|alertes|notifications|mailing)",
        "(retirez|enlevez|supprimez|effacez|rayez|sortez) (moi|nous|le|la|ce numéro|son numéro) (de|des|du) (votre|vos|la|cette|ces|liste|listes|fichier|fichiers|base|envois|sms|messages|promos|promotions|offres|alertes|notifications|mailing)",
        # Leave me alone, said to the sender.
        "(laissez|laissez nous|fichez|fiche|foutez|fous|lâchez|lâche) (moi|nous) (tranquille|tranquilles|en paix|la paix|la grappe)",
        "(laissez moi|laissez nous|lâchez moi|lachez moi) (tranquille|tranquilles|en paix)",
        # "Je demande l'arrêt immédiat des SMS", "la suppression de mon numéro".
        "(l'arrêt|arrêt) [(immédiat|définitif|total|complet)] (des|de vos|de ces|de tous les|de toutes les|de tout) (sms|messages|textos|envois|notifications|communications|relances|sollicitations|pubs|publicités|promos)",
        "(l'effacement|la suppression|effacement|suppression) (de mes données|de mon numéro|de mes coordonnées|de mon contact)",
        # "Plus de questionnaires svp", "plus de SMS pour les promos svp": "plus de" alone is also
        # "more".
        "plus de (sms|messages|textos|pubs|publicités|promos|promotions|offres|notifications|alertes|relances|rappels|newsletters|questionnaires|sondages|enquêtes) [(de satisfaction|promotionnels|publicitaires|commerciaux|pour les promos|pour les offres|pour les promotions)] (svp|stp|merci|s'il vous plaît|s'il te plaît|par pitié)",
        # "Arrêtez les SMS", "pouvez-vous arrêter vos messages", "arrêtez de m'envoyer vos promos".
        "(arrêtez|cessez|stoppez|arrête|stoppe) (les|vos|ces|tes|tous ces|toutes ces) (sms|messages|textos|pubs|publicités|promos|promotions|notifications|relances|envois|alertes|spams|newsletters|questionnaires|sondages)",
        "(pouvez vous|pourriez vous|vous pouvez|vous pourriez|tu peux|peux tu|merci d'|merci de|veuillez|je veux|je voudrais|je souhaite|je souhaiterais|j'aimerais|faut) (arrêter|cesser|stopper|désactiver|couper) (les|vos|ces|tes|tous ces|toutes ces) (sms|messages|textos|pubs|publicités|promos|promotions|notifications|relances|envois|alertes|spams|newsletters|questionnaires|sondages)",
        "(arrêtez|arrête|arrêter|cessez|cesser|stoppez) de (m'envoyer|me envoyer|nous envoyer|lui envoyer) (des|vos|ces|de|tous ces|toutes ces|tes) (promos|offres|notifications|alertes|relances|rappels|newsletters|questionnaires|sondages|spams|spam|conneries|trucs|messages|sms|textos|pubs|publicités|promotions)",
        "(arrêtez|arrête|cessez|stoppez) d'envoyer (des|vos|ces|tes) (messages|sms|textos|promos|offres|pubs|publicités|promotions|notifications|alertes|relances)",
        "(désactivez|coupez|supprimez) (les|vos|ces|mes) (sms|textos|notifications sms|alertes sms|messages promotionnels|sms promotionnels|promos|pubs)",
        # "Je ne veux plus de vos pubs", "je souhaite ne plus recevoir vos offres".
        "ne veux plus (de|vos|ces|tes|de vos|de ces) (pubs|publicités|promos|promotions|offres|notifications|alertes|relances|rappels|newsletters|questionnaires|sondages|spams)",
        "(je souhaite|je voudrais|je veux|j'aimerais|je préfère|je préférerais|merci de|veuillez|je demande à|je tiens à) ne plus (recevoir|avoir) (de|vos|ces|les|des|aucun|aucune) (sms|messages|textos|pubs|publicités|promos|promotions|offres|notifications|alertes|relances|rappels|newsletters|questionnaires|sondages|message|sms de votre part)",
        "(je ne veux|je veux) plus recevoir (de|vos|ces|les|des|aucun|aucune) (pubs|publicités|promos|promotions|offres|alertes|relances|rappels|newsletters|questionnaires|sondages|message)",
        # Enough of the texts.
        "(ça suffit|assez|y en a marre|j'en ai marre|marre|basta) (de|des|avec) (vos|ces|les|tes|tous ces|toutes ces) (sms|messages|textos|pubs|publicités|promos|promotions|notifications|spams|relances)",
        "stop (ça|ca) (saoule|soule|me saoule|me soule|gave|me gave|m'énerve|menerve)",
        "(arrtez|aretez|arètez|arrètez|arettez|arrètes|arrete) (svp|stp|s'il vous plaît|de m'écrire|de m'envoyer|les sms|vos sms)",
        # "Je n'ai jamais demandé à recevoir vos SMS".
        "(j'ai jamais|je n'ai jamais|jai jamais|j'ai pas|je n'ai pas|jamais) (demandé|accepté|autorisé|souscrit à|consenti à|donné mon accord pour) [(à recevoir|de recevoir|recevoir)] (ces|vos|les|des|tes) (sms|messages|textos|pubs|promos|publicités|notifications|offres)",
        "(cesser|cessez|arrêter|arrêtez|stopper|stoppez) (tout envoi|tous les envois|tout envoi de|l'envoi de|l'envoi des|l'envoi de vos|les envois de) [(de|des)] (sms|messages|textos|pubs|publicités|promos|promotions|notifications|relances|alertes)",
        "(jveux|jvx|jveu|j veux) plus [(recevoir|avoir)] (de|vos|ces|les|des|tes|de vos|de tes) (sms|messages|textos|pubs|publicités|promos|promotions|offres|notifications|alertes|relances|spams)",
    ),
    opt_in_phrases=(
        "je (veux|voudrais|souhaite) (me réabonner|me réinscrire)",
        "je (veux|voudrais|souhaite) (recevoir à nouveau|de nouveau recevoir) (vos|les) messages",
        "(réabonnez|réinscrivez) moi",
        # An imperative with "moi" after the verb: a negation says "ne me réinscrivez pas".
        "(réabonnez|réinscrivez|réabonne|réinscris|réintégrez|réactivez) (moi|nous)",
        "(abonnez|inscrivez|ajoutez|rajoutez|remettez|mettez|abonne|inscris|ajoute|rajoute|remets|mets) (moi|nous) ((à|a|sur|dans) (vos|les|la liste des|la liste de|votre liste de|la liste d'envoi des|la liste sms des)|aux) (messages|sms|textos|texto|offres|promos|promotions|alertes|rappels|notifications|bons de réduction|bons plans|coupons|nouveautés)",
        "(abonnez|inscrivez|ajoutez|rajoutez|remettez|mettez|abonne|inscris|ajoute|rajoute|remets|mets) (moi|nous) (à|a|sur|dans) (la|votre|vos) (liste sms|liste de diffusion|liste d'envoi|liste des sms|liste des messages|liste des abonnés)",
        "(rajoutez|remettez|remets|rajoute|réintégrez) (moi|nous) (sur|dans|à|a) (la|votre) liste",
        "(abonnez|inscrivez|ajoutez|rajoutez|remettez|abonne|inscris|ajoute|rajoute|remets) (moi|nous) (à nouveau|de nouveau)",
        "(renvoyez|renvoie|envoyez|envoie|remettez|remets|réactivez|réactive|rallumez|rallume|rétablissez|rétablis) (moi|nous) (à nouveau|de nouveau) (les|vos|tes) (messages|sms|textos|texto|offres|promos|promotions|alertes|rappels|notifications|bons de réduction|bons plans|coupons|nouveautés)",
        "(renvoyez|renvoie|remettez|remets) (moi|nous) (les|vos|tes) (offres|promos|promotions|alertes|rappels|notifications|bons de réduction|bons plans|coupons|nouveautés)",
        "(réactivez|réactive|rallumez|rallume|rétablissez|rétablis) (moi|nous) (les|vos|tes) (messages|sms|textos|texto|offres|promos|promotions|alertes|rappels|notifications|bons de réduction|bons plans|coupons|nouveautés)",
        "(réactivez|réactive|rallumez|rallume|rétablissez|rétablis) (les|vos|tes|mes) (messages|sms|textos|texto|offres|promos|promotions|alertes|rappels|notifications|bons de réduction|bons plans|coupons|nouveautés)",
        "(vous pouvez|pouvez vous|pourriez vous|vous pourriez|tu peux|peux tu|est ce que vous pouvez|est ce que tu peux) (me réabonner|me réinscrire|me réintégrer|me remettre sur la liste|me rajouter sur la liste|me rajouter à la liste|me remettre dans la liste|me remettre sur votre liste|réactiver les (messages|sms|textos|texto|offres|promos|promotions|alertes|rappels|notifications|bons de réduction|bons plans|coupons|nouveautés)|me réactiver les (messages|sms|textos|texto|offres|promos|promotions|alertes|rappels|notifications|bons de réduction|bons plans|coupons|nouveautés)|me renvoyer les (messages|sms|textos|texto|offres|promos|promotions|alertes|rappels|notifications|bons de réduction|bons plans|coupons|nouveautés)|me remettre les (messages|sms|textos|texto|offres|promos|promotions|alertes|rappels|notifications|bons de réduction|bons plans|coupons|nouveautés)|remettre les (messages|sms|textos|texto|offres|promos|promotions|alertes|rappels|notifications|bons de réduction|bons plans|coupons|nouveautés)|rétablir les (messages|sms|textos|texto|offres|promos|promotions|alertes|rappels|notifications|bons de réduction|bons plans|coupons|nouveautés)|les réactiver)",
        "(vous pouvez|pouvez vous|pourriez vous|vous pourriez|tu peux|peux tu|est ce que vous pouvez|est ce que tu peux) (m'abonner|m'inscrire|me rajouter|me mettre|me remettre) ((à|a|sur|dans) (vos|les|la liste des|la liste de|votre liste de)|aux) (messages|sms|textos|texto|offres|promos|promotions|alertes|rappels|notifications|bons de réduction|bons plans|coupons|nouveautés)",
        # "I'd like (to receive) the offers (again)": "je ne veux pas", "je veux plus" and "je
        # ne souhaite plus" put a word between "je" and the rest.
        "(je|moi je) (veux|voudrais|souhaite|souhaiterais|veux bien|voudrais bien|désire) (recevoir à nouveau|recevoir de nouveau|de nouveau recevoir|à nouveau recevoir|recommencer à recevoir|me réabonner à|me réinscrire à|me réabonner aux|me réinscrire aux|ravoir|récupérer) [(vos|les|ces|des|mes|tes)] (messages|sms|textos|texto|offres|promos|promotions|alertes|rappels|notifications|bons de réduction|bons plans|coupons|nouveautés)",
        "(jveux|jaimerais|j aimerais|jaimerai|je voudrais bien) (recevoir à nouveau|recevoir de nouveau|de nouveau recevoir|à nouveau recevoir|recommencer à recevoir|ravoir|récupérer) [(vos|les|ces|des|mes|tes)] (messages|sms|textos|texto|offres|promos|promotions|alertes|rappels|notifications|bons de réduction|bons plans|coupons|nouveautés)",
        "(je|moi je) (veux|voudrais|souhaite|souhaiterais|veux bien|voudrais bien|désire) recevoir (vos|les|des) (messages|sms|textos|texto|offres|promos|promotions|alertes|rappels|notifications|bons de réduction|bons plans|coupons|nouveautés) (par sms|par texto|par message|sur mon portable|sur ce numéro)",
        "(je|moi je) (veux|voudrais|souhaite|souhaiterais|désire) (m'abonner|m'inscrire|être inscrit|être inscrite|être ajouté|être ajoutée) ((à|a) (vos|les|la liste des|la liste de|votre liste de|votre service de)|aux|au service de|au service d'envoi de) (messages|sms|textos|texto|offres|promos|promotions|alertes|rappels|notifications|bons de réduction|bons plans|coupons|nouveautés)",
        "(jaimerais|j aimerais|jveux) (recevoir|m'abonner à|m'inscrire à|m'abonner aux|m'inscrire aux) (vos|les|des) (messages|sms|textos|texto|offres|promos|promotions|alertes|rappels|notifications|bons de réduction|bons plans|coupons|nouveautés) (par sms|par texto|par message|sur mon portable)",
        "(je|moi je) (veux|voudrais|souhaite|souhaiterais) (me réabonner|me réinscrire|m'abonner de nouveau|m'inscrire de nouveau|m'abonner à nouveau|m'inscrire à nouveau|revenir sur la liste|être remis sur la liste|être remise sur la liste)",
        # "I unsubscribed by mistake".
        "je me suis (désabonné|désabonnée|désinscrit|désinscrite) (par erreur|par accident|sans faire exprès|par mégarde|sans le vouloir)",
        "(par erreur|par accident|sans faire exprès|par mégarde) je me suis (désabonné|désabonnée|désinscrit|désinscrite)",
    ),
    help_phrases=(
        "c'est quoi ce (message|sms|texto)", "c'est quoi ces (messages|sms|textos)",
        "qu'est ce que c'est", "qui êtes vous", "qui est ce", "c'est qui",
        "(à quelle fréquence|tous les combien) (vous allez|allez vous|vous) (menvoyer|envoyer|envoyez) (des messages|des sms|des textos)",
        "(à quelle fréquence|tous les combien) (vous allez|allez vous|vous) (menvoyer|envoyer|envoyez)",
        "combien de (messages|sms|textos) (par|chaque) (semaine|jour|mois)",
        "pourquoi (je reçois|est ce que je reçois|jreçois) (ces|vos) (messages|sms|textos)",
        # Who is texting.
        "(vous êtes qui|t'es qui|tes qui|qui es tu|c ki|c qui|cest qui|qui est à l'appareil|qui est a l appareil|c'est de la part de qui|de la part de qui)",
        "qui (m'écrit|m'envoie|me contacte|me texte|m'envoie ces messages|m'envoie ce message|m'envoie ça)",
        "(c'est quoi|c quoi|c koi|cest quoi|cest koi|c'est koi|qu'est ce que c'est que) (ce|ces|cette) (msg|message|messages|sms|texto|textos|numéro|alerte|alertes)",
        "(quelle|c'est quelle|cest quelle) (entreprise|société|boutique|pharmacie|banque|compagnie|enseigne|agence|clinique|marque) (est ce|c'est|êtes vous|vous êtes)",
        "de (quelle|quel) (entreprise|société|boutique|pharmacie|banque|compagnie|enseigne|agence|clinique|marque|magasin|service|cabinet) (s'agit il|il s'agit|vous êtes|êtes vous|venez vous|vient ce message|viennent ces messages|est ce message|sont ces messages)",
        "(à qui est|c'est quoi) ce numéro",
        "(c'est|cest) (quelle|quel) (entreprise|société|boutique|pharmacie|banque|compagnie|enseigne|agence|clinique|marque|magasin|cabinet)",
        "(comment|où) (avez vous|vous avez|vous avez eu|avez vous eu|avez vous trouvé|vous avez trouvé) mon (numéro|numero|num|06|portable)",
        "(est ce|c'est|cest) (une arnaque|un arnaque|une escroquerie|une fraude|du phishing|du hameçonnage)",
        "(est ce|c'est) (légitime|fiable|sérieux) ce (message|sms|texto)",
        # Cost.
        "(ces|les|vos) (messages|sms|textos) (sont ils|sont elles|sont|seront) (payants|gratuits|facturés|surtaxés)",
        "(est ce que|est ce qu') (ces|les|vos) (messages|sms|textos) (sont|seront) (payants|gratuits|facturés|surtaxés)",
        "(répondre|la réponse|recevoir ces messages|recevoir ces sms|recevoir les sms|le service sms) (est|c'est|sera) (payant|payante|gratuit|gratuite|facturé|facturée|surtaxé)",
        "(est ce que|est ce qu') (je vais|je serai|je vais être|on va me) (payer|facturé|facturée|être facturé|être facturée|débité|débitée|me faire facturer) [(pour|les|ces)] (sms|messages|répondre|la réponse)",
        "(combien coûte|combien coutent|combien coûtent|ça coûte combien) (le service|ce service|les sms|ces sms|les messages|ces messages|de répondre|une réponse)",
        # Reaching a person.
        "comment (vous contacter|vous joindre|je peux vous contacter|je peux vous joindre|puis je vous contacter|puis je vous joindre|on vous contacte|on vous joint|joindre le service client|contacter le service client|joindre un conseiller|contacter un conseiller|joindre le support|contacter le support|joindre le service clientèle|contacter le service clientèle|parler à un conseiller|parler à quelqu'un|joindre quelqu'un)",
        "(quel est|c'est quoi|vous avez) (le|votre|un) numéro (du|de|pour) (service client|support|service clientèle|joindre un conseiller|vous joindre)",
        "(je veux|je voudrais|je souhaite|j'aimerais|jaimerais|puis je) parler à (un conseiller|une conseillère|une personne|quelqu'un|un humain|un agent|une vraie personne)",
        "comment (obtenir|avoir|trouver) de l'aide",
        "(où|ou) (est ce que je peux|puis je|je peux|peut on) (lire|consulter|trouver|voir) (les conditions|les cgu|les conditions d'utilisation|la politique de confidentialité) (du service|des sms|du service sms)",
        # Why.
        "pourquoi (vous m'envoyez|vous m'écrivez|m'envoyez vous|m'écrivez vous|tu m'envoies|tu m'écris|vous me contactez|me contactez vous) [(ces|vos|des|tous ces)] (messages|sms|textos|alertes)",
        "pourquoi (je reçois|est ce que je reçois|jreçois|je recois) (ça|ceci|ce message|ce sms|des messages|des sms|des textos|tous ces messages|tous ces sms)",
        "(combien de|combien de fois) (messages|sms|textos) (vais je|je vais|allez vous|vous allez|est ce que je vais) (recevoir|m'envoyer|envoyer)",
        "(vous allez|allez vous) m'envoyer des (sms|messages|textos) (tous les combien|à quelle fréquence|souvent|chaque jour|tous les jours)",
        "(à quelle fréquence|tous les combien) (je vais|vais je|est ce que je vais) recevoir",
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
        # "Si vous réactivez les alertes...": the same words as the request, said of the sender.
        "(vous|si vous|vous me|vous nous|tu|tu me|si tu) (réactivez|réactive|rallumez|rallume|rétablissez|rétablis) (les|vos|tes|mes) (messages|sms|textos|texto|offres|promos|promotions|alertes|rappels|notifications|bons de réduction|bons plans|coupons|nouveautés)",
        # "Put me back on the waiting list" is no request for the texts (it would read as one).
        "(remettez|rajoutez|ajoutez|mettez|inscrivez|réintégrez|remets|rajoute|ajoute|mets|inscris) (moi|nous) (sur|dans|à|a) (la|votre) liste (d'attente|des invités|de présence|de courses|des participants)",
        "(m'enlever|me retirer|me supprimer|me rayer|m'effacer|me sortir|me désinscrire) (de|des|du) (la|cette|votre) liste (d'attente|des invités|de courses|de présence|des participants)",
        # "Merci de ne pas me retirer de la liste".
        "(ne pas|pas|ne jamais|jamais) (m'enlever|me retirer|me supprimer|me rayer|m'effacer|me sortir|me désinscrire|me désabonner) (de|des|du) (la|cette|votre|vos|ces|ta|tes|liste|listes|fichier|envois|sms|messages|promos|promotions|offres|alertes|notifications|mailing)",
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
