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
        "수신거부요", "수신안함", "수신 안함",
        "수신거부합니다",
        "거부합니다",
        "거부요",
        "수신 거부합니다",
        # Leaving the membership, whole messages only; 수신거부 typed with the keyboard left
        # in Latin letters.
        "탈퇴", "탈퇴요", "탈퇴할게요", "탈퇴합니다", "탈퇴하겠습니다", "tntlsrjqn",
    ),
    opt_out_all_keywords=("전체 수신거부", "모두 수신거부"),
    opt_in_keywords=("수신동의", "수신 동의", "재구독", "구독"),
    help_keywords=("도움말", "도움", "문의", "정보", "ㄴㄱ"),  # ㄴㄱ: 누구 (who?) in chat shorthand
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
        # Don't contact me (any more): "앞으로 어떤 연락도 하지 말아 주세요", "더이상연락하지마세요".
        "(연락|연락도|문자|문자도|메시지|메시지도) (하지|보내지) (말아 주세요|말아주세요|마세요|마|말아요|마라|말아줘요|마십시오)",
        "(더 이상|더이상|앞으로|이제) (연락하지|연락 하지|연락주지|연락 주지) (마세요|마|말아 주세요|말아주세요|마시고|말아요|마십시오)",
        "연락하지 (마세요|말아 주세요|말아주세요|마십시오)",
        "(연락하지마세요|연락하지마|연락하지마요|더이상연락하지마세요|더이상연락하지마|연락주지마세요|연락하지마십시오)",
        # I won't take the texts: "홍보성 문자는 받지 않겠습니다", "정당 문자 안 받을래요".
        f"{_MSG} (안|더는 안|이제 안) (받을래요|받을게요|받겠습니다|받을래|받고 싶어요|받고 싶습니다)",
        "(문자는|광고는|알림은|메시지는|메세지는|문자도|광고도) (받지 않겠습니다|받지 않을게요|받고 싶지 않습니다|받고 싶지 않아요|받기 싫어요|받기 싫습니다|사절합니다|사절이요|사절)",
        f"{_MSG} (받지 않겠습니다|받지 않을게요|받고 싶지 않습니다|받고 싶지 않아요|받기 싫어요|받기 싫습니다|사절합니다|사절이요)",
        # Cut them off, stop the sending: "문자 다 끊어 주세요", "문자 발송은 멈춰주시면 좋겠어요".
        "(문자|알림|광고|메시지|메세지|광고 문자|문자 알림) [(다|좀|전부|모두|다 좀)] (끊어 주세요|끊어주세요|꺼 주세요|꺼주세요|끊어줘|끊어요|끊어|꺼줘|끊어 줘)",
        "(문자 발송은|문자 발송을|문자 발송|발송은|발송을|문자는|알림은|광고는) (멈춰주시면|멈춰 주시면|중단해 주시면|중단해주시면|중지해 주시면|중지해주시면|그만해 주시면|그만해주시면|멈춰 주세요|멈춰주세요|중단해 주세요|중단해주세요|중지해 주세요|중지해주세요)",
        "(문자는|알림은|광고는|메시지는|광고 문자는|문자) (안 보내주셨으면|보내지 않으셨으면|안 보내셨으면|안 보내 주셨으면) (좋겠어요|좋겠습니다|합니다|해요|좋겠네요)",
        "(문자는|문자|광고는|알림은|메시지는|메세지는|광고 문자는|문자도) [(이제|앞으로|더 이상|더이상)] (안 보내주셔도|안 보내셔도|보내지 않으셔도|안 보내 주셔도) (돼요|됩니다|되요|괜찮아요)",
        "(그만보내|그만보내요|그만보내세요|그만보내라|그만 보내라|그만보내주세요)",
        "(스탑이요|스톱이요|스탑요|스톱요)",
        "(수신거뷰|수신거뷰요)",
        # With a sulk or a sob stuck to the word (one token: "수신거부요ㅡㅡ").
        "(수신거부요ㅡㅡ|수신거부요ㅠㅠ|수신거부요ㅜㅜ|수신거부요ㅠ|수신거부요ㅜ|수신거부ㅡㅡ|수신거부ㅠㅠ|수신거부ㅜㅜ|수신거부ㅠ|수신거부ㅜ|수신거부합니다ㅡㅡ|수신거부합니다ㅠㅠ|수신거부합니다ㅜㅜ|수신거부합니다ㅠ|수신거부합니다ㅜ|거부요ㅡㅡ|거부요ㅠㅠ|거부요ㅜㅜ|거부요ㅠ|거부요ㅜ)",
        # Off the list (not a waiting list: "저를 대기 명단에서" keeps 대기 between).
        "(발송|수신|문자|광고|마케팅|홍보) (명단에서|목록에서|리스트에서) (삭제해 주세요|삭제해주세요|빼 주세요|빼주세요|제외해 주세요|제외해주세요|지워 주세요|지워주세요|삭제 부탁드립니다|삭제 부탁드려요|삭제요)",
        "(발송명단에서|수신명단에서|문자명단에서) (삭제해 주세요|삭제해주세요|빼 주세요|빼주세요|제외해 주세요|제외해주세요|지워 주세요|지워주세요|삭제 부탁드립니다|삭제 부탁드려요|삭제요)",
        "(저를|제 번호를|번호를|제 번호|저) (명단에서|목록에서|리스트에서) (삭제해 주세요|삭제해주세요|빼 주세요|빼주세요|제외해 주세요|제외해주세요|지워 주세요|지워주세요|삭제 부탁드립니다|삭제 부탁드려요|삭제요)",
        # I opted out and they still come; I refuse again; I never signed up: stop.
        "(수신거부|수신 거부|거부) (했는데|했는데도|했는데요|했었는데) (왜|계속|또|아직도|자꾸)",
        "(수신거부했는데|수신거부했는데도|거부했는데|거부했는데도|거부했었는데) (왜|계속|또|아직도|자꾸)",
        "다시 (거부합니다|수신거부합니다|거부할게요|수신거부할게요)",
        "(가입한|가입 한|신청한|동의한) 적 (없어요|없는데|없는데요|없습니다) (그만|그만해|그만하세요|지워 주세요|지워주세요|삭제해 주세요|삭제해주세요|빼 주세요|빼주세요|보내지 마세요)",
        # If you keep sending I will report you (to 118, the regulator) or take legal action.
        "계속 (보내시면|보내면|연락하시면|문자하시면|문자 보내시면) [(118에|방통위에|경찰에|kisa에|바로)] [(불법스팸으로|불법 스팸으로|스팸으로)] (신고하겠습니다|신고합니다|신고할게요|신고할께요|신고할 거예요|신고하겠어요|신고할겁니다)",
        "계속 (보내시면|보내면|연락하시면) (법적 조치|법적조치) (들어갑니다|하겠습니다|취하겠습니다|할게요|하겠어요)",
        # Romanised: don't contact me any more, I won't take the texts, cut them off, stop
        # sending, opt me out (susin geobu haeyo), off the list, opted out yet they come.
        "(deo isang|deoisang|apeuro|ije) (yeollak|yeonrak|munja) (haji|bonaeji|juji) (maseyo|ma|mara|marayo|mara juseyo|marajuseyo)",
        "(yeollak|yeonrak) (hajimaseyo|haji maseyo|hajima|hajimayo)",
        "(munja|gwanggo|mesiji|meseji|allim|alrim) (an|ahn) (badeulraeyo|badeullaeyo|badeulgeyo|badeulkeyo|badgesseumnida|batgesseumnida)",
        "(munja|allim|alrim|gwanggo) [(da|jom|jeonbu|modu)] (kkeuneo|kkeunheo|ggeunheo|ggeuneo|kkeunhe) (juseyo|jwo|jueseyo)",
        "(munja|gwanggo|mesiji) [(jom|jjom)] (geuman|gumahn|geumahn|guman|geumman) (bonae|bonaeseyo|bonaeyo|bonaejuseyo)",
        "(geuman|geumman|gumahn|geumahn|guman) (bonaeseyo|bonaeyo|bonae juseyo|bonaejuseyo)",
        "(susin|sushin|suhsin) (geobu|gubu|gerbu|geobo) (hal gaeyo|halgaeyo|halgeyo|hal geyo|haeyo|hae yo|hamnida|haejuseyo|hae juseyo|butakdeuryeoyo|butak deuryeoyo|butakhaeyo|butakhamnida)",
        "(myeongdan|myungdan|mokrok|riseuteu) (eseo|aeseo|eso) (sakje|ppae|bbae|jiwo) (haejuseyo|hae juseyo|juseyo|haejwo|jwo)",
        "(susingeobu|susin geobu|sushin geobu|geobu) (haetneunde|haenneunde|haetneundedo|haenneundedo|haesseunde) (wae|gyesok|tto|ajikdo|jakku)",
        "(gaip han|gaiphan|gaip) (jeok|jeog) (eobseoyo|eopseoyo|eomneunde|eobsneunde|eomneundeyo) (geumanhae|geuman|geumanhaeyo|jiwo juseyo|sakje haejuseyo)",
        # No need to get them (me or my mother), no need to send them any more ("이 문자 안
        # 받아도 돼요", "이제 안 보내주셔도 돼요").
        "(문자|문자는|문자도|알림|알림은|광고|광고는|메시지|메시지는) (안 받아도|안 받으셔도|안받아도|받지 않아도|받지 않으셔도) (돼요|됩니다|되요|괜찮아요)",
        "(munja|allim|gwanggo|mesiji) (an|ahn) (badado|bada do|badeusyeodo|badeusyeo do) (dwaeyo|dweyo|doeyo|dwae)",
        "(이제|더 이상|더이상) (안 보내주셔도|안 보내셔도|보내지 않으셔도|안 보내 주셔도) (돼요|됩니다|되요|괜찮아요)",
        # I won't take the texts any more, named with 도 / 는 ("학원 문자도 안 받고 싶습니다",
        # "문자는 그만 받고 싶어요").
        "(문자도|문자는|알림도|알림은|광고도|광고는|메시지는|메시지도) [(이제|앞으로|더 이상|더이상|더는)] (안|그만) (받고 싶습니다|받고 싶어요|받고싶어요|받을래요|받을게요|받겠습니다)",
        "문자 (그만|더는) (받고 싶습니다|받고 싶어요|받고싶어요|받을래요|받을게요|받겠습니다)",
        # Only the offers, buried in a friendly message ("광고 문자만 빼 주세요").
        "(광고 문자만|광고 문자는|할인 문자는|할인 문자만|마케팅 문자는|이벤트 문자는|광고만|광고 알림은|신상품 알림은|광고 알림만) (빼 주세요|빼주세요|빼 주실 수 있을까요|빼주실 수 있을까요|꺼 주세요|꺼주세요|끊어 주세요|끊어주세요|그만 보내 주세요|그만 보내주세요|보내지 마세요|보내지 말아 주세요|안 보내주셔도 돼요)",
        # Enough: please stop, stop sending, cut it off before I report spam; I told you not to.
        "(제발|아 제발|진짜 제발) (그만해|그만해요|그만하세요|그만 보내|그만 보내세요|그만좀|보내지 마세요|보내지 마)",
        "(그만해|그만해요|그만하세요) 제발",
        "(그만좀|그만 좀) (보내|보내라|보내세요|보내요|보내줘|보내주세요)",
        "(스팸신고|스팸 신고|신고하기|신고) 전에 (끊어라|끊어|끊으세요|그만해|그만해라|그만 보내|그만 보내라|그만하세요)",
        "(보내지 말라니까|보내지말라니까|보내지 말라고요|보내지말라고요|보내지 말라고 했잖아요|보내지 말라고 했잖아|보내지 말라고 했는데|보내지말라고 했는데)",
        "(알아듣냐|알아들어|알아먹냐|알아듣니) (보내지마라|보내지 마라|보내지마|보내지 마|그만 보내|그만보내|보내지 마세요|그만해)",
        "(geumanhae|geuman hae|geumanhaeyo|geumanhaseyo) (jebal|jaebal)",
        "(jebal|jaebal) (geumanhae|geuman hae|geumanhaeyo|geumanhaseyo|geuman)",
        "(kkeuneo|kkeunheo|ggeunheo|ggeuneo) (juseyo|jwo) (an|ahn) (badeulraeyo|badeullaeyo|badeulgeyo|badeul raeyo)",
        "(끊어 주세요|끊어주세요) (안 받을래요|안받을래요|안 받을게요)",
        # English loanwords ("스탑 해주세요", "stop 부탁드려요").
        "(스탑|스톱|stop) (해주세요|해 주세요|해줘요|부탁드려요|부탁드립니다)",
        "(스탑해주세요|스톱해주세요|스탑해줘요|스톱해줘요)",
        # Consent withdrawn ("마케팅 수신 동의를 철회합니다").
        "(수신 동의|수신동의|마케팅 수신 동의|마케팅 동의|광고 수신 동의|수신 동의를|수신동의를|마케팅 수신 동의를|마케팅 동의를|동의를) (철회합니다|철회할게요|철회하겠습니다|철회해 주세요|철회해주세요|취소합니다|취소할게요|취소해 주세요|취소해주세요)",
    ),
    opt_in_phrases=(
        "다시 (구독할게요|구독하고 싶어요|구독해 주세요|받을게요|받고 싶어요)",
        "(수신 동의|수신동의) (합니다|할게요)",
        # Korean negation stands between the words ("다시 안 받을게요", "받고 싶지 않아요"),
        # so these whole words do not match it; "다시 보내주세요" alone may ask for one text
        # again (a code), so it names the stream. "Keep sending" (계속 보내주세요) is left
        # out: "광고는 그만, 예약 알림은 계속 보내주세요" stops the offers.
        "(수신|수신에|광고 수신|문자 수신) (동의합니다|동의할게요|동의해요|동의드립니다|동의드려요)",
        "(수신동의합니다|수신동의할게요|수신동의해요)",
        "(알림|소식|광고|혜택|이벤트 소식|할인 소식|신상 소식|예약 알림|뉴스) (다시|또) (보내주세요|보내 주세요|보내줘요|보내주세용|보내줘|받을게요|받고 싶어요|받고 싶습니다|받아볼게요|받아 볼게요)",
        "(알림|소식|광고|혜택|이벤트 소식|할인 소식|신상 소식) (받을게요|받아볼게요|받아 볼게요|받고 싶어요|받고 싶습니다|받아보고 싶어요)",
        "(문자|메시지|메세지) (받고 싶어요|받고 싶습니다|받아보고 싶어요)",
        "(알림|소식|문자|광고) (저도|나도) (받고 싶어요|받고 싶은데|받고 싶습니다|받을게요)",
        "(알림|문자 알림|수신|구독|광고 수신) 다시 (신청할게요|신청합니다|신청하고 싶어요|신청하고 싶습니다|켜 주세요|켜주세요|켜줘요)",
        "(알림|문자 알림) (켜 주세요|켜주세요|켜줘요)",
        "(해지했는데|해지했었는데|거부했는데|거부했었는데|수신거부했는데|취소했는데|끊었는데) 다시 (신청하고 싶습니다|신청하고 싶어요|신청할게요|받고 싶어요|받고 싶습니다|받을게요|구독할게요|가입할게요|보내주세요|보내 주세요)",
        "(수신거부|수신 거부) (취소할게요|취소해 주세요|취소해주세요|취소합니다|취소요|철회할게요|철회합니다|철회해 주세요)",
        "(거부한 거|거부한거|거부했던 거|거부했던거) (취소요|취소할게요|취소해 주세요|취소해주세요|취소합니다)",
        "다시 (구독해주세요|구독합니다|구독하고 싶습니다|받고 싶습니다)",
        "(네|넹|예|넵|좋아요|오케이|ok|okay) (가입할게요|가입합니다|가입할래요|구독할게요|구독합니다)",
        # Romanised.
        "(ne|nye|ye|nep|neh) (gaip halgeyo|gaiphalgeyo|gaip hamnida|gaiphamnida|gudok halgeyo|gudokhalgeyo)",
        "(susin|sushin|suhsin) (donguihamnida|dongui hamnida|dong ui hamnida|dongui halgeyo|donguihalgeyo|dongeuihamnida)",
        "dasi (gudok halgeyo|gudokhalgeyo|gudokhae juseyo|gudok hae juseyo|batgo sipeoyo|badgo sipeoyo|badeulgeyo)",
        # Others get them and I want them too; add me / my family's number ("저도 추가해 주세요",
        # "... 알림에 추가해 주세요", "... 폰으로도 가게 등록해 주세요"). Korean negation stands
        # between the words ("추가하지 마세요", "안 받고 싶어요").
        "(저도|나도|저까지|저한테도) (추가해 주세요|추가해주세요|넣어 주세요|넣어주세요|등록해 주세요|등록해주세요|받고 싶어요|받고 싶습니다|보내주세요|보내 주세요)",
        "(알림에|문자에|명단에|리스트에|알림 명단에|명단에도|알림에도) (추가해 주세요|추가해주세요|넣어 주세요|넣어주세요|등록해 주세요|등록해주세요)",
        "(폰으로도|번호로도|폰에도|번호에도) (가게|오게|받게) (등록해 주세요|등록해주세요|해 주세요|해주세요)",
        "(제 폰으로도|제 번호로도|이 번호로도|저에게도) (보내주세요|보내 주세요|보내줘요)",
        # How do I sign up for them by text ("... 정보 받으려면 어떻게 신청하나요", "문자로 받고
        # 싶은데").
        "(문자로|문자|알림|정보|소식|공지|혜택) 받으려면 (어떻게|어디서) (신청하나요|신청해요|신청하면 되나요|신청하면 돼요|해야 하나요|하나요|해요|하면 돼요|등록하나요)",
        "(문자로|알림으로|문자로도) (받고 싶은데|받고 싶어요|받고 싶습니다|받을 수 있나요|받을 수 있어요)",
        # A new number; from now on by text ("이 번호로 등록해 주세요", "이 번호로 문자 주세요",
        # "알림은 문자로 부탁드립니다").
        "이 번호로 (등록|추가) [좀] (해주세요|해 주세요|부탁드려요|부탁드립니다)",
        "이 번호로 (등록해 주세요|등록해주세요|추가해 주세요|추가해주세요)",
        "이 번호로 (문자|알림) [(한 통|좀)] (주세요|주시면|보내주세요|보내 주세요|부탁드립니다|부탁드려요)",
        "(알림은|확인은|공지는|안내는|연락은) 문자로 (부탁드립니다|부탁드려요|주세요|보내주세요|받을게요|해 주세요|해주세요)",
        # Put me back; turn them back on; the deals asked for ("다시 넣어주세요", "알림 재개해
        # 주세요", "세일 문자 주세요").
        "다시 (넣어주세요|넣어 주세요|추가해 주세요|추가해주세요)",
        "(알림|문자|알림 문자|수신) (재개해 주세요|재개해주세요|재개 부탁드려요|재개 부탁드립니다)",
        "(세일|할인|쿠폰|이벤트|혜택|신상|특가) (문자|알림|소식) (주세요|보내주세요|보내 주세요|보내줘요)",
        "(쿠폰|쿠폰 문자|할인 문자|세일 문자) (또|다시|계속) (주세요|보내주세요|보내 주세요)",
        "(세일|할인|쿠폰|이벤트|혜택|특가) (문자|알림|소식) (팍팍|많이|자주|꼭) (주세요|보내주세요|보내 주세요|보내줘요)",
        "(문자 알림은|알림은|문자 알림|알림 문자는|문자 수신은) 어떻게 (신청해요|신청하나요|신청하면 돼요|신청하면 되나요)",
        # Formal consent ("... 문자를 수신하는 것에 동의합니다").
        "(수신하는 것에|수신하는 데|수신하는것에|받는 것에|받는 데) (동의합니다|동의해요|동의하며|동의드립니다)",
        # Romanised: add me too, how do I sign up, this number.
        "(jeodo|nado|jeo do) chuga (hae juseyo|haejuseyo|hae jwo|haejwo)",
        "(allim e|allime|allim|munja|list|risuteu|myeongdan e) chuga (hae juseyo|haejuseyo|hae jwo|haejwo)",
        "(munja|allim|munja allim) (sincheong|sinchung) (eotteoke|eottoke|eotteokhe) (haeyo|hanayo|hamyeon)",
        "i (beonho ro|beonhoro) (chuga|deungnok|deungrok) (hae juseyo|haejuseyo)",
        # Sign me up for the alerts; the coupons again (slang endings); changed my mind, send
        # them again (the texts not named, the change of mind is).
        "(알림|문자 알림|소식|뉴스레터|혜택 알림|할인 알림|이벤트 알림|쿠폰 알림) (신청할게요|신청합니다|신청해 주세요|신청해주세요|가입할게요)",
        "(쿠폰 문자|할인 문자|세일 문자|이벤트 문자|할인 소식|쿠폰|혜택 문자) (또|다시) (받고싶어요|받고 싶어요|받고싶어욤|받고 싶어용|받고싶어용|받고 싶어욤)",
        "(마음|맘) (바뀌었어요|바뀌었어|바뀜|바꿨어요|바꿨어) (계속|다시) (보내주세요|보내 주세요|보내줘|보내줘요)",
        "(계속|다시) (보내주세요|보내 주세요|보내줘|보내줘요) (마음|맘) (바뀌었어요|바뀌었어|바뀜|바꿨어요|바꿨어)",
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
        "누구심", "누구임", "누구세여",
        "(이거|이게|이건) (뭐야|뭔가요|뭐죠|뭐지|뭐임)",
        "무슨 (문자예요|문자에요|문자인가요|문자죠|메시지예요|메시지인가요|메세지예요|알림이에요|알림인가요)",
        "이 번호 (누구예요|누구에요|누구 번호예요|어디예요|어디에요|뭐예요|뭐에요)",
        "(어느|무슨|어디) (회사예요|회사에요|회사인가요|회사세요|업체예요|업체인가요|업체세요|곳이에요|곳인가요|매장이에요|가게예요)",
        "어디서 (보낸|온) (문자|메시지|메세지)", "(누가|어디서) 보낸 (거예요|건가요|문자예요|문자인가요)",
        # Is this a scam?
        "(사기|스팸|피싱|스미싱|사기 문자|스팸 문자) (아니에요|아닌가요|아니죠|인가요|맞나요|같은데요)",
        "(사기인가요|스팸인가요|피싱인가요|스미싱인가요|사기죠|사기예요|스팸이에요)",
        # Does it cost anything?
        "(받는 데|받는데|받는 것도|답장하면|회신하면|답장도|문자도|수신) (요금|비용|돈|fee|수수료) (나가나요|들어요|드나요|부과되나요|있나요|있어요|발생하나요|청구되나요|내야 하나요)",
        "(문자|메시지|메세지|알림|답장|회신) (요금|비용) (있나요|있어요|나가나요|나가요|부과되나요|드나요|들어요|발생하나요)",
        "(문자|메시지|메세지|알림) (유료인가요|무료인가요|유료예요|무료예요|유료에요|무료에요|유료죠|무료죠)",
        # How do I reach support?
        "(고객센터|고객 센터|상담원|담당자|상담사) (번호|연락처|전화번호|연결)",
        "(문의|상담) (전화|번호|전화번호) (알려|있나요|뭐예요|어떻게)", "전화 문의 (되나요|가능한가요|가능해요|돼요)",
        "(어떻게|어디로) (연락드려야|연락해야|연락하면|문의해야|문의하면|연락 드려야)",
        # Romanised.
        "(nuguseyo|nugusijyo|nugusindeyo|nugusingayo)",
        "eolmana jaju [(munja|mesiji)] (bonaeyo|bonaeseyo|bonaenayo|wayo|onayo)",
        "(gogaek center|gogaeksenteo|gogaek senteo|gogaekcenter) (yeollakcheo|yeonrakcheo|beonho|jeonhwa|jeonhwabeonho)",
        "(munui|mun ui) (jeonhwa|jeonhwabeonho|beonho)",
        "(jeonhwa munui|jeonhwamunui) (doenayo|dwaeyo|ganeunghangayo|ganeunghaeyo)",
        "(eotteoke|eottoke|eotteokhe) (yeollak|yeonrak|munui) (deuryeoya|haeya|hamyeon|deurimyeon)",
        "(ige|igeo|igeon) (mwoyeyo|mwoeyo|mwoya|mwonde|mwonga)", "mwo munja",
    ),
    not_opt_out_phrases=(
        # Negated removal is a wish to keep the texts ("don't remove me", "I'm not
        # unsubscribing"); never a negated send/write, which stays an opt-out.
        "(빼지|삭제하지|지우지|제외하지|해지하지|취소하지|탈퇴시키지|차단하지) (마세요|마|말아주세요|말아 주세요|마시고|말아요|마십시오|마요|말고)",
        "(수신거부|수신 거부|구독취소|구독 취소|해지|탈퇴) (하지 마세요|하지마세요|하지 마|안 할게요|안할게요|안 해요|안해요|할 생각 없어요|안 합니다|안합니다)",
        "(문자|알림|메시지|메세지) (끊지|중단하지|멈추지|끄지|보내는 거 멈추지) (마세요|마|말아주세요|말아 주세요|마십시오)",
        # Refusing to be unsubscribed or asking the texts to go on ("don't unsubscribe me"):
        # a model opt-out reading of such a message is not decided.
        "(해지하지|삭제하지|중단하지|취소하지|끊지|멈추지) (마세요|마요|말아주세요|말아요|마)",
        "(정류장|버스 정류장|정거장)",
        "그만 (울어|먹어|해도 돼|왔으면|좀 해)",
        "(거부감|거부감이)",
        "(멈춰|멈춰서|멈춰요)",
        # My number stays ("제 번호는 그대로"), whoever sent STOP from their phone.
        "(제|내) 번호는 (그대로|유지)",
        "(je|nae) (beonhoneun|beonho neun|beonhonun) (geudaero|yuji)",
        # Enough goods, food wishes ("두 박스면 충분해요", "세 번째는 보내지 마세요", "오이 빼주세요").
        "(한|두|세|네) (박스면|박스로|상자면|개면|봉지면|병이면) (충분해요|충분합니다|충분하니까|돼요|됩니다)",
        "(세 번째는|세번째는|나머지는|추가분은) (보내지 마세요|보내지 말아 주세요|안 보내셔도 돼요)",
        "(오이|양파|고수|파|마늘|땅콩|치즈|소스|얼음|피클|김치|새우) (빼주세요|빼 주세요|빼고|넣지 마세요)",
        "(반찬은|음식은|밥은|식사는|물건은|상품은|박스는|도시락은) (충분해요|충분합니다|됐어요|충분하니까)",
        "(반찬|음식|밥|도시락|물건|반찬은|음식은|밥은|도시락은) (더|그만|이제) (보내지 마세요|보내세요|안 보내셔도 돼요)",
        "(종이 청구서|종이 고지서|우편 고지서|종이 명세서|우편 명세서)",
        # Post, paper and calls stopped, texts kept ("우편 발송은 중단해 주세요", "전화는 하지 마세요").
        "(우편|종이|우편물|책자|카탈로그|카탈로그 우편|고지서) (발송은|발송을|발송) (중단해 주세요|중단해주세요|중지해 주세요|중지해주세요|멈춰 주세요|멈춰주세요|그만해 주세요)",
        "(전화는|전화도) (하지 마세요|하지 말아 주세요|그만 하세요|안 하셔도 돼요)",
        # A guess at a wrong number, alone no request.
        "잘못 보내신 (것 같아요|거 같아요|듯해요)",
        # Refused by mistake: the message goes on to ask for the texts back.
        "(실수로|잘못) (수신거부|수신 거부|거부|해지|stop|스탑) (했어요|했는데|했네요|눌렀어요|눌렀는데|보냈어요|보냈는데|해버렸어요|해 버렸어요)",
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
    courtesy_words=("부탁합니다", "부탁드려요", "감사합니다", "제발", "요", "juseyo",
                    # Chat shorthand: 수고 (thanks for your trouble), ㄱ / ㄱㄱ (go).
                    "ㅅㄱ", "ㄱ", "ㄱㄱ"),
    # Answers to the clarifying question (app/messaging/clarify.py): stop only
    # marketing, or everything.
    clarify_marketing=("mkt", "광고"),
    clarify_all=("all", "모두"),
)
