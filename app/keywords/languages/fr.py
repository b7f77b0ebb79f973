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
        # "Annulez ma commande et arrêtez de m'envoyer des SMS": the request after an order
        # ("ma" is no mother here, though the guards read it so).
        "(ma|mon|la|le|mes|les) (commande|réservation|rendez vous|rdv|abonnement|compte|inscription|carte|livraison) et (arrêtez|arrête|cessez|stoppez) de (m'envoyer|me envoyer|m'écrire|me contacter|me texter)",
        # "Je ne veux pas de ces messages", "je n'accepte pas de recevoir des SMS", "je ne voudrais
        # pas continuer à les recevoir", "arrangez ça, je les veux plus": the negations of the
        # opt-in phrases below, and they win over them.
        "(je n'accepte pas|je n'accepte plus|j'accepte pas|j'accepte plus|je refuse) de recevoir (des|vos|ces|les|de) (messages|sms|textos|promos|pubs|publicités|notifications|alertes|rappels|offres)",
        "ne (voudrais|veux|souhaite|souhaiterais) (pas|plus) continuer à (les recevoir|recevoir (vos|les|ces) (messages|sms|textos|promos|offres|alertes|rappels|notifications))",
        "(arranger ça|réparer ça|régler ça|corriger ça|arrangez ça|réparez ça|réglez ça|corrigez ça|arranger ca|regler ca) [(svp|stp|merci)] [(car|parce que|je)] (je les veux|les veux) (pas|plus)",
        "(je ne veux pas|je veux pas|jveux pas) (de ces|de vos|ces|vos|de tes) (messages|sms|textos|promos|pubs|publicités|notifications|alertes|rappels)",
        # The negations of the opt-in phrases below ("merci de ne pas ajouter le numéro de mon fils
        # aux rappels"; "ajoutez ce numéro à la liste rouge" asks the opposite of the opt-in).
        "(ne pas|pas) (ajouter|inscrire|rajouter|enregistrer) [aussi] (le numéro|le portable|le téléphone|le numero|ce numéro|mon numéro) [(de (mon|ma) (fils|fille|mari|femme|mère|père|frère|sœur|soeur|conjoint|conjointe|compagnon|compagne|grand mère|grand père|mamie|papi|enfant))]",
        "(ajoutez|inscrivez|mettez|enregistrez) (ce numéro|mon numéro) (à|a|sur|dans) (la liste rouge|bloctel|la liste d'opposition|votre liste noire|la liste noire)",
        # A sign-up refused ("ne m'inscrivez pas aux SMS", "ne me remettez pas sur la liste des
        # promos").
        "ne (m'inscrivez|m'abonnez|m'ajoutez|me mettez|me rajoutez|me réinscrivez|me réabonnez|me remettez|m'inscris|m'abonne|m'ajoute|me mets|me rajoute|me remets) pas (à|a|aux|sur|dans) [(la liste des|la liste de|vos|les|la|votre|ces|tes)] (messages|sms|textos|texto|offres|promos|promotions|alertes|rappels|notifications|bons de réduction|bons plans|coupons|nouveautés|infos|informations|alertes sms|messages texte)",
        "(je n'autorise pas|je n'accepte pas|nous n'autorisons pas|je refuse) (l'envoi|la réception|la reception) (de|des|d) [(vos|ces|mes)] (messages|sms|textos|texto|offres|promos|promotions|alertes|rappels|notifications|bons de réduction|bons plans|coupons|nouveautés|infos|informations|alertes sms|messages texte)",
        # The round of plain-word opt-outs: no need to keep writing (already bought), the slang
        # "virez mon num", "stop les textos", "how many times", only the reminders and not the offers.
        "(inutile de|pas la peine de|plus besoin de|pas besoin de|ce n'est plus la peine de|c'est plus la peine de) (continuer à|continuer de) (m'écrire|m'envoyer|me contacter|me texter|m'en envoyer|me relancer|écrire|envoyer)",
        "plus besoin de (m'envoyer|me texter|m'écrire) (des|vos|ces|les) (sms|messages|textos|offres|promos|rappels|relances|pubs)",
        "(virez|vire|supprimez|supprime|effacez|efface|retirez|enlevez) (mon num|mon 06|mon tel|mon tél|mon numero de tel|mon numéro de téléphone|mon numéro de portable)",
        "(j'aimerais|je voudrais|je souhaiterais|je préférerais|je préfère|je souhaite) (qu'on|que vous) (arrête|arrêtiez|cesse|cessiez) de (m'envoyer|m'écrire|me contacter|me texter|me relancer)",
        "(vous pouvez|pouvez vous|vous pourriez|pourriez vous|tu peux|peux tu) (arrêter|stopper|couper|cesser) (les|vos|ces|tes) (rappels|sms|messages|textos|relances|notifications|alertes|promos|offres)",
        "stop (les|vos|ces|tes) (textos|sms|messages|pubs|promos|notifs|notifications|relances|offres|rappels)",
        "combien de fois (je dois|dois je|il faut que je|faut il que je|faut que je|je vais devoir) (dire|demander|répéter|écrire|envoyer|vous dire|vous demander|le dire|le répéter|vous le dire) (stop|de arrêter|d'arrêter|de me désinscrire|de me désabonner|de ne plus m'écrire)",
        "mais (pas|plus) (les|vos) (offres|promos|promotions|pubs|publicités|offres promotionnelles)",
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
        # Someone else gets them and the writer wants them too ("est-ce que je peux les recevoir
        # moi aussi ?", "j'aimerais l'être aussi", "pourriez-vous m'ajouter également ?"; "je peux
        # les recevoir aussi" is also said of parcels).
        "(je peux|puis je|je pourrais|pourrais je|on peut|peut on) (les recevoir|recevoir les mêmes) (également|moi aussi)",
        "(j'aimerais|je voudrais|je veux|je souhaite|je souhaiterais|je veux bien) (l'être|être inscrit|être inscrite|être ajouté|être ajoutée|les recevoir) (aussi|également|moi aussi)",
        "(pourriez vous|pouvez vous|vous pouvez|vous pourriez|tu peux|peux tu|merci de) ((m'ajouter|me rajouter|me mettre) (également|moi aussi|à mon tour)|m'inscrire (aussi|également|moi aussi|à mon tour))",
        # How to get them by text ("est-ce qu'on peut recevoir le suivi de livraison par sms",
        # "comment on fait pour avoir les annonces de la paroisse").
        "(peut on|on peut|est ce qu'on peut|est ce que je peux|je peux|puis je|est il possible de|c'est possible de|il y a moyen de|y a moyen de) recevoir (le|les|la|vos|des|mes) (messages|sms|textos|texto|offres|promos|promotions|alertes|rappels|notifications|infos|informations|annonces|confirmations|bons plans|coupons|nouveautés|suivi de livraison|suivi de commande) [(de commande|de livraison|de rendez vous|de rdv|de la pharmacie|de l'école)] (par sms|par texto|par message|sur mon portable|sur mon téléphone)",
        "comment (on fait|je fais|faire|fait on|je peux faire|dois je faire) pour (avoir|recevoir|m'inscrire à|m'abonner à|m'inscrire aux|m'abonner aux) (les|vos|ces|des) (messages|sms|textos|texto|offres|promos|promotions|alertes|rappels|notifications|infos|informations|annonces|confirmations|bons plans|coupons|nouveautés|suivi de livraison|suivi de commande)",
        # A new number for the same texts ("merci d'ajouter ce numéro", "pouvez-vous enregistrer
        # ce numéro", "ajoutez celui-ci pour les messages du club").
        "(merci d'ajouter|merci d'enregistrer|merci de rajouter|ajoutez|enregistrez|rajoutez|inscrivez|pouvez vous ajouter|pouvez vous enregistrer|vous pouvez ajouter|vous pouvez enregistrer|pourriez vous ajouter|pourriez vous enregistrer) (ce numéro|ce num|ce nouveau numéro|mon nouveau numéro|le nouveau numéro)",
        "(ajoutez|enregistrez|rajoutez|inscrivez|mettez) (celui ci|celui là|ce numéro|ce num) (pour|aux|sur) (les|vos) (messages|sms|textos|texto|offres|promos|promotions|alertes|rappels|notifications|infos|informations|annonces|confirmations|bons plans|coupons|nouveautés|suivi de livraison|suivi de commande)",
        # They stopped coming and the writer wants them back ("vous pouvez arranger ça svp je les
        # veux", "vous pouvez les réactiver ?").
        "(arranger ça|réparer ça|régler ça|corriger ça|arrangez ça|réparez ça|réglez ça|corrigez ça|arranger ca|regler ca) [(svp|stp|merci)] [(car|parce que|je)] (je les veux|je les voudrais|je les veux bien|les veux)",
        "(vous pouvez|pouvez vous|pourriez vous|vous pourriez|tu peux|peux tu) (les réactiver|les rétablir|les rallumer|les remettre en route|me les remettre|me les renvoyer)",
        # One reminder before each appointment ("je veux bien recevoir un rappel la veille").
        "(je veux bien|j'aimerais bien|je voudrais bien) recevoir (un|des|les) (rappel|rappels|sms|message|messages|texto|textos)",
        # From now on by text ("désormais merci de m'envoyer les rappels par SMS", "à partir de
        # maintenant envoyez les offres sur ce portable", "je préfère recevoir les confirmations par
        # texto", "prévenez-moi par sms plutôt que d'appeler").
        "(merci de|pouvez vous|vous pouvez|pourriez vous|vous pourriez) (m'envoyer|me transmettre) (les|vos|mes|toutes les) (messages|sms|textos|texto|offres|promos|promotions|alertes|rappels|notifications|infos|informations|annonces|confirmations|bons plans|coupons|nouveautés|suivi de livraison|suivi de commande) [(de rendez vous|de rdv|de commande|de livraison)] (par sms|par texto|par message|à ce numéro|sur ce numéro|sur ce portable|sur mon portable)",
        "(à partir de maintenant|désormais|dorénavant|à l'avenir|à partir d'aujourd'hui) [(svp|merci de|merci d')] (envoyez|envoyez moi|envoie|envoie moi|m'envoyer|envoyer) (les|vos|mes|toutes les) (messages|sms|textos|texto|offres|promos|promotions|alertes|rappels|notifications|infos|informations|annonces|confirmations|bons plans|coupons|nouveautés|suivi de livraison|suivi de commande) (sur ce portable|sur ce numéro|à ce numéro|par sms|par texto|sur mon portable)",
        "je (préfère|préférerais|préfèrerais) recevoir (toutes les|tous les|les|mes|vos) (messages|sms|textos|texto|offres|promos|promotions|alertes|rappels|notifications|infos|informations|annonces|confirmations|bons plans|coupons|nouveautés|suivi de livraison|suivi de commande) (par sms|par texto|par message|par textos)",
        "(me prévenir|prévenez moi|me contacter|contactez moi|m'avertir|avertissez moi|m'informer|informez moi) par (sms|texto|message) (plutôt que|au lieu de|plutôt qu'un appel|au lieu d'un appel|plutôt que de m'appeler|au lieu de m'appeler)",
        # Formal consent ("j'accepte de recevoir des SMS", "je donne mon consentement pour
        # recevoir", "je confirme vouloir recevoir", "j'autorise la mairie à m'envoyer des SMS").
        "(j'accepte|nous acceptons) de recevoir (des|les|vos|ces) (messages|sms|textos|texto|offres|promos|promotions|alertes|rappels|notifications|infos|informations|annonces|confirmations|bons plans|coupons|nouveautés|suivi de livraison|suivi de commande)",
        "je donne (mon|notre) (consentement|accord) (pour|à|a) (recevoir|l'envoi de|que vous m'envoyiez) (des|les|vos|ces|de) (messages|sms|textos|texto|offres|promos|promotions|alertes|rappels|notifications|infos|informations|annonces|confirmations|bons plans|coupons|nouveautés|suivi de livraison|suivi de commande)",
        "je confirme (vouloir|souhaiter|accepter de|que je veux|que je souhaite|que j'accepte de) recevoir (des|les|vos|ces) (messages|sms|textos|texto|offres|promos|promotions|alertes|rappels|notifications|infos|informations|annonces|confirmations|bons plans|coupons|nouveautés|suivi de livraison|suivi de commande)",
        "(j'autorise|nous autorisons) (la mairie|la commune|le magasin|la boutique|la pharmacie|la banque|l'école|le club|la clinique|le cabinet|la société|l'entreprise|votre magasin|votre société|votre entreprise|votre boutique|vous|la paroisse|l'association) à (m'envoyer|nous envoyer|me contacter par) (des|les|vos) (messages|sms|textos|texto|offres|promos|promotions|alertes|rappels|notifications|infos|informations|annonces|confirmations|bons plans|coupons|nouveautés|suivi de livraison|suivi de commande)",
        # Slang: "ouiii balancez-moi toutes les promos".
        "(balancez|balance|envoyez|envoie) moi (toutes les|tous les|vos|tes) (promos|offres|bons plans|réductions|codes promo|coupons|bons de réduction)",
        # A family member's number for the same texts ("merci d'ajouter aussi le numéro de mon
        # fils pour qu'il ait les infos", "est-il possible d'ajouter le portable de ma fille aux
        # notifications"); "merci de ne pas ajouter ..." is an opt-out phrase.
        "(ajouter|ajoutez|inscrire|inscrivez|rajouter|rajoutez|enregistrer|enregistrez|d'ajouter|d'inscrire|d'enregistrer|de rajouter) [aussi] (le numéro|le portable|le téléphone|le numero) de (mon|ma) (fils|fille|mari|femme|mère|père|frère|sœur|soeur|conjoint|conjointe|compagnon|compagne|grand mère|grand père|mamie|papi|enfant) [aussi] (aux|à vos|à la liste des|pour les|pour recevoir les|pour qu'il ait les|pour qu'elle ait les|pour qu'il reçoive les|pour qu'elle reçoive les) (messages|sms|textos|texto|offres|promos|promotions|alertes|rappels|notifications|infos|informations|annonces|confirmations|bons plans|coupons|nouveautés|suivi de livraison|suivi de commande)",
        "(envoyer|envoyez|transmettre|m'envoyer) (les|vos) (messages|sms|textos|texto|offres|promos|promotions|alertes|rappels|notifications|infos|informations|annonces|confirmations|bons plans|coupons|nouveautés|suivi de livraison|suivi de commande) (sur|à|au) (son|le) (portable|numéro|téléphone) (de (mon|ma) (fils|fille|mari|femme|mère|père|frère|sœur|soeur|conjoint|conjointe|compagnon|compagne|grand mère|grand père|mamie|papi|enfant))",
        "(envoyer|envoyez|transmettre) (les|vos) (messages|sms|textos|texto|offres|promos|promotions|alertes|rappels|notifications|infos|informations|annonces|confirmations|bons plans|coupons|nouveautés|suivi de livraison|suivi de commande) (sur|à) son (portable|numéro|téléphone) aussi",
        # "I unsubscribed by mistake".
        "je me suis (désabonné|désabonnée|désinscrit|désinscrite) (par erreur|par accident|sans faire exprès|par mégarde|sans le vouloir)",
        "(par erreur|par accident|sans faire exprès|par mégarde) je me suis (désabonné|désabonnée|désinscrit|désinscrite)",
        # The round of opt-in phrases: asking to subscribe ("je peux m'abonner ?", "comment je peux
        # m'inscrire aux alertes"), consent in words ("je consens à recevoir des SMS", "j'autorise
        # l'envoi de SMS", "je n'ai pas d'objection à recevoir vos messages", "ça ne me dérange pas de
        # recevoir vos SMS"), asked back ("je ne reçois plus vos SMS, je les veux"), and a STOP sent
        # or an unsubscribe made by mistake ("j'ai répondu STOP par erreur", "je voulais pas me
        # désabonner"). The negations are opt-out phrases above.
        "(je peux|puis je|est ce que je peux|on peut|peut on|je pourrais|pourrais je) (m'abonner|me réabonner|me réinscrire)",
        "(je peux|puis je|est ce que je peux|comment je peux|comment puis je|comment on peut|je pourrais|pourrais je|je veux|je voudrais|j'aimerais|jveux|je souhaite) (m'inscrire|m'abonner|m'enregistrer|être inscrit|être inscrite) (aux|à vos|a vos|à la liste des|à votre liste de|à votre service de|au service de) (messages|sms|textos|texto|offres|promos|promotions|alertes|rappels|notifications|bons de réduction|bons plans|coupons|nouveautés|infos|informations|alertes sms|messages texte)",
        "(je consens|nous consentons|j'y consens et je consens) (à|a) (recevoir|l'envoi de|l'envoi des|ce que vous m'envoyiez) [(des|les|vos|ces|de|tes|mes|d)] (messages|sms|textos|texto|offres|promos|promotions|alertes|rappels|notifications|bons de réduction|bons plans|coupons|nouveautés|infos|informations|alertes sms|messages texte)",
        "(j'autorise|nous autorisons|jautorise|j'accepte|nous acceptons) (l'envoi|la réception|la reception) (de|des|d) [(vos|ces|mes)] (messages|sms|textos|texto|offres|promos|promotions|alertes|rappels|notifications|bons de réduction|bons plans|coupons|nouveautés|infos|informations|alertes sms|messages texte)",
        "(je n'ai|j'ai|nous n'avons|on n'a|on a) (pas d'objection|aucune objection|pas d'opposition|aucune opposition|aucun problème|pas de problème|rien contre le fait de) (à|a|pour|de) recevoir [(des|les|vos|ces|de|tes|mes|d)] (messages|sms|textos|texto|offres|promos|promotions|alertes|rappels|notifications|bons de réduction|bons plans|coupons|nouveautés|infos|informations|alertes sms|messages texte)",
        "(ça|ca|cela) ne me (dérange|gêne|derange|gene) pas de recevoir [(des|les|vos|ces|de|tes|mes|d)] (messages|sms|textos|texto|offres|promos|promotions|alertes|rappels|notifications|bons de réduction|bons plans|coupons|nouveautés|infos|informations|alertes sms|messages texte)",
        "(je ne reçois plus|je reçois plus|je n'ai plus|j'ai plus|je ne recois plus|je recois plus) (vos|les|mes|tes|aucun|aucune) (messages|sms|textos|texto|offres|promos|promotions|alertes|rappels|notifications|bons de réduction|bons plans|coupons|nouveautés|infos|informations|alertes sms|messages texte) [(et|mais|alors que|pourtant)] (je les veux|je les voudrais|je les veux bien|je voudrais les recevoir|j'aimerais les recevoir|je les veux toujours|je veux les recevoir)",
        "(j'ai|jai|j ai) (répondu|tapé|écrit|mis|appuyé sur|cliqué sur|repondu|tape|ecrit) (stop|arret|arrêt) (par erreur|par accident|sans faire exprès|sans faire expres|par mégarde|sans le vouloir|sans réfléchir)",
        "je [ne] voulais pas (me désabonner|me désinscrire|me desabonner|me desinscrire)",
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
        # Negated removal is a wish to keep the texts ("don't remove me", "I'm not
        # unsubscribing"); never a negated send/write, which stays an opt-out.
        "(ne|n) (me|nous) (retirez|enlevez|supprimez|effacez|desinscrivez|désinscrivez|desabonnez|désabonnez|rayez|retire|enleve|enlève|supprime|desinscris|désinscris|desabonne|désabonne) pas [(de|des) (la|votre|vos|cette|ces|ta|tes) (liste|listes|envois)]",
        "(ne|n) (retirez|enlevez|supprimez|effacez|rayez|retire|enleve|enlève|supprime|efface) pas (mon numero|mon numéro|mon telephone|mon téléphone|mon portable|mon contact) [(de|des) (la|votre|vos|cette|ces) (liste|listes|envois)]",
        "(je|j) ne (me desabonne|me désabonne|me desinscris|me désinscris|me retire) pas",
        "(pas besoin de|inutile de|ne pas) (me retirer|me desabonner|me désabonner|me desinscrire|me désinscrire|me supprimer|m enlever|menlever|supprimer mon numero|supprimer mon numéro|retirer mon numero|retirer mon numéro) [(de|des) (la|votre|vos|cette|ces) (liste|listes|envois)]",
        "(je|j) (ne|n) (veux|souhaite) pas (me desabonner|me désabonner|me desinscrire|me désinscrire|etre retire|être retiré|etre desinscrit|être désinscrit|quitter la liste|etre supprime|être supprimé)",
        "(n arretez|narretez|n arrêtez|narrêtez|ne coupez|ne supprimez|n annulez|nannulez) pas (mes|les|vos) (messages|rappels|alertes|sms|textos)",
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
        # "J'ai dit à ma sœur ça suffit les excuses": enough of something else.
        "(ça suffit|ca suffit|assez|y en a marre|j'en ai marre|trop c'est trop) (les|des|avec les|de tes|de ses|avec tes|avec ses|de ces|avec ces) (excuses|bêtises|disputes|mensonges|retards|augmentations|hausses de prix|prix|chamailleries|caprices)",
        # Someone else left the texts while the writer stays ("ma mère s'est retirée des
        # messages mais moi je reste", "gardez-moi sur la liste").
        "(gardez|garde|laissez|laisse) moi (sur|dans) (la|votre|vos|ta) (liste|listes)",
        "moi je (reste|resterai) [(inscrit|inscrite|abonné|abonnée|sur la liste)]",
        # "Je préfère que vous m'écriviez par SMS": the texts are wanted.
        "(je préfère|je préférerais) que vous (m'écriviez|me contactiez|m'envoyiez|me préveniez) par (sms|texto|message)",
        # Items in a basket, not the texts ("vous pouvez retirer l'article du panier ?").
        "(retirer|retirez|enlever|enlevez|supprimer|supprimez) (l'article|les articles|cet article|le produit|ce produit|les produits) (du|de mon|de mon|de la) (panier|commande)",
        # "Je voudrais continuer à les recevoir": the writer keeps the texts (often beside someone
        # who left them); "je ne voudrais pas continuer ..." is an opt-out phrase.
        "(je voudrais|je veux|j'aimerais|je souhaite|je souhaiterais|je veux bien) continuer à (les recevoir|recevoir (vos|les|ces|mes) (messages|sms|textos|texto|offres|promos|promotions|alertes|rappels|notifications|infos|informations|annonces|confirmations|bons plans|coupons|nouveautés|suivi de livraison|suivi de commande))",
        # A STOP typed by mistake ("j'ai répondu STOP par erreur"), or an unsubscribe not meant ("je
        # ne voulais pas me désabonner"): the opt-in phrases start a word earlier, so they outlast
        # these. "J'ai envoyé STOP par erreur, ..." is left to the model, which is sure of it.
        "(répondu|tapé|écrit|mis|appuyé sur|cliqué sur|repondu|tape|ecrit) (stop|arret|arrêt) (par erreur|par accident|sans faire exprès|sans faire expres|par mégarde|sans le vouloir|sans réfléchir)",
        "voulais pas (me désabonner|me désinscrire|me desabonner|me desinscrire)",
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
