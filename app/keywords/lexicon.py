"""What the keyword engine knows, as data: keywords, the words that may surround a keyword,
plain-language phrases in English, Spanish and French, and the known false alarms.

Patterns run over normalised text (casefolded, accents removed, tokens joined by spaces).
"""

from __future__ import annotations

import re
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


def _kw(text: str, intent: str, language: str, *, scope: str | None = None,
        strong: bool = False) -> Keyword:
    if scope is None and intent in ("opt_out", "opt_in"):
        scope = "sender"
    return Keyword(tuple(text.split()), intent, scope, language, strong)


KEYWORDS: tuple[Keyword, ...] = (
    # Carrier/CTIA opt-out list (Twilio's) and other providers' additions.
    *(_kw(w, "opt_out", "en", strong=True)
      for w in ("stop", "unsubscribe", "optout", "opt out", "revoke", "unsub", "stp", "stpo",
                "sotp", "stopp", "sstop", "unstubscribe", "unsubscibe", "unsuscribe",
                "unsubcribe", "unsubscrib", "unsubscribed", "unsubscribing", "stopit")),
    *(_kw(w, "opt_out", "en") for w in ("cancel", "end", "quit", "remove", "optout please")),
    *(_kw(w, "opt_out", "en", scope="all", strong=True)
      for w in ("stopall", "stop all", "unsubscribe all", "unsubscribe everything",
                "stop everything", "remove all", "cancel all", "end all", "quit all")),
    # Spanish.
    *(_kw(w, "opt_out", "es", strong=True)
      for w in ("parar", "baja", "detener", "desuscribir", "desuscribirme", "darme de baja",
                "dar de baja", "no mas", "no mas mensajes")),
    *(_kw(w, "opt_out", "es") for w in ("cancelar", "alto", "basta", "eliminar", "salir")),
    *(_kw(w, "opt_out", "es", scope="all", strong=True)
      for w in ("parar todo", "baja todo", "cancelar todo", "alto todo")),
    # French (ARRET and TD are the Canadian carriers' words).
    *(_kw(w, "opt_out", "fr", strong=True)
      for w in ("arret", "arreter", "arretez", "desabonner", "desabonnement", "desinscrire",
                "desinscription", "desabonnez moi", "desinscrivez moi")),
    *(_kw(w, "opt_out", "fr") for w in ("td", "annuler", "fin")),
    *(_kw(w, "opt_out", "fr", scope="all", strong=True)
      for w in ("arret tout", "arreter tout", "stop tout")),
    # Opt-in: keywords only, never plain language (a false opt-in texts someone who said no).
    *(_kw(w, "opt_in", "en", strong=True)
      for w in ("start", "unstop", "resubscribe", "subscribe", "opt in", "optin")),
    _kw("yes", "opt_in", "en"),
    *(_kw(w, "opt_in", "es") for w in ("si", "comenzar", "iniciar", "alta", "reanudar")),
    *(_kw(w, "opt_in", "fr") for w in ("oui", "commencer", "debut", "abonner", "reabonner")),
    # Help.
    *(_kw(w, "help", "en") for w in ("help", "info", "more info", "information")),
    _kw("ayuda", "help", "es"),
    _kw("aide", "help", "fr"),
)

# Words that may come before a keyword: "please stop", "ok STOP", "can you stop".
LEADERS = frozenset(
    "please pls plz plse just ok okay k so oh omg god hey hi hello now i said again seriously "
    "can you could would u y'all for the love of sake please! por favor ya svp merci "
    "alright yes no nope dude man guys again!".split()
)
# Leaders allowed before a weak keyword: only "more info". "Please cancel" may be about an
# appointment, so a weak keyword stands alone or goes to review.
WEAK_LEADERS = frozenset({"more"})
# Words that may follow any keyword: politeness, emphasis, what is being stopped.
TRAILERS = frozenset(
    """please pls plz plse now thanks thank you thx ty tyvm ok okay k already asap immediately
    right away forever permanently again it that this them these those text texts texting txt
    txts msg msgs message messages messaging sms me us today thankyou sorry lol seriously
    really good for ever anymore any more spam promos promotions ads marketing sending now!
    completely totally all everything entirely here
    por favor gracias ya ahora mensajes textos todo todos inmediatamente mas porfa
    svp stp merci s'il vous plait maintenant tout tous moi de des sms textos""".split()
)
# Words that turn "STOP <word>" into a sentence rather than a keyword plus a brand name.
SENTENCE_WORDS = frozenset(
    """a an the by at in on to for and or but with of from my your his her our their is are
    was were be been being if when what where why how who there here will would can could
    should i i'm i'll you you're he she we they it's its that's do does did doing going
    talking smoking playing working eating having making getting coming asking calling me
    not no yes off over up down out around before after until till tomorrow tonight later
    sign light watch""".split()
)
ALL_WORDS = frozenset("all everything todo todos tout tous".split())

