"""Tagalog / Filipino (with the Taglish people text).

Sources: Philippine rules require opt-out for opted-in subscribers and regular opt-out
reminders (Twilio's Philippines guidelines; smsglobal Philippines); carriers want HELP and STOP
"in recipients' local language" (Salesforce's Philippines messaging regulations). Philippine
senders print STOP and UNSUB (English keywords, already in the lexicon). No Tagalog carrier
keyword was found; ITIGIL ("stop") and the phrases below are kept to readings that can only
mean the messages. PARA ("stop here", said to a jeepney driver) is deliberately not a keyword.
"""

from app.keywords.languages.rules import LanguageRules

RULES: LanguageRules = LanguageRules(
    code="tl",
    name="Tagalog",
    opt_out_keywords=(
        "itigil", "itigil na", "tigil", "tigilan nyo na", "ayoko na", "alisin nyo ako",
        "hinto na", "ihinto na", "ihinto nyo na",
        "pa unsubscribe",
        "paunsubscribe",
        "pa unsub",
        "hinto",
        "(pakihinto|paki hinto|pakitigil|paki tigil|paki stop|pakistop|pki stop|pakistop) [(na|n)] [(lang|lng)] [(po|pu)]",
    ),
    opt_out_all_keywords=("itigil lahat", "tigil lahat"),
    # Not ITULOY ("go ahead"): it answers appointment reminders too.
    opt_in_keywords=("sali", "simulan", "mag subscribe ulit", "simula"),
    help_keywords=("tulong", "saklolo"),
    opt_out_phrases=(
        # No more offers needed ("hindi na kailangan ng mga alok ninyo").
        "hindi (na|ko na) kailangan (ng|ang|yung) [(mga)] (alok|promo|promos|text|mensahe|offers|offer) [(ninyo|nyo|niyo)]",
        "(itigil|tigilan|ihinto|pakitigil|pakihinto) [na] (ang|yung|nyo na ang|nyo na yung) (pagpapadala|pag text|pagtetext|text|mga text|mga mensahe|mensahe)",
        "(huwag|wag) (na kayong|na po kayong|nyo na akong|na) (mag text|magtext|magpadala|mag message|i text) [sa akin]",
        "(ayoko|ayaw ko) na (ng|nang|sa) (text|mga text|mensahe|mga mensahe|sms)",
        "(ayoko|ayaw ko) na [po] (ng|nang) (text|mga text) (nyo|ninyo)",
        "ayoko na po ng text",
        "(tanggalin|alisin|burahin) (nyo na ako|nyo ako|na ako|ako|ang number ko|number ko) (sa|mula sa) (listahan|list)",
        "(tanggalin|alisin|burahin) (nyo na ako|nyo ako|na ako|ako) sa (listahan nyo|list nyo|listahan ninyo)",
        "hindi ko na gusto (ang|ng) (mga text|text|mensahe)",
        "(mali|maling) number",
        "(wag|huwag) (nyo|niyo|ninyo) na (ako|akong) (i text|itext|itetext|text|tetext|message)",
        "(pakitanggal|paki tanggal|pakialis|paki alis) (na|nyo na|nyo) [lang] [po] ako",
        "(tigil|itigil|tigilan) (nyo|niyo|ninyo) na (to|ito|yan|ang text|ang pag text)",
        # Asking how to stop the texts is asking to stop them ("Paano ko ititigil ang mga text na ito?").
        "(paano|pano) [(po|ba|po ba|ko)] (ititigil|itigil|patigilin|mapatigil|ihinto|i stop) (ang|yung) [mga] (text|mensahe|mensaheng|message|sms)",
        "(paano|pano) [(po|ba|po ba)] (patigilin|mapatigil|ititigil|itigil|ihinto) (to|ito|yan)",
        "(paano|pano) [(po|ko)] (ititigil|itigil|ihinto) ang pagtanggap ng [mga] (text|mensahe|sms)",
        "(paano|pano) [po] [para] (hindi|di) na [ako] (makatanggap|makakatanggap) ng [mga] (text|mensahe|message|sms)",
        # Remove me / my number from the list ("pwede nyo ba ako tanggalin sa promos?",
        # "pakibura na lang po number ko"), tied to the list or the number, never a bare
        # "tanggalin nyo" (remove the onions).
        "(tanggalin|alisin|burahin|i remove|iremove|ialis|i alis) (nyo|niyo|ninyo|mo) [(na|po|na po)] (ako|ko|kami) sa [mga] (promo|promos|listahan|list|text|texts|text list|gc|group chat|sms|database|promo texts|sale alerts|listahan nyo|list nyo)",
        "(tanggalin|alisin|burahin|i remove|iremove|ialis|i alis) (nyo|niyo|ninyo|mo) [(na|po|na po)] (ang number ko|number ko|yung number ko|ang numero ko|yung numero ko) sa [mga] (promo|promos|listahan|list|text|texts|text list|gc|group chat|sms|database|promo texts|sale alerts|listahan nyo|list nyo)",
        "(pwede|puwede|pwde|pde|pede) (nyo|niyo|ninyo|mo) [(po|pong)] (ba|bang|po ba|po bang) [(akong|ako)] (tanggalin|alisin|burahin|i remove|iremove|i unsubscribe|iunsubscribe|unsubscribe|ialis|i alis) (ako|sa)",
        "(burahin|tanggalin|alisin|i delete|idelete) (nyo|niyo|ninyo|mo) [(na|po|na po|na lang po)] (ang number ko|number ko|yung number ko|ung number ko|ang numero ko|numero ko|yung numero ko|ang contact ko|yung contact ko|ang info ko|yung info ko)",
        "(pakibura|paki bura|pakidelete|paki delete|pakitanggal|paki tanggal|pakialis|paki alis|paki remove|pakiremove) [(na|na lang|nyo|nyo na|lang|rin|na rin)] [po] [(ang|yung|ung)] (number ko|numero ko|contact ko|no ko|info ko)",
        "(pakitanggal|paki tanggal|pakialis|paki alis|pakibura|paki bura|pakiremove|paki remove|pakiunsubscribe|paki unsubscribe) [(na|nyo na|nyo|niyo|na rin|na lang|rin|din|lang|nyo na lang|na din)] [po] (ako|kami|ang number ko|number ko|yung number ko)",
        "(pa unsubscribe|paunsubscribe|pa unsub|paunsub|paki unsubscribe|pakiunsubscribe|pa remove|paremove) [(na|na rin|na lang|rin|din|nyo|nyo na)] [po] (ako|kami|number ko|yung number ko)",
        "(pa unsubscribe|paunsubscribe|pa unsub|paunsub|paki unsubscribe|pakiunsubscribe|pa remove|paremove) [(na|na rin|na lang|rin|din|nyo|nyo na)] [po] sa [mga] (text|texts|promo|promos|sale alerts|alerts|list|listahan|sms|text list|update|updates|notif|notifications|promo texts|text alerts)",
        # "I want to unsubscribe / stop receiving": "gusto ko" is said as it is (its refusal is
        # "ayoko", "ayaw ko": "hindi ko gustong ..." is another word).
        "gusto (ko|kong) [(na|nang|na pong|po|pong|na po)] (ma unsubscribe|maunsubscribe|mag unsubscribe|magunsubscribe|mag unsub|ma unsub|maunsub|ma remove|umalis sa listahan|matanggal sa listahan|maalis sa listahan|matanggal sa list|maalis sa list|ihinto ang pagtanggap|itigil ang pagtanggap|tumigil sa pagtanggap|hindi na makatanggap)",
        # "Don't text / remind me (again)", "don't remind me of the cart".
        "(wag|huwag|hwag) [(nyo|niyo|ninyo|mo)] [na] [po] (ako|akong) [(ulit|pa|pang|muli)] (i text|itext|itetext|text|tetext|i message|imessage|message|i sms|isms|i remind|iremind|remind|paalalahanan|padalhan|i spam|ispam|i chat|ichat|kontakin|i contact|icontact)",
        "(wag|huwag|hwag) [(nyo|niyo|ninyo|mo)] [na] [po] (ipaalala|i remind|iremind) (yung|ang|ung) (cart|cart ko|laman ng cart|promo|promos|sale|sale alerts)",
        # "Please stop the texts" ("paki-stop na rin po ang mga text", "... mag-text sa misis ko").
        "(paki stop|pakistop|pa stop) [(na|na rin|na lang|rin|lang|nyo na)] [po] (ang|yung|ng|mag|sa) [(mga|pag)] (text|texts|txt|mensahe|sms|promo|promos|promo texts|sale alerts|alerts|pag text|pagtext|reminder|reminders|abiso|notif|notifications|updates|spam)",
        "(pakitigil|paki tigil|pakihinto|paki hinto) [(na|na rin|na lang|rin|lang|nyo na)] [po] (ang|yung|ng|mag|sa) [(mga|pag)] (text|texts|txt|mensahe|sms|promo|promos|promo texts|sale alerts|alerts|pag text|pagtext|reminder|reminders|abiso|notif|notifications|updates|spam)",
        # "I don't want to receive / no longer need the texts".
        "(ayoko|ayaw ko|ayaw kong|ayoko nang|ayaw ko nang) [(na|po|na po|na pong|pong)] (makatanggap|makareceive|tumanggap|matanggap|mareceive) (ng|nang) [mga] (text|texts|txt|mensahe|sms|promo|promos|promo texts|sale alerts|alerts|reminder|reminders|abiso|notif|notifications|update|updates|spam|offer|offers)",
        "(hindi|di) ko na (kailangan|kelangan) (ang|yung|ng) [mga] (text|texts|promo|promos|mensahe|sms|alerts|sale alerts|promo texts|text blast)",
        # Consent withdrawn; enough with the texts; leave me alone.
        "(binabawi|binawi|babawiin|bawiin|ibinabawi) (ko|ko na|ko na po|ko po) (ang|yung) (pahintulot|permiso|consent|pagsang ayon)",
        "(tama na|sobra na|sawa na ako sa|sawang sawa na ako sa) [po] (ang|yung|sa) [mga] (text|texts|txt|spam|pag text|pagtext|promo|promos|mensahe|text nyo|promo nyo)",
        "(lubayan|tantanan|tigilan) (nyo|niyo|ninyo|mo) [na] [po] (ako|kami)",
        # The refusals of the opt-in phrases below ("huwag na dito i-text", "hindi ako
        # pumapayag"): opt-outs, and they win.
        "(huwag|wag|hwag) [(nyo|niyo|na|nyo na|niyo na|po|na po|nyo na po)] [po] (dito|sa number na ito|sa numerong ito) (ituloy|i text|itext|ipadala|isend|i send|padalhan|magtext|mag text)",
        "(hindi|di) [po] (ako|ko) [po] (pumapayag|sumasang ayon|pinapahintulutan|pinapayagan|nagbibigay ng pahintulot|nagbibigay ng consent)",
        # "Wag nyo na rin akong i-text".
        "(wag|huwag|hwag) (nyo|niyo|ninyo|mo) (na rin|na din|rin|din|narin|nadin) [po] (ako|akong) [(ulit|pa|pang|muli)] (i text|itext|itetext|text|tetext|i message|imessage|message|i sms|isms|padalhan|i spam|ispam|kontakin|i contact|icontact)",
        # No longer needed ("hindi ko na kailangan ng alok ninyo"), "stop na po", "paki-stop na po
        # yung txt", "pa-unsubscribe naman po ako", "sinabi ko nang stop", delete my number.
        "(hindi|di|d) ko na (kailangan|kelangan|kailangang) (ang|yung|ung|ng|nang) [mga] (text|texts|txt|tx|mensahe|message|messages|sms|promo|promos|alok|offers|offer|notif|notifs|notification|notifications|reminder|reminders|paalala|update|updates|alerts)",
        "(hindi|di|d) na (ko|ako) (kailangan|kelangan|interesado) (sa|ng|ang|yung) [mga] (text|texts|txt|tx|mensahe|message|messages|sms|promo|promos|alok|offers|offer|notif|notifs|notification|notifications|reminder|reminders|paalala|update|updates|alerts)",
        "(stop|tigil|itigil|hinto|ihinto) (na|n) (po|pu|poh) (ang|yung|ung|sa) [mga] (text|texts|txt|tx|mensahe|message|messages|sms|promo|promos|alok|offers|offer|notif|notifs|notification|notifications|reminder|reminders|paalala|update|updates|alerts)",
        "(stop|itigil|ihinto) (na|n) (po|pu|poh)",
        "(paki|pki|pakí) (stop|istop|i stop) [(na|n|nyo na|nyo n)] [(po|pu)] (ang|yung|ung) [mga] (text|texts|txt|tx|mensahe|message|messages|sms|promo|promos|alok|offers|offer|notif|notifs|notification|notifications|reminder|reminders|paalala|update|updates|alerts)",
        "(pa unsubscribe|paunsubscribe|pa unsub|paunsub|paki unsubscribe|pakiunsubscribe|pa remove|paremove|pa opt out|paoptout) (naman|nman|nmn) [po] (ako|kami|number ko|yung number ko)",
        "(sinabi ko na|sabi ko na|sinabi ko nang|sabi ko nang|sinabi nang|sabi nang|sinabi ng|sinabi ko ng|sinabihan ko na kayo|nagsabi na ako ng) (stop|tigil|tumigil|wag na|huwag na|itigil)",
        "ilang beses (ko|ko ba|ko bang|ba) [pa] (sasabihin|kailangang sabihin|dapat sabihin|ire reply|irereply|sasabihan) (na|nang|ng) (stop|tigil|tumigil|wag na|huwag na|itigil)",
        "(burahin|tanggalin|alisin|i delete|idelete|delete) (niyo|nyo|mo|ninyo) [(na|po|na po)] (ang|yung|ung) (number|numero|no|contact) ko",
    ),
    # Tagalog puts the pronouns before a negated verb ("huwag nyo na akong ibalik", "hindi ko
    # gusto"): the phrases below want them after it ("ibalik nyo ako", "gusto ko"), or a "paki-"
    # request, so a refusal never reads as an opt-in.
    opt_in_phrases=(
        "gusto ko ulit (makatanggap|tumanggap) (ng|nang) (mga mensahe|mensahe|text)",
        "gusto ko ulit (mag subscribe|magsubscribe)",
        "gusto (ko|kong|ko po|ko pong|kong po) (pa rin|pa ring) (makatanggap|matanggap|tumanggap|makareceive|mareceive|ma receive) (ng|nang|ang|yung|ung) [mga] (text|texts|txt|mensahe|paalala|reminder|reminders|update|updates|promo|promos|alerts|text alerts|anunsyo|announcement|announcements|abiso|notification|notifications)",
        "gusto (ko|kong|ko po|ko pong|kong po) (ulit|muli|muling) (makatanggap|matanggap|tumanggap|makareceive|mareceive|ma receive) (ng|nang|ang|yung|ung) [mga] (text|texts|txt|mensahe|paalala|reminder|reminders|update|updates|promo|promos|alerts|text alerts|anunsyo|announcement|announcements|abiso|notification|notifications)",
        "gusto (ko|kong|ko pong) (makatanggap|matanggap|tumanggap|makareceive|mareceive|ma receive) [(ulit|muli|pa rin|po)] (ng|nang|ang|yung|ung) [mga] (text|texts|txt|mensahe|paalala|reminder|reminders|update|updates|promo|promos|alerts|text alerts|anunsyo|announcement|announcements|abiso|notification|notifications)",
        "gusto (ko po|kong po) (makatanggap|matanggap|tumanggap|makareceive|mareceive|ma receive) [(ulit|muli|pa rin|po|ulit po)] (ng|nang|ang|yung|ung) [mga] (text|texts|txt|mensahe|paalala|reminder|reminders|update|updates|promo|promos|alerts|text alerts|anunsyo|announcement|announcements|abiso|notification|notifications)",
        "gusto (ko|kong) [(po|pong)] (muling|ulit na|ulit) (sumali|bumalik|mag subscribe|magsubscribe) [(po|ulit)] sa (listahan|list|text list|mga text|text alerts)",
        "(pakibalik|paki balik) [(na|nyo|niyo|po|na po|nyo po|niyo po|rin|din|rin po|din po|ulit|ulit po|po ulit|na rin|na rin po|nyo ulit|na ulit)] (ako|ang number ko|yung number ko|number ko) [(ulit|muli|po)] sa [mga] (listahan|list|text list|text alerts|txt alerts|text|texts|promo texts|update|updates|abiso|paalala)",
        "(pakisama|paki sama) [(na|nyo|niyo|po|na po|nyo po|niyo po|rin|din|rin po|din po|ulit|ulit po|po ulit|na rin|na rin po|nyo ulit|na ulit)] (ako|ang number ko|yung number ko|number ko) [(ulit|muli|po)] sa [mga] (listahan|list|text list|text alerts|txt alerts|text|texts|promo texts|update|updates|abiso|paalala)",
        "(pakisali|paki sali) [(na|nyo|niyo|po|na po|nyo po|niyo po|rin|din|rin po|din po|ulit|ulit po|po ulit|na rin|na rin po|nyo ulit|na ulit)] (ako|ang number ko|yung number ko|number ko) [(ulit|muli|po)] sa [mga] (listahan|list|text list|text alerts|txt alerts|text|texts|promo texts|update|updates|abiso|paalala)",
        "(pakidagdag|paki dagdag) [(na|nyo|niyo|po|na po|nyo po|niyo po|rin|din|rin po|din po|ulit|ulit po|po ulit|na rin|na rin po|nyo ulit|na ulit)] (ako|ang number ko|yung number ko|number ko) [(ulit|muli|po)] sa [mga] (listahan|list|text list|text alerts|txt alerts|text|texts|promo texts|update|updates|abiso|paalala)",
        "(pakiadd|paki add) [(na|nyo|niyo|po|na po|nyo po|niyo po|rin|din|rin po|din po|ulit|ulit po|po ulit|na rin|na rin po|nyo ulit|na ulit)] (ako|ang number ko|yung number ko|number ko) [(ulit|muli|po)] sa [mga] (listahan|list|text list|text alerts|txt alerts|text|texts|promo texts|update|updates|abiso|paalala)",
        "(ibalik|balik) [(nyo|niyo|ninyo|mo|na|po|ulit|muli|nyo na|niyo na|ninyo na|mo na|nyo po|niyo po|mo po|nyo na po|niyo na po|nyo ulit|niyo ulit|nyo muli|po ulit|ulit po|na po|na ulit|nyo po ulit)] (ako|ko|ang number ko|number ko|yung number ko) [(ulit|muli|po)] sa [mga] (listahan|list|text list|text alerts|txt alerts|text|texts|promo texts)",
        "(isama|isali) [(nyo|niyo|ninyo|mo|na|po|ulit|muli|nyo na|niyo na|ninyo na|mo na|nyo po|niyo po|mo po|nyo na po|niyo na po|nyo ulit|niyo ulit|nyo muli|po ulit|ulit po|na po|na ulit|nyo po ulit)] (ako|ko|ang number ko|number ko|yung number ko) [(ulit|muli|po)] sa [mga] (listahan|list|text list|text alerts|txt alerts|text|texts|promo texts)",
        "idagdag [(nyo|niyo|ninyo|mo|na|po|ulit|muli|nyo na|niyo na|ninyo na|mo na|nyo po|niyo po|mo po|nyo na po|niyo na po|nyo ulit|niyo ulit|nyo muli|po ulit|ulit po|na po|na ulit|nyo po ulit)] (ako|ko|ang number ko|number ko|yung number ko) [(ulit|muli|po)] sa [mga] (listahan|list|text list|text alerts|txt alerts|text|texts|promo texts)",
        "(iadd|i add) [(nyo|niyo|ninyo|mo|na|po|ulit|muli|nyo na|niyo na|ninyo na|mo na|nyo po|niyo po|mo po|nyo na po|niyo na po|nyo ulit|niyo ulit|nyo muli|po ulit|ulit po|na po|na ulit|nyo po ulit)] (ako|ko|ang number ko|number ko|yung number ko) [(ulit|muli|po)] sa [mga] (listahan|list|text list|text alerts|txt alerts|text|texts|promo texts)",
        "(pwede|puwede) [(po|pong)] (ba|bang|po ba|po bang) (akong|ako) (ibalik|isama|isali|idagdag|iadd|i add) [(ulit|muli)] sa [mga] (listahan|list|text list|text alerts|text|texts)",
        "(pwde|pde) [(po|pong)] (ba|bang|po ba|po bang) (akong|ako) (ibalik|isama|isali|idagdag|iadd|i add) [(ulit|muli)] sa [mga] (listahan|list|text list|text alerts|text|texts)",
        "(pakibalik|paki balik|paresume) [(na|nyo|niyo|po|na po|nyo po|niyo po|rin|din|rin po|din po|ulit|ulit po|po ulit|na ulit|pa rin|pa rin po|na rin|na rin po|nyo na rin|lang|lang po|na lang|na lang po)] [(ang|yung|ung|ng)] [mga] (text|texts|txt|text alerts|txt alerts|text reminders|paalala|reminders|reminder|update|updates|mensahe|promo|promos|alerts|abiso|anunsyo|announcements|notifications|notif|pag text|pagtext|pagte text|pagpapadala)",
        "(pakituloy|paki tuloy) [(na|nyo|niyo|po|na po|nyo po|niyo po|rin|din|rin po|din po|ulit|ulit po|po ulit|na ulit|pa rin|pa rin po|na rin|na rin po|nyo na rin|lang|lang po|na lang|na lang po)] [(ang|yung|ung|ng)] [mga] (text|texts|txt|text alerts|txt alerts|text reminders|paalala|reminders|reminder|update|updates|mensahe|promo|promos|alerts|abiso|anunsyo|announcements|notifications|notif|pag text|pagtext|pagte text|pagpapadala)",
        "(pakibuksan|paki buksan|pakibukas) [(na|nyo|niyo|po|na po|nyo po|niyo po|rin|din|rin po|din po|ulit|ulit po|po ulit|na ulit|pa rin|pa rin po|na rin|na rin po|nyo na rin|lang|lang po|na lang|na lang po)] [(ang|yung|ung|ng)] [mga] (text|texts|txt|text alerts|txt alerts|text reminders|paalala|reminders|reminder|update|updates|mensahe|promo|promos|alerts|abiso|anunsyo|announcements|notifications|notif|pag text|pagtext|pagte text|pagpapadala)",
        "(pakiresume|paki resume|pa resume) [(na|nyo|niyo|po|na po|nyo po|niyo po|rin|din|rin po|din po|ulit|ulit po|po ulit|na ulit|pa rin|pa rin po|na rin|na rin po|nyo na rin|lang|lang po|na lang|na lang po)] [(ang|yung|ung|ng)] [mga] (text|texts|txt|text alerts|txt alerts|text reminders|paalala|reminders|reminder|update|updates|mensahe|promo|promos|alerts|abiso|anunsyo|announcements|notifications|notif|pag text|pagtext|pagte text|pagpapadala)",
        "(ibalik|ituloy) (nyo|niyo|ninyo|mo) [(na|ulit|po|lang|pa rin|na po|ulit po|lang po|pa rin po)] [(ang|yung|ung|ng)] [mga] (text|texts|txt|text alerts|txt alerts|text reminders|paalala|reminders|update|updates|mensahe|promo|promos|alerts|abiso|anunsyo|announcements|notifications|notif|pag text|pagtext|pagte text|pagpapadala)",
        "(buksan|iresume) (nyo|niyo|ninyo|mo) [(na|ulit|po|lang|pa rin|na po|ulit po|lang po|pa rin po)] [(ang|yung|ung|ng)] [mga] (text|texts|txt|text alerts|txt alerts|text reminders|paalala|reminders|update|updates|mensahe|promo|promos|alerts|abiso|anunsyo|announcements|notifications|notif|pag text|pagtext|pagte text|pagpapadala)",
        "i resume (nyo|niyo|ninyo|mo) [(na|ulit|po|lang|pa rin|na po|ulit po|lang po|pa rin po)] [(ang|yung|ung|ng)] [mga] (text|texts|txt|text alerts|txt alerts|text reminders|paalala|reminders|update|updates|mensahe|promo|promos|alerts|abiso|anunsyo|announcements|notifications|notif|pag text|pagtext|pagte text|pagpapadala)",
        "(payag|pumapayag) (ako|po ako) (na|sa) (makatanggap|matanggap|pagtanggap)",
        # Someone else gets them and I want them too ("pa-add din po ako", "gusto ko rin
        # makatanggap"); a "paki-" or "pa-" request is never negated.
        "(pa add|paadd|pa sali|pasali|pa include|pasama|pa sama|paki add|pakiadd|pakisali|paki sali|pakisama|paki sama|pakidagdag|paki dagdag|pa register|paregister) (din|rin|na rin|na din) [po] (ako|kami|number ko|ang number ko|yung number ko)",
        "gusto (ko|kong|ko po|ko pong|kong po) (rin|din|ring|ding) (makatanggap|matanggap|magkaroon|makareceive|mareceive|ma receive|sumali|mag subscribe|magsubscribe|mapasama|maisama|maisali)",
        # How do I sign up ("paano mag-sign up sa SMS alerts", "saan pwede magpalista para sa
        # text reminders", "pano po ulit makakatanggap ng text").
        "(paano|pano|saan) [(po|ba|po ba)] [(pwede|puwede|pwedeng|puwedeng)] (mag sign up|magsign up|mag signup|magsignup|mag register|magregister|mag subscribe|magsubscribe|magpalista|mag palista|sumali|mag enroll|magparegister|magpa register|mag join|magjoin) (sa|para sa) [(mga|ang|yung)] (text|texts|sms|alerts|sms alerts|text alerts|txt alerts|reminder|reminders|text reminders|promo|promos|promo texts|updates|listahan|list|text list|text blast|abiso|announcements|notif|notifications|paalala)",
        "(paano|pano) [(po|ba|po ba)] [(ulit|ako|ako ulit)] (makakatanggap|makatanggap|makareceive|makakareceive|makakuha|makakakuha) [(ulit|po|po ulit)] (ng|nang) [(mga)] (text|texts|sms|alerts|text alerts|reminder|reminders|text reminders|promo|promos|promo texts|updates|abiso|announcements|notif|notifications|paalala)",
        # A new number ("paki-register po itong bago", "pakilagay po ang number na ito",
        # "paki-text na lang sa number na ito", "dito nyo na po ituloy ang pag-text").
        "(paki register|pakiregister|paki lagay|pakilagay|paki add|pakiadd|paki save|pakisave|paki update|pakiupdate|paki rehistro|pakirehistro) [(na|nyo|niyo|nyo na|na lang|po|na po|nyo po|rin|din|din po|rin po|na lang po)] [po] (itong bago|itong bagong number|ang number na ito|yung number na ito|number na ito|itong number|itong number na ito|ang bagong number ko|bagong number ko|yung bago kong number|ang numero na ito|numero na ito|itong numero|ang bago kong number)",
        "(paki text|pakitext|paki send|pakisend|paki padala|pakipadala|paki txt|pakitxt) [(na|na lang|na lang po|po|nyo|nyo na|niyo na)] [po] (sa number na ito|dito|sa numerong ito|sa bagong number|sa bago kong number|sa number na to|sa number kong ito)",
        "(dito|sa number na ito|sa numerong ito|sa bagong number) [(nyo|niyo|ninyo)] [na] [po] (ituloy|i text|itext|ipadala|isend|i send|padalhan|i send ang|ipadala ang)",
        # Unsubscribed or sent STOP by mistake ("na-unsubscribe ko po by accident", "hindi ko
        # sinasadya mag-unsubscribe", "nagkamali po ako ng pag-unsubscribe"); the keyword is
        # vetoed below.
        "(na|nag|naka) (unsubscribe|unsub|stop|opt out) [(ko|ko po|ko pala|ko po pala|po|po pala|pala)] (by accident|by mistake|nang hindi sinasadya|ng hindi sinasadya|nang di sinasadya|ng di sinasadya|accidentally|nang aksidente|aksidente)",
        "(hindi|di) ko sinasadya (mag unsubscribe|magunsubscribe|ang unsubscribe|i unsubscribe|mag stop|magstop|ang stop|pindutin ang stop|mag unsub|mag opt out|i stop)",
        "nagkamali [po] ako (ng|sa) pag (unsubscribe|unsub|stop|opt out)",
        "(paki activate|pakiactivate|paki reactivate|pakireactivate|paki on|pakion|paki open|pakiopen) [(na|nyo|niyo|po|na po|nyo po|niyo po|ulit|ulit po|po ulit)] [po] [(ulit|muli)] [(ang|yung|ung)] [(mga)] (text|texts|sms|alerts|text alerts|reminders|reminder|promo|promos|updates|notif|notifications|abiso|paalala)",
        "(paki activate|pakiactivate|paki reactivate|pakireactivate|paki on|pakion) [po] (ulit|muli)",
        # They stopped coming and I still want them ("gusto ko pa po yun").
        "(gusto|kailangan) (ko|ko po) pa [(rin|ring)] [po] (yun|yon|iyon|ang mga iyon|ang mga yun|yung mga text|ang mga text)",
        # From now on by text ("sa text na lang po ipadala ang confirmation").
        "(sa text|sa sms|through text|via text|thru text|sa txt) na lang [po] (ipadala|isend|i send|ipaalam|i update|iupdate|padalhan|i confirm|iconfirm|i text|itext)",
        "(pakipadalhan|paki padalhan|padalhan nyo|padalhan niyo) [(na|nyo|niyo|po|na po|nyo po|niyo po|rin|din)] [po] (ako|kami) [po] (ng|nang) [(mga)] (paalala|reminder|reminders|text|texts|update|updates|abiso|alerts|text alerts|promo|promos)",
        # Formal consent ("Ako po ay pumapayag na makatanggap", "sumasang-ayon po ako na
        # padalhan ng text", "pinapahintulutan ko po ang inyong kumpanya"); "hindi ako
        # pumapayag" is an opt-out phrase above.
        "(pumapayag|sumasang ayon|sang ayon) [(po|ako|po ako|ako po)] (na|ako na|akong|po na|na ako ay) (makatanggap|matanggap|padalhan|tumanggap|i text|itext|makareceive|ma text|matext|kontakin)",
        "(pinapahintulutan|pinahihintulutan|pinapayagan) (ko|ko po|namin|namin po) (ang|kayo|ang inyong|ang inyo|ang iyong) [(kumpanya|clinic|klinika|tindahan|kompanya)] (na|na magpadala|na mag text|na magtext)",
        "(give|giving|i give|ibinibigay ko|binibigay ko|ibinibigay ko po|binibigay ko po) (my consent|ang aking pahintulot|ang pahintulot ko|ang consent ko) (na|to) (makatanggap|matanggap|receive|padalhan|tumanggap)",
        # A family member's number ("pakilagay din po ang number ng anak ko", "paki-text din
        # po si Papa").
        "(pakilagay|paki lagay|pakisama|paki sama|pakiadd|paki add|pakidagdag|paki dagdag|pakiregister|paki register|pakisali|paki sali|paki include|pakiinclude) [(din|rin|na rin|na din|po|din po|rin po|na rin po)] [po] [(ang|yung)] (number|numero|no|contact) (ng|ni) (anak|asawa|misis|mister|nanay|tatay|mama|papa|lola|lolo|kapatid|ate|kuya|bunso)",
        "(paki text|pakitext|paki send|pakisend|pakipadala|paki padala|pakipadalhan|paki padalhan) (din|rin) [po] (si|kay|sina|kina) (papa|mama|nanay|tatay|lola|lolo|misis|mister|asawa|anak|kuya|ate|inay|itay)",
        "(paki text|pakitext|paki send|pakisend|pakipadala|paki padala|pakipadalhan|paki padalhan) (din|rin) [po] (ng|ang|yung) [(mga)] (reminders|reminder|paalala|updates|update|promo|promos|alerts|text alerts|medicine reminders|abiso|announcements)",
        "(napindot|na press|napress|na click|naclick|na send|nasend|na reply|nareply|na text|natext) (ko|ko po|ko lang|ko lang po|ko po lang) [(ang|yung|ung)] (stop|unsubscribe|unsub)",
        "(pwede|puwede|pwde|pde) [(po|pong)] (ba|bang|po ba|po bang) (ako|akong) (ma add|maadd|maisama|maisali|masali|ma register|maregister|makasali|mapasama|ma include) (rin|din|sa list|sa listahan|sa text list|sa text alerts|sa mga text|sa text)",
        # "Pasali po sa promo txt", "sali nyo ko s promo txt pls": a request with the list or the
        # promo texts named ("s" typed for "sa").
        "(pasali|pa sali|pasama|pa sama|paadd|pa add|painclude|pa include) [(po|naman|naman po|ako|ako po|na|na po|na ako|ako sa)] (sa|s) [(mga)] (promo txt|promo text|promo texts|promo txts|text list|txt list|list|listahan|text alerts|txt alerts|text blast|updates|promos|texts|txts)",
        "(sali|isali|isama|sama|add|iadd|i add) (nyo|niyo|mo) (ko|ako) [(na|po|na po|ulit)] (sa|s) [(mga)] (promo txt|promo text|promo texts|promo txts|promo|promos|text list|txt list|list|listahan|text alerts|txt alerts|text blast|updates|texts|txts)",
        # STOP sent by mistake ("nagkamali ako ng send ng STOP"): the veto below starts at "ako".
        "(nagkamali|nagkamali po|nagkamali lang|nagkamali lang po|nagkamali pala) (ako|ako po) (ng|nang) (send|pag send|pagsend|pindot|pagpindot|pag pindot|reply|pag reply|type|text|pag text) (ng|nang|ng|sa) (stop|unsubscribe|unsub)",
    ),
    help_phrases=(
        "ano ito", "ano to", "ano po ito", "sino ito", "sino po ito", "sino to", "sino po sila",
        "saan nyo nakuha ang number ko",
        "ilang (text|mensahe|sms) [po] ang (matatanggap|makukuha) ko (kada|bawat|sa isang) (linggo|araw|buwan)",
        "ilang (text|mensahe|sms|txt) [po] ang (matatanggap|makukuha) ko",
        "gaano kadalas (kayo|po kayo|nyo|niyo) [ako] (magte text|magtetext|mag text|magtext|magpapadala|ite text|itetext)",
        "bakit [po] ako (nakakatanggap|nakakareceive) ng (mga text|text|mensahe|mga mensahe) (na ito|na to|nito)",
        "bakit [po] ako (nakakatanggap|nakakareceive) ng (mga text|text|mensahe|mga mensahe)",
        "gaano (kadalas|kadalasan) [po] (ang|ang mga) (text|mensahe)",
        # Who is this, which company, whose number, is this a scam.
        "(sino|cno|sno) (2|ba to|ba ito|po kayo|kayo|ba kayo|po ba kayo|po ba ito)",
        "kaninong (number|numero|no) (ito|to|po ito|yan|iyan|2)",
        "kanino (galing|po galing) (ito|to|ang text|ang mensahe|tong text|ang message)",
        "(anong|ano pong|ano po ang) (company|kumpanya|kompanya|tindahan|store|negosyo|business) (ito|to|kayo|po ito|po kayo|ba ito|ba kayo)",
        "saan (galing|nanggaling|po galing) (ito|to|ang text|ang mensahe|tong text|itong text|ang message)",
        "(scam|modus|budol) (ba|po ba) (ito|to|kayo|yan)",
        "(legit|totoo) (ba|po ba) (ito|to|kayo)",
        # Does it cost, how do I reach you.
        "(may bayad|may singil|may charge|libre) (ba|po ba) (ang|yung|ito|to|mag reply|ang pag reply|ang text|ang mga text)",
        "magkano (ang|po ang) (bayad|singil|charge) (sa|para sa) (text|texts|mensahe|pag reply|serbisyo|subscription)",
        "(paano|pano) [(po|ba|po ba)] (makokontak|makontak|kontakin|tawagan|matawagan|macontact|ma contact|i contact|icontact) (kayo|ang customer service|ang cs|ang support|ang hotline|ang admin)",
        "(ano|anong) [po] [ang] (hotline|numero) (nyo|niyo|ninyo|ng customer service|ng cs)",
        "(hotline|customer service) (nyo|niyo|ninyo)",
    ),
    not_opt_out_phrases=(
        # "Wag nyo pong itigil ang text": the wish to keep them.
        "(wag|huwag|wag po|huwag po) [(nyo|niyo|ninyo)] [(po|pong|pu)] (itigil|tigilan|ihinto) [na] (ang|yung) (pagpapadala|pag text|pagtetext|text|mga text|mga mensahe|mensahe)",
        # Negated removal is a wish to keep the texts ("don't remove me", "I'm not
        # unsubscribing"); never a negated send/write, which stays an opt-out.
        "(huwag|wag|hwag) [(nyo|niyo|mo)] [po] (akong|ako|aq) [po] (tanggalin|alisin|burahin|i unsubscribe|iunsubscribe|idelete|i delete|i remove|iremove|ialis|i alis|tanggal|alis|unsubscribe|delete|remove) [sa (listahan|list|lista|inyong listahan|list nyo|list niyo)]",
        "(huwag|wag|hwag) [(nyo|niyo|mo)] [po] (tanggalin|alisin|burahin|idelete|i delete|i remove|iremove|delete|remove) (ang number ko|number ko|numero ko|yung number ko|ang numero ko|yung numero ko|ang pangalan ko|pangalan ko) [sa (listahan|list|lista)]",
        "(hindi|di|d) (ako|aq) (mag unsubscribe|mag uunsubscribe|mag a unsubscribe|magu unsubscribe|aalis sa listahan|aalis sa list|mag o opt out|magopt out)",
        "(ayoko|ayaw ko|ayokong|hindi ko gustong|di ko gusto) (mag unsubscribe|matanggal sa listahan|matanggal sa list|umalis sa listahan|umalis sa list|ma unsubscribe)",
        "(huwag|wag|hwag) [(nyo|niyo|mo)] [po] (itigil|ihinto|i stop|istop|putulin) (ang|yung|ang mga|yung mga) (text|texts|message|messages|reminder|reminders|paalala|sms)",
        # Refusing to be unsubscribed or asking the texts to go on ("don't unsubscribe me"):
        # a model opt-out reading of such a message is not decided.
        "(huwag|wag|hwag) (nyo|niyo|ninyo|mo) [po] (akong|ako) (i unsubscribe|iunsubscribe|tanggalin|alisin|tatanggalin|aalisin|i remove)",
        "(huwag|wag|hwag) (nyo|niyo|ninyo|mo|nyong|niyong|ninyong|mong) [po] (itigil|ihinto|tigilan) (ang|yung|ung) (mga|pag)",
        "(itigil|tigilan) mo na (yang|ang) (pag iyak|kakaiyak|kaiiyak|pagiyak|pag aalala)",
        "huwag kang (mag alala|magalala|mag alala)",
        "(tama na|tama na yan) (ang|yung) (kain|inom|iyak)",
        # Off a schedule or a waiting list, not off the texts.
        "(pakitanggal|paki tanggal|pakialis|paki alis|pakibura|paki bura|pakiremove|paki remove|pakiunsubscribe|paki unsubscribe) [(na|nyo na|nyo|niyo|na rin|na lang|rin|din|lang|nyo na lang|na din)] [po] (ako|kami) sa (schedule|sked|waitlist|waiting list|pila|klase|class|booking|reservation|appointment)",
        # Quitting something else ("tumigil na po ako sa pag-inom", "tumigil na ako sa trabaho",
        # "sinabihan ko kapatid ko na tumigil gamitin phone ko").
        "(tumigil|huminto|tigil) [na] [po] [(ako|siya|sya|kami)] sa (pag inom|paginom|pag yosi|pagyoyosi|paninigarilyo|yosi|alak|sigarilyo|trabaho|pagtatrabaho|pag aaral|school|gym|klase|pag gym|pagkain ng|kape|softdrinks|gamot|pag inom ng gamot)",
        "(tumigil|huminto|tigilan|itigil) [na] [sa] (gamitin|paggamit ng|pag gamit ng|galawin|pakialaman|hawakan) (phone|cellphone|cp|selpon|fone|telepono) ko",
        # Someone else left ("Nag-unsubscribe na asawa ko pero ako ...", "Gusto ng mister ko
        # itigil yung notif pero ako hindi"); "wag nyo ko tanggalin".
        "(nag unsubscribe|nagunsubscribe|nag unsub|nag stop|nag opt out|nagpa unsubscribe|nagpatanggal) [na] [(ang|yung)] (asawa|misis|mister|kapatid|nanay|tatay|anak|mama|papa|ate|kuya|lola|lolo|asawa ko|misis ko|mister ko|kapatid ko)",
        "gusto ng (asawa|misis|mister|kapatid|nanay|tatay|anak|mama|papa|ate|kuya) (ko|ko na) (itigil|ihinto|tigilan|i unsubscribe|iunsubscribe|i stop|istop|ipatigil|ipatanggal|tanggalin)",
        "(huwag|wag|hwag) (nyo|niyo|ninyo|mo) [po] (ko|kong) (i unsubscribe|iunsubscribe|tanggalin|alisin|tatanggalin|aalisin|i remove)",
        # A promotion ending ("Stop na po ba talaga ang free shipping?", "Tapos na po ba ang
        # promo?"); enough food ("Tama na po yung isang bilao").
        "(tapos|stop|ubos|wala|natapos) na [po] ba [talaga] (ang|yung) (promo|sale|free shipping|discount|voucher|offer|deal|bogo|buy 1 take 1|promo ng)",
        "(tama na|sapat na|okay na|ok na) [po] (yung|ang) (isang|dalawang|tatlong|1|2|3|isa|dalawa)",
        # Sent STOP / unsubscribed by mistake ("na-unsubscribe ko po by accident", "napindot ko
        # lang yung STOP"): the keyword is the mistake (the opt-in phrases read it); each veto
        # starts after the opt-in phrase that holds it, which it must not cover.
        "(unsubscribe|unsub|stop|opt out) [(ko|ko po|ko pala|ko po pala|po|po pala|pala)] (by accident|by mistake|nang hindi sinasadya|ng hindi sinasadya|nang di sinasadya|ng di sinasadya|accidentally|nang aksidente|aksidente)",
        "(ko lang|ko lang po|ko po lang) [(ang|yung|ung)] (stop|unsubscribe|unsub)",
        "sinasadya (mag unsubscribe|magunsubscribe|ang unsubscribe|i unsubscribe|mag stop|magstop|ang stop|pindutin ang stop|mag unsub|mag opt out|i stop)",
        "ako (ng|sa) pag (unsubscribe|unsub|stop|opt out)",
        # "... pero ako, gusto ko pa rin makatanggap": the writer stays while another leaves;
        # no request either way.
        "ako gusto (ko|kong|ko po|ko pong) pa (rin|ring) (makatanggap|matanggap|tumanggap|makareceive|mareceive|ma receive) (ng|nang|ang|yung|ung) [mga] (text|texts|txt|mensahe|sms|promo|promos|updates|update|reminders|reminder|alerts|text alerts|paalala|abiso)",
        # Paper bills; a promotion ending ("tapos na ang promo?").
        "(paper bill|paper bills|billing statement|statement|resibo|katalogo|catalog) (sa bahay|by mail|sa koreo|na papel|sa mail)",
        "(tapos|ubos|expired|expire|wala) na (ang|yung|ung) (promo|sale|voucher|discount|offer|free shipping)",
        "interesado (siya|sya|din siya|rin siya|din sya|rin sya|sila)",
        "(ako|ako po) (ng|nang) (send|pag send|pagsend|pindot|pagpindot|pag pindot|reply|pag reply|type|text|pag text) (ng|nang|sa) (stop|unsubscribe|unsub)",
    ),
    hint_words=(
        "ang", "ng", "sa", "po", "ako", "ikaw", "nyo", "kayo", "hindi", "yung", "naman",
        "salamat", "opo", "ito", "sige", "mga", "wag", "huwag", "kasi", "talaga", "ba",
        "natin",
    ),
    replies={
        "opt_out_clarify": "Na-unsubscribe ka na sa mga mensahe ng {program}. Sumagot ng MKT para ihinto ang "
        "mga alok lamang, LAHAT para ihinto ang lahat. Tulong: {support}.",
        "opt_out": "{program}: tinanggal ka na sa listahan at hindi ka na makakatanggap ng "
        "mensahe. Tulong: {support}. I-reply ang START para makatanggap ulit.",
        "opt_out_all": "{program}: tinanggal ka na sa lahat ng aming listahan at hindi ka na "
        "makakatanggap ng mensahe. Tulong: {support}. I-reply ang START para makatanggap ulit.",
        "opt_in": "{program}: naka-subscribe ka na ulit. Maaaring may singil sa mensahe at "
        "data. Tulong: {support}. I-reply ang TULONG para sa tulong, STOP para huminto.",
        "help": "{program}: para sa tulong, kontakin ang {support}. Maaaring may singil sa "
        "mensahe at data. I-reply ang STOP para huminto.",
    },
    sources=(
        "https://www.twilio.com/en-us/guidelines/ph/sms (opt-out and reminder rules)",
        "https://help.salesforce.com/s/articleView?id=000393751 (HELP/STOP in the local language)",
        "No Tagalog carrier keyword list found: ITIGIL/TIGIL kept to whole messages.",
    ),
    courtesy_words=("po", "na po", "please", "pls", "salamat", "na", "na lang"),
    # Answers to the clarifying question (app/messaging/clarify.py): stop only
    # marketing, or everything.
    clarify_marketing=("mkt", "alok"),
    clarify_all=("all", "lahat"),
)
