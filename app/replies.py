"""What we text back: the one opt-out confirmation, the opt-in confirmation and HELP.

The FCC's 2024 rule allows exactly one confirmation after an opt-out, within five minutes and
with no marketing in it; the CTIA's HELP answer names the program, how to get help, that
message and data rates may apply, and how to stop. Texts exist in English, Spanish and
French; ``REPLY_TEMPLATES`` overrides any of them or adds languages.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal
from xml.sax.saxutils import escape

ReplyKind = Literal["opt_out", "opt_out_all", "opt_in", "help"]

BUILT_IN: dict[str, dict[str, str]] = {
    "en": {
        "opt_out": "You have been unsubscribed from {program} and will receive no further "
        "messages. Reply START to resubscribe.",
        "opt_out_all": "You have been unsubscribed from all {program} messages and will "
        "receive no further messages. Reply START to resubscribe.",
        "opt_in": "You have been resubscribed to {program} messages. Msg&data rates may "
        "apply. Reply HELP for help, STOP to cancel.",
        "help": "{program}: for help, contact {support}. Msg&data rates may apply. "
        "Reply STOP to cancel.",
    },
    "es": {
        "opt_out": "Se ha dado de baja de {program} y no recibirá más mensajes. "
        "Responda START para volver a suscribirse.",
        "opt_out_all": "Se ha dado de baja de todos los mensajes de {program} y no recibirá "
        "más mensajes. Responda START para volver a suscribirse.",
        "opt_in": "Se ha vuelto a suscribir a los mensajes de {program}. Pueden aplicarse "
        "tarifas de mensajes y datos. Responda AYUDA para obtener ayuda, PARAR para cancelar.",
        "help": "{program}: para obtener ayuda, contacte a {support}. Pueden aplicarse tarifas "
        "de mensajes y datos. Responda PARAR para cancelar.",
    },
    "fr": {
        "opt_out": "Vous êtes désabonné(e) de {program} et ne recevrez plus de messages. "
        "Répondez START pour vous réabonner.",
        "opt_out_all": "Vous êtes désabonné(e) de tous les messages de {program} et ne "
        "recevrez plus de messages. Répondez START pour vous réabonner.",
        "opt_in": "Vous êtes réabonné(e) aux messages de {program}. Des frais de messagerie "
        "et de données peuvent s'appliquer. Répondez AIDE pour de l'aide, ARRET pour annuler.",
        "help": "{program} : pour de l'aide, contactez {support}. Des frais de messagerie et "
        "de données peuvent s'appliquer. Répondez ARRET pour annuler.",
    },
}


class ReplyBook:
    """Reply texts per language, with the program name and support contact filled in."""

    def __init__(
        self,
        program: str,
        support: str,
        overrides: Mapping[str, Mapping[str, str]] | None = None,
    ) -> None:
        self.program = program
        self.support = support
        self.templates: dict[str, dict[str, str]] = {k: dict(v) for k, v in BUILT_IN.items()}
        for language, texts in (overrides or {}).items():
            self.templates.setdefault(language, {}).update(texts)

    def text(self, kind: ReplyKind, language: str | None) -> str:
        """The reply of ``kind`` in ``language``, falling back to English."""
        template = self.templates.get(language or "en", {}).get(kind)
        if template is None:
            template = self.templates["en"][kind]
        return template.format(program=self.program, support=self.support)


_XML = '<?xml version="1.0" encoding="UTF-8"?>'
EMPTY_TWIML = _XML + "<Response />"


def twiml(text: str | None) -> str:
    """A TwiML document that sends ``text`` back, or sends nothing when it is None.

    The same document twilio's ``MessagingResponse`` writes (tests/test_replies.py checks),
    without building an ElementTree for every webhook.
    """
    if not text:
        return EMPTY_TWIML
    return f"{_XML}<Response><Message>{escape(text)}</Message></Response>"
