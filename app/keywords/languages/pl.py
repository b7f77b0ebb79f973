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
        # "Przestańcie", "proszę przestać" (stop it, please stop) alone; the loanword in the plural.
        "przestańcie", "przestancie", "proszę przestać", "prosze przestac", "odsubskrybujcie",
        "odsubskrybujcie mnie",
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
        # The refusals of the opt-in phrases below ("nie wysyłajcie na ten numer", "nie
        # zgadzam się na otrzymywanie SMS", "nie wysyłajcie mi kuponów"): opt-outs, and they win.
        "nie (wysyłajcie|przysyłajcie|wysyłać|przysyłać|wysylajcie|przysylajcie|wysylac|przysylac|piszcie|pisać|pisac|ślijcie) [(mi|nam|już|juz|więcej|wiecej)] [(już|juz|więcej|wiecej)] [(nic|niczego|żadnych|zadnych|tego|tych|wiadomości|wiadomosci|sms|smsów|smsow|esemesów|powiadomień|powiadomien|przypomnień|przypomnien|reklam|ofert|promocji|informacji)] na (ten|mój|moj|to) (numer|nr|telefon)",
        "nie (wysyłajcie|przysyłajcie|ślijcie|dawajcie|wysylajcie|przysylajcie) [(mi|nam|do mnie)] [(już|juz|więcej|wiecej|te)] (kupony|promki|promocje|rabaty|zniżki|znizki|oferty|smsy|sms y|esemesy|powiadomienia|przypomnienia|alerty|newslettery|kuponów|kuponow|promek|rabatów|rabatow|zniżek|znizek|smsów|smsow|alertów|alertow|kodów|kodow)",
        "nie (zgadzam|zgadzamy) (się|sie) na (otrzymywanie|przesyłanie|przesylanie|wysyłanie|wysylanie|kontakt|sms|smsy|sms y|esemesy|wiadomości|wiadomosci|powiadomienia|reklamy|informacje)",
        "nie (wyrażam|wyrazam|wyrażamy) (zgody|zgodę|zgode)",
        # "Mówiłem, żeby przestać": an earlier request repeated.
        "(mówiłem|mówiłam|mowilem|mowilam|pisałem|pisałam|pisalem|pisalam|prosiłem|prosiłam|prosilem|prosilam) [(wam|państwu|panstwu|już|juz)] (żeby|zeby|by|aby) (przestać|przestac|przestali|przestaliście|nie pisać|nie pisac|nie wysyłać|nie wysylac|mnie wypisać|mnie wypisac|mnie usunąć|mnie usunac)",
        # "Więc usuńcie też mój numer".
        "(usuńcie|usuncie|usuń|usun|wykreślcie|wykreslcie|skasujcie|skasuj) (też|tez|również|rowniez|także|takze) (mój numer|moj numer|mnie|moje dane|ten numer|mój nr|moj nr)",
        # A named kind of texts no longer needed or to be switched off ("przypomnienia o przeglądzie
        # proszę wyłączyć", "nie są już potrzebne"), "nie piszcie już do mnie", "skończcie z tym
        # spamem", the loanwords, consent withdrawn in words.
        "(przypomnienia|przypomnień|przypomnien|powiadomienia|powiadomień|powiadomien|wiadomości|wiadomosci|smsy|sms y|smsów|smsow|esemesy|esemesów|oferty|ofert|promocje|promocji|reklamy|reklam|notyfikacje|notyfikacji) [o (przeglądzie|przegladzie|przeglądach|przegladach|wizycie|wizytach|terminie|terminach|płatności|platnosci|szczepieniu|szczepieniach|przeglądzie auta|przegladzie auta|wymianie opon|fakturze|fakturach|zajęciach|zajeciach|lekach|recepcie)] (proszę|prosze) [(mi|nam)] [(na przyszłość|na przyszlosc|już|juz|więcej|wiecej|od teraz)] (wyłączyć|wylaczyc|wstrzymać|wstrzymac|nie wysyłać|nie wysylac|nie przysyłać|nie przysylac|już nie wysyłać|juz nie wysylac|już nie przysyłać|juz nie przysylac|więcej nie wysyłać|wiecej nie wysylac)",
        "(przypomnienia|przypomnień|przypomnien|powiadomienia|powiadomień|powiadomien|wiadomości|wiadomosci|smsy|sms y|smsów|smsow|esemesy|esemesów|oferty|ofert|promocje|promocji|reklamy|reklam|notyfikacje|notyfikacji) [o (przeglądzie|przegladzie|przeglądach|przegladach|wizycie|wizytach|terminie|terminach|płatności|platnosci|szczepieniu|szczepieniach|przeglądzie auta|przegladzie auta|wymianie opon|fakturze|fakturach|zajęciach|zajeciach|lekach|recepcie)] (nie są|nie sa) (mi|nam) (już|juz) potrzebne",
        "(przypomnienia|przypomnień|przypomnien|powiadomienia|powiadomień|powiadomien|wiadomości|wiadomosci|smsy|sms y|smsów|smsow|esemesy|esemesów|oferty|ofert|promocje|promocji|reklamy|reklam|notyfikacje|notyfikacji) [o (przeglądzie|przegladzie|przeglądach|przegladach|wizycie|wizytach|terminie|terminach|płatności|platnosci|szczepieniu|szczepieniach|przeglądzie auta|przegladzie auta|wymianie opon|fakturze|fakturach|zajęciach|zajeciach|lekach|recepcie)] (nie są|nie sa) (już|juz) (mi|nam) potrzebne",
        "(przypomnienia|przypomnień|przypomnien|powiadomienia|powiadomień|powiadomien|wiadomości|wiadomosci|smsy|sms y|smsów|smsow|esemesy|esemesów|oferty|ofert|promocje|promocji|reklamy|reklam|notyfikacje|notyfikacji) [o (przeglądzie|przegladzie|przeglądach|przegladach|wizycie|wizytach|terminie|terminach|płatności|platnosci|szczepieniu|szczepieniach|przeglądzie auta|przegladzie auta|wymianie opon|fakturze|fakturach|zajęciach|zajeciach|lekach|recepcie)] (nie są|nie sa) (już|juz) potrzebne",
        "nie potrzebuję (już|juz|więcej|wiecej) (waszych|tych|żadnych|zadnych) (wiadomości|wiadomosci|smsów|smsow|esemesów|przypomnień|przypomnien|ofert|promocji|reklam|powiadomień|powiadomien|newsletterów)",
        "nie (ma|będzie) (potrzeby|sensu) (dalej|więcej|wiecej|już|juz) (do mnie pisać|do mnie pisac|mi wysyłać|mi wysylac|wysyłać mi|wysylac mi|przysyłać mi|mi przysyłać|pisać do mnie|pisac do mnie)",
        "nie ma (potrzeby|sensu) (do mnie|mi) (dalej|więcej|wiecej|już|juz) (pisać|pisac|wysyłać|wysylac|przysyłać|przysylac)",
        "nie (piszcie|pisz|pisać|pisac|esemesujcie|smsujcie) (już|juz|więcej|wiecej|nigdy więcej|nigdy wiecej) (do mnie|do nas)",
        "(proszę|prosze) (do mnie|mi) (więcej|wiecej|już|juz|już więcej|juz wiecej) nie (pisać|pisac|wysyłać|wysylac|przysyłać|przysylac)",
        "(proszę|prosze) (więcej|wiecej|już|juz|już więcej|juz wiecej) (do mnie|mi) nie (pisać|pisac|wysyłać|wysylac|przysyłać|przysylac)",
        "(skończcie|skonczcie|skończ|skoncz|koniec) z (tym|tymi) (spamem|smsami|sms ami|esemesami|reklamami|wiadomościami|wiadomosciami|powiadomieniami|promocjami|smskami)",
        "(dość|dosc|dosyć|dosyc|mam dość|mam dosc) (tego|tych) (spamu|smsów|smsow|esemesów|esemesow|reklam|wiadomości|wiadomosci|powiadomień|powiadomien)",
        "ile (razy|jeszcze razy) (mam|muszę|musze|trzeba) (pisać|pisac|prosić|prosic|mówić|mowic|powtarzać|powtarzac) (stop|żebyście przestali|zebyscie przestali|żeby przestać|zeby przestac|żebyście mnie wypisali|zebyscie mnie wypisali)",
        "(zróbcie|zrobcie|zrób|zrob|dajcie) (mi|mnie) (unsubscribe|unsub|unsuba|opt out|wypis z listy)",
        "(unsubskrybujcie|unsubskrybuj|unsubujcie|odsubujcie) (mnie|ten numer|mój numer|moj numer)",
        "(cofam|odwołuję|odwoluje|wycofuje|wycofuję|cofamy|wycofujemy) (zgodę|zgode|moją zgodę|moja zgode|swoją zgodę|swoja zgode) na (otrzymywanie|przesyłanie|przesylanie|wysyłanie|wysylanie|kontakt|sms|smsy|wiadomości|wiadomosci|marketing|komunikację|komunikacje|informacje handlowe|powiadomienia|newsletter)",
        "(zgodę|zgode) na (otrzymywanie|przesyłanie|przesylanie|wysyłanie|wysylanie) (sms|smsów|smsow|wiadomości|wiadomosci|informacji handlowych|ofert|powiadomień|powiadomien) (cofam|wycofuję|wycofuje|odwołuję|odwoluje)",
        "(wyłączcie|wylaczcie|wyłącz|wylacz|wstrzymajcie) [mi] (te|wasze) (notyfikacje|powiadomienia|przypomnienia|esemesy|smski|reklamy|promocje)",
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
        # Someone else gets them and I want them too ("Też chcę je dostawać", "czy mogę też
        # być zapisana?", "dodajcie mnie też"). "Też nie chcę" never matches.
        "(też|tez|również|rowniez|także|takze) (chcę|chce|chciałbym|chciałabym|chcialbym|chcialabym) (je|te|takie|to|wasze|te wiadomości|te smsy|te sms y) (dostawać|otrzymywać|dostawac|otrzymywac)",
        "(też|tez|również|rowniez|także|takze) (chcę|chce|chciałbym|chciałabym|chcialbym|chcialabym) (dostawać|otrzymywać|dostawac|otrzymywac) (je|te|takie|wasze) [(wiadomości|sms|smsy|sms y|esemesy|powiadomienia|przypomnienia|kupony|promocje|oferty)]",
        "(czy mogę|czy moge|mogę|moge|czy mógłbym|czy mogłabym) (też|tez|również|rowniez|także|takze) (być zapisana|być zapisany|byc zapisana|byc zapisany|się zapisać|sie zapisac|się dopisać|sie dopisac|je dostawać|je dostawac|je otrzymywać|dostawać te|dostawac te)",
        "(dodajcie|dopiszcie|zapiszcie|wpiszcie|dorzućcie|dorzuccie|dodaj|dopisz|zapisz|wpisz) mnie (też|tez|również|rowniez|także|takze)",
        "mnie (też|tez|również|rowniez|także|takze) (dodajcie|dopiszcie|zapiszcie|wpiszcie|dorzućcie|dorzuccie|proszę dodać|proszę dopisać|prosze dodac|prosze dopisac)",
        # How do I sign up for the texts ("jak się zapisać na alerty SMS", "co trzeba zrobić,
        # żeby dostawać SMS-y", "gdzie się zarejestrować, żeby przychodziły smsy").
        "jak [(mogę|moge|można|mozna|mam)] (się zapisać|sie zapisac|zapisać się|zapisac sie|się zarejestrować|sie zarejestrowac|zarejestrować się|się dopisać|sie dopisac|się zapisuje|sie zapisuje) (na|do) [(te|wasze|tę|te wasze)] (sms|smsy|sms y|esemesy|esemesów|powiadomienia|przypomnienia|alerty|alerty sms|newsletter|newslettera|listę|liste|listy|kupony|promocje|oferty|informacje|wiadomości|wiadomosci|powiadomień|powiadomien|smsów|smsow)",
        "(żeby|zeby|aby) (dostawać|dostawac|otrzymywać|otrzymywac) [(te|wasze)] (sms|smsy|sms y|esemesy|powiadomienia|przypomnienia|alerty|kupony|newsletter|wiadomości sms|wiadomosci sms|informacje sms|smsy z|sms y o|smsy o|kody rabatowe)",
        "(żeby|zeby|aby) (przychodziły|przychodzily|mi przychodziły|mi przychodzily) [(te|wasze)] (sms|smsy|sms y|esemesy|powiadomienia|przypomnienia|alerty|wiadomości|wiadomosci)",
        # A new number ("proszę dopisać ten numer", "wysyłajcie na ten", "przenieść
        # powiadomienia na ten numer"); their refusals are opt-out phrases above.
        "(dopiszcie|dodajcie|zapiszcie|zarejestrujcie|wpiszcie|dopisz|dodaj|zarejestruj|proszę dopisać|prosze dopisac|proszę dodać|prosze dodac|proszę zarejestrować|prosze zarejestrowac|proszę wpisać|możecie dopisać|mozecie dopisac|możecie dodać|mozecie dodac|można dopisać|mozna dopisac) (ten numer|ten nr|ten nowy numer|mój nowy numer|moj nowy numer|nowy numer|nowy nr|ten telefon)",
        "(wysyłajcie|przysyłajcie|wysylajcie|przysylajcie|piszcie|proszę wysyłać|prosze wysylac|proszę przysyłać|prosze przysylac|proszę pisać) [(je|wszystko|powiadomienia|przypomnienia|potwierdzenia|wiadomości|wiadomosci|smsy|sms y|info|informacje)] na (ten|nowy|mój nowy|moj nowy) [(numer|nr|telefon)]",
        "(przenieść|przeniesc|przenieście|przeniescie|przepisać|przepisac|przepiszcie|przekierować|przekierowac|przekierujcie) [(na niego|na ten numer|na nowy numer)] (powiadomienia|przypomnienia|wiadomości|wiadomosci|smsy|sms y|esemesy|alerty)",
        # From now on by text ("od teraz piszcie do mnie", "od dziś proszę przysyłać").
        "od (teraz|dziś|dzis|dzisiaj|jutra) [(proszę|prosze)] (wysyłajcie|przysyłajcie|piszcie|wysylajcie|przysylajcie|wysyłać|przysyłać|wysylac|przysylac|pisać|informujcie|informować|informowac)",
        "(mogą|moga|możecie|mozecie|mogliby|moglibyście) mnie [(państwo|panstwo)] (ponownie|znowu|z powrotem) (zapisać|zapisac|dopisać|dopisac|dodać|dodac|wpisać|wpisac)",
        # Wanting them (again), conditional ("chętnie znowu dostawałabym grafik").
        "(chętnie|chetnie) [bym] [(znowu|ponownie|dalej|nadal)] (dostawałabym|dostawałbym|dostawalabym|dostawalbym|otrzymywałabym|otrzymywałbym|dostawała|dostawał|dostawala|dostawal)",
        "(chętnie|chetnie) (będę|bede) (dostawać|dostawac|dostawał|dostawała|otrzymywać|otrzymywac|łapał|łapała|lapal|lapala)",
        # Formal consent ("Wyrażam zgodę na otrzymywanie informacji handlowych SMS-em"): "nie
        # wyrażam zgody" takes another case, and is an opt-out phrase above.
        "(wyrażam|wyrazam|wyrażamy) (zgodę|zgode) na (otrzymywanie|(przesyłanie|przesylanie|wysyłanie|wysylanie) [mi] (sms|smsów|smsow|wiadomości|wiadomosci|informacji|powiadomień|powiadomien|ofert|newslettera|przypomnień|przypomnien)|otrzymywania|kontakt sms|kontakt smsowy|kontakt drogą sms|kontakt droga sms|kontakt przez sms|powiadomienia|informacje|wiadomości|wiadomosci|sms|smsy|sms y)",
        "(zgadzam|zgadzamy) (się|sie) na (otrzymywanie|(przesyłanie|przesylanie|wysyłanie|wysylanie) [mi] (sms|smsów|smsow|wiadomości|wiadomosci|informacji|powiadomień|powiadomien|ofert|newslettera|przypomnień|przypomnien)|kontakt sms|sms|smsy|sms y|powiadomienia|wiadomości|wiadomosci)",
        # Slang ("dorzućcie mnie do listy", "wysyłajcie kupony"): the
        # accusative objects, which a refusal ("nie wysyłajcie kuponów") does not take.
        "(dorzućcie|dorzuccie|dorzuć|dorzuc|wrzućcie|wrzuccie|wrzuć|wrzuc) mnie (do listy|na listę|na liste|do newslettera|do powiadomień|do powiadomien|do bazy|na smsy)",
        "(wysyłajcie|przysyłajcie|wysylajcie|przysylajcie|dawajcie|ślijcie|slijcie) [(mi|te|nam)] (kupony|promki|promocje|rabaty|zniżki|znizki|oferty|smsy|sms y|esemesy|alerty|kody rabatowe)",
        # A family member's number ("dodajcie też nr córki do powiadomień").
        "(dodajcie|dopiszcie|wpiszcie|dodaj|dopisz|proszę dodać|prosze dodac|proszę dopisać|prosze dopisac|można dodać|mozna dodac|można dopisać|mozna dopisac|czy można dodać|czy można dopisać|możecie dodać|możecie dopisać) [(też|tez|również|rowniez|także|takze)] (nr|numer|numery|telefon) (córki|corki|syna|męża|meza|żony|zony|mamy|taty|ojca|matki|babci|dziadka|brata|siostry|teściowej|tesciowej|dziecka|dzieci|partnera|partnerki|mojej mamy|mojego taty|mojej córki|mojego syna|mojego męża|mojej żony)",
        "(też|tez|również|rowniez|także|takze) (wysyłać|przysyłać|wysylac|przysylac|wysyłajcie|przysyłajcie) [(przypomnienia|powiadomienia|wiadomości|wiadomosci|smsy|sms y|je)] na (numer|nr) (córki|corki|syna|męża|meza|żony|zony|mamy|taty|ojca|matki|babci|dziadka|brata|siostry|dziecka|partnera|partnerki)",
        "(też|tez|również|rowniez|także|takze) (chcę|chce|chciałbym|chciałabym|chcialbym|chcialabym) (dostawać|otrzymywać|dostawac|otrzymywac) [(te|wasze|takie)] (wiadomości|wiadomosci|sms|smsy|sms y|esemesy|powiadomienia|przypomnienia|kupony|promocje|oferty|informacje|alerty|newsletter|kody rabatowe)",
        "(gdzie|jak) [(mogę|moge|można|mozna)] (zapisać się|zapisac sie|się zapisać|sie zapisac|zarejestrować się|zarejestrowac sie|się zarejestrować|sie zarejestrowac) (na|do) [(te|wasze)] (sms|smsy|sms y|esemesy|powiadomienia|przypomnienia|alerty|newsletter|newslettera|kupony|powiadomień|powiadomien|smsów|smsow|listę sms|liste sms)",
        "jak (mogę|moge|można|mozna) (dostawać|dostawac|otrzymywać|otrzymywac) [(te|wasze)] (sms|smsy|sms y|esemesy|powiadomienia|przypomnienia|alerty|kupony|newsletter)",
        # May I / one sign up for the texts ("czy mogę zapisać się na wasze promocje SMS?"); "nie
        # mogę się zapisać na smsy" is a complaint of one who wants them.
        "(mogę|moge|można|mozna|da się|da sie) (zapisać się|zapisac sie|się zapisać|sie zapisac|dopisać się|się dopisać|zarejestrować się|się zarejestrować) (na|do) [(te|wasze|tę|ten|wasz|waszą|wasza)] (sms|smsy|sms y|esemesy|powiadomienia|przypomnienia|alerty|newsletter|newslettera|listę|liste|listy|kupony|promocje|promki|oferty|rabaty|smsów|smsow|powiadomień|powiadomien|listę sms|liste sms|listy sms)",
        # "Chcę zasubskrybować wasze SMS-y", "chcę zrobić subscribe do newslettera": the accusative
        # objects, which a refusal ("nie chcę subskrybować waszych SMS") does not take.
        "(chcę|chce|chciałbym|chciałabym|chcialbym|chcialabym) (zasubskrybować|zasubskrybowac|subskrybować|subskrybowac|zaprenumerować|zaprenumerowac) [(wasz|wasze|te|ten)] (newsletter|smsy|sms y|esemesy|alerty|powiadomienia|przypomnienia|promocje|oferty|kupony|newsletter sms|alerty sms|powiadomienia sms)",
        "(chcę|chce|chciałbym|chciałabym|chcialbym|chcialabym) (zrobić|zrobic) (subscribe|sub|subskrypcję|subskrypcje|zapis) (do|na) [(wasz|wasze|waszego|waszej|te|ten)] (newsletter|newslettera|sms|smsy|sms y|listy|listę|liste|alerty|powiadomienia|promocje|kupony|newslettera sms|listy sms)",
        # "Zapiszcie mnie pls na promki": the courtesy word between, the offers by name.
        "(zapiszcie|zapisz|dopiszcie|dopisz|dodajcie|dodaj|wpiszcie|wpisz|dorzućcie|dorzuccie|wrzućcie|wrzuccie) mnie [(pls|plz|plis|proszę|prosze|pliska|plisss|szybko|od razu)] (na|do) (promki|promocje|promocji|kupony|kuponów|kuponow|rabaty|rabatów|rabatow|oferty|ofert|alerty|alertów|przypomnienia|przypomnień|newsletter|newslettera|listy|listę|liste|smsy|sms y|sms|smsów|powiadomienia|powiadomień|bazy|listy sms|listę sms|liste sms|listy mailingowej)",
        # Consent in words ("akceptuję otrzymywanie SMS-ów", "nie mam nic przeciwko otrzymywaniu
        # wiadomości"): "nie akceptuję otrzymywania" takes another case.
        "(akceptuję|akceptuje|akceptujemy) (otrzymywanie|dostawanie|przesyłanie|przesylanie|wysyłanie|wysylanie) [(mi|do mnie)] [(wiadomości|wiadomosci|informacji|ofert|powiadomień|powiadomien|przypomnień|przypomnien|newslettera|promocji|kuponów|kuponow|smsów|smsow|sms|sms ów)] [(sms|smsem|sms em|handlowych|marketingowych|promocyjnych|sms owych|smsowych)]",
        "nie mam nic przeciwko (otrzymywaniu|dostawaniu|przesyłaniu|przesylaniu|wysyłaniu|wysylaniu|smsom|sms om|esemesom|wiadomościom|wiadomosciom|powiadomieniom|przypomnieniom|promocjom|ofertom|newsletterowi|kuponom)",
        # STOP sent by mistake ("wysłałam STOP przez pomyłkę", "sorry, niechcący wysłałem stop"):
        # the opt-in starts a word before its veto below, which covers the STOP and the mistake.
        "(wysłałem|wysłałam|wyslalem|wyslalam|napisałem|napisałam|napisalem|napisalam|odpisałem|odpisałam|odpisalem|odpisalam|kliknąłem|kliknęłam|kliknalem|kliknelam|wcisnąłem|wcisnęłam|wcisnalem|wcisnelam|dałem|dałam|dalem|dalam) stop (przez pomyłkę|przez pomylke|przez przypadek|niechcący|niechcacy|omyłkowo|omylkowo|przypadkiem|przez nieuwagę|przez nieuwage)",
        "przez (pomyłkę|pomylke|przypadek|nieuwagę|nieuwage) (wysłałem|wysłałam|wyslalem|wyslalam|napisałem|napisałam|napisalem|napisalam|odpisałem|odpisałam|odpisalem|odpisalam|kliknąłem|kliknęłam|kliknalem|kliknelam|wcisnąłem|wcisnęłam|wcisnalem|wcisnelam) stop",
        "(ja|a|ale|bo|sorry|sory|sorki|przepraszam|ups|oops|oj|chyba|niestety|że|ze|dobry|hej|cześć|czesc|witam) (niechcący|niechcacy|omyłkowo|omylkowo|przypadkiem) (wysłałem|wysłałam|wyslalem|wyslalam|napisałem|napisałam|napisalem|napisalam|odpisałem|odpisałam|odpisalem|odpisalam|kliknąłem|kliknęłam|kliknalem|kliknelam|wcisnąłem|wcisnęłam|wcisnalem|wcisnelam) stop",
        # "Czemu przestaliście? Chcę je dostawać", "proszę dalej do mnie pisać": the texts wanted on
        # ("nie chcę ich dostawać" takes another pronoun).
        "(chcę|chce|chciałbym|chciałabym|chcialbym|chcialabym|wolę|wole) je (dostawać|dostawac|otrzymywać|otrzymywac|mieć z powrotem|miec z powrotem|z powrotem|dalej dostawać|dalej dostawac|nadal dostawać|nadal dostawac)",
        "(proszę|prosze) (dalej|nadal) (do mnie pisać|do mnie pisac|pisać do mnie|pisac do mnie|mi wysyłać|mi wysylac|wysyłać mi|wysylac mi|przysyłać mi|przysylac mi|mi przysyłać|mi przysylac)",
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
        # Negated removal is a wish to keep the texts ("don't remove me", "I'm not
        # unsubscribing"); never a negated send/write, which stays an opt-out.
        "nie (usuwajcie|usuwaj|usuwać|wypisujcie|wypisuj|wypisywać|kasujcie|kasuj|skreślajcie|wykreślajcie|wyrzucajcie) (mnie|mojego numeru|mój numer) [z (listy|bazy|subskrypcji|newslettera)]",
        "(mnie|mojego numeru) nie (usuwajcie|usuwaj|wypisujcie|wypisuj|kasujcie|skreślajcie|wykreślajcie)",
        "(nie trzeba|nie musicie|nie musi pan|nie musi pani) (mnie|mojego numeru) (usuwać|wypisywać|kasować|skreślać) [z (listy|bazy)]",
        "(ja) nie (wypisuję|wypisuje|rezygnuję|rezygnuje) (się|sie)",
        "nie (chcę|chce) (się wypisać|sie wypisac|się wypisywać|sie wypisywac|być usunięty|byc usuniety|być usunięta|byc usunieta|rezygnować|rezygnowac) [z (listy|subskrypcji|sms)]",
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
        # Someone else leaving ("mąż chce zrezygnować z powiadomień, ja nie"): not the writer.
        "(mąż|maz|żona|zona|syn|córka|corka|mama|tata|brat|siostra|partner|partnerka|teściowa|mój mąż|moja żona) (chce|chciał|chciała|chciałby|chciałaby) (zrezygnować|się wypisać|wypisać się) (z|ze) (otrzymywania|dostawania|subskrypcji|newslettera|wiadomości|sms|smsów|powiadomień|przypomnień|ofert|promocji|reklam|listy|bazy|tych|waszych|esemesów)",
        # Another channel is the trouble, the texts are fine ("SMS-y wystarczą", "SMS-y mogą
        # zostać").
        "(sms|smsy|sms y|esemesy|smski|wiadomości sms) (w zupełności wystarczą|w zupelnosci wystarcza|wystarczą|wystarcza|wystarczy|mogą zostać|moga zostac|mogą zostać bez zmian|zostają|są ok|są w porządku|mi wystarczą|mi wystarczy)",
        "(powiadomienia|powiadomień|powiadomien) (w aplikacji|z aplikacji|push|mailowe|na maila|w appce)",
        # Quitting a habit or a medicine ("rzuciłem palenie", "lekarz kazał odstawić lek").
        "(odstawić|odstawic|odstawiam|odstawiłem|odstawiłam|odstawilem|odstawilam|odstawiony) (lek|leki|ten lek|tabletki|te tabletki|antybiotyk|plastry|suplement)",
        "(przestać|przestac|przestałem|przestałam|przestalem|przestalam|przestaję|rzucić|rzucic|rzuciłem|rzuciłam|rzucilem|rzucilam|rzucam) (palić|palic|pić|pic|palenie|picie|brać|brac|słodycze|alkohol|papierosy|e papierosy)",
        # A promotion ending or going on ("Czy promocja już się skończyła?", "nie kończcie tej
        # promocji").
        "czy (promocja|promocje|oferta|wyprzedaż|wyprzedaz|akcja|promka|zniżka|znizka|obniżka|rabat|kod rabatowy)",
        "(promocja|oferta|wyprzedaż|wyprzedaz|akcja|promka) (już|juz|jeszcze) (się skończyła|sie skonczyla|trwa|aktualna|obowiązuje|obowiazuje)",
        "(trwa|aktualna|aktualne|obowiązuje) czy (już|juz) koniec",
        "nie (kończcie|konczcie|kończ|zamykajcie|zabierajcie) (tej|tych|tego) (promocji|oferty|wyprzedaży|wyprzedazy|akcji|rabatu|kodu)",
        # Laughing at an advert ("płaczę ze śmiechu").
        "(płaczę|placze|umieram|padłem|padłam|padlem|padlam|pękam|pekam|leżę|leze|sikam) ze (śmiechu|smiechu)",
        # A child's (or one's own) activity: "proszę ją wypisać z zajęć".
        "[(proszę|prosze|jak)] (mnie|ją|ja|go|syna|córkę|corke|dziecko|nas) (wypisać|wypisac|wyrejestrować) (z|ze) (zajęć|zajec|basenu|kursu|klasy|treningów|treningow|przedszkola|szkoły|szkoly|baletu|tańca|tanca|karate|piłki|pilki|grupy|obozu|kolonii|siłowni|silowni)",
        # A child's activity, not the texts ("córka kończy z baletem").
        "(kończy|konczy|skończyła|skonczyla|skończył|skonczyl|rezygnuje) z (baletu|basenu|tańca|tanca|piłki|pilki|karate|zajęć|zajec|treningów|treningow|angielskiego|pianina|gitary|kursu|korepetycji|judo|szachów|harcerstwa)",
        # Paper post, not the texts ("papierowych faktur", "katalogu pocztą").
        "(papierowych|papierowe|papierową|papierowa|papierowej|papierowy|papierowego) (faktur|faktury|fakturę|fakture|rachunków|rachunkow|rachunki|rachunku|wyciągów|wyciagow|wyciągi|katalogów|katalog|katalogu|listów|korespondencji|ulotek)",
        "(katalog|katalogu|katalogów|ulotek|ulotki|gazetki|gazetek|listów|listow) (pocztą|poczta|na adres|do domu|do skrzynki)",
        # Enough of a delivery ("dwa worki ryżu wystarczą", "wody mamy dość").
        "(worki|worków|workow|butelki|butelek|zgrzewki|zgrzewek|kartony|kartonów|paczki|paczek|skrzynki|kg|kilo|litrów|litrow|porcje|porcji|opakowania|opakowań) (wystarczą|wystarcza|wystarczy|starczy|starczą|starcza)",
        "(wody|ryżu|ryzu|jedzenia|mleka|chleba|warzyw|owoców|owocow|kawy|pieczywa|węgla|wegla|drewna|karmy) mamy (dość|dosc|dosyć|dosyc|wystarczająco|pod dostatkiem)",
        "(promocja|oferta|wyprzedaż|wyprzedaz|akcja|promka|rabat|kod rabatowy|kod) (się skończyła|sie skonczyla|skończyła się|skonczyla sie|wygasła|wygasla|wygasł|wygasl|nie działa|nie dziala|jest nieaktualna|nieaktualna|już nieaktualna|juz nieaktualna)",
        # STOP sent by mistake: the keyword is the mistake (the opt-in phrases read it); each veto
        # starts after the opt-in phrase that holds it, which it must not cover.
        "stop (przez pomyłkę|przez pomylke|przez przypadek|niechcący|niechcacy|omyłkowo|omylkowo|przypadkiem|przez nieuwagę|przez nieuwage)",
        "(pomyłkę|pomylke|przypadek|nieuwagę|nieuwage|niechcący|niechcacy|omyłkowo|omylkowo|przypadkiem) (wysłałem|wysłałam|wyslalem|wyslalam|napisałem|napisałam|napisalem|napisalam|odpisałem|odpisałam|odpisalem|odpisalam|kliknąłem|kliknęłam|kliknalem|kliknelam|wcisnąłem|wcisnęłam|wcisnalem|wcisnelam) stop",
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
    # Firm enough to stand as a clause of their own ("Wypiszcie mnie.
    # Nigdy się nie zapisywałem").
    strong_keywords=("odsubskrybujcie", "odsubskrybujcie mnie", "wypiszcie mnie"),
    # Answers to the clarifying question (app/messaging/clarify.py): stop only
    # marketing, or everything.
    clarify_marketing=("mkt", "oferty"),
    clarify_all=("all", "wszystko"),
)
