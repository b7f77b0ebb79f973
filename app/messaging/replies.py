"""What we text back: the one opt-out confirmation, the opt-in confirmation and HELP.

The FCC's 2024 rule allows exactly one confirmation after an opt-out, within five minutes and
with no marketing in it, which may ask which messages the person means (``opt_out_clarify``);
the CTIA's HELP answer names the program, how to get help, that message and data rates may
apply, and how to stop. English is written here; every other language's texts live with its
keywords in ``app.keywords.languages`` (sixteen languages). ``REPLY_TEMPLATES`` overrides any
of them or adds languages; a text missing in a language is sent in English.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

from app.keywords.languages import ALL as LANGUAGES

ReplyKind = Literal["opt_out", "opt_out_all", "opt_out_clarify", "opt_in", "help",
                    "double_opt_in", "confirmed"]
# The texts every built-in language has. The double opt-in request and its confirmation
# are built in in English only (a business adds its languages with REPLY_TEMPLATES).
REPLY_KINDS: tuple[ReplyKind, ...] = ("opt_out", "opt_out_all", "opt_out_clarify", "opt_in",
                                      "help")

ENGLISH: dict[str, str] = {
    "opt_out": "You have been unsubscribed from {program} and will receive no further "
    "messages. Reply START to resubscribe.",
    "opt_out_all": "You have been unsubscribed from all {program} messages and will "
    "receive no further messages. Reply START to resubscribe.",
    # The one confirmation, asking which messages to stop (CLARIFY_SCOPE): until an answer
    # arrives the opt-out covers every category it can.
    "opt_out_clarify": "You have been unsubscribed from {program} messages. Reply MKT to stop "
    "only offers, ALL to stop everything. Help: {support}.",
    "opt_in": "You have been resubscribed to {program} messages. Msg&data rates may "
    "apply. Reply HELP for help, STOP to cancel.",
    "help": "{program}: for help, contact {support}. Msg&data rates may apply. "
    "Reply STOP to cancel.",
    # A double opt-in: the request, and the answer to the YES that confirms it.
    "double_opt_in": "{program}: reply YES to confirm you want texts from us. Msg&data rates "
    "may apply. Reply HELP for help, STOP to cancel.",
    "confirmed": "{program}: you are subscribed. Msg&data rates may apply. Reply HELP for "
    "help, STOP to cancel.",
}

# Every built-in text by language code: English plus each language module's replies.
BUILT_IN: dict[str, dict[str, str]] = {
    "en": ENGLISH,
    **{rules.code: dict(rules.replies) for rules in LANGUAGES},
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
        """The reply of ``kind`` in ``language`` ("pt-BR" falls back to "pt"), else English."""
        texts = self.templates.get(language or "en")
        if texts is None and language and "-" in language:
            texts = self.templates.get(language.split("-", 1)[0])
        template = (texts or {}).get(kind) or self.templates["en"][kind]
        return template.format(program=self.program, support=self.support)
