"""What the keyword engine knows besides phrases, as data: keywords, the words that may
surround a keyword, and the word classes the false-alarm guards use.

Words here are written as they look after normalisation: lower case, no accents, no
apostrophes ("dont", "im", "ill").
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Keyword:
    """One keyword. ``strong`` keywords may be followed by a brand name or code
    ("STOP MiniLuxe") and send a message to review when found mid-sentence."""

    words: tuple[str, ...]
    intent: str
    scope: str | None
    language: str
    strong: bool = False
    # An ordinary English word or a bare letter or two ("FINE", "T", "TC") in another
    # language's list: a keyword only when the message is detected as that language.
    needs_language: bool = False


def _kw(text: str, intent: str, language: str, *, scope: str | None = None,
        strong: bool = False) -> Keyword:
    if scope is None and intent in ("opt_out", "opt_in"):
        scope = "sender"
    return Keyword(tuple(text.split()), intent, scope, language, strong)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.replace("'", "").split())


# English keywords; every other language's are in its module of ``app.keywords.languages``.
KEYWORDS: tuple[Keyword, ...] = (
    # Carrier/CTIA opt-out list (Twilio's) and other providers' additions.
    *(_kw(w, "opt_out", "en", strong=True)
      for w in ("stop", "unsubscribe", "optout", "opt out", "revoke", "unsub", "stp", "stpo",
                "sotp", "sstop", "unstubscribe", "unsubscibe", "unsuscribe",
                "unsubcribe", "unsubscrib", "unsubscribed", "unsubscribing", "stopit",
                "stahp")),
    # Whole only ("off to work now" is no request). OFF: the keyword Iranian operators and many
    # Asian services print beside STOP; people reply it alone in any language.
    *(_kw(w, "opt_out", "en")
      for w in ("cancel", "end", "quit", "remove", "optout please", "dnd", "off")),
    *(_kw(w, "opt_out", "en", scope="all", strong=True)
      for w in ("stopall", "stop all", "unsubscribe all", "unsubscribe everything",
                "stop everything", "remove all", "cancel all", "end all", "quit all")),
    # Opt-in: keywords, and plain language only where the reading is clear (phrases.py).
    *(_kw(w, "opt_in", "en", strong=True)
      for w in ("start", "unstop", "resubscribe", "subscribe", "opt in", "optin")),
    # JOIN: the sign-up keyword short-code programmes print ("Text JOIN to ..."); whole only.
    _kw("join", "opt_in", "en"),
    # RESUME: the paused texts back ("Resume texts please"); whole only, not "resume my order".
    _kw("resume", "opt_in", "en"),
    # Help.
    *(_kw(w, "help", "en") for w in ("help", "info", "more info", "information", "support")),
)

# A bare "yes" in any language: an opt-in only with OPT_IN_YES=true, and only as the whole
# message (a salon customer's "Yes" to a reminder must not resubscribe them to marketing).
YES_WORDS: dict[str, str] = {
    "yes": "en", "y": "en", "yea": "en", "yeah": "en", "yep": "en", "si": "es", "oui": "fr",
    "sim": "pt", "ja": "de", "tak": "pl", "da": "ru", "да": "ru", "co": "vi", "oo": "tl",
    "wi": "ht", "是": "zh-Hans", "はい": "ja", "네": "ko", "예": "ko", "نعم": "ar", "हाँ": "hi",
    "हां": "hi", "haan": "hi", "evet": "tr", "ναι": "el", "так": "uk", "بله": "fa", "ہاں": "ur",
    "হ্যাঁ": "bn", "ਹਾਂ": "pa", "હા": "gu", "ใช่": "th",
}

# Words that may come before a keyword: "please stop", "ok STOP", "can you stop".
LEADERS = _words(
    "please pls plz plse just ok okay k so oh omg god hey hi hello now i said again seriously "
    "can you could would u y'all for the love of sake por favor ya svp merci "
    "alright no nope dude man guys again bitte pa sms"
)
# Leaders allowed before a weak keyword: only "more info". "Please cancel" may be about an
# appointment, so a weak keyword stands alone or goes to review.
WEAK_LEADERS = frozenset({"more"})
# Words that may follow any keyword: politeness, emphasis, what is being stopped.
TRAILERS = _words(
    """please pls plz plse now thanks thank you thx ty tyvm ok okay k already asap immediately
    right away forever permanently again it that this them these those text texts texting txt
    txts msg msgs message messages messaging sms me us today thankyou sorry lol seriously
    really good for ever anymore any more spam promos promotions ads marketing sending
    completely totally all everything entirely here
    por favor gracias ya ahora mensajes textos todo todos inmediatamente mas porfa
    svp stp merci s'il vous plait maintenant tout tous moi de des sms textos
    bitte danke obrigado obrigada grazie dziekuje spasibo po salamat per favore prosze
    من فضلك لو سمحت شكرا пожалуйста спасибо 谢谢 謝謝 감사합니다 부탁합니다 ください"""
)
# Words that turn "STOP <word>" into a sentence rather than a keyword plus a brand name.
SENTENCE_WORDS = _words(
    """a an the by at in on to for and or but with of from my your his her our their is are
    was were be been being if when what where why how who there here will would can could
    should i i'm i'll you you're he she we they it's its that's do does did doing going
    talking smoking playing working eating having making getting coming asking calling me
    not no yes off over up down out around before after until till tomorrow tonight later
    sign light watch liao lah lor leh"""
)
ALL_WORDS = _words("all everything todo todos tout tous")
# The email channel, or paper by post, and the texts, named beside an opt-out phrase:
# "unsubscribe me from the email newsletter, SMS is fine" and "stop sending the paper bills"
# ask about those, "no more texts, email is fine" does not.
OTHER_CHANNEL_WORDS = _words("email emails mail mails newsletter newsletters newslettera "
                             "mailowego maila maili correo courriel e-posta "
                             "eposta почта почту почты почтой почте ایمیل ایمیلها الايميل "
                             "البريد ईमेल इमेल ইমেইল 이메일 "
                             "paper papel papier papiers papieren papierowe papierowych "
                             "cartaceo cartacea cartacei cartacee kagit kertas бумажные "
                             "бумажных паперові паперових поштою 종이")
TEXT_WORDS = _words("sms smss text texts txt txts texting message messages msg msgs смс смски "
                    "повідомлення پیامک پیامکها رسائل رسايل الرسائل النصية एसएमएस 문자 "
                    "mensajes mensagens messaggi nachrichten wiadomosci")
# A phrase right after one of these words is negated ("don't stop texting me" is not a STOP).
NEGATIONS = _words("don't dont not never can't cant cannot won't wont didn't didnt doesn't "
                   "doesnt non no dun dnt dt nvr shouldn't shouldnt wouldn't wouldnt isn't "
                   "jangan jgn")  # Indonesian and Malay "don't": "jangan stop kirim sms"
# Mid-sentence words that leave a message for a person to judge when nothing else decided it.
REVIEW_WORDS: dict[str, str] = {
    **dict.fromkeys("stop stopall unsubscribe unsub optout revoke cancel cancelling canceling"
                    .split(), "en"),
    **dict.fromkeys("parar baja cancelar desuscribir".split(), "es"),
    **dict.fromkeys("arret arreter arretez annuler desabonner desinscrire".split(), "fr"),
}

# -- word classes of the false-alarm guards (guards.py) --------------------------------------

# Before "stop" these make it a place or a count: "one more stop", "miss the stop", "bus stp".
NOUN_MARKERS = _words(
    """the a an e da my your ur our his her their this that next last first final one 1 2 two
    3 three 4 four more another every each few bus train tram subway mrt lrt metro truck pit
    rest full whistle request nearest near to miss missed overslept at from in its which
    same wrong right"""
)
# People other than the sender and the business: complaints about them are not opt-outs.
THIRD_PARTIES = _words(
    """he she they him her them someone somebody everyone everybody people ppl boss mom mum
    dad ma pa bf gf husband hubby wife brother bro sister sis friend friends ex guy guys girl
    teacher manager he's she's they're hes shes theyre nobody noone bitch man dude"""
)
# Speech and quotation: "she was like stop", "he said stop", "they said reply STOP".
SPEECH_VERBS = _words("said says say told tells tell telling saying asked asks yelled shouted "
                      "screamed wrote texted goes went replied")
