"""Ukrainian. Ukrainian senders print СТОП and "відписатися"; the Law of Ukraine "On
Electronic Communications" (art. 35) makes marketing texts need consent that can be withdrawn.
No carrier publishes a keyword list, so whole-message keywords are the plain imperatives;
romanised forms (vidpysatysia, stop) are the model's to read where the phrases stop.
"""

from app.keywords.languages.rules import LanguageRules

RULES: LanguageRules = LanguageRules(
    code="uk",
    name="Ukrainian",
    opt_out_keywords=("зупиніть", "відпишіться", "досить", "припиніть", "вистачить", "стоп", "відписатися", "відписка", "відпишіть", "відпишіть мене", "скасувати підписку", "годі", "vidpyska", "vidpysatysia", "vidpyshit", "vidpyshit mene", "відписатись", "відписуюсь", "зупинити", "зупини", "відпиши", "відпиши мене",
        # "Refusal", "I refuse" answered alone.
        "відмова", "відмовляюсь", "відмовляюся", "vidmova"),
    opt_out_all_keywords=("стоп все", "відписатися від усіх"),
    opt_in_keywords=("підписатися", "старт", "відновити", "поновити", "підписка", "підпишіть мене", "pidpyshit mene"),
    help_keywords=("допомога", "довідка", "інфо"),
    # Plain requests in their common forms; the rest is the model's (app/keywords/data/corpus/uk.txt).
    opt_out_phrases=(
        # Plain requests, in Cyrillic and in Latin letters (the Russian module's forms, in
        # Ukrainian): stop sending me, I don't want to receive, remove me from the list,
        # switch off the mailing.
        "(перестаньте|припиніть|досить|вистачить|годі|перестань|припини) (надсилати|присилати|писати|слати|спамити) [мені] [(повідомлення|смс|sms|розсилку|есемески)]",
        "(більше не|не) (надсилайте|присилайте|пишіть|шліть|відправляйте|надсилай|пиши|шли) (мені|більше)",
        "(мені|нам) більше не (надсилайте|присилайте|пишіть|шліть|відправляйте|надсилай|пиши|шли)",
        "не (хочу|бажаю) [більше] (отримувати|одержувати) [(ваші|ці|такі)] (повідомлення|смс|смски|sms|розсилку|сповіщення|есемески)",
        "(приберіть|видаліть|викресліть|зітріть|виключіть) (мене|мій номер|номер|його) (зі|з|із) (списку|бази|розсилки)",
        "(відключіть|вимкніть|скасуйте) [(мені|будь ласка)] [(будь ласка)] (розсилку|сповіщення|повідомлення|смс|нагадування|акції)",
        "(dosyt|vystachyt|hodi|perestante|prypynit) [(meni|mene)] (pysaty|nadsylaty|slaty|spamyty|prysylaty)",
        "(ne|bilshe ne) (khochu|hochu|chochu|khochu bilshe) (otrymuvaty|otrymuvat) [(vashi|tsi|ci)] (sms|smsky|smsok|povidomlennia|povidomlennya|rozsylku)",
        "(pryberit|prybert|vydalit|vykreslit|zitrit) (mene|miy nomer|mij nomer|nomer) (zi|z|iz) (spysku|bazy|rozsylky)",
        "(ne|bilshe ne) (pyshit|nadsylaite|nadsylajte|nadsylayte|pyshy) (meni|bilshe)",
        # Asking how to stop the texts is asking to stop them ("Як відключити ці повідомлення?").
        "як [(мені|можна)] (відключити|вимкнути|зупинити|припинити|прибрати|скасувати) (ці|цю|ваші|вашу|всі ці) (повідомлення|смс|смски|sms|есемески|розсилку|сповіщення)",
        "як [(мені|можна)] (перестати|припинити) отримувати [(ці|ваші|такі)] (повідомлення|смс|смски|sms|есемески|розсилку|сповіщення)",
        "як (зробити|зробити так) (щоб|щоби) (ці|ваші|такі) (повідомлення|смс|смски|sms|сповіщення) (перестали|більше не|не) (приходили|надходили)",
        "як (зробити|зробити так) (щоб|щоби) (ці|ваші|такі) (повідомлення|смс|смски|sms|сповіщення) перестали (приходити|надходити)",
        "як [(мені|можна)] (відписатися|відписатись|від цього відписатися|від них відписатися)",
        "як [(мені|можна)] (це|це все) (вимкнути|відключити|зупинити|припинити)",
        "yak [(meni|mozhna)] (vidpysatysia|vidpysatysya|vidpysatys|vidpysatysa)",
        "yak [(meni|mozhna)] (vymknuty|vidkliuchyty|vidklyuchyty|zupynyty) (tsi|ci|vashi) (sms|smsky|povidomlennia|povidomlennya|rozsylku|spovishchennia)",
        "yak (tse|tse vse) (vymknuty|vidkliuchyty|vidklyuchyty|zupynyty)",
        # A refusal of the opt-in phrases below ("не хочу знову отримувати", "не згоден
        # отримувати"): Ukrainian negates with "не" before the verb, which the guards do not read.
        "не (хочу|бажаю|хочемо) (знову|знов|назад|більше) (отримувати|підписуватися|підписатися|ваші|ваших)",
        "не (згоден|згодна|згодні|погоджуюсь|погоджуюся) (отримувати|на отримання)",
        "ne (khochu|hochu) (znovu|znov) (otrymuvaty|vashi)",
        "ne (zghoden|zghodna|pogodzhuyus|pohodzhuius|pohodzhuiusia) (otrymuvaty|na otrymannia)",
        # Plain requests the model reads at 0.5-0.8, each naming the texts, the number or "me":
        # "I'd better unsubscribe"; "I already said STOP".
        "(краще|мабуть|напевно|я краще) відпишусь",
        "відпишусь від (розсилки|смс|вас|ваших|вашої|цієї|цих|сповіщень)",
        "(я|я ж) (вже|уже|ж|же) (казав|казала|писав|писала|просив|просила|говорив|говорила|сказав|сказала) (стоп|відписатися|відписати|не писати|не надсилати|припинити|досить)",
        # "Don't send (me) anything / reminders / ads", either word order; "no need to send".
        "(смс|sms|повідомлення|розсилку|рекламу|акції|нагадування|сповіщення|спам|смски|есемески|пропозиції|агітацію) [(мені|більше|більше мені|мені більше|далі|будь ласка)] не (надсилайте|присилайте|шліть|відправляйте|пишіть|надсилати|присилати|слати)",
        "(не|більше не) (надсилайте|присилайте|шліть|відправляйте|пишіть) (мені|нам) [більше] (нічого|нічого більше)",
        "(не|більше не) (надсилайте|присилайте|шліть|відправляйте|пишіть) [(мені|нам)] [більше] (жодних|рекламу|акції|нагадування|сповіщення|спам|смски|есемески|пропозиції|агітацію|прохання|розсилки|повідомлень|смс|повідомлення|розсилку)",
        "не (треба|потрібно|варто) (надсилати|присилати|слати|писати|відправляти) [(мені|нам)] [більше] (смс|sms|повідомлення|розсилку|рекламу|акції|нагадування|сповіщення|спам|смски|есемески|пропозиції|агітацію)",
        # "Switch off (both) the reminders and the offers", "please switch off the mailing".
        "(відключіть|вимкніть|скасуйте|приберіть) [мені] [(будь ласка)] [(і|й)] [(ці|ваші|всі)] (розсилку|сповіщення|повідомлення|смс|нагадування|акції|смс сповіщення|смски|оповіщення)",
        "(розсилку|смс|сповіщення|нагадування|повідомлення|смски|оповіщення|акції) [(з акціями|про акції)] (прошу|просимо|будь ласка) (відключити|вимкнути|припинити|скасувати|зупинити)",
        "(прошу|просимо) (відключити|вимкнути|припинити|скасувати|зупинити) [(мені|цю|ці|вашу|ваші)] (розсилку|смс|сповіщення|нагадування|повідомлення|смски|оповіщення)",
        # "No more promos"; "remove my number"; "leave me alone"; "enough sending this".
        "не (хочу|треба|потрібно) більше (промо|акцій|розсилки|розсилок|смс|повідомлень|спаму|реклами)",
        "більше не (хочу|треба|потрібно) (промо|акцій|розсилки|розсилок|смс|повідомлень|спаму|реклами)",
        "(прошу|просимо) (видалити|прибрати|виключити) (мене|мій номер|мій телефон)",
        "(залиште|дайте) (мене|нас) в (спокої|спокій)",
        "(вистачить|досить|годі|харе|харэ) [мені] (надсилати|слати|писати|спамити|присилати) [мені] [(цю|ці|свою|свої|ваші|вашу|цей|свій)] (фігню|дурню|рекламу|розсилку|спам|смс|повідомлення|смски|акції)",
        # Latin letters: "pryberit yogo zi spysku" (take it off the list).
        "(pryberit|prybert|vydalit|vykreslit|zitrit) (yogo|ioho|joho|jogo) (zi|z|iz) (spysku|bazy|rozsylky)",
    ),
    # Verbs a refusal does not take (perfective imperatives: "підпишіть", "поверніть",
    # "увімкніть"; the refusal is "не підписуйте"), or with their refusal above.
    opt_in_phrases=(
        "(підпишіть|pidpyshit) (мене|mene) (знову|знов|назад|ще раз|znovu)",
        "(підпишіть|pidpyshit) (мене|mene) [(знову|знов|назад|znovu)] (на|na) (розсилку|розсилки|смс|смски|sms|сповіщення|нагадування|повідомлення|знижки|акції|новини|rozsylku|sms|spovishchennia|povidomlennia|aktsii)",
        "(так|tak) (підпишіть|pidpyshit) (мене|mene)",
        "(поверніть|верніть|povernit|vernit) [(мені|мене|meni|mene)] [(в|до|у)] [(ваші|ваших|vashi)] (розсилку|розсилки|смс|смски|sms|сповіщення|нагадування|повідомлення|знижки|акції|новини|rozsylku|sms|spovishchennia|povidomlennia|aktsii)",
        "(увімкніть|ввімкніть|підключіть|відновіть|поновіть|активуйте) [(знову|назад|мені|будь ласка|на цей номер|на новий номер)] (розсилку|розсилки|смс|смски|sms|сповіщення|нагадування|повідомлення|знижки|акції|новини|rozsylku|sms|spovishchennia|povidomlennia|aktsii)",
        "(прошу|просимо) (відновити|поновити|увімкнути|підключити) (розсилку|розсилки|смс|смски|sms|сповіщення|нагадування|повідомлення|знижки|акції|новини|rozsylku|sms|spovishchennia|povidomlennia|aktsii)",
        "(хочу|хотів би|хотіла б|хотіла би|khochu|hochu) (відновити|поновити|підключити|pidkliuchyty|pidklyuchyty|vidnovyty) (розсилку|розсилки|смс|смски|sms|сповіщення|нагадування|повідомлення|знижки|акції|новини|rozsylku|sms|spovishchennia|povidomlennia|aktsii)",
        "(додайте|поверніть) (мене|мій номер|його|цей номер|номер) [(знову|назад)] [будь ласка] (до|в|у) (розсилки|розсилку|списку|бази)",
        "хочу (знову|знов|назад) (отримувати|ваші|ваших)",
        "(khochu|hochu) (znovu|znov) (otrymuvaty|vashi)",
        "(можна|можете) [мене] (знову|назад) [мене] (підписати|додати|повернути|підключити)",
        "(випадково|помилково|vypadkovo|pomylkovo) (відписався|відписалася|відписалась|vidpysavsia|vidpysalasia|vidpysalas)",
        "(згоден|згодна|згодні|погоджуюсь|погоджуюся|zghoden|zghodna|pogodzhuyus|pohodzhuius|pohodzhuiusia) (отримувати|на отримання|otrymuvaty)",
    ),
    help_phrases=(
        "як часто (ви будете|будете|будуть) (надсилати|присилати|приходити) (повідомлення|смс|sms)",
        "як часто (ви будете|будете|будуть) (надсилати|присилати|писати|приходити|відправляти)",
        "скільки (повідомлень|смс|sms) (на|в|за) (тиждень|день|місяць)",
        "скільки разів на (тиждень|день|місяць) (ви будете|будете) (писати|надсилати)",
        "чому (я отримую|мені приходять|мені надходять) (ці|такі|ваші) (повідомлення|смс|sms)",
        "chomu (ya otrymuyu|meni pryhodyat|meni prykhodiat) (tsi|ci) (povidomlennya|povidomlennia|sms)",
        "yak chasto (vy budete|budete) (nadsylaty|pysaty)",
        "як часто [ви] (надсилатимете|писатимете|надсилатимуть|приходитимуть)",
        # Who is this, what are these, which company.
        # Not a bare "що це": it is also "that it" ("думав, що це спам").
        "хто це", "хто ви", "хто мені пише", "чий це номер",
        "(що|шо) це за (номер|повідомлення|смс|розсилка|організація|компанія|фірма)",
        "шо за (смс|номер|повідомлення|розсилка)",
        "яка це (компанія|організація|фірма)",
        "(sho|shcho|scho|shо) za (nomer|sms|povidomlennia|povidomlennya|rozsylka)",
        "(khto|hto) (tse|vy)",
        # Does it cost? How do I reach support?
        "(ці|ці смс|ці повідомлення|ці sms|смс|повідомлення|розсилка|підписка|це) (платні|платна|платно|безкоштовні|безкоштовно)",
        "скільки (коштує|коштують) (ці|це|ваші) (смс|повідомлення|розсилка|послуга|підписка)",
        "скільки з мене (знімуть|спишуть|знімають|списують)",
        "(номер|телефон) (служби підтримки|підтримки|гарячої лінії|оператора)",
        "(nomer|telefon) (sluzhby pidtrymky|pidtrymky|hariachoi linii|haryachoyi liniyi)",
        "як (звязатися|звязатись|зателефонувати) (з|зі|до) (оператором|підтримкою|вами|службою підтримки|оператора|служби підтримки)",
        "як отримати допомогу",
        "yak otrymaty dopomohu",
        "мені (потрібна|треба) допомога",
    ),
    not_opt_out_phrases=(
        # Refusing to be unsubscribed or asking the texts to go on ("don't unsubscribe me"):
        # a model opt-out reading of such a message is not decided.
        "не (відписуйте|видаляйте|відписуй|видаляй) мене",
        "не (припиняйте|переставайте) (надсилати|слати|присилати)",
    ),
    hint_words=("і", "в", "не", "на", "я", "що", "з", "мені", "мене", "це", "ви", "так", "ні", "будь", "ласка", "дякую", "більше", "як", "але", "вже"),
    replies={
        "opt_out_clarify": "{program}: ви відписані від наших повідомлень. Відповідайте MKT, щоб зупинити лише пропозиції, ВСЕ — щоб зупинити все. Допомога: {support}.",
        "opt_out": "{program}: ви відписані й більше не отримуватимете повідомлень. Допомога: {support}. Відповідайте START, щоб підписатися знову.",
        "opt_out_all": "{program}: ви відписані від усіх наших повідомлень. Допомога: {support}. Відповідайте START, щоб підписатися знову.",
        "opt_in": "{program}: ви знову підписані. Може стягуватися плата за повідомлення та дані. Допомога: {support}. Відповідайте СТОП, щоб відписатися.",
        "help": "{program}: допомога: {support}. Може стягуватися плата за повідомлення та дані. Відповідайте СТОП, щоб відписатися.",
    },
    sources=(
        "https://zakon.rada.gov.ua/laws/show/1089-20 (Law on Electronic Communications: consent to marketing messages)",
        "No Ukrainian carrier keyword list found: СТОП/ВІДПИСАТИСЯ kept to whole messages.",
    ),
    courtesy_words=("будь ласка", "дякую", "вже", "bud laska", "diakuiu", "dyakuyu", "пліз", "плз"),
    strong_keywords=("стоп", "відписатися"),
    standalone_keywords=(),
    # Answers to the clarifying question (app/messaging/clarify.py).
    clarify_marketing=("mkt", "пропозиції"),
    clarify_all=("all", "все"),
)
