"""Turkish. Turkey's İleti Yönetim Sistemi (IYS) makes commercial texts carry an opt-out;
recipients answer RET (reject) to the sender or to IYS. DUR and IPTAL are the other words
senders print. Accentless forms (gondermeyin) fold to the same tokens.
"""

from app.keywords.languages.rules import LanguageRules

RULES: LanguageRules = LanguageRules(
    code="tr",
    name="Turkish",
    opt_out_keywords=(
        "durdurun", "istemiyorum", "yeter", "ret", "dur", "iptal", "durdur", "abonelik iptal", "sil",
        # "..., yazmayın" (don't write): firm enough to stand as a clause (strong_keywords).
        "yazmayın", "yazmayin", "mesaj atmayın", "mesaj atmayin",
    ),
    opt_out_all_keywords=("hepsini durdur", "tümünü iptal"),
    opt_in_keywords=("katıl", "katil", "abone", "başla", "abone ol", "başlat"),
    help_keywords=("yardım", "bilgi"),
    # Plain requests in their common forms; the rest is the model's (app/keywords/data/corpus/tr.txt).
    opt_out_phrases=(
        # Asking how to stop the texts is asking to stop them ("how can I stop these messages?").
        "[(bu|sizin|bu tür)] (mesajları|mesajlarınızı|smsleri|sms leri|smslerinizi|bildirimleri|reklam mesajlarını) nasıl (durdurabilirim|durdururum|durdurcam|durduracağım|kapatabilirim|kapatırım|kesebilirim|keserim|iptal ederim|iptal edebilirim)",
        "(mesaj|sms|bildirim) (almayı|gelmesini) nasıl (durdurabilirim|durdururum|kesebilirim|keserim|bırakabilirim)",
        "(bu|sizin) (mesajları|mesajlarınızı|smsleri|sms leri|bildirimleri) almamak için ne (yapmalıyım|yapmam lazım|yapmam gerekiyor|yapayım)",
        "(bu|sizin) (mesajlardan|smslerden|bildirimlerden) nasıl (kurtulabilirim|kurtulurum|çıkabilirim|çıkarım)",
        "(abonelikten|sms aboneliğinden|mesaj listesinden) nasıl (çıkabilirim|çıkarım|çıkılır)",
        "nasıl (abonelikten|sms aboneliğinden) (çıkabilirim|çıkarım|çıkılır)",
        # Turkish negates inside the verb ("don't send" is one word), so each phrase carries
        # its own negation, and each names the texts, the number or "me" (asking to take the
        # onions off a kebab is no request to us). Accents fold. Only the plural imperative:
        # the singular is also the noun ("a sending error").
        # "Don't send (me) messages / ads", "no reminder messages from now on".
        "(mesaj|mesajları|mesajlarınızı|msj|sms|smsleri|smslerinizi|bildirim|bildirimleri|reklam|reklamları|reklam mesajı|reklam mesajları|kampanya mesajı|kampanya mesajları|duyuru|duyuruları|hatırlatma|hatırlatmaları|hatırlatma mesajı|bülten|promosyon|ileti|spam) [(artık|bir daha|da|hiç)] (göndermeyin|atmayın|atmyn|yollamayın|göndermeyiniz|atmayınız|yollamayınız|gelmesin)",
        "(sms ile|smsle|mesajla|mesaj ile|mesaj yoluyla) (hatırlatma|bildirim|duyuru|reklam|bilgilendirme) (yapmayın|göndermeyin|atmayın|yollamayın|gelmesin)",
        "(bana|numarama|bu numaraya) [(bir daha|artık|hiç|lütfen)] (yazmayın|mesaj atmayın|sms atmayın|mesaj göndermeyin|sms göndermeyin|mesaj yollamayın|bir şey göndermeyin|hiçbir şey göndermeyin)",
        "(artık|bir daha) (yazmayın|mesaj atmayın|sms atmayın|mesaj göndermeyin|sms göndermeyin|mesaj yollamayın)",
        "(mesajları|mesajlarınızı|smsleri|smslerinizi|duyuruları|duyurularını|bildirimleri|reklamları|bana|numarama|bu numaraya) [(mesaj|sms)] (göndermeyi|atmayı|yollamayı|yazmayı) [artık] (kesin|keser misiniz|kesebilir misiniz|bırakın|bırakır mısınız|durdurun|durdurur musunuz|kesiniz)",
        # "I don't want (to receive) your messages".
        "(mesajlarınızı|mesajları|mesaj|sms|smsleri|smslerinizi|bildirim|bildirimleri|reklam|reklamlarınızı|reklamları|kampanya mesajı|kampanya mesajlarınızı|duyuru|hatırlatma|bülten|bülteninizi|spam) [(artık|hiç|bir daha)] (almak istemiyorum|istemiyorum|istemiyoruz|almak istemiyoruz|almak istemiyom|istemiyom)",
        # "Remove me / my number from the list".
        "(beni|numaramı|bu numarayı|numaramı da|beni de) [(lütfen|tamamen|hemen|artık)] (listeden|listenizden|bültenden|bülteninizden|abonelikten|aboneliğinizden|sistemden|sisteminizden|veritabanınızdan|rehberinizden|mesaj listesinden|sms listesinden|gönderim listesinden|kampanya listesinden|listeden de) [(lütfen|tamamen|hemen)] (çıkarın|çıkartın|silin|kaldırın|çıkarır mısınız|çıkarabilir misiniz|siler misiniz|silebilir misiniz|çıkar|sil|remove eder misiniz|remove edin)",
        "(bültenden|bülteninizden|abonelikten|aboneliğinizden|mesaj listesinden|sms listesinden|gönderim listesinden|kampanya listesinden|sms aboneliğinden) [(lütfen|tamamen|hemen)] (çıkarın|çıkartın|silin|kaldırın|çıkarır mısınız|çıkarabilir misiniz|siler misiniz|silebilir misiniz)",
        "beni (tamamen|hemen|artık|lütfen) (çıkarın|çıkartın|silin)",
        "numaramı [(lütfen|hemen|artık)] (silin|siler misiniz|silebilir misiniz|kaldırın|sistemden silin|listeden silin|listenizden silin|sistemden çıkarın|listeden çıkarın)",
        "(abonelikten|aboneliğinizden|listenizden|listeden|bülteninizden|bültenden|sms listesinden|mesaj listesinden) (çıkmak istiyorum|çıkmak istiyoruz|ayrılmak istiyorum)",
        "(sms|mesaj|bülten|kampanya|sms bildirim) (aboneliğimi|üyeliğimi) iptal (edin|ediniz|eder misiniz|etmek istiyorum|edebilir misiniz)",
        "(mesajlarınızdan|mesajlardan|smslerinizden|smslerden|reklamlarınızdan|reklamlardan|spamdan|bildirimlerden) (bıktım|sıkıldım|usandım)",
        # "Mesajları da kesin artık" (cut the texts too).
        "(mesajları|mesajlari|mesajlarınızı|mesajlarinizi|smsleri|sms leri|smslerinizi|bildirimleri|reklamları|reklamlari) (da|de) (kesin|kesiniz|durdurun|kapatın|kapatin|keser misiniz|durdurur musunuz|kapatır mısınız|kapatir misiniz)",
        # No need to send any more ("teklif göndermenize gerek yok"), a named kind stopped
        # ("hatırlatmalarını artık göndermeyin", "mesajlar gelmesin"), colloquial spellings, consent
        # withdrawn in words.
        "(mesaj|mesajlar|mesajları|mesajlari|mesajlarını|mesajlarini|mesajlarınızı|mesajlarinizi|msj|sms|smsler|sms ler|smsleri|smslerinizi|bildirim|bildirimler|bildirimleri|reklam|reklamlar|reklamları|teklif|teklifler|teklifleri|kampanya|kampanyalar|kampanya mesajları|kampanya mesajlari|hatırlatma|hatirlatma|hatırlatmalar|hatirlatmalar|hatırlatmaları|hatirlatmalari|hatırlatmalarını|hatirlatmalarini|duyuru|duyurular|duyuruları|bilgilendirme|bilgilendirmeler|promosyon|ileti|iletiler|bülten|bulten) (göndermenize|gondermenize|atmanıza|atmaniza|yollamanıza|yollamaniza|göndermeye|gondermeye|atmaya|yollamaya) (gerek yok|gerek kalmadı|gerek kalmadi|lüzum yok|luzum yok|ihtiyaç yok|ihtiyac yok)",
        "(artık|artik) (mesaj|mesajlar|mesajları|mesajlari|mesajlarını|mesajlarini|mesajlarınızı|mesajlarinizi|msj|sms|smsler|sms ler|smsleri|smslerinizi|bildirim|bildirimler|bildirimleri|reklam|reklamlar|reklamları|teklif|teklifler|teklifleri|kampanya|kampanyalar|kampanya mesajları|kampanya mesajlari|hatırlatma|hatirlatma|hatırlatmalar|hatirlatmalar|hatırlatmaları|hatirlatmalari|hatırlatmalarını|hatirlatmalarini|duyuru|duyurular|duyuruları|bilgilendirme|bilgilendirmeler|promosyon|ileti|iletiler|bülten|bulten) (göndermenize|gondermenize|atmanıza|atmaniza|göndermeye|gondermeye|atmaya) (gerek yok|gerek kalmadı|gerek kalmadi)",
        "(bana|numarama) [(artık|artik)] (mesaj|sms|bir şey|bir sey) (göndermenize|gondermenize|atmanıza|atmaniza|yazmanıza|yazmaniza) (gerek yok|gerek kalmadı|gerek kalmadi)",
        "(mesaj|mesajlar|mesajları|mesajlari|mesajlarını|mesajlarini|mesajlarınızı|mesajlarinizi|msj|sms|smsler|sms ler|smsleri|smslerinizi|bildirim|bildirimler|bildirimleri|reklam|reklamlar|reklamları|teklif|teklifler|teklifleri|kampanya|kampanyalar|kampanya mesajları|kampanya mesajlari|hatırlatma|hatirlatma|hatırlatmalar|hatirlatmalar|hatırlatmaları|hatirlatmalari|hatırlatmalarını|hatirlatmalarini|duyuru|duyurular|duyuruları|bilgilendirme|bilgilendirmeler|promosyon|ileti|iletiler|bülten|bulten) [(artık|artik|bundan sonra|bir daha|lütfen|lutfen)] (göndermeyin|gondermeyin|atmayın|atmayin|yollamayın|yollamayin|gelmesin|gönderilmesin|gonderilmesin|atılmasın|atilmasin)",
        "(mesaj|mesajlar|mesajları|mesajlari|mesajlarını|mesajlarini|mesajlarınızı|mesajlarinizi|msj|sms|smsler|sms ler|smsleri|smslerinizi|bildirim|bildirimler|bildirimleri|reklam|reklamlar|reklamları|teklif|teklifler|teklifleri|kampanya|kampanyalar|kampanya mesajları|kampanya mesajlari|hatırlatma|hatirlatma|hatırlatmalar|hatirlatmalar|hatırlatmaları|hatirlatmalari|hatırlatmalarını|hatirlatmalarini|duyuru|duyurular|duyuruları|bilgilendirme|bilgilendirmeler|promosyon|ileti|iletiler|bülten|bulten) (durdurmanızı|durdurmanizi|kesmenizi|göndermemenizi|gondermemenizi|durdurulmasını|durdurulmasini|kesilmesini|sonlandırmanızı|sonlandirmanizi) (rica ediyorum|rica ederim|istiyorum|talep ediyorum|bekliyorum)",
        "(mesaj|mesajlar|mesajları|mesajlari|mesajlarını|mesajlarini|mesajlarınızı|mesajlarinizi|msj|sms|smsler|sms ler|smsleri|smslerinizi|bildirim|bildirimler|bildirimleri|reklam|reklamlar|reklamları|teklif|teklifler|teklifleri|kampanya|kampanyalar|kampanya mesajları|kampanya mesajlari|hatırlatma|hatirlatma|hatırlatmalar|hatirlatmalar|hatırlatmaları|hatirlatmalari|hatırlatmalarını|hatirlatmalarini|duyuru|duyurular|duyuruları|bilgilendirme|bilgilendirmeler|promosyon|ileti|iletiler|bülten|bulten) almak (istemediğimi|istemedigimi|istemediğimizi|istemedigimizi) (bildiririm|bildiriyorum|belirtirim|belirtiyorum|iletirim)",
        "(mesajlarınızı|mesajlarinizi|mesajlarnızı|mesajlarnizi|mesjalarınızı|mesjalarinizi|mesjalarnızı|mesjalarnizi|mesajlarızı|mesajlarizi|smslerinizi|mesajları|mesajlari) (istemiyom|istemiyrum|istemiyorm|istemiom|istemiyoruz|istemyorum|istemiyorum)",
        "(kaç|kac) (kere|kez|defa) (söyleyeceğim|soyleyecegim|söylicem|soylicem|yazacağım|yazacagim|yazıcam|yazicam|söylemem lazım|soylemem lazim) (yazmayın|yazmayin|göndermeyin|gondermeyin|mesaj atmayın|mesaj atmayin|stop|istemiyorum)",
        "[(verdiğim|verdigim)] (onayımı|onayimi|onayı|onayi|iznimi|izni|rızamı|rizami|rızayı|rizayi|onay ve iznimi) (geri alıyorum|geri aliyorum|geri çekiyorum|geri cekiyorum|iptal ediyorum)",
    ),
    # Turkish negates inside the verb ("göndermeyin", "istemiyorum", "eklemeyin"), so these
    # verbs never match a refusal; a verb that could take anything ("gönderin", "almak")
    # needs the texts as its object right before it.
    opt_in_phrases=(
        "(mesajları|mesajlarınızı|mesajlarını|smsleri|smslerinizi|smslerini|sms leri|bildirimleri|bildirimlerinizi|bildirimlerini|sms bildirimlerini|kampanyaları|kampanyalarınızı|kampanya mesajlarını|hatırlatmaları|hatırlatmalarını|hatırlatmalarınızı|fırsatları|indirimleri|kuponları|duyuruları|duyurularınızı|bilgilendirmeleri|bilgilendirme mesajlarını) [(tekrar|yeniden|yine|geri|tekrardan)] (açın|açar mısınız|açarmısınız|açabilir misiniz|açabilirmisiniz|aktif edin|aktifleştirin|aktif eder misiniz|başlatın|başlatır mısınız)",
        "(mesajları|mesajlarınızı|mesajlarını|smsleri|smslerinizi|smslerini|sms leri|bildirimleri|bildirimlerinizi|bildirimlerini|sms bildirimlerini|kampanyaları|kampanyalarınızı|kampanya mesajlarını|hatırlatmaları|hatırlatmalarını|hatırlatmalarınızı|fırsatları|indirimleri|kuponları|duyuruları|duyurularınızı|bilgilendirmeleri|bilgilendirme mesajlarını) [(bu numaraya|bana|buraya|yeni numarama|bu numarama|yine|tekrar|yeniden)] (gönderin|gönderir misiniz|gönderirmisiniz|gönderebilir misiniz|göndermeye devam edin|atın|atar mısınız|yollayın|yollar mısınız)",
        "(sms bildirimi|sms bildirimleri|bildirimler|smsler|mesajlar|hatırlatmalar) [(tekrar|yeniden|geri)] açılsın",
        "(kapatmıştım|kapattım|durdurmuştum|durdurdum|kapatmıştık) (tekrar|yeniden|geri) (açabilir misiniz|açar mısınız|açın|açabilirmisiniz)",
        "(mesajları|mesajlarınızı|mesajlarını|smsleri|smslerinizi|smslerini|sms leri|bildirimleri|bildirimlerinizi|bildirimlerini|sms bildirimlerini|kampanyaları|kampanyalarınızı|kampanya mesajlarını|hatırlatmaları|hatırlatmalarını|hatırlatmalarınızı|fırsatları|indirimleri|kuponları|duyuruları|duyurularınızı|bilgilendirmeleri|bilgilendirme mesajlarını) (tekrar|yeniden|yine|tekrardan) almak (istiyorum|isterim)",
        "(sms|mesaj) (ile|olarak|yoluyla|üzerinden) almak (istiyorum|isterim)",
        "(tekrar|yeniden|tekrardan) abone (olmak istiyorum|olmak isterim|olabilir miyim|olabilirmiyim|olayım|edin|yapın|yapar mısınız|eder misiniz|edebilir misiniz)",
        "abone olmak (istiyorum|isterim)",
        "beni (tekrar|yeniden|geri|tekrardan) (abone edin|abone yapın|ekleyin|ekler misiniz|ekleyebilir misiniz|listeye ekleyin|listeye alın|listenize ekleyin|kaydedin|aktif edin)",
        "beni (listeye|listenize|abone listesine|sms listesine) (tekrar|yeniden|geri) (ekleyin|ekler misiniz|ekleyebilir misiniz|alın|alır mısınız)",
        "(listeye|listenize) (tekrar|geri|yeniden) (ekleyin|ekler misiniz|ekleyebilir misiniz|alın|alır mısınız)",
        "yanlışlıkla (abonelikten|listeden) (çıktım|çıkmışım|ayrıldım)",
        "(ileti|mesaj|sms|ticari elektronik ileti|bildirim) almayı kabul ediyorum",
        # Someone else gets them and I want them too ("bana da gelsin", "beni de ekleyebilir
        # misiniz", "ben de katılabilir miyim"); the refusals are other words ("göndermeyin").
        "bana da (gelsin|gönderin|gonderin|atın|atin|yollayın|yollayin|gönderir misiniz|gonderir misiniz|atar mısınız|atar misiniz|yollar mısınız|gönderebilir misiniz)",
        "beni de (ekleyin|ekler misiniz|ekleyebilir misiniz|ekleyebilirmisiniz|listeye ekleyin|listeye alın|listeye alin|kaydedin|kaydeder misiniz|abone edin|yazın|yazin|yazar mısınız|dahil edin)",
        "ben de (katılabilir miyim|katilabilir miyim|abone olabilir miyim|abone olmak istiyorum|eklenebilir miyim|kaydolabilir miyim|kayıt olabilir miyim|kayit olabilir miyim)",
        # How do I sign up for the texts ("SMS ile almak için ne yapmam gerekiyor", "SMS
        # bildirimine nereden kaydolabilirim", "sms ile nasıl abone olunuyor").
        "(sms ile|smsle|mesajla|mesaj ile|sms yoluyla|sms olarak|sms bildirimine|sms bildirimlerine|bildirimine|bildirimlerine|duyurularına|duyurularina|hatırlatmalara|hatirlatmalara|kampanyalara|sms listesine|listenize|bültene|bultene|bülteninize|almak için|almak icin|gelmesi için|gelmesi icin) (nasıl|nasil|nereden|nerden|nereye) (kayıt olabilirim|kayit olabilirim|kaydolabilirim|kaydolurum|kayıt olurum|kayit olurum|abone olabilirim|abone olurum|abone olunuyor|kayıt olunuyor|kayit olunuyor|kaydolunuyor|üye olabilirim|uye olabilirim)",
        "(sms ile|smsle|mesajla|mesaj ile|sms yoluyla|sms olarak) almak için ne (yapmam gerekiyor|yapmalıyım|yapmaliyim|yapmam lazım|yapmam lazim|yapayım|yapayim|yapmam gerek)",
        # A new number ("bu numarayı kaydeder misiniz", "bu numarayı ekleyin", "duyuruları
        # buraya yönlendirir misiniz").
        "(bu numarayı|bu numarayi|yeni numaramı|yeni numarami|bu yeni numarayı|bu yeni numarayi|bu numaramı|bu numarami) (kaydeder misiniz|kaydedin|ekleyin|ekler misiniz|ekleyebilir misiniz|kaydedebilir misiniz|sisteme ekleyin|sisteme kaydedin|güncelleyin|guncelleyin|listeye ekleyin|kullanın|kullanin)",
        "(buraya|bu numaraya|yeni numarama|bu numarama|bu yeni numaraya) (yönlendirin|yönlendirir misiniz|yonlendirin|yonlendirir misiniz|yönlendirebilir misiniz|yonlendirebilir misiniz)",
        "(bu numaraya|yeni numarama|bu numarama|bu yeni numaraya) (gönderin|gonderin|atın|atin|yollayın|yollayin|gönderir misiniz|gonderir misiniz|atar mısınız|atar misiniz)",
        # They stopped coming ("ilaç hatırlatması gelmez oldu, tekrar başlatır mısınız?").
        "(tekrar|yeniden|geri|tekrardan) (başlatır mısınız|baslatir misiniz|başlatın|baslatin|başlatabilir misiniz|baslatabilir misiniz)",
        # From now on by SMS ("onayları SMS ile atın", "SMS ile haber verin").
        "(sms ile|smsle|sms olarak|mesajla|mesaj ile|sms yoluyla|sms üzerinden|sms uzerinden) (atın|atin|gönderin|gonderin|yollayın|yollayin|haber verin|bildirin|bilgilendirin|iletin|gönderir misiniz|gonderir misiniz|atar mısınız|atar misiniz|haber verir misiniz|bilgi verin)",
        # Formal consent ("SMS almaya rıza gösteriyorum", "SMS gönderimine izin veriyorum").
        "(sms|mesaj|ileti|bildirim|smsleri|mesajları|mesajlari|bilgilendirme|sms ile|smsle|mesajla|mesaj ile) (almaya|almayı|almayi|gönderimine|gonderimine|gönderilmesine|gonderilmesine|iletilmesine|gönderilmesini|gonderilmesini) (rıza gösteriyorum|riza gosteriyorum|izin veriyorum|onay veriyorum|onaylıyorum|onayliyorum|kabul ediyorum|razıyım|raziyim)",
        # A family member's number ("kızımın numarasını da duyurulara ekleyin", "onun
        # numarasına da gitsin").
        "(duyurularına|duyurularina|duyurulara|hatırlatmalarına|hatirlatmalarina|hatırlatma mesajlarına|hatirlatma mesajlarina|mesajlarına|mesajlarina|bildirimlerine|listesine|listeye|listenize|smslerine|sms listesine) [da] (ekleyin|ekler misiniz|ekleyebilir misiniz|ekleyebilirmisiniz|kaydedin|dahil edin)",
        "(numarasına|numarasina) da (gitsin|gönderin|gonderin|atın|atin|yollayın|yollayin|gelsin|gönderir misiniz|gonderir misiniz)",
        # How do I sign up for them ("randevu hatırlatmalarına nasıl kayıt olabilirim", "SMS
        # listesine nasıl katılabilirim", "sms bildirimlerini nasıl açarım"); Turkish negates in the
        # verb ("kaydolmak istemiyorum"), which these forms never take.
        "(hatırlatmalarına|hatirlatmalarina|hatırlatmalarınıza|hatirlatmalariniza|mesajlarınıza|mesajlariniza|kampanya mesajlarınıza|kampanya mesajlariniza|kampanyalarınıza|kampanyalariniza|smslerinize|sms lerinize|bildirimlerinize|sms bildirimlerinize|sms listesine|sms listenize|mesaj listesine|listenize|listesine|duyurularınıza|duyurulariniza|bültenine|bultenine|fırsatlara|firsatlara|indirimlere|kampanyalara|hatırlatmalara|hatirlatmalara) (nasıl|nasil|nereden|nerden) (kayıt olabilirim|kayit olabilirim|kaydolabilirim|kaydolurum|kayıt olurum|kayit olurum|abone olabilirim|abone olurum|katılabilirim|katilabilirim|katılırım|katilirim|üye olabilirim|uye olabilirim|dahil olabilirim|eklenebilirim)",
        "(sms bildirimlerini|sms bildirimlerinizi|bildirimleri|bildirimlerinizi|smsleri|sms leri|smslerinizi|kampanya mesajlarını|kampanya mesajlarini|kampanya bildirimlerini|hatırlatmaları|hatirlatmalari|hatırlatma mesajlarını|mesajlarınızı|mesajlarinizi) (nasıl|nasil) (açarım|acarim|açabilirim|acabilirim|aktif ederim|aktif edebilirim|alabilirim|alırım|alirim)",
        # No objection ("mesaj almama bir itirazım yok").
        "(mesaj|sms|ileti|bildirim|kampanya mesajı|kampanya mesaji|mesajları|mesajlari|smsleri) (almama|almamda|almaya|almamın|almamin|gönderilmesine|gonderilmesine) [(bir|hiçbir|hicbir)] (itirazım yok|itirazim yok|sakınca yok|sakinca yok|sakıncası yok|sakincasi yok|problem yok|sorun yok)",
        # Send them again, the verb first ("tekrar gönderin kampanyaları"); "göndermeyin" is another
        # word, and a code is no offer.
        "(tekrar|yeniden|tekrardan|yine) (gönderin|gonderin|atın|atin|yollayın|yollayin|gönderir misiniz|gonderir misiniz|atar mısınız|atar misiniz) [(bana)] (kampanyaları|kampanyalari|kampanyalarınızı|kampanyalarinizi|mesajları|mesajlari|mesajlarınızı|mesajlarinizi|smsleri|smslerinizi|indirimleri|fırsatları|firsatlari|kuponları|kuponlari|bildirimleri|hatırlatmaları|hatirlatmalari|duyuruları|duyurulari)",
        # "Kampanya varsa atın bana da": send the offers when there are some.
        "(kampanya|kampanyalar|kampanyaları|kampanyalari|indirim|indirimler|fırsat|firsat|fırsatlar|firsatlar|kupon|kuponlar|kampanya mesajı|kampanya mesaji) (varsa|olursa|olunca|çıkınca|cikinca|çıkarsa|cikarsa|gelince) [(bana|bana da)] (atın|atin|gönderin|gonderin|yollayın|yollayin|haber verin|bildirin|yazın|yazin|mesaj atın|mesaj atin|sms atın|sms atin)",
        # STOP sent by mistake ("sorry, yanlışlıkla STOP yazdım"): the opt-in starts a word before
        # its veto below, which covers the mistake and the keyword.
        "(ben|ama|fakat|ancak|pardon|sorry|özür dilerim|ozur dilerim|kusura bakmayın|kusura bakmayin|merhaba|selam|maalesef|galiba|sanırım|sanirim|önce|once|dün|dun|geçenlerde|gecenlerde|bugün|bugun) (yanlışlıkla|yanlislikla|kazara|istemeden|hatayla|dalgınlıkla|dalginlikla) (stop|iptal|dur|ret|red) [(u|yu|mesajı|mesaji|diye)] (yazdım|yazdim|attım|attim|gönderdim|gonderdim|yolladım|yolladim|dedim|bastım|bastim|cevabı verdim|cevabi verdim|yanıtladım|yanitladim)",
    ),
    help_phrases=(
        "(neden|niye|niçin) (bu|bu tür) (mesajları|smsleri) alıyorum",
        "bu (mesajları|smsleri) (neden|niye|niçin) alıyorum",
        "(neden|niye) bana (bu|bu tür) (mesajlar|smsler) geliyor",
        "(haftada|günde|ayda) kaç (mesaj|sms) (göndereceksiniz|gelecek|alacağım|atacaksınız)",
        "ne (sıklıkla|kadar sık) (mesaj|sms) (göndereceksiniz|gönderiyorsunuz|atacaksınız|gelecek)",
        # Who is this, which company, what are these.
        "kimsiniz", "bu kim", "kim bu", "bu numara kimin", "kimin numarası bu",
        "hangi (firma|şirket|firmasınız|şirketsiniz|mağaza|mağazasınız)",
        "bu (mesajlar|mesaj|sms|smsler) ne",
        "ne bu (mesajlar|mesaj|sms|smsler)",
        "bu ne (mesajı|smsi)",
        # Is this a scam? Does it cost? How do I reach you? How does it work?
        "(dolandırıcılık|dolandırıcı|sahte) (mı|mısınız)",
        # ... of the texts or the service, not of a product ("kargo ücreti ne kadar").
        "(mesajlar|smsler|bu mesajlar|bu smsler|mesajlarınız|bu hizmet|bu servis|hizmet|abonelik) (ücretli|paralı) mı",
        "(bu hizmetin|hizmetin|bu servisin|servisin|aboneliğin|mesajların|smslerin) [aylık] (ücreti|ücret) ne kadar",
        "(mesajlar|smsler|bu mesajlar|bu smsler) için (para|ücret) (kesiliyor|kesilecek|alınıyor|alınacak) mu",
        "(müşteri hizmetleri|destek hattı|çağrı merkezi) (numarası|numaranız|numarasını)",
        "(müşteri hizmetlerine|size|destek ekibine|bir yetkiliye|yetkiliye) nasıl (ulaşabilirim|ulaşırım|ulaşabiliriz)",
        "(bu sistem|bu hizmet|sistem|hizmet) nasıl (çalışıyor|işliyor)",
        "nasıl (çalışıyor|işliyor) bu (sistem|hizmet)",
    ),
    not_opt_out_phrases=(
        # Negated removal is a wish to keep the texts ("don't remove me", "I'm not
        # unsubscribing"); never a negated send/write, which stays an opt-out.
        "(beni|numaramı|numarami|numaramı da) [(listeden|listenizden|sistemden)] (silmeyin|silmeyiniz|silme|çıkarmayın|cikarmayin|çıkarmayınız|çıkarma|atmayın|atmayin)",
        "(aboneliğimi|aboneligimi|üyeliğimi|uyeligimi) (iptal etmeyin|iptal etmeyiniz|iptal etme|sonlandırmayın|sonlandirmayin)",
        "(abonelikten|aboneliği|aboneligi|listeden) (çıkmıyorum|cikmiyorum|çıkmak istemiyorum|cikmak istemiyorum|iptal etmiyorum|iptal etmek istemiyorum)",
        "(mesajları|mesajlari|bildirimleri|hatırlatmaları|hatirlatmalari|smsleri) (durdurmayın|durdurmayin|kesmeyin|iptal etmeyin|kapatmayın|kapatmayin)",
        # Refusing to be unsubscribed or asking the texts to go on ("don't unsubscribe me"):
        # a model opt-out reading of such a message is not decided.
        "(çıkarmayın|cikarmayin|silmeyin|çıkarma|cikarma) (beni|lütfen|lutfen)",
        "beni [listeden] (çıkarmayın|cikarmayin|silmeyin)",
        "(aboneliğimi|aboneligimi|üyeliğimi|uyeligimi) iptal etmeyin",
        "(göndermeyi|gondermeyi|mesajları|mesajlari) (kesmeyin|bırakmayın|birakmayin|durdurmayın|durdurmayin)",
        # "Delete my old number" (the new one follows).
        "eski numaramı [(lütfen|hemen|artık)] (silin|siler misiniz|silebilir misiniz|kaldırın|sistemden silin|listeden silin|listenizden silin|sistemden çıkarın|listeden çıkarın)",
        # Laughing at an advert ("yeter, gülmekten öldüm").
        "(gülmekten|gulmekten) (öldüm|oldum|öleceğim|olecegim|kırıldım|kirildim|yarıldım|yarildim|bayıldım|bayildim|çatladım|catladim)",
        # Someone else leaving, the writer staying ("kocam bildirimleri kapattırmak istiyor
        # ama ben istemiyorum, beni listede tutun").
        "beni [(listede|listenizde|abonelikte)] (tutun|tutunuz|bırakın|birakin|kalsın|kalsin)",
        "(kocam|karım|karim|eşim|esim|annem|babam|oğlum|oglum|kızım|kizim|kardeşim|kardesim|ablam|abim) (bildirimleri|mesajları|mesajlari|smsleri|sms leri) (kapattırmak|kapattirmak|kapatmak|iptal ettirmek|durdurmak|engellemek) (istiyor|istedi|istiyordu)",
        # An order, a booking or a membership, not the texts ("siparişi artık istemiyorum",
        # "üyeliğimi geçen ay iptal etmiştim").
        "(siparişi|siparisi|siparişimi|siparisimi|siparişleri|rezervasyonu|rezervasyonumu|randevuyu|randevumu|ürünü|urunu|paketi) [(artık|artik|hiç|hic)] (istemiyorum|istemiyoruz)",
        "(üyeliğimi|uyeligimi|üyeliği|uyeligi|siparişimi|siparisimi|siparişi|siparisi|randevumu|randevuyu|rezervasyonumu|rezervasyonu|spor salonu üyeliğimi) [(geçen ay|gecen ay|geçen hafta|gecen hafta|dün|dun|zaten|daha önce|ay sonunda)] iptal (etmiştim|etmistim|etmiştik|etmistik|edin|etmek istiyorum|eder misiniz|edebilir misiniz)",
        # Food wishes ("dönerden soğanı çıkarın").
        "(soğanı|sogani|domatesi|turşuyu|tursuyu|biberi|acıyı|aciyi|sosu|acı sosu|aci sosu|mayonezi|ketçabı|ketcabi|peyniri|marulu|salatayı|salatayi|sarımsağı|sarimsagi|zeytini|mantarı|mantari) [(lütfen|lutfen)] (çıkarın|cikarin|çıkartın|cikartin|koymayın|koymayin|olmasın|olmasin)",
        # A time of day, not the texts ("sabah 7'de mesaj atmayın, 10'dan sonra atın").
        "(sabah|gece|akşam|aksam|öğlen|oglen|gece yarısı) [(1|2|3|4|5|6|7|8|9|10|11|12)] [(de|da|te|ta)] (mesaj|sms) (atmayın|atmayin|göndermeyin|gondermeyin|yollamayın|yollamayin)",
        # Quitting a habit or a medicine; paper bills; a promotion ending; the texts are fine
        # ("SMS yeterli").
        "(sigarayı|sigarayi|sigara|içkiyi|ickiyi|alkolü|alkolu|ilacı|ilaci|ilaçları|ilaclari|kahveyi) (bıraktım|biraktim|bırakacağım|birakacagim|bırakmak|birakmak|kestim|kesmek|bırakabilir miyim|birakabilir miyim|bıraktı|birakti)",
        "(kağıt|kagit|basılı|basili|kâğıt) (fatura|faturalar|faturayı|faturayi|ekstre|ekstreler|ekstreyi|katalog|katalogu)",
        "(kampanya|indirim|fırsat|firsat|kampanyanız|kampanyaniz|kampanyası|kampanyasi) (bitti mi|devam ediyor mu|hala geçerli mi|hala gecerli mi|hâlâ geçerli mi|sona erdi mi|ne zaman bitiyor|bitmiş mi|bitmis mi)",
        "(sms|mesaj|smsler|mesajlar) (yeterli|yetiyor|kafi|kâfi|olur)",
        # STOP sent by mistake ("yanlışlıkla STOP yazdım"): the keyword is the mistake (the opt-in
        # phrases read it, starting a word earlier).
        "(yanlışlıkla|yanlislikla|kazara|istemeden|hatayla|dalgınlıkla|dalginlikla) (stop|iptal|dur|ret|red) [(u|yu|mesajı|mesaji|diye)] (yazdım|yazdim|attım|attim|gönderdim|gonderdim|yolladım|yolladim|dedim|bastım|bastim|cevabı verdim|cevabi verdim|yanıtladım|yanitladim)",
    ),
    hint_words=("ve", "bir", "bu", "da", "de", "için", "ne", "ben", "bana", "mı", "mi", "çok", "artık", "lütfen", "teşekkürler", "evet", "hayır", "değil"),
    replies={
        "opt_out_clarify": "{program}: aboneliğiniz iptal edildi. Yalnızca kampanyaları durdurmak için MKT, her şeyi durdurmak için HEPSI yazın. Yardım: {support}.",
        "opt_out": "{program}: aboneliğiniz iptal edildi, artık mesaj almayacaksınız. Yardım: {support}. Yeniden abone olmak için START yazın.",
        "opt_out_all": "{program}: tüm mesajlarımızdan aboneliğiniz iptal edildi. Yardım: {support}. Yeniden abone olmak için START yazın.",
        "opt_in": "{program}: yeniden abone oldunuz. Mesaj ve veri ücretleri uygulanabilir. Yardım: {support}. Durdurmak için RET yazın.",
        "help": "{program}: yardım için {support}. Mesaj ve veri ücretleri uygulanabilir. Durdurmak için RET yazın.",
    },
    sources=(
        "https://iys.org.tr (IYS: commercial message consent; RET rejects a sender's messages)",
    ),
    courtesy_words=("lütfen", "teşekkürler", "artık"),
    strong_keywords=("ret", "iptal", "yazmayın", "yazmayin", "mesaj atmayın", "mesaj atmayin"),
    standalone_keywords=("ret",),
    # Answers to the clarifying question (app/messaging/clarify.py).
    clarify_marketing=("mkt", "kampanya"),
    clarify_all=("all", "hepsi"),
)
