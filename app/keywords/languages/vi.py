"""Vietnamese, with the no-diacritics spellings people type (HUY, TU CHOI, DUNG).

Sources: Vietnam's Do-Not-Call registry works by SMS to 5656 with "DK DNC" and "HUY DNC"
(sggpnews.org.vn); providers' Vietnam guides list STOP, HUY and TD as the opt-out words senders
print (sent.dm Vietnam SMS guide); Vietnamese senders' "Tu choi nhan tin, soan TC gui ..."
footers use TC (từ chối, "refuse"). The engine removes accents from Latin script, so "hủy" and
"huy" are the same word; "đ" is written both ways below in case it is kept.
"""

from app.keywords.languages.rules import LanguageRules

RULES: LanguageRules = LanguageRules(
    code="vi",
    name="Vietnamese",
    opt_out_keywords=(
        "huy", "hủy", "huỷ", "tc", "từ chối", "tu choi", "hủy đăng ký", "huy dang ky",
        "hủy dịch vụ", "huy dich vu", "dừng", "dung lai", "ngừng", "ngung", "td",
        "hủy đk", "huy dk",  # đăng ký abbreviated
    ),
    opt_out_all_keywords=("hủy tất cả", "huy tat ca"),
    opt_in_keywords=("đăng ký", "dang ky", "đăng ký lại", "dang ky lai", "dk", "bắt đầu", "bat dau"),
    help_keywords=("trợ giúp", "tro giup", "giúp", "giup", "hỗ trợ", "ho tro", "ai z", "ai vậy", "ai đấy", "ai đó"),
    opt_out_phrases=(
        "(đừng|dung|đừng có|không được) (gửi|gui|nhắn|nhan) (tin|tin nhắn|tin nhan|sms) (cho tôi|cho toi|cho em|cho mình|cho minh) (nữa|nua)",
        "(đừng|dung) (gửi|gui|nhắn|nhan) (tin nhắn|tin nhan|tin|sms) (nữa|nua)",
        "(tôi|toi|em|mình|minh) không muốn nhận (tin nhắn|tin|sms|quảng cáo) (nữa|này)",
        "(toi|em|minh) khong muon nhan (tin nhan|tin|sms|quang cao) (nua|nay)",
        "(ngừng|ngung|dừng|dung) (gửi|gui) (tin nhắn|tin nhan|tin|sms)",
        "(xóa|xoa|bỏ|bo) (số|so) (tôi|toi|của tôi|cua toi|em|của em|cua em) (khỏi|khoi) danh sách",
        "(xóa|xoa) (tôi|toi|em) (khỏi|khoi) (danh sách|danh sach)",
        "(hủy|huy) (đăng ký|dang ky) (nhận tin|nhan tin)",
        "nhầm số",
        "(ko|k|không|khong|hong) (muốn|muon) (nhận|nhan) (tin|tin nhắn|tin nhan|sms) (nữa|nua)",
        "(đừng|dung) (nhắn|nhan|gửi|gui) (nữa|nua)",
        "(không|khong|ko) (nhận|nhan|nhắn|nhan) tin (nữa|nua)",
        # Asking how to stop the texts is asking to stop them ("Làm sao để không nhận tin nhắn này nữa?").
        # "Làm cách nào ..." is matched from "cách nào ...": the word before adds nothing.
        "(làm sao|làm thế nào|cách nào) [để] (không|ko|k) (nhận|nhận được) [(mấy|các)] (tin|tin nhắn|tn|sms) (này|nữa)",
        "(làm sao|làm thế nào|cách nào) [để] (không|ko) nhận [(mấy|các)] (tin|tin nhắn) (quảng cáo|khuyến mãi) (này|nữa)",
        "(làm sao|làm thế nào|cách nào) [để] (ngừng|dừng|hủy) nhận [(mấy|các)] (tin nhắn|tin này|tin quảng cáo|tin khuyến mãi|tn|sms|thông báo)",
        "(làm sao|làm thế nào|cách nào) [để] (ngừng|dừng|tắt) [mấy] (tin nhắn|tn|sms|thông báo) (này|quảng cáo)",
    ),
    opt_in_phrases=(
        "(tôi|toi|em) muốn (nhận|nhan) (tin|tin nhắn|tin nhan) (lại|lai)",
        "(đăng ký|dang ky) (nhận tin|nhan tin) (lại|lai)",
    ),
    help_phrases=(
        "đây là gì", "day la gi", "cái gì vậy", "cai gi vay", "ai vậy", "ai vay", "ai đây",
        "ai day", "ai nhắn vậy", "ai nhan vay", "sao có số của tôi",
        "ai (nhắn|nhan) tin (cho tôi|cho toi|cho em|cho mình)",
        "bao lâu [thì] (các bạn|bạn|bên bạn|shop|bên mình) (nhắn|gửi) [tin] (một|1) lần",
        "(mỗi|một) (tuần|ngày|tháng) (nhận|gửi|nhắn) (bao nhiêu|mấy) tin nhắn",
        "(mỗi|một) (tuần|ngày|tháng) (nhận|gửi|nhắn) (bao nhiêu|mấy) (tin|lần)",
        "(tại sao|vì sao|sao) (tôi|mình|em) [lại] nhận [được] (tin nhắn|tin) này",
    ),
    not_opt_out_phrases=(
        # Refusing to be unsubscribed or asking the texts to go on ("don't unsubscribe me"):
        # a model opt-out reading of such a message is not decided.
        "(đừng|dung) (hủy|huy|xóa|xoa) (đăng ký|dang ky|số|so|tên|ten) [(của|cua)] (mình|minh|tôi|toi|em)",
        "(đừng|dung) (dừng|ngừng|ngung) (gửi|gui|nha|nhé|nhe|nghen)",
        "(xe buýt|xe bus|xe|tàu) (dừng|dung) (ở|o|tại|tai)",
        "(trạm|tram) (dừng|dung|xe buýt|xe bus)",
        "(dừng lại|dung lai) (đi|di|nha|nhé|ne)",
        "(hủy|huy) (cuộc hẹn|cuoc hen|lịch hẹn|lich hen|đơn|don|chuyến|chuyen|vé|ve)",
        "(đừng|dung) (lo|buồn|buon|khóc|khoc)",
    ),
    hint_words=(
        "tôi", "toi", "không", "khong", "được", "duoc", "của", "cua", "rồi", "roi", "chưa",
        "chua", "với", "voi", "nhé", "nhe", "cảm ơn", "cam on", "mình", "minh", "bạn", "ạ",
        "vậy", "gì",
    ),
    replies={
        "opt_out_clarify": "Bạn đã hủy đăng ký tin nhắn của {program}. Trả lời MKT để chỉ ngừng tin khuyến "
        "mãi, ALL để ngừng tất cả. Hỗ trợ: {support}.",
        "opt_out": "{program}: bạn đã hủy đăng ký và sẽ không nhận thêm tin nhắn. Hỗ trợ: "
        "{support}. Trả lời START để đăng ký lại.",
        "opt_out_all": "{program}: bạn đã hủy tất cả tin nhắn của chúng tôi và sẽ không nhận "
        "thêm tin nhắn. Hỗ trợ: {support}. Trả lời START để đăng ký lại.",
        "opt_in": "{program}: bạn đã đăng ký lại. Có thể áp dụng phí tin nhắn và dữ liệu. Hỗ "
        "trợ: {support}. Trả lời TRO GIUP để được hỗ trợ, HUY để hủy.",
        "help": "{program}: để được hỗ trợ, liên hệ {support}. Có thể áp dụng phí tin nhắn và "
        "dữ liệu. Trả lời HUY để hủy.",
    },
    sources=(
        "https://www.sggpnews.org.vn/science_technology/newest-method-to-block-marketing-messages-88795.html (DK DNC / HUY DNC to 5656)",
        "https://www.sent.dm/resources/vietnam-sms-guide (STOP, HUY, TD)",
    ),
    courtesy_words=("nhé", "nhe", "nha", "ạ", "a", "cảm ơn", "cam on", "giùm", "gium", "giúp", "giup"),
    # Answers to the clarifying question (app/messaging/clarify.py): stop only
    # marketing, or everything.
    clarify_marketing=("mkt", "khuyến mãi"),
    clarify_all=("all", "tất cả"),
)
