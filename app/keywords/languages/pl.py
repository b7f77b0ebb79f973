"""Polish.

Sources: providers' Poland guides list STOP, ZAKONCZ (zakończ), REZYGNACJA and POMOC as the
Polish keywords to honour next to STOP and HELP (sent.dm Poland SMS guide); Polish consent
texts say "Zgoda może być wycofana ... przez SMS STOP" (docs.coachflow.pl). A bare NIE ("no") is
not an opt-out: it answers too many other questions.
"""

from app.keywords.languages.rules import LanguageRules

RULES: LanguageRules = LanguageRules(
    code="pl",
    name="Polish",
    opt_out_keywords=("dość",
        "zakończ", "rezygnacja", "rezygnuję", "wypisz", "wypisz mnie", "wypisz się",
        "proszę mnie wypisać", "wypiszcie mnie", "proszę o wypisanie",
        "anuluj subskrypcję", "nie wysyłać", "odsubskrybuj", "odsubskrybuj mnie",
        "koniec",
    ),
    opt_out_all_keywords=("stop wszystko", "rezygnacja wszystko"),
    # Not a bare ZAPISZ: it also means "save" / "write it down".
    opt_in_keywords=("zapisz mnie", "wznów", "start sms"),
    help_keywords=("pomoc", "informacja", "pomocy"),
    opt_out_phrases=(
        "nie (chcę|życzę sobie) (więcej|już) (otrzymywać|dostawać) (wiadomości|sms|smsów|smsy)",
        "nie (chcę|życzę sobie) (otrzymywać|dostawać) (więcej|już) (wiadomości|sms|smsów|smsy)",
        "(przestańcie|przestań|proszę przestać) (wysyłać|przysyłać) [mi] (wiadomości|sms|smsy|smsów)",
        "(przestańcie|przestań) do mnie (pisać|wysyłać)",
        "nie (wysyłajcie|wysyłaj|piszcie) (mi|do mnie) (więcej|już)",
        "(usuńcie|usuń|wykreślcie|wypiszcie) mnie (z listy|z bazy|z waszej listy)",
        "(usuńcie|usuń) mój numer",
        "(rezygnuję|rezygnacja) z (subskrypcji|wiadomości|sms|newslettera)",
        "wycofuję (zgodę|moją zgodę)",
        "pomyłka numer",
        "zły numer",
        "(proszę|prosze) (mnie wypisać|wypisać mnie) (z listy|z bazy|z subskrypcji|z newslettera)",
        "(wypiszcie|wypisz) mnie (z listy|z bazy|z subskrypcji|z newslettera)",
        "nie chcę (tych|waszych|żadnych|więcej) (wiadomości|smsów|sms|smsy)",
        # Asking how to stop the texts is asking to stop them ("Jak wyłączyć te esemesy?").
        "jak [(mogę|można|mam)] (wyłączyć|wstrzymać|powstrzymać) (te|tych|wasze|wszystkie te) (sms|smsy|smsów|esemesy|esemesów|esy|smski|wiadomości|powiadomienia|powiadomień|reklamy|spam)",
        "jak [(mogę|można|mam)] przestać (dostawać|otrzymywać) [(te|tych|wasze|waszych|tego typu)] (sms|smsy|smsów|esemesy|esemesów|smski|wiadomości|powiadomienia|powiadomień|reklamy|reklam)",
        "jak [(mogę|można|mam)] (się|sie) (z tego|z tych (sms|smsów|wiadomości|powiadomień)|z tej listy|z listy|z subskrypcji) wypisać",
        "jak [(mogę|można|mam)] (się|sie) wypisać (z tego|z tych (sms|smsów|wiadomości|powiadomień)|z tej listy|z subskrypcji)",
    ),
    opt_in_phrases=(
        "(chcę|proszę) (ponownie|znowu) (zapisać się|się zapisać|otrzymywać wiadomości)",
        "(chcę|proszę) zapisać się (ponownie|znowu)",
        "zapiszcie mnie (ponownie|znowu)",
        "(chcę|proszę) (znowu|ponownie) (dostawać|otrzymywać) (wiadomości|sms|smsy)",
    ),
    help_phrases=(
        "co to jest", "kto to", "kto pisze", "kim jesteście", "skąd macie mój numer",
        "jak często (będziecie|będą) [do mnie] (wysyłać|przysyłać|przychodzić) (wiadomości|sms|smsy|esemesy)",
        "jak często (będziecie|będą) [do mnie] (pisać|wysyłać|przysyłać|przychodzić)",
        "ile (wiadomości|sms|smsów|esemesów) (tygodniowo|dziennie|miesięcznie|na tydzień|w tygodniu|w miesiącu)",
        "(dlaczego|czemu) (dostaję|otrzymuję) (te|takie|wasze) (wiadomości|sms|smsy|esemesy)",
        "(dlaczego|czemu) przychodzą (mi|do mnie) te (wiadomości|sms|smsy)",
    ),
    not_opt_out_phrases=(
        # Refusing to be unsubscribed or asking the texts to go on ("don't unsubscribe me"):
        # a model opt-out reading of such a message is not decided.
        "nie (wypisujcie|wypisuj|usuwajcie|usuwaj) mnie",
        "nie (przestawajcie|przestańcie|przestancie) (wysyłać|wysylac|pisać|pisac)",
        "(na przystanku|przystanek|do przystanku)",
        "nie (przestawaj|przestawajcie|przestaje)",
        "(koniec|końca) (tygodnia|miesiąca|roku|lekcji|meczu|pracy)",
        "zatrzymaj się",
    ),
    hint_words=(
        "nie", "się", "jest", "że", "mnie", "proszę", "dziękuję", "dzień dobry", "tak", "czy",
        "jak", "już", "więcej", "jestem", "będzie", "może", "tylko", "bardzo", "dzisiaj",
        "jutro",
    ),
    replies={
        "opt_out_clarify": "Wypisano Cię z wiadomości {program}. Odpowiedz MKT, aby zatrzymać tylko oferty, "
        "WSZYSTKO, aby zatrzymać wszystko. Pomoc: {support}.",
        "opt_out": "{program}: wypisano Cię z listy i nie otrzymasz więcej wiadomości. Pomoc: "
        "{support}. Odpowiedz START, aby zapisać się ponownie.",
        "opt_out_all": "{program}: wypisano Cię ze wszystkich naszych wiadomości i nie "
        "otrzymasz więcej wiadomości. Pomoc: {support}. Odpowiedz START, aby zapisać się ponownie.",
        "opt_in": "{program}: zapisano Cię ponownie. Mogą obowiązywać opłaty za wiadomości i "
        "dane. Pomoc: {support}. Odpowiedz POMOC, aby uzyskać pomoc, STOP, aby zrezygnować.",
        "help": "{program}: pomoc: {support}. Mogą obowiązywać opłaty za wiadomości i dane. "
        "Odpowiedz STOP, aby zrezygnować.",
    },
    sources=(
        "https://www.sent.dm/resources/poland-sms-guide (STOP, ZAKONCZ, REZYGNACJA, POMOC)",
        "https://docs.coachflow.pl/sms-komunikacja/50-compliance-sms.html (consent withdrawn by SMS STOP)",
    ),
    courtesy_words=("proszę", "dziękuję", "dzięki", "natychmiast", "już"),
    # Answers to the clarifying question (app/messaging/clarify.py): stop only
    # marketing, or everything.
    clarify_marketing=("mkt", "oferty"),
    clarify_all=("all", "wszystko"),
)
