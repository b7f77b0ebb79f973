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
    opt_in_keywords=("zapisz mnie", "wznów", "start sms", "zapisz", "zapiszcie mnie", "dopisz mnie", "dopiszcie mnie", "zapisuję się", "wznów sms"),
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
        # The negations of the opt-in phrases ("nie chcę znowu dostawać tych wiadomości", "nie
        # wysyłajcie mi znowu"): opt-outs, and they win.
        "nie (chcę|chce|chciałbym|chciałabym|chcialbym|chcialabym|życzę sobie) (znowu|ponownie|z powrotem) (dostawać|otrzymywać|dostawac|otrzymywac|mieć)",
        "nie (chcę|chce|chciałbym|chciałabym|chcialbym|chcialabym|życzę sobie) (dostawać|otrzymywać|dostawac|otrzymywac) [(te|wasze|tych|waszych|żadnych)] (wiadomości|sms|smsy|sms y|smsów|sms ów|esemesy|esemesów|powiadomienia|powiadomień|przypomnienia|przypomnień|alerty|alertów|kupony|kuponów|promocje|promocji|oferty|ofert|newsletter|newslettera|informacje|informacji|rabaty|rabatów|smski|smsek)",
        "nie (chcę|chce|chciałbym|chciałabym|chcialbym|chcialabym) (się zapisywać|zapisywać się|się zapisać|zapisać się|się ponownie zapisywać|ponownie się zapisywać|wracać na listę|wrócić na listę)",
        "nie (wysyłajcie|wysyłaj|piszcie|pisz|przysyłajcie|przysyłaj|ślijcie|wysylajcie) [(mi|do mnie)] (znowu|ponownie|z powrotem)",
        # "Nie musicie mi już przysyłać informacji", "nie wysyłajcie mi nic", "nie piszcie do mnie".
        "nie (musicie|muszą państwo|musi pan|musi pani|trzeba) (mi|nam|do mnie) [(już|więcej|dalej)] (wysyłać|przysyłać|pisać|słać) [(tych|żadnych|więcej|waszych)] (informacji|wiadomości|sms|smsów|esemesów|przypomnień|ofert|promocji|reklam|powiadomień|newslettera|nic|niczego|ankiet)",
        "nie (wysyłajcie|przysyłajcie|wysyłaj|przysyłaj|ślijcie|wysyłać|przysyłać) (mi|do mnie|nam) [(już|więcej)] (nic|niczego|żadnych|tych|tego|wiadomości|sms|smsów|smsy|sms y|esemesów|reklam|ofert|promocji|powiadomień|przypomnień|informacji|spamu|newslettera)",
        "nie (piszcie|pisz|pisać) (do mnie|do nas)",
        # "Proszę przestać przysyłać mi promocje", "czy możecie przestać do mnie pisać?".
        "(przestańcie|przestań|przestać) (wysyłać|przysyłać|słać) [(mi|do mnie|nam)] [(te|tych|wasze|waszych|tyle)] (wiadomości|sms|smsy|sms y|smsów|esemesy|esemesów|promocje|promocji|reklamy|reklam|oferty|ofert|powiadomienia|powiadomień|przypomnienia|przypomnień|newsletter|newslettera|newslettery|spam|spamu|informacje|informacji|ankiety|ankiet)",
        "(przestańcie|przestań|przestać) do (mnie|nas) (pisać|wysyłać|przysyłać|esemesować|smsować|spamować)",
        "(przestańcie|przestań|przestać) (mi|nam) (wysyłać|przysyłać|słać) [(te|tych|wasze|waszych|tyle)] (wiadomości|sms|smsy|sms y|smsów|esemesy|esemesów|promocje|promocji|reklamy|reklam|oferty|ofert|powiadomienia|powiadomień|przypomnienia|przypomnień|newsletter|newslettera|newslettery|spam|spamu|informacje|informacji|ankiety|ankiet)",
        "(przestańcie|przestań|przestać) (pisać|wysyłać|przysyłać|esemesować|smsować) do (mnie|nas)",
        "(przestańcie|przestań|przestać) (mnie|nas) (spamować|nękać|zaśmiecać)",
        # "Nie chcę dostawać od Państwa wiadomości", "chcę zrezygnować z otrzymywania ofert SMS".
        "nie (chcę|chcemy|życzę sobie|chciałbym|chciałabym) (dostawać|otrzymywać|dostać|otrzymać) (od państwa|od was|od pana|od pani|od ciebie|stąd|z tego numeru) [(więcej|już|żadnych|tych)] (wiadomości|sms|smsów|smsy|sms y|esemesów|reklam|ofert|promocji|powiadomień|przypomnień|informacji|newslettera|spamu)",
        "(chcę|chcemy|chciałbym|chciałabym|proszę|pragnę|pragnąłbym) (zrezygnować|się wypisać|wypisać się) (z|ze) (otrzymywania|dostawania|subskrypcji|newslettera|wiadomości|sms|smsów|powiadomień|przypomnień|ofert|promocji|reklam|listy|bazy|tych|waszych|esemesów)",
        "(rezygnuję|rezygnujemy|rezygnacja) (z|ze) (otrzymywania|dostawania|przypomnień|powiadomień|ofert|promocji|reklam|smsów|esemesów|informacji|alertów|tych|waszych|listy|bazy)",
        # "Stop reklamom", "mam dość tych SMS-ów", "koniec z reklamami".
        "stop (reklamom|reklamie|spamowi|smsom|esemesom|promocjom|powiadomieniom|wiadomościom|ofertom|newsletterom)",
        "(mam dość|mam dosyć|dość|dosyć|koniec z|starczy) (tych|waszych|tego|twoich|tego całego) (sms|smsów|smsami|sms ów|wiadomości|wiadomościami|reklam|reklamami|spamu|spamem|powiadomień|ofert|promocji|esemesów|esemesami|przypomnień)",
        "(dość|dosyć|koniec z) (smsów|smsami|sms ów|reklam|reklamami|spamu|spamem|esemesów|esemesami|promocji|promocjami)",
        # "Usuńcie mój numer z bazy", "proszę o usunięcie mojego numeru", "dajcie mi spokój".
        "(usuńcie|usuń|wykreślcie|wykreśl|skreślcie|wymażcie|proszę usunąć|możecie usunąć|czy możecie usunąć) (mnie|mój numer|ten numer|moje dane|nas|jej numer|jego numer) (z|ze) (listy|list|bazy|waszej listy|waszej bazy|bazy danych|systemu|listy mailingowej|listy sms|subskrypcji|newslettera|kontaktów|waszych list|waszego systemu)",
        "proszę o (usunięcie|wykreślenie) (mnie|mojego numeru|numeru|moich danych|tego numeru)",
        "(dajcie mi|daj mi|dajcie|proszę dać mi) (spokój|święty spokój)",
        "zostawcie (mnie|nas) w spokoju",
        # "Wyłączcie te SMS-y", "nigdy się nie zapisywałem na te SMS-y".
        "(wyłączcie|wyłącz|proszę wyłączyć|możecie wyłączyć|czy możecie wyłączyć|zablokujcie|wstrzymajcie) [mi] [(proszę)] [(te|wasze|tych|wszystkie)] (sms|smsy|sms y|esemesy|wiadomości sms|powiadomienia sms|przypomnienia sms|reklamy|reklamy sms|oferty|promocje|newsletter|spam|wysyłkę sms)",
        "(nigdy się nie|nie) (zapisywałem|zapisywałam|zapisałem|zapisałam) [się] (na|do) (te|tych|wasze|waszych) (sms|smsy|sms y|wiadomości|newsletter|listy|powiadomienia|esemesy|reklamy|oferty)",
        "nie (chcę|chce|chcemy) już (dostawać|otrzymywać) (tych|waszych|żadnych|więcej) (wiadomości|sms|smsów|sms ów|esemesów|reklam|ofert|promocji|powiadomień|przypomnień|informacji|newsletterów)",
        "proszę o (zaprzestanie|wstrzymanie) (wysyłania|przysyłania) [(mi|do mnie)] (wiadomości|sms|smsów|esemesów|reklam|ofert|promocji|powiadomień|przypomnień|informacji)",
        "nie życzę sobie (kontaktu|wiadomości|smsów|sms|esemesów|reklam|ofert|telefonów ani smsów|dalszego kontaktu)",
    ),
    opt_in_phrases=(
        "(chcę|proszę) (ponownie|znowu) (zapisać się|się zapisać|otrzymywać wiadomości)",
        "(chcę|proszę) zapisać się (ponownie|znowu)",
        "zapiszcie mnie (ponownie|znowu)",
        "(chcę|proszę) (znowu|ponownie) (dostawać|otrzymywać) (wiadomości|sms|smsy)",
        # A perfective imperative ("zapiszcie mnie", "przywróćcie") is negated in another
        # aspect ("nie zapisujcie mnie"); "nie chcę ..." is an opt-out phrase above, and wins.
        "(zapiszcie|zapisz|dopiszcie|dopisz|dodajcie|dodaj|wpiszcie|wpisz) mnie [(ponownie|znowu|z powrotem)] (do listy|na listę|do newslettera|do subskrypcji|do powiadomień|do sms|do smsów|do sms ów|do bazy|na sms|na smsy|na sms y|na powiadomienia|na newsletter|na listę sms|do listy sms|na listę mailingową|do listy z promocjami|na listę z promocjami)",
        "(zapiszcie|zapisz|dopiszcie|dopisz|dodajcie|dodaj|wpiszcie|wpisz) mnie (ponownie|znowu|z powrotem)",
        "(proszę|prosze|czy możecie|czy mogą państwo|możecie|możesz) mnie (ponownie|znowu|z powrotem) (zapisać|dopisać|dodać|wpisać)",
        "(proszę|prosze|czy możecie|czy mogą państwo|możecie|możesz) mnie (zapisać|dopisać|dodać|wpisać) [(ponownie|znowu|z powrotem)] (do listy|na listę|do newslettera|do subskrypcji|do powiadomień|do sms|do smsów|do sms ów|do bazy|na sms|na smsy|na sms y|na powiadomienia|na newsletter|na listę sms|do listy sms|na listę mailingową|do listy z promocjami|na listę z promocjami)",
        "(proszę|prosze|czy możecie|czy mogą państwo|możecie|możesz) (mnie ponownie|ponownie mnie|mnie znowu|znowu mnie|mnie z powrotem) (zapisać|dopisać|dodać|wpisać)",
        "(przywróćcie|przywróć|proszę przywrócić|prosze przywrocic|włączcie|włącz|proszę włączyć|wznówcie|proszę wznowić) [(mi|mnie)] [(z powrotem|ponownie)] [(te|moje|wasze)] (wiadomości|sms|smsy|sms y|smsów|sms ów|esemesy|esemesów|powiadomienia|powiadomień|przypomnienia|przypomnień|alerty|alertów|kupony|kuponów|promocje|promocji|oferty|ofert|newsletter|newslettera|informacje|informacji|rabaty|rabatów|smski|smsek)",
        "(wyślijcie|przyślijcie|ślijcie|wysyłajcie|przysyłajcie|wysylajcie) [(mi|do mnie)] (znowu|ponownie|z powrotem) [(te|wasze)] (wiadomości|sms|smsy|sms y|smsów|sms ów|esemesy|esemesów|powiadomienia|powiadomień|przypomnienia|przypomnień|alerty|alertów|kupony|kuponów|promocje|promocji|oferty|ofert|newsletter|newslettera|informacje|informacji|rabaty|rabatów|smski|smsek)",
        "(wysyłajcie|przysyłajcie|wysylajcie|piszcie) [(mi|do mnie)] (znowu|ponownie|z powrotem)",
        "(proszę|prosze) (znowu|ponownie) (do mnie pisać|pisać do mnie|wysyłać|przysyłać|mi wysyłać|mi przysyłać)",
        "(oddajcie|oddaj) [mi] [(te|moje)] (wiadomości|sms|smsy|sms y|smsów|sms ów|esemesy|esemesów|powiadomienia|powiadomień|przypomnienia|przypomnień|alerty|alertów|kupony|kuponów|promocje|promocji|oferty|ofert|newsletter|newslettera|informacje|informacji|rabaty|rabatów|smski|smsek)",
        "(chcę|chce|chciałbym|chciałabym|chcialbym|chcialabym|wolałbym|wolałabym) (znowu|ponownie|z powrotem) (dostawać|otrzymywać|dostawac|otrzymywac|mieć) [(te|wasze)] (wiadomości|sms|smsy|sms y|smsów|sms ów|esemesy|esemesów|powiadomienia|powiadomień|przypomnienia|przypomnień|alerty|alertów|kupony|kuponów|promocje|promocji|oferty|ofert|newsletter|newslettera|informacje|informacji|rabaty|rabatów|smski|smsek)",
        "(chcę|chce|chciałbym|chciałabym|chcialbym|chcialabym) (dostawać|otrzymywać|dostawac|otrzymywac) [(te|wasze)] (wiadomości|sms|smsy|sms y|smsów|sms ów|esemesy|esemesów|powiadomienia|powiadomień|przypomnienia|przypomnień|alerty|alertów|kupony|kuponów|promocje|promocji|oferty|ofert|newsletter|newslettera|informacje|informacji|rabaty|rabatów|smski|smsek) (znowu|ponownie|z powrotem)",
        "(chcę|chce|chciałbym|chciałabym|chcialbym|chcialabym) (dostawać|otrzymywać|dostawac|otrzymywac) [(te|wasze)] (wiadomości|sms|smsy|sms y|smsów|sms ów|esemesy|esemesów|powiadomienia|powiadomień|przypomnienia|przypomnień|alerty|alertów|kupony|kuponów|promocje|promocji|oferty|ofert|newsletter|newslettera|informacje|informacji|rabaty|rabatów|smski|smsek) [(sms|smsem|sms em|esemesem)]",
        "(chcę|chce|chciałbym|chciałabym|chcialbym|chcialabym) (się zapisać|zapisać się|się ponownie zapisać|ponownie się zapisać|się znowu zapisać|znowu się zapisać|się dopisać|dopisać się) (do listy|na listę|do newslettera|do subskrypcji|do powiadomień|do sms|do smsów|do sms ów|do bazy|na sms|na smsy|na sms y|na powiadomienia|na newsletter|na listę sms|do listy sms|na listę mailingową|do listy z promocjami|na listę z promocjami)",
        "(chcę|chce|chciałbym|chciałabym|chcialbym|chcialabym) (się ponownie zapisać|ponownie się zapisać|się znowu zapisać|znowu się zapisać|wrócić na listę|wrócić do listy|wrócić do subskrypcji)",
        # "I unsubscribed by mistake", "I didn't mean to unsubscribe".
        "(wypisałem|wypisałam|wypisalem|wypisalam) się (przez przypadek|przez pomyłkę|niechcący|omyłkowo|przypadkiem|przez pomylke)",
        "(przez przypadek|przez pomyłkę|niechcący|omyłkowo|przypadkiem|przez pomylke) (się wypisałem|się wypisałam|wypisałem się|wypisałam się)",
        "nie (chciałem|chciałam|chcialem|chcialam) się (wypisać|wypisywać)",
    ),
    help_phrases=(
        "co to jest", "kto to", "kto pisze", "kim jesteście", "skąd macie mój numer",
        "jak często (będziecie|będą) [do mnie] (wysyłać|przysyłać|przychodzić) (wiadomości|sms|smsy|esemesy)",
        "jak często (będziecie|będą) [do mnie] (pisać|wysyłać|przysyłać|przychodzić)",
        "ile (wiadomości|sms|smsów|esemesów) (tygodniowo|dziennie|miesięcznie|na tydzień|w tygodniu|w miesiącu)",
        "(dlaczego|czemu) (dostaję|otrzymuję) (te|takie|wasze) (wiadomości|sms|smsy|esemesy)",
        "(dlaczego|czemu) przychodzą (mi|do mnie) te (wiadomości|sms|smsy)",
        # Who is texting.
        "(a ty kto|a wy kto|ty kto|kim jesteś|kim pan jest|kim pani jest|kim państwo są|kto to pisze|kto do mnie pisze|kto mi to wysyła|kto wysyła te (wiadomości|smsy|sms y))",
        "(z|od) (jakiej|której) (firmy|apteki|przychodni|kliniki|firmy kurierskiej) (jest|są|to|jesteście|piszecie)",
        "(z|od) (jakiego|którego) (sklepu|banku|gabinetu|salonu) (jest|są|to|jesteście|piszecie)",
        "co to za (numer|firma|wiadomość|wiadomości|sms|smsy|sms y|esemesy)",
        "(czyj to numer|jaka to firma|jaki to sklep|co to za firma)",
        "(czy to|to jest|czy to jest) (oszustwo|wyłudzenie|phishing|scam|naciąganie)",
        "(skąd|jak) (macie|mają państwo|zdobyliście|wzięliście) (mój|moj) (numer|nr|telefon)",
        # Cost.
        "(czy|ile) [(te|wasze)] (smsy|sms|sms y|wiadomości|esemesy|powiadomienia) (są płatne|kosztują|są darmowe|coś kosztują|są bezpłatne)",
        "czy (odpowiedź|odpisanie|odpowiadanie|odpowiedź sms) (jest płatna|jest płatne|kosztuje|coś kosztuje)",
        "ile kosztuje (odpowiedź|odpisanie|sms|usługa sms|odpowiedź sms)",
        "czy (płacę|zapłacę|muszę płacić|muszę zapłacić) za [(te|wasze)] (smsy|sms|sms y|wiadomości|odpowiedź|odpisanie)",
        # Reaching a person.
        "jak (się z wami skontaktować|mogę się z wami skontaktować|mogę się skontaktować|skontaktować się z obsługą|skontaktować się z konsultantem|się skontaktować z obsługą|skontaktować się z biurem obsługi)",
        "(numer|telefon) do (obsługi klienta|biura obsługi|konsultanta|was|infolinii)",
        "(chcę|chce|mogę|moge|chciałbym|chciałabym) (porozmawiać|rozmawiać) z (konsultantem|konsultantką|człowiekiem|kimś|pracownikiem|obsługą)",
        # Why.
        "(dlaczego|czemu) (piszecie|wysyłacie|przysyłacie) (do mnie|mi) [(te|takie)] [(wiadomości|sms|smsy|sms y|esemesy)]",
        "ile (wiadomości|smsów|sms ów|esemesów) (będę dostawać|będę dostawał|będę dostawała|będziecie wysyłać|dostanę)",
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
        # "Złoto czy jakiś stop?": an alloy.
        "(jakiś|jakiegoś|taki|zwykły|tani) stop",
        "(złoto|srebro|stal|mosiądz|platyna|złota|srebra) czy [(jakiś|to)] stop",
        "stop (metali|złota|srebra|aluminium|miedzi|cyny|stali|żelaza|metalu|niklu)",
        # "Rezygnuję z ..." negated: "nie rezygnuję z przypomnień", "nie chcę zrezygnować z ofert".
        "nie (chcę|chcemy|chciałbym|chciałabym|proszę|pragnę|pragnąłbym) (zrezygnować|się wypisać|wypisać się) (z|ze) (otrzymywania|dostawania|subskrypcji|newslettera|wiadomości|sms|smsów|powiadomień|przypomnień|ofert|promocji|reklam|listy|bazy|tych|waszych|esemesów)",
        "nie (rezygnuję|rezygnujemy|rezygnacja) (z|ze) (otrzymywania|dostawania|przypomnień|powiadomień|ofert|promocji|reklam|smsów|esemesów|informacji|alertów|tych|waszych|listy|bazy)",
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
