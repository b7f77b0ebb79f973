"""Indonesian. Indonesian content services end by UNREG (the keyword operators and
Kominfo's rules on premium SMS use); senders also print STOP and BERHENTI.
"""

from app.keywords.languages.rules import LanguageRules

RULES: LanguageRules = LanguageRules(
    code="id",
    name="Indonesian",
    opt_out_keywords=("unreg", "berhenti", "stop langganan", "berhenti langganan"),
    opt_out_all_keywords=("unreg semua", "berhenti semua"),
    opt_in_keywords=("gabung", "aktifkan", "reg", "daftar", "langganan", "mulai"),
    help_keywords=("bantuan", "info"),
    # Plain-language requests are the model's to read (app/keywords/data/corpus/id.txt).
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
        "(saya|aku|sy|gw|gue|gua|aq|iya|ya) (mau|ingin|pengen|pingin|pgn|mo) (berlangganan|langganan|subscribe|daftar|gabung|bergabung) [(sms|pesan|promo|info|notif|notifikasi)] [(promo|diskon|info|kalian|nya)] (lagi|lg|kembali|ulang)",
        "(saya|aku|sy|gw|gue|gua|aq|iya|ya) (mau|ingin|pengen|pingin|pgn|mo) (bergabung|gabung) (kembali|lagi) (ke|dengan|di) (layanan|daftar|list|program)",
        "(saya|aku|sy|gw|gue|gua|aq|iya|ya) (mau|ingin|pengen|pingin|pgn|mo) (menerima|terima|nerima|dapat|dapet|dpt|mendapat|mendapatkan) [(lagi|lg)] (sms|pesan|promo|info|informasi|notif|notifikasi|pengingat|penawaran|update|kabar|diskon|jadwal|reminder) [(sms|promo|diskon|info)] [(kalian|anda|nya)] (lagi|lg|kembali)",
        "(tolong|mohon|tlg|silakan|silahkan|please|pls|plis) (kirim|kirimin|kirimkan|kirimi) [(saya|aku|ke saya|ke aku)] [(lagi|lg)] (sms|promo|info promo|info|notif|notifikasi|pengingat|penawaran|update|kabar|diskon|jadwal|reminder) [(promo|diskon|nya)] [(kalian|anda)] (lagi|lg|kembali)",
        "(tolong|mohon|tlg|please|pls|plis|minta|coba) (nyalakan|nyalain|hidupkan|hidupin|aktifkan|aktifin) (lagi|lg|kembali) (sms|notif|notifikasi|pengingat|pesan|layanan sms|info|update|reminder)",
        "(nyalakan|nyalain|hidupkan|hidupin|aktifkan|aktifin) (lagi|lg|kembali) (sms|notif|notifikasi|pengingat|layanan sms|reminder)",
        "(tolong|mohon|tlg|minta) (dinyalakan|dinyalain|dihidupkan|dihidupin) (lagi|lg|kembali)",
        "(masukkan|masukin|tambahkan|tambahin) (saya|aku|sy|nomor saya|nomor ini|nomorku) (lagi|lg|kembali) (ke|dalam|di) (daftar|list|milis|layanan)",
        "(masukkan|masukin|tambahkan|tambahin) (saya|aku|sy|nomor saya|nomor ini|nomorku) (ke|dalam) (daftar|list|milis) [(sms|pesan|promo|broadcast|pelanggan)] (lagi|lg|kembali)",
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
        # Refusing to be unsubscribed or asking the texts to go on ("don't unsubscribe me"):
        # a model opt-out reading of such a message is not decided.
        "(jangan|jgn) (hapus|keluarkan|unsubscribe|unsub) (saya|aku|nomor saya|nomorku|nomor aku)",
        "berhenti (bercanda|becanda|ngelawak|merokok|ngerokok|ngerjain|main|ketawa)",
        # "Don't stop (sending the promos)": asking for more.
        "(jangan|jgn) (berhenti|stop|distop|dihentikan)",
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
