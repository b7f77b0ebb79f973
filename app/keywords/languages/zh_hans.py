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
    ),
    opt_out_all_keywords=("全部退订", "退订全部"),
    opt_in_keywords=("重新订阅", "订阅", "恢复订阅", "开通"),
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
        "(bie|bu yao|buyao) (zai fa|zaifa) (le|la|duanxin|xinxi|gei wo)",
        # "qing yi chu wo de hao ma" (请移除我的号码), "shan chu wo de hao ma" (删除).
        "(yi chu|yichu|shan chu|shanchu|shan diao|shandiao) (wo de|wode) (hao ma|haoma|shou ji hao|shoujihao|dian hua|dianhua)",
    ),
    opt_in_phrases=("恢复订阅", "重新订阅", "恢复接收", "重新接收", "我要订阅",
                    # "help me subscribe", "I still want them", "keep sending me", "turn the
                    # reminders back on" (not "resend it": a one-time code sent again).
                    "(帮我|给我|我想)订阅", "订阅一下", "(想|还想)(重新|再|继续)收到",
                    "继续(给我发|发给我)", "恢复(提醒|通知|推送|短信|发送)", "(重新|帮我)开通"),
    help_phrases=("这是什么", "你是谁", "你们是谁", "哪位", "谁发的", "这是谁", "哪家公司", "你们是哪",
        # How often will you text me? Why am I getting these messages? (questions, not complaints)
        "(多久|多长时间|多少天)(发|会发|发送)一次",
        "(一周|一星期|每周|每星期|每天|一天|每月|一个月)[(发|会发|会收到|收到)]几(条|次)",
        "为什么(我会|我)(收到|接到)(这些|这种|这条|这个)(短信|信息|消息)",
    ),
    not_opt_out_phrases=(
        "回t退订", "回td退订", "回复t退订", "回复td退订", "退订回t", "退订回复t", "拒收请回复r",
        "停不下来", "雨停了", "停车", "停靠", "车站",
        # Refusing to be unsubscribed: "don't unsubscribe me".
        "别给我退订", "别帮我退订", "别把我退订", "别退订", "不要给我退订", "不要帮我退订",
        "不要把我退订", "不要退订", "不用退订", "别取消我", "不要取消我",
        # No need to send one thing once more ("不用再发一次了" with "I got it"): not the texts.
        "(不用|不必)再(发|传|發|傳)一(次|遍)",
        # Cancelling a booking or a paid membership, which 退订 also means ("酒店房间我要退订",
        # "我退订了视频会员 怎么还扣费").
        "(酒店|宾馆|房间|机票|车票|门票|会员|自动续费|套餐|行程)[(我要|我想|要|想|已经|已)]退订",
        "退订[了][(你们的|你们|那个|这个)](房间|酒店|宾馆|机票|车票|门票|会员|视频会员|自动续费|套餐|订单|明天|后天|今天)",
        "退订单",
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
    # Answers to the clarifying question (app/messaging/clarify.py): stop only
    # marketing, or everything.
    clarify_marketing=("mkt", "优惠"),
    clarify_all=("all", "全部"),
)