_OBJ = r"(?:texts?|txts?|texting|messages?|messaging|msgs?|sms|text messages|notifications?|promos?|promotions?|alerts?|spam|ads|marketing)"
_NEG = r"(?:don't|dont|do not|never|can't|cant|cannot|won't|wont|didn't|didnt|doesn't|not|non)"
# A phrase right after one of these words is negated ("don't stop texting me" is not a STOP).
NEGATIONS = frozenset("don't dont not never can't cant cannot won't wont didn't didnt doesn't "
                      "doesnt non no".split())


@dataclass(frozen=True)
class Phrase:
    """A plain-language request matched by ``pattern``."""

    name: str
    pattern: re.Pattern[str]
    intent: str
    language: str
    scope: str = "sender"


def _p(name: str, pattern: str, language: str, scope: str = "sender") -> Phrase:
    return Phrase(name, re.compile(pattern), "opt_out", language, scope)


PHRASES: tuple[Phrase, ...] = (
    # English.
    _p("stop_all_texts",
       rf"\b(?:stop|quit|cease|end|halt)(?: sending| texting)? (?:me )?(?:all|every|any) (?:of )?(?:your |the |these |those )?(?:{_OBJ}|lists?)",
       "en", "all"),
    _p("stop_texting",
       rf"\b(?:stop|quit|cease|end|discontinue|halt)(?: \w+){{0,2}}? (?:{_OBJ}|sending|contacting|calling|emailing|spamming|bothering|harassing|txting|msging)\b",
       "en"),
    _p("remove_from_all_lists",
       r"\b(?:take|remove|delete|drop|get|erase) (?:me|my (?:phone |cell |mobile )?number|this number) (?:off|from|out of) (?:all|every|any) ",
       "en", "all"),
    _p("want_off", r"\b(?:want|get|take|be) (?:me )?(?:off|out of) (?:this|your|the|that|these|those) (?:list|lists|texts?|messages)\b", "en"),
    _p("take_me_off",
       r"\b(?:take|get|drop|cross|strike|scratch|pull) (?:me|my (?:phone |cell |mobile )?(?:number|#|info)|this number|us) (?:off|from|out of)\b"
       r"(?! (?:the |your |my |this |that )?(?:wait ?list|waiting list|schedule|calendar|appointment|booking|reservation|hold|class|roster|cart))",
       "en"),
    _p("remove_me",
       r"\b(?:remove|delete|erase|unlist|unenroll|unregister) (?:me|my (?:phone |cell |mobile )?(?:number|#|info|contact|details)|this (?:phone )?number|us)\b",
       "en"),
    _p("unsubscribe", r"\b(?:unsubscribe|unsub|opt (?:me )?out|opting out|optout|opt me out)\b", "en"),
    _p("dont_want",
       rf"\b(?:do not|don't|dont|no longer|never|didn't|didnt|do not|don't) (?:want|wish|need|like|care|sign(?:ed)? up)(?: \w+){{0,5}}? {_OBJ}\b",
       "en"),
    _p("no_more", rf"\bno more {_OBJ}\b", "en"),
    _p("revoke_consent",
       r"\b(?:revoke|revoking|withdraw|withdrawing|rescind|retract|cancel|remove) (?:my |all |any |your )?(?:consent|permission|authorization|authorisation|opt in|optin)\b",
       "en"),
    _p("dont_contact",
       r"\b(?:don't|dont|do not|never|stop to|please don't|quit) (?:ever )?(?:text|txt|message|msg|contact|sms|email|call|send) (?:me|us|this number|to this number)\b",
       "en"),
    _p("leave_me_alone", r"\bleave me alone\b", "en"),
    _p("wrong_number", r"\b(?:wrong number|wrong #|not (?:the|a) right number|who is this stop)\b", "en"),
    _p("want_out",
       r"\b(?:want|wish|would like|'d like|need|like) to (?:be )?(?:unsubscribed|removed|opted out|taken off|stop (?:receiving|getting)|unsubscribe|opt out)\b",
       "en"),
    _p("cancel_texts",
       rf"\b(?:cancel|end|stop|terminate) (?:my |the |these |all |your )?(?:text (?:alerts|messages|subscription|notifications)|{_OBJ})\b",
       "en"),
    _p("stop_receiving",
       rf"\b(?:stop|quit|no longer) (?:receiving|getting)(?: \w+){{0,3}}? {_OBJ}\b", "en"),
    # Spanish.
    _p("es_no_envien",
       r"\bno (?:me |nos )?(?:envien|envies|envie|mande[ns]?|mandes|escriba[ns]?|escribas|contacte[ns]?|contactes|llamen|texteen) (?:mas|nada|mensajes|textos|sms)",
       "es"),
    _p("es_dejen_de",
       r"\b(?:dej(?:en|a|e|ar)|paren|para|dejad) de (?:enviar|mandar|escribir|contactar|llamar|textear)(?:me|nos)?\b",
       "es"),
    _p("es_baja", r"\b(?:darme|dar|dame|denme|deme|me doy) de baja\b", "es"),
    _p("es_quitar",
       r"\b(?:eliminar|eliminen|elimine|borrar|borren|borre|quitar|quiten|quite|sacar|saquen|saque|sacame|saquenme|quitenme|borrenme|eliminenme) (?:me |mi (?:numero|telefono|celular)|de (?:la|su|sus|esta|esa|vuestra) lista)",
       "es"),
    _p("es_quitenme", r"\b(?:sacame|saquenme|quitenme|borrenme|eliminenme|quitame|borrame|eliminame)\b", "es"),
    _p("es_ya_no",
       r"\b(?:ya no|no) (?:quiero|deseo|necesito) (?:recibir |mas |sus |estos |los |tus )*(?:mensajes|textos|sms|nada|notificaciones|promociones)",
       "es"),
    _p("es_consentimiento",
       r"\b(?:revoco|retiro|cancelo|anulo) (?:mi |el )?(?:consentimiento|permiso|autorizacion|suscripcion)\b",
       "es"),
    _p("es_no_mas", r"\b(?:no mas|basta de|nunca mas) (?:mensajes|textos|sms|spam|promociones)\b", "es"),
    _p("es_wrong_number", r"\bnumero equivocado\b", "es"),
    _p("es_desuscribir", r"\b(?:desuscribir(?:me)?|desuscribanme|darse de baja|cancelar (?:la |mi )?suscripcion)\b", "es"),
    # French.
    _p("fr_arretez",
       r"\b(?:arretez|arrete|arreter|cessez|cesser|stoppez|stop) (?:de |d')?(?:m'|me |nous |m')?(?:m'envoyer|envoyer|ecrire|m'ecrire|contacter|me contacter|texter|me texter|spammer|harceler|m'appeler|appeler)\b",
       "fr"),
    _p("fr_ne_plus",
       r"\b(?:ne |n')?(?:m'|me |nous )?(?:m'envoyez|envoyez|m'envoie|envoie|m'ecrivez|ecrivez|contactez|textez|me contactez|appelez|me textez|m'appelez) plus\b",
       "fr"),
    _p("fr_ne_veux_plus",
       r"\b(?:je )?(?:ne |n')?(?:veux|souhaite|desire|voulons) plus (?:recevoir |avoir )?(?:de |vos |ces |les |des |d'autres )*(?:messages|textos|texto|sms|notifications|promotions|publicites|courriels)",
       "fr"),
    _p("fr_ne_plus_infinitif",
       r"\bne plus (?:m'|me |nous )?(?:envoyer|m'envoyer|ecrire|m'ecrire|contacter|texter|appeler|m'appeler)\b",
       "fr"),
    _p("fr_retirez_moi",
       r"\b(?:retirez|enlevez|supprimez|effacez|desinscrivez|desabonnez|rayez|retirer|supprimer|enlever|effacer) (?:moi|mon (?:numero|telephone|cellulaire|portable)|nous)\b",
       "fr"),
    _p("fr_desabonner", r"\b(?:me desabonner|me desinscrire|je me desabonne|je me desinscris)\b", "fr"),
    _p("fr_consentement",
       r"\b(?:je )?(?:retire|revoque|annule) (?:mon |le )?(?:consentement|autorisation|abonnement)\b", "fr"),
    _p("fr_plus_de", r"^plus de (?:messages|textos|sms|texto)(?: (?:svp|merci|s'il vous plait))*$", "fr"),
    _p("fr_wrong_number", r"\b(?:mauvais numero|faux numero)\b", "fr"),
)  # fmt: skip

