"""Chinese, traditional characters (Taiwan, Hong Kong and most older US Chinese speakers).
Written without spaces: phrases match as substrings, keywords only as the whole message.

Sources: providers' Taiwan guides require opt-out instructions "(STOP, CANCEL, etc. in both
English and Chinese)" on marketing SMS (sent.dm Taiwan SMS guide); Taiwan's NCC requires the
sender's identity in every message (teamplus.tech EVERY8D notice). No Taiwanese carrier keyword
list was found; 退訂 / 取消訂閱 (the traditional forms of the mainland words) and 停止 are kept to
whole messages and to phrases that name the messages.
"""

from app.keywords.languages.rules import LanguageRules

RULES: LanguageRules = LanguageRules(
    code="zh-Hant",
    name="Chinese (Traditional)",
    opt_out_keywords=(
        "唔想收", "唔好再send", "唔好再發", "退訂", "取消訂閱", "停止", "拒收", "停止發送", "停止傳送", "不要再傳了", "別傳了",
        "退定", "停發", "停傳", "唔使再send", "唔使再發",
        # The same ending in a particle; inside a sentence they may be about a photo or an
        # address ("地址唔使再發啦 我知道喺邊"), so only as the whole message.
        "唔使再發啦", "唔使再send啦", "唔使再發喇", "唔使再send喇", "唔好再發啦", "唔好再send啦",
        "唔好再發喇", "唔好再send喇",
        "cheui siu ding yuet", "cheui siu deng yuet",  # 取消訂閱 in Cantonese romanisation
    ),
    opt_out_all_keywords=("全部退訂", "退訂全部"),
    opt_in_keywords=("重新訂閱", "訂閱", "恢復訂閱"),
    help_keywords=("幫助", "客服", "說明", "查詢", "資訊", "詳情"),
    opt_out_phrases=(
        "退訂", "取消訂閱", "不要再傳簡訊", "不要再發簡訊", "不要再傳訊息", "不要再發訊息",
        "不要再傳給我", "不要再發給我", "請勿再傳", "請勿再發", "別再傳了", "別再發了",
        "不想再收到", "不要再收到", "停止發送", "停止傳送", "拒收簡訊", "拒收訊息",
        "移除我的號碼", "刪除我的號碼", "傳錯人了",
        "不要再傳了",
        "不要再發了",
        "號碼移除",
        "移除我",
        "把我從名單",
        "把我的號碼從",
        "別再騷擾",
        "不要再騷擾",
        # Cantonese, and the requests that name the texts first ("啲優惠短訊唔使再send俾我").
        "(唔好|唔使|唔駛|不用|不要|別)再(send|發|傳)(簡訊|訊息|短訊|推廣|優惠|廣告)",
        # In two halves, Cantonese and Mandarin negation (a trie each under 1,000 texts).
        "(簡訊|訊息|短訊|推廣|優惠|廣告)[就](唔好|唔使|唔駛)[再](send|發|傳)(俾我|給我|嚟)",
        "(簡訊|訊息|短訊|推廣|優惠|廣告)[就](不用|不要|別)[再](send|發|傳)(俾我|給我|嚟)",
        "(唔好|唔使|唔駛)再(send|發|傳)(俾我|嚟)",
        "唔想[再]收(到|呢啲|啲)",
        "從[發送]名單(拿掉|移除|刪除|刪走|剔走)",
        "名單[度]剔走",
        "移出[發送]名單",
        "(停掉|暫停接收|停止接收)[(這些|啲|呢啲)](簡訊|訊息|短訊)",
        # "點樣先可以唔再收到呢啲短訊" / "怎麼才能不再收到這些簡訊": asking how to stop the texts asks us to stop them.
        # Phrases match as substrings: 才能 covers 怎麼才能 / 如何才能, 可以 covers 先可以 / 才可以,
        # 不再收 covers 不再收到. A bare 怎麼 before 不 is left out: it also asks why.
        "(才能|可以)(不再|不)(收到|接收)(這些|這種|你們的)(簡訊|訊息|消息|通知|短訊)",
        "(怎樣|如何)(不再|不)(收到|接收)(這些|這種|你們的)(簡訊|訊息|消息|通知|短訊)",
        "(這些|你們的)(簡訊|訊息|通知)(怎麼才能|怎樣才能|如何才能|如何|怎樣)(不再收|不收|停止|取消|關掉|封鎖)",
        "(才能|可以|怎麼|怎樣|如何)(停止|取消|關掉|關閉|封鎖)(這些|你們的)(簡訊|訊息|通知)",
        "(可以|先|至|點樣)(唔再|唔)(收到|收)(呢啲|啲|你哋啲)(短訊|訊息|簡訊|sms)",
        "(呢啲|啲|你哋啲)(短訊|訊息|簡訊)(點|點樣|點先可以|點樣先可以|點至可以)(唔再收|唔收|停|取消|熄|封鎖)",
        "(點樣|點|先可以|可以)(停|取消|熄|封鎖|停止)(呢啲|啲|你哋啲)(短訊|訊息|簡訊|推廣)",
        "(dim yeung|sin|ho yi|hoyi) (m joi|mh joi|m zoi) (sau|sau dou) (ni di|nidi|di) (message|messages|sms)",
        # The same in Cantonese romanisation as people type it: 唔好再發 / 唔使再send ("m hou
        # zoi send", "mou sai zoi faat"), 唔想再收 ("mh seung joi sau").
        "(m|mh|mm|um|mou|ng) (hou|ho|sai|sei|yiu) (zoi|joi|choi|zai) (send|faat|fat)",
        "(m|mh|mm|um) (seung|soeng|sheung) (zoi|joi|choi) (sau|sau dou)",
        # The offers need not be sent ("優惠的不用傳了", "之後的促銷訊息可以不用傳了").
        # Split by negation and by whether the texts are named (a trie each under 1,000 texts).
        "(優惠|推廣|促銷|廣告|行銷)[(的|嘅)][(就|可以)](不用|不必)[再](傳|發|send)",
        "(優惠|推廣|促銷)[(的|嘅)](簡訊|訊息|短訊)[(就|可以)](不用|不必)[再](傳|發|send)",
        "(廣告|行銷)[(的|嘅)](簡訊|訊息|短訊)[(就|可以)](不用|不必)[再](傳|發|send)",
        "(優惠|推廣|促銷|廣告|行銷)[(的|嘅)][(就|可以)](唔使|唔洗|唔駛)[再](傳|發|send)",
        "(優惠|推廣)[(的|嘅)](簡訊|訊息|短訊)[(就|可以)](唔使|唔洗|唔駛)[再](傳|發|send)",
        "(促銷|廣告)[(的|嘅)](簡訊|訊息|短訊)[(就|可以)](唔使|唔洗|唔駛)[再](傳|發|send)",
        "行銷[(的|嘅)](簡訊|訊息|短訊)[(就|可以)](唔使|唔洗|唔駛)[再](傳|發|send)",
        # Romanised Cantonese: delete my number (del jo ngo ge number, saan zo ngo go hou ma),
        # don't contact me again (m hou joi lyun lok ngo), don't send me (mo send bei ngo),
        # no adverts (m hou faat gwong gou), stop sending (ting ji faat).
        "(del|delete|saan|san) (jo|jor|zo|joh|zor) (ngo|ngo dei) (ge|go|gor) (number|hou ma|houma|dinwa|din wa)",
        "(m|mh|mm|um) (hou|ho) (zoi|joi|choi) (lyun lok|luen lok|lyunlok) ngo",
        "(mo|mou|m) [(yiu|sai)] (send|faat) [(ye|yeh|je)] (bei|bei2) ngo",
        "(m|mh|mm|um) (hou|ho) (faat|send) (gwong gou|gwonggou|ad|ads|promo|promotion)",
        "ting (ji|zi) (faat|send) [(seon sik|seonsik|sun sik|message|sms)]",
        # Don't send me more (the texts named or "me"): "請問可以不要再傳課程簡訊給我嗎".
        "(不要|別|不用)再(傳|發|寄)(任何|這些|那些|這種|課程|優惠|促銷|廣告|行銷|活動|推銷|推廣)(簡訊|訊息)",
        "停止(傳|發|寄)(簡訊|訊息|短訊)給我",
        "停止(給我|向我)(傳|發|寄)(簡訊|訊息|短訊)",
        "(推廣|廣告|宣傳)[(訊息|短訊|簡訊)][就](唔使|唔洗|唔駛)(喇|啦|嘞|了)",
        "(推廣|廣告|宣傳|優惠|促銷|行銷)(訊息|短訊|簡訊)[就](不用|不需要|不必)了",
        # Switch them off: "我要取消短訊通知", "行銷簡訊能不能幫我關掉", "我想先暫停接收".
        "(我要|我想|請|幫我|麻煩|唔該|同我)(取消|關閉|關掉|停止|停掉|熄咗|熄)[(我嘅|我的)][(所有|全部)](短訊|簡訊|訊息|推廣|推播)",
        "(行銷|推廣|優惠|廣告|促銷)(簡訊|訊息|短訊|通知)[(能不能|可以)][(幫我|幫忙)](關掉|關閉|取消|停掉)",
        "(行銷|推廣|優惠|廣告|促銷)(簡訊|訊息|短訊|通知)(請|麻煩)[(幫我|幫忙)](關掉|關閉|取消|停掉)",
        "(我想|我要|請|幫我|麻煩|唔該)[先]暫停接收",
        # Off the list, my number and my family's ("麻煩把我先生的號碼也一起取消").
        "(幫我|同我|將我|把我)除名",
        "(我|我先生|我太太|我老公|我老婆|我媽媽|我爸爸|我媽|我爸|阿媽|阿爸|我家人|我小孩|我兒子|我女兒)的號碼(也|都)[一起](取消|移除|刪除|刪掉)",
        # Off the sender's list, the number named ("請將此號碼從貴診所的通知名單中刪除",
        # "唔該將我個電話由通知名單刪除"): removal from a list of a business.
        "(通知|推廣|發送|宣傳|優惠|促銷|廣告|行銷|短訊|簡訊|訊息|直銷|回診通知)名單[中](刪除|移除|剔除|刪走|除名)",
        # Cantonese "shut it" ("收皮啦 日日都嚟"), no need to notify or pitch me again
        # ("唔使再通知我優惠", "唔使再推介新車型俾我").
        "收皮",
        "(唔使|唔洗|唔駛|不用|不必)再(通知|推介|推廣|推銷|介紹)(我|俾我|給我)",
        # Leave me alone; if you send again I will complain; I told you to stop.
        "(唔好|不要|別)再(煩我|打擾我|騷擾我|搵我|聯絡我|聯繫我)",
        "(唔好|別|不要)(煩我|打擾我|騷擾我)(啦|喇|了)",
        "請勿再(聯絡|聯繫|打擾|騷擾)",
        "再(send|發|傳)(就|我就)[去](投訴|報警|封鎖|block)",
        "叫(你們|你哋|你)(停|別傳|不要傳|不要再傳|唔好send|唔好再send|唔好再發)(還|仲|都仲|還是|還一直)",
        "取消取消取消",
        "stop(啦|喇)唔該",
        # Cantonese romanisation: cancel the subscription (cheui siu deng yuet), take my name
        # off (bong ngo cheui meng), don't send me (m hou faat bei ngo, with or without the
        # tone numbers of jyutping), no offers (m sai offer), don't bother me (m hou fan ngo),
        # I sent STOP, why still (send jor stop la dim gaai juk send).
        "(cheui siu|chui siu|cheuisiu|chuisiu|cheui sui|chui sui) (deng yuet|ding yuet|ding yut|deng yut|dingyuet|dengyuet)",
        "(bong ngo|bongngo|bong ngoh) (cheui meng|chui meng|cheuimeng|chuimeng)",
        "(m|mh|mm|um) (hou|ho) [(zoi|joi|choi)] (faat|fat|send) (bei|bi|pei) (ngo|ngoh)",
        "(m|mh) 4 (hou|sai) 2 [(zoi|joi) 3] (faat|fat) 3 bei 2 (ngo|ngoh)",
        "(m|mh) 4 (hou|sai) 2 (zoi|joi) 3 (faat|fat) 3 (seon|sun) 3 (sik|sek)",
        "(m|mh|mm|um) (sai|sei) (offer|offers|gwong gou|gwonggou|ads)",
        "(m|mh|mm|um) (hou|ho) [(zoi|joi)] (fan|faan) (ngo|ngoh)",
        "(send|faat|reply) (jor|jo|zo|joh|zor) (stop|unsub) [(la|laa|lo)] (dim gaai|dimgaai|dim gai|jung|juk|zung|zuk)",
        "(dim gaai|dimgaai|dim gai) (juk|zuk|gai juk|gaijuk|jung|zung) (send|faat|fat)",
        # Mandarin pinyin: take my number off, the texts: I want none of them.
        "(ba|jiang) (wo de|wode) (hao ma|haoma) (yi chu|yichu|shan chu|shanchu|shan diao|shandiao)",
        "(xun xi|xunxi|jian xun|jianxun|xiao xi|xiaoxi|xin xi|xinxi|duan xin|duanxin) (quan|dou|quan dou|quan bu|quanbu) (bu yao|buyao) (le|fa|zai fa)",
        # I don't want the offers (the negation of an opt-in below, "想收優惠訊息").
        "不想(收|接收)(優惠|活動|折扣|促銷|行銷|廣告)(訊息|簡訊|短訊|通知)",
        # Send more and I complain (not the opt-in "優惠簡訊繼續傳").
        "繼續(傳|發|send)(就|我就)[去](投訴|報警|封鎖|block)",
        # I don't want to sign up for them; don't put me on your list (the refusals of
        # opt-ins below).
        "(不想|唔想)登記收",
        "(不要|別|唔好)把我加(到|進)[你們的](簡訊|短訊|通知|優惠|行銷)名單",
        # No need to keep sending them, the texts named first ("回診提醒可以停了", "通知唔使再send
        # 俾我", "唔該以後唔好再發宣傳短訊俾我"); "不用再收到你們的簡訊".
        "(簡訊|訊息|短訊|推廣|廣告|提醒|通知)[就]可以(停了|停掉了|不用傳了|不用再傳了|停咗)",
        "(通知|提醒)(不用|不要|唔使|唔好)再(發|傳|send)(俾我|給我)",
        "(唔好|唔使|不用|不要|別)再(send|發|傳)(宣傳|促銷|行銷|sms)",
        "(不需要|不用|唔使)再(收到|收)[(你們的|你哋啲)](簡訊|訊息|短訊|通知|廣告)",
        "(以後|之後)(不要|請勿|唔好)再(傳|發|send)(簡訊|訊息|短訊|廣告)",
        # Cancel the SMS; English loanwords ("請幫我取消SMS", "幫我unsub"; not "唔該unsubscribe",
        # whose reading is the model's, test_keywords_model).
        "(幫我|請|麻煩|唔該|同我)(取消|停止|cancel)(sms|短訊|簡訊)",
        "(幫我|同我|麻煩|請)(unsub|unsubscribe|optout)",
        # Stop, repeated or with "enough"; how many times must I say it ("停啦停啦", "夠了別傳了",
        # "講咗幾多次唔好再send"); send again and I go to the regulator.
        "(停啦|停手啦|停吧|別傳了)(停啦|停手啦|停吧|別傳了)",
        "(夠了|夠啦|夠了喔)(停啦|停手啦|別傳了|別再傳了|不要再傳了|唔好再send|唔好再發|停吧)",
        "(說了|講咗|講了)(幾多|好多|多少|幾)(次|遍)(唔好再send|唔好send|唔好再發|不要再傳|別再傳|別傳|不要傳|退訂|stop)",
        "(說了|講咗)(幾多|好多|多少|幾)次[(了|喇)](還傳|還在傳|仲send|仲發|仲傳|都仲send)",
        "再(send|發|傳)(就|我就)[去](通訊局|消委會|ncc|消保官)",
        # Consent withdrawn ("本人撤回同意接收行銷簡訊").
        "(撤回|撤銷)[(我的|本人的)](同意|授權)(接收|你們發送|發送)",
        "不再同意(接收|收到|你們|貴公司)",
        "(我|本人)(不同意|拒絕)(接收|收到)(簡訊|訊息|短訊|行銷|推廣|廣告|你們|貴公司)",
        # Taiwanese in Latin letters (Pe̍h-ōe-jī, tones folded): don't send texts again.
        "(mai|bai|m-thang|mthang) (koh|ko|kou) (thoan|thuan|sang|kia) (kan sin|kansin|sms|bu sit|ho goa|hoo goa)",
        # Cantonese romanised: cancel the subscription, please (a keyword with "m goi").
        "(cheui siu|chui siu|cheuisiu|chuisiu) (deng yuet|ding yuet|dengyuet|dingyuet) (m goi|mgoi|mh goi|m gui) [(saai|sai)]",
        "(stop|ting) (la|laa|lah) (m goi|mgoi|mh goi)",
    ),
    # "重新訂閱" alone also reads "我不想重新訂閱": it is a keyword alone, and a phrase after a
    # word a negation cannot stand between (below).
    opt_in_phrases=("恢復訂閱", "恢復接收", "重新接收", "我要訂閱",
                    # "help me subscribe", "I still want them", "keep sending me", "turn the
                    # reminders back on", Cantonese "subscribe me again" (訂返, 開返, 收返).
                    "(幫我|我想)訂閱", "訂閱一下", "(想|還想)(重新|再)收到",
                    # Not a bare "還是想繼續收": after "my husband unsubscribed" it keeps what is.
                    "想繼續收(到你們|到簡訊|到訊息|到短訊|到通知|到提醒|到優惠|優惠|你們|你哋|簡訊|訊息|短訊|通知|提醒|返|啲)",
                    "(我|我們)還想繼續收",
                    "繼續(傳給我|寄送)", "恢復(提醒|通知|傳送|簡訊)", "(重新|幫我)開通",
                    "(幫我|想)(訂返|開返)", "想再收返",
        # Substrings know no negation before them ("唔好幫我..."): each request starts at a
        # word a negation cannot precede ("請", "唔該", "麻煩", "我想", "可唔可以") or names
        # the stream of texts it asks for; "再傳給我" alone may ask for one text again. "Keep
        # sending" (繼續, "通知還是傳給我") is left out: "廣告唔使 通知繼續send" stops the offers.
        "(我|我哋|我們)[(還是|都係)](想|想要|希望)(重新|再次)(訂閱|接收|收到|收返|登記)",
        "(現在|而家|還是|又|其實)(想|想要|希望|要)重新訂閱",
        "(我|我哋|我們)[(還是|都係)]要(重新|再次)(訂閱|登記|開通)",
        "(請|唔該|麻煩|麻煩你|快|快啲|可以|可唔可以|可不可以|能不能|可否)[(幫我|同我|給我)](重新訂閱|再次訂閱|重新登記|再登記|join返)",
        # Me back on the list (not 訂返, which also books a table again).
        "(請|唔該|麻煩|麻煩你|快|快啲|可以|可唔可以|可不可以|能不能|可否)[(幫我|同我|給我)](將我|把我)(加回來|加回去|加返|重新加入)",
        # In three parts (a trie each under 1,000 texts); 可唔可以 and 可不可以 end in 可以.
        "(請|唔該)[(幫我|同我|給我)](重新開啟|重新打開|再打開|再開啟|打開|開啟|開返|恢復|重新開通)(提醒|通知|推送|簡訊|短訊|訊息|優惠|訂閱)",
        "(麻煩|麻煩你)[(幫我|同我|給我)](重新開啟|重新打開|再打開|再開啟|打開|開啟|開返|恢復|重新開通)(提醒|通知|推送|簡訊|短訊|訊息|優惠|訂閱)",
        "(可以|能不能|可否)[(幫我|同我|給我)](重新開啟|重新打開|再打開|再開啟|打開|開啟|開返|恢復|重新開通)(提醒|通知|推送|簡訊|短訊|訊息|優惠|訂閱)",
        "(提醒|通知|推送)[(請|唔該|麻煩)][(幫我|同我|給我)][(再|重新)](開返|打開|開啟|開通)",
        "(優惠|優惠訊息|優惠簡訊|優惠短訊|活動訊息|活動通知|折扣訊息|促銷訊息|新品通知|新品資訊|會員通知|推廣)(可以|可唔可以|能|還能|能不能|可不可以|請)再(傳給我|傳|發給我|send俾我|send畀我|send給我|寄給我)",
        "算了還是(傳|發|send)(給我|俾我)",
        "有(優惠|活動|折扣|新品|折價券|優惠券|新活動|coupon)[(的話|時|嘅話|嘅時候)](記得|要)(通知我|告訴我|傳給我|發給我|send俾我|話我知)",
        "(請|麻煩|唔該|可以|可唔可以|可否|能否|能不能)[(幫我|同我)]恢復我的(提醒|通知|預約提醒|簡訊|訊息|訂閱)",
        # Sent STOP by mistake, put me back (a 退訂 in the message is read as an opt-out first).
        "(唔小心|不小心|手滑|撳錯|按錯)(撳咗|按咗|回咗|回了|按了|按到|撳到|打咗|send咗)stop",
        # Cantonese romanisation: 唔該幫我再登記, 我想重新訂閱, 提醒開返, 好呀訂閱.
        "(m goi|mgoi|mh goi|m gui|ching) [(bong ngo|bong ngoh)] (joi|zoi|choi|chung san|chung sun) (dang gei|deng gei|dang gi|ding yuet|ding yut|deng yuet|hoi faan|hoi fan|send bei ngo)",
        "(m goi|mgoi|mh goi|m gui) (hoi faan|hoi fan|hoifaan) [(yu yeuk|jyu joek|yuyeuk)] (tai sing|taising|tung ji|tungji|notification|notifications|reminder|reminders|alert|alerts|message|messages|sms|promotion|promo)",
        "(ngo seung|ngo yiu|ngo soeng|ngoh seung) (chung san|chung sun|cung san) (ding yuet|ding yut|deng yuet|dang gei|deng gei|sau|sau message|sau faan|sau dou)",
        "(ngo seung|ngo soeng|ngoh seung) (joi|zoi) (sau dou|sau faan)",
        "(tai sing|taising|tung ji|tungji|notification|notifications|noti|reminder|reminders|alert|alerts|promotion|promotions|promo|coupon|coupons) (hoi faan|hoi fan|hoifaan|joi send bei ngo|zoi send bei ngo)",
        "(ho a|hou a|ho ah|hou ah|ok|okay) (ding yuet|ding yut|deng yuet|joi send bei ngo|zoi send bei ngo)",
        "(ho a|hou a|ho ah|hou ah) sign me up",
        "(ho a|hou a|m goi|mgoi|ok|okay) bong ngo (subscribe|sign up|ding yuet|ding yut|dang gei)",
        # Others get them and I want them too; add me as well ("我也想收你們的...", "加埋我啦").
        "也(想|希望)(收|收到|接收)(你們的|你哋|簡訊|訊息|短訊|通知|提醒|優惠|活動)",
        "都想(收|要)(你哋|啲|優惠|短訊|通知|提醒)",
        "加埋我(啦|吖|呀|喇)",
        "(請|麻煩|快|那就)把我也(加上|加進去|加進來|加一下)",
        # How do I sign up for them; I want them by text ("怎麼訂閱你們的簡訊", "通知想用簡訊收",
        # "可唔可以SMS通知"). Not a bare "怎麼訂閱" ("我怎麼訂閱了").
        "(怎麼|如何|怎樣|點樣)訂閱(你們的|你哋|簡訊|短訊|通知|優惠|提醒|訊息)",
        "(怎麼|如何|點樣|哪裡)(登記|訂閱|開通|申請)(簡訊|短訊)",
        "(我|通知)想(用|透過)(簡訊|短訊|sms)(接收|收)",
        "(可以|可唔可以|可不可以|能不能)[用](sms|短訊|簡訊)通知",
        # A new number to add or send to ("這支號碼加進去", "以後傳到這支"): "一下" softens a
        # request, and "唔好", "不要" are no substring of the others.
        "(這支|這個|呢個|新)(號碼|號|number)(登記一下|加一下|加進去|綁定一下)",
        "(以後|之後)(傳|send)(到|去)(這支|呢個|這個)",
        "請(send|傳|發)(返去|去|到)(呢個|這個|這支)",
        # Put me back; keep sending, asked ("請加回來", "可以繼續傳...給我嗎").
        "(請|麻煩|快|唔該)[(幫我|同我)](加回來|加返)",
        "(可以|可唔可以|能不能|可不可以)繼續(傳|發|send)",
        # From now on by text ("請SMS俾我", "請直接傳簡訊到這個號碼").
        "請[直接](傳|發)(簡訊|短訊)(到|給我|俾我)",
        "(請|唔該)(sms|短訊)(俾我|給我|通知我)",
        "記得(簡訊|短訊|sms|send|傳簡訊)(通知我|告訴我|叫我|話我知|提我)",
        # Formal consent, with its subject ("本人同意接收..."): "不同意" is no substring of these.
        "(本人|我)[(確認|自願)]同意(接收|收|透過|通過|貴)",
        # Slang: every deal to me, keep the offers coming, I want the offers (its negation is an
        # opt-out above), deals texted at once ("著數即刻SMS我").
        "(優惠|折扣|活動|著數|福利)(都|全部)(傳給我|發給我|send俾我|send給我)",
        "(優惠|活動|折扣)(簡訊|訊息|短訊)(繼續傳|繼續發|繼續send)",
        "想(收|接收)(優惠|活動|折扣)(訊息|簡訊|短訊)",
        "著數(即刻|記得|就)(sms|send俾|通知|話俾)我",
        # A family member's number too ("我媽的手機號碼也加到...提醒", "通知都send俾佢老豆").
        "(媽|爸|先生|太太|老公|老婆|家人)的(號碼|電話|手機號碼)也(加|綁定)",
        "(都|也)send俾佢(老豆|阿媽|老公|老婆)",
        "也[請]傳給(他|她)(爸|媽|老公|老婆)",
        # Cantonese romanisation: put me back, how do I register, I consent, "ok, keep sending";
        # pinyin "please keep sending".
        "(m goi|mgoi|mh goi) (join fan|join faan|joinfan) [(ngo|ngoh)]",
        "bong ngo (hoi fan|hoi faan|hoifaan|join fan|join faan|ding fan|deng fan)",
        "(dim yeung|dimyeung) (register|reg|dang gei|deng gei|sign up|signup|subscribe|join)",
        "(ngo|ngoh|bun yan) (tung yi|tungyi) (jip sau|jipsau|sau|receive)",
        "(ho a|hou a|ok|okay) [(la|laa)] (gai juk|gaijuk) (send|faat)",
        "qing (ji xu|jixu) (chuan|fa|song)",
        # Turn a reminder on or back on ("幫我再訂返", "新品通知幫我開", "可以幫我開啟領藥提醒嗎",
        # "請恢復帳單到期提醒"): the reminder is named, so "幫我開門" is no opt-in.
        "(幫我|想)再(訂返|開返)",
        "(提醒|通知|推送)(幫我|同我)(開|開一下)",
        "(幫我|同我)(開|開啟|打開)[(領藥|取藥|到貨|送貨|包裹到貨|預約|覆診|帳單到期|帳單|會員|新品)](提醒|通知)",
        "恢復(領藥|取藥|到貨|送貨|預約|覆診|帳單到期|帳單|繳費|會員|新品|優惠)(提醒|通知)",
        # How do I sign up to get them; I want to sign up for them (its refusal "唔想登記收"
        # is an opt-out above); I want them back ("我要收返送貨通知"); join me back.
        "(點樣|怎麼|如何|怎樣)登記(收|接收)",
        "想登記收",
        "(我要|我想|我都想|我仲想)收返[(送貨|到貨|優惠|會員|活動)](通知|提醒|優惠|短訊|訊息)",
        "幫我(join返|join番)",
        # Send them to me all the same ("集點活動的訊息還是傳給我啦").
        "(訊息|簡訊|短訊|通知|優惠)還是(傳給我|發給我|send俾我)(啦|吧)",
        # Put me on the list, asked ("順便把我加進你們的新品通知名單吧"); its refusal is an
        # opt-out above.
        "(請|麻煩|順便|那就)把我加(到|進)[你們的](簡訊|短訊|通知|優惠|會員|新品通知)名單",
        # Send them to my new number from now on ("以後覆診提醒麻煩發去新號碼").
        "(發|send|傳|轉)(去|到)新(號碼|號|電話)",
        # Cantonese romanised: subscribe again.
        "(chung san|chung sun|cung san) (deng yuet|ding yuet|ding yut|deng yut)",
    ),
    help_phrases=("這是什麼", "你是誰", "你們是誰", "哪位", "誰傳的", "這是誰", "你們是哪", "哪家公司",
        # How often will you text me? Why am I getting these messages? (questions, not complaints)
        "(多久|多長時間|幾耐)(傳|發|會傳|會發)一次",
        "(一週|每週|每周|每星期|每天|每個月|每月)[(傳|發|會傳|會發|會收到)]幾(則|封|次|條)",
        "[(之後|以後)]會固定每(週|周|天|月)(傳|發)",
        "(點解我會|我點解會|為什麼我會|我為什麼會)收到(呢啲|呢個|呢條|這些|這種|這則|這個)",
        # Who is this, what is this number (Mandarin and Cantonese). Not "where did you get my
        # number": it comes before an opt-out ("...? 刪咗佢") that the model alone reads.
        "(您|您們)是(誰|哪)", "(誰|邊個|哪裡|邊度)(傳來的|發來的|send嚟|send來|send嘅|發嘅)",
        "(你係|你哋係|請問係|請問你係|呢個係|呢個號碼係|呢個number係)(邊個|邊位|邊間|乜嘢|咩|邊度)",
        "邊間(公司|舖頭|鋪頭|店)", "(咩|乜嘢|乜)公司(嚟|黎)",
        "(這是|這個是|呢個係)(什麼|哪個|誰的|邊個|咩)(號碼|number|電話)", "這個號碼是(誰|哪|什麼)",
        "(呢啲|呢個|呢條|這些|這個|這則)(通知|短訊|訊息|簡訊|sms)(係|是)(咩|什麼|做咩|做乜|乜嘢|咩嚟|幹嘛|做什麼|幹什麼)",
        # Is this a scam?
        "(是不是|係咪|係唔係|是否)(詐騙|騙子|騙局|騙案|呃人|釣魚)", "是(詐騙|騙子|騙局|詐騙集團|釣魚簡訊)嗎",
        # Does it cost anything?
        "(簡訊|短訊|訊息|sms|回覆|通知)[服務](要錢|要收費|會收費|收費嗎|收唔收費|要唔要收費|要唔要錢|使唔使錢|使唔使俾錢|洗唔洗錢|免費嗎|係咪免費|是免費的嗎|有冇收費|有沒有收費|怎麼收費|點收費|要付費|會扣錢|要不要錢)",
        # How often?
        "(幾耐|幾多日|幾日)(send|傳|發)一次", "(一個禮拜|一星期|每個禮拜|每星期|每日|每個月)[會](send|發|傳)幾[多](次|條|個|則)",
        # How do I reach support?
        "(有冇|有沒有|請問|可唔可以俾|可以給我|給我)(客服|熱線|聯絡|查詢|人工)(電話|熱線|方式|號碼)",
        "客服(電話|熱線)(是多少|幾多號|係幾多|是|係)", "(點樣|點|怎麼|如何|怎樣)(聯絡|聯繫|搵|找)(客服|人工|你哋|你們|真人)",
        # Cantonese romanisation and Taiwanese pinyin.
        "(li go|ni go|nei go|lei go) (hai|hei) (bin go|bin wai|mat ye|mat yeh|mud ye|mud yeh)",
        "(nei|lei) (hai|hei) (bin go|bin wai)", "(nei dei|lei dei) (hai|hei) (bin go|bin wai|bin gaan)",
        "(ni d|ni di|li d|li di|nidi|lidi) (mat ye|mud ye|matye|mat yeh) (sun sik|seon sik|message|messages|msg|sms|tung ji)",
        "(mat ye|mud ye|mat yeh) (sun sik|seon sik|message|sms) (lei ga|lei gah|lei)",
        "(qing wen|qingwen) (ni shi|nimen shi|ni men shi) (na li|nali|na wei|shei|shui|na jia)",
        "(duo jiu|duojiu) (chuan|hui chuan) yi ci",
    ),
    not_opt_out_phrases=(
        # What follows an unsubscription, asked ("取消訂閱之後還會收到取件通知嗎？").
        "(退訂|取消訂閱)(以後|之後|後)(還能|還會|會不會|能不能|是不是|仲會|仲收唔收)",
        # Negated removal is a wish to keep the texts ("don't remove me", "I'm not
        # unsubscribing"); never a negated send/write, which stays an opt-out.
        # "Don't stop sending": the keep-sending wish, never the stop it negates.
        "(不要|別|不用|不必|請勿|唔好|唔使)(停止|停掉|暫停)(發送|傳送|發|推送)",
        "(不要|別|不用|不必|請勿|唔好|唔使|唔駛)(把我|將我|把我的號碼|把我號碼|我的號碼|我號碼|將我個號碼|將我嘅號碼)(刪|移除|去掉|踢|剔)",
        "(不要|別|不用|不必|請勿|唔好|唔使)(刪|刪除|刪掉|移除|剔除)(我|我的號碼|我個號碼)",
        # "I'm not unsubscribing, just asking ...": the request named to deny it.
        "(我不是要|不是要|我不是想|不是想|並不是要|我沒說要|沒說要|我沒有要|我唔係要|唔係要)(退訂|取消訂閱)",
        "(不要|別|請勿|唔好)(把我|將我|把我的號碼|將我個號碼)(從名單|從名單裡|從名單裏|從列表|喺名單度|喺名單)(刪|移除|剔|踢)",
        "(不要|別|不用|不必|請勿|唔好|唔使)[(幫我|給我|替我|同我)](退訂|取消訂閱)",
        "(暫時不退|先不退|我不退訂|我不退|不打算退訂|不想退訂|沒打算退訂|不會退訂|唔退訂|唔會退訂|暫時唔退)",
        "(不要|別|請勿|唔好)(停|停止|停掉|取消)[(我的|我嘅)](短訊|簡訊|提醒|通知)",
        "回覆退訂", "退訂請回覆", "停不下來", "雨停了", "停車", "停靠", "公車站", "車站",
        # Refusing to be unsubscribed: "don't unsubscribe me" (Mandarin and Cantonese, and
        # Cantonese in Latin letters: "m hou unsub ngo").
        "(m|mh|mm|um) (hou|ho) (unsub|unsubscribe|cheui siu|chui siu|del|delete|cancel) ngo",
        "別給我退訂", "別幫我退訂", "別把我退訂", "別退訂", "不要給我退訂", "不要幫我退訂",
        "不要把我退訂", "不要退訂", "不用退訂", "唔好幫我退訂", "唔好退訂", "唔使退訂",
        "唔好取消我", "不要取消我",
        # Unsubscribed by mistake: the message goes on to ask for the texts back.
        "(唔小心|不小心|手滑|撳錯|按錯|誤按|誤)[(撳咗|按咗|按了|按到|撳到|點了|點到|點咗|撳了)]退訂",
        # No need to send one thing once more ("不用再傳一次了" with "I got it"): not the texts.
        "(不用|不必|唔使|唔洗)再(傳|發|传|发)一(次|遍)",
        # Cancelling a booking or a paid membership, which 退訂 also means ("飯店退訂的話要扣多少").
        "(飯店|酒店|房間|機票|車票|門票|會員|自動續費|套餐|行程)[(我要|我想|要|想|已經|已)]退訂",
        "退訂[(咗|了)][(你們的|你哋嘅|你們|嗰個|這個)](房間|酒店|飯店|機票|車票|門票|會員|自動續費|套餐|訂單|明天|後天|今天)",
        "(房|房間|酒店|飯店|訂單|機票|門票)(幫我|麻煩|請|唔該)退訂",
        "(愛奇藝|netflix|spotify|youtube|disney|健身房|視頻|影音|音樂)(會員|vip)",
        # Enough food or goods, no more deliveries, no paper bills ("兩箱就夠", "第三箱不用送").
        "(箱|份|盒|袋|包)(就夠了|就夠|夠晒|已經夠)",
        "(箱|份|盒)(不用|唔使|不要)(送|send|發)",
        "(夠食|夠用|食唔晒|食不完|吃不完|夠吃了|夠用了)",
        "(不用|唔使)[再](送|寄)(了|過來|嚟)",
        "(紙本|紙質)(帳單|月結單|目錄)(不用|不要|唔使)",
        "(不用|別|不要|停止|取消|唔使|唔好)[再]寄紙本",
        # Someone else unsubscribed their own number ("老公把他的號碼取消訂閱了"), the writer stays.
        "(老公|老婆|先生|太太|爸|媽)把(他|她)的號碼(取消訂閱|退訂)",
        "(老公|老婆|老豆|阿媽)將佢(嘅|個)號碼(取消|退訂)",
        # Wrong number asked about ("傳錯人了吧"); alone it is no request.
        "(傳錯人了|傳錯了|打錯了|發錯人了|打錯號碼了)吧",
        # Unsubscribed by mistake or on a whim, regretted: the message asks for the texts back
        # ("手殘回了STOP取消訂閱", "手滑回了退訂").
        "(唔小心|不小心|手滑|手殘)(回了|回咗)[(stop|td)](取消訂閱|退訂)",
        "(一時衝動|手殘|手滑|唔小心|不小心)[就](取消訂閱|退訂)",
        "(退訂|取消訂閱)(錯了|錯咗|按錯了)",
        "後悔(退訂|取消訂閱)",
        "(退訂|取消訂閱)(後悔了|完後悔)",
        # Cantonese romanisation: unsubscribed by mistake; don't stop my number; don't buy more.
        "(m siu sam|msiusam|m siu sum|siu sam|bat siu sam) (unsubscribe|unsub|cancel|cheui siu|chui siu|stop|reply stop|send stop) [(jo|jor|zo|joh|zor)]",
        "(m ho|m hou|mh hou|mh ho) (ting|ting ji)",
        "(m ho|m hou|mh hou) [(joi|zoi)] (mai|maai) (ye|yeh|je)",
        # Consent not withdrawn ("我沒有撤回同意").
        "(沒有|沒|並沒有|不會|不想|不打算)(撤回|撤銷)",
    ),
    hint_words=(
        "這", "們", "發", "說", "麼", "個", "時", "對", "會", "給", "還", "訂", "謝", "請",
        "車", "嗎", "沒", "過", "經", "見",
    ),
    replies={
        "opt_out_clarify": "您已取消訂閱{program}的簡訊。回覆 MKT 僅停止優惠訊息，回覆 ALL 停止全部訊息。協助：{support}。",
        "opt_out": "【{program}】您已退訂，將不再收到我們的簡訊。客服：{support}。回覆START可重新訂閱。",
        "opt_out_all": "【{program}】您已退訂我們的全部簡訊，將不再收到任何簡訊。客服：{support}。"
        "回覆START可重新訂閱。",
        "opt_in": "【{program}】您已重新訂閱。可能產生簡訊及數據費用。客服：{support}。"
        "回覆幫助取得說明，回覆退訂或STOP即可退訂。",
        "help": "【{program}】如需協助請聯絡{support}。可能產生簡訊及數據費用。回覆退訂或STOP即可退訂。",
    },
    sources=(
        "https://www.sent.dm/resources/tw-sms-guidance (opt-out instructions in English and Chinese)",
        "https://www.teamplus.tech/product/every8d-login (NCC: sender identity in every SMS)",
        "No Taiwanese carrier keyword list found: 退訂/取消訂閱 kept to whole messages and named-message phrases.",
    ),
    courtesy_words=("謝謝", "請", "麻煩", "謝謝你", "好嗎", "吧", "mgoi", "dojeh", "唔該"),
    # Answers to the clarifying question (app/messaging/clarify.py): stop only
    # marketing, or everything.
    clarify_marketing=("mkt", "優惠"),
    clarify_all=("all", "全部"),
)
