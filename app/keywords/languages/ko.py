"""Korean.

Sources: the Information and Communications Network Act art. 50 (4), (6) requires every
advertising SMS to start with "(광고)", name the sender and end with a free opt-out, written
"무료수신거부 080-..." or "무료거부" (KISA guidance as summarised by gongbizguide.oopy.io,
invitobiz.com, phps.kr); opt-out is usually by a free 080 call, and people also reply
수신거부 / 거부 to the sender. Korean spacing varies ("수신 거부"), so both spellings are listed.
"""

from app.keywords.languages.rules import LanguageRules

_MSG = "(문자|메시지|메세지|광고|광고 문자|광고문자|문자 메시지)"

RULES: LanguageRules = LanguageRules(
    code="ko",
    name="Korean",
    opt_out_keywords=("susin geobu", "sushin geobu", "susingeobu", "suhsin geobu", "susin gubu",
        "suhsin gubu", "중지",
        "수신거부", "수신 거부", "스톱", "스탑", "거부", "무료거부", "무료 거부", "무료수신거부", "광고거부",
        "광고 거부", "구독취소", "구독 취소", "수신중지", "수신 중지", "그만", "해지",
        "문자 그만", "광고 그만", "광고 문자 그만", "더 이상 보내지 마세요", "그만 보내",
        "수신거부요",
        "수신거부합니다",
        "거부합니다",
        "거부요",
        "수신 거부합니다",
    ),
    opt_out_all_keywords=("전체 수신거부", "모두 수신거부"),
    opt_in_keywords=("수신동의", "수신 동의", "재구독", "구독"),
    help_keywords=("도움말", "도움", "문의", "정보"),
    opt_out_phrases=(
        f"{_MSG} (수신거부|수신 거부|거부|사절)",
        f"{_MSG} 그만 (보내세요|보내주세요|보내요)",
        f"{_MSG} (보내지 마세요|보내지마세요|보내지 마|보내지마|보내지 말아 주세요|보내지 말아주세요)",
        "(그만|이제 그만) (보내세요|보내주세요|보내요)",
        f"더 이상 {_MSG} (받고 싶지 않아요|받기 싫어요|원하지 않습니다|원하지 않아요|보내지 마세요)",
        "(제 번호|내 번호|번호) (삭제해 주세요|삭제해주세요|지워 주세요|지워주세요|빼 주세요|빼주세요)",
        "(수신거부|수신 거부) (해 주세요|해주세요|할게요|합니다)",
        "잘못 보내셨어요",
        "(광고|문자|광고 문자) 수신 (거부합니다|거부요|거부)",
        "(광고|문자) (수신거부합니다|거부합니다)",
        f"더 이상 {_MSG} 보내지 (마세요|말아 주세요|말아주세요)",
        # "이 문자 어떻게 하면 안 받을 수 있어요?": asking how to stop the texts asks us to stop them.
        "(이거|이게|이건|이 문자|이 문자는|이 메시지|이 메세지|이런 문자|문자|문자는|메시지|메세지|알림|광고 문자) 어떻게 (하면|해야|해야지) (안 와요|안 오나요|안와요|안 와|안 받을 수 있어요|안 받을 수 있나요|안 받아요|안 받나요|안 올까요|그만 와요|끊을 수 있어요|끊을 수 있나요)",
        "(이거|이게|이건|이 문자|이 문자는|이 메시지|이 메세지|이런 문자|문자|문자는|메시지|메세지|알림|광고 문자) 어떻게 (끊어요|끊나요|끊어|끊죠|끊을 수 있어요|끊을 수 있나요|그만 받아요|그만 받나요|안 받아요)",
        "(이 문자|이 문자는|이 메시지|이 메세지|이런 문자|문자|문자는|메시지|메세지|광고 문자) 어떻게 (막아요|막나요|차단해요|차단하나요)",
        "(이 문자|이런 문자|문자|메시지|메세지|광고 문자|알림) (안 받으려면|그만 받으려면|안 오게 하려면|끊으려면|차단하려면) 어떻게 (해요|하나요|해야 돼요|해야 하나요|하면 돼요|해야 되나요|해야 해요|하죠)",
        "(igeo|ige|i munja|munja) (eotteoke|eottoke|eotteokhe) (kkeuneoyo|kkeunheoyo|kkeunnayo|hamyeon an wayo|haeya an wayo|hamyeon an badayo)",
    ),
    opt_in_phrases=(
        "다시 (구독할게요|구독하고 싶어요|구독해 주세요|받을게요|받고 싶어요)",
        "(수신 동의|수신동의) (합니다|할게요)",
    ),
    help_phrases=(
        "이거 뭐예요", "이게 뭐예요", "이거 뭐에요", "이게 뭐에요", "뭐예요", "누구세요",
        "누구시죠", "누구신가요", "어디세요", "누구야",
        "누구신데요",
        "누구신지",
        # How often will you text me? Why am I getting these messages? (questions, not complaints)
        "[(문자|메시지|알림)] 얼마나 자주 [(문자|메시지|알림)] (보내세요|보내나요|와요|오나요|발송되나요|보내시나요)",
        "(일주일에|한 달에|한달에|하루에|주에) (몇 번|몇번|몇 개|몇개|몇 통|몇통) (와요|오나요|보내세요|보내나요|발송되나요)",
        "(왜 이 문자가|왜 이 메시지가|왜 이런 문자가|이 문자 왜|이 메시지 왜|이런 문자 왜) (오는 거예요|오는 건가요|오나요|와요|오는지)",
        "(munja|mesiji) eolmana jaju (bonaeseyo|wayo|onayo)",
    ),
    not_opt_out_phrases=(
        # Refusing to be unsubscribed or asking the texts to go on ("don't unsubscribe me"):
        # a model opt-out reading of such a message is not decided.
        "(해지하지|삭제하지|중단하지|취소하지|끊지|멈추지) (마세요|마요|말아주세요|말아요|마)",
        "(정류장|버스 정류장|정거장)",
        "그만 (울어|먹어|해도 돼|왔으면|좀 해)",
        "(거부감|거부감이)",
        "(멈춰|멈춰서|멈춰요)",
    ),
    hint_words=(
        "네", "아니요", "감사합니다", "안녕하세요", "저", "제", "좀", "이거", "그", "뭐",
        "왜", "지금", "내일", "오늘", "진짜", "너무", "그냥", "알겠습니다", "괜찮아요", "요",
    ),
    replies={
        "opt_out_clarify": "{program} 메시지 수신이 해지되었습니다. 광고만 중단하려면 MKT, 모두 중단하려면 ALL로 답장하세요. 문의: {support}.",
        "opt_out": "[{program}] 수신거부 처리되었습니다. 더 이상 메시지가 발송되지 않습니다. "
        "문의: {support}. 다시 받으시려면 START를 보내 주세요.",
        "opt_out_all": "[{program}] 모든 메시지 수신거부 처리되었습니다. 더 이상 메시지가 "
        "발송되지 않습니다. 문의: {support}. 다시 받으시려면 START를 보내 주세요.",
        "opt_in": "[{program}] 다시 구독되었습니다. 메시지 및 데이터 요금이 부과될 수 "
        "있습니다. 문의: {support}. 도움말은 도움말, 수신거부는 거부를 보내 주세요.",
        "help": "[{program}] 문의: {support}. 메시지 및 데이터 요금이 부과될 수 있습니다. "
        "수신거부는 거부 또는 STOP을 보내 주세요.",
    },
    sources=(
        "https://gongbizguide.oopy.io/24802e28-102e-4ddc-8a4d-15a2f49c61fd (KISA: (광고), 무료수신거부 080)",
        "http://www.invitobiz.com/findNoti?seq=576 (정보통신망법 제50조: 무료수신거부/무료거부)",
        "https://phps.kr/customer_faq_view.html?no=35210 (무료(수신)거부 080 footer)",
    ),
    courtesy_words=("부탁합니다", "부탁드려요", "감사합니다", "제발", "요", "juseyo"),
    # Answers to the clarifying question (app/messaging/clarify.py): stop only
    # marketing, or everything.
    clarify_marketing=("mkt", "광고"),
    clarify_all=("all", "모두"),
)
