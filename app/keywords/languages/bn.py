"""Bengali. India's TRAI rules (TCCCPR 2018) let anyone block commercial texts through
1909 and require an opt-out in every promotional text; Bangladesh's BTRC likewise. Bengali
senders print বন্ধ and STOP; romanised Bengali (bondho korun) is the model's to read where the phrases stop.
"""

from app.keywords.languages.rules import LanguageRules

# The texts, "how", and the verb endings of "how do I stop": never the past "bondho holo".
# Only the commonest spellings: every pattern is expanded at load.
_MSGS = "(মেসেজ|মেসেজগুলো|ম্যাসেজ|এসএমএস|বার্তা|বার্তাগুলো)"
_HOW = "(কীভাবে|কিভাবে|কেমনে|কি করে)"
_END = "(করব|করবো|করা যায়|হবে|করতে পারি)"
_R_MSGS = "(msg|message|messages|sms) [(gula|gulo)]"
_R_HOW = "(kivabe|kibhabe|kemne)"
_R_END = "(korbo|kori|kora jay|hobe|korte pari)"
# Opt-in. Bengali puts its negation after the verb ("পাঠাবেন না": don't send, "চাই না": don't
# want), so every phrase ends in an imperative that a "না" after it only softens ("করুন না",
# "দিন না": please do): never the future ("করবেন", "দিয়েন", "পাঠাবেন"), "চাই" or the informal
# "করো", which "না" negates. "Turn it back on" names the texts (it may be a card or a
# connection); "subscribe" only after "me", "again" or a yes (a spaced "আন সাবস্ক্রাইব করুন" holds
# it); a lone "মেসেজ আবার পাঠান" resends one message (a code): the texts asked back are offers...
_AGAIN = "(আবার|আবারও)"
_ON = "(চালু|শুরু|অন)"
_DO = "(করুন|করে দিন|করেন|করে দেন)"
_R_DO = "(korun|kore din|koren|kore den)"
_TEXTS = "(মেসেজ|মেসেজগুলো|এসএমএস|অফার|অফারের মেসেজ|আপডেট|রিমাইন্ডার)"
_R_TEXTS = "(msg|message|messages|sms|msg gula|offer|update|updates)"
_OFFERS = "(অফার|অফারের|অফারগুলো|আপডেট|রিমাইন্ডার|নোটিশ)"

# Opt-out: plain requests that name the texts, "me" or "my number". Bengali negates after the
# verb: "দিয়েন না" and "পাঠিয়েন না" are only "don't send", but "পাঠাবেন না" may be "won't you
# send?" (so it needs "আর": no more), and "বন্ধ করো না" may be "don't stop" (vetoed below).
_OO_TXT = ("(মেসেজ|মেসেজগুলো|মেসেজগুলা|মেসেজগুলি|ম্যাসেজ|ম্যাসেজগুলো|এসএমএস|এসএমএসগুলো|বার্তা|"
           "বার্তাগুলো|অফার|অফারগুলো|নোটিফিকেশন|বিজ্ঞাপন|sms|msg)")
_OO_STOP = "(করুন|করে দিন|করেন|করে দেন|করে দিয়েন|করো|কর|করে দাও|করতে পারবেন)"
_OO_RM = ("(মুছুন|মুছে দিন|মুছে ফেলুন|মুছে দেন|বাদ দিন|বাদ দেন|সরিয়ে দিন|সরিয়ে দেন|কেটে দিন|"
          "কেটে দেন|ডিলিট করুন|ডিলিট করে দিন|ডিলিট করেন|রিমুভ করুন|রিমুভ করে দিন|রিমুভ করেন)")
_R_OO_TXT = "(msg|msgs|message|messages|sms|offer|offers) [(gula|gulo|ta)]"
_R_OO_RM = ("(baad din|bad din|baad den|bad den|muchhe din|muche din|muchun|remove korun|remove koren|"
            "remove kore din|delete korun|delete koren|delete kore din|soriye din|kete din)")

# Opt-in wishes in the future or with "চাই" (আমাকেও পাঠাবেন, এই নম্বরে এসএমএস করবেন, পেতে
# চাই): a "না" after them refuses, and each refusal is an opt-out phrase, which wins.
_IN_SEND = "(পাঠাবেন|পাঠান|পাঠিয়ে দিন|পাঠিয়েন|পাঠাইয়েন)"
_IN_TOO = f"((আসে|পায়|পান|পাচ্ছে) (আমাকেও|আমারেও) {_IN_SEND}|আমাকেও [(অফারের|অফার|ডিলের|ডিসকাউন্টের)] (মেসেজ|এসএমএস|মেসেজগুলো) {_IN_SEND}|(মেসেজ|এসএমএস|অফারের মেসেজ|রিমাইন্ডার) আমাকেও (দিয়েন|দেবেন|দিবেন|দিন|{_IN_SEND[1:-1]}))"
_IN_WANT = "(আমিও পেতে|(মেসেজ|এসএমএস|অফার|রিমাইন্ডার|অ্যালার্ট|আপডেট|নোটিশ) পেতে|এখন আবার) চাই"
# A text named before or after "this number" (not "টাকা এই নম্বরে পাঠাবেন": money).
_HERE = "(এই নম্বরে|এই নাম্বারে|নতুন নম্বরে|এটাতে)"
_IN_HERE = (f"((রিমাইন্ডার|মেসেজ|এসএমএস|আপডেট|অ্যালার্ট|নোটিফিকেশন|মেসেজগুলো) {_HERE} "
            "(পাঠাবেন|দেবেন|দিবেন|পাঠান|দিন|পাঠিয়ে দিন)|"
            f"{_HERE} (এসএমএস|sms|মেসেজ) (পাঠাবেন|করবেন|করে দেবেন|করে দিবেন|দেবেন|দিবেন|জানাবেন))")
