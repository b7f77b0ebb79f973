"""Indonesian. Indonesian content services end by UNREG (the keyword operators and
Kominfo's rules on premium SMS use); senders also print STOP and BERHENTI.
"""

from app.keywords.languages.rules import LanguageRules

RULES: LanguageRules = LanguageRules(
    code="id",
    name="Indonesian",
    opt_out_keywords=(
        "unreg", "berhenti", "stop langganan", "berhenti langganan",
        "(gak|ga|gk|nggak|ngga|enggak|engga|tidak|tdk|tak|ndak) mau (lagi|lg|lgi)",
        "gamau (lagi|lg|lgi)",
    ),
    opt_out_all_keywords=("unreg semua", "berhenti semua"),
    opt_in_keywords=("gabung", "aktifkan", "reg", "daftar", "langganan", "mulai"),
    help_keywords=("bantuan", "info"),
    # Plain requests in their common forms; the rest is the model's (app/keywords/data/corpus/id.txt).
    opt_out_phrases=(
        # Asking how to stop the texts is asking to stop them ("Gimana cara berhentiin SMS ini?").
        # "Gimana caranya ..." is matched from "caranya ...": the word before adds nothing.
        "(gimana|bagaimana|gmn|cara|caranya) (berhentiin|hentikan|menghentikan|stop|setop|matiin|matikan|mematikan|nonaktifkan|menonaktifkan) (sms|pesan|notif|notifikasi|promo|broadcast)",
        "(gimana|gmn|cara|caranya) biar [(aku|sy|saya)] (ga|gak|nggak) (dapet|dapat|terima|nerima|dikirimin) (sms|pesan|notif|promo)",
        "(gimana|bagaimana|cara|caranya) (supaya|agar) [saya] (tidak|tdk|ga) (menerima|dapat|terima) (sms|pesan|notif|promo)",
        "(gimana|bagaimana|gmn|cara|caranya) (unsubscribe|unsub|berhenti langganan|stop langganan) (sms|pesan|notif|promo|ini)",
        # "No need to sign me up / turn them on again": the refusal of the opt-in phrases below
        # (the guards read "jangan" as a negation, not "gak usah").
        "((gak|ga|gk|nggak|ngga|enggak|engga|tidak|tdk|tak|ndak) (usah|perlu)|gausah|gaush|gaperlu) (daftarin|daftarkan|didaftarkan|didaftarin) [(saya|aku|sy|gw|gue|nomor saya|nomor ini|nomorku)] (lagi|lg|kembali|ulang)",
        "((gak|ga|gk|nggak|ngga|enggak|engga|tidak|tdk|tak|ndak) (usah|perlu)|gausah|gaush|gaperlu) (nyalakan|nyalain|hidupkan|hidupin|aktifkan|aktifin) (lagi|lg|kembali) (sms|notif|notifikasi|pengingat|layanan sms|reminder)",
        "((gak|ga|gk|nggak|ngga|enggak|engga|tidak|tdk|tak|ndak) (usah|perlu)|gausah|gaush|gaperlu) (masukkan|masukin|tambahkan|tambahin) (saya|aku|sy|nomor saya|nomor ini|nomorku) (lagi|lg|kembali|ke)",
        # "I don't want (to receive) the texts": the negation is part of the phrase, and the
        # object is the texts ("tidak mau pesan lagi" alone is "won't order again": no bare
        # "pesan" without a verb of receiving).
        "(gak|ga|gk|nggak|ngga|nggk|enggak|engga|tidak|tdk|tak|ndak) (mau|ingin|pengen|pingin|pgn|mo|butuh|perlu) (terima|menerima|nerima|dapat|dapet|dpt|mendapat|mendapatkan|dikirim|dikirimi|dikirimin) (sms|pesan|notif|notifikasi|promo|promosi|iklan|spam|broadcast|bc|penawaran|pengingat|reminder|info promo|chat|wa)",
        "(gak|ga|gk|nggak|ngga|nggk|enggak|engga|tidak|tdk|tak|ndak) (mau|ingin|pengen|pingin|pgn|mo|butuh|perlu) (sms|notif|notifikasi|promo|promosi|iklan|spam|broadcast|bc|penawaran|sms promo|pesan promo|info promo) (lagi|lg|lgi|dari kalian|dari anda)",
        "(gak|ga|gk|nggak|ngga|nggk|enggak|engga|tidak|tdk|tak|ndak) (mau|ingin|pengen|pingin|pgn|mo) (di sms|disms|dismsin|di chat|dichat|dichatin|dihubungi|dikontak|dispam|di spam|dikirimi sms|dikirimin sms|dikirimi promo|dikirimin promo|dikirimi pesan|dikirimin pesan)",
        # Switch off / stop the texts ("tolong matikan SMS promo", "berhentiin SMS promonya").
        "(matikan|matiin|nonaktifkan|nonaktifin|hentikan|hentiin|berhentikan|berhentiin|stop|setop|stopin|stopkan|udahin|sudahi|cabut) [(aja|saja|dong|ya|dulu)] (sms|smsnya|notif|notifnya|notifikasi|notifikasinya|pengingat|pengingatnya|reminder|remindernya|promo|promonya|promosi|broadcast|broadcastnya|bc|iklan|iklannya|spam|pesan promo|pesan promosi|layanan sms|langganan sms|kiriman sms|kiriman promo)",
        # ... in the passive, with a request word ("pengingatnya dimatikan aja ya"); "promonya
        # dihentikan ya?" (has the offer ended?) is no request: the promo only after "sms",
        # "notif", or with "stop".
        "(sms|smsnya|notif|notifnya|notifikasi|notifikasinya|pengingat|pengingatnya|reminder|remindernya|broadcast|broadcastnya|bc|spamnya) [(promo|promonya|nya)] [(tolong|mohon)] (dimatikan|dimatiin|dihentikan|dihentiin|distop|disetop|dinonaktifkan|diberhentikan|diberhentiin) (aja|saja|dong|deh|ya|please|pls|segera)",
        "(sms|smsnya|notif|notifnya|notifikasi|notifikasinya|pengingat|pengingatnya|reminder|remindernya|broadcast|broadcastnya|bc|iklan|iklannya|promo|promonya|spam|spamnya) [(promo|promonya|nya)] (stop|setop|distop|disetop) [(aja|saja|dong|donk|deh|ya|yah|please|pls)]",
        # "Don't text me / my wife again", "don't send promos any more" ("jangan" is a
        # negation the guards know; "gak usah" they do not, so it is written out).
        "(jangan|jgn) [pernah] (sms|smsin|sms in|chat|chatin|wa|hubungi|kontak|spam|ganggu|kirimi|kirimin|kirimin sms|kirimi sms|kirim sms ke|kirim pesan ke|kirim promo ke) (saya|aku|sy|gw|gue|aq|kami|nomor ini|nomor saya|no ini|istri saya|suami saya|anak saya|ibu saya|bapak saya|ayah saya|mama saya|papa saya) (lagi|lg|lgi|terus|mulu)",
        "(jangan|jgn) (kirim|kirimin|kirimi|ngirim) (sms|pesan|promo|promosi|notif|notifikasi|iklan|spam|broadcast|penawaran|pengingat|info promo) [(promo|promosi|nya|kalian|apapun)] (lagi|lg|lgi|terus|mulu|ke sini|kesini|ke nomor ini|ke nomor saya)",
        "(jangan|jgn) (kirimin|kirimi) (saya|aku|sy|gw|gue) (sms|pesan|promo|notif|iklan|spam|penawaran) [(promo|nya)] (lagi|lg|terus|mulu)",
        "((gak|ga|gk|nggak|ngga|enggak|tidak|tdk|tak) (usah|perlu)|gausah|gaush|gaperlu) (sms|smsin|sms in|chat|chatin|wa|hubungi|kontak|spam|kirimi|kirimin) (saya|aku|sy|gw|gue|aq) (lagi|lg|lgi|terus|mulu)",
        "((gak|ga|gk|nggak|ngga|enggak|tidak|tdk|tak) (usah|perlu)|gausah|gaush|gaperlu) (sms|smsin|chat|chatin|wa|spam) (lagi|lg|lgi|terus|mulu)",
        "((gak|ga|gk|nggak|ngga|enggak|tidak|tdk|tak) (usah|perlu)|gausah|gaush|gaperlu) (kirim|kirimin|kirimi|ngirim|ngirimin) (sms|promo|promosi|notif|notifikasi|iklan|spam|broadcast|penawaran|sms promo|pesan promo|info promo) [(promo|nya|kalian|lagi|lg|terus|mulu)]",
        # "No need to tell me about discounts / to remind me of the cart": tied to the offers.
        "((gak|ga|gk|nggak|ngga|enggak|tidak|tdk|tak) (usah|perlu)|gausah|gaush|gaperlu) (kabarin|kabari|infoin|ingetin) (saya|aku|gw) [(lagi|lg)] (soal|tentang|ttg) (promo|promosi|diskon|penawaran|sale)",
        "((gak|ga|gk|nggak|ngga|enggak|tidak|tdk|tak) (usah|perlu)|gausah|gaush|gaperlu) (ingetin|ingatkan|ngingetin|ingatin) [(saya|aku|sy|gw|gue)] (keranjang|keranjangnya|keranjang belanja|isi keranjang|promo|diskon) (terus|mulu|melulu|lagi|lg)",
        # Remove me / my number from the list.
        "(keluarin|keluarkan|hapus|hps|hapusin|apus|apusin|delete|remove|coret|cabut) (saya|aku|sy|gw|gue|aq|nomor saya|nomor sy|nomorku|nomor aku|no saya|no sy|no aku|nomer saya|nomer sy|nmr saya|nmr sy|nomor ini|no ini|nomer ini|nomor hp saya|no hp saya|no hp sy|kontak saya|data saya) (dari|dr) (daftar|list|milis|mailing list|database|promo|promosi|program promo|layanan sms|langganan|broadcast|bc|grup|group|sms|kontak|sistem|data|pelanggan|penerima|daftar sms|daftar promo|list sms|list promo|member promo|info promo|sini)",
        "(tolong|tlg|mohon|please|pls|plis|minta|bisa|bs|segera) (hapus|hps|hapusin|apus|apusin|delete|remove) (nomor saya|nomor sy|nomorku|nomor aku|no saya|no sy|nomer saya|nmr saya|nmr sy|nomor ini|no ini|nomer ini|nomor hp saya|no hp saya|no hp sy|saya|aku|sy)",
        "(nomor|no|nomer|nmr) (saya|sy|aku|ini|hp saya) (tolong|tlg|mohon|minta) (dihapus|dihapusin|diapus|dikeluarkan|dikeluarin|diremove|didelete)",
        "(nomor|no|nomer|nmr) (saya|sy|aku|ini|hp saya) (dihapus|dihapusin|diapus|dikeluarkan|dikeluarin|diremove|didelete) (aja|saja|dong|donk|ya|segera|dari daftar|dari list)",
        # "I want to unsubscribe" with its subject ("saya tidak mau berhenti ..." is no match);
        # a bare "berhenti langganan" may be a gym's, so it needs the texts.
        "(saya|aku|sy|gw|gue|aq) (mau|ingin|pengen|pingin|mo|minta) (unsubscribe|unsub|unreg|keluar dari daftar sms|keluar dari list sms|berhenti dapat sms|berhenti terima sms|berhenti menerima sms|berhenti dapet sms|berhenti dapat promo|berhenti menerima pesan|berhenti menerima promo|dihapus dari daftar|dikeluarkan dari daftar)",
        "(saya|aku|sy|gw|gue|aq) (mau|ingin|pengen|pingin|mo|minta) (berhenti langganan|berhenti berlangganan|stop langganan|keluar dari langganan) (sms|pesan|promo|notif|notifikasi|info|informasi|ini|broadcast|newsletter|layanan sms)",
        "(tolong|tlg|mohon|minta) (unsubscribe|unsub|unreg|berhentikan langganan|hentikan langganan|stop langganan)",
        "(please|pls|plis) (unsubscribe|unsub|unreg) (saya|aku|sy|nomor saya|nomor ini|nomorku|nomor aku|no saya|no sy)",
        # Enough already ("udah dong spam mulu"); "I already said STOP".
        "(udah|udh|udahan|sudah|cukup) (dong|donk|deh|lah|ah) (spam|spamnya|nyepam|ngespam|sms|smsnya|sms nya|kirim sms|kirim promo|ngirim sms|ngirim promo|promo|promonya|chat|chatnya|ngechat)",
        "(sudah|udah|udh|sdh) (saya|aku|sy|gw|gue) bilang (stop|berhenti|unreg|jangan sms|jangan kirim)",
        # The refusals of the opt-in phrases below that the guards do not read ("gak usah
        # daftarkan nomor ini", "gak usah kirim ke nomor ini"): opt-outs, and they win.
        "((gak|ga|gk|nggak|ngga|enggak|tidak|tdk|tak) (usah|perlu)|gausah|gaush|gaperlu) (daftarkan|daftarin|tambahkan|tambahin|masukkan|masukin|simpan|catat) (nomor ini|no ini|nomer ini|nomor baru saya|nomor baru ini|nomor baru|saya|aku|sy)",
        "((gak|ga|gk|nggak|ngga|enggak|tidak|tdk|tak) (usah|perlu)|gausah|gaush|gaperlu) (kirim|kirimkan|kirimin|dikirim|dikirimkan|dikirimin) [(sms|pesan|apa apa|apapun|pengingat|info|promo|lagi|lg)] (ke|via sms ke|lewat sms ke) (nomor ini|no ini|nomer ini|nomor baru|nomor baru saya|nomor saya)",
        # "Tolong berhenti kirim SMS", "hapus juga nomor saya".
        "(berhenti|stop|setop|hentikan|hentiin) (kirim|kirimin|ngirim|ngirimin|mengirim|mengirimkan|kirimi) [(saya|aku|sy|ke saya|ke aku|ke nomor ini)] (sms|pesan|promo|promosi|notif|notifikasi|iklan|spam|pengingat|penawaran|info promo|broadcast)",
        "(hapus|hps|hapusin|apus|apusin|delete|remove) (juga|jg|aja|saja|sekalian) (nomor saya|nomor sy|nomorku|nomor aku|no saya|no sy|nomor ini|no ini|nomor hp saya|no hp saya|data saya|kontak saya)",
        "(berhenti|stop|setop|hentikan|jangan|jgn) (kirim|kirimin|ngirim|mengirim|dikirim|dikirimin) [(sms|pesan|promo|apa apa|pengingat|info)] (ke|via sms ke|lewat sms ke) (nomor ini|no ini|nomer ini|nomor saya|nomor baru saya)",
        # "Gak mau langganan info diskon lagi": the refusal of the opt-in phrase below.
        "((gak|ga|gk|nggak|ngga|enggak|tidak|tdk|tak) (usah|perlu)|gausah|gaush|gaperlu) (masukkan|masukin|tambahkan|tambahin|daftarin|daftarkan) (nomor aku|no aku|nomer aku) (lagi|lg|kembali|ke)",
        "(gak|ga|gk|nggak|ngga|nggk|enggak|engga|tidak|tdk|tak|ndak) (mau|mo|pengen|pgn|ingin) (langganan|berlangganan|daftar) (info|sms|promo|notif|notifikasi|pengingat|newsletter) [(diskon|promo|jadwal|kalian|nya)] (lagi|lg|lgi|kembali)",
        # No longer needed, the loanwords ("mau unsubscribe dong", "mau stop dapet notif"), how to
        # leave, a named kind refused ("promonya jangan ya"), consent withdrawn in words.
        "(saya|aku|sy|gw|gue|aq) (sudah|udah|udh|sdh|dah) (gak|ga|gk|nggak|ngga|enggak|engga|tidak|tdk|tak|ndak) (butuh|perlu|memerlukan) (sms|smsnya|pesan|notif|notifnya|notifikasi|promo|promonya|promosi|iklan|broadcast|bc|penawaran|pengingat|reminder|info promo|spam)",
        "(saya|aku|sy|gw|gue|aq) (gak|ga|gk|nggak|ngga|enggak|engga|tidak|tdk|tak|ndak) (butuh|perlu) (sms|smsnya|pesan|notif|notifnya|notifikasi|promo|promonya|promosi|iklan|broadcast|bc|penawaran|pengingat|reminder|info promo|spam) (lagi|lg|lgi)",
        "(mau|pengen|pingin|ingin|minta|mo) (unsubscribe|unsub|unreg|opt out|optout) (dong|donk|ya|aja|deh|saja|pls|please|kak|min|sis|gan)",
        "(saya|aku|sy|gw|gue|aq|ak) (mau|pengen|ingin|pingin|mo) (stop|setop|berhenti) (dapet|dapat|dpt|terima|nerima|menerima|dikirimi|dikirimin|dikirim) (sms|smsnya|pesan|notif|notifnya|notifikasi|promo|promonya|promosi|iklan|broadcast|bc|penawaran|pengingat|reminder|info promo|spam)",
        "(tolong|tlg|mohon|please|pls|plis) (stop|setop|berhenti) (dapet|dapat|dpt|terima|nerima|menerima|dikirimi|dikirimin|dikirim|kirim|kirimin|ngirim) (sms|smsnya|pesan|notif|notifnya|notifikasi|promo|promonya|promosi|iklan|broadcast|bc|penawaran|pengingat|reminder|info promo|spam)",
        "cara (berhenti|keluar|unsubscribe|unsub|unreg|berhenti langganan) (dari|dr) (sms|pesan|notif|notifikasi|promo|broadcast|langganan sms|daftar sms|layanan sms|list sms|sms promo|sms ini|pesan ini)",
        "(promo|promonya|promosi|promosinya|iklan|iklannya|penawaran|penawarannya|sms promo|pesan promo) ((gak|ga|gk|nggak|ngga|enggak|tidak|tdk|tak) (usah|perlu)|gausah|gaush|gaperlu) (ya|yah|deh|lagi|lg|dikirim|dikirimin|dikirim lagi|kirim lagi)",
        "(sms|smsnya|sms nya|notif|notifnya|notifikasi|notifikasinya|pengingat|pengingatnya|reminder|remindernya|broadcast|broadcastnya|bc|spamnya) [(promo|promonya|nya)] (tolong|mohon|tlg) (dimatikan|dimatiin|dihentikan|dihentiin|distop|disetop|dinonaktifkan|diberhentikan|diberhentiin)",
        "(pengingat|reminder|notif|notifikasi|sms|pesan) (servis|service|servis mobil|service mobil|servis motor|service motor|jadwal|kontrol|pembayaran|tagihan|obat|promo|diskon) (tolong|mohon|tlg) (distop|disetop|dihentikan|dihentiin|dimatikan|dimatiin|dinonaktifkan|diberhentikan)",
        "(saya|aku|sy) (menarik|tarik|mencabut|cabut|membatalkan|batalkan) [kembali] (persetujuan|izin|ijin|consent) [(saya|aku|sy)] [(untuk|buat)] [(menerima|terima|dikirimi)]",
        # "Kirim pengingat obat saja, promonya jangan" (the offers kept on, "promonya jangan sampai
        # habis", is vetoed below); "sy mau berhenti langganan" (another subscription, "mau
        # berhenti langganan gym", too). Not after "minta": "bulan lalu aku minta ..." reports.
        "(promo|promonya|promosi|promosinya|iklan|iklannya|penawaran|penawarannya|sms promo|pesan promo|sms promonya) (jangan|jgn)",
        "(saya|aku|sy|gw|gue|aq) (mau|ingin|pengen|pingin|mo) (berhenti langganan|berhenti berlangganan|stop langganan)",
    ),
    # Requests for the texts back or a sign-up. Indonesian negates with a word before the verb
    # ("tidak mau", "gak usah kirim"), which the guards read only as "jangan": so a "mau" phrase
    # needs its subject (or "iya") right before it, and "kirim" a request word ("tolong").
    opt_in_phrases=(
        "(tolong|mohon|minta|tlg|boleh|please|pls|plis) [(saya|aku|sy)] (didaftarkan|didaftarin|daftarkan|daftarin) (lagi|lg|kembali|ulang)",
        "(tolong|mohon|tlg|please|pls|plis) (daftarkan|daftarin|daftarkn) (saya|aku|sy|gw|gue|nomor saya|nomor ini|nomorku) (lagi|lg|kembali|ulang)",
        # "Kenapa kalian daftarkan saya lagi?" (why did you sign me up again) is no request: a
        # bare "daftarkan saya lagi" needs a request word before or a particle after.
        "(daftarin|daftarkan|daftarkn) (saya|aku|sy|gw|gue|nomor saya|nomor ini|nomorku) (lagi|lg|kembali|ulang) (dong|donk|kak|min|deh|please|pls|plis)",
        "(saya|aku|sy) (mau|ingin|pengen|pingin|pgn|mo) (berlangganan|langganan|subscribe|daftar|gabung|bergabung) [(sms|pesan|promo|info|notif|notifikasi)] [(promo|diskon|info|kalian|nya)] (lagi|lg|kembali|ulang)",
        "(gw|gue|gua) (mau|ingin|pengen|pingin|pgn|mo) (berlangganan|langganan|subscribe|daftar|gabung|bergabung) [(sms|pesan|promo|info|notif|notifikasi)] [(promo|diskon|info|kalian|nya)] (lagi|lg|kembali|ulang)",
        "(aq|iya|ya) (mau|ingin|pengen|pingin|pgn|mo) (berlangganan|langganan|subscribe|daftar|gabung|bergabung) [(sms|pesan|promo|info|notif|notifikasi)] [(promo|diskon|info|kalian|nya)] (lagi|lg|kembali|ulang)",
        "(saya|aku|sy|gw|gue|gua|aq|iya|ya) (mau|ingin|pengen|pingin|pgn|mo) (bergabung|gabung) (kembali|lagi) (ke|dengan|di) (layanan|daftar|list|program)",
        "(saya|aku|sy|gw|gue|gua|aq|iya|ya) (mau|ingin|pengen|pingin|pgn|mo) (menerima|terima|nerima|dapat|dapet|dpt|mendapat|mendapatkan) (sms|pesan|promo|info|informasi|notif|notifikasi|pengingat|penawaran|update|kabar|diskon|jadwal|reminder) (lagi|lg|kembali)",
        "(saya|aku|sy|gw|gue|gua|aq|iya|ya) (mau|ingin|pengen|pingin|pgn|mo) (menerima|terima|nerima|dapat|dapet|dpt|mendapat|mendapatkan) (sms|info|notif) (promo|diskon) (lagi|lg|kembali)",
        "(saya|aku|sy|gw|gue|gua|aq|iya|ya) (mau|ingin|pengen|pingin|pgn|mo) (menerima|terima|nerima|dapat|dapet|dpt|mendapat|mendapatkan) (sms|promo|info|notif|pengingat) (kalian|anda|nya) (lagi|lg|kembali)",
        "(tolong|mohon|tlg|silakan|silahkan|please|pls|plis) (kirim|kirimin|kirimkan|kirimi) [(saya|aku|ke saya|ke aku)] (sms|promo|info promo|info|notif|notifikasi|pengingat|penawaran|update|kabar|diskon|jadwal|reminder) (lagi|lg|kembali)",
        "(tolong|mohon|tlg|silakan|silahkan|please|pls|plis) (kirim|kirimin|kirimkan|kirimi) (sms|promo|info promo|info|notif|notifikasi|pengingat|penawaran|update|kabar|diskon|jadwal|reminder) (promo|diskon|nya|kalian|anda) (lagi|lg|kembali)",
        "(tolong|mohon|tlg|silakan|silahkan|please|pls|plis) (kirim|kirimin|kirimkan|kirimi) (saya|aku|ke saya|ke aku) (sms|promo|info|notif|pengingat|update|kabar|diskon) (promo|diskon|nya|kalian|anda) (lagi|lg|kembali)",
        "(tolong|mohon|tlg|please|pls|plis|minta|coba) (nyalakan|nyalain|hidupkan|hidupin|aktifkan|aktifin) (lagi|lg|kembali) (sms|notif|notifikasi|pengingat|pesan|layanan sms|info|update|reminder)",
        "(nyalakan|nyalain|hidupkan|hidupin|aktifkan|aktifin) (lagi|lg|kembali) (sms|notif|notifikasi|pengingat|layanan sms|reminder)",
        "(tolong|mohon|tlg|minta) (dinyalakan|dinyalain|dihidupkan|dihidupin) (lagi|lg|kembali)",
        "(masukkan|masukin|tambahkan|tambahin) (saya|aku|sy|nomor saya|nomor ini|nomorku) (lagi|lg|kembali) (ke|dalam|di) (daftar|list|milis|layanan)",
        "(masukkan|masukin|tambahkan|tambahin) (saya|aku|sy|nomor saya|nomor ini|nomorku) (ke|dalam) (daftar|list|milis) [(sms|pesan|promo|broadcast|pelanggan)] (lagi|lg|kembali)",
        # Someone else gets them and I want them too ("saya bisa didaftarkan juga?", "tolong
        # tambahkan saya juga"). A refusal puts its negation between ("saya tidak mau ..."),
        # or is "jangan", which the guards read.
        "(saya|aku|sy|gw|gue|aq) (bisa|boleh|mau|pengen|pingin|ingin) (didaftarkan|didaftarin|dimasukkan|dimasukin|ditambahkan|ditambahin|dikirimi|dikirimin) juga",
        "(saya|aku|sy|gw|gue|aq) juga (mau|pengen|pingin|ingin) ((didaftarkan|didaftarin|dimasukkan|dimasukin|ditambahkan|dikirimi|dikirimin)|(dapat|dapet|terima|menerima) (sms|smsnya|notif|notifnya|notifikasi|pengingat|info sms|info promo|promo sms))",
        "(tambahkan|tambahin|daftarkan|daftarin|masukkan|masukin) (saya|aku|sy|nomor saya|nomor aku|nomorku) juga",
        # How do I sign up ("gimana caranya daftar biar dapat info promo lewat SMS", "cara
        # mendaftar notifikasi SMS", "cara reg sms info").
        "(cara|caranya|gimana|gmn|bagaimana) [(caranya|cara)] (daftar|mendaftar|registrasi|reg|berlangganan|langganan|subscribe|ikut|gabung) (sms|notif|notifikasi|pengingat|reminder|info sms|sms info|sms promo|info promo|layanan sms)",
        "(cara|caranya|gimana|gmn|bagaimana) [(caranya|cara)] (daftar|mendaftar|registrasi|reg|berlangganan|langganan|subscribe|ikut|gabung) (biar|supaya|agar|spy|untuk|utk) (dapat|dapet|dpt|menerima|terima|nerima|mendapatkan)",
        # A new number ("mohon daftarkan nomor ini", "kirim ke nomor ini aja", "tolong
        # pengingat dikirim ke nomor ini"); "gak usah ..." is an opt-out phrase above.
        "(daftarkan|daftarin|tambahkan|tambahin|masukkan|masukin|simpan|catat) (nomor ini|no ini|nomer ini|nomor baru saya|nomor baru ini|nomor baru)",
        "(tolong|mohon|tlg|please|pls|silakan|silahkan) [(pengingat|info|promo|konfirmasi|notif|notifikasi|sms|pesan|jadwal|info promo|konfirmasi booking|reminder)] (kirim|kirimkan|kirimin|dikirim|dikirimkan|dikirimin) [juga] [(via sms|lewat sms)] ke (nomor ini|no ini|nomer ini|nomor baru|nomor baru saya|nomor saya yang baru)",
        "(kirim|kirimkan|kirimin|dikirim|dikirimkan|dikirimin) [(via sms|lewat sms)] ke (nomor ini|no ini|nomer ini|nomor baru|nomor baru saya|nomor saya yang baru) (aja|saja|mulai sekarang|mulai hari ini|dong|ya min|ya kak)",
        # A request for reminders ("tolong kirimkan pengingat jadwal kontrol").
        "(tolong|mohon|tlg|please|pls|plis) (kirim|kirimkan|kirimin|kirimi) [(saya|aku|sy)] (pengingat|reminder|notif|notifikasi|sms pengingat|info promo|sms promo)",
        # Unsubscribed by mistake ("gak sengaja unsubscribe", "tadi salah pencet berhenti",
        # "kemarin kepencet stop"); the keyword is vetoed below.
        "(gak|ga|gk|nggak|ngga|enggak|tidak|tdk) sengaja (unsubscribe|unsub|unreg|stop|berhenti|setop)",
        "salah (pencet|klik|tekan) (unsubscribe|unsub|unreg|stop|berhenti|setop)",
        "(saya|aku|sy|tadi|td|kemarin|kmrn|kemaren) (kepencet|keklik|kepijit|kepencet tombol) (unsubscribe|unsub|unreg|stop|berhenti|setop)",
        # Back after a stop ("tapi sekarang mau terima SMS-nya lagi").
        "(sekarang|skrg|skrng|tapi|tp) (mau|ingin|pengen|pingin) (terima|menerima|dapat|dapet|nerima|mendapat) (sms|pesan|promo|info|notif|notifikasi|pengingat) [(nya|kalian|promo|info)] (lagi|lg|kembali)",
        # Formal consent ("saya menyetujui untuk menerima", "dengan ini saya bersedia menerima
        # SMS"); a refusal puts its negation after the subject ("saya tidak setuju").
        "(saya|kami|aku) (menyetujui|setuju|bersedia|mengizinkan|mengijinkan|memberikan persetujuan|memberi persetujuan|memberikan izin|memberi izin|memberikan ijin) [(untuk|utk|buat)] (menerima|dikirimi|mendapatkan|terima|dihubungi|dikirim) [(sms|pesan)] (sms|pesan|informasi|info|penawaran|notifikasi|promo|promosi|pemberitahuan|pengingat|pemasaran|lewat sms|melalui sms|via sms)",
        # A family member's number ("pengingat dikirim juga ke nomor bapak saya").
        "(dikirim|kirim|kirimkan|kirimin|dikirimkan|dikirimin) juga ke (nomor|no|nomer|hp) (bapak|ibu|ayah|mama|papa|istri|suami|anak|adik|kakak|nenek|kakek|mertua|bapak saya|ibu saya)",
        "(tambahkan|tambahin|daftarkan|daftarin|masukkan|masukin) [juga] (nomor|no|nomer) (bapak|ibu|ayah|mama|papa|istri|suami|anak|adik|kakak|nenek|kakek|mertua)",
        # "Saya mau berlangganan info jadwal lewat SMS" (the subject before "mau": "saya tidak
        # mau" never matches).
        "(saya|aku|sy|gw|gue|aq) (mau|ingin|pengen|pingin|pgn) (berlangganan|langganan|subscribe) (sms|info|notif|notifikasi|pengingat|promo|newsletter|info promo|info diskon|info jadwal|jadwal|layanan sms)",
        # "Tadi saya salah ketik STOP", "maaf salah kirim unreg": the veto below starts at "salah".
        "(tadi|td|saya|aku|sy|gw|gue|kemarin|kmrn|kemaren|maaf|sorry|sori|kak|min) salah (ketik|kirim|balas|bales|tulis|ngetik|ngirim|bales|reply|send) (unsubscribe|unsub|unreg|stop|berhenti|setop)",
        # How do I get them ("cara dapetin info promo lewat sms gimana?"); "cara biar gak dapet" is
        # an opt-out phrase above.
        "(cara|caranya) (dapetin|dapat|dapet|dpt|mendapatkan|menerima|terima|nerima) (info promo|promo|sms promo|info diskon|notif|notifikasi|notif sms|info sms|pengingat|pengingat sms|update promo|penawaran) [(lewat sms|via sms|melalui sms|lewat wa|gimana|bagaimana)]",
        # Add my number to the broadcast list ("masukin nomor aku ke list broadcast ya"); "gak usah
        # masukin nomor saya ke ..." is an opt-out phrase above, and "jangan" a negation the guards read.
        "(masukkan|masukin|tambahkan|tambahin|daftarin|daftarkan) (saya|aku|sy|nomor saya|nomor ini|nomorku|nomor aku|no aku|nomer aku) (ke|dalam|di) (daftar|list|milis|grup|group) (broadcast|bc|sms|promo|pelanggan|member|info promo|sms promo|penerima promo)",
        # "Mau dong dikirimin promonya", "kirimin promo lg dong": an eager yes with the offers named.
        "(mau|mo|pengen|pgn) (dong|donk|dunk|bgt|banget) (dikirimin|dikirimi|dikirim|dapet|dapat|terima|nerima|dapetin) [(info|sms)] (promo|promonya|diskon|diskonnya|info promo|sms promo|smsnya|notif|notifnya|info diskon|penawaran|pengingat)",
        "(kirimin|kirimi|kirim|kirimkan) (promo|promonya|info promo|sms promo|diskon|info diskon|notif|notifnya|penawaran) (lagi|lg|lgi) (dong|donk|ya|yah|kak|min|deh|please|pls)",
        # "Mau langganan info diskon lg kak" (its refusal "gak mau langganan ... lagi" is an opt-out
        # phrase above, and wins).
        "(mau|mo|pengen|pgn|ingin) (langganan|berlangganan|daftar) (info|sms|promo|notif|notifikasi|pengingat|newsletter) [(diskon|promo|jadwal|kalian|nya)] (lagi|lg|lgi|kembali)",
        # No objection ("saya tidak keberatan menerima SMS promo").
        "(tidak|tdk|gak|ga|gk|nggak|ngga|enggak) keberatan (menerima|terima|nerima|dapat|dapet|mendapat|mendapatkan|dikirimi|dikirimin|dikirim) (sms|pesan|promo|info|notif|notifikasi|pengingat|penawaran|info promo|sms promo)",
    ),
    help_phrases=(
        "(kenapa|mengapa|knp|kok) saya (menerima|dapat|mendapat|terima|dapet) (sms|pesan) ini",
        "berapa kali (seminggu|sehari|sebulan|dalam seminggu) (sms|pesan) [ini] (akan dikirim|dikirim)",
        "berapa kali (seminggu|sehari|sebulan|dalam seminggu) (kalian|anda) (kirim|mengirim) (sms|pesan)",
        "seberapa sering (kalian|anda) (kirim|mengirim|akan mengirim) (sms|pesan)",
        "berapa (sms|pesan) (per|dalam|se) (minggu|hari|bulan)",
        "seberapa sering (kalian|anda) (akan|bakal) (kirim|ngirim|mengirim) (sms|pesan)",
        "seberapa sering (saya|aku) (akan|bakal) (menerima|dapat|dapet|terima) (sms|pesan)",
        # Who is this, what is this number, which company.
        "(ini|ni|nih) (siapa|sapa|sp|dari siapa|dr siapa|dari mana|dr mana)",
        "(siapa|sapa|sp) (ini|ni|nih)",
        "(nomor|no|nomer|nmr) (siapa|apa) (ini|nih|ni)",
        "(ini|ni) (nomor|no|nomer|nmr) (siapa|apa)",
        "(ini|ni) (dari|dr) (perusahaan|toko|kantor|bank|instansi|pt) (apa|mana)",
        "(perusahaan|toko|pt) apa (ini|nih|ni)",
        "(pesan|sms) apa (ini|nih|ni)",
        "ini (pesan|sms) apa",
        "ini apa ya",
        # Is this a scam?
        "(apakah|apa) ini (penipuan|tipuan|scam|hoax|hoaks|resmi|asli)",
        "ini (penipuan|tipuan|scam|hoax|hoaks) (bukan|atau bukan|bkn|kah)",
        # Does it cost?
        "(ada|apakah ada|apa ada|kena|dikenakan|dikenai) (biaya|tarif|potongan pulsa) (untuk|buat|kalau) (sms|pesan|menerima|terima|balas|membalas|bales|layanan|langganan|berlangganan)",
        "(sms|pesan|layanan) (ini|nya) (berbayar|gratis|dikenakan biaya|kena biaya|memotong pulsa|potong pulsa)",
        "(berapa|brp) (biaya|biayanya|tarif|tarifnya) (untuk|buat) (sms|pesan|menerima|terima|layanan|langganan|berlangganan)",
        "syarat dan (ketentuan|ketentuannya)",
        # How do I reach support?
        "(nomor|no|nomer|nmr|kontak) (layanan pelanggan|customer service|cs|call center|callcenter|pengaduan|hotline|layanan konsumen)",
        "(cara|caranya|gimana|bagaimana|gmn) (menghubungi|hubungi|kontak|ngontak|ngehubungi|ngehubungin|menelepon|nelpon) (cs|customer service|layanan pelanggan|admin|kalian|anda|call center|petugas)",
        "(cara|caranya|gimana|bagaimana|gmn) (minta|meminta|mendapatkan|dapat|dapet) bantuan",
        # Why am I getting these?
        "(kenapa|mengapa|knp|kok) (aku|gw|gue|sy) (menerima|dapat|mendapat|terima|dapet|dpt|nerima) (sms|pesan) (ini|kayak gini|seperti ini)",
        "(kenapa|mengapa|knp|kok) (saya|aku|gw|gue|sy) (menerima|dapat|mendapat|terima|dapet|dpt|nerima) (sms|pesan) (dari kalian|dari anda|dari nomor ini)",
    ),
    not_opt_out_phrases=(
        # Negated removal is a wish to keep the texts ("don't remove me", "I'm not
        # unsubscribing"); never a negated send/write, which stays an opt-out.
        "(jangan|jgn|janganlah|gak usah|ga usah|gk usah|nggak usah|ngga usah|enggak usah|tidak usah|tak usah|gausah|gaush|ndak usah) (hapus|dihapus|di hapus|di keluarkan|di unreg|hapuskan|keluarkan|dikeluarkan|keluarin|dikeluarin|unreg|diunreg|unsubscribe|diunsubscribe|unsub|coret|dicoret|hapusin|dihapusin|delete|didelete|remove|diremove) [(nomor saya|nomor aku|nomorku|nomer saya|nomer aku|nomerku|no saya|saya|aku|gue|gw|sy)] [dari (daftar|list|milis)]",
        "(saya|aku|gue|gw|sy) (tidak|tdk|gak|ga|gk|nggak|ngga|enggak|ndak|belum mau|gak mau|ga mau|nggak mau|tidak mau|tidak akan|gak jadi|ga jadi|nggak jadi|tidak jadi) (unreg|unsubscribe|unsub|berhenti langganan|berhenti berlangganan|keluar dari daftar|keluar dari list)",
        "(jangan|jgn|gak usah|ga usah|nggak usah|tidak usah) (berhentikan|hentikan|stop|distop|dihentikan|putus|diputus|matikan|dimatikan) (sms|smsnya|pesan|pesannya|notifikasi|notifnya|pengingat|pengingatnya|langganan|langganan saya)",
        # Refusing to be unsubscribed or asking the texts to go on ("don't unsubscribe me"):
        # a model opt-out reading of such a message is not decided.
        "(jangan|jgn) (hapus|keluarkan|unsubscribe|unsub) (saya|aku|nomor saya|nomorku|nomor aku)",
        "berhenti (bercanda|becanda|ngelawak|merokok|ngerokok|ngerjain|main|ketawa)",
        # "Don't stop (sending the promos)": asking for more.
        "(jangan|jgn) (berhenti|stop|distop|dihentikan)",
        # "No need to switch the texts off", "delete my old number", "take me off the
        # waiting list": ordinary requests around the opt-out phrases above.
        "((gak|ga|gk|nggak|ngga|enggak|tidak|tdk|tak) (usah|perlu)|gausah|gaush|gaperlu) (matikan|matiin|nonaktifkan|nonaktifin|hentikan|hentiin|berhentikan|berhentiin|stop|setop|stopin) (sms|smsnya|notif|notifnya|notifikasi|notifikasinya|pengingat|pengingatnya|reminder|remindernya|promo|promonya|promosi|broadcast|bc|iklan|iklannya|spam|pesan promo|layanan sms)",
        "[(tolong|tlg|mohon|please|pls|plis|minta|bisa|bs|segera)] (hapus|hps|hapusin|apus|apusin|delete|remove) (nomor|no|nomer|nmr) (saya|sy|aku|hp saya) (yang|yg) (lama|dulu|sebelumnya|salah)",
        "(keluarin|keluarkan|hapus|hps|hapusin|apus|apusin|delete|remove|coret|cabut) (saya|aku|sy|gw|gue|aq|nomor saya|nomor sy|nomorku|nomor aku|no saya|no sy|nomer saya|nama saya) (dari|dr) daftar (tunggu|antrian|antrean|hadir|peserta|undangan|tamu|pasien|kelas)",
        # A phone that "won't" take texts ("HP saya gak mau terima SMS"): a fault, no request.
        "(hp|hape|handphone|ponsel|hpku|hp saya|hp aku|hp sy|kartu|sim|simcard|otp|otpnya) (gak|ga|gk|nggak|ngga|enggak|engga|tidak|tdk|tak) (mau|bisa) (terima|menerima|nerima|dapat|dapet|dpt) (sms|pesan|otp|notif|notifikasi)",
        # Quitting something else ("berhenti pinjem HP saya", "berhenti minum obat", "anak saya
        # berhenti les renang").
        "berhenti (pinjem|pinjam|minjem|pake|pakai|mainin|ngutak atik) (hp|hape|handphone|ponsel|hp saya|hp aku|hp sy)",
        "berhenti (minum obat|minum|ngopi|ngemil|makan|kerja|bekerja|les|kursus|ekskul|sekolah|kuliah|nge gym|ngegym|fitness|latihan|pacaran)",
        # Someone else already unsubscribed ("Istri saya udah unsubscribe, tapi saya masih mau").
        "(istri|suami|anak|adik|kakak|ibu|bapak|mama|papa|ayah|mamah|papah|pacar) [(saya|aku|sy|gw|gue|ku)] (udah|sudah|sdh|udh|dah) (unsubscribe|unsub|unreg|berhenti langganan|berhenti berlangganan)",
        # The texts are fine, another channel is meant ("SMS aja udah cukup", "saya sudah
        # unsubscribe dari email kalian").
        "(sms|smsnya|sms nya|sms aja|sms saja|lewat sms aja|lewat sms saja) [(udah|sudah|sdh|udh)] (cukup|gapapa|gpp|nggak apa apa)",
        "(unsubscribe|unsub|berhenti langganan|berhenti berlangganan) (dari|dr) (email|e mail|newsletter email|milis|milis email|email kalian|email anda)",
        # Enough of a delivery ("Beras 2 karung udah cukup, gak usah kirim lagi").
        "(karung|galon|kardus|dus|kotak|box|kg|kilo|liter|botol|bungkus|porsi|paket|krat|rak|ikat) (udah|sudah|sdh|udh|dah) cukup",
        # Another subscription ("tolong hentikan langganan RBT saya").
        "[(tolong|tlg|mohon|minta)] (hentikan|berhentikan|stop|unreg|setop) (langganan|paket) (rbt|nsp|ring back tone|paket data|internet|gym|netflix|spotify|youtube|wifi|indihome|tv kabel|koran|majalah|asuransi)",
        # Sent STOP / unsubscribed by mistake ("gak sengaja unsubscribe", "kepencet stop"):
        # the keyword is the mistake (the opt-in phrases read it); each veto starts after the
        # opt-in phrase that holds it, which it must not cover.
        "(sengaja|pencet|klik|tekan|kepencet|keklik|kepijit|kepencet tombol) (unsubscribe|unsub|unreg|stop|berhenti|setop)",
        # Quitting a habit or a medicine ("udah stop minum obat").
        "(stop|setop|udah stop|udah berhenti|sudah berhenti) (merokok|ngerokok|minum obat|ngopi|kerja|kursus|ekskul)",
        # Paper bills ("tagihan kertas"); a promotion ending ("promonya udah habis?").
        "(tagihan|billing|struk|katalog|brosur|surat) (kertas|cetak|fisik|lewat pos|ke rumah|via pos)",
        "(promo|promonya|diskon|diskonnya|sale|voucher|vouchernya|flash sale) (udah|sudah|sdh|masih) (habis|selesai|berakhir|berlaku|ada|jalan)",
        "salah (ketik|kirim|balas|bales|tulis|ngetik|ngirim|reply|send) (unsubscribe|unsub|unreg|stop|berhenti|setop)",
        # The offers kept on, or another subscription left ("promonya jangan sampai habis",
        # "mau berhenti langganan gym").
        "(promo|promonya|promosi|promosinya|iklan|iklannya|penawaran|penawarannya|sms promo|pesan promo|sms promonya) (jangan|jgn) (sampai|sampe|smp|lupa|dihentikan|distop|disetop|berhenti|stop|habis|ketinggalan|dilewatkan|dilewatin|dihapus|dimatikan|terlewat|diakhiri|selesai|kelewat)",
        "(saya|aku|sy|gw|gue|aq) (mau|ingin|pengen|pingin|mo|minta) (berhenti langganan|berhenti berlangganan|stop langganan) (gym|fitness|netflix|spotify|youtube|wifi|indihome|tv kabel|koran|majalah|asuransi|paket|paket data|internet|premium|kelas|les|kursus|member|membership|keanggotaan|aplikasi|apk|catering|katering|air|galon|rbt)",
    ),
    hint_words=("yang", "dan", "di", "ini", "itu", "saya", "tidak", "ke", "dari", "aku", "mau", "lagi", "tolong", "terima", "kasih", "ya", "sudah", "jangan"),
    replies={
        "opt_out_clarify": "{program}: Anda telah berhenti berlangganan. Balas MKT untuk menghentikan penawaran saja, SEMUA untuk menghentikan semuanya. Bantuan: {support}.",
        "opt_out": "{program}: langganan Anda dihentikan dan Anda tidak akan menerima pesan lagi. Bantuan: {support}. Balas START untuk berlangganan lagi.",
        "opt_out_all": "{program}: langganan semua pesan kami dihentikan. Bantuan: {support}. Balas START untuk berlangganan lagi.",
        "opt_in": "{program}: Anda berlangganan lagi. Biaya pesan dan data dapat berlaku. Bantuan: {support}. Balas STOP untuk berhenti.",
        "help": "{program}: bantuan di {support}. Biaya pesan dan data dapat berlaku. Balas STOP untuk berhenti.",
    },
    sources=(
        "https://jdih.kominfo.go.id (Permenkominfo 21/2013 on premium SMS: UNREG ends a service)",
    ),
    courtesy_words=("tolong", "ya", "makasih", "terima kasih", "dong"),
    strong_keywords=("unreg", "berhenti"),
    standalone_keywords=(),
    # Answers to the clarifying question (app/messaging/clarify.py).
    clarify_marketing=("mkt", "penawaran"),
    clarify_all=("all", "semua"),
)
