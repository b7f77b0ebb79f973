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
        "退会したい", "退会したいです", "退会します", "退会希望", "退会でお願いします",
        # Romanised, whole messages only ("mou okuranaide ii yo" may be about a document).
        "okuruna", "mou okuruna", "mou okuranaide", "mou okuranaide kudasai",
        # Drawn out or pleading, whole messages only ("やめてー", "もうやめて").
        "やめてー", "やめてーー", "やめてよ", "もうやめて", "もうやめてください",
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
        "(このsms|このメッセージ|このメール|この通知|sms|メッセージ|ショートメール)(は|って)(どうやったら|どうすれば|どうしたら|どうやって)(止まる|止まります|止められ|止めれ|届かなく|来なく|こなく|停止でき|受け取らなく)",
        "(dou yattara|dou sureba|dou shitara|douyattara|dousureba|doushitara) (todokanaku|konaku) (naru|narimasu|dekiru|dekimasu)",
        # Stop these, with the texts named: "今後のSMSは停止でお願いできますか", "セールのお知らせ
        # だけ止めてもらえますか" (ほしいです, not ほしい: "止めてほしくない" says the opposite).
        "(sms|メッセージ|メール|お知らせ|通知|配信|ショートメール|案内)[(は|を|の)](停止|中止|ストップ)(で|を)(お願い|希望)",
        "(お知らせ|メール|メッセージ|sms|通知|配信)[(は|を|だけ)](止めて|とめて|停止して|ストップして)(ください|下さい|もらえ|ほしいです|欲しいです|いただけ|頂け|くれ)",
        "(ショートメール|広告|宣伝|dm|メルマガ|案内)[(は|を|だけ)](止めて|とめて|停止して|ストップして)(ください|下さい|もらえ|ほしいです|欲しいです|いただけ|頂け|くれ)",
        "(そっち|そちら)[(は|を)]今後[は](止めて|停止して)",
        "(お知らせ|メール|メッセージ|sms|通知)[(は|を)][今後][は](送らなくて|配信しなくて|送信しなくて)(大丈夫|いい|結構|構いません|けっこう)",
        "(配信|広告|dm|案内|ショートメール)[(は|を)][今後][は](送らなくて|配信しなくて|送信しなくて)(大丈夫|いい|結構|構いません|けっこう)",
        "(お知らせ|通知|配信|広告|宣伝|メルマガ|dm|ショートメール|sms)[(は|の)][今後](不要です|不要なので|いらないです|いりません|要らないです|要りません|結構です)",
        # "お知らせは不要になりました", "今後のご連絡はご遠慮ください", Kansai "送らんといて".
        "(お知らせ|通知|配信|メッセージ|sms)(は|も)不要になりました",
        "今後の(ご連絡|連絡|ご案内|お知らせ|配信)は(ご遠慮ください|ご遠慮願います|お断りします|不要です)",
        "(送らんといて|送らんとって|送らんでええ|送らんでいい)",
        "(セール|キャンペーン|広告|宣伝|新商品|イベント)情報[(は|の|だけ)](不要です|不要なので|いらないです|いりません|要らないです|要りません|結構です|停止)",
        "(広告|宣伝)[(は|の)](困ります|迷惑です)",
        "送信しないで(ほしい|欲しい|もらえ|いただけ|頂け|くれ)",
        "(メッセージ|sms|メール|通知|お知らせ|ショートメール)を送るのを(やめて|止めて)",
        "[もう]連絡してこないで",
        # "Any further messages ... (legal action)": "これ以上の送信は法的措置を検討します".
        "これ以上[の](送信|配信|連絡|メッセージ|sms)(は|を)(やめて|控えて|お断り|不要|しないで|法的|迷惑)",
        "勝手に(登録|送信|配信)(しないで|するな)",
        "勝手に送らないで",
        "(配信|送信|メール|メッセージ|sms|お知らせ)リストから(外して|削除|消して|はずして|抜いて)",
        "(私|わたし|僕|俺|この番号|私の番号)を(リスト|名簿|配信リスト|配信先)から",
        # Unsubscribe, the newsletter, in kana too ("はいしんていしで"). Not 退会 inside a
        # sentence: "ジムを退会したいのですが" leaves a gym (a whole message is a keyword).
        "メルマガ[を](解除|停止|配信停止)(お願い|して|希望|で)",
        "購読[を](解除|停止)(お願い|して|希望|で|したい)",
        "通知[を](オフ|off)(にして|で|に)",
        "はいしんていし", "はいしんかいじょ",
        # How often must I say stop; I replied stop, yet ("停止と返信しましたが、まだ届きます").
        "(何回|何度|なんど|なんかい)(停止|やめて|配信停止|ストップ|解除|stop)(って|と)(言え|言った|言わ|送っ|返信し|送れ)",
        # "…but" alone may go on "やっぱりセール情報ほしいです": が and けど count with まだ.
        "(停止|配信停止|ストップ|stop|解除|やめて)(と|って)(返信した|返信してる|送った|送ってる|送信した|言った|伝えた)のに",
        "(停止|配信停止|ストップ|stop|解除|やめて)(と|って)(返信しましたが|返信してますが|返信していますが|返信したけど|送ったけど|送りましたが|送信しましたが|言ったけど|言いましたが)(まだ|また)",
        "(停止|配信停止|ストップ|stop|解除) (と返信したのに|と送ったのに|って送ったのに|って言ったのに|と言ったのに)",
        "(停止|配信停止|ストップ|stop|解除) (と返信しましたが|と返信してますが|と返信していますが|と送りましたが|と送信しましたが|って送ったけど) (まだ届きます|まだ届く|まだ届いてます|まだ届いています|まだ来ます|まだ来る|まだ来てます)",
        # Romanised: how often must I say teishi, I sent teishi yet, delivery off please, ads
        # are a nuisance, annoying: stop, don't send any more.
        "(nankai|nan kai|nando|nan do) (teishi|haishin teishi|yamete|stop|kaijo) (tte|to) (ieba|itta|itte|okutta|okureba|henshin shita)",
        "(teishi|haishin teishi|kaijo|stop|yamete) (tte|to) (okutta|itta|henshin shita|henshin shimashita|okurimashita) (no ni|noni)",
        "(haishin|merumaga|meeru|sms|messeeji|tsuuchi|oshirase) (teishi|kaijo) [(de|o|wo)] (onegai|onegaishimasu|shite|shitai|kudasai)",
        "(senden|kokoku|koukoku) (wa|ha) (komarimasu|meiwaku desu|fuyou desu|iranai|irimasen)",
        "(urusai|urusee|uzai|uzee) (yamete|yamero)",
        "(mou|mo|moo) (okuruna|okuttekonaide|renraku shinaide)",
        # Don't send the texts (named: "SMSも今後送らないで").
        "(sms|メッセージ|ショートメール|お知らせ)[(は|も|を)][(今後|もう)]送らないで",
        # Romanised: stop the rest too; someone registered my number, delete it.
        "(zenbu|subete|nokori mo zenbu|nokori mo) (teishi|kaijo|haishin teishi) (de|shite|ni shite|onegai|onegaishimasu)",
        "(touroku|tooroku) (shita|sareta) (mitai|you|rashii) [(desu|da)] (keshite|sakujo shite|kaijo shite) (kudasai|hoshii)",
        # No more, please (the refusal of "セール情報また送って" below).
        "(もう|また)(送って|配信して)(ほしくない|欲しくない|くれなくていい|こなくていい)",
        # Romanised: I want to stop / cancel the delivery ("teishi shitai desu", "kaijo shite
        # kudasai"); a card or contract suspended is not (below).
        "(teishi|haishin teishi|kaijo|haishin kaijo|touroku kaijo|merumaga kaijo) (shitai|shitai desu|shitai n desu|shitain desu|shite kudasai|shite hoshii|shite hoshii desu|kibou|kibou desu|de onegaishimasu|onegaishimasu)",
        # Imperatives, after which no negation can follow ("配信止めろ", "メール送ってくんな").
        "(配信|メール|メッセージ|sms|通知|お知らせ|広告)[を](止めろ|とめろ|やめろ|停止しろ)",
        "(送って|送信して|配信して)くんな",
        # How many times must I say it; please, just stop ("何回言ったら止まるの",
        # "お願いだからもうやめて").
        "(何回|何度)言ったら(止まる|止めて|やめて|止めるの|やめるの|届かなく)",
        "(お願いだから|頼むから|いい加減)[もう](やめて|止めて|送らないで|送ってこないで)",
        # I don't need them, so stop (Kansai too: "いらんから止めてや").
        "(いらん|要らん|いらない|要らない)(から|し|ので)(止めて|とめて|やめて|止めといて|停止して|配信停止)",
        # English loanwords ("リストからremoveしといて", "unsubscribeでお願いします").
        "リストから(remove|delete|unsubscribe)",
        "(配信リスト|メーリングリスト|メルマガ)から(外し|はずし|削除|消し|抜い)",
        "(unsubscribe|unsub|optout|オプトアウト)(して|しといて|しておいて|お願い|で|します|したい|希望)",
        # Consent withdrawn ("受信の同意を撤回します").
        "同意[(を|は)](撤回|取り消し)(します|したい|いたします|でお願い)",
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
        # How do I get them, by text ("...を受け取るにはどうすれば", "SMSで受け取りたい"); the
        # negation follows the verb ("受け取りたくない", "受け取らないようにするには").
        "受け取るには(どうすれば|どうしたら|どこで)",
        "(sms|通知|お知らせ|配信)[の](登録|申し込み)(方法|の方法|手続き)",
        "(sms|ショートメール)で(受け取りたい|受信したい|受け取れますか|もらいたい|届けてもらえ|届けてほしい|送ってください|送ってもらえ|送ってほしいです|知らせてもらえ|知らせてください|お願いします|お願いできますか|ください)",
        # A new number, a family member's, mine too ("この番号で登録して", "...リマインドに追加して
        # もらえますか", "私の番号にも送って").
        "(この|こっちの|新しい)番号(を|で|に)(登録|変更)(してください|してもらえ|お願い)",
        "(リマインド|リマインダー|お知らせ|通知|リスト|案内)(に|にも)追加(してください|してもらえ|お願い|をお願い)",
        "(この番号|私の番号)に[も][(smsで|メッセージで)](送って|知らせて)(ください|もらえ)",
        "(私|僕|わたし)(も|にも)(受け取りたい|受信したい|登録したい|送ってほしい|送ってもらえ|送ってください)",
        "リマインド(してもらえ|してください|をお願い|お願いします)",
        # Slang: put me on the list, all the deals, sign me up ("リストに入れといて〜", "登録よろしく").
        "(リスト|配信リスト)に(入れといて|入れておいて|入れてください|追加してください|戻してください|入れてもらえ|追加してもらえ)",
        "漏れてたら戻して",
        "(お得な情報|お得情報|セール情報)[(ぜんぶ|全部)](ちょうだい|ください|ほしいです|くれくれ)",
        "登録(よろしく|お願いします|おねがいします|おねがいしま|お願いしま)",
        # Formal consent ("...を受け取ることに同意します"): "同意しません" is no match.
        "(受け取る|受信する)ことに同意(します|いたします|いたしま)",
        "の受信に同意(します|いたします)",
        # Turned off on a whim, bring them back ("SMS復活させてください").
        "(sms|配信|通知|クーポン)[を]復活(させて|して)(ください|ほしい|もらえ)",
        # Romanised: consent, how to register, this number, add to the reminders.
        "(jushin|juushin) ni (doui|dooi) (shimasu|itashimasu)",
        "(uketoru|jushin suru|juushin suru) koto ni (doui|dooi) (shimasu|itashimasu)",
        "(touroku|toroku|moushikomi) (houhou|hoho|no houhou|no shikata) [(o|wo)] (oshiete|oshiete kudasai)",
        "kono bangou (de|ni) (touroku|toroku|henkou) (shite kudasai|shite moraemasu|shite moraeru|onegai|onegaishimasu)",
        "(oshirase|tsuuchi|rimaindo|risuto|haishin) ni (tsuika|touroku) (shite kudasai|shite moraemasu|shite moraeru|onegai|onegaishimasu)",
        # The offers again, in texting style ("セール情報また送って〜"); "送ってこないで" and
        # "また送ってほしくない" are opt-outs above.
        "(セール情報|お得情報|クーポン|キャンペーン情報|新作情報|お知らせ|メルマガ)[を](また|もう一度|再び)(送って|配信して)",
        # I'd like the coupons (受け取りたくない holds no 受け取りたい); consent to delivery.
        "(クーポン|セール情報|お得情報|お知らせ|sms)[を](受け取りたい|もらいたい)(です|のですが|んですが)",
        "(配信|受信|sms送信|メッセージの送信)に同意(します|いたします|です)",
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
        # In two halves (a trie each under 1,000 texts).
        "(返信|受信|sms)[(に|は|って|で|すると)](料金|費用|お金|通信料)[(が|は)](かかり|かかる|発生)",
        "(メッセージ|配信)[(に|は|って|で|すると)](料金|費用|お金|通信料)[(が|は)](かかり|かかる|発生)",
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
        # What follows a stop, asked ("配信停止したら、予約確認も来なくなりますか？") or wished
        # in a joke ("月曜日も配信停止できたらいいのに").
        "(配信停止|配信解除|登録解除)(したら|すると|すれば)",
        "(配信停止|配信解除)できたらいいのに",
        # "資料送ってくんない？" (won't you send it?): a request to be sent something.
        "(送って|送信して|配信して)(くんない|くんねえ|くんねー|くんないかな)",
        # "Not a stop, but ...": the request named to put another in its place.
        "(配信停止|配信解除|登録解除|解除|退会|停止)(じゃなくて|ではなくて|ではなく|じゃなく)",
        # "I don't mean to stop them" (配信停止するつもりはないです).
        "(配信停止|配信解除|登録解除|解除|退会|停止)(する|をする)(つもりはない|つもりはありません|気はない|気はありません)",
        # Negated removal is a wish to keep the texts ("don't remove me", "I'm not
        # unsubscribing"); never a negated send/write, which stays an opt-out.
        "(配信停止|配信解除|登録解除|購読解除|解除|削除|退会|停止)[(は|を)](しないで|しないでください|しないで下さい|しなくていい|しなくていいです|しなくて大丈夫|しません|しないです)",
        "(リスト|名簿|配信リスト|一覧)から(外さないで|はずさないで|削除しないで|消さないで)",
        "(私|わたし|僕|ぼく|俺|番号|私の番号)[(を|は)](外さないで|はずさないで|削除しないで|消さないで)",
        "(配信|通知|メッセージ|リマインダー|SMS)[(を|は)](止めないで|とめないで|停止しないで)",
        "バス停", "止まって", "止まった", "止んだ", "止む", "停車", "運転を見合わせ",
        "停止しています", "停止ボタン",
        # "Don't stop (them)": a negated request.
        "停止しないで", "解除しないで", "止めないで", "やめないで", "配信停止しないで",
        # Unsubscribed by mistake: the message goes on to ask for the texts back.
        "(間違えて|間違って|誤って|うっかり|まちがえて)[を](配信停止|配信解除|登録解除)",
        # Suspending a lost card or an account ("カードを紛失したので利用停止をお願いします").
        "利用停止", "(カード|口座|アカウント|契約|回線)[(の|を)]停止",
        # Someone else stopped their own texts; my number stays ("夫が配信停止した", "私の番号は
        # そのまま").
        "(夫|妻|主人|旦那|息子|娘|家族)が(配信停止|解除|登録解除|配信解除)した",
        "(私|僕|わたし)の番号は(そのまま|残して|続けて)",
        "(watashi no|boku no|ore no|watashi) bangou (wa|ha) sono mama",
        # Stopped on a whim, regretted: the message asks for them back.
        "(勢いで|つい)(配信停止|停止|解除|登録解除)",
        "(配信停止|停止|解除)(したけど|しましたが)後悔",
        # Quitting medicine or habits, paper statements, prices, parcels to an address.
        "(飲む|吸う|服用する)(の|こと)[を](やめ|止め)",
        "(タバコ|たばこ|お酒|薬)を(やめ|止め)",
        # A machine or the water stopped ("エアコン止めて": turn the air conditioner off).
        "(エアコン|クーラー|暖房|冷房|ヒーター|扇風機|テレビ|アラーム|目覚まし|タイマー|エンジン|車|水|お湯|ガス|洗濯機)[を](止め|とめ)",
        "紙の(明細|請求書|カタログ|案内|郵送)",
        "値上げ",
        "(食べ物|食料|お弁当|野菜|お米)は送らないで",
        "(カタログ|チラシ|dm|冊子)[(の|を)]郵送",
        "(katarogu|chirashi) no (yuusou|yusou)",
        "(家|自宅|会社|実家|前の住所)に送らないで",
        "(ie|jitaku|kaisha|mae no ie|moto no ie) ni (okuranaide|okuranai de)",
        "(kaado|card|kurejitto kaado|kouza) [(o|wo)] (sakujo|keshite|kaijo)",
        "(mainichi|maishuu|maiasa) (kuru|kimasu|todoku) (n desu ka|no desu ka|n desu|no)",
        # Romanised: a card, an account, a contract or a lock stopped or released.
        "(riyou|riyo|kaado|card|kouza|keiyaku|akaunto|rokku|lock) (teishi|kaijo)",
        # An imperative someone else was told ("配信を止めろと言われた").
        "(止めろ|とめろ|やめろ|停止しろ)(と|って)言われ",
        "(止めろ|とめろ|やめろ|停止しろ)(と|って)(上司|友達|家族|親)(に|から)言われ",
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
