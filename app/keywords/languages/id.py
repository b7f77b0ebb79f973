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
    ),
    opt_in_phrases=(),
    help_phrases=(
        "(kenapa|mengapa|knp|kok) saya (menerima|dapat|mendapat|terima|dapet) (sms|pesan) ini",
        "berapa kali (seminggu|sehari|sebulan|dalam seminggu) (sms|pesan) [ini] (akan dikirim|dikirim)",
        "berapa kali (seminggu|sehari|sebulan|dalam seminggu) (kalian|anda) (kirim|mengirim) (sms|pesan)",
        "seberapa sering (kalian|anda) (kirim|mengirim|akan mengirim) (sms|pesan)",
        "berapa (sms|pesan) (per|dalam|se) (minggu|hari|bulan)",
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
    courtesy_words=("tolong", "ya", "makasih", "terima kasih"),
    strong_keywords=("unreg", "berhenti"),
    standalone_keywords=(),
    # Answers to the clarifying question (app/messaging/clarify.py).
    clarify_marketing=("mkt", "penawaran"),
    clarify_all=("all", "semua"),
)
