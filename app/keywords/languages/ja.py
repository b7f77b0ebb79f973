"""Japanese (written without spaces: phrases match as substrings of the message).

Sources: the Act on Regulation of Transmission of Specified Electronic Mail applies to
promotional SMS and requires opt-in and a stated way to opt out (Japan Data Communications
Association guidelines as summarised by CM.com's notes); providers' Japan guides tell senders
to support STOP/HELP keywords in English and Japanese (sent.dm Japan SMS guide; d7networks
Japan). Japanese senders print 配信停止 ("stop delivery") and 配信解除 ("cancel delivery");
those and 停止 / 解除 / 受信拒否 are the keywords. 止まる/止む (a train stopping, rain
stopping) are never opt-outs.
"""

from app.keywords.languages.rules import LanguageRules

RULES: LanguageRules = LanguageRules(
    code="ja",
    name="Japanese",
    opt_out_keywords=(
        "配信停止", "停止", "解除", "配信解除", "登録解除", "受信拒否", "中止", "ストップ",
        "やめて", "配信停止希望", "配信停止してください",
        "停止希望",
        "メルマガ解除", "メルマガ停止", "merumaga kaijo",
        "もう送らないでください",
        "もう送らないで",
        "連絡しないでください",
        "もう連絡しないでください",
        "解除希望",
        "teishi", "haishin teishi", "はいしんていし",
    ),
    opt_out_all_keywords=("すべて停止", "全て停止", "全部停止"),
    opt_in_keywords=("配信再開", "再開", "再登録", "登録"),
    help_keywords=("ヘルプ", "問い合わせ", "お問い合わせ", "詳細", "だれ", "誰"),
    opt_out_phrases=(
        "配信停止", "配信を停止", "配信解除", "配信を解除", "登録解除", "登録を解除",
        "受信拒否", "メッセージを送らないで", "メールを送らないで", "smsを送らないで",
        "送ってこないで", "送信しないでください", "メッセージは不要",
        "メッセージ不要", "配信不要", "番号を削除して",
        "今後連絡しないで",
        "二度と連絡しないで",
        "二度と送らないで",
        "連絡不要",
        "停止をお願い",
        "配信しないで",
        # "How do I stop these?" ("これどうやったら止まるの"): asking how to stop the texts asks us to stop them.
        "(これ|これって|これは|このメッセージ|このsms|このメール|この通知|メッセージ|sms|ショートメール)(どうやったら|どうすれば|どうしたら|どうやって)(止まる|止まります|止められ|止めれ|届かなく|来なく|こなく|停止でき|受け取らなく)",
        "(どうやったら|どうすれば|どうしたら)(これ|このメッセージ|このsms|このメール|メッセージ|sms|ショートメール)[(が|は|を)](止まる|止まります|止められ|止めれ|届かなく|来なく|こなく|受け取らなく)",
        "(メッセージ|sms|ショートメール|このメール)(を止めるには|が届かないようにするには|が来ないようにするには|を受け取らないようにするには|を停止するには)",
        "kore (dou yattara|dou sureba|dou shitara|douyattara|dousureba|doushitara) (tomaru|tomarimasu|tomerareru|tomeraremasu|tomeremasu|todokanaku|konaku)",
        "(dou yattara|dou sureba|dou shitara|douyattara|dousureba|doushitara) (kore|messeeji|meseeji|sms) [(ga|wa|o)] (tomaru|tomarimasu|tomerareru|tomeraremasu|tomeremasu|todokanaku|konaku)",
    ),
    # "配信を再開" / "配信再開" alone also read "配信を再開しないでください" (don't resume):
    # the resumption is read with its polite ending below, and 配信再開 alone is a keyword.
    opt_in_phrases=("再登録してください", "また受け取りたい", "また配信して", "再開してください",
        # Negation follows the verb in Japanese (再開しないで, 受け取りたくない), so a request
        # ends at its polite ending; "送ってください" alone may ask for one text again, and
        # "keep sending" (引き続き) may follow "stop the offers".
        "(配信|送信|メッセージ|通知|お知らせ|sms|メール|リマインダー|リマインド|メルマガ)[(を|の|は)]再開(をお願い|お願い|でお願い|を希望|希望|してください|して下さい|してほしい|して欲しい|してね|してもらえ|してくれますか|してくれませんか|できますか|できませんか|したいです)",
        "(もう一度|もういちど|再度|再び|また)(登録|配信|購読|受信)[を](お願い|希望|したいです|させてください|してください|して下さい|してほしいです|してもらえ|してくれますか|してくれませんか)",
        "再登録[を](お願い|希望|したいです|させてください|して下さい|してもらえ|でお願い)",
        "(やっぱ|やっぱり|やはり)(再開|配信再開|再登録|登録)(で|して|お願い|を希望|します)",
        "(配信|通知|お知らせ|リマインダー|メッセージ|sms)[を](オン|on)(でお願い|にしてください|にして下さい|にしてもらえ|に戻して|にお願い)",
        "(また|もう一度|再び)[(sms|メッセージ|メール|お知らせ|通知|クーポン|リマインダー)][を](送って|配信して)(もらって|くれて)(大丈夫|いい|ok|構いません)",
        "(また|もう一度|再び)[(sms|メッセージ|メール|お知らせ|通知|クーポン|リマインダー)][を](送って|配信して)(いいですよ|もいいですよ|いいよ|もいいよ|構いません|も構いません)",
        "(リマインダー|お知らせ|通知|クーポン|メルマガ)[を](また|もう一度|再び)(送って|配信して)(もらえ|ください|下さい|ほしいです|くれますか|くれませんか)",
        "(配信|受信|購読)を希望します",
        # Replied STOP by mistake.
        "(間違えて|間違って|誤って|うっかり|まちがえて)(停止|ストップ|stop|解除)(と|って)(返信|送信|送っ|送り|返し|打っ|入れ)",
        # Romanised.
        "(saikai|sai kai|saitouroku|sai touroku|saitoroku) (shite kudasai|onegaishimasu|onegai shimasu|de onegaishimasu|shite hoshii desu)",
        "(mata|mou ichido|moichido|mou ichi do|futatabi) (haishin|okutte|touroku|toroku) (onegaishimasu|onegai shimasu|shite kudasai|kudasai|onegai)",
    ),
    help_phrases=(
        "これは何ですか", "これはなんですか", "これ何ですか", "これなに", "何のメッセージ",
        "どなたですか", "どちら様", "誰ですか",
        # How often will you text me? Why am I getting these messages? (questions, not complaints)
        "(どのくらい|どれくらい|どれぐらい|どのぐらい)の頻度で",
        "(週|月|一日|1日)に何(回|通)(届|送|来|配信)",
        "(なぜ|なんで|どうして)(この|これらの)(メッセージ|sms|ショートメール)[が](届|来|送られて)",
        "(naze|nande|doushite) kono (messeeji|meeru|sms) ga (kuru|todoku)",
        "何の(sms|メール|ショートメール|通知|連絡|案内)", "どちらの(会社|お店|店)",
        "(どこの|何の)(会社|お店|店)(ですか|でしょうか|なの|から)", "どこから(の|送|届|来)(メッセージ|sms|連絡|ショートメール|られて|いて|て)",
        "この番号[は](誰|どこ|何の番号|なんの番号)",
        # Is this a scam?
        "詐欺(じゃない|ではない)(ですよね|よね|ですか|か)", "詐欺(ですか|でしょうか|なの|なんですか|かな)",
        "(迷惑メール|スパム|フィッシング)(ですか|でしょうか|なの)", "公式(ですか|でしょうか|なの|かどうか)", "本物の(メッセージ|sms|メール)",
        # Does it cost anything?
        "(返信|受信|sms|メッセージ|配信)[(に|は|って|で|すると)](料金|費用|お金|通信料)[(が|は)](かかり|かかる|発生)",
        "(返信|受信|配信|sms)[は](無料|有料)(ですか|なの|でしょうか)",
        # How do I reach support?
        "(問い合わせ|お問い合わせ|サポート|窓口|カスタマーセンター|コールセンター)[の](電話番号|番号|連絡先)",
        "(担当者|オペレーター|担当の方|人間)と話したい",
        # Romanised.
        "(donata|dare|dochira sama|dochirasama) (desu ka|desuka|deshou ka|deshouka)",
        "(kore|kono) (nan no|nanno|nani no) (messeji|messeeji|meseeji|meeru|sms)",
        "(dono kurai|donokurai|dore kurai|dorekurai|dono gurai|dore gurai|donogurai) (no hindo|hindo)",
    ),
    not_opt_out_phrases=(
        "バス停", "止まって", "止まった", "止んだ", "止む", "停車", "運転を見合わせ",
        "停止しています", "停止ボタン",
        # "Don't stop (them)": a negated request.
        "停止しないで", "解除しないで", "止めないで", "やめないで", "配信停止しないで",
        # Suspending a lost card or an account ("カードを紛失したので利用停止をお願いします").
        "利用停止", "(カード|口座|アカウント|契約|回線)[(の|を)]停止",
    ),
    hint_words=(
        "の", "は", "が", "を", "に", "て", "です", "ます", "した", "ない", "も", "で", "と",
        "か", "ね", "よ", "から", "まで", "さん", "ください",
    ),
    replies={
        "opt_out_clarify": "{program}からのメッセージの配信を停止しました。広告のみ停止する場合はMKT、すべて停止する場合はALLと返信してください。お問い合わせ：{support}。",
        "opt_out": "{program}：配信を停止しました。今後メッセージは送信されません。お問い合わせ："
        "{support}。再開するには START と返信してください。",
        "opt_out_all": "{program}：すべての配信を停止しました。今後メッセージは送信されません。"
        "お問い合わせ：{support}。再開するには START と返信してください。",
        "opt_in": "{program}：配信を再開しました。通信料が発生する場合があります。お問い合わせ："
        "{support}。ヘルプは「ヘルプ」、停止は「配信停止」と返信してください。",
        "help": "{program}：お問い合わせは {support} まで。通信料が発生する場合があります。"
        "配信停止は「配信停止」または STOP と返信してください。",
    },
    sources=(
        "https://botdataset.online/viewtopic.php?t=12007 (Specified Commercial Email Act; JADC opt-in/opt-out)",
        "https://www.sent.dm/resources/japan-sms-guide (STOP, HELP, CANCEL in English and Japanese)",
        "https://d7networks.com/blog/regulations-and-best-practices-for-sending-sms-in-japan (HELP/STOP in local language)",
    ),
    courtesy_words=("お願いします", "おねがいします", "ください", "です", "よろしく", "onegaishimasu", "kudasai"),
    # Answers to the clarifying question (app/messaging/clarify.py): stop only
    # marketing, or everything.
    clarify_marketing=("mkt", "広告"),
    clarify_all=("all", "すべて", "全部"),
)
