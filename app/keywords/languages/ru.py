"""Russian.

Sources: providers' Russia guides require opt-out instructions in Russian with STOP, HELP and
UNSUBSCRIBE equivalents (sent.dm Russia SMS guide); Russian law requires the subscriber's
consent and its withdrawal (Federal Law "On advertising" art. 18, "On communications" art.
44.1, summarised by zagruzka.com). Russian senders print "СТОП" and "отписаться"; no carrier
publishes a fixed list, so whole-message keywords are the unambiguous imperatives.
"""

from app.keywords.languages.rules import LanguageRules

RULES: LanguageRules = LanguageRules(
    code="ru",
    name="Russian",
    opt_out_keywords=("прекратите", "хватит",
        "стоп", "отписаться", "отписка", "отпишите", "отпишите меня", "отменить подписку",
        "не присылать",
        "otpiska", "otpisatsya", "otpishite", "otpishite menya", "hvatit", "отписатся",
        "ostanovite", "ostanovite rassylku", "отпиши", "отпиши меня", "otpishi",
    ),
    opt_out_all_keywords=("стоп все", "стоп всё", "отписаться от всех"),
    opt_in_keywords=("подписаться", "старт", "возобновить", "подпишите меня", "podpishite menya"),
    help_keywords=("помощь", "справка", "инфо"),
    opt_out_phrases=(
        "(перестаньте|прекратите|хватит|перестань|прекрати) (присылать|отправлять|слать|писать) [мне] (сообщения|смс|sms|рассылку|эсэмэски)",
        "(перестаньте|прекратите|перестань|прекрати) мне (писать|присылать|слать)",
        "(больше не|не) (присылайте|отправляйте|шлите|пишите) [мне] (смс|сообщения|sms|рассылку)",
        "больше не (присылайте|отправляйте|шлите|пишите) мне",
        "не (хочу|желаю) (получать|больше получать) (сообщения|смс|sms|рассылку|уведомления)",
        "(удалите|уберите|исключите) (меня|мой номер) (из|из вашей) (списка|рассылки|базы)",
        "(удалите|уберите) мой номер",
        "(отпишите меня|хочу отписаться)",
        "отзываю (согласие|своё согласие|свое согласие)",
        "(ошиблись номером|не тот номер)",
        "не (пишите|присылайте|шлите|отправляйте) мне больше",
        "больше мне не (пишите|присылайте|шлите|отправляйте)",
        # Asking how to stop the texts is asking to stop them ("Как отключить эти смс?").
        "как [(мне|можно)] (отключить|остановить|прекратить|убрать|отменить) (эти|эту|ваши|вашу|все эти) (сообщения|смс|смски|sms|эсэмэски|рассылки|рассылку|уведомления|оповещения)",
        "как [(мне|можно)] перестать получать [(эти|ваши|такие)] (сообщения|смс|смски|sms|эсэмэски|рассылку|уведомления)",
        "как (сделать|сделать так) (чтобы|чтоб) (эти|ваши|такие) (сообщения|смс|смски|sms|эсэмэски|уведомления) (перестали|больше не|не) приходили",
        "как (сделать|сделать так) (чтобы|чтоб) (эти|ваши|такие) (сообщения|смс|смски|sms|эсэмэски|уведомления) перестали приходить",
        "как [(мне|можно)] (отписаться|от этого отписаться|от них отписаться)",
        "как [(мне|можно)] (это|это всё) (отключить|остановить|прекратить)",
        "kak [(mne|mozhno)] (otpisatsya|otpisatsa|otpisatca|otpisat sya)",
        "kak [(mne|mozhno)] (otklyuchit|otkluchit|ostanovit|ubrat) (eti|vashi|etu) (sms|smski|soobshcheniya|soobsheniya|soobscheniya|rassylku|uvedomleniya)",
        "kak (eto|eto vse) (otklyuchit|otkluchit|ostanovit)",
        # A refusal of the opt-in phrases below ("не хочу снова получать", "не согласен на
        # получение"): Russian negates with "не" before the verb, which the guards do not read.
        "не (хочу|желаю|хотим) (снова|опять|обратно|больше) (получать|подписываться|подписаться|ваши|вашу|ваших)",
        "не (хочу|желаю|хотим) (получать|подписываться|подписаться) (снова|опять)",
        "не (согласен|согласна|согласны) (на получение|получать)",
        "ne (hochu|khochu) (snova|opyat) (poluchat|podpisyvatsya|podpisatsya|vashi)",
    ),
    opt_in_phrases=(
        "(подписаться|подпишите меня) (снова|заново|обратно)",
        "хочу (снова|опять) (получать|подписаться)",
        "хочу (получать|подписаться) (снова|опять)",
        # Verbs a refusal does not take (perfective imperatives: "подпишите", "верните",
        # "включите"; the refusal is "не подписывайте"), or with their refusal above.
        "хочу (снова|опять|обратно) (ваши|вашу|ваших)",
        "(hochu|khochu) (snova|opyat) (poluchat|podpisatsya|vashi)",
        "(подпишите|podpishite) (меня|menya|menia) (снова|заново|обратно|опять|snova|zanovo|obratno|opyat)",
        "(подпишите|podpishite) (меня|menya|menia) [(снова|обратно|snova|obratno)] (на|na) (рассылку|рассылки|смс|смски|sms|уведомления|оповещения|напоминания|сообщения|скидки|акции|новости|rassylku|sms|uvedomleniya|napominaniya|skidki|aktsii|akcii)",
        "(да|da) (подпишите|podpishite) (меня|menya|menia)",
        "(верните|vernite) [(мне|mne|меня|menya)] [(в|v)] [(ваши|вашу|vashi)] (рассылку|рассылки|смс|смски|sms|уведомления|оповещения|напоминания|сообщения|скидки|акции|новости|rassylku|sms|uvedomleniya|napominaniya|skidki|aktsii|akcii)",
        "(включите|подключите|возобновите|активируйте|vklyuchite|podklyuchite) [(снова|обратно|опять|мне|пожалуйста|на этот номер|на новый номер|на него)] (рассылку|рассылки|смс|смски|sms|уведомления|оповещения|напоминания|сообщения|скидки|акции|новости|rassylku|sms|uvedomleniya|napominaniya|skidki|aktsii|akcii)",
        "(добавьте|верните) (меня|мой номер) [(снова|обратно|опять)] (в|в вашу) (рассылку|список|базу)",
        "(можно|можете) [меня] (снова|опять|обратно) [меня] (подписать|подключить|включить|вернуть|добавить)",
        "(можно|можете) меня (вернуть|добавить|подписать) [(снова|обратно)] (в|на) (рассылку|список)",
        "(случайно|нечаянно|по ошибке|sluchayno|nechayanno) (отписался|отписалась|отписалась|отписались|otpisalsya|otpisalas)",
        "(согласен|согласна|согласны) (на получение|получать)",
    ),
    help_phrases=(
        "что это", "кто это", "кто вы", "что за сообщения", "что за смс", "откуда у вас мой номер",
        "как часто (вы будете|будете|будут) (присылать|отправлять|слать|приходить) (сообщения|смс|sms)",
        "как часто (вы будете|будете|будут) (присылать|отправлять|слать|писать|приходить)",
        "сколько (сообщений|смс) (в|за) (неделю|день|месяц) (будет приходить|будете присылать|вы будете присылать)",
        "сколько (сообщений|смс|sms) (в|за) (неделю|день|месяц)",
        "почему (мне приходят|я получаю) (эти|такие|ваши) (сообщения|смс|sms)",
        "(pochemu|pochemy) (mne prihodyat|ya poluchayu) (eti|takie) (soobscheniya|soobshcheniya|sms)",
        "kak chasto (vy budete|budete|budut) (prisylat|otpravlyat|pisat|prihodit)",
        # Who is this, what are these, which company.
        "(о чём|про что) (эти|это) (сообщения|смс|рассылка)",
        "что это за (компания|организация|фирма|номер|рассылка|сообщения|смс)",
        "какая это (компания|организация|фирма)",
        "чей это номер", "кто мне пишет",
        "chto eto za (soobscheniya|soobshcheniya|soobsheniya|sms|rassylka|nomer)",
        "(kto|kto eto) (eto|vy)",
        "это (мошенники|развод|мошенничество|лохотрон)",
        # Does it cost? How do I reach support? How does it work?
        "сколько (стоят|стоит) (эти|это|ваши) (смс|сообщения|рассылка|уведомления|подписка|услуга)",
        "(эти смс|эти сообщения|смс|сообщения|рассылка|подписка|это|они) (платные|платная|платно|бесплатные|бесплатно)",
        "с меня (спишут|снимут|не спишут|не снимут|списывают|снимают)",
        "(номер|телефон) (службы поддержки|поддержки|горячей линии|оператора|техподдержки)",
        "(nomer|telefon) (sluzhby podderzhki|podderzhki|goryachey linii)",
        "как (связаться|позвонить|написать) (с|в) (оператором|поддержкой|вами|службу поддержки|службой поддержки|поддержку)",
        "kak (svyazatsya|pozvonit) (s|v) (operatorom|podderzhkoy|podderzhkoi|vami)",
        "(мне|mne) (нужна|nuzhna) (помощь|pomosh|pomoshch)",
        "как работает (эта|ваша) (рассылка|подписка|услуга)",
    ),
    not_opt_out_phrases=(
        # Refusing to be unsubscribed or asking the texts to go on ("don't unsubscribe me"):
        # a model opt-out reading of such a message is not decided.
        "не (отписывайте|удаляйте|отписывай|удаляй) меня",
        "попробуйте меня (отписать|удалить)",
        "не (прекращайте|переставайте) (присылать|слать|отправлять)",
        "(на остановке|остановка|до остановки|к остановке)",
        "не (останавливайся|останавливайтесь|переставай|прекращай)",
        "(автобус|поезд|машина) (остановился|остановилась|стоит)",
        "стоп (кран|сигнал|линия)",
    ),
    hint_words=(
        "и", "в", "не", "на", "я", "что", "с", "мне", "меня", "это", "вы", "да", "нет",
        "пожалуйста", "спасибо", "здравствуйте", "больше", "как", "но", "уже",
    ),
    replies={
        "opt_out_clarify": "Вы отписались от сообщений {program}. Ответьте MKT, чтобы отключить только "
        "предложения, ВСЁ — чтобы отключить всё. Помощь: {support}.",
        "opt_out": "{program}: вы отписаны и больше не будете получать сообщения. Помощь: "
        "{support}. Ответьте START, чтобы подписаться снова.",
        "opt_out_all": "{program}: вы отписаны от всех наших сообщений и больше не будете их "
        "получать. Помощь: {support}. Ответьте START, чтобы подписаться снова.",
        "opt_in": "{program}: вы снова подписаны. Может взиматься плата за сообщения и "
        "передачу данных. Помощь: {support}. Ответьте ПОМОЩЬ для справки, СТОП для отписки.",
        "help": "{program}: помощь: {support}. Может взиматься плата за сообщения и передачу "
        "данных. Ответьте СТОП, чтобы отписаться.",
    },
    sources=(
        "https://www.sent.dm/resources/ru-sms-guidance (STOP, HELP, UNSUBSCRIBE in Russian)",
        "https://www.en.zagruzka.com/legal (consent under advertising and communications law)",
        "No Russian carrier keyword list found: СТОП/ОТПИСАТЬСЯ kept to whole messages.",
    ),
    courtesy_words=("пожалуйста", "спасибо", "срочно", "уже", "pozhaluysta", "pozhalujsta", "spasibo", "плиз", "плз"),
    # Answers to the clarifying question (app/messaging/clarify.py): stop only
    # marketing, or everything.
    clarify_marketing=("mkt", "предложения"),
    clarify_all=("all", "всё", "все"),
)
