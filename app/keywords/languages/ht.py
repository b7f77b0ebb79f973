"""Haitian Creole (Kreyòl ayisyen).

Sources: providers' Haiti guides tell senders to honour STOP, ARRET and RETE and to write in
French and Haitian Creole (sent.dm Haiti SMS guide); HELP/STOP instructions must be in the
recipient's language (d7networks Haiti regulations). No carrier list beyond that was found, so
the Creole words are kept to whole-message keywords (SISPANN "stop", RETE "stop", DEZABONE
"unsubscribe") and to phrases that name the messages.
"""

from app.keywords.languages.rules import LanguageRules

RULES: LanguageRules = LanguageRules(
    code="ht",
    name="Haitian Creole",
    # Not KANPE: it is also "stop" for a bus or a car.
    opt_out_keywords=(
        "rete", "sispann", "dezabone", "dezabone m", "anile", "pa voye ankò",
        "sispann voye", "arete",
        "kanpe",
    ),
    opt_out_all_keywords=("sispann tout", "rete tout"),
    opt_in_keywords=("kòmanse", "rekòmanse", "abone", "reabone", "abòne m", "enskri", "enskri m", "reenskri", "reenskri m", "reabòne m"),
    help_keywords=("èd", "ed", "ede m", "enfòmasyon", "enfò", "enfo"),
    opt_out_phrases=(
        "sispann (voye|ban m|ban mwen) (mesaj|tèks|sms)",
        "sispann voye (mesaj|tèks|sms) (ban mwen|ban m|pou mwen)",
        "(mwen|m) pa vle (resevwa|jwenn) (mesaj|tèks|sms) ankò",
        "(mwen|m) pa vle (mesaj|tèks|sms) ankò",
        "pa voye (mesaj|tèks|sms) ban (mwen|m) ankò",
        "pa voye (m|mwen) (mesaj|tèks|sms) ankò",
        "(retire|wete|efase) (m|mwen|nimewo m|nimewo mwen) (nan|sou) (lis|lis la|lis nou)",
        "(mwen|m) vle dezabone",
        "move nimewo",
        "(mwen|m) pa bezwen (mesaj|tèks|sms) (sa yo|yo|ou yo) ankò",
        "(mwen|m) pa bezwen (mesaj|tèks|sms) ankò",
        # Asking how to stop the texts is asking to stop them ("Kijan pou m fè mesaj sa yo sispann?").
        "(kijan|ki jan|kouman|koman) (pou m|pou mwen|m ka) fè (mesaj|tèks|text|sms) (sa yo|yo|sa a) (sispann|kanpe|rete)",
        "(kijan|ki jan|kouman|koman) (pou m|pou mwen|m ka|mwen ka|pou m ka) fè sa (sispann|kanpe)",
        "(kijan|ki jan|kouman|koman) (pou m|pou mwen|m ka) (sispann|kanpe|rete) (mesaj|tèks|text|sms|notifikasyon) (sa yo|yo|sa a)",
        "(kijan|ki jan|kouman|koman) (pou m|pou mwen|m ka) fè pou (m|mwen) pa (resevwa|jwenn) (mesaj|tèks|text|sms|notifikasyon)",
        "(kijan|ki jan|kouman|koman) (pou m|pou mwen|m ka|mwen ka|pou m ka) dezabone",
        # "M pa konn ..." ("I don't know how ...") would veto the question above: spelled out.
        "(m|mwen) pa (konn|kon|konnen) (kijan|ki jan|kouman) (pou m|pou mwen) fè (mesaj|tèks|sms) (sa yo|yo) (sispann|kanpe|rete)",
        # The negations of the opt-in phrases ("pa voye pwomo yo ban m ankò", "pa enskri m
        # ankò"): opt-outs, and they win.
        "pa [janm] (voye|revoye|re voye|remete|remèt|remet) ((m|mwen) (mesaj|tèks|sms|pwomo|pwomosyon|alèt|rapèl|òf|deal|koupon|nouvèl|notifikasyon|rabè|rapèl randevou) [(yo|sa yo)] [(ban m|ban mwen|pou mwen|pou m|sou telefòn mwen|sou telefòn nan)]|(mesaj|tèks|sms|pwomo|pwomosyon|alèt|rapèl|òf|deal|koupon|nouvèl|notifikasyon|rabè|rapèl randevou) (yo|sa yo) [(ban m|ban mwen|pou mwen|pou m|sou telefòn mwen|sou telefòn nan)]|(mesaj|tèks|sms|pwomo|pwomosyon|alèt|rapèl|òf|deal|koupon|nouvèl|notifikasyon|rabè|rapèl randevou) (ban m|ban mwen|pou mwen|pou m|sou telefòn mwen|sou telefòn nan)) ankò",
        "pa [janm] (remete|remèt|remet|mete|rebranche|reenskri|re enskri|reabone|re abone|reabòne|enskri|abòne|abone|ajoute) (m|mwen) (ankò|anko|sou lis la|nan lis la)",
        # ... and the same said of the business ("si nou voye pwomo yo ban m ankò", "poukisa nou
        # reabone m"): a complaint, not a request.
        "(nou|n|yo|ou|w|li) [(te|ap|pral|va|toujou)] (voye|revoye|re voye|remete|remèt|remet) ((m|mwen) (mesaj|tèks|sms|pwomo|pwomosyon|alèt|rapèl|òf|deal|koupon|nouvèl|notifikasyon|rabè|rapèl randevou) [(yo|sa yo)] [(ban m|ban mwen|pou mwen|pou m|sou telefòn mwen|sou telefòn nan)]|(mesaj|tèks|sms|pwomo|pwomosyon|alèt|rapèl|òf|deal|koupon|nouvèl|notifikasyon|rabè|rapèl randevou) (yo|sa yo) [(ban m|ban mwen|pou mwen|pou m|sou telefòn mwen|sou telefòn nan)]|(mesaj|tèks|sms|pwomo|pwomosyon|alèt|rapèl|òf|deal|koupon|nouvèl|notifikasyon|rabè|rapèl randevou) (ban m|ban mwen|pou mwen|pou m|sou telefòn mwen|sou telefòn nan)) ankò",
        "(nou|n|yo|ou|w|li) [(te|ap|pral|va|toujou)] (revoye|re voye|remete|remèt|remet) [(m|mwen)] (mesaj|tèks|sms|pwomo|pwomosyon|alèt|rapèl|òf|deal|koupon|nouvèl|notifikasyon|rabè|rapèl randevou) (yo|sa yo)",
        "(nou|n|yo|ou|w|li) [(te|ap|pral|va)] (remete|remèt|remet|mete|rebranche|reenskri|re enskri|reabone|re abone|reabòne|re abòne|enskri|abòne|abone|ajoute) (m|mwen) (ankò|anko|sou lis la|nan lis la|sou lis yo|nan lis yo|sou lis nou|nan lis nou)",
        "(nou|n|yo|ou|w|li) [(te|ap|pral|va)] (reenskri|re enskri|reabone|re abone|reabòne|re abòne) (m|mwen)",
        # "Mwen pa vle resevwa tèks nou yo ankò", "m pa vle rapèl panye a ankò", "m pa bezwen
        # rapèl ankò".
        "(mwen|m) pa (vle|bezwen) [(resevwa|jwenn|wè)] [(okenn|ankenn|lòt)] (mesaj|tèks|text|sms|pwomo|pwomosyon|rapèl|notifikasyon|alèt|piblisite|reklam|òf) [(nou|ou|sa|la|a|an|sa a|panye a|panye yo|randevou yo|randevou a)] [(yo|sa yo)] (ankò|anko)",
        "(mwen|m) pa vle (resevwa|jwenn) [(okenn|ankenn)] (mesaj|tèks|text|sms|pwomo|pwomosyon|rapèl|notifikasyon|alèt|piblisite|reklam|òf) (nou yo|ou yo|sa yo|nou|ditou)",
        # "Sispann voye pwomosyon ban mwen", "sispann mesaj yo", "ou mèt arete voye text yo",
        # "koupe mesaj yo pou mwen", "Please stop voye tèks ban mwen".
        "(sispann|sipann|sispan|arete|stop|rete) voye (m|mwen|nou) (mesaj|mesja|tèks|text|sms|pwomo|pwomosyon|rapèl|alèt|notifikasyon|piblisite|reklam)",
        "(sispann|sipann|sispan|arete|stop) voye (pwomo|pwomosyon|rapèl|alèt|notifikasyon|piblisite|reklam|yo|mesaj|tèks|text|sms) (ban mwen|ban m|pou mwen|pou m|sou telefòn mwen|yo|sa yo|la|nou yo)",
        "(sispann|sipann|sispan|arete|koupe|bloke|kanpe) (mesaj|tèks|text|sms|pwomo|pwomosyon|rapèl|alèt|notifikasyon|piblisite|reklam) (yo|sa yo|nou yo|ou yo|mwen|m|la)",
        "(mwen|m) (ta renmen|vle|ta vle|ta swete|swete) (nou|ou|w|yo) (sispann|sipann|rete|kanpe|arete) (voye|ekri|tekste|kontakte) [(m|mwen)] [(mesaj|tèks|text|sms|pwomo|pwomosyon|rapèl|yo)] [(yo|sa yo)] (ban mwen|ban m|pou mwen|pou m)",
        "(mwen|m) (ta renmen|vle|ta vle|ta swete|swete) (nou|ou|w|yo) (sispann|sipann|rete|kanpe|arete) (voye|ekri|tekste|kontakte) (m|mwen|mesaj|tèks|text|sms|pwomo|pwomosyon|rapèl)",
        # "Pa ekri m ankò", "pa voye anyen ban mwen ankò".
        "pa [janm] (ekri|tekste|kontakte|rele oswa ekri) (m|mwen|nou) (ankò|anko)",
        "pa voye (anyen|okenn mesaj|okenn tèks|okenn sms|okenn pwomosyon) (ban m|ban mwen|pou mwen|pou m)",
        # "Retire m nan pwomosyon yo", "efase nimewo m", "tanpri dezabone l".
        "(retire|wete|efase|dezabone|dezabòne) (m|mwen|nimewo m|nimewo mwen|nimewo a|nimewo sa a|nimewo li) (nan|sou) (pwomosyon|pwomo|mesaj|tèks|sms|lis|rapèl|alèt|notifikasyon|lis mesaj|lis pwomosyon|sistèm|sistèm nan|sistèm nou|baz done|kontak nou|lis nou|lis la|lis yo)",
        "(efase|retire|wete) (nimewo m|nimewo mwen|nimewo sa a|nimewo li|nimewo telefòn mwen)",
        "(dezabone|dezabòne) (l|li|nimewo a|nimewo sa a|nimewo m|nimewo mwen|telefòn mwen|telefòn sa a)",
        "retire (m|mwen) (oubyen|sinon|osnon)",
        "(mwen|m) (pito|prefere|ta pito|ta renmen|ta vle|bezwen) (dezabòne|dezabone|dezabonnen)",
        "anile (abònman|abonman) (mesaj|tèks|sms|pwomosyon|alèt|rapèl)",
        # Leave me alone; enough of the texts; the promotions, no thanks.
        "(kite|lage) (m|mwen|nou) (anpè|an pè|trankil)",
        "(ase|ase ak|ase avèk|ase avek) (mesaj|tèks|sms|pwomosyon|piblisite|spam|reklam)",
        "(pwomosyon|pwomo|piblisite|reklam|òf|mesaj pwomosyon) (yo|sa yo|nou yo) (non mèsi|mèsi non)",
        "se pa bon nimewo",
        "(sispann|sipann|sispan|arete) (ekri|tekste|kontakte|deranje) (m|mwen)",
        # The refusals of the opt-in phrases below ("pa ajoute m tou", "pa voye anyen sou
        # nimewo sa a", "pa voye yo pa tèks"): opt-outs, and they win.
        "pa [janm] (ajoute|mete|enskri|abòne|abone|anrejistre) (m|mwen|nimewo m|nimewo mwen|nimewo sa a) (tou|non|la a|isit la)",
        "pa [janm] (anrejistre|ajoute|mete|sere|sove|itilize) (nimewo sa a|nimewo sa|nouvo nimewo a|nouvo nimewo m|nouvo nimewo mwen)",
        "pa (voye|ekri|tekste) [(m|mwen|anyen|okenn mesaj|yo|mesaj yo|tèks yo|alèt yo|rapèl yo)] (sou|nan) (nimewo sa a|nimewo sa|nouvo nimewo a|nimewo m|nimewo mwen)",
        "pa (voye|fè m konnen|fe m konnen|avèti m|avize m) [(m|yo|konfimasyon yo|rapèl yo|alèt yo|enfòmasyon yo|resi yo|mesaj yo|anyen)] pa (tèks|teks|text|sms|mesaj)",
        "pa [janm] (voye|revoye|re voye) yo ban (m|mwen) (ankò|anko)",
        "(sispann|sipann|sispan|arete|kanpe) (voye|ekri|tekste) [(m|mwen|anyen|yo|mesaj yo|tèks yo|alèt yo|rapèl yo)] (sou|nan) (nimewo sa a|nimewo sa|nouvo nimewo a|nimewo m|nimewo mwen)",
        "(m|mwen) pa (ta renmen|vle|ta vle|bezwen) (resevwa|jwenn) (yo|sa yo) (ankò|anko)",
        # No need to send any more ("pa bezwen voye ofri ankò"), a named kind refused after "men",
        # "m te deja voye STOP de fwa", consent withdrawn in words.
        "(pa bezwen|pa nesesè|pa nesese|pa gen nesesite pou) (voye|ekri|tekste|kontakte) (m|mwen) [(okenn|lòt|lot)] [(mesaj|tèks|teks|text|sms|pwomo|pwomosyon|rapèl|rapel|alèt|alet|notifikasyon|piblisite|reklam|ofri|òf|of|koupon|nouvèl|bilten|orè|ore|orè travay|ore travay)] [(yo|sa yo)] (ankò|anko)",
        "(pa bezwen|pa nesesè|pa nesese|pa gen nesesite pou) (voye|revoye) [(okenn|lòt|lot)] (mesaj|tèks|teks|text|sms|pwomo|pwomosyon|rapèl|rapel|alèt|alet|notifikasyon|piblisite|reklam|ofri|òf|of|koupon|nouvèl|bilten|orè|ore|orè travay|ore travay) [(yo|sa yo|ban m|ban mwen|pou mwen)] (ankò|anko)",
        "(mwen|m) pa bezwen (mesaj|tèks|teks|text|sms|pwomo|pwomosyon|rapèl|rapel|alèt|alet|notifikasyon|piblisite|reklam|ofri|òf|of|koupon|nouvèl|bilten|orè|ore|orè travay|ore travay) (nou|ou|sa) [(yo|sa yo)] (ankò|anko)",
        "(sispann|sipann|sispan|arete) voye (mesaj|tèks|teks|text|sms|pwomo|pwomosyon|rapèl|rapel|alèt|alet|notifikasyon|piblisite|reklam|ofri|òf|of|koupon|nouvèl|bilten|orè|ore|orè travay|ore travay) (ban mwen|ban m|pou mwen|pou m)",
        "(men|tanpri|souple|silvouplè|silvouple|epi|kounye a|sèlman|selman) pa (voye|revoye) (m|mwen) (mesaj|tèks|teks|text|sms|pwomo|pwomosyon|rapèl|rapel|alèt|alet|notifikasyon|piblisite|reklam|ofri|òf|of|koupon|nouvèl|bilten|orè|ore|orè travay|ore travay)",
        "(fè|fe) (mesaj|tèks|teks|text|sms|pwomo|pwomosyon|rapèl|rapel|alèt|alet|notifikasyon|piblisite|reklam|ofri|òf|of|koupon|nouvèl|bilten|orè|ore|orè travay|ore travay) (yo|sa yo) (kanpe|sispann|rete)",
        "(m|mwen) (te deja|deja|te) (voye|ekri) stop (de|twa|kat|plizyè|plizye|2|3|4|anpil) (fwa|fwa deja)",
        "(m|mwen) (ap|te|deja|te deja|toujou ap|kontinye ap) di (nou|ou|w) (kanpe|sispann|sipann|stop|arete|pa voye|pa ekri)",
        "(konbyen|kombyen) fwa (pou m|pou mwen|m ap|m pral|m te) (di|ekri) (nou|ou|w) (kanpe|sispann|sipann|stop|arete|pa voye|pa ekri)",
        "(mwen|m) (retire|anile) (konsantman|konsantman m|konsantman mwen|dakò m|dako m|dakò mwen|otorizasyon m|otorizasyon mwen|pèmisyon m|pemisyon m)",
    ),
    opt_in_phrases=(
        "(mwen|m) vle resevwa (mesaj|mesaj yo|tèks yo) ankò",
        "(mwen|m) vle reabone",
        "(mwen|m) vle abone ankò",
        # "Pa" stands before the verb ("pa voye yo ban m ankò": no more): the negations of
        # these phrases are opt-out phrases above, which win; those with the subject first
        # ("m pa vle") never match.
        "(voye|revoye|re voye|remete|remèt|remet) ((m|mwen) (mesaj|tèks|sms|pwomo|pwomosyon|alèt|rapèl|òf|deal|koupon|nouvèl|notifikasyon|rabè|rapèl randevou) [(yo|sa yo)] [(ban m|ban mwen|pou mwen|pou m|sou telefòn mwen|sou telefòn nan)]|(mesaj|tèks|sms|pwomo|pwomosyon|alèt|rapèl|òf|deal|koupon|nouvèl|notifikasyon|rabè|rapèl randevou) (yo|sa yo) [(ban m|ban mwen|pou mwen|pou m|sou telefòn mwen|sou telefòn nan)]|(mesaj|tèks|sms|pwomo|pwomosyon|alèt|rapèl|òf|deal|koupon|nouvèl|notifikasyon|rabè|rapèl randevou) (ban m|ban mwen|pou mwen|pou m|sou telefòn mwen|sou telefòn nan)) ankò",
        "(revoye|re voye|remete|remèt|remet) [(m|mwen)] (mesaj|tèks|sms|pwomo|pwomosyon|alèt|rapèl|òf|deal|koupon|nouvèl|notifikasyon|rabè|rapèl randevou) (yo|sa yo) [(ban m|ban mwen|pou mwen|pou m|sou telefòn mwen|sou telefòn nan)]",
        "(remete|remèt|remet|mete|rebranche|reenskri|re enskri|reabone|re abone|reabòne|enskri|abòne|abone|ajoute) (m|mwen) (sou|nan) (lis la|lis yo|lis nou|lis mesaj yo|lis pwomo yo|lis sms la|lis tèks la)",
        "(reenskri|re enskri|reabone|re abone|reabòne|re abòne|enskri|abòne|abone|ajoute) (m|mwen) (ankò|anko)",
        "(reenskri|re enskri|reabone|re abone|reabòne|re abòne) (m|mwen)",
        "(nou ka|nou kapab|èske nou ka|eske nou ka|ou ka|w ka) (reenskri|re enskri|reabone|re abone|reabòne|remete|remèt) (m|mwen)",
        "(nou ka|nou kapab|èske nou ka|eske nou ka|ou ka|w ka) (voye|revoye|re voye|remete|remèt) ((m|mwen) (mesaj|tèks|sms|pwomo|pwomosyon|alèt|rapèl|òf|deal|koupon|nouvèl|notifikasyon|rabè|rapèl randevou) [(yo|sa yo)] [(ban m|ban mwen|pou mwen|pou m|sou telefòn mwen|sou telefòn nan)]|(mesaj|tèks|sms|pwomo|pwomosyon|alèt|rapèl|òf|deal|koupon|nouvèl|notifikasyon|rabè|rapèl randevou) (yo|sa yo) [(ban m|ban mwen|pou mwen|pou m|sou telefòn mwen|sou telefòn nan)]|(mesaj|tèks|sms|pwomo|pwomosyon|alèt|rapèl|òf|deal|koupon|nouvèl|notifikasyon|rabè|rapèl randevou) (ban m|ban mwen|pou mwen|pou m|sou telefòn mwen|sou telefòn nan)) ankò",
        "(mwen|m) (vle|ta renmen|ta vle|renmen) (resevwa|jwenn) (mesaj|tèks|sms|pwomo|pwomosyon|alèt|rapèl|òf|deal|koupon|nouvèl|notifikasyon|rabè|rapèl randevou) [(yo|sa yo)] ankò",
        "(mwen|m) (vle|ta renmen|ta vle) (resevwa|jwenn) (mesaj|tèks|sms|pwomo|pwomosyon|alèt|rapèl|òf|deal|koupon|nouvèl|notifikasyon|rabè|rapèl randevou) (yo|sa yo|pa tèks|pa sms|pa mesaj|sou telefòn mwen)",
        "(mwen|m) (vle|ta renmen|ta vle) (reabone|re abone|reabòne|reenskri|re enskri|enskri ankò|abòne ankò|abone ankò|retounen sou lis la|antre sou lis la|tounen sou lis la)",
        "(mwen|m) (vle|ta renmen|ta vle) (enskri|abòne|abone) (pou|nan|sou) (mesaj|tèks|sms|pwomo|pwomosyon|alèt|rapèl|òf|deal|koupon|nouvèl|notifikasyon|rabè|rapèl randevou)",
        "(kijan|ki jan|kouman|koman) (pou m|pou mwen|m ka|mwen ka|pou m ka) (reenskri|re enskri|reabone|re abone|reabòne|retounen sou lis la)",
        # "I unsubscribed by mistake".
        "(m te|mwen te) (dezabòne|dezabone|retire tèt mwen|retire non m|retire non mwen|retire m|soti nan lis la) (pa erè|pa ere|pa aksidan|san fè espre|san m pa fè espre|san m pa vle)",
        # Someone else gets them and I want them too ("m ta renmen resevwa yo tou", "èske m ka
        # jwenn yo tou", "ajoute m tou"). The subject comes before "pa" in a refusal ("m pa
        # vle"), which never matches; "pa ajoute m tou" is an opt-out phrase above.
        "(m|mwen) (ta renmen|vle|ta vle|ta swete|swete) (resevwa|jwenn|genyen) (yo|sa yo|yo menm|mesaj yo|tèks yo|alèt yo|rapèl yo|pwomo yo|pwomosyon yo|mesaj sa yo) (tou|toujou|ankò|anko)",
        "(eske|èske|esk) (m|mwen) (ka|kapab|kab) (resevwa|jwenn|genyen) (yo|sa yo|mesaj yo|tèks yo|alèt yo|rapèl yo|pwomo yo|pwomosyon yo) (tou|tou souple|tou tanpri)",
        "(ajoute|mete|enskri|abòne|abone|anrejistre) (m|mwen) (tou|non)",
        # How do I sign up for them ("kijan pou m enskri pou m resevwa mesaj", "kisa pou m fè
        # pou m jwenn alèt yo", "èske gen yon fason pou m enskri pou rapèl yo").
        "(kijan|ki jan|kouman|koman|kote|ki kote|kisa|ki sa) (pou m|pou mwen|m ka|mwen ka|pou m ka|m dwe|mwen dwe) (enskri|abòne|abone|anrejistre|fè|fe) (pou|pou m|pou mwen) (resevwa|jwenn)",
        "(kijan|ki jan|kouman|koman|kote|ki kote) (pou m|pou mwen|m ka|mwen ka|pou m ka) (enskri|abòne|abone|anrejistre) (nan|pou|sou) (mesaj|tèks|teks|sms|alèt|alet|rapèl|rapel|pwomo|pwomosyon|nouvèl|nouvel|notifikasyon|lis mesaj|lis la)",
        "(fason|mwayen) pou (m|mwen) (enskri|abòne|abone|anrejistre) (pou|nan|sou) (mesaj|tèks|teks|sms|alèt|alet|rapèl|rapel|pwomo|pwomosyon|nouvèl|nouvel|notifikasyon|resevwa|jwenn)",
        # A new number ("tanpri anrejistre nimewo sa a", "ajoute nimewo sa a souple").
        "(anrejistre|ajoute|mete|sere|sove) (nimewo sa a|nimewo sa|nouvo nimewo a|nouvo nimewo m|nouvo nimewo mwen)",
        "(voye|voye yo|voye m) [(mesaj yo|tèks yo|teks yo|alèt yo|alet yo|rapèl yo|rapel yo|yo|tout mesaj yo|mesaj famasi a|notifikasyon yo)] (sou nimewo sa a|sou nouvo nimewo a|nan nimewo sa a|sou nimewo sa|sou nouvo nimewo m)",
        # Sent STOP by mistake, regretted ("m te voye STOP pa erè"); the STOP is vetoed below.
        "(m te|mwen te|m|mwen) (voye|di|ekri|tape|peze) stop (pa erè|pa ere|pa aksidan|san fè espre|san fe espre|san m pa fè espre|san m pa fe espre)",
        # They stopped coming ("tanpri relanse yo pou mwen").
        "(relanse|reaktive|rebranche|reouvri) (yo|mesaj yo|tèks yo|alèt yo|rapèl yo|pwomo yo|pwomosyon yo|notifikasyon yo) [(pou mwen|pou m|ban mwen|ban m)]",
        # From now on, by text ("Depi jodi a, tanpri fè m konnen pa mesaj", "voye konfimasyon
        # yo pa tèks"); "pa voye yo pa tèks" is an opt-out phrase above.
        "(apati|depi|apa) (kounye a|kounya|jodi a|jodi|kounyea) [(tanpri|souple|silvouplè)] (voye|fè m konnen|fe m konnen|ekri m|tekste m|avèti m|avize m)",
        "(voye|fè m konnen|fe m konnen|avèti m|avize m) [(m|yo|konfimasyon yo|rapèl yo|alèt yo|enfòmasyon yo|resi yo|mesaj yo)] pa (tèks|teks|text|sms|mesaj) [(sou nimewo sa a|pito)]",
        # Formal consent ("mwen dakò pou m resevwa mesaj", "mwen bay pèmisyon pou klinik la
        # voye m mesaj"); a refusal puts "pa" after the subject ("mwen pa dakò").
        "(m|mwen) (dakò|dako|aksepte|asepte|konsanti|otorize) [(pou m|pou mwen|pou)] (resevwa|jwenn) (mesaj|tèks|teks|text|sms|enfòmasyon|enfomasyon|pwomo|pwomosyon|rapèl|rapel|alèt|alet|nouvèl|nouvel|notifikasyon|piblisite|òf|of|anons)",
        "(m|mwen) (bay|ba) (pèmisyon|pemisyon|otorizasyon|konsantman|konsantman m) (pou|pou nou|pou yo|pou klinik la|pou lekòl la|pou lekol la|pou famasi a|pou konpayi an|pou magazen an|pou bank lan|pou legliz la) (voye|ekri|tekste|kontakte)",
        # Slang: "m pa vle rate okenn rabè" (I don't want to miss a deal).
        "(m|mwen) pa vle rate (okenn|ankenn|yon sèl|yon sel) (rabè|rabe|pwomo|pwomosyon|deal|òf|of|vant|solde|koupon|kouponn|espesyal)",
        # A family member's number ("ajoute nimewo manman m", "voye rapèl yo bay papa m tou").
        "(ajoute|mete|enskri|anrejistre) [(tou)] (nimewo|nimero) (manman m|manman mwen|papa m|papa mwen|pitit mwen|pitit fi m|pitit gason m|mari m|mari mwen|madanm mwen|madanm m|frè m|sè m|grann mwen|granmè m|granpè m)",
        "(voye|voye yo) [(rapèl yo|rapel yo|mesaj yo|alèt yo|tèks yo|rapèl medikaman yo)] (bay|ban|pou) (manman m|manman mwen|papa m|papa mwen|pitit mwen|pitit fi m|pitit gason m|mari m|madanm mwen|frè m|sè m|grann mwen) tou",
        # "Voye yo ban mwen ankò" (send them to me again); its refusal is an opt-out phrase.
        "(voye|revoye|re voye) yo ban (m|mwen) (ankò|anko)",
        # "M ta renmen resevwa nouvèl legliz la ankò", "m vle resevwa anons yo pa tèks".
        "(m|mwen) (vle|ta renmen|ta vle) (resevwa|jwenn) (nouvèl|nouvel|anons|orè|ore|enfòmasyon|enfomasyon|rapèl|rapel|alèt|alet|mesaj|tèks|teks|pwomo|pwomosyon) [(legliz la|lekòl la|lekol la|famasi a|bank lan|klinik la|jim nan|kou yo|yo|sa yo)] (ankò|anko|pa tèks|pa teks|pa sms|pa mesaj|sou telefòn mwen|sou telefon mwen|chak semèn|chak semen)",
        # No objection ("m pa gen pwoblèm pou m resevwa mesaj yo"); "m pa vle" never matches.
        "(m|mwen) pa gen (pwoblèm|pwoblem|objeksyon|okenn pwoblèm|okenn pwoblem|okenn objeksyon) (pou m|pou mwen|pou|ak|si m) (resevwa|jwenn) (mesaj|tèks|teks|sms|pwomo|pwomosyon|alèt|alet|rapèl|rapel|nouvèl|nouvel|notifikasyon|òf|of)",
        # "Remete alèt bank yo sou telefòn mwen", "voye promo yo ban m": the texts named, asked
        # back to this phone.
        "(remete|remèt|remet|reaktive|rebranche|relanse) (alèt|alet|mesaj|tèks|teks|rapèl|rapel|notifikasyon|pwomo|promo|sms) [(bank|bank lan|famasi|famasi a|lekòl|lekol|klinik|klinik la|legliz)] (yo|sa yo) (sou telefòn mwen|sou telefon mwen|sou telefòn mwen an|souple|tanpri|ban m|ban mwen|pou mwen|pou m)",
        "(voye|revoye) (promo|promos|promosyon|deal|deals|kouponn) (yo|sa yo) (ban m|ban mwen|pou mwen|pou m)",
        # "M vle konnen lè gen pwomosyon" (I want to know when there are deals).
        "(m|mwen) (vle|ta renmen|ta vle|renmen) konnen (lè|le|kilè|kile|chak fwa) (gen|genyen|ap gen|nou gen|nou fè|nou fe) (pwomosyon|pwomo|promo|rabè|rabe|vant|solde|òf|of|deal|koupon|espesyal)",
    ),
    help_phrases=(
        "kisa sa ye", "kisa sa a ye", "ki moun sa a", "ki moun sa", "kiyès ou ye", "kilès ou ye",
        "ki mesaj sa yo",
        "(kiyès|kilès|ki moun) k ap (ekri|voye mesaj ban) (m|mwen)",
        "konbyen fwa (pa|chak) (semèn|jou|mwa) (nou pral|n ap|nou ap|nou va|w ap) voye [(m|mwen)] mesaj",
        "chak konbyen tan (nou|n) (voye|ap voye|pral voye)",
        "konbyen mesaj (pa|chak) (semèn|jou|mwa)",
        "(poukisa|pouki sa|pouki) (m ap|map|mwen ap|m|mwen) resevwa (mesaj sa yo|mesaj sa a|mesaj yo|sms sa yo)",
        # Who is texting.
        "(ki moun ou ye|ki moun nou ye|kiyès nou ye|kilès nou ye|ki moun k ap pale|ki moun ki voye mesaj sa|ki moun ki voye sa)",
        "ki (konpayi|biznis|magazen|famasi|bank|klinik|antrepriz|sèvis) (sa a|sa|sa ye|sa a ye|nou ye|ou ye)",
        "(ki sa|kisa) (mesaj|tèks|sms|nimewo) (sa yo|sa a|sa) ye",
        "(ki nimewo sa|nimewo ki moun sa|se nimewo ki moun)",
        "(ki kote|kote|kijan) (nou|ou|w) (jwenn|pran|gen) nimewo (m|mwen)",
        "(se|èske se|eske se|sa se) [yon] (eskwokri|eskrokri|arnak|magouy|scam|fwod)",
        # Cost.
        "(konbyen|kombyen) (mesaj sa yo|mesaj yo|sèvis sa|sèvis la|tèks yo) (ap|pral|va) koute (m|mwen)",
        "(èske|eske) (mesaj sa yo|mesaj yo|sèvis la) (gratis|peye|koute lajan|koute kòb)",
        "(mwen|m) (ap|pral|dwe|gen pou) peye pou (mesaj sa yo|mesaj yo|reponn)",
        # Reaching a person.
        "(kijan|ki jan|kouman|koman) (pou m|m ka|mwen ka|pou mwen) (kontakte|rele|pale ak|jwenn) (nou|sèvis kliyan|sèvis kliyan an|yon moun|yon ajan|sipò)",
        "(ki nimewo|kisa ki nimewo|ban m nimewo) (sèvis kliyan|sipò)",
        "(mwen|m) (vle|bezwen) pale ak (yon moun|yon ajan|sèvis kliyan|sipò)",
        # Why and how often.
        "(poukisa|pouki sa|pouki) (nou|n) (ap|ape) (voye|ekri) (m|mwen|ban m|ban mwen)",
        "konbyen (mesaj|tèks|sms) (nou|n) (ap|pral|va) voye [(ban m|ban mwen|pou mwen)]",
        "konbyen (mesaj|tèks|sms) (m|mwen) (ap|pral|va) resevwa",
    ),
    not_opt_out_phrases=(
        # Negated removal is a wish to keep the texts ("don't remove me", "I'm not
        # unsubscribing"); never a negated send/write, which stays an opt-out.
        "(pa|pinga|pa janm|tanpri pa|pa tanpri) [(nou|yo|ou)] (retire|wete|efase|dezabòne|dezabone|dezenskri|dezinskri|anile|elimine) (m|mwen|nimewo m|nimewo mwen|non m|non mwen) [(sou|nan) (lis la|lis yo|lis nou an|lis nou)]",
        "(m|mwen) pa (dezabòne|dezabone|ap dezabòne|ap dezabone|vle dezabòne|vle dezabone|vle soti sou lis la|vle nou retire m|vle nou retire mwen|vle yo retire m)",
        "pa (bezwen|nesesè|nesese) (retire|wete|efase|dezabòne|dezabone) (m|mwen|nimewo m|nimewo mwen)",
        "(pa|pinga) (sispann|kanpe|anile|bloke|koupe) (mesaj yo|rapèl yo|rapel yo|tèks yo|teks yo|alèt yo|alet yo)",
        # Refusing to be unsubscribed or asking the texts to go on ("don't unsubscribe me"):
        # a model opt-out reading of such a message is not decided.
        "pa (dezabòne|dezabone|retire|efase|wete) m",
        "pa janm (dezabòne|dezabone|retire|efase|wete) m",
        "pa sispann",
        "(ap|pral|te) (rete|kanpe) (lakay|la|devan|nan|bò)",
        "(bis la|machin nan|taptap la) (ap kanpe|kanpe)",
        "anile (randevou|randevou a|rezèvasyon)",
        # "Mete m sou lis la pou fèt la" is no request for the texts.
        "(remete|remèt|remet|mete|enskri|ajoute) (m|mwen) (sou|nan) (lis la|lis yo) (pou|nan) (fèt|fèt la|maryaj|klas|kou|reyinyon|envite yo|sòti)",
        # "Li pa ekri m ankò": a report about someone, not a request.
        "(li|l|yo|y|pitit mwen|mari m|madanm mwen) pa [janm] (ekri|tekste|kontakte) (m|mwen) (ankò|anko)",
        # Someone else leaving ("Mari m vle sispann notifikasyon yo men se pa mwen", "frè m
        # retire non l, men mwen rete"): not the writer.
        "(mari m|mari mwen|madanm mwen|madanm m|frè m|frè mwen|fre m|sè m|sè mwen|se m|manman m|papa m|pitit mwen|pitit fi m|pitit gason m|kouzen m|kouzin mwen) (vle|ta vle|te vle|deja) (sispann|sipann|kanpe|bloke|koupe|arete) (mesaj|tèks|text|sms|pwomo|pwomosyon|rapèl|alèt|notifikasyon|piblisite|reklam) (yo|sa yo|nou yo|la)",
        "(mari m|mari mwen|madanm mwen|madanm m|frè m|frè mwen|fre m|sè m|sè mwen|manman m|papa m|pitit mwen) (retire|wete|efase) (non l|non li|nimewo l|nimewo li|tèt li)",
        # The texts are fine, calls or another list are meant ("tèks yo ase pou mwen", "m
        # prefere nou rele m", "retire m sou lis imèl la, men kenbe SMS yo").
        "(tèks|teks|text|mesaj|sms) yo (ase pou mwen|ase pou m|bon pou mwen|bon pou m|ok pou mwen|pa gen pwoblèm)",
        "(prefere|pito) (nou|ou|w) rele (m|mwen)",
        "(retire|wete|efase|dezabone|dezabòne) (m|mwen) (sou|nan) lis (imèl|imel|email|mail|lapòs|lapos|katalòg|katalog) (la|yo|nou)",
        # An order or a plan, not the texts ("anile kòmand lan", "sispann kòmand lan").
        "(anile|sispann|sipann|kanpe|arete) (kòmand|komand|kòmann|koman|lòd|livrezon|prelevman|abònman jim|abonman jim|plan premium|plan an|manm)",
        "(m|mwen) pa bezwen (kòmand|komand|kòmann|lòd) (lan|la|an|mwen an) (ankò|anko)",
        # Someone told to stop using the phone ("m di l sispann pran telefòn mwen").
        "(sispann|sipann|sispan|kanpe) (pran|jwe ak|manyen|itilize|sèvi ak|sevi ak) telefòn (mwen|m|la|nan)",
        "(sispann|sipann|sispan|kanpe) (pran|jwe ak|manyen|itilize|sèvi ak|sevi ak) telefon (mwen|m|la|nan)",
        # "M voye STOP pa erè": the STOP is the mistake (the opt-in phrases read it); each veto
        # starts after the opt-in phrase that holds it, which it must not cover.
        "stop (pa erè|pa ere|pa aksidan|san fè espre|san fe espre|san m pa fè espre|san m pa fe espre)",
        "stop men (m|mwen) (regret|regrèt|regrete|chanje lide)",
        # A gym plan, a class or a medicine, not the texts.
        "(anile|sispann|sipann|kanpe|kite) (abònman|abonman) (jim|jim nan|klib|gym|fitnes|netflix|kab|televizyon|entènèt|entenet)",
        "(sispann|sipann|kanpe|kite) (pran|bwè|bwe) (medikaman|grenn|grenn yo|renmèd|remèd|remed|antibyotik|tafya|alkòl|alkol|kafe)",
        "(kite|sispann|sipann|kanpe) (fimen|sigarèt|sigaret|bwè tafya|bwe tafya|travay la|travay|jim nan|lekòl la|lekol la)",
        "(kite|kanpe|sispann) (klas|kou|dans|foutbòl|foutbol|naje|pratik|jwe foutbòl|jwe foutbol) (lan|la|a|an|nan)",
        # Paper post ("fakti papye", "katalòg lakay"); enough food ("de sak diri ase").
        "(fakti|fakti papye|resi|katalòg|katalog) (papye|lakay|lakay mwen|nan lapòs|nan lapos|pa lapòs|pa lapos|nan bwat lèt)",
        "(sak|galon|bwat|kès|kes|boutèy|boutey|liv|mamit) (diri|pwa|farin|dlo|lwil|sik|mayi|pen|manje) ase",
        "(nou|m|mwen) gen ase (dlo|diri|manje|pen|pwa|farin)",
        # A promotion ending ("pwomo a fini deja?", "of la kanpe?").
        "(pwomo|pwomosyon|solde|of|rabè|rabe|kòd|kod|espesyal) (la|a|yo|an) (fini|fini deja|toujou la|toujou valab|kanpe|ekspire|pa mache)",
        "(li|l|yo|y) enterese (tou|tou wi|anpil)",
        # "Poukisa nou sispann voye mesaj?" (why did you stop sending?): the texts are missed.
        "(poukisa|pouki sa|pouki|sa k fè|sak fe|sa k fe) (nou|ou|w|yo) (sispann|sispan|kanpe) (voye|ekri) (mesaj|tèks|teks|sms|pwomo|pwomosyon|alèt|alet|rapèl|rapel|mesaj yo|tèks yo|ban m|ban mwen)",
    ),
    hint_words=(
        "mwen", "ou", "li", "nou", "yo", "ap", "nan", "sa", "ki", "mèsi", "bonjou", "ankò",
        "pou", "ak", "kounye a", "wi", "tanpri", "konnen", "fè", "bagay", "kijan", "kounya",
    ),
    replies={
        "opt_out_clarify": "Ou dezabòne nan mesaj {program} yo. Reponn MKT pou sispann sèlman òf yo, TOUT "
        "pou sispann tout. Èd: {support}.",
        "opt_out": "{program}: nou retire w sou lis la, ou p ap resevwa lòt mesaj. Èd: "
        "{support}. Reponn START pou w resevwa mesaj ankò.",
        "opt_out_all": "{program}: nou retire w sou tout lis nou yo, ou p ap resevwa lòt mesaj. "
        "Èd: {support}. Reponn START pou w resevwa mesaj ankò.",
        "opt_in": "{program}: ou abone ankò. Frè mesaj ak done ka aplike. Èd: {support}. "
        "Reponn ÈD pou èd, SISPANN pou anile.",
        "help": "{program}: pou èd, kontakte {support}. Frè mesaj ak done ka aplike. Reponn "
        "SISPANN oswa STOP pou anile.",
    },
    sources=(
        "https://www.sent.dm/resources/haiti-sms-guide (STOP, ARRET, RETE; French and Creole)",
        "https://d7networks.com/blog/sms-regulations-for-sending-messages-in-haiti (HELP/STOP in the native language)",
        "No Haitian carrier keyword list found: SISPANN/DEZABONE kept to whole messages.",
    ),
    courtesy_words=("tanpri", "souple", "mèsi", "kounye a"),
    # ANILE ("cancel") alone is the Creole CANCEL, an opt-out keyword as the English one is.
    standalone_keywords=("anile",),
    # Answers to the clarifying question (app/messaging/clarify.py): stop only
    # marketing, or everything.
    clarify_marketing=("mkt", "òf"),
    clarify_all=("all", "tout"),
)