# Ordinary conversation that contains a keyword: never an opt-out, never sent to review.
FALSE_ALARMS = re.compile(
    rf"\b{_NEG} (?:stop|end|quit|cancel|unsubscribe)\b"
    r"|\bstop(?:ped|ping)? (?:by|in|at|over|for|and|on|off|to|sign|light|watch|there|here|it's)\b"
    r"|\b(?:bus|pit|one|full|last|next|first|truck|rest|non|nonstop) stop\b"
    r"|\b(?:when|what time|where|how) (?:does|do|will|did|is) (?:the |it |this |that |your )?(?:\w+ )?(?:end|stop|start)\b"
    r"|\bend of\b|\bat the end\b|\bweekend\b"
    # "stop being so awesome", "stop worrying": a gerund that is not about messages.
    r"|\bstop (?!(?:texting|txting|messaging|msging|sending|contacting|calling|emailing|spamming|bothering|harassing)\b)\w+ing\b"
)

# Mid-sentence words that leave a message for a person to judge when nothing else decided it.
REVIEW_WORDS = frozenset(
    """stop stopall unsubscribe unsub optout revoke cancel cancelling canceling
    parar baja cancelar desuscribir arret arreter arretez annuler desabonner desinscrire""".split()
)
REVIEW_PHRASES = re.compile(
    r"\bnot interested\b|\bno (?:longer )?interested\b|\bno gracias\b|\bpas interesse\b"
    r"|\bcancel (?:my |the )?subscription\b|\bstop (?:this|it|that)\b"
)

# Enough to tell Spanish and French from English in the messages we cannot classify.
LANGUAGE_HINTS = {
    "es": frozenset("el la los las que de y no por para con una un es mi mas gracias hola "
                    "quiero mensajes usted favor".split()),
    "fr": frozenset("le la les de je vous est pas que pour une un mon plus merci bonjour "
                    "veux messages oui svp".split()),
}
