"""Chinese, simplified characters (mainland practice). Written without spaces: phrases match as
substrings of the message, keywords only as the whole message.

Sources: MIIT's Administrative Rules for Short Message Service (2015) require every commercial
SMS to carry a "convenient and effective" way to refuse further messages (campaignsms.com,
citing the National Law Review); in practice senders print "回T退订" / "回TD退订" and "拒收请回复R",
and operators accept TD-style replies (China Telecom's "编辑短信TD至10623999即可取消", v5tt.cn;
sisplast.com's list of KTXX/UNSUB/TDXX); providers' China guides list 退订, TD and 帮助
(sent.dm China SMS guide; telqtele.com on MIIT opt-out instructions). T and TD are kept as whole
messages only. Quoted instructions ("回T退订") are listed as not-opt-out so a forwarded
advert is not read as a request.
"""

from app.keywords.languages.rules import LanguageRules

RULES: LanguageRules = LanguageRules(
    code="zh-Hans",
    name="Chinese (Simplified)",
    opt_out_keywords=(
        "td", "t", "退订", "取消订阅", "停止", "拒收", "退出", "停止发送", "不要再发了", "别发了",
        "tuiding", "tui ding", "quxiao dingyue", "r", "退定",
        "qu xiao ding yue", "qu xiao dingyue",
        "退退退",  # "go away" (a whole message only: "负能量退退退" is banter)
    ),
    opt_out_all_keywords=("全部退订", "退订全部"),
    opt_in_keywords=("重新订阅", "订阅", "恢复订阅", "开通",
                     # Pinyin, whole messages only (no short syllables: a keyword's words
                     # steer the repair of stretched words, "saan" -> "san").
                     "dingyue", "chongxin dingyue", "huifu dingyue"),
    help_keywords=("帮助", "客服", "求助", "详情"),
    opt_out_phrases=(
        "退订", "取消订阅", "不要再发短信", "不要再发信息", "不要再发消息", "不要再给我发",
        "别再给我发", "别再发了", "请勿再发", "不要再发了", "不想再收到", "不要再收到",
        "停止发送", "拒收短信", "拒收信息", "不再接收", "从名单中删除", "删除我的号码",
        "把我移出", "打错了", "发错人了",
        "把我从名单",
        "把我从列表",
        "把我的号码从",
        "把我的号码删",
        "删掉我的号码",
        "别再骚扰",
        "不要再骚扰",
        "以后别发",
        # "怎么才能不收到这些短信": asking how to stop the texts asks us to stop them.
        # Phrases match as substrings: 才能 covers 怎么才能 / 如何才能, 可以 covers 才可以, 不再收
        # covers 不再收到. A bare 怎么 before 不 is left out: "怎么不再收到你们的短信了" asks why.
        "(才能|可以)(不再|不)(收到|接收)(这些|这种|这类|你们的)(短信|信息|消息|通知|推送)",
        "(怎样|如何)(不再|不)(收到|接收)(这些|这种|这类|你们的)(短信|信息|消息|通知|推送)",
        "(这些|这种|你们的)(短信|信息|消息|通知)(怎么才能|怎样才能|如何才能|如何|怎样)(不再收|不收|取消|屏蔽|关掉|停掉)",
        "(这些|这种|你们的)(短信|信息|消息|通知)怎么(取消|屏蔽|关掉|停掉)",
        "(才能|可以|怎么|怎样|如何)(停掉|停止|关掉|关闭|取消|屏蔽)(这些|这种|你们的)(短信|信息|消息|通知)",
        "(neng|caineng|keyi) (bu zai|buzai|bu) (shou dao|shoudao) (zhe xie|zhexie|nimen de) (duan xin|duanxin|xin xi|xinxi)",
        # Pinyin: "I want to unsubscribe", "don't send any more".
        "(wo yao|woyao|qing|qing bang wo|bang wo|wo xiang) (tuiding|tui ding|quxiao dingyue|qu xiao ding yue)",
        # "wo yao qu xiao duan xin tong zhi" (我要取消短信通知).
        "(wo yao|woyao|qing|qing bang wo|bang wo|wo xiang|mafan) (qu xiao|quxiao|guan bi|guanbi|ting zhi|tingzhi|guan diao|guandiao) (duan xin|duanxin|xiao xi|xiaoxi|tui song|tuisong|xin xi|xinxi) [(tong zhi|tongzhi)]",
        "(bie|bu yao|buyao) (zai fa|zaifa) (le|la|duanxin|xinxi|gei wo)",
        # "qing yi chu wo de hao ma" (请移除我的号码), "shan chu wo de hao ma" (删除).
        "(yi chu|yichu|shan chu|shanchu|shan diao|shandiao) (wo de|wode) (hao ma|haoma|shou ji hao|shoujihao|dian hua|dianhua)",
        # Don't send me any more (the texts or me named: "别再发我了", "不用再给我发消息了").
        "(别|不要)再(发我|发给我)",
        "停止(给我|向我)发(短信|信息|消息|广告)",
        "(不用|不必|无需|没必要)再(给我|给我们)发(消息|短信|信息|广告|优惠|推送|通知)",
        "(不用|不必|无需)再发(消息|短信|信息|广告)给我",
        "(别|不要|不用)[再]发(那些|这些|这种|这类)[(打折|优惠|促销|营销|推广)](广告|短信|信息|消息)",
        "(别|不要|不用)再(发|推送)[(打折|优惠|促销|营销|推广)](广告|短信)",
        # The kind named between ("别再发课程推广了", "别再给我推新品短信了").
        "(别|不要)再(发|给我发|给我推|推)(课程|新品|活动|招生|产品|理财|贷款)(推广|广告|短信|信息)",
        # The texts named first: "家校通的短信就麻烦帮我们停掉吧", "推送就停掉吧", "广告我不想收了".
        "(短信|信息|消息|推送|广告|通知)[(就|也|都)](帮我|帮我们|给我|给我们)(停掉|关掉|取消|停了|关了)",
        "(短信|信息|消息|推送|广告|通知)[(就|也|都)](麻烦|请|麻烦你)(帮我|帮我们|给我|给我们)(停掉|关掉|取消)",
        "(短信|信息|消息|推送|广告|通知)[(就|也|都)](停掉|关掉|取消)吧",
        "(广告|短信|信息|消息|推送)[我](不想|不想再|不要再|不愿再)(收|接收)",
        # Switch them all off, leave the text notifications ("取消所有短信通知", "我要退出短信通知").
        "(取消|关闭|关掉|停掉|停止)(所有|全部|一切)[的](短信|消息|信息|推送|通知|提醒|营销短信|推广短信|广告)",
        "退出(短信|消息|信息)(通知|推送|提醒|订阅|服务|名单)",
        "(请|帮我|麻烦|麻烦你|我要|我想)(取消|关闭)[(所有|全部)][(营销|推广|广告|优惠|促销)](短信|信息|消息|推送)",
        "(请|帮我|麻烦|麻烦你|我要|我想)(关掉|停掉)[(所有|全部)][(营销|推广|广告|优惠|促销)](短信|信息|消息|推送)",
        # Off the list: "能把我从营销名单里移除吗", "把我们从家长通知名单里去掉".
        "(营销|推广|广告|短信|发送|通知|群发|推送|促销|优惠)名单[(里|中|上)](移除|删除|去掉|删掉|拿掉|移出|除名|剔除)",
        "(把我们|把这个号码|把此号码|将我|将我的号码|把我的手机号)从[(你们的|营销|推广|短信|发送|通知|家长通知|群发)](名单|列表|通讯录|系统)",
        "(号码|号)(已|已经)(换新机主|换机主|换人了|换主人|易主)",
        "已换新机主",
        # Leave me alone, enough of the texts.
        "(别|不要)骚扰我(了|啦|们|好吗|行不行|行吗|可以吗)",
        "(别|不要)(烦我|打扰我)(了|啦)",
        "(别|不要)再(烦我|打扰我|联系我)",
        "请勿再(联系|打扰|骚扰)",
        "(别|不要)[再][(短信|信息|消息)]轰炸我",
        # Pinyin: stop sending, "the texts: don't send them", "I replied TD, why still", "how
        # many times did I say tuiding", "unsubscribe her for me", "cancel my subscription"
        # (not "zenme tuiding", which asks how).
        "(ting zhi|tingzhi) (fa song|fasong|fa duanxin|fa xinxi|fa xiaoxi)",
        "(xiaoxi|xiao xi|xinxi|xin xi|duanxin|duan xin|guanggao|tuisong|tongzhi|xunxi|xun xi) (quan|dou|quan dou|quanbu|quan bu|jiu|ye) (bu yao|buyao|bie) (fa|zai fa|zaifa)",
        "(bu yao|buyao|bie|bu xiang yao|bu xu yao) (youhui|guanggao|cuxiao|tuiguang|yingxiao) (xinxi|duanxin|xiaoxi|tongzhi)",
        "(hui|hui le|huile|hui guo|huiguo|huifu|hui fu|huifu le|huifu guo|fa le|fa guo) (td|t|tuiding|tui ding) le (zenme|weishenme|wei shenme|wei shen me|zen me) hai",
        "(shuo le|shuole|shuo guo|shuoguo|hui le|huile) (duo shao ci|duoshao ci|duoshaoci|ji ci|hao ji ci|haoji ci|hen duo ci|san ci) (tuiding|tui ding|td|bie fa|bie zai fa|bu yao fa|bu yao zai fa)",
        "(bang|gei|ti) (wo|ta|wo ma|wo baba|wo ba ba|wo mama|wo ma ma|wo ba|wo laopo|wo laogong) (tuiding|tui ding|quxiao dingyue|qu xiao ding yue)",
        "(tuiding|tui ding) (yi xia|yixia)",
        "(quxiao|qu xiao) (wo de|wode) (dingyue|ding yue)",
        "(bie|bu yao|buyao) [(zai|zai lai)] (sao rao|saorao|da rao|darao|fan) wo",
        "(bu xiang|buxiang|bu yao|buyao) [zai] (shou dao|shoudao|jie shou|jieshou) (nimen de|ni men de|zhe xie|zhexie|zhe zhong|zhezhong|guanggao|youhui)",
        "(ba|jiang) (wo|wo de haoma|wo de hao ma|wode haoma) cong (mingdan|ming dan|liebiao|lie biao|nimen de mingdan|ni men de ming dan)",
        "(ba|jiang) (wo de haoma|wo de hao ma|wode haoma|wode hao ma) (yi chu|yichu|shan chu|shanchu|shan diao|shandiao)",
        # I don't want the offers (the negation of an opt-in below, "想收优惠信息").
        "不想(收|接收)(优惠|活动|折扣|促销|营销|广告)(信息|短信|消息|通知)",
        # Send more and I complain (not the opt-in "优惠短信继续发").
        "(再|继续)发(就|我就)[去](投诉|举报|拉黑|报警)",
        # Don't put me on your list; don't subscribe me (the refusals of opt-ins below).
        "(别|不要|请勿)把我加(到|进)[你们的](短信|通知|优惠|营销)名单",
        "(bie|bu yao|buyao) (bang wo|gei wo|zai bang wo) (dingyue|ding yue)",
        # No need to keep sending them, the texts named first ("复诊提醒的短信可以停了",
        # "那些广告短信就不要发给我了", "推送不用再发了"); "不用再收到你们的短信".
        "(短信|信息|消息|推送|广告|通知|提醒)[就]可以(停了|停掉了|不用再发了|不用发了)",
        "(短信|信息|消息|推送|广告|通知)[就](不要|别|不用)(发给我|给我发|再发给我|再给我发)",
        # "招生短信麻烦别再发到我这个号了", "短信以后就不用发到我这个号码了", "活动短信就不用发我了",
        # "广告短信都别发了".
        "(短信|广告)[以后][就](不要|别|不用)[再](发我了|发到我这个号|发到我这个号码)",
        "(短信|广告)(麻烦|请)(不要|别)再发到(我这个号|我这个号码|这个号码)",
        "(短信|广告)(都|就)(别|不要|不用)[再]发了",
        "(短信|信息|消息|推送|广告|通知|提醒)[就](不用|不必|没必要)再发了",
        "(不需要|不用)再(收到|接收)[你们的](短信|信息|消息|通知|推送|广告)",
        # Off the list by number ("能不能把我的号码去掉").
        "把我的号码(去掉|移除|拿掉|移出|撤掉)",
        # English loanwords ("帮我unsubscribe一下").
        "(帮我|请|麻烦|麻烦帮我|给我)(unsubscribe|unsub|optout)",
        # Stop, repeated or with "enough"; how many times must I say it ("停啦停啦", "够了别发了",
        # "说了多少次退订", "退订了几次还发", "td td td").
        "(停啦|停吧|别发了|不要发了)(停啦|停吧|别发了|不要发了)",
        "td td",
        "(够了|够啦|烦死了)(别发了|不要发了|停了吧|停吧|停啦)",
        "说了(多少|几|好几|无数)(次|遍)(别发|不要发|别再|不要再|退订|td|停)",
        "(说了|回了|退订了)(多少|几|好几|无数)次[了](还发|还在发|还是发|还收到|还在收到)",
        # Don't send me the texts from now on; formally, to this number.
        "(以后|今后)(不要|请勿|不用)[再][给我]发(短信|信息|消息|广告)",
        "(请勿|请不要|不要)[再]向(我|本人|本号码|此号码|我的号码)发送",
        # Consent withdrawn ("我撤回同意接收营销短信", "本人不再同意接收").
        "(撤回|撤销)[(我的|本人的)](同意|授权)(接收|你们发送|发送)",
        "(撤回|撤销)[(我|本人)]对(你们|贵公司|贵司|短信|营销短信|营销信息)",
        "不再同意(接收|收到|你们|贵公司|贵司)",
        "(我|本人)(不同意|拒绝)(接收|收到)(短信|信息|营销|推广|广告|你们|贵公司)",
        # Pinyin: stop it, it's annoying ("zenme tuiding a" is left out: it may ask how).
        "(biefale|bie fa le|bie zai fa le|biezaifale|bu yao fa le|buyao fale) (fan si le|fansile|fan si|hen fan|tai fan le|fan bu fan)",
        "(fan si le|fansile|fan si|tai fan le) (biefale|bie fa le|bie zai fa le|biezaifale)",
    ),
    # "重新订阅" alone also reads "我不想重新订阅": it is a keyword alone, and a phrase after a
    # word a negation cannot stand between (below).
    opt_in_phrases=("恢复订阅", "恢复接收", "重新接收", "我要订阅",
                    # "help me subscribe", "I still want them", "keep sending me", "turn the
                    # reminders back on" (not "resend it": a one-time code sent again).
                    "(帮我|给我|我想)订阅", "订阅一下", "(想|还想)(重新|再)收到",
                    # Not a bare "还想继续收到": after "my husband unsubscribed" it keeps what is.
                    "(想|还想)继续收到(你们的|短信|信息|消息|通知|提醒|优惠|活动|航班)",
                    "继续(给我发|发给我)", "恢复(提醒|通知|推送|短信|发送)", "(重新|帮我)开通",
        # Substrings know no negation before them ("不要帮我..."): each request starts at a
        # word a negation cannot precede ("请", "麻烦", "我想", "可以...吗") or names the
        # stream of texts it asks for; "再发给我" alone may ask for one text again. "Keep
        # sending" (继续) is left out: "广告别发了 提醒继续发吧" stops the offers.
        "(我|我们)[(还是|还)](想|想要|希望)(重新|再次)(订阅|接收|收到|开通)",
        "(现在|还是|又|其实)(想|想要|希望|要)重新订阅",
        "(我|我们)[还是]要(重新|再次)(订阅|开通)",  # not "我还要继续收到吗" (must I still)
        "(请|麻烦|麻烦你|麻烦你们|快|赶紧|可以|能|能不能|可不可以|能否|可否)[(帮我|给我)](重新订阅|再次订阅)",
        # Me back on the list (not "可以加回来吗" about an item, nor 订回来: a booking).
        "(请|麻烦|麻烦你|麻烦你们|快|赶紧|可以|能|能不能|可不可以|能否|可否)[(帮我|给我)]把我(加回来|加回去|重新加上|重新加回|加回名单)",
        # Two halves (a trie each under 1,000 texts); 能不能 and 可不可以 end in 能 and 可以.
        "(请|麻烦|麻烦你|麻烦你们)[(帮我|给我)](重新打开|重新开启|再打开|再开启|打开|开启|重新开通|恢复)(提醒|通知|推送|短信|信息|消息|优惠信息|活动通知|订阅)",
        "(可以|能|能否|可否)[(帮我|给我)](重新打开|重新开启|再打开|再开启|打开|开启|重新开通|恢复)(提醒|通知|推送|短信|信息|消息|优惠信息|活动通知|订阅)",
        "(提醒|通知|推送|短信提醒|短信通知)[(请|麻烦)][(帮我|给我)](再|重新)(打开|开启|开通)",
        "(优惠|优惠信息|优惠短信|活动信息|活动通知|折扣信息|打折信息|促销信息|新品通知|会员活动)(可以|能|还能|能不能|可不可以|请)再(发给我|给我发|推送给我)",  # not "...再发给我就投诉"
        "有(优惠|活动|折扣|新品|打折|促销|新活动)[(的话|时|的时候)]记得(通知我|告诉我|发给我|给我发|叫我)",
        # Sent T / TD by mistake (a 退订 in the message is read as an opt-out first).
        "(不小心|手滑|误操作|误|按错|点错)(回了|回复了|发了|按了|点了|回|回复|发)(t|td)",
        # Pinyin.
        "(wo yao|woyao|wo xiang|woxiang|wo hai xiang|wo hai yao|qing|qing bang wo|mafan|mafan bang wo|mafan ni) (dingyue|ding yue|chongxin dingyue|chong xin ding yue|huifu dingyue|hui fu ding yue|huifu tongzhi|hui fu tong zhi|huifu tixing|hui fu ti xing|chongxin jieshou|chong xin jie shou)",
        "(hao de|haode|hao|hao a|hao ba|ok|okay|keyi) (dingyue|ding yue)",
        "(wo xiang|wo yao|wo hai xiang|wo hai yao|woxiang|woyao) (chongxin|chong xin) (shoudao|shou dao|jieshou|jie shou)",
        "(youhui|duanxin|youhui duanxin|youhuiquan|youhui quan|tongzhi|tixing|huodong|huodong tongzhi|xiaoxi|xinxi) zai fa gei wo (ba|a|la)",
        "(wu caozuo|wucaozuo|bu xiaoxin|buxiaoxin|bu xiao xin) (hui le|huile|fa le|fale|an le) (t|td)",
        # Others get them and I want them too ("...我也想收到你们的新品通知"); not
        # "也想收到退款": the texts are named. "也不想收" is no substring of these.
        "也(想|希望)(收|收到|接收)(你们的|短信|信息|消息|通知|提醒|优惠|活动|新品)",
        "(我|我们)也(想|想要|要|希望)(订阅|开通)",
        "(请|麻烦|麻烦你|那就|快)把我也(加上|加进去|加进来|加一下|加到名单)",
        # How do I sign up for them; I want them by text ("怎么订阅你们的短信", "通知想用短信接收").
        # Not a bare "怎么订阅": "我怎么订阅了" complains.
        "(怎么|如何|怎样)[才能]订阅(你们的|短信|通知|优惠|提醒|消息)",
        "(怎么|如何|怎样|哪里)(注册|登记|报名|开通|申请)短信",
        "(我|我们|通知|提醒)(想|希望)(用|通过)短信(接收|收)",
        # A new number to add ("这个号码登记一下", "这个号添加进去"): "一下" softens a
        # request and stands with no negation.
        "(这个|新)(号|号码|手机号)(登记一下|加一下|添加一下|绑定一下|加进去|添加进去)",
        # Put me back ("请加回来").
        "(请|麻烦|快|赶紧)[(帮我|给我)](加回来|加回去)",
        "(给我|帮我)(开回来|打开回来)",
        # From now on by text ("请直接发短信到这个号码", "麻烦发个短信告诉我").
        "(请|麻烦)[直接](发个|发)短信(告诉我|通知我|到这个号)",
        "(以后|今后|往后)[都](用|发)短信(通知|告诉|提醒)",
        "记得(短信|发短信|用短信)(通知我|告诉我|call我|叫我|提醒我)",
        # Formal consent, with its subject ("本人同意接收...", "我确认同意接收..."): "不同意" is
        # no substring of these.
        "(本人|我)[(确认|自愿)]同意(接收|接受|收|通过|贵)",
        "(本人|我)(愿意|自愿)(接收|接受|收)",
        # Slang: send me every deal, keep the offers coming ("优惠都给我发", "优惠短信继续发"),
        # I want the offers (its negation is an opt-out above).
        "(优惠|折扣|活动|福利)(都|全都)(给我发|发给我|发我)",
        "(优惠|活动|折扣)(短信|信息|消息)(继续发|接着发|照常发)",
        "想(收|接收)(优惠|活动|折扣)(信息|短信|消息)",
        # A family member's number too ("把我妈的手机号也加到...提醒里", "也请发给他爸爸").
        "(妈|爸|老公|老婆|先生|太太|家人|孩子)的(号码|手机号|电话)也(加|绑定)",
        "也[请]发给(他|她)(爸|妈|老公|老婆|先生|太太)",
        # Pinyin: how do I sign up, turn the notices back on, add me / my family's number too.
        "(zenme|zen me|ruhe|zenyang) (zhuce|zhu ce|dingyue|ding yue|dengji|deng ji|kaitong|kai tong) (duanxin|duan xin|tongzhi|tong zhi|tixing|ti xing)",
        "(huifu|hui fu) (tongzhi|tong zhi|tixing|ti xing) (ba|a|la)",
        "(qing|mafan|bang wo) (ba|jiang) wo [ye] (jia shang|jiashang|jia jinqu|jiajinqu|jia huilai|jiahuilai)",
        "(ba|jiang) (wo ba|wo ma|wo laogong|wo laopo|wo baba|wo mama|wo erzi|wo nver) de (haoma|hao ma|shoujihao|shouji hao) ye (jia dao|jiadao|jia shang|jiashang|bangding|bang ding)",
        # Turn on a reminder ("帮我开一下短信提醒", "给我开一下快递到件提醒"): the reminder is
        # named, so "帮我开一下门" or an invoice is no opt-in.
        "(帮我|给我)(开|开一下|开启|打开)[(短信|快递|快递到件|取件|到货|预约|账单|还款|会员|优惠)](提醒|通知)",
        # I still want them ("还是想收到优惠信息"); I want your texts ("我想收到你们的优惠信息"):
        # "还是不想" and "我不想" are no substrings of these.
        "还是(想|想要|希望)(收到|接收)(你们的|短信|信息|消息|通知|提醒|优惠|活动)",
        "(我|我们)(想|想要|希望)(收到|接收)你们的(短信|信息|消息|通知|优惠|提醒|活动)",
        "(信息|短信|通知|优惠|消息|活动信息)还是(发给我|给我发|发我)吧",
        # Consent in words ("我授权贵公司向我发送...", "不反对接收短信").
        "(我|本人)(授权|允许)(你们|贵公司|贵司)(发送|给我发|向我发送|发)",
        "不反对(接收|收到)(短信|信息|消息|通知|优惠|你们的)",
        # How do I sign up for the offers or reminders ("怎么开通到货提醒").
        "(怎么|如何)(开通|订阅|登记)(优惠|活动|会员|到货|预约|新品)(短信|通知|提醒)",
        # Put me on the list, asked ("顺便把我加到你们的新品通知名单"); its refusal is an
        # opt-out above.
        "(请|麻烦|顺便|那就)把我加(到|进)[你们的](短信|通知|优惠|会员|新品通知|活动)名单",
        # Send them to my new number from now on ("以后提醒发到新号码").
        "(发|转|改发)(到|去)新(号码|手机号)",
        # Pinyin: subscribe me again ("bu xiao xin tuiding le, zai bang wo dingyue"), restore
        # my subscription (its refusal "bie bang wo dingyue" is an opt-out above).
        "(zai bang wo|bang wo|zai gei wo) (dingyue|ding yue|chongxin dingyue|chong xin ding yue)",
        "(huifu|hui fu) (wo de|wode) (dingyue|ding yue)",
    ),
    help_phrases=("这是什么", "你是谁", "你们是谁", "哪位", "谁发的", "这是谁", "哪家公司", "你们是哪",
        # How often will you text me? Why am I getting these messages? (questions, not complaints)
        "(多久|多长时间|多少天)(发|会发|发送)一次",
        "(一周|一星期|每周|每星期|每天|一天|每月|一个月)[(发|会发|会收到|收到)]几(条|次)",
        "为什么(我会|我)(收到|接到)(这些|这种|这条|这个)(短信|信息|消息)",
        # Who is this, what is this number. Not "where did you get my number": it comes
        # before an opt-out ("...? 删掉") that the model alone reads.
        "(您|您们)是(谁|哪)", "(谁|哪里|哪儿|哪)发来的", "这是(哪里|哪家|哪个公司|什么公司|什么店|哪个店)的(短信|信息|消息)",
        "(这是|这个是)(什么|哪个|谁的)号码", "这个号码是(谁|哪|什么)",
        "这[是]啥(短信|信息|消息|玩意|东西)", "(这条|这个|这些)(短信|信息|消息)是(什么|啥|干嘛|做什么)",
        "(这是|这个是|这些是)(干嘛|干什么|做什么)的",
        # Is this a scam?
        "(是不是|是否)(诈骗|骗子|骗局|骗人的|钓鱼|垃圾短信)", "是(诈骗|骗子|骗局|骗人的|钓鱼短信|垃圾短信)吗",
        # Does it cost anything?
        "(短信|信息|消息|回复|提醒|通知|订阅)[(要|会|需要|是否|是不是)](收费|扣费|收钱|要钱|花钱|免费)(吗|不|的吗)",
        "(回复|回)(t|td|短信)[(要|会|需要)](收费|扣费|收钱|要钱|花钱)",
        # How often?
        "(多久|多长时间)[会](发|收到)一(次|条)", "(发送|短信|信息|推送|提醒)[的]频率",
        # How do I reach support?
        "客服(电话|热线)(是多少|多少|是什么|是几号|是|在哪)", "(有没有|有无|给个|求)(客服|人工|联系)(电话|热线|方式)",
        "(怎么|如何|怎样|在哪|哪里|去哪)(联系|找|联络)(客服|人工|你们|真人|工作人员)", "转人工",
        # Pinyin.
        "(ni shi|nin shi|ni men shi|nimen shi) (shei|shui|na wei|nawei|na li|nali|na jia|najia)",
        "zhe shi (shenme|sha|na li de|nali de|na jia|najia|shei de|shui de) (duanxin|xinxi|xiaoxi|gongsi|dianpu|haoma)",
        "(nali|na li|na jia|najia) de (dianpu|gongsi|shangjia)",
        "(zhe xie|zhexie|zhe ge|zhege|zhe tiao|zhetiao) (xiaoxi|xinxi|duanxin) shi (shenme|sha|shei fa de)",
        "(kefu|ke fu) (dianhua|dian hua)",
        "(huifu|hui fu|duanxin|duan xin) (yao|hui|xuyao) (shoufei|shou fei|koufei|kou fei)",
        "(duojiu|duo jiu) (fa|hui fa) yi ci",
    ),
    not_opt_out_phrases=(
        # What follows an unsubscription, asked ("退订以后还能收到验证码吗？"): a question.
        "(退订|取消订阅)(以后|之后|后)(还能|还会|会不会|能不能|是不是)",
        # The writer's own message sent to the wrong person ("刚那条发错人了").
        "(刚|刚才|刚刚)[(那条|这条)]发错(人|群)了",
        "(那条|这条)发错(人|群)了",
        # Negated removal is a wish to keep the texts ("don't remove me", "I'm not
        # unsubscribing"); never a negated send/write, which stays an opt-out.
        # "Don't stop sending": the keep-sending wish, never the stop it negates.
        "(不要|别|不用|不必|请勿)(停止|停掉|暂停)(发送|发|推送)",
        "(不要|别|不用|不必|无需|请勿)(把我|将我|把我的号码|把我号码|我的号码|我号码)(删|移除|去掉|踢)",
        "(不要|别|不用|不必|请勿)(删|删除|删掉|移除|踢)(我|我的号码)",
        "(不要|别|请勿)(把我|将我|把我的号码)(从名单|从名单里|从列表|从列表里)(删|移除|去掉|踢)",
        "(不要|别|不用|不必|请勿)[(帮我|给我|替我)](退订|取消订阅)",
        "(暂时不退|先不退|我不退订|我不退|不打算退订|不想退订|没打算退订|不会退订)",
        "(不要|别|请勿)(停|停止|停掉|取消)[我的](短信|提醒|通知)",
        "回t退订", "回td退订", "回复t退订", "回复td退订", "退订回t", "退订回复t", "拒收请回复r",
        "停不下来", "雨停了", "停车", "停靠", "车站",
        # Refusing to be unsubscribed: "don't unsubscribe me".
        "别给我退订", "别帮我退订", "别把我退订", "别退订", "不要给我退订", "不要帮我退订",
        "不要把我退订", "不要退订", "不用退订", "别取消我", "不要取消我",
        # "I'm not unsubscribing, just asking ...": the request named to deny it.
        "(我不是要|不是要|我不是想|不是想|并不是要|我没说要|没说要|我没有要)(退订|取消订阅)",
        # Unsubscribed by mistake: the message goes on to ask for the texts back.
        "(不小心|手滑|误操作|误|按错|点错|误点|误按)[(按了|点了|按到|点到)]退订",
        # No need to send one thing once more ("不用再发一次了" with "I got it"): not the texts.
        "(不用|不必)再(发|传|發|傳)一(次|遍)",
        # Cancelling a booking or a paid membership, which 退订 also means ("酒店房间我要退订",
        # "我退订了视频会员 怎么还扣费").
        "(酒店|宾馆|房间|机票|车票|门票|会员|自动续费|套餐|行程)[(我要|我想|要|想|已经|已)]退订",
        "退订[了][(你们的|你们|那个|这个)](房间|酒店|宾馆|机票|车票|门票|会员|视频会员|自动续费|套餐|订单|明天|后天|今天)",
        "退订单",
        # A room, a ticket or a membership ("房帮我退订一下", "退订了视频会员").
        "(房|房间|酒店|订单|机票|门票)(帮我|给我|麻烦|请|麻烦帮我)退订",
        "退订(那间|这间|一间|两间)房",
        "(爱奇艺|腾讯视频|优酷|芒果tv|网易云|qq音乐|酷狗|b站|百度网盘|喜马拉雅|视频|音乐)(会员|vip)",
        # Enough food or goods ("两箱就够了", "第三箱别发了"); no more deliveries, no paper bills.
        "(箱|份|盒|袋|件|包|瓶|桶)就够了",
        "(箱|份|盒|袋|包)(别|不用|不要)[再]发",
        "(够吃了|够用了|吃不完|用不完)",
        "(别|不用|不要)[再](送|寄)(了|过来)",
        "纸质(账单|对账单|目录)(不用|别|不要|不必)",
        "(不用|别|不要|停止|取消)[再]寄纸质",
        # Someone else unsubscribed their own number ("老公把他的号码退订了"), the writer stays.
        "(老公|老婆|先生|太太|爸|妈)把(他|她)的(号码|手机号)(退订|取消订阅)",
        # Wrong number asked about ("发错人了吧"); alone it is no request.
        "(发错人了|发错了|打错了|发错号码了|打错电话了)吧",
        # Unsubscribed by mistake or on a whim, regretted, explained: the message goes on to ask
        # for the texts back ("手滑回了TD退订", "一时冲动取消订阅", "退订错了").
        "(不小心|手滑|误|一时冲动|手残)(回了|回复了|发了)[(td|t)]退订",
        "(一时冲动|冲动之下|手滑|不小心)[就](取消订阅|退订)",
        "(退订|取消订阅)(错了|点错了|按错了)",
        "后悔(退订|取消订阅)",
        "(退订|取消订阅)(后悔了|完后悔)",
        "(上次|之前|当时)(退订|取消订阅)是因为",
        # Taken off a blacklist (unblocked), not off the texts.
        "黑名单[(里|中|上)](移除|删除|去掉|删掉|拿掉|移出|剔除)",
        # Pinyin: unsubscribed by mistake (the message goes on to ask for the texts back).
        "(bu xiaoxin|bu xiao xin|buxiaoxin|wu caozuo|shou hua|shouhua) (tuiding|tui ding|quxiao dingyue|qu xiao ding yue|quxiao|qu xiao)",
        # Consent not withdrawn ("我没有撤回同意").
        "(没有|没|并没有|不会|不想|不打算)(撤回|撤销)",
    ),
    hint_words=(
        "这", "们", "发", "说", "么", "个", "时", "对", "会", "给", "还", "订", "谢", "请",
        "车", "吗", "没", "过", "经", "见",
    ),
    replies={
        "opt_out_clarify": "您已退订{program}的短信。回复 MKT 仅停止优惠信息，回复 ALL 停止全部信息。帮助：{support}。",
        "opt_out": "【{program}】您已退订，将不再收到我们的短信。客服：{support}。回复START可重新订阅。",
        "opt_out_all": "【{program}】您已退订我们的全部短信，将不再收到任何短信。客服：{support}。"
        "回复START可重新订阅。",
        "opt_in": "【{program}】您已重新订阅。可能产生短信和流量费用。客服：{support}。"
        "回复帮助获取帮助，回复TD退订。",
        "help": "【{program}】如需帮助请联系{support}。可能产生短信和流量费用。回复TD或退订即可退订。",
    },
    sources=(
        "https://campaignsms.com/?p=15005 (MIIT Administrative Rules for SMS, 2015: refusal method required)",
        "http://v5tt.cn/wenda/360000.html (operator practice: send TD to cancel)",
        "https://www.sisplast.com/html/duanxinqunfa/20260127/18850.html (KTXX / UNSUB / TDXX by operator)",
        "https://www.sent.dm/resources/cn-sms-guidance (退订, TD, 帮助)",
        "https://telqtele.com/sms-testing-guides/china-sms-regulations (opt-out instructions required)",
    ),
    courtesy_words=("谢谢", "请", "麻烦", "谢谢你", "好吗", "吧", "xiexie", "qing"),
    # T is what mainland senders print ("回T退订"): the letter alone is that refusal whatever
    # the message is detected as (a letter names no language). With anything else around it
    # ("T?") a person reads it (the engine's ``_letter_among_signs``).
    standalone_keywords=("t",),
    # Answers to the clarifying question (app/messaging/clarify.py): stop only
    # marketing, or everything.
    clarify_marketing=("mkt", "优惠"),
    clarify_all=("all", "全部"),
)
