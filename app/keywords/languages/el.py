"""Greek. Greek marketing texts print STOP or ΔΙΑΓΡΑΦΗ with a free number, as the Hellenic
Data Protection Authority requires a free and easy opt-out; Greeklish (stop, diagrafi) is the
model's to read where the phrases stop.
"""

from app.keywords.languages.rules import LanguageRules

RULES: LanguageRules = LanguageRules(
    code="el",
    name="Greek",
    opt_out_keywords=("φτάνει", "diagrafi", "diagrafh", "stamatiste", "σταμάτα", "αρκετά", "σταματήστε", "στοπ", "διαγραφή", "διακοπή", "απεγγραφή", "apegrafi"),
    opt_out_all_keywords=("διαγραφή όλα",),
    opt_in_keywords=("επανεγγραφή", "ενεργοποίηση", "εγγραφή", "έναρξη"),
    help_keywords=("βοήθεια", "πληροφορίες"),
    # Plain requests in their common forms; the rest is the model's (app/keywords/data/corpus/el.txt).
    opt_out_phrases=(
        # No more offers needed ("Δεν χρειάζονται άλλες προσφορές").
        "δεν (χρειάζονται|χρειαζονται|θέλω|θελω) (άλλες|αλλες|άλλα|αλλα|πια|πλέον|πλεον) (προσφορές|προσφορες|μηνύματα|μηνυματα|ενημερώσεις|ενημερωσεις|sms)",
        # Asking how to stop the texts is asking to stop them ("Πώς σταματάνε αυτά τα μηνύματα;").
        "πώς [(μπορώ να|θα|να)] σταματήσω να (λαμβάνω|παίρνω) [(αυτά τα|τα|τέτοια)] (μηνύματα|μηνύματά σας|sms|ειδοποιήσεις)",
        "πώς [(μπορώ να|θα|να)] (σταματήσω|απενεργοποιήσω|διακόψω|κόψω|κλείσω) (αυτά τα|τα|αυτές τις|τις) (μηνύματα|μηνύματά σας|sms|ειδοποιήσεις)",
        "πώς (σταματάνε|σταματούν|σταματάει|κόβονται|απενεργοποιούνται) (αυτά τα|τα|αυτές οι|οι) (μηνύματα|sms|ειδοποιήσεις)",
        "πώς [(μπορώ να|θα|να)] απεγγραφώ",
        "(pos|pws) [(mporo na|mporw na|na)] (stamatiso|stamatisw) na (lamvano|lamvanw|pairno|pairnw) [(auta ta|ta)] (minimata|mhnymata|sms)",
        "(pos|pws) [(mporo na|mporw na|na)] (stamatiso|stamatisw|apenergopoiiso|apenergopoihsw|kopso|kopsw) (auta ta|ta) (minimata|mhnymata|sms)",
        "(pos|pws) (stamatane|stamatoun|kovontai) (auta ta|ta) (minimata|mhnymata|sms)",
        # Greeklish requests, which the model reads least surely: "stop the messages", "don't
        # send me (any more)", "I don't want to receive sms", "delete me".
        "(stamatiste|stamathste|stamatiseta) (ta|auta ta|na mou stelnete|na stelnete) [(ta|auta ta)] (minimata|mhnymata|sms)",
        "(mi|mhn|min) mou (stelnete|steilete|ksanasteilete|ksanastelnete) [(allo|alla|pia|pleon)]",
        "den (thelw|thelo) na (lamvanw|lamvano|pairnw|pairno) [(ta|auta ta)] (sms|minimata|mhnymata)",
        "(diagrapste|diagrapsete) me",
        # Plain requests the model reads at 0.5-0.8 (Greek and Greeklish), each naming the texts,
        # the number or "me". "No more offers"; "stop the messages"; "you can cut the ads".
        "όχι (άλλες|άλλα|πια|πλέον|άλλο) (προσφορές|διαφημίσεις|διαφημιστικά|μηνύματα|sms|promo|spam|σπαμ)",
        "όχι (προσφορές|διαφημίσεις|διαφημιστικά|promo)",
        "(stop|stamatate|stamatiste|stamathste|σταματάτε|σταματήστε|κόψτε|διακόψτε|kopste|diakopste) (τα|ta|αυτά τα|auta ta|τις|tis) (μηνύματα|minimata|mhnymata|sms|μηνυματα|προσφορές|prosfores|διαφημιστικά|ειδοποιήσεις|διαφημίσεις)",
        "σταματήσετε (τα|αυτά τα|τις) (μηνύματα|sms|προσφορές|διαφημιστικά|ειδοποιήσεις|υπενθυμίσεις|διαφημίσεις)",
        "(stamatisete|stamathsete) (ta|auta ta|tis) (minimata|mhnymata|sms|prosfores)",
        "(διαφημιστικά|μηνύματα|sms|προσφορές|ειδοποιήσεις|διαφημίσεις) [(μπορείτε να|να)] (τα|τις) (κόψετε|σταματήσετε|διακόψετε)",
        "(stamata|σταμάτα|stamatiste|σταματήστε) [(re|ρε)] (me ta|με τα) (sms|minimata|mhnymata|μηνύματα|προσφορές)",
        "(απενεργοποιήσετε|απενεργοποιήστε|apenergopoihste|apenergopoiiste|apenergopoihsete) (τις|τα|tis|ta) (ειδοποιήσεις|μηνύματα|sms|υπενθυμίσεις|προσφορές|eidopoihseis|minimata)",
        # "Don't send me (any more)", "stop sending him", "I don't want to receive anything".
        "(μη|μην) (μου|μας) (στέλνετε|στείλετε|ξαναστείλετε|ξαναστέλνετε) [(άλλα|άλλες|πια|πλέον|τίποτα|τίποτε|άλλο)]",
        "(να|na) (σταματήσετε|stamatisete|stamathsete) (να|na) (μου|του|της|μας|mou|tou|tis|mas) (στέλνετε|stelnete)",
        "(δεν|den) (θέλω|θελω|thelw|thelo|8elw|8elo) (να|na) (λαμβάνω|παίρνω|lamvanw|lamvano|pairnw|pairno) (τίποτα|τίποτε|tipota|tipote|άλλα|alla|άλλο|allo|μηνύματα|sms|minimata|mhnymata)",
        "(τις προσφορές|τα μηνύματα|τα sms|τα διαφημιστικά|τις διαφημίσεις|τις ειδοποιήσεις) δεν (τις|τα) (θέλω|θελω)",
        "δεν (θέλω|χρειάζομαι) (τις|τα|άλλες|άλλα) (προσφορές|μηνύματα|sms|διαφημιστικά|διαφημίσεις)",
        # "Delete my number", "delete / unsubscribe me", "take me off the list".
        "(σβήστε|διαγράψτε|sviste|svhste|svistei|diagrapste) (το|τον|to|ton) (αριθμό|νούμερο|τηλέφωνο|κινητό|noumero|arithmo|thlefwno|tilefono|kinhto|kinito) (μου|mou)",
        "(απεγγράψτε|apeggrapste|apegrapste) (με|τον|την|μας|me|ton|tin|mas)",
        "(διαγράψτε|διαγράψετε|σβήστε) (με|μας)",
        "(βγάλτε|αφαιρέστε|vgalte|afairheste) (με|μας|me|mas|τον αριθμό μου|το νούμερό μου) (από|apo) (τη λίστα|τη λίστα σας|τις λίστες|τη βάση|ti lista)",
        "(διαγραφώ|απεγγραφώ|να βγω|diagrafw|apeggrafw) (από|apo) (τη λίστα|τις ενημερώσεις|τα μηνύματα|τα sms|τη λίστα σας|τη λίστα αποστολής|το newsletter|τις λίστες σας|τις προσφορές|τη λίστα επικοινωνίας|ti lista|tis enhmerwseis|ta sms)",
        "(aporripsi|aporipsi|απόρριψη) (sms|μηνυμάτων|minimatwn|mhnymatwn)",
        "(pws|πώς) (kanw|κάνω|na kanw|να κάνω) (diagrafi|διαγραφή|apegrafi|apeggrafi|απεγγραφή) (apo|από) (auta|αυτά|ta|τα|τη λίστα|ti lista)",
        # "Please stop", "stop already", "enough with the spam", "leave me alone", "don't bother
        # me again", "I already told you to stop", "will you ever stop", "how many times must I say it".
        "(σε παρακαλώ|παρακαλώ|se parakalw|se parakalo|parakalw|parakalo) (stamata|σταμάτα|stamatiste|σταματήστε|stamathste)",
        "(stamata|stamatiste|stamathste|σταμάτα|σταματήστε|σταματάτε|stamatate) (pia|πια|pleon|πλέον)",
        "(φτάνει|αρκετά|ftanei|arketa|έλεος|eleos) [(πια|πλέον|pia|pleon|ρε παιδιά|re paidia)] [(με|me)] (το σπαμ|τα μηνύματα|τα sms|τα σμσ|to spam|ta sms|ta minimata|τις προσφορές|τα διαφημιστικά) [(σας|sas)]",
        "(αφήστε|afhste|afiste) (με|me) (ήσυχο|ήσυχη|ήσυχους|ήσυχη πια|hsyxo|isyxo|hsuxo|isixo|isyxi|hsyxh|isuxo)",
        "(μη|μην|mi|mhn|min) (με|me) (ξαναενοχλήσετε|ενοχλείτε|ενοχλήσετε|ξαναενοχλείτε|enoxleite|enoxlhsete|ksanaenoxlhsete|enoxleitai|enoxlisete)",
        "(είπα|έχω πει|σας είπα|σας έχω πει|eipa|exw pei|sas eipa|sas exw pei|exo pei|sas exo pei) [(ήδη|ξανά|πολλές φορές|hdh|idi|ksana|3 φορές|3 fores|δυο φορές|τρεις φορές|2 fores|polles fores|dyo fores|treis fores)] (να|na) (σταματήσετε|stamatisete|stamathsete)",
        "θα σταματήσετε (ποτέ|επιτέλους)",
        "(πόσες φορές|poses fores) (να το πω|να σας πω|θα το πω|na to pw|na sas pw|na to po)",
        # The refusals of the opt-in phrases below ("μη στέλνετε εδώ", "δεν συναινώ στη λήψη",
        # "μη στέλνετε και στον πατέρα μου"): opt-outs, and they win.
        "(μη|μην|mi|mhn|min) (στέλνετε|στείλετε|stelnete|steilete) (εδώ|edw|edo|σε αυτό το νούμερο|σε αυτόν τον αριθμό|se auto to noumero|se afto to noumero)",
        "(μη|μην|mi|mhn|min) (στέλνετε|στείλετε|stelnete|steilete) (και|κι|kai|ki) (στον|στην|ston|stin|sth|sto)",
        "(δεν|δε|den) (συναινώ|συμφωνώ|αποδέχομαι|symfono|symfonw|simfono|synainw|synaino|apodexomai) (να λαμβάνω|στη λήψη|στην λήψη|με τη λήψη|με την αποστολή|την αποστολή|στην αποστολή|na lamvano|na lamvanw|sti lipsi|me tin apostoli)",
        "(δεν|δε|den) (δίνω|dinw|dino) (τη|την|ti|tin) (συγκατάθεσή|συγκατάθεση|sygkatathesi|sygkatathsh)",
        # "Σταματήστε να μου στέλνετε (μηνύματα)": the imperative with its clitic.
        "(σταματήστε|σταματάτε|σταμάτα|stamatiste|stamathste|stamatate|stamata) (να|na) (μου|μας|mou|mas) (στέλνετε|στέλνεις|stelnete|stelneis|γράφετε|grafete)",
        "(δεν|δε|den) (θέλω|θελω|thelw|thelo) (κι εγώ|και εγώ|ki ego|ki egw|kai egw) (να τα|να τις|na ta|na tis|τα|τις) (παίρνω|λαμβάνω|pairnw|pairno|lamvanw|lamvano)",
        "(σταματήστε|σταματάτε|σταμάτα|stamatiste|stamathste|stamatate|stamata) (να|na) (στέλνετε|stelnete) (εδώ|edw|edo|σε αυτό το νούμερο|σε αυτόν τον αριθμό|se auto to noumero|se afto to noumero)",
        # The refusal of "θέλω να μου στέλνετε προσφορές" below: an opt-out, and it wins.
        "(δεν|δε|den) (θέλω|θελω|thelo|thelw) (να|na) (μου|mou) (στέλνετε|στέλνεις|στελνετε|stelnete|steleneis|stelneis) [(άλλες|άλλα|alles|alla|πια|pia|πλέον|pleon)] (προσφορές|μηνύματα|sms|ειδοποιήσεις|ενημερώσεις|υπενθυμίσεις|κουπόνια|εκπτώσεις|διαφημίσεις|διαφημιστικά|newsletter|prosfores|minimata|mhnymata|eidopoihseis|enimeroseis)",
        # No need to send any more, the singular "σταμάτα να στέλνεις", STOP already sent and the
        # texts still come, how many times, how to leave.
        "(δεν|δε|den) (χρειάζεται|χρειαζεται|xreiazetai|xriazete|χρειάζομαι) (να|na) (μου|μας|mou|mas) (στέλνετε|στελνετε|στείλετε|στειλετε|γράφετε|γραφετε|stelnete|steilete|grafete) [(πια|άλλο|αλλο|πλέον|πλεον|ξανά|ξανα|pia|allo|pleon|ksana)]",
        "(δεν|δε|den) (χρειάζομαι|χρειαζομαι|θέλω|θελω|xreiazomai|thelw|thelo) (πια|άλλο|αλλο|πλέον|πλεον|άλλες|αλλες|άλλα|αλλα|pia|allo|pleon) (μηνύματα|μηνυματα|sms|μήνυμα|μηνυμα|προσφορές|προσφορες|ενημερώσεις|ενημερωσεις|υπενθυμίσεις|υπενθυμισεις|διαφημίσεις|διαφημισεις|το πρόγραμμα|το προγραμμα|minimata|prosfores|enimeroseis)",
        "(σταμάτα|σταματα|stamata) (να|na) (στέλνεις|στελνεις|γράφεις|γραφεις|stelneis|grafeis) [(μηνύματα|μηνυματα|sms|minimata)]",
        "(μη|μην|mi|mhn|min) (μου|mou) (στέλνεις|στελνεις|γράφεις|γραφεις|ξαναστείλεις|stelneis|grafeis) (άλλο|αλλο|πια|ξανά|ξανα|allo|pia|ksana|μηνύματα|μηνυματα|sms|minimata)",
        "(έστειλα|εστειλα|έχω στείλει|εχω στειλει|στείλαμε|στειλαμε|esteila|exw steilei) (διακοπή|διακοπη|stop|στοπ|diakopi) (από|απο|apo) (την|τη|tin|ti) (προηγούμενη|προηγουμενη|περασμένη|περασμενη|proigoumeni) (εβδομάδα|εβδομαδα|βδομάδα|βδομαδα|evdomada)",
        "(έστειλα|εστειλα|έχω στείλει|εχω στειλει|esteila) (διακοπή|διακοπη|stop|στοπ|diakopi) (ήδη|ηδη|idi|δύο φορές|δυο φορές|δυο φορες|τρεις φορές|τρεις φορες|πολλές φορές|πολλες φορες|και ακόμα|και ακομα|και ακόμη|αλλά ακόμα|αλλα ακομα)",
        "(πόσες|ποσες|poses) (φορές|φορες|fores) (πρέπει να|πρεπει να|να|prepei na|na) (σας|sas) (το|to) (πω|γράψω|γραψω|pw|po|grapsw)",
        "(πώς|πως|pws|pos) (γίνεται|γινεται|κάνω|κανω|ginetai|kanw) (η|την|i|tin) (διαγραφή|διαγραφη|απεγγραφή|απεγγραφη|diagrafi|apegrafi)",
    ),
    # Greek negates before the verb ("μη μου στέλνετε", "δεν θέλω"): these phrases use forms no
    # refusal takes (the aorist imperative "στείλτε", the clitic after the verb "στέλνετέ μου",
    # "ξανα-" verbs), or want a word of assent before "θέλω" ("τώρα θέλω πάλι").
    opt_in_phrases=(
        "(στείλτε|steilte) (μου|mou) (ξανά|πάλι|ksana|xana|pali) [(τις|τα|tis|ta)] (προσφορές|μηνύματα|μηνύματά σας|ειδοποιήσεις|υπενθυμίσεις|ενημερώσεις|sms|κουπόνια|εκπτώσεις|prosfores|minimata|mhnymata|eidopoiiseis|eidopoihseis|ypenthymiseis|ipenthimiseis|enimeroseis|enhmerwseis)",
        "(ξαναστείλτε|ksanasteilte|xanasteilte) [(μου|mou)] [(τις|τα|tis|ta)] (προσφορές|μηνύματα|μηνύματά σας|ειδοποιήσεις|υπενθυμίσεις|ενημερώσεις|sms|κουπόνια|εκπτώσεις|prosfores|minimata|mhnymata|eidopoiiseis|eidopoihseis|ypenthymiseis|ipenthimiseis|enimeroseis|enhmerwseis)",
        "(στείλτε|steilte) (κι|και|ki|kai) (άλλες|άλλα|alles|alla) (προσφορές|μηνύματα|κουπόνια|sms|prosfores|minimata)",
        "(στέλνετε|stelnete) (μου|mou) (ξανά|πάλι|ksana|xana|pali)",
        "(ξανά|πάλι|ksana|xana|pali) (στέλνετε|stelnete) (μου|mou)",
        "(ενεργοποιήστε|επανενεργοποιήστε|ξαναενεργοποιήστε|energopoiiste|energopoihste|ksanaenergopoiiste) [(ξανά|πάλι|ksana|xana|pali)] [(μου|mou)] (τις|τα|tis|ta) (προσφορές|μηνύματα|μηνύματά σας|ειδοποιήσεις|υπενθυμίσεις|ενημερώσεις|sms|κουπόνια|εκπτώσεις|prosfores|minimata|mhnymata|eidopoiiseis|eidopoihseis|ypenthymiseis|ipenthimiseis|enimeroseis|enhmerwseis)",
        "(εγγράψτε|γράψτε|ξαναγράψτε|grapste|eggrapste) με [(ξανά|πάλι)] (στα|στη|στις|στο|sta|sti|stis|sto) (sms|μηνύματα|λίστα|ενημερώσεις|newsletter|προσφορές|ειδοποιήσεις)",
        "(εγγράψτε|γράψτε|ξαναγράψτε|grapste|eggrapste) (με|me) (ξανά|πάλι|ksana|xana|pali)",
        "(βάλτε|ξαναβάλτε|προσθέστε|valte|ksanavalte) (με|τον αριθμό μου|το νούμερό μου|me) (ξανά|πάλι|πίσω|ksana|xana|pisw|piso) [(στη λίστα|στα sms|στη λίστα σας)]",
        "(τώρα|όμως|αλλά|ναι|πλέον|twra|tora|omws|alla|nai) (θέλω|thelw|thelo) (πάλι|ξανά|pali|ksana|xana) (τις|τα|tis|ta) (προσφορές|μηνύματα|μηνύματά σας|ειδοποιήσεις|υπενθυμίσεις|ενημερώσεις|sms|κουπόνια|εκπτώσεις|prosfores|minimata|mhnymata|eidopoiiseis|eidopoihseis|ypenthymiseis|ipenthimiseis|enimeroseis|enhmerwseis)",
        "(τώρα|όμως|αλλά|ναι|πλέον|twra|tora|omws|alla|nai) (θέλω|θα ήθελα|thelw|thelo) να (ξαναλαμβάνω|ξαναπαίρνω|λαμβάνω ξανά|λαμβάνω πάλι|παίρνω ξανά|παίρνω πάλι|επανεγγραφώ|ξαναεγγραφώ|εγγραφώ ξανά)",
        "(κατά λάθος|kata lathos) (διαγράφηκα|απεγγράφηκα|diagrafika|apegrafika)",
        "(διαγράφηκα|απεγγράφηκα|diagrafika|apegrafika) (κατά λάθος|kata lathos)",
        "(θα μπορούσατε|μπορείτε|mporeite) να μου (ξαναστέλνετε|ξαναστείλετε|στέλνετε ξανά|στέλνετε πάλι|στείλετε ξανά)",
        "θα μπορούσατε να μου (στέλνετε|στείλετε) (υπενθύμιση|υπενθυμίσεις|ειδοποιήσεις|ενημερώσεις|προσφορές|μηνύματα|sms)",
        # Someone else gets them and I want them too ("βάλτε με κι εμένα", "μπορώ να γραφτώ κι
        # εγώ;"); the aorist imperatives are never negated.
        "(βάλτε|γράψτε|προσθέστε|εγγράψτε|valte|grapste|prosthste|prosteste) (με|me) (κι εμένα|και εμένα|κι εμενα|ki emena|kai emena)",
        "(μπορώ|mporw|mporo) να (γραφτώ|εγγραφώ|grafto|graftw|eggrafw|eggrafo) (κι εγώ|και εγώ|ki ego|ki egw|kai egw|kai ego)",
        "(θέλω|θελω|thelo|thelw) (κι εγώ|και εγώ|ki ego|ki egw|kai egw) (να τα|να τις|τα|τις|na ta|na tis|ta|tis) (παίρνω|λαμβάνω|pairnw|pairno|lamvanw|lamvano)",
        # How do I sign up ("πώς γράφομαι για τα μηνύματα", "τι πρέπει να κάνω για να μου
        # έρχονται υπενθυμίσεις").
        "(πώς|πως|pos|pws) (γράφομαι|εγγράφομαι|grafomai|eggrafomai|κάνω εγγραφή|kanw eggrafi|kano eggrafi|μπορώ να γραφτώ|μπορώ να εγγραφώ|mporw na graftw) [(για|στα|στις|στη|στο|gia|sta|stis|sti|sto)] [(τα|τις|ta|tis)] (μηνύματα|sms|ειδοποιήσεις|υπενθυμίσεις|ενημερώσεις|newsletter|λίστα|προσφορές|minimata|mhnymata|eidopoihseis|enimerwseis|enhmerwseis|lista)",
        "(για να|gia na) (μου έρχονται|λαμβάνω|παίρνω|mou erxontai|lamvanw|lamvano|pairnw) [(τα|τις|ta|tis)] (υπενθυμίσεις|μηνύματα|sms|ειδοποιήσεις|ενημερώσεις|προσφορές|ypenthymiseis|minimata|eidopoihseis)",
        # A new number ("καταχωρήστε αυτόν τον αριθμό", "valte afto to noumero", "περάστε το
        # για τις ανακοινώσεις", "στέλνετε εδώ από τώρα").
        "(καταχωρήστε|καταχωρίστε|περάστε|βάλτε|προσθέστε|αποθηκεύστε|kataxwriste|katahoriste|valte|peraste|prosthste) (αυτόν τον αριθμό|αυτό το νούμερο|αυτό το κινητό|τον νέο αριθμό|το νέο νούμερο|το νέο μου|τον καινούριο αριθμό|το καινούριο νούμερο|afto to noumero|auto to noumero|ayto to noumero|auton ton arithmo|afton ton arithmo|ton neo arithmo|to neo noumero)",
        "(περάστε|καταχωρήστε|βάλτε|peraste|valte) (το|τον|to|ton) (για|στις|στα|στη|gia|stis|sta|sti) [(τις|τα|tis|ta)] (ανακοινώσεις|ειδοποιήσεις|μηνύματα|υπενθυμίσεις|λίστα|sms|anakoinwseis|eidopoihseis|minimata)",
        "(στέλνετε|stelnete) (εδώ|edw|edo|σε αυτό το νούμερο|σε αυτόν τον αριθμό|se auto to noumero|se afto to noumero) (από τώρα|apo twra|apo tora|στο εξής|sto ekshs|από σήμερα)",
        # Back after a stop ("αλλά τώρα τα θέλω πάλι").
        "(τώρα|όμως|αλλά|twra|tora|omws|alla) (τα|τις|ta|tis) (θέλω|thelw|thelo) (πάλι|ξανά|pali|ksana|xana)",
        # From now on by text ("από σήμερα ενημερώστε με με SMS").
        "(ενημερώστε|ειδοποιήστε|στείλτε|enimeroste|enhmerwste|eidopoihste|eidopoiiste|steilte) (με|μου|me|mou) (με|μέσω|me|meso|mesw) (sms|μήνυμα|μηνύματα|minima|mhnyma|minimata)",
        "(μπορείτε|mporeite|θα μπορούσατε) να μου (στέλνετε|stelnete) (υπενθύμιση|υπενθυμίσεις|ειδοποιήσεις|ενημερώσεις|προσφορές|μηνύματα|sms|ipenthimisi|ypenthymisi|eidopoihseis)",
        # Formal consent ("συναινώ στη λήψη", "δίνω τη συγκατάθεσή μου", "αποδέχομαι την
        # αποστολή", "symfono na lamvano"); "δεν ..." is an opt-out phrase above.
        "(συναινώ|συναινούμε|synainw|synaino) (στη|στην|σε|sti|stin) (λήψη|αποστολή|lipsi|lhpsh|apostoli|apostolh) [(ενημερωτικών|διαφημιστικών|εμπορικών|enimerotikwn|diafimistikwn)] [(και)] [(ενημερωτικών|διαφημιστικών|εμπορικών)] (μηνυμάτων|sms|ενημερώσεων|ειδοποιήσεων|προσφορών|minimatwn|mhnymatwn)",
        "(δίνω|dinw|dino) (τη|την|ti|tin) (συγκατάθεσή|συγκατάθεση|sygkatathesi|sygkatathsh) (μου|mou) (να λαμβάνω|να μου στέλνετε|για τη λήψη|για την αποστολή|για λήψη|na lamvanw|na lamvano|na mou stelnete)",
        "(αποδέχομαι|apodexomai) (την αποστολή|τη λήψη|να λαμβάνω|ti lipsi|tin apostoli|na lamvano) [(ενημερωτικών|διαφημιστικών|εμπορικών|ενημερωτικά|διαφημιστικά|εμπορικά)] (μηνυμάτων|μηνύματα|sms|ενημερώσεων|ενημερώσεις|ειδοποιήσεων|ειδοποιήσεις|προσφορών|προσφορές|minimata|minimatwn)",
        "(συμφωνώ|symfono|symfonw|simfono) (να λαμβάνω|στη λήψη|με τη λήψη|με την αποστολή|na lamvano|na lamvanw|sti lipsi|me tin apostoli) [(ενημερωτικά|διαφημιστικά|εμπορικά|ενημερωτικών|διαφημιστικών|enimerotika|diafimistika)] (μηνύματα|μηνυμάτων|sms|ενημερώσεις|ειδοποιήσεις|προσφορές|minimata|mhnymata|kai)",
        # A family member ("στέλνετε και στον πατέρα μου τις υπενθυμίσεις;", "βάλτε και το
        # κινητό της μητέρας μου").
        "(στέλνετε|στείλτε|stelnete|steilte) (και|κι|kai|ki) (στον|στην|ston|stin) (πατέρα|μητέρα|μαμά|μπαμπά|γυναίκα|άντρα|σύζυγο|κόρη|γιο|αδερφή|αδερφό|γιαγιά|παππού|patera|mitera|mama|mpampa|gynaika|kori|gio) (μου|mou)",
        "(βάλτε|προσθέστε|καταχωρήστε|valte|prosthste) [(και|κι|kai|ki)] (τον αριθμό|το νούμερο|το κινητό|το τηλέφωνο|ton arithmo|to noumero|to kinito) (του|της|tou|tis) (πατέρα|μητέρας|κόρης|γιου|γυναίκας|άντρα|συζύγου|μαμάς|μπαμπά|γιαγιάς|παππού|αδερφής|αδερφού|patera|miteras|koris) (μου|mou)",
        # "Θέλω να μου στέλνετε προσφορές" (its refusal is an opt-out phrase above, and wins).
        "(θέλω|θελω|θα ήθελα|thelo|thelw|tha ithela) (να|na) (μου|mou) (στέλνετε|στέλνεις|stelnete|stelneis) [(τις|τα|tis|ta)] (προσφορές|μηνύματα|sms|ειδοποιήσεις|ενημερώσεις|υπενθυμίσεις|κουπόνια|εκπτώσεις|newsletter|prosfores|minimata|mhnymata|eidopoihseis|enimeroseis|kouponia|ekptoseis)",
        # Greeklish "thelo na lamvano ta sms sas" ("den thelo na lamvano ta sms" is an opt-out above).
        "(thelo|thelw|8elo|8elw) na (lamvano|lamvanw|pairno|pairnw) (ta|tis) (sms|minimata|mhnymata|prosfores|eidopoihseis|enimeroseis|kouponia|ekptoseis|ypenthymiseis|ipenthimiseis)",
        # How do I sign up, in Greeklish ("pws mporw na eggrafw sta sms?").
        "(pws|pos) [(mporw|mporo|na)] [na] (eggrafw|eggrafo|egrafo|egrafw|graftw|grafto|kanw eggrafi|kano eggrafi) (sta|sto|sti|stin|gia|se) [(ta|tis)] (sms|minimata|mhnymata|newsletter|lista|prosfores|eidopoihseis|enimeroseis|ypenthymiseis)",
        # No objection ("δεν έχω αντίρρηση να λαμβάνω μηνύματα").
        "(δεν|δε|den) (έχω|εχω|exw|exo|eho) (αντίρρηση|αντιρρηση|αντίρρηση καμία|καμία αντίρρηση|πρόβλημα|antirrisi|provlima) (να λαμβάνω|να παίρνω|να μου στέλνετε|για τη λήψη|για την αποστολή|na lamvano|na lamvanw|na mou stelnete)",
        # They stopped coming and are wanted back ("τα θέλω πίσω", "θέλω πίσω τα sms").
        "(τα|τις|ta|tis) (θέλω|θελω|thelo|thelw) (πίσω|piso)",
        "(θέλω|θελω|thelo|thelw) (πίσω|piso) (τα|τις|ta|tis) (μηνύματα|sms|προσφορές|ειδοποιήσεις|ενημερώσεις|υπενθυμίσεις|κουπόνια|minimata|prosfores|eidopoihseis)",
        # STOP sent by mistake ("κατά λάθος έστειλα STOP", "έστειλα ΣΤΟΠ κατά λάθος"): each veto
        # below starts a word after its opt-in, and covers the keyword.
        "(κατά|κατα|kata) (λάθος|λαθος|lathos|la8os) (έστειλα|εστειλα|πάτησα|πατησα|απάντησα|απαντησα|έγραψα|εγραψα|esteila|patisa|pathsa|apantisa|apanthsa|egrapsa) (stop|στοπ|stopp)",
        "(έστειλα|εστειλα|πάτησα|πατησα|απάντησα|απαντησα|έγραψα|εγραψα|esteila|patisa|pathsa|apantisa|apanthsa|egrapsa) (stop|στοπ|stopp) (κατά λάθος|κατα λαθος|kata lathos|kata la8os)",
    ),
    help_phrases=(
        "γιατί (λαμβάνω|παίρνω|μου έρχονται) (αυτά τα|τα) (μηνύματα|sms)",
        "(κάθε πότε|πόσο συχνά) (θα στέλνετε|στέλνετε|θα λαμβάνω|θα παίρνω) (μηνύματα|sms)",
        "(κάθε πότε|πόσο συχνά) (θα στέλνετε|στέλνετε|θα έρχονται|έρχονται|θα λαμβάνω|θα παίρνω)",
        "πόσα (μηνύματα|sms) (την εβδομάδα|τη μέρα|την ημέρα|τον μήνα)",
        "giati (lamvano|lambano|pairno) (auta ta|afta ta|ta) (minimata|mhnymata|mynhmata|sms)",
        "(kathe pote|poso syxna|poso sixna|poso suxna) (tha stelnete|stelnete|tha erxontai)",
        "(κάθε πότε|πόσο συχνά) θα μου (στέλνετε|στέλνουν|έρχονται)",
        "(kathe pote|poso syxna|poso sixna|poso suxna) tha mou (stelnete|erxontai)",
        # Who is this, which company, what is this.
        "(ποιος|ποιοι|ποια) (είστε|είσαι)",
        "(poios|poioi|poia|pios|pioi) (eiste|eisai|iste|ise)",
        "ποιος μου στέλνει",
        "τι (είναι|ειναι) (αυτό|αυτά|αυτά τα μηνύματα|αυτό το μήνυμα|αυτό το νούμερο|αυτός ο αριθμός)",
        "(ti einai|ti ine) (auto|afto|auta|afta)",
        "(ποια|τι) εταιρεία (είστε|είναι)",
        "γιατί μου (στέλνετε|στέλνουν|έρχονται)",
        "(giati|giat) mou (stelnete|erxontai|stelnoun)",
        # Is this a scam? Does it cost? How do I reach you? How do I use the coupon?
        "(είναι|ειναι) απάτη",
        "απάτη (είναι|ειναι)",
        "(einai|ine) apati",
        "(πόσο|τι) (κοστίζει|κοστίζουν|χρεώνεται|χρεώνονται) (η υπηρεσία|τα μηνύματα|τα sms|το μήνυμα|η συνδρομή|αυτό το μήνυμα|αυτά τα μηνύματα)",
        "(υπάρχει|έχει) χρέωση (για|στα|στο|η απάντηση)",
        "(χρεώνεται|χρεώνονται) (η απάντηση|τα μηνύματα|τα sms|το μήνυμα)",
        "(τηλέφωνο|αριθμό|νούμερο|αριθμός) επικοινωνίας",
        "(thlefono|tilefono|arithmo|noumero) (epikoinwnias|epikoinonias)",
        "εξυπηρέτηση πελατών",
        "πώς [μπορώ να] (επικοινωνήσω|μιλήσω) (μαζί σας|με κάποιον|με εκπρόσωπο|με την εξυπηρέτηση)",
        "πώς (χρησιμοποιώ|θα χρησιμοποιήσω|να χρησιμοποιήσω|χρησιμοποιείται) (το κουπόνι|τον κωδικό|την έκπτωση)",
        "(pws|pos) (xrisimopoiw|xrisimopoio|xrhsimopoiw) (to kouponi|ton kwdiko|ton kodiko)",
    ),
    not_opt_out_phrases=(
        # Negated removal is a wish to keep the texts ("don't remove me", "I'm not
        # unsubscribing"); never a negated send/write, which stays an opt-out.
        "(μη|μην|δεν) (με|μας) (διαγράψετε|διαγράφετε|διαγράψεις|αφαιρέσετε|αφαιρείτε|αφαιρέσεις|βγάλετε|βγάζετε|βγάλεις|απεγγράψετε|απεγγράψεις|σβήσετε|σβήσεις) [(από|απο) (τη|την|τις) (λίστα|λίστες)]",
        "(μη|μην) (διαγράψετε|σβήσετε|αφαιρέσετε|βγάλετε) (τον αριθμό μου|το νούμερό μου|το νουμερο μου|το τηλέφωνό μου) [(από|απο) (τη|την) λίστα]",
        "δεν (θέλω|θελω) να (διαγραφώ|απεγγραφώ|βγω από τη λίστα|με διαγράψετε|με αφαιρέσετε|με βγάλετε)",
        "δεν (απεγγράφομαι|διαγράφομαι|θα απεγγραφώ|θα διαγραφώ)",
        "(δεν χρειάζεται|δε χρειάζεται) να (με διαγράψετε|με αφαιρέσετε|με βγάλετε|διαγραφώ|απεγγραφώ)",
        "(mi|min) me (diagrapsete|diagrapseis|afairesete|vgalete|vgaleis|svisete) [apo ti lista]",
        # Refusing to be unsubscribed or asking the texts to go on ("don't unsubscribe me"):
        # a model opt-out reading of such a message is not decided.
        "μη με (διαγράψετε|βγάλετε|αφαιρέσετε|διαγράφετε)",
        "μην (σταματήσετε|σταματάτε) να (στέλνετε|μου στέλνετε)",
        # A negated stop is a request for more ("Μη σταματήσετε τις προσφορές").
        "(μη|μην|δεν|δε|mi|mhn|min|den) (σταματήσετε|σταματάτε|σταματήστε|κόψετε|κόβετε|stamatisete|stamatate|stamathsete) (τα|αυτά τα|τις|ta|tis) (μηνύματα|sms|προσφορές|διαφημιστικά|ειδοποιήσεις|υπενθυμίσεις|διαφημίσεις|minimata|mhnymata|prosfores)",
        # Someone else left and the writer stays ("I adelfi mou vgike apo ti lista, egw menw").
        "(vgike|vgikan|βγήκε|βγήκαν|diagrafike|diagrafthke|διαγράφηκε|διαγράφτηκε|apeggrafike|απεγγράφηκε) (apo|από) (ti|τη|την|tin) (lista|λίστα)",
        "(εγώ|εγω|egw|ego) (μένω|μενω|menw|meno|θα μείνω|tha meinw|tha meino)",
        # Paper or another channel, not the texts ("τα SMS μου αρκούν", "μη μου στέλνετε άλλο
        # έντυπο λογαριασμό").
        "(τα sms|τα μηνύματα|ta sms|ta minimata|ta mhnymata) [(μου|mou)] (αρκούν|arkoun|είναι αρκετά|einai arketa|είναι εντάξει|einai entaksei|μου φτάνουν|mou ftanoun)",
        "(μη|μην|mi|mhn|min) (μου|mou) (στέλνετε|στείλετε|stelnete|steilete) [(άλλο|άλλους|άλλα|allo|alla|pia|πια|πλέον|pleon)] (έντυπο|έντυπους|έντυπα|entypo|entypa|entypous|λογαριασμό|λογαριασμούς|logariasmo|logariasmous|κατάλογο|καταλόγους|katalogo|katalogous|φυλλάδια|fylladia|επιστολές|epistoles|χαρτί|χαρτιά|xarti|αλληλογραφία|email|e mail|mail|emails|λογαριασμό στο σπίτι)",
        # Quitting a habit or a medicine; a size or an extra, not the texts ("δεν χρειάζομαι
        # άλλο μέγεθος").
        "(σταμάτησα|σταματήσω|έκοψα|κόψω|κόβω|σταματάω|stamatisa|stamathsa|ekopsa|kopsw|kopso) (το κάπνισμα|το τσιγάρο|τα τσιγάρα|το αλκοόλ|το ποτό|τα χάπια|το φάρμακο|τα φάρμακα|την αντιβίωση|τη ζάχαρη|τον καφέ|to kapnisma|to tsigaro|ta tsigara|ta xapia|to farmako)",
        "(δεν|δε|den) (χρειάζομαι|θέλω|xreiazomai|thelw|thelo) (άλλο|allo|επιπλέον|epipleon|έξτρα|extra) (μέγεθος|χρώμα|νούμερο|κομμάτι|τεμάχιο|megethos|xrwma|noumero|ασφάλεια|asfaleia|εγγύηση|σακούλα)",
        # A promotion ending ("τελείωσε η προσφορά;").
        "(τελείωσε|έληξε|ισχύει ακόμα|ισχύει ακόμη|σταμάτησε|teleiwse|teleiose|elhxe|elixe|isxyei akoma|isxuei akoma|stamatise) (η|h|i) (προσφορά|έκπτωση|προωθητική|prosfora|ekptwsh|ekptosi)",
        # Paper bills, enough of a delivery; not the texts.
        "(έντυπο|έντυπους|έντυπα|χάρτινο|χάρτινους|χάρτινα|entypo|entypous|xartino) (λογαριασμό|λογαριασμούς|λογαριασμοί|κατάλογο|καταλόγους|logariasmo|katalogo)",
        "(κιβώτια|κιβώτιο|κούτες|σακιά|μπουκάλια|κιλά|συσκευασίες|τεμάχια|δέματα|μερίδες|kivwtia|mpoukalia) (φτάνουν|αρκούν|είναι αρκετά|ftanoun|arkoun)",
        "(νερό|φαγητό|ρύζι|ψωμί|γάλα|nero|fagito) (φτάνει|αρκεί|ftanei|arkei)",
        # Forwarded to someone who is interested.
        "(προώθησα|έστειλα|έδειξα|prowthisa|proothisa|esteila|edeixa) το (μήνυμα|sms|minima) (στην|στον|σε|stin|ston|se)",
        # STOP sent by mistake: the keyword is the mistake (the opt-in phrases read it).
        "(λάθος|λαθος|lathos|la8os) (έστειλα|εστειλα|πάτησα|πατησα|απάντησα|απαντησα|έγραψα|εγραψα|esteila|patisa|pathsa|apantisa|apanthsa|egrapsa) (stop|στοπ|stopp)",
        "(stop|στοπ|stopp) (κατά λάθος|κατα λαθος|kata lathos|kata la8os)",
    ),
    hint_words=("και", "το", "να", "η", "ο", "τα", "δεν", "με", "μου", "θέλω", "σας", "είναι", "για", "από", "παρακαλώ", "ευχαριστώ", "ναι", "όχι"),
    replies={
        "opt_out_clarify": "{program}: η εγγραφή σας ακυρώθηκε. Απαντήστε MKT για να σταματήσουν μόνο οι προσφορές, ΟΛΑ για να σταματήσουν όλα. Βοήθεια: {support}.",
        "opt_out": "{program}: η εγγραφή σας ακυρώθηκε και δεν θα λαμβάνετε άλλα μηνύματα. Βοήθεια: {support}. Στείλτε START για επανεγγραφή.",
        "opt_out_all": "{program}: διαγραφήκατε από όλα τα μηνύματά μας. Βοήθεια: {support}. Στείλτε START για επανεγγραφή.",
        "opt_in": "{program}: εγγραφήκατε ξανά. Ενδέχεται να ισχύουν χρεώσεις μηνυμάτων και δεδομένων. Βοήθεια: {support}. Στείλτε STOP για διακοπή.",
        "help": "{program}: για βοήθεια, {support}. Ενδέχεται να ισχύουν χρεώσεις μηνυμάτων και δεδομένων. Στείλτε STOP για διακοπή.",
    },
    sources=(
        "https://www.dpa.gr (Hellenic DPA: free opt-out in every marketing text)",
        "No Greek carrier keyword list found: STOP and ΔΙΑΓΡΑΦΗ kept to whole messages.",
    ),
    courtesy_words=("παρακαλώ", "ευχαριστώ", "parakalo", "parakalw", "efxaristo", "euxaristw"),
    # Firm enough to stand as a clause of their own ("den exw kanei eggrafi pouthena, stamatiste").
    strong_keywords=("stamatiste", "σταματήστε"),
    standalone_keywords=(),
    # Answers to the clarifying question (app/messaging/clarify.py).
    clarify_marketing=("mkt", "προσφορές"),
    clarify_all=("all", "όλα"),
)