QUOTE_LIKE = _words("like")
LIKE_SUBJECTS = _words("was is be were im am i'm s youd hes shes theyre she's he's")
# Words before a verb that make it something other than a request to us.
NON_IMPERATIVE = _words(
    """will would ll i'll ill we'll well you'll youll she'll he'll they'll shall might must
    should gonna going wanna gotta may i we he she they it did does i'd id to 2 cant"""
)
DESIRE_BEFORE_TO = _words("want wanna like love wish need needs trying try tried how able "
                          "asking ask asked have has had would id i'd please pls plz")
SUBORDINATORS = _words("when if once after before until till while whenever unless because "
                       "cos coz cause bcos bcz since wen whn")
# Instructions quoting a keyword: "reply STOP to opt out", "text UNSUB to 12345".
INSTRUCTION_VERBS = _words("reply replying respond text txt texting send sms type enter "
                           "msg message with word keyword visit click dial")
LAUGHTER = _words("lol lols lolz lool haha hahaha hahahaha hehe hehehe heh lmao lmfao rofl "
                  "jk kidding xd xp wahaha ahaha hihi jaja jajaja jajajaja mdr ptdr kkk kkkk "
                  "rsrs rsrsrs хаха хахаха 哈哈 哈哈哈 ㅋㅋ ㅋㅋㅋ ㅎㅎ 笑 www")