_IN_BY_TEXT = "(এসএমএসে|মেসেজে|মেসেজ করে) (জানাবেন|জানিয়ে দেবেন|জানিয়ে দিবেন)"
_IN_AGREE = "(গ্রহণে|গ্রহণের|পাওয়ার|পেতে) [জন্য] (সম্মতি|অনুমতি) (দিচ্ছি|দিলাম|জানাচ্ছি|দিয়েছি|প্রদান করছি)"
_IN_READY = "(পেতে|নিতে|পাওয়ার জন্য) রাজি [আছি]"
_R_IN_TOO = ("amakeo [(offer er|offerer|offer|deal er|sale er)] [(msg|sms|message|messages|update|updates)] "
             "(pathaben|pathan|pathiye din|pathiyen|pathaiyen)")
_R_IN_HERE = ("(ei|eta) (number e|numbere|nambare|number a|number te|te) (sms|msg|message) "
              "(korben|kore diben|kore deben|diben|deben|pathaben)")
_R_IN_WANT = ("((amio|ami o) (join|subscribe|add) (korte|hote)|(ekhon|akhon) abar|"
              "(msg|sms|messages|offer|offers|alert|alerts|update|updates) pete) chai")
_R_IN_READY = "(pete|nite|paoar|pawar) (raji|razi|rajee) [achi]"
_R_IN_AGAIN = "abar (offer er|offerer|offer) (msg|sms|message) (pathaiyen|pathiyen|pathaben|diyen|diben)"
# The texts a sign-up or a consent names, and what they are "for" (অ্যালার্টের জন্য).
_IN_TXT = "(মেসেজ|এসএমএস|অফারের মেসেজ|অফারের এসএমএস|অফার|অ্যালার্ট|রিমাইন্ডার|আপডেট|এসএমএস অ্যালার্ট)"
_IN_FOR = "(অ্যালার্টের|মেসেজের|এসএমএসের|অফারের|রিমাইন্ডারের|আপডেটের|এসএমএস অ্যালার্টের|অফারের মেসেজের)"
_IN_YES = "(হ্যাঁ|হ্যা|ha|haan) [(ডেলিভারির|অর্ডারের|order|delivery)] (আপডেট|মেসেজ|অফার|রিমাইন্ডার|এসএমএস|update|updates|msg|sms) (চাই|chai)"

