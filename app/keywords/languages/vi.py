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
        "stop (ạ|đi|đi ạ|luôn|luôn đi|ngay|ngay đi|liền|giùm|giùm em|giúp em|giúp mình|giùm mình|nha ạ|nhé ạ)",
        # The polite ạ after the keyword ("Hủy ạ", "Dừng ạ"): "ạ" folds to the English "a".
        "(hủy|huỷ|dừng|ngừng|tc|td|từ chối|hủy đăng ký|hủy đk|hủy dịch vụ) (ạ|đi ạ|nha ạ|nhé ạ)",
    ),
    opt_out_all_keywords=("hủy tất cả", "huy tat ca"),
    opt_in_keywords=("đăng ký", "dang ky", "đăng ký lại", "dang ky lai", "dk", "bắt đầu", "bat dau"),
    # HD (hướng dẫn, "instructions") is the help word Vietnamese carriers' services print.
    help_keywords=("trợ giúp", "tro giup", "giúp", "giup", "hỗ trợ", "ho tro", "ai z", "ai vậy", "ai đấy", "ai đó",
                   "hd", "hướng dẫn", "ai dzay", "ai dzậy", "ai v", "ai thế"),
    opt_out_phrases=(
        # No more offers needed, the offers named ("không cần chương trình ưu đãi nữa đâu").
        "(không cần|ko cần|k cần|hết cần) (chương trình ưu đãi|chương trình khuyến mãi|ưu đãi|khuyến mãi|quảng cáo|tin quảng cáo|tin khuyến mãi|tin nhắn quảng cáo|tin nhắn khuyến mãi) nữa",
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
        # "Don't / no need to turn the notifications back on": kept from the opt-in phrase
        # "bật lại thông báo" (not "đừng mở lại cửa", don't reopen the door).
        "(đừng|đừng có|không cần|ko cần|k cần|khỏi|khỏi cần) (bật|mở) lại [(giúp|giùm|cho)] [(tôi|em|e|mình|tui|tớ|anh|chị|con)] (thông báo|tb|tin nhắn|tn|tin|sms|nhắc|nhắc nhở|nhắc lịch|dịch vụ sms|dịch vụ tin nhắn|dịch vụ thông báo)",
        "(đừng|đừng có|không cần|ko cần|k cần|khỏi|khỏi cần) kích hoạt lại (dịch vụ|dv) (sms|tin nhắn|nhắn tin|thông báo|báo số dư)",
        # Accents fold, and "đ" with them: "đừng" (don't) and "dừng" (stop) are one word to
        # the engine, "nhắn" (text) and "nhận" (receive) too, "nhắc" (remind) and "nhạc"
        # (music). Each phrase below reads the same either way, or names the texts.
        # "Don't text me / my mother / this number any more."
        "(đừng|đừng có|không được|ko được) (gửi|gởi|nt) [(tin|tin nhắn|tn|sms|tin quảng cáo|tin khuyến mãi|quảng cáo|khuyến mãi|thông báo)] (cho|tới|đến|vào) (tôi|em|e|mình|tui|bà|ông|mẹ tôi|bố tôi|vợ tôi|chồng tôi|con tôi|số này|số tôi) nữa",
        "(đừng|đừng có|không được|ko được) (nhắn|nhắn tin|ib|spam|làm phiền) [(tin quảng cáo|tin khuyến mãi|quảng cáo|khuyến mãi)] (cho|tới|đến|vào) (tôi|em|e|mình|tui|bà|ông|mẹ tôi|bố tôi|vợ tôi|chồng tôi|con tôi|số này|số tôi) nữa",
        # ... after "mà" (but), which the guards take for English "ma" (mother).
        "mà [(từ giờ|từ nay|sau này|giờ|shop|bạn|anh|chị)] đừng (gửi|nhắn|nhắn tin) [(tin|tin nhắn|tin quảng cáo|tin khuyến mãi|quảng cáo|khuyến mãi)] cho (tôi|em|mình|tui) nữa",
        "(ngừng|ngưng) (nhắn tin|gửi tin|gửi tin nhắn|spam|làm phiền) (cho|tới|đến|vào) (tôi|em|e|mình|tui|tớ|bà|ông|bà ấy|ông ấy|mẹ tôi|bố tôi|vợ tôi|chồng tôi|con tôi|số này|số tôi|số của tôi|mẹ em|vợ em)",
        "stop (gửi|gởi|nhắn) (tin|tin nhắn|tn|sms)",
        # "I don't want to receive (your) texts any more" ("k muốn nhận tn bên b nữa").
        "(không|ko|k|hông|hok|chẳng|chả) (muốn|mún|cần) (nhận|nhận được|nhận thêm|nhận tiếp) [(mấy|các|những)] (tin|tin nhắn|tn|sms|thông báo|tb|quảng cáo|khuyến mãi|tin quảng cáo|tin khuyến mãi|tin nhắn quảng cáo|tin nhắn khuyến mãi|nhắc lịch|nhắc nhở|ưu đãi) nữa",
        "(không|ko|k|hông|hok|chẳng|chả) (muốn|mún|cần) (nhận|nhận được|nhận thêm|nhận tiếp) (tin|tin nhắn|tn|sms|thông báo|tb|quảng cáo|khuyến mãi|tin quảng cáo|tin khuyến mãi|tin nhắn quảng cáo|tin nhắn khuyến mãi|nhắc lịch|nhắc nhở|ưu đãi) (bên bạn|bên b|bên shop|của bạn|của shop|của bên bạn|từ bên bạn|từ shop|này|gì|quảng cáo|khuyến mãi) nữa",
        # Cancel / stop receiving the texts, asked for ("cho tôi hủy nhận SMS", "hủy nhận tin
        # ... giúp mình"); "mình đã hủy nhận tin, giờ muốn nhận lại" is a report, no request.
        "(cho|xin cho|giúp|giùm|làm ơn|vui lòng|muốn|xin) [(tôi|em|mình|tui|con|e)] (hủy|ngừng|tắt|ngưng) nhận (tin|tin nhắn|tn|sms|thông báo|tb|tin nhắc|tin quảng cáo|tin khuyến mãi|tin nhắn quảng cáo|tin nhắn khuyến mãi|khuyến mãi|quảng cáo)",
        "(hủy|ngừng|tắt|ngưng) nhận (tin|tin nhắn|tn|sms|thông báo|tb|tin nhắc|tin quảng cáo|tin khuyến mãi|tin nhắn quảng cáo|tin nhắn khuyến mãi|khuyến mãi|quảng cáo) [(giỏ hàng|này|của shop|từ shop|qua sms)] (giúp|giùm|dùm|đi|luôn|nhé|nha|với|ạ)",
        "hủy (dịch vụ|dv) (tin nhắn|sms|nhắn tin|thông báo|tb)",
        "hủy (đăng ký|đk) (giúp|giùm|dùm) (tôi|em|e|mình|tui|tớ|anh|chị) (nha|nhé|với|vs|ạ|đi|luôn)",
        "tắt (tin nhắn|sms|tin quảng cáo|tin khuyến mãi|tn|thông báo sms|thông báo qua sms|thông báo tin nhắn) (giúp|giùm|dùm|cho) (tôi|em|mình|tui|e)",
        "(không cần|ko cần|k cần|khỏi|khỏi cần|đừng) (nhắc lịch|nhắc nhở|nhắc lịch hẹn|gửi nhắc|nhắn nhắc|nhắc tôi|nhắc em|nhắc mình) nữa",
        # Remove me / my number from the list.
        "(bỏ|xóa|xoá|loại|gỡ|đưa) (tôi|em|e|mình|tui|tớ|số tôi|số em|số này|số của tôi|số mình|số điện thoại của tôi|số điện thoại này|sđt tôi|sđt của tôi|sđt này) (ra khỏi|khỏi|ra) (danh sách|ds|list|hệ thống|dữ liệu|data)",
        # Leave me alone; I already said stop; texted STOP three times.
        "để (tôi|em|mình|tui|tao|tớ) (yên|yên ổn)",
        "đã (nói|bảo) [(là|rồi|rồi là)] (dừng|ngừng|stop|tc|từ chối) (rồi|mà|lại)",
        "đã (nói|bảo) [(là|rồi|rồi là)] (đừng|đừng có) (nhắn tin|nhắn nữa|gửi tin)",
        "(nhắn|gửi|soạn|nt) (stop|tc|từ chối|hủy) (2|3|4|5|hai|ba|bốn|năm|mấy|nhiều|bao nhiêu) lần",
        # The refusals of the opt-in phrases below ("đừng thêm tôi vào danh sách", "đừng gửi
        # thông báo về số này", "không cần đăng ký lại số này"): opt-outs, and they win.
        "(đừng|đừng có|không được|ko được) (thêm|add|cho) (tôi|em|e|mình|tui|tớ|số tôi|số này) (vào|vô) (list|danh sách|ds|nhóm|group)",
        "(đừng|đừng có|không được|ko được|không|ko|k|khỏi|không cần|ko cần|k cần|ngừng|ngưng|thôi|stop) (chuyển|gửi|gởi|nhắn) [(thông báo|tin|tin nhắn|tn|tb|sms|nhắc lịch|gì|gì cả)] [(của trường|của lớp|của shop|của nhà thuốc|của phòng khám|của ngân hàng)] (sang|về|qua|vào|tới|đến) (số này|số mới|số mới này|sđt này|số điện thoại này)",
        "(đừng|đừng có|không cần|ko cần|k cần|khỏi|khỏi cần) (đăng ký|đk|thêm|add|lưu|cập nhật) [lại] (số này|số mới|số mới này|sđt này|số điện thoại này|số của|sđt của|số điện thoại của)",
        "(đừng|đừng có|không cần|ko cần|k cần|khỏi|khỏi cần) (gửi|gởi|nhắn) qua (tin nhắn|sms|tn)",
        "(đừng|đừng có|không cần|ko cần|k cần|khỏi|khỏi cần) (gửi|gởi) (deal|deals|khuyến mãi|km|ưu đãi|voucher|mã giảm giá|sale) (cho|tới) (em|tôi|mình|tui|e|tớ)",
        "(hủy|huỷ|ngưng|ngừng|dừng) (đăng ký|đk) [(cho|của)] (số này|số mới|số mới này|sđt này|số điện thoại này)",
        # The English words ("stop gửi promotion", "stop giúp mình nha"), a named kind refused ("đừng
        # gửi tin nhắn khuyến mãi cho mình nữa"), "phiền quá, dừng lại đi", no need any more, consent
        # withdrawn in words.
        "(stop|ngừng|ngưng|dừng) (gửi|gởi|nhắn|spam|send) (promotion|promotions|promo|quảng cáo|khuyến mãi|khuyến mại|km|ưu đãi|deal|deals|sale|voucher|mã giảm giá|tin khuyến mãi|tin quảng cáo|tin nhắn khuyến mãi|tin nhắn quảng cáo|noti|notification|notifications|thông báo)",
        "stop (giúp|giùm|dùm|hộ) (tôi|em|e|mình|tui|tớ) (nha|nhé|nhe|với|vs|ạ|đi|luôn)",
        "(đừng|đừng có) (gửi|gởi|nhắn|nt|spam) (promotion|promotions|promo|quảng cáo|khuyến mãi|khuyến mại|km|ưu đãi|deal|deals|sale|voucher|mã giảm giá|tin khuyến mãi|tin quảng cáo|tin nhắn khuyến mãi|tin nhắn quảng cáo|noti|notification|notifications|thông báo|tin nhắn|tin|tn|sms) (cho|tới|đến) (tôi|em|e|mình|tui|tớ) nữa",
        "(mà|nhưng|thôi|thui) [(từ giờ|từ nay|sau này|giờ|shop|bạn|anh|chị)] (đừng|đừng có) (gửi|gởi|nhắn|nt|spam) (promotion|promotions|promo|quảng cáo|khuyến mãi|khuyến mại|km|ưu đãi|deal|deals|sale|voucher|mã giảm giá|tin khuyến mãi|tin quảng cáo|tin nhắn khuyến mãi|tin nhắn quảng cáo|noti|notification|notifications|thông báo|tin nhắn|tin|tn|sms) (cho|tới|đến) (tôi|em|e|mình|tui|tớ) nữa",
        "(đừng|đừng có) (nt|ib|inbox|nhắn tin|spam|sms) (nữa|nua|nữa nha|nữa nhé)",
        "(phiền|bực|bực mình|mệt|ớn|chán) (quá|lắm|ghê|thật) (dừng lại|dừng|ngừng|ngưng|dẹp|thôi|stop) (đi|giùm|dùm|nha|nhé|luôn|ngay)",
        "(nhắn|nhắn tin|gửi tin|spam|nt) (hoài|mãi|suốt|miết|quài|liên tục) (phiền|bực|bực mình|mệt|ớn|chán) (quá|lắm|ghê|thật) (dừng lại|dừng|ngừng|ngưng|dẹp|thôi|stop)",
        "(không cần|ko cần|k cần|khỏi|khỏi cần|hết cần) (gửi|gởi|nhắn|nt) [(thêm)] (promotion|promotions|promo|quảng cáo|khuyến mãi|khuyến mại|km|ưu đãi|deal|deals|sale|voucher|mã giảm giá|tin khuyến mãi|tin quảng cáo|tin nhắn khuyến mãi|tin nhắn quảng cáo|noti|notification|notifications|thông báo|tin nhắn|tin|tn|sms) [(cho|tới)] [(tôi|em|e|mình|tui|tớ)] nữa",
        "(tôi|em|mình) [xin] (rút lại|thu hồi|hủy bỏ) (sự đồng ý|đồng ý|sự chấp thuận|chấp thuận) (nhận|nhận tin|nhận tin nhắn|nhận sms|nhận quảng cáo|cho phép gửi)",
    ),
    # Accents fold ("bật lại" is "bat lai"). Vietnamese negates before the verb ("không muốn",
    # "đừng bật lại"): a "muốn" phrase wants its subject right before it, "nhận lại" (also "get a
    # refund back") the texts after it, and "đăng ký lại" / "gửi lại" a request word after it
    # ("đi", "với", "giúp"); "đừng bật lại" is an opt-out phrase above.
    opt_in_phrases=(
        "(tôi|toi|em) muốn (nhận|nhan) (tin|tin nhắn|tin nhan) (lại|lai)",
        "(đăng ký|dang ky) (nhận tin|nhan tin) (lại|lai)",
        "(tôi|em|e|mình|tui|tớ|anh|chị|con) (muốn|mún|mun) (nhận|được nhận) lại (tin|tin nhắn|tn|sms|thông báo|tb|khuyến mãi|km|ưu đãi|deal|nhắc|nhắc nhở|nhắc lịch|nhắc lịch hẹn|tin khuyến mãi|tin ưu đãi)",
        "(tôi|em|e|mình|tui|tớ|anh|chị|con) (muốn|mún|mun) (nhận|được nhận) (tin|tin nhắn|tn|sms|thông báo|tb|khuyến mãi|km|ưu đãi|deal|nhắc|nhắc nhở|nhắc lịch|nhắc lịch hẹn|tin khuyến mãi|tin ưu đãi) lại",
        "(tôi|em|e|mình|tui|tớ|anh|chị|con) (muốn|mún|mun) (đăng ký|đk) lại",
        "(tôi|em|e|mình|tui|tớ|anh|chị|con) vẫn (muốn|mún|mun) (nhận|được nhận) (tin|tin nhắn|tn|sms|thông báo|tb|khuyến mãi|km|ưu đãi|deal|nhắc|nhắc nhở|nhắc lịch|nhắc lịch hẹn|tin khuyến mãi|tin ưu đãi)",
        "cho (tôi|em|e|mình|tui|tớ|anh|chị|con) (đăng ký|đk) lại",
        "cho (tôi|em|e|mình|tui|tớ|anh|chị|con) nhận lại (tin|tin nhắn|tn|sms|thông báo|tb|khuyến mãi|km|ưu đãi|deal|nhắc|nhắc nhở|nhắc lịch|nhắc lịch hẹn|tin khuyến mãi|tin ưu đãi)",
        "cho (tôi|em|e|mình|tui|tớ|anh|chị|con) nhận (tin|tin nhắn|tn|sms|thông báo|tb|khuyến mãi|km|ưu đãi|deal|nhắc|nhắc nhở|nhắc lịch|nhắc lịch hẹn|tin khuyến mãi|tin ưu đãi) lại",
        "(đăng ký|đk) lại (cho|giúp|giùm) (tôi|em|e|mình|tui|tớ|anh|chị|con) (với|vs|đi)",
        "(bật|mở) lại [(giúp|giùm|cho)] [(tôi|em|e|mình|tui|tớ|anh|chị|con)] (thông báo|tb|tin nhắn|tn|tin|sms|nhắc|nhắc nhở|nhắc lịch|nhắc lịch hẹn|dịch vụ sms|dịch vụ tin nhắn|dịch vụ thông báo)",
        "kích hoạt lại (dịch vụ|dv) (sms|tin nhắn|nhắn tin|thông báo|báo số dư)",
        "gửi lại [(mấy cái|mấy|các|những)] (tin|tin nhắn|tn|deal|khuyến mãi|km|ưu đãi|thông báo|tb|nhắc nhở) [(khuyến mãi|ưu đãi|deal|km)] [(cho tôi|cho em|cho e|cho mình|cho tui|cho tớ)] (đi|với|vs|giùm|giúp)",
        "(thêm|cho) (tôi|em|e|mình|số tôi|số này|số em|số của tôi) (vào lại|lại vào) (danh sách|ds)",
        "thêm lại (tôi|em|mình|số tôi|số này|số em) vào (danh sách|ds)",
        # Someone else gets them and I want them too ("tôi cũng muốn nhận", "cho em vào list
        # với", "add em vô danh sách nha"); the refusals are opt-out phrases above.
        "(tôi|em|e|mình|tui|tớ|anh|chị|con) cũng (muốn|mún|mun) (nhận|được nhận|đăng ký|đk) (tin|tin nhắn|tn|sms|thông báo|tb|khuyến mãi|km|ưu đãi|deal|voucher|nhắc|nhắc nhở|nhắc lịch|với|luôn|nữa|giống|như)",
        "(cho|thêm|add) (tôi|em|e|mình|tui|tớ|số tôi|số này|số em) (vào|vô) (list|danh sách|ds|nhóm|group) [(với|vs|nha|nhé|luôn|đi)]",
        # How do I sign up ("đăng ký nhận tin khuyến mãi qua SMS như thế nào", "làm sao để
        # nhận thông báo lịch khám", "đăng ký SMS Banking ở đâu").
        "(đăng ký|đk) (nhận tin|nhận thông báo|nhận tin nhắn|sms banking|nhận sms|nhận khuyến mãi|nhận ưu đãi) [(khuyến mãi|ưu đãi|quảng cáo)] [(qua sms|qua tin nhắn)] (như thế nào|thế nào|ở đâu|sao|bằng cách nào|làm sao|thì sao|ra sao)",
        "(cho hỏi|xin hỏi|hỏi) [cách] (đăng ký|đk) (nhận|sms|tin nhắn|thông báo)",
        "(làm sao|làm thế nào|cách nào|cách) [để] (nhận|nhận được) (thông báo|tb|tin khuyến mãi|tin ưu đãi|khuyến mãi|ưu đãi|tin nhắn khuyến mãi|nhắc lịch|tin nhắc|tin nhắc lịch)",
        # A new number ("nhờ đăng ký lại số này giúp em", "chuyển thông báo của trường sang số
        # này giùm").
        "(đăng ký|đk|thêm|add|lưu|cập nhật) [lại] (số này|số mới|số mới này|sđt này|số điện thoại này|số mới của tôi|số mới của em)",
        # Asked for ("làm ơn", "giùm"): "sao cứ gửi tin về số này" is a complaint.
        "(làm ơn|vui lòng|hãy|nhờ|xin) (chuyển|gửi|gởi) [(thông báo|tin|tin nhắn|tn|tb|sms|nhắc lịch)] [(của trường|của lớp|của shop|của nhà thuốc|của phòng khám|của ngân hàng)] (sang|về|qua|vào|tới|đến) (số này|số mới|số mới này|sđt này|số điện thoại này)",
        "(chuyển|gửi|gởi) [(thông báo|tin|tin nhắn|tn|tb|sms|nhắc lịch)] [(của trường|của lớp|của shop|của nhà thuốc|của phòng khám|của ngân hàng)] (sang|về|qua|vào|tới|đến) (số này|số mới|số mới này|sđt này|số điện thoại này) (giùm|giúp|dùm|nha|nhé|với|vs|đi|ạ|luôn)",
        # Cancelled by mistake, and want them back ("em lỡ hủy nhận tin", "giờ muốn nhận lại").
        "(lỡ|nhỡ|vô tình|bấm nhầm|lỡ tay) (hủy|huỷ|từ chối) (nhận tin|đăng ký|đk|nhận|dịch vụ)",
        "(giờ|bây giờ|nay|giờ em|giờ mình|giờ tôi|nhưng giờ|mà giờ) (muốn|mún|mun) (nhận|được nhận|đăng ký|đk) lại",
        "(tôi|em|e|mình|tui|tớ) vẫn (muốn|mún) (nhận|được nhận) (mà|lắm)",
        # From now on by text ("xác nhận gửi qua tin nhắn số này nha", "từ nay gửi qua SMS").
        "(gửi|gởi|nhắn|báo) qua (tin nhắn|sms|tn) (số này|nha|nhé|giúp|giùm|đi|ạ)",
        "từ (nay|giờ|bây giờ|hôm nay) [(về sau|trở đi)] (gửi|gởi|nhắn|báo|thông báo) (qua|bằng) (tin nhắn|sms|tn)",
        # Formal consent ("tôi đồng ý nhận tin nhắn quảng cáo", "tôi chấp thuận nhận thông
        # tin"); a refusal puts "không" after the subject.
        "(tôi|em|mình|chúng tôi) (đồng ý|chấp thuận|chấp nhận|cho phép) [(được)] (nhận|được nhận|nhận các|nhận những) (tin|tin nhắn|thông tin|thông báo|sms|quảng cáo|khuyến mãi|tn|ưu đãi|tin quảng cáo)",
        "(tôi|em|mình|chúng tôi) (đồng ý|chấp thuận|cho phép) (để|cho) (quý công ty|công ty|bên bạn|cửa hàng|shop|phòng khám|nhà thuốc|ngân hàng) (gửi|nhắn)",
        # Slang ("gửi deal cho em đi").
        "(gửi|gởi) (deal|deals|khuyến mãi|km|ưu đãi|sale) (cho|tới) (em|tôi|mình|tui|e|tớ) (đi|với|vs|nha|nhé|luôn)",
        # A family member's number ("thêm số của mẹ tôi").
        "(thêm|add|đăng ký|đk) [(giúp|giùm|cả)] (số|sđt|số điện thoại) [của] (mẹ|bố|ba|má|vợ|chồng|con|con gái|con trai|ông|bà|mẹ tôi|bố tôi|vợ tôi|chồng tôi|con tôi)",
        # How do I sign up / get them ("làm sao để đăng ký nhận tin khuyến mãi?", "làm thế nào để
        # nhận SMS ưu đãi?"); "làm sao để không nhận" puts its negation between.
        "(làm sao|lam sao|làm thế nào|lam the nao|làm cách nào|lam cach nao|bằng cách nào|bang cach nao|cách|cach|sao) [(để|de|đặng)] [(tôi|toi|em|e|mình|minh|tui|tớ|anh|chị|chi|con)] [(có thể|co the|được|duoc)] (đăng ký|dang ky|đk|dk|đăng kí|dang ki) [(nhận|nhan|để nhận|de nhan)] (tin|tin nhắn|tn|sms|thông báo|tb|khuyến mãi|km|ưu đãi|deal|nhắc lịch|nhắc lịch hẹn|tin khuyến mãi|tin ưu đãi|bản tin|danh sách|ds|dịch vụ sms|dịch vụ tin nhắn)",
        "(làm sao|lam sao|làm thế nào|lam the nao|làm cách nào|lam cach nao|bằng cách nào|bang cach nao) (để|de|đặng) [(tôi|toi|em|e|mình|minh|tui|tớ|anh|chị|chi|con)] [(có thể|co the|được|duoc)] (nhận|nhan|được nhận|duoc nhan) [(được|duoc)] (tin|tin nhắn|tn|sms|thông báo|tb|khuyến mãi|km|ưu đãi|deal|nhắc lịch|nhắc lịch hẹn|tin khuyến mãi|tin ưu đãi|bản tin)",
        # No objection ("tôi không phản đối việc nhận tin nhắn").
        "(không|ko|k|hong|hông) (phản đối|phan doi|ngại|ngai|có vấn đề gì|co van de gi) [(việc|viec|khi|gì|gi)] (nhận|nhan|được gửi|duoc gui|được nhắn|duoc nhan) (tin|tin nhắn|tn|sms|thông báo|khuyến mãi|ưu đãi|tin khuyến mãi|tin ưu đãi|nhắc lịch)",
        # Send them to me again, the person first ("gửi lại cho tôi tin ưu đãi nhé").
        "gửi lại cho (tôi|toi|em|e|mình|minh|tui|tớ|anh|chị|chi|con) [(mấy|các|những)] (tin|tin nhắn|tn|thông báo|khuyến mãi|km|ưu đãi|deal|tin khuyến mãi|tin ưu đãi|nhắc lịch|nhắc nhở|mã giảm giá|voucher)",
        # Please text me the reminders ("vui lòng nhắn tin nhắc lịch hẹn cho tôi"); "vui lòng đừng"
        # puts its negation between.
        "(vui lòng|vui long|làm ơn|lam on|xin hãy|hãy|nhờ) (nhắn tin|nhan tin|gửi tin|gui tin|nhắn|gửi) (nhắc|nhắc lịch|nhac lich|nhắc lịch hẹn|nhắc nhở|nhac nho|tin nhắc|tin nhắn nhắc|tin khuyến mãi|tin ưu đãi|thông báo khuyến mãi|thông báo lịch hẹn)",
        # STOP sent by mistake ("tôi lỡ nhắn STOP", "mình nhắn nhầm STOP"): each veto below starts
        # a word after its opt-in, and covers the keyword.
        "(tôi|toi|em|e|mình|minh|tui|tớ|anh|chị|chi|con) (lỡ|lỡ tay|vô tình|vo tinh|nhầm|nham|lo tay) [(nhắn|nhan|gửi|gui|bấm|bam|gõ|go|trả lời|tra loi|rep|reply)] (stop|tc|huy|hủy|huỷ|từ chối|dừng|ngừng)",
        "(tôi|toi|em|e|mình|minh|tui|tớ|anh|chị|chi|con) (nhắn|nhan|gửi|gui|bấm|bam|gõ|go|trả lời|tra loi|rep|reply) (nhầm|nham|lộn|lon) (stop|tc|huy|hủy|huỷ|từ chối|dừng|ngừng)",
    ),
    help_phrases=(
        "đây là gì", "day la gi", "cái gì vậy", "cai gi vay", "ai vậy", "ai vay", "ai đây",
        "ai day", "ai nhắn vậy", "ai nhan vay", "sao có số của tôi",
        "ai (nhắn|nhan) tin (cho tôi|cho toi|cho em|cho mình)",
        "bao lâu [thì] (các bạn|bạn|bên bạn|shop|bên mình) (nhắn|gửi) [tin] (một|1) lần",
        "(mỗi|một) (tuần|ngày|tháng) (nhận|gửi|nhắn) (bao nhiêu|mấy) tin nhắn",
        "(mỗi|một) (tuần|ngày|tháng) (nhận|gửi|nhắn) (bao nhiêu|mấy) (tin|lần)",
        "(tại sao|vì sao|sao) (tôi|mình|em) [lại] nhận [được] (tin nhắn|tin) này",
        # Who is this, which company, whose number.
        "(bạn|các bạn|anh|chị|bên bạn) là ai",
        "(công ty|cty) nào (vậy|đây|thế|z|v|dzay|ạ)",
        "(đây là|đây là bên|số này của|số này là của) (công ty|cty|bên|shop|cửa hàng|ngân hàng) nào",
        "(số|sđt|số điện thoại) này [là] (của ai|của công ty nào|của bên nào)",
        "(tin|tin nhắn) này (có phải|là) (của|do) (ngân hàng|công ty|bên)",
        # Is this a scam?
        "(có phải|phải) [là] (lừa đảo|scam) (không|ko|k|hả|hông)",
        "(tin|tin nhắn|số) này (có phải|là) (lừa đảo|giả|scam) (không|ko|k|hả|hông)",
        # Does it cost?
        "(nhắn|nhắn tin|tin nhắn|trả lời|nhận tin|sms|dịch vụ|đăng ký|nhắn lại) [này] có (mất|tốn|tính|bị tính|bị trừ) (phí|tiền|cước) (không|ko|k|hong|hông)",
        "(dịch vụ|tin nhắn|sms) [này] (bao nhiêu tiền|giá bao nhiêu|phí bao nhiêu|mất bao nhiêu|tốn bao nhiêu) (một|mỗi|1) (tháng|tuần|ngày|tin)",
        "(dịch vụ|tin nhắn|sms) [này] (bao nhiêu|mất bao nhiêu|tốn bao nhiêu) tiền (một|mỗi|1) (tháng|tuần|ngày|tin)",
        # How do I reach you? How does it work?
        "(tổng đài|hotline|số tổng đài|số hotline) [(cskh|chăm sóc khách hàng|hỗ trợ)] [là] [số] (mấy|nào|gì|bao nhiêu)",
        "cho (tôi|em|mình|xin|tôi xin|em xin|mình xin) (số điện thoại|sđt|số hotline|hotline|số tổng đài|tổng đài) (để gọi|cskh|hỗ trợ|liên hệ|chăm sóc khách hàng)",
        "(làm sao|làm thế nào|cách nào) [để] (liên hệ|gọi|liên lạc) [với] (bên bạn|các bạn|shop|công ty|tổng đài|cskh|nhân viên)",
        "(cái này|dịch vụ này|chương trình này) hoạt động (thế nào|như thế nào|ra sao)",
        "(điều kiện|thể lệ) (chương trình|khuyến mãi) (là gì|thế nào|ra sao|như thế nào)",
        "(mã|mã giảm giá|voucher|coupon) [này] (dùng|sử dụng|xài) (sao|thế nào|như thế nào|ra sao)",
    ),
    not_opt_out_phrases=(
        # Negated removal is a wish to keep the texts ("don't remove me", "I'm not
        # unsubscribing"); never a negated send/write, which stays an opt-out.
        "(đừng|đừng có|không cần|ko cần|k cần|không phải) (xóa|xoá|hủy|huỷ|bỏ|gỡ|loại) (tôi|em|mình|số tôi|số em|số mình|số của tôi|số của em|số điện thoại|tên tôi|tên em) [(ra khỏi|khỏi) (danh sách|list)]",
        "(đừng|đừng có|không cần|ko cần|k cần) (hủy|huỷ) (đăng ký|đăng kí) [(của tôi|của em|cho tôi|cho em)]",
        "(tôi|em|mình) (không|ko) (muốn|định) (hủy|huỷ) (đăng ký|đăng kí)",
        "(đừng|đừng có) (ngừng|tắt|cắt) (gửi|nhắn) (tin nhắn|tin|sms)",
        # Refusing to be unsubscribed or asking the texts to go on ("don't unsubscribe me"):
        # a model opt-out reading of such a message is not decided.
        "(đừng|dung) (hủy|huy|xóa|xoa) (đăng ký|dang ky|số|so|tên|ten) [(của|cua)] (mình|minh|tôi|toi|em)",
        "(đừng|dung) (dừng|ngừng|ngung) (gửi|gui|nha|nhé|nhe|nghen)",
        "(xe buýt|xe bus|xe|tàu) (dừng|dung) (ở|o|tại|tai)",
        "(trạm|tram) (dừng|dung|xe buýt|xe bus)",
        "(dừng lại|dung lai) (đi|di|nha|nhé|ne)",
        "(hủy|huy) (cuộc hẹn|cuoc hen|lịch hẹn|lich hen|đơn|don|chuyến|chuyen|vé|ve)",
        "(đừng|dung) (lo|buồn|buon|khóc|khoc)",
        # Under a negation, the opt-out phrases above are no request: "đừng xóa tôi khỏi
        # danh sách", "không muốn hủy nhận tin"; "để tôi yên tâm" (to reassure me).
        "(đừng|không|ko|k|chưa|đừng có) (bỏ|xóa|xoá|loại|gỡ) (tôi|em|e|mình|tui|số tôi|số em|số của tôi|số mình|số điện thoại của tôi) (ra khỏi|khỏi|ra) (danh sách|ds|list|hệ thống|dữ liệu|data)",
        "(không|ko|k|chưa|đừng) [(muốn|cần)] (hủy|ngừng|tắt|ngưng) nhận (tin|tin nhắn|tn|sms|thông báo|tb|tin nhắc|tin quảng cáo|tin khuyến mãi|tin nhắn quảng cáo|tin nhắn khuyến mãi|khuyến mãi|quảng cáo)",
        "để (tôi|em|mình|tui|tao|tớ) (yên tâm|yên lòng)",
        # "Đừng ngừng gửi tin nhắc lịch nha": a negated stop, asking for more.
        "(đừng|đừng có) (dừng|ngừng|ngưng) (gửi|nhắn) [(tin|tin nhắn|tn|sms|thông báo|tb)] [(nhắc|nhắc lịch|nhắc nhở|khuyến mãi|ưu đãi)]",
        "(đừng|dung) (viện cớ|đổ lỗi|nói dối|hứa hẹn|đổ thừa)",
        # Quitting a medicine or a habit ("bác sĩ bảo ngưng thuốc này"); enough of a delivery
        # ("không cần thêm hộp nào nữa"); a membership or a booking, not the texts.
        "(ngưng|ngừng|bỏ|cai) (thuốc|uống thuốc|hút thuốc|thuốc lá|rượu|bia|cà phê|đồ ngọt)",
        "(không cần|ko cần|k cần|khỏi|khỏi cần) (thêm|mua thêm|gửi thêm|giao thêm|đặt thêm|lấy thêm) (hộp|chai|thùng|bao|túi|cái|phần|suất|ly|kg|ký|bình|gói|lốc|vỉ)",
        "(hủy|huỷ) (thẻ tập|thẻ thành viên|hội viên|thành viên|khóa học|lớp học|buổi học|buổi tập|đặt bàn|đặt phòng|phòng|bàn|tour|gói tập|thẻ gym|lịch tập)",
        # A waiting list or a class, not the texts ("cho tôi vào danh sách chờ").
        "(cho|thêm|add) (tôi|em|e|mình|tui|tớ|số tôi|số này|số em) (vào|vô) (list|danh sách|ds) (chờ|đợi|khách mời|lớp|học|tập|thi)",
        # Paper bills; the texts are fine ("nhắn tin là được"); a promotion ending.
        "(hóa đơn giấy|hoá đơn giấy|hóa đơn bản giấy|hoá đơn bản giấy|thư giấy|bản in|catalogue|tờ rơi)",
        "(nhắn tin|tin nhắn|sms) (là được|thì được|được rồi|là đủ|là ok|thì ok|là được rồi)",
        "(khuyến mãi|chương trình|ưu đãi|voucher|mã giảm giá|sale|flash sale|km) [(này)] (hết|kết thúc|còn|hết hạn) (chưa|không|ko|k|rồi hả|rồi à|rồi sao)",
        "(chị ấy|anh ấy|bạn ấy|em ấy|cô ấy|ông ấy|bà ấy|mẹ tôi|vợ tôi|chồng tôi) cũng (quan tâm|thích|muốn mua)",
        # STOP sent by mistake: the keyword is the mistake (the opt-in phrases read it).
        "(lỡ|lỡ tay|vô tình|vo tinh|nhầm|nham|lo tay) [(nhắn|nhan|gửi|gui|bấm|bam|gõ|go|trả lời|tra loi|rep|reply)] (stop|tc|huy|hủy|huỷ|từ chối|dừng|ngừng)",
        "(nhầm|nham|lộn|lon) (stop|tc|huy|hủy|huỷ|từ chối|dừng|ngừng)",
        # "Đừng ngừng gửi promotion nha": a negated stop, asking for more.
        "(đừng|đừng có) (dừng|ngừng|ngưng|stop) (gửi|gởi|nhắn|spam|send) (promotion|promotions|promo|quảng cáo|khuyến mãi|khuyến mại|km|ưu đãi|deal|deals|sale|voucher|mã giảm giá|tin khuyến mãi|tin quảng cáo|tin nhắn khuyến mãi|tin nhắn quảng cáo|noti|notification|notifications|thông báo)",
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
    # HD alone is too short to tell the language by: it counts in any message. So does TC,
    # the keyword Vietnamese senders print ("soạn TC gửi ..."): as a whole message it is
    # that refusal; the English "tc" (take care) signs off a friend's text, not a reply to
    # a business.
    standalone_keywords=("hd", "tc"),
    # Answers to the clarifying question (app/messaging/clarify.py): stop only
    # marketing, or everything.
    clarify_marketing=("mkt", "khuyến mãi"),
    clarify_all=("all", "tất cả"),
)