YOU = _words("you u ya yall y'all")
# The words by which an English message speaks to the business, which chatter about a third
# person lacks ("tell him to stop messaging me", "my boss won't stop texting me").
SENDER_ADDRESSED = YOU | _words("your ur yours please pls plz")

# The English answers to the clarifying question ("which texts should stop?"); the other
# languages' are their modules' ``clarify_marketing`` and ``clarify_all``.
ENGLISH_MARKETING = ("mkt", "marketing", "offers", "only offers", "mkt only")
ENGLISH_ALL = ("all", "everything", "all of them")

# Another language's opt-out keyword that is also an everyday English answer ("Fine!"): alone,
# in a message not detected as that language, it is an answer (the public SMS corpora hold
# "Fine!" four times), where the others go to a person.
EVERYDAY_ANSWERS = _words("fine")

# Frequent English words (and SMS spellings): another language's keyword that is one of these
# counts only in a message detected as that language ("Fine!" is not the Italian FINE).
COMMON_ENGLISH = _words(
    """a about after again all also am an and any are as at back be because been before being
    best better big both but by call came can come could day did do does done down each ed
    end even every fine first for from get give go going good got great had has have he her
    here him his home how i if in into is it its just know last late let like little long look
    made make man many may me mean more most much must my need never new next nice night no
    not now of off ok okay old on once one only or other our out over own part people place
    please put right said same sale saw say see she should show side since so some soon still
    such sure take tell than thank thanks that the their them then there these they thing
    think this those time to today too try two under up us use very want was way we well went
    were what when where which while who why will with work would yes yet you your
    bad bye cool fun hey hi hello lol nope nah yeah yep sorry man boss mom dad ma pa tc gn
    gud nite ttyl brb omg ya u ur r n da pls plz thx ty k kk hmm oh ah eh wow via sim tak code codes
    basta fin inform info alto salir pare remove abandon anile"""
)