RULES: LanguageRules = LanguageRules(
    code="bn",
    name="Bengali",
    opt_out_keywords=("থামুন", "থামাও", "আনসাবস্ক্রাইব", "বন্ধ", "বন্ধ করুন", "স্টপ", "বাতিল", "থামান",
        "বন্ধ কর", "বন্ধ করো", "বন্ধ করেন", "বন্দ", "থামেন", "bondho korun", "bondho koren", "bondho kor",
        "bondho koro", "bndho kor", "thamen", "thamun"),
    opt_out_all_keywords=("সব বন্ধ",),
    opt_in_keywords=("চালু", "শুরু", "সাবস্ক্রাইব", "স্টার্ট", "আবার চালু", "আবার চালু করুন", "চালু করুন",
        "শুরু করুন", "সাবস্ক্রাইব করুন", "abar chalu", "abar chalu korun", "chalu korun"),
    help_keywords=("সাহায্য", "তথ্য", "হেল্প", "সহায়তা"),
    # Plain requests in their common forms; the rest is the model's (app/keywords/data/corpus/bn.txt).
    opt_out_phrases=(
        # No more offers to send ("আর এসির অফার পাঠাতে হবে না").
        "আর [_] (অফার|অফারগুলো|মেসেজ|মেসেজগুলো|এসএমএস|বিজ্ঞাপন) (পাঠাতে|দিতে) হবে না",
        # "I want to unsubscribe", "I want out of your SMS service".
        "(আনসাবস্ক্রাইব|আনসাবস্ক্রাইভ) (করতে|হতে) চাই",
        "(এসএমএস|মেসেজ|ম্যাসেজ) (সার্ভিস|সেবা) থেকে (বের হতে|বেরিয়ে যেতে|নাম কাটাতে) চাই",
        # "How do I stop these messages?" (এই মেসেজগুলো বন্ধ করব কীভাবে?, ei msg gula kivabe bondho korbo?): asking how asks us to stop.
        f"{_MSGS} ({_HOW} বন্ধ|বন্ধ {_HOW}) {_END}",
        f"{_MSGS} আসা ({_HOW} বন্ধ|বন্ধ {_HOW}) (করব|করবো|হবে)",
        f"{_MSGS} [আসা] বন্ধ {_END} {_HOW}",
        f"{_HOW} [এই] {_MSGS} বন্ধ {_END}",
        "(কীভাবে|কিভাবে) আনসাবস্ক্রাইব (করব|করবো|করি)",
        f"{_R_MSGS} {_R_HOW} (bondho|bondo) {_R_END}",
        f"{_R_MSGS} (bondho|bondo) {_R_END} {_R_HOW}",
        "(msg|message|messages|sms) asha (kivabe|kemne) bondho (korbo|kora jay|hobe)",
        f"(kivabe|kemne) [ei] {_R_MSGS} bondho (korbo|kora jay|hobe)",
        # Stop the texts; don't send them any more; I don't want them (মেসেজগুলো বন্ধ করে দিন,
        # মেসেজ দেওয়া বন্ধ করতে পারবেন?, আর পাঠাবেন না, অফারের মেসেজ দিয়েন না, মেসেজ চাই না).
        f"{_OO_TXT} [(দেওয়া|দেয়া|পাঠানো)] বন্ধ {_OO_STOP}",
        f"{_OO_TXT} [(আর|আর কখনো|কখনো)] [(আমাকে|আমারে)] (দিয়েন না|দিয়ো না|দিও না|পাঠিয়েন না|পাঠাইয়েন না|পাঠায়েন না|পাঠিও না)",
        f"{_OO_TXT} (আর|আর কখনো) [(আমাকে|আমারে)] (পাঠাবেন না|দিবেন না|দেবেন না|পাঠাইবেন না|পাঠাবি না|দিবি না)",
        f"(আমাকে|আমারে) (আর|আর কোনো|আর কোন) {_OO_TXT} (পাঠাবেন না|দিবেন না|দেবেন না|দিয়েন না|পাঠিয়েন না)",
        f"(আর কোনো|আর কোন) {_OO_TXT} (পাঠাবেন না|দিবেন না|দেবেন না)",
        "(মেসেজ|মেসেজগুলো|ম্যাসেজ|এসএমএস|বার্তা|অফারের মেসেজ|বিজ্ঞাপন|sms|msg) (চাই না|চাইনা)",
        f"(আর|এসব|এইসব|এরকম|কোনো) {_OO_TXT} (দরকার নেই|দরকার নাই)",
        # Cancel my subscription / the SMS service; take my number / me off the list; don't
        # bother me (আমার নম্বর মুছে দিন, লিস্ট থেকে আমাকে বাদ দিন, বাদ দেন আমারে).
        "(আমার|এই) (সাবস্ক্রিপশন|সদস্যপদ) (বাতিল|বন্ধ) (করুন|করে দিন|করেন|করে দেন)",
        "(মেসেজ|এসএমএস|বার্তা) (সার্ভিস|সার্ভিসটা|সেবা|পরিষেবা) (বাতিল|বন্ধ) (করুন|করে দিন|করেন|করে দেন)",
        "(এসএমএস|মেসেজ|বার্তা) (সার্ভিস|সেবা|পরিষেবা) থেকে [আমার] (নাম|নম্বর) (প্রত্যাহার করতে চাই|প্রত্যাহার করুন|বাদ দিন|বাদ দেন|কেটে দিন|সরিয়ে দিন|মুছে দিন)",
        f"(আমার|এই) (নম্বর|নাম্বার|নম্বরটা|নাম্বারটা|নাম|নামটা) [(আপনাদের|আপনার)] [(লিস্ট|তালিকা)] [থেকে] {_OO_RM}",
        f"(লিস্ট|তালিকা) থেকে (আমার নম্বর|আমার নাম্বার|আমার নাম|আমাকে|আমারে|নম্বরটা|নাম্বারটা) {_OO_RM}",
        # Curt and informal: "নাম্বার কাটেন আমার লিস্ট থেকে", "নম্বরটা ডিলিট মারো", "আর পাঠাস না".
        "(নাম্বার|নম্বর|নাম্বারটা|নম্বরটা) (কাট|কাটেন|কাটুন|কাটো|কেটে দাও|কেটে দিন|কেটে দেন) [(আমার)] (লিস্ট|তালিকা) থেকে",
        "[(আমার)] (নাম্বার|নম্বর|নাম্বারটা|নম্বরটা) (ডিলিট|মুছে) (মারো|মারেন|করো|করেন|করুন|দাও|দিন|দেন|কর)",
        "আর (পাঠাস|পাঠাবি|পাঠাইস|পাঠাইও) না",
        "(আমাকে|আমারে) [(আপনাদের|এই)] [((লিস্ট|তালিকা) থেকে)] (বাদ দিন|বাদ দেন|সরিয়ে দিন|রিমুভ করুন|রিমুভ করে দিন|ডিলিট করুন|বের করে দিন)",
        "(বাদ দেন|বাদ দিন) (আমাকে|আমারে)",
        "(আমাকে|আমারে) [আর] (বিরক্ত|জ্বালাতন|ডিস্টার্ব) (করবেন না|করো না|কোরো না|করিস না|কইরেন না|করিয়েন না)",
        # The same in romanised Bengali (msg bondho korun, ar msg diyen na, amake baad din).
        f"{_R_OO_TXT} [(deoa|dewa|pathano)] (bondho|bondo|bndho|bandho) (korun|koren|kore din|kore den|kore diyen|kor|koro|kore dao)",
        f"{_R_OO_TXT} [(ar|r|aar)] [(amake|amare)] (diyen|dien|pathaiyen|pathiyen|diyo|dio|pathio) na",
        f"{_R_OO_TXT} (ar|r|aar) [(amake|amare)] (pathaben|diben|deben|pathabi|dibi) na",
        "(ar|r|aar) [kono] (msg|sms|message|messages) (diyen|dien|pathaben|pathaiyen|pathiyen|diben|deben) na",
        f"(amake|amare|amar number|amar nam|amar no|ei number) [((list|talika) theke)] {_R_OO_RM}",
        # Don't add me to the list (আমাকে লিস্টে যোগ করবেন না, amake list e add korben na).
        "(আমাকে|আমারে|আমার নম্বর|আমার নাম্বার) [(আপনাদের|এই|কোনো)] (লিস্টে|তালিকায়) (যোগ|অ্যাড) (করবেন না|করিয়েন না|কইরেন না|করো না|কোরো না|করিস না)",
        "(amake|amare|amar number) [(apnader|ei|kono)] (list e|liste|talikay) (add|jog) (korben na|korio na|koiren na|koro na|koris na)",
        f"(list|talika) theke (amake|amar number|amar nam|amare) {_R_OO_RM}",
        "(ei|esob|eishob|egula|eigula) (msg|sms|message|messages) (dorkar nai|dorkar nei|chai na)",
        "(msg|sms|messages) (chai na|chaina)",
        "(amake|amare) [ar] (birokto|birakto|disturb) (korben na|koro na|korio na|koiren na)",
        # The refusals of the opt-in wishes below (আমাকেও পাঠাবেন না, পেতে চাই না).
        f"{_IN_TOO} না", f"{_IN_WANT} না", f"{_IN_HERE} না", f"{_IN_BY_TEXT} না",
        f"{_IN_AGREE} না", f"{_IN_READY} (না|নই)", f"{_IN_YES} (না|na)",
        f"{_R_IN_TOO} na", f"{_R_IN_HERE} na", f"{_R_IN_WANT} na", f"{_R_IN_READY} (na|noi)",
        f"{_R_IN_AGAIN} na",
        # "Take my number off the list" with its article (amar number ta talika theke soriye din);
        # "stop now" (ebar thamun).
        f"(amar number ta|amar nambar ta|number ta|nambar ta|amar numberta) (list|talika) theke {_R_OO_RM}",
        "(ebar|ekhon|ekhuni) (thamun|thamen|thaman)",
        # "Me too" after someone else stopped them; subscribed by mistake.
        "(আমাকেও|আমার নম্বরও|আমার নম্বরটাও) (বাদ দিন|বাদ দেন|সরিয়ে দিন|মুছে দিন|বন্ধ করুন|বন্ধ করে দিন)",
        "(amakeo|amar number o|amar numbero) (bad din|baad din|bad den|soriye din|muche din|bondho korun|bondho kore din)",
        "ভুল করে সাবস্ক্রাইব (হয়ে গেছে|করে ফেলেছি|হয়েছি|হয়ে গিয়েছে)",
        "(vul|bhul) kore subscribe (hoye gese|hoye geche|kore felechi|hoyechi)",
        "(এবার|এখন|এখনই) (থামুন|থামেন|থামান)",
        # "Stop all this", "stop, will you" outbursts (ধুর বাবা বন্ধ কর এসব, থামেন তো ভাই).
        "(বন্ধ|বন্দ) (কর|করো|করেন|করুন) (এসব|এইসব|এগুলো|এগুলা)",
        "(bondho|bndho|bondo|bandho) (kor|koro|koren|korun) (esob|eshob|eisob|eishob|egula|egulo)",
        "(থামেন|থামুন|থামান) (তো|এবার) [(ভাই|ভাইয়া|দাদা)]",
        "(এই|এসব) (ঝামেলা|যন্ত্রণা|জ্বালাতন) (থামান|থামাও|থামেন|বন্ধ করুন|বন্ধ করেন|বন্ধ করো)",
        # Consent withdrawn (সম্মতি প্রত্যাহার করছি).
        "(সম্মতি|অনুমতি) (প্রত্যাহার|ফিরিয়ে নিচ্ছি|তুলে নিচ্ছি) [(করছি|করলাম|করতে চাই)]",
        # "the consent I gave, I withdraw it" (যে সম্মতি দিয়েছিলাম, সেটা প্রত্যাহার করছি).
        "(সম্মতি|অনুমতি) (দিয়েছিলাম|দিয়েছি|দিয়েছিলেন) [(সেটা|সেটি|তা|আমি)] প্রত্যাহার (করছি|করলাম|করতে চাই|করে নিচ্ছি|করে নিলাম)",
        # How many times must I say STOP; I wrote STOP before too ("I wrote STOP last month, now
        # add me back" is an opt-in); refused and still coming
        # (koto bar bolbo STOP, age o STOP likhechilam, আগেও না করেছিলাম, তবু মেসেজ আসছে).
        "(koto|koybar|kotobar|koy) [(bar|baar)] (bolbo|bolte hobe) (stop|bondho korte|bondho)",
        "(কতবার|কত বার|কয়বার) (বলব|বলবো|বলতে হবে) (স্টপ|stop|বন্ধ করতে)",
        "(age o|ageo|agei|age i) stop (likhechilam|likhsilam|likhechi|likhsi|pathiyechilam|pathaisilam|pathiyechi|diyechilam|disilam)",
        "(আগেও|আগেই) (স্টপ|stop) (লিখেছিলাম|লিখেছি|পাঠিয়েছিলাম|পাঠিয়েছি|দিয়েছিলাম)",
        "(তবু|তবুও|তারপরও|তারপরেও) (মেসেজ|ম্যাসেজ|এসএমএস|মেসেজগুলো) (আসছে|আসতেছে|আসে)",
        "(tobu|tobuo|tao) (msg|sms|message|messages) (ashche|asche|ashtese|aschhe|ashe)",
        "না (বলেছিলাম|করেছিলাম) (আবার|তবু|তবুও|তারপরও|তারপরেও) (পাঠাচ্ছেন|পাঠান|দিচ্ছেন)",
        f"(amar number ta|amar nambar ta|amar numberta|amar nambarta) {_R_OO_RM}",
        "(amar number ta|amar nambar ta|amar numberta|amar nambarta) (muche den|muchhe den|muche felun)",
    ),
    opt_in_phrases=(
        # Turn the texts back on (মেসেজ আবার চালু করে দিন, msg abar chalu kore din).
        f"{_TEXTS} {_AGAIN} {_ON} {_DO}",
        f"{_R_TEXTS} (abar|abaro) (chalu|shuru|on) {_R_DO}",
        # Add me (back), subscribe me (again) (আমাকে আবার যোগ করে নিন, amake abar add kore din).
        f"(আমাকে|আমার নম্বর|আমাকেও) [{_AGAIN}] (যোগ|অ্যাড) (করে নিন|করে দিন|করুন|করে নেন)",
        "(amake|amar number|amakeo) [abar] (jog|add) (kore nin|kore din|korun|kore nen)",
        "(আমাকে|আবার|হ্যাঁ|হ্যা|ওকে) সাবস্ক্রাইব (করে দিন|করুন|করে নিন)",
        "(amake|abar|ha|haan|ok) subscribe (kore din|korun|kore nin)",
        # The offers asked back (অফারের মেসেজ আবার দিন), sending started, "keep sending" after a yes.
        f"{_OFFERS} [(মেসেজ|মেসেজগুলো)] {_AGAIN} (দিন|দেন|পাঠান|পাঠিয়ে দিন)",
        "(offer|offers|offerer|update|updates) [(msg|message)] (abar|abaro) (din|den|pathan|pathiye din)",
        "মেসেজগুলো (আবার|আবারও) (দিন|দেন|পাঠান|পাঠিয়ে দিন)",
        "(পাঠানো|দেওয়া) শুরু (করুন|করেন|করে দিন)",
        "pathano shuru (korun|koren|kore din)",
        "(হ্যাঁ|হ্যা|ঠিক আছে|ওকে) (পাঠাতে থাকুন|পাঠাতে থাকেন|দিতে থাকুন)",
        "(ha|haan|thik ache|ok) (pathate thakun|pathate thaken|dite thakun)",
        # A new number: send them there.
        "নতুন (নম্বরে|নাম্বারে) (পাঠান|পাঠিয়ে দিন|দিন)",
        "notun (number e|numbere|nambare) (pathan|pathiye din|din)",
        # Others get them, I want them too; send them to this number; by text from now on
        # (আমাকেও পাঠাবেন, আমিও পেতে চাই, এই নম্বরে এসএমএস করবেন: refused above).
        _IN_TOO, _IN_WANT, _IN_HERE, _IN_BY_TEXT, _IN_AGREE, _IN_READY, _IN_YES,
        _R_IN_TOO, _R_IN_HERE, _R_IN_WANT, _R_IN_READY, _R_IN_AGAIN,
        "(এসএমএস|মেসেজ|বার্তা) (মারফত|মাধ্যমে|এর মাধ্যমে) পাঠানো (হোক|হয়)",
        # A new number (এই নম্বরটা রেজিস্টার করে দিন, এই নম্বরটি নথিভুক্ত করুন).
        "(এই|নতুন) (নম্বরটা|নাম্বারটা|নম্বর|নাম্বার|নম্বরটি) (রেজিস্টার|আপডেট|অ্যাড|যোগ|নথিভুক্ত) (করে দিন|করুন|করে দেন|করেন)",
        # A family member's number added (নম্বরও রিমাইন্ডারে যোগ করুন, ক্লিনিকের মেসেজে দিয়ে দিন).
        "(রিমাইন্ডারে|অ্যালার্টে|লিস্টে) (যোগ করুন|যোগ করে দিন|অ্যাড করুন|অ্যাড করে দিন|দিয়ে দিন|দিয়ে দেন|ঢুকিয়ে দিন|রেজিস্টার করে দিন)",
        "(মেসেজে|এসএমএসে) (যোগ করুন|যোগ করে দিন|অ্যাড করুন|অ্যাড করে দিন|রেজিস্টার করে দিন)",
        "(নম্বরও|নম্বরটাও|নাম্বারও|নাম্বারটাও) [(ক্লিনিকের|স্কুলের|ফার্মেসির|ব্যাংকের|ডাক্তারের|ডিসপেনসারির)] (মেসেজে|এসএমএসে) (দিয়ে দিন|দিয়ে দেন|ঢুকিয়ে দিন)",
        "(অ্যালার্টের|মেসেজের|রিমাইন্ডারের|এসএমএসের) জন্য (রেজিস্টার|যোগ|অ্যাড) (করে দিন|করুন|করে দেন)",
        "(নম্বরও|নম্বরটাও|নাম্বারও|নাম্বারটাও) (অ্যাড|যোগ|রেজিস্টার) (করেন|করুন|করে দিন|করে দেন)",
        # Stopped by mistake (ভুল করে আনসাবস্ক্রাইব হয়ে গেছে, বন্ধ করে ভুল করেছি).
        "ভুল করে (আনসাবস্ক্রাইব|বন্ধ|স্টপ|stop|unsubscribe) (হয়ে গেছে|করে ফেলেছি|করেছি|পাঠিয়ে দিয়েছি|পাঠিয়ে ফেলেছি|হয়ে গিয়েছিল)",
        "(vul|bhul) kore (unsubscribe|stop|bondho) (hoye gese|hoye geche|kore felechi|korechi|pathiye diyechi|hoye gechilo)",
        "বন্ধ (কইরা|করে) ভুল (করসি|করেছি|করছি)",
        # How do I turn them on (এসএমএস অ্যালার্ট কীভাবে চালু করব); slang (কুপন পাঠাও).
        "(এসএমএস|মেসেজ|অ্যালার্ট|রিমাইন্ডার) (কীভাবে|কিভাবে) চালু (করব|করবো|করা যায়|হবে)",
        "(কুপন|কুপনগুলো|ডিল|ডিলগুলো|অফারগুলো|ডিসকাউন্ট) (পাঠাও|পাঠিয়ে দাও)",
        # How do I sign up for / get the texts (অফারের মেসেজ পেতে কীভাবে রেজিস্টার করব, এসএমএস
        # অ্যালার্টের জন্য কিভাবে সাবস্ক্রাইব করব, মেসেজ সার্ভিসে কীভাবে যুক্ত হব).
        f"{_IN_TXT} (পেতে|পাওয়ার জন্য) {_HOW} (রেজিস্টার|সাবস্ক্রাইব|সাইন আপ|যুক্ত|যোগ) (করব|করবো|হব|হবো|করতে হবে|দেব)",
        f"{_IN_FOR} জন্য {_HOW} (রেজিস্টার|সাবস্ক্রাইব|সাইন আপ) (করব|করবো|করতে হবে)",
        f"{_IN_FOR} জন্য (রেজিস্টার|সাবস্ক্রাইব|সাইন আপ) {_HOW} (করব|করবো|করতে হবে)",
        f"(আপনাদের|আপনার) (মেসেজগুলো|অফারের মেসেজ|অফারগুলো|অ্যালার্ট|আপডেটগুলো) {_HOW} (পাব|পাবো|পেতে পারি)",
        f"(মেসেজ|এসএমএস|অ্যালার্ট|অফারের) (সার্ভিসে|সেবায়|লিস্টে|তালিকায়) {_HOW} (যুক্ত|যোগ|সাবস্ক্রাইব|রেজিস্টার) (হব|হবো|করব|করবো|দেব)",
        "(offer er|offerer|offer|sms|msg) (msg|sms|alert|messages) (pete|paoar jonno) (kivabe|kibhabe|kemne) (register|subscribe|join|jog) (korbo|kori|hobo|dibo)",
        "(sms alert|alert|msg|sms|offer|offer er msg) (er jonno|er jonne|jonno) (kivabe|kibhabe|kemne) (register|subscribe|join) (korbo|kori)",
        # No objection to the texts (মেসেজ পেতে আমার কোনো আপত্তি নেই, msg pete amar kono apotti
        # nei): the negation is the consent; "আপত্তি আছে" is no match.
        f"{_IN_TXT} (পেতে|পাওয়ায়|পাওয়াতে|নিতে) [(আমার|আমাদের)] [(কোনো|কোন)] (আপত্তি|সমস্যা|অসুবিধা) (নেই|নাই)",
        "(msg|sms|messages|offer|offers|alert) (pete|nite) [(amar|amader)] [(kono|kon)] (apotti|apatti|somossa|shomossha|problem|osubidha) (nei|nai)",
    ),
    help_phrases=(
        # How often will you text me? Why am I getting these messages? (questions, not complaints)
        "কত (দিন পর পর|ঘন ঘন) (মেসেজ|বার্তা|এসএমএস) (পাঠাবেন|দিবেন|দেবেন|আসবে)",
        "(সপ্তাহে|দিনে|মাসে) কয়টা (মেসেজ|বার্তা|এসএমএস) (পাঠাবেন|আসবে|দিবেন)",
        "আমি (এই|এসব) (মেসেজ|মেসেজগুলো|বার্তা|বার্তাগুলো|এসএমএস) কেন পাচ্ছি",
        "(koto din por por (msg|message|sms) (pathaben|diben|ashbe)|ami (ei|eshob) (msg|message|sms|msg gula|msg gulo) keno (pacchi|pachhi|paichi))",
        "কেন (আমাকে|আমায়) (মেসেজ|এসএমএস) (পাঠাচ্ছেন|দিচ্ছেন)",
        "(আমাকে|আমায়) কেন (মেসেজ|এসএমএস) (পাঠাচ্ছেন|দিচ্ছেন)",
        "(amake keno|keno amake) (msg|message|sms) (pathacchen|dicchen)",
        # Who are you, whose number is this, which company, who sends these?
        "(আপনি|আপনারা|তুমি|তোমরা) কে",
        "কে (আপনি|আপনারা|বলছেন|রে)",
        "(apni|apnara|tomra) ke",
        "ke re (tora|tui|bhai)",
        "(এটা|এটি) কার (নম্বর|নাম্বার)",
        "এই (নম্বর|নাম্বার|নম্বরটা|নাম্বারটা) [টা] কার",
        "(eta|ei) kar (number|nambar)",
        "ei (number|nambar) [ta] kar",
        "(এটা|এটি|এই) কোন (কোম্পানি|দোকান|ব্যাংক|ক্লিনিক|ফার্মেসি)",
        "(eta|ei) kon (company|dokan|bank|clinic|shop)",
        "(মেসেজ|মেসেজগুলো|এসএমএস) (কে|কারা) (পাঠাচ্ছে|পাঠাচ্ছেন|পাঠায়)",
        "(msg|message|messages|sms) [(gula|gulo)] (ke|kara) (pathacche|pathachhe|pathay)",
        # What is this message (for), what does it mean?
        "(এটা|এই মেসেজটা) (কিসের|কীসের) (মেসেজ|এসএমএস)",
        "(এই মেসেজটার|মেসেজটার|এই মেসেজের) মানে (কী|কি)",
        "(পিন|কোড|ওটিপি|pin|code|otp) [(টা|ta)] (কিসের|কীসের|kiser)",
        # Does replying cost anything, is it free?
        "(রিপ্লাই|উত্তর|মেসেজ) (দিলে|করলে|পাঠালে) [(কি|কী)] (টাকা|চার্জ|ব্যালেন্স) (কাটবে|লাগবে)",
        "(reply|uttor|msg|sms) (dile|korle|pathale) [ki] (taka|charge|balance) (katbe|lagbe)",
        "(এই সার্ভিস|এই সেবা|মেসেজগুলো) (কি|কী) (ফ্রি|ফ্রী)",
        # How do I reach you: the customer care's number asked for.
        "(কাস্টমার কেয়ারের|কাস্টমার সার্ভিসের|হেল্পলাইনের|অফিসের|দোকানের) (নম্বর|নাম্বার|ফোন নম্বর) [(টা|টি)] (দিন|দেন|দিবেন|দেবেন|কত)",
        "(customer care er|customer care|helpline|office er|dokaner) (number|nambar|phone number) [ta] (din|den|diben|deben|koto)",
        "(আপনাদের সাথে|আপনার সাথে) (কিভাবে|কীভাবে) (যোগাযোগ|কথা) (করব|করবো|করা যায়|বলব)",
        "(apnader sathe|apnar sathe) (kivabe|kemne) (jogajog|kotha) (korbo|kora jay|bolbo)",
    ),
    not_opt_out_phrases=(
        # "Still not coming" (তবুও মেসেজ আসছে না) is a missing text, not too many.
        "(তবু|তবুও|তারপরও|তারপরেও) (মেসেজ|ম্যাসেজ|এসএমএস|মেসেজগুলো) (আসছে|আসতেছে|আসে) (না|নাই)",
        "(tobu|tobuo|tao) (msg|sms|message|messages) (ashche|asche|ashtese|aschhe|ashe) (na|nai)",
        # Negated removal is a wish to keep the texts ("don't remove me", "I'm not
        # unsubscribing"); never a negated send/write, which stays an opt-out.
        "(আমাকে|আমার নম্বর|আমার নাম্বার) [(লিস্ট থেকে|তালিকা থেকে)] (বাদ দেবেন|বাদ দিবেন|বাদ দিও|বাদ দিয়েন|মুছবেন|মুছে দেবেন|মুছে দিবেন|ডিলিট করবেন|ডিলিট করো|সরাবেন|সরিয়ে দেবেন|রিমুভ করবেন) না",
        "(আনসাবস্ক্রাইব|মেসেজ বন্ধ|মেসেজগুলো বন্ধ|এসএমএস বন্ধ|বার্তা বন্ধ) (করবেন|করো|করে দেবেন|করে দিবেন|করিও) না",
        "(amake|amar number|amar nombor) [(list theke)] (bad diben|bad deben|bad dio|muchben|muche diben|delete korben|delete koro|remove korben) na",
        "(unsubscribe|message bondho|msg bondho|sms bondho|message bandho|msg bandho) (korben|koro|kore diben) na",
        # Refusing to be unsubscribed or asking the texts to go on ("don't unsubscribe me"):
        # a model opt-out reading of such a message is not decided.
        "বন্ধ (করবেন|করো|কোরো|করিস) না",
        "(bondho|bondo|bandho) (korben|koro|koris) na",
        # "Take me off the waiting list" is a booking, not the texts.
        f"(ওয়েটিং|অপেক্ষার) (লিস্ট|তালিকা) থেকে (আমার নম্বর|আমার নাম্বার|আমার নাম|আমাকে|আমারে|নম্বরটা|নাম্বারটা) {_OO_RM}",
        # "Don't stop the texts" (বন্ধ করো না, বন্ধ করে দিয়েন না) is no request to stop them.
        f"{_OO_TXT} [(দেওয়া|দেয়া|পাঠানো)] বন্ধ (করো|কর|করে দিয়েন|করে দিও|করে দাও|কইরো|কইরেন) না",
        f"{_R_OO_TXT} (bondho|bondo|bndho|bandho) (kor|koro|kore diyen|kore dio|kore dao) na",
        # The waiting list is a booking, not the texts.
        "(ওয়েটিং|অপেক্ষার) (লিস্টে|তালিকায়) (যোগ করুন|যোগ করে দিন|অ্যাড করুন|অ্যাড করে দিন|দিয়ে দিন|দিয়ে দেন|ঢুকিয়ে দিন)",
        # "কুপন পাঠাও না" may be "please send" or "don't send": neither opt-in nor opt-out.
        "(কুপন|কুপনগুলো|ডিল|ডিলগুলো|অফারগুলো|ডিসকাউন্ট) (পাঠাও|পাঠিয়ে দাও) না",
        # Stopped by mistake: read as an opt-in, not a stray STOP (the opt-in starts earlier).
        "ভুল করে (stop|unsubscribe)",
        "(vul|bhul) kore (unsubscribe|stop)",
        # A relative switched them off; keep them coming to me (স্বামী মেসেজ বন্ধ করেছেন).
        "(স্বামী|স্ত্রী|বউ|ভাই|বোন|মা|বাবা|ছেলে|মেয়ে|শাশুড়ি) [(আপনাদের|নিজে)] (মেসেজ|এসএমএস) বন্ধ (করেছেন|করেছে|করে দিয়েছে|করে দিয়েছেন|করিয়েছে)",
        "(bhai|bon|ma|baba|bou|swami|stri|chele|meye|dada|didi|husband|wife) unsubscribe (koreche|korechen|kore diyeche|korlo|korechilo)",
        "(আমাকে|আমারে) (পাঠাতে থাকুন|দিতে থাকুন)",
        "(এখানেই|এখানে) (মেসেজ|এসএমএস) (দিন|করুন|পাঠান)",
        # Paper bills; groceries (দুই বস্তা চাল যথেষ্ট, 3 litre e hobe); a doctor's stop.
        "(কাগজের|কাগুজে|পেপার) (বিল|স্টেটমেন্ট) [(পাঠানো|দেওয়া)] বন্ধ",
        "(চাল|আটা|চিনি|দুধ|তেল|ডাল|বস্তা|কেজি|লিটার|বাজার|প্যাকেট|সদাই) যথেষ্ট",
        "(litre|liter|kg|kilo|bosta|packet) (e|ei|te) hobe",
        "(ডাক্তার|doctor|daktar) (bondho|বন্ধ) (kore dise|kore diyeche|korte boleche|করে দিয়েছে|করে দিয়েছেন|করতে বলেছে|করতে বলেছেন)",
    ),
    hint_words=("সাথে", "কিন্তু", "আমি", "আমার", "আপনি", "এটা", "না", "কি", "আর", "হ্যাঁ", "করুন", "প্লিজ", "ধন্যবাদ", "মেসেজ", "কে", "এই", "তো", "ও"),
    replies={
        "opt_out_clarify": "{program}: আপনার সদস্যতা বাতিল হয়েছে। শুধু অফার বন্ধ করতে MKT, সবকিছু বন্ধ করতে ALL লিখে উত্তর দিন। সাহায্য: {support}।",
        "opt_out": "{program}: আপনার সাবস্ক্রিপশন বাতিল হয়েছে, আর কোনো বার্তা পাবেন না। সাহায্য: {support}। আবার যুক্ত হতে START লিখুন।",
        "opt_out_all": "{program}: আমাদের সব বার্তা থেকে আপনার সাবস্ক্রিপশন বাতিল হয়েছে। সাহায্য: {support}। আবার যুক্ত হতে START লিখুন।",
        "opt_in": "{program}: আপনি আবার সাবস্ক্রাইব করেছেন। বার্তা ও ডেটা চার্জ প্রযোজ্য হতে পারে। সাহায্য: {support}। বন্ধ করতে STOP লিখুন।",
        "help": "{program}: সাহায্যের জন্য {support}। বার্তা ও ডেটা চার্জ প্রযোজ্য হতে পারে। বন্ধ করতে STOP লিখুন।",
    },
    sources=(
        "https://www.trai.gov.in/consumer-info/telecom/unsolicited-commercial-communication (TCCCPR 2018, 1909)",
        "No Bengali carrier keyword list found: বন্ধ and STOP kept to whole messages.",
    ),
    courtesy_words=("প্লিজ", "দয়া করে", "ধন্যবাদ", "please", "plz", "pls"),
    strong_keywords=(),
    standalone_keywords=(),
    # Answers to the clarifying question (app/messaging/clarify.py).
    clarify_marketing=("mkt", "অফার"),
    clarify_all=("all", "সব"),
)
