"""Gujarati. India's TRAI rules (TCCCPR 2018) let anyone block commercial texts through
1909; Gujarati senders print બંધ and STOP; romanised Gujarati (bandh karo, na moklo) is the
model's to read where the phrases stop.
"""

from app.keywords.languages.rules import LanguageRules

# The texts, "how" (કેમ, kem, also "why", only before "to do": kem karva), and the verb
# endings of "how do I stop": never the past "bandh thaya".
# Only the commonest spellings: every pattern is expanded at load.
_MSGS = "(મેસેજ|મેસેજો|મેસેજીસ|સંદેશ|સંદેશા|એસએમએસ)"
_HOW = "(કેવી રીતે|કઈ રીતે|કેવીરીતે)"
_END = "(કરું|કરવા|કરવું|કરાય|થાય|થશે|કરી શકું)"
_R_MSGS = "(msg|message|messages|sms)"
_R_HOW = "(kevi rite|kai rite)"
_R_END = "(karu|karvu|karva|karay|thay|thase|kari saku)"
# Opt-in: the texts named ("turn it back on" may be a card or a connection), then "again /
# back", "turn on / start" and a request ending; "add me to the list"; the offers asked back;
# "keep sending" after a yes. Never the past ("karyu") nor an infinitive; a negation before the
# verb (ના) breaks the phrase, and no ending is a future ("કરશો", "મોકલશો") that a "નહીં" after it
# negates. "saru" is "fine", not "start" (sharu). A lone "મેસેજ ફરી મોકલો" resends one message.
_AGAIN = "(ફરી|ફરીથી|પાછું|પાછા)"
_R_AGAIN = "(fari|farithi|pachu|pacha)"
_ON = "(ચાલુ|શરૂ|ઓન)"
_R_ON = "(chalu|sharu|on|start)"
_DO = "(કરો|કરી દો|કરી દેજો|કરજો|કરવા છે)"
_R_DO = "(karo|kari do|kari dejo|karjo)"
_TEXTS = "(મેસેજ|મેસેજો|સંદેશા|ઓફર|ઓફર્સ|અપડેટ|રિમાઇન્ડર)"
_R_TEXTS = "(msg|messages|offers|updates|reminder)"
_OFFERS = "(ઓફર|ઓફર્સ|ડીલ્સના|ઓફર્સના|અપડેટ|રિમાઇન્ડર)"
_KEEP = "(મોકલતા રહો|મોકલતા રહેજો|મોકલ્યા કરો)"
# The texts a sign-up or a consent names (ઓફરના મેસેજ, એસએમએસ એલર્ટ).
_IN_TXT = ("(મેસેજ|મેસેજો|એસએમએસ|એલર્ટ|ઓફર્સ|અપડેટ|રિમાઇન્ડર|એસએમએસ એલર્ટ|ઓફરના મેસેજ|ઓફર્સના મેસેજ|"
           "સેલના મેસેજ|સંદેશા)")
_R_IN_TXT = "(msg|msgs|sms|messages|alert|alerts|offers|updates|sms alert|offer na msg|offers na msg)"
_R_KEEP = "(moklta raho|moklta rehjo|moklata rehjo|moklya karo)"

# Opt-out: plain requests that name the texts, "me" or "my number". "Don't send" is the
# negation before the verb (ન મોકલશો, ના મોકલતા) or a future and "નહીં" after a "from now on"
# (હવેથી મેસેજ મોકલશો નહીં): alone, "મેસેજ મોકલશો નહીં?" may ask for a text. One before "કરો" after
# "બંધ" (બંધ ના કરો: don't stop) breaks the phrase.
_OO_TXT = ("(મેસેજ|મેસેજો|મેસેજીસ|મેસેજ્સ|સંદેશ|સંદેશા|સંદેશાઓ|એસએમએસ|જાહેરાત|જાહેરાતો|રિમાઇન્ડર|"
           "નોટિફિકેશન|sms|msg)")
_OO_RM = "(કાઢી નાખો|કાઢી નાંખો|કાઢો|હટાવી દો|હટાવો|ડિલીટ કરો|ડિલીટ કરી દો|કાઢી નાખજો|કાઢી દો)"
_R_OO_TXT = "(msg|msgs|message|messages|sms|offers|offer)"
_R_OO_RM = ("(kadhi nakho|kadhi nakhjo|kadhi do|kadho|hatavi do|hatavo|remove karo|remove kari do|"
            "delete karo|delete kari do)")

# "Enough, stop it" alone in romanised Gujarati (are yaar bandh kar ne, bs have): keywords in any
# language detected, as "are" and "have" look English.
_R_ENOUGH = ("[(are|arey)] [(yaar|yar)] (bandh|band) (kar|karo|kro) ne [(yaar|yar|bhai)]",
             "(bas|bs) (have|karo have|kar have)")

RULES: LanguageRules = LanguageRules(
    code="gu",
    name="Gujarati",
    opt_out_keywords=("અનસબ્સ્ક્રાઇબ", "બંધ", "બંધ કરો", "સ્ટોપ", "રદ", "અટકાવો", "bandh", "bandh karo", "રોકો",
        # "Enough, stop it" said alone (બસ કરો યાર, are yaar bandh kar ne, bs have).
        "બસ (કરો|કર|કરી દો) (યાર|હવે|ભાઈ) [(યાર|હવે)]",
        "(યાર|હવે|ભાઈ|અરે) બસ (કરો|કર|કરી દો) [(યાર|હવે)]",
        *_R_ENOUGH),
    opt_out_all_keywords=("બધું બંધ",),
    opt_in_keywords=("ચાલુ", "શરૂ", "સબ્સ્ક્રાઇબ", "સ્ટાર્ટ", "ચાલુ કરો", "શરૂ કરો", "ફરી શરૂ", "ફરી ચાલુ",
        "ફરીથી ચાલુ કરો", "chalu karo", "sharu karo", "fari chalu karo"),
    help_keywords=("મદદ", "માહિતી", "સહાય", "હેલ્પ"),
    # Plain requests in their common forms; the rest is the model's (app/keywords/data/corpus/gu.txt).
    opt_out_phrases=(
        # No need to send the offers ("હવે એની ઓફર મોકલવાની જરૂર નથી").
        "[(એની|આ|આવી|તમારી)] (ઓફર|ઓફરો|ઑફર|મેસેજ|મેસેજો|એસએમએસ|sms|જાહેરાત|જાહેરાતો) (મોકલવાની|મોકલવા) (જરૂર|જરુર) નથી",
        # "I want to unsubscribe".
        "(અનસબ્સ્ક્રાઇબ|અનસબસ્ક્રાઇબ) (કરવું|કરવા|થવું) (છે|માંગું છું|માંગુ છું|માગું છું)",
        # "How do I stop these messages?" (આ મેસેજ બંધ કેવી રીતે થાય?, aa msg kevi rite band karu?): asking how asks us to stop.
        f"{_MSGS} [આવતા] ({_HOW} બંધ|બંધ {_HOW}) {_END}",
        f"{_MSGS} [આવતા] (કેમ બંધ|બંધ કેમ) (કરવા|કરવું|કરાય)",
        f"{_HOW} બંધ {_END} (આ|આવા) {_MSGS}",
        f"{_R_MSGS} [aavta] {_R_HOW} (band|bandh) {_R_END}",
        f"{_R_MSGS} [aavta] (band|bandh) {_R_HOW} {_R_END}",
        f"{_R_MSGS} [aavta] (kem band|kem bandh|band kem|bandh kem) (karva|karvu|karay)",
        f"{_R_HOW} (band|bandh) {_R_END} (aa|ava) {_R_MSGS}",
        # Don't send the texts (any more); stop them; I don't want them (પ્રમોશનલ મેસેજ મને ન
        # મોકલશો, હવેથી મેસેજ મોકલશો નહીં, ફરીથી સંપર્ક ન કરશો, મેસેજ બંધ કરી દો, મેસેજ નથી જોઈતા).
        f"{_OO_TXT} [(હવે|હવેથી|હવે પછી|ફરી|ફરીથી|આજ પછી)] [(મને|અમને)] (ન|ના) (મોકલશો|મોકલતા|મોકલતાં|મોકલો|મોકલવા|મોકલજો|કરશો|કરતા|કરતાં|કરો|કરજો)",
        f"(હવેથી|હવે પછી|આજ પછી|આજથી|ક્યારેય) [(કોઈ|આ|આવા)] [(મને|અમને)] {_OO_TXT} [(મને|અમને)] (મોકલશો|મોકલતા|મોકલતાં|કરશો|કરતા|કરતાં) (નહીં|નહિ|નઈ|નહી)",
        "(ફરીથી|ફરી|હવેથી|હવે પછી|આજ પછી) [(આ નંબર પર)] [કોઈ] સંપર્ક (ન|ના) (કરશો|કરતા|કરવો|કરો|કરજો)",
        "(મારો|મને) સંપર્ક (ન|ના) (કરશો|કરતા|કરવો|કરો)",
        "આ નંબર પર [(ફરીથી|ફરી|કોઈ)] (મેસેજ|સંપર્ક|એસએમએસ) (ન|ના) (કરશો|કરતા|કરવો|કરો|મોકલશો|મોકલતા)",
        f"{_OO_TXT} [(મોકલવાનું|મોકલવા)] બંધ (કરો|કરી દો|કરી દેજો|કરજો|કર|કરી નાખો|કરાવો|કરી દ્યો)",
        f"{_OO_TXT} (નથી જોઈતા|નથી જોઈતો|નથી જોઇતા|નથી જોઇતો|જોઈતા નથી|જોઇતા નથી)",
        # Take my number / me off the list; I don't want to be on it; don't bother me.
        f"(મારો|મારું|આ) (નંબર|નામ) [(તમારા|તમારી)] [(લિસ્ટમાંથી|યાદીમાંથી|સિસ્ટમમાંથી)] {_OO_RM}",
        f"(મને|મારો નંબર|મારું નામ) [(આ|તમારી|તમારા)] (લિસ્ટમાંથી|યાદીમાંથી|સર્વિસમાંથી|ગ્રુપમાંથી|લિસ્ટ માંથી|સર્વિસ માંથી) {_OO_RM}",
        "મારે [(આ|તમારા|તમારી)] (લિસ્ટમાં|યાદીમાં|ગ્રુપમાં|લિસ્ટ માં) નથી રહેવું",
        # Don't put me on the list (the refusal of "add me to the list": મને લિસ્ટમાં ના ઉમેરો).
        "(મને|અમને|મારો નંબર) [(આ|તમારા|તમારી|કોઈ)] (લિસ્ટમાં|યાદીમાં|લિસ્ટ માં) (ના|ન) (ઉમેરો|ઉમેરશો|ઉમેરતા|એડ કરો|એડ કરશો|નાખો|નાખશો|નાખતા)",
        "(mane|amne|maro number) [(aa|tamari|tamara|koi)] (list ma|listma|yadi ma) (na|nai|nahi) (umero|umersho|umerta|add karo|add karsho|nakho|nakhsho)",
        "મને (હેરાન|પરેશાન) (ન|ના) (કરો|કરશો|કરતા)",
        # The same in romanised Gujarati (sale na message na moklsho, have pachi aa number par
        # sms na karta, msg bandh kari do, mane aa service mathi kadhi nakho).
        f"{_R_OO_TXT} [(have|havethi|mane)] (na|nai|nahi) (moklsho|moklso|mokalsho|moklta|mokalta|moklata|moklo|karta|karsho|karso|karjo|moklva)",
        "(have pachi|havethi|aaj pachi|aajthi|kyarey|kyare) [(aa number (par|pe))] [koi] (sms|msg|message|sampark|contact) (na|nai|nahi) (karvo|karta|karsho|karso|moklta|moklsho|mokalta|karjo)",
        "(mane|amne) (na|nai) (moklta|mokalta|moklsho|mokalsho|moklso)",
        f"(mane|maro number|maru naam) [(aa|tamari|tamara)] (service|list|group) (mathi|ma thi|maathi) {_R_OO_RM}",
        f"(maro|aa|maru) (number|no|naam) [(list mathi|tamari list mathi)] {_R_OO_RM}",
        "(mane|mare) [(aa|tamari|tamara)] (list|group) (ma|maa|man) (nathi|nai) (rehvu|rehvun|revu)",
        f"{_R_OO_TXT} [moklvanu] bandh (karo|kari do|kari dejo|karjo|kar|kro|karavo)",
        "(msg|msgs|messages|sms) (nathi joita|nathi joitu|joita nathi)",
        # Remove me (મને કાઢી નાખો; "મને ના કાઢો" keeps the negation between); stop them too (મને
        # મેસેજ મોકલવાનું પણ બંધ કરો).
        "મને (કાઢી નાખો|કાઢી નાંખો|હટાવી દો|કાઢી નાખજો|ડિલીટ કરો)",
        f"{_OO_TXT} [(મોકલવાનું|મોકલવા)] (પણ) બંધ (કરો|કરી દો|કરી દેજો|કરજો)",
        # "Stop all this nonsense" (ભાઈ બંધ કર આ બકવાસ); consent withdrawn (મારી સંમતિ પાછી ખેંચું છું).
        "(સંમતિ|સહમતિ|મંજૂરી|પરવાનગી) [(આપી હતી|આપેલી)] [(તે)] [(હું)] પાછી (ખેંચું|ખેંચુ|લઉં|લઉ|ખેંચી લઉં|ખેંચી લઉ) (છું|છુ)",
        "બંધ (કર|કરો) (આ|આવું) (બકવાસ|બધું|બધુ|ડ્રામા|નાટક)",
        # I wrote STOP before too (not "bhul thi STOP moklyu hatu": by mistake); how many times;
        # refused and still coming (pehla pan STOP lakhyu hatu, ketli vaar kahyu stop, પહેલા પણ ના
        # પાડી હતી, તો પણ મેસેજ આવે છે).
        "(pehla pan|pela pan|kaale pan|kale pan|kal pan) stop (lakhyu|lakhiyu|lakhelu|moklyu|moklelu) (hatu|tu|htu)",
        "(ketli|ketla|be|tran) (vaar|var|vakhat) (kahyu|kidhu|lakhyu) [(che|chhe)] stop",
        "(pehla pan|pela pan|kaale pan|kale pan) (kidhu|kahyu) (hatu|tu) (band|bandh) (karo|kro|kar)",
        "ના પાડી [હતી] (તો પણ|તોય|છતાં|છતાંય|છતાં પણ) (મેસેજ|મોકલો|મોકલે)",
        "(તો પણ|તોય|છતાં|છતાંય) (મેસેજ|મેસેજો|એસએમએસ) (આવે|આવ્યા કરે) (છે|છ)",
        "(toy|to pan|tooy) (msg|message|messages|sms) (aave|ave) (che|chhe)",
        # The number off the class's list (આ નંબરને ક્લાસના લિસ્ટમાંથી કાઢી નાખજો).
        f"(આ|મારા) નંબરને [(તમારા|આ|ક્લાસના|સ્કૂલના|ગ્રુપના)] (લિસ્ટમાંથી|યાદીમાંથી|ગ્રુપમાંથી) {_OO_RM}",
    ),
    opt_in_phrases=(
        # Turn the texts back on (મારા રિમાઇન્ડર પાછા ચાલુ કરો, msg fari chalu karo).
        f"{_TEXTS} {_AGAIN} {_ON} {_DO}",
        f"{_R_TEXTS} {_R_AGAIN} {_R_ON} {_R_DO}",
        # Add me (back) to the list, subscribe me (મને ફરી લિસ્ટમાં એડ કરો, mane subscribe kari do).
        "(મને|મારો નંબર) [(પણ|ફરી|પાછો)] (લિસ્ટમાં|ગ્રુપમાં) (એડ|ઉમેરી) (કરો|કરી દો|દો)",
        "(mane|maro number) [(pan|fari)] (list ma|listma|group ma) (add|umeri) (karo|kari do)",
        "(મને|ફરી|હા|ઓકે) (સબ્સ્ક્રાઇબ|સબસ્ક્રાઇબ) (કરી દો|કરો)",
        "(mane|fari|ha|ok) subscribe (kari do|karo)",
        "(ઓફર્સ|ઓફર|મેસેજ|અપડેટ) માટે (જોડાવું|જોડાવા) છે",
        # The offers asked back (ડીલ્સના મેસેજ પાછા મોકલો), sending started, "keep sending" after a yes.
        f"{_OFFERS} [મેસેજ] {_AGAIN} (મોકલો|મોકલજો|મોકલી દો)",
        "(મેસેજ|મેસેજો|સંદેશા) પાછા (મોકલો|મોકલજો)",
        "(offer|offers|deals na|update) [msg] (fari|pacha) (moklo|mokaljo)",
        "(msg|messages) pacha (moklo|mokaljo)",
        "(મોકલવાનું|મોકલવાના) (શરૂ|ચાલુ) (કરો|કરી દો)",
        "(moklvanu|mokalvanu) (sharu|chalu|start) (karo|kari do)",
        f"(હા|હાં|ઓકે|ઠીક છે|સારું|ચાલશે) {_KEEP}",
        f"(ha|haa|ok|thik che|saru|chalse) {_R_KEEP}",
        f"{_TEXTS} મોકલ્યા કરો",
        f"{_TEXTS} (મને|અમને) પણ (મોકલજો|મોકલો|મોકલતા રહેજો)",
        "(msg|message|messages|offers|updates) (mane|amne) pan (mokaljo|moklo)",
        "(અહીં|આ નંબર પર) (મોકલ્યા કરો|મોકલતા રહેજો)",
        # A new number: send them here from now on.
        "નવા નંબર (પર|ઉપર) (મોકલજો|મોકલો)",
        "(nava|new) number (par|pe) (mokaljo|moklo)",
        # This number: send here, add it, register it (આ જ નંબર પર મેસેજ કરજો, aa number add kari do,
        # આ નંબર રજીસ્ટર કરી દો); a negation stands before the verb ("... ના કરજો").
        "(આ|આ જ) નંબર (પર|ઉપર) (મોકલો|મોકલજો|મોકલી દો|મેસેજ કરજો|મેસેજ કરો|મેસેજ મોકલજો|મેસેજ મોકલો|જાણ કરજો|જાણ કરો|જાણ કરી દેજો)",
        "રજીસ્ટર (કેવી રીતે|કઈ રીતે|ક્યાં) (કરું|કરવું|કરાય|થાય)",
        "no number pan (add|umeri|register) (kari do|karo)",
        "(aa|maro|mara|maara|nava|new) number (par|pe|upar) [pan] (sms|msg|message|moklajo|mokaljo|moklo) [(karjo|moklajo|mokaljo|karo|moklo)]",
        "(આ|મારો|નવો) નંબર (રજીસ્ટર|એડ|ઉમેરી) (કરી દો|કરો|કરજો|દો)",
        "(aa|maro|navo|new) number (add|register|umeri) (kari do|karo|kari dejo)",
        "(સૂચનાઓ|રિમાઇન્ડર|એલર્ટ|મેસેજ|અપડેટ) માટે (રજીસ્ટર|એડ) (કરી દો|કરો|કરજો)",
        # Me on the list again, me too (મને લિસ્ટમાં પાછો ઉમેરો, મને પણ ગ્રુપમાં નાખો, મારે પણ જોઈએ છે,
        # mane pan add kari do), them again (have pacha joiye che).
        "(મને|મને પણ|મારો નંબર) (લિસ્ટમાં|ગ્રુપમાં|યાદીમાં) [(પાછો|પાછી|ફરી|પણ)] (ઉમેરો|ઉમેરી દો|એડ કરો|એડ કરી દો|નાખો|નાખી દો)",
        "(મારે|મને) પણ (જોઈએ|જોઇએ) છે",
        "(mane|amne) pan (add|umeri|jodi) (kari do|karo|kari dejo)",
        "(હવે) (પાછા|ફરી) (જોઈએ|જોઇએ) છે",
        "(have|hve) (pacha|pachha|fari) (joiye|joie) (che|chhe)",
        "(ha|haa) (mare|mane) [(order|delivery)] (update|updates|msg|message) (joiye|joie) (che|chhe)",
        # How do I sign up, get them by text (register kya karvanu, SMS થી કેવી રીતે મળે, મેસેજ મેળવવા
        # શું કરવું પડે).
        "register (kya|kyan|kevi rite|kai rite) (karvanu|karvu|karay|karu)",
        "(mane|mare) (sign up|signup|register|subscribe) (kari do|karo|karvu che|karvu chhe)",
        "(sms|એસએમએસ|મેસેજ|ટેક્સ્ટ) (થી|દ્વારા) (કેવી રીતે|કઈ રીતે) (મળે|મળશે|મેળવું|મળી શકે)",
        "(મેસેજ|એસએમએસ|sms|સંદેશા|એલર્ટ) (મેળવવા|મેળવવા માટે) (શું|શુ) (કરવું|કરવુ) (પડે|પડશે)",
        "મેસેજ મળે (એવું|એમ) (કેવી રીતે|કઈ રીતે) (કરવું|થાય)",
        "(મેસેજ|એલર્ટ) અહીં (મોકલજો|મોકલો)",
        # Formal consent ("સંમતિ આપું છું", "સંમત છું"; "સંમત નથી" is no match).
        "(સંમતિ|મંજૂરી|પરવાનગી) (આપું|આપુ|આપીએ) (છું|છુ|છીએ)",
        "(સંમત|સહમત) (છું|છુ|છીએ)",
        "(sammati|sammti|sahmati|manjuri) (aapu|apu|aapun) (chu|chhu)",
        # Back on after a slip (પાછું ચાલુ કરી દો, pacha chalu kari do, please start karo), the deals
        # again (પાછા મોકલો ડીલના મેસેજ, ઓફરના મેસેજ મોકલતા રહેજો).
        "(પાછું|પાછા|ફરી|ફરીથી) ચાલુ (કરી દો|કરો|કરી દેજો|કરજો|કરી આપો)",
        "(મેસેજ|મેસેજો|એલર્ટ|રિમાઇન્ડર) ચાલુ (કરી આપો|કરી દો|કરો|કરજો)",
        "(pacha|pachu|fari|farithi) (chalu|sharu|start) (kari do|kari dejo|karo)",
        "(pachu|pacha|fari) (add|umeri) (karo|kari do)",
        "(please|plz|pls) start (karo|kari do)",
        "(પાછા|ફરી) મોકલો [ને] (ડીલના|ઓફરના|સેલના) મેસેજ",
        "(ડિસ્કાઉન્ટવાળા|ઓફરવાળા|સેલના|ઓફરના|ડીલના|ડિસ્કાઉન્ટના) (મેસેજ|મેસેજો) (મોકલતા રહેજો|મોકલતા રહો|મોકલ્યા કરો)",
        # How do I sign up for / get the texts (ઓફરના મેસેજ મેળવવા માટે કેવી રીતે રજીસ્ટર કરું, એસએમએસ
        # એલર્ટ માટે સબ્સ્ક્રાઇબ કેવી રીતે કરવું, તમારા મેસેજ કેવી રીતે મળશે).
        f"{_IN_TXT} (મેળવવા|મેળવવા માટે|માટે) (કેવી રીતે|કઈ રીતે|ક્યાં) (રજીસ્ટર|સબ્સ્ક્રાઇબ|સબસ્ક્રાઇબ|સાઇન અપ|જોઇન) (કરું|કરવું|કરાય|થાય|કરવાનું)",
        f"{_IN_TXT} (મેળવવા|મેળવવા માટે|માટે) (સબ્સ્ક્રાઇબ|સબસ્ક્રાઇબ|સાઇન અપ|જોઇન) (કેવી રીતે|કઈ રીતે|ક્યાં) (કરું|કરવું|કરાય|થાય|કરવાનું)",
        "(તમારા|આપના) (મેસેજ|મેસેજો|ઓફર્સ|અપડેટ|એલર્ટ|ઓફરના મેસેજ) (કેવી રીતે|કઈ રીતે) (મળશે|મેળવું|મેળવી શકું)",
        f"{_R_IN_TXT} (mate|melavva|melavva mate) (kevi rite|kai rite|kya|kyan) (register|subscribe|signup|sign up|join) (karu|karvu|karay|karvanu)",
        f"{_R_IN_TXT} (mate|melavva|melavva mate) (register|subscribe|signup|sign up|join) (kevi rite|kai rite|kya|kyan) (karu|karvu|karay|karvanu)",
        # I want to join the texts; send me the offers too (મારે તમારી મેસેજ સેવામાં જોડાવું છે, mane
        # pan offer na msg mokaljo).
        "(મેસેજ|એસએમએસ|એલર્ટ|ઓફર) (સેવામાં|સર્વિસમાં|લિસ્ટમાં|ગ્રુપમાં) (જોડાવું|જોડાવા) (છે|માંગું છું|માગું છું|માંગુ છું)",
        "(mane|amne) pan (offer na|offers na|sale na|deal na) (msg|message|messages|sms) (mokaljo|moklo|moklta rehjo)",
        # No objection to the texts (મને મેસેજ મેળવવામાં કોઈ વાંધો નથી): the negation is the consent.
        f"{_IN_TXT} (મેળવવામાં|લેવામાં|આવવામાં|આવે તો|મળે તો|મોકલો તો) [(મને|અમને)] [કોઈ] (વાંધો|તકલીફ|સમસ્યા) (નથી)",
        f"{_R_IN_TXT} (mate|melavva ma|levama|aave to|male to|moklo to) [(mane|amne)] [koi] (vandho|vaandho|taklif|problem) nathi",
    ),
    help_phrases=(
        # How often will you text me? Why am I getting these messages? (questions, not complaints)
        "તમે કેટલી વાર (મેસેજ|સંદેશ|એસએમએસ) મોકલશો",
        "(અઠવાડિયામાં|દિવસમાં|મહિનામાં) કેટલા (મેસેજ|સંદેશ|એસએમએસ) (આવશે|મોકલશો)",
        "મને (આ|આવા) (મેસેજ|સંદેશ|સંદેશા|એસએમએસ) કેમ (આવે છે|આવી રહ્યા છે)",
        "(tame ketli (vaar|var) (msg|message|sms) (moklsho|moklasho)|mane (aa|aava) (msg|message|sms) kem (aave che|aave chhe))",
        "tame ketli (vaar|var) (msg|message) (moklso|moklaso)",
        "તમે મને (મેસેજ|સંદેશા) કેમ (મોકલો છો|મોકલી રહ્યા છો)",
        # Who are you, whose number is this, which company, who sends these, is this a fraud?
        "(તમે|તું) કોણ (છો|છે)",
        "કોણ (છો|છે) (તમે|ભાઈ)",
        "(tame|tme) (kon|kaun) (cho|chho)",
        "kon (cho|chho) (tame|bhai)",
        "આ કોનો નંબર છે",
        "aa kono number (che|chhe)",
        "આ (કઈ|કયો|કયું) (કંપની|દુકાન|સ્ટોર|બેંક|ફાર્મસી|ક્લિનિક) છે",
        "aa (kai|kayo|kayu) (company|dukan|store|bank|pharmacy|clinic) (che|chhe)",
        "(મેસેજ|એસએમએસ) કોણ મોકલે છે",
        "(msg|message|messages) (kon|kaun) (mokle|mokale) (che|chhe)",
        "(શું|શુ) આ (ફ્રોડ|છેતરપિંડી|નકલી) છે",
        "આ (ફ્રોડ|છેતરપિંડી|નકલી) છે (કે શું|કે)",
        # Does replying cost anything, is the service free?
        "(જવાબ આપવાના|રિપ્લાય કરવાના|મેસેજ મોકલવાના) (પૈસા|ચાર્જ) (લાગશે|કપાશે)",
        "(reply karvana|jawab aapvana|msg moklvana) (paisa|charge) (lagse|lagshe|kapase|kapashe)",
        "આ (સેવા|સર્વિસ) (મફત|ફ્રી) છે",
        "aa (service|seva) (free|mafat) (che|chhe)",
        "(free|ફ્રી) (che|છે) (ke|કે) (paisa|પૈસા) (lagse|લાગશે)",
        # How do I reach you: the office's number asked for.
        "(ઓફિસનો|ઑફિસનો|કસ્ટમર કેરનો|હેલ્પલાઇનનો|દુકાનનો) (ફોન નંબર|નંબર) (આપો|આપજો|મોકલો|જણાવો|શું છે)",
        "(office no|customer care no|helpline no) (phone number|number) (aapo|apo|moklo|shu che)",
        "(ગ્રાહક સેવામાં|કસ્ટમર કેરમાં|તમારી સાથે) (વાત|સંપર્ક) (કેવી રીતે|કઈ રીતે) (કરવી|કરું|થાય)",
        "(tamari sathe|customer care ma) (vaat|vat|sampark) (kevi rite|kai rite) (karvi|karu|thay)",
    ),
    not_opt_out_phrases=(
        # Negated removal is a wish to keep the texts ("don't remove me", "I'm not
        # unsubscribing"); never a negated send/write, which stays an opt-out.
        "(mane|maro number|mara number ne) [(list mathi)] (delete|remove|unsubscribe) (na|nahi) (karo|karsho|karso)",
        "(મને|મારો નંબર|મારા નંબરને) [(લિસ્ટમાંથી|યાદીમાંથી)] (ડિલીટ|રિમૂવ) (ના|નહીં) (કરો|કરશો)",
        "(મને|મારો નંબર|મારા નંબરને) [(લિસ્ટમાંથી|યાદીમાંથી|લિસ્ટ માંથી)] (ના|નહીં|મત) (કાઢો|કાઢશો|કાઢતા|હટાવો|હટાવશો|ડિલીટ કરો|ડિલીટ કરશો)",
        "(મને|મારો નંબર|મારા નંબરને) [(લિસ્ટમાંથી|યાદીમાંથી|લિસ્ટ માંથી)] (કાઢશો|હટાવશો|ડિલીટ કરશો|કાઢતા|હટાવતા) (નહીં|નહિ|ના)",
        "(અનસબ્સ્ક્રાઇબ|મેસેજ બંધ|મેસેજો બંધ|મેસેજીસ બંધ|સંદેશ બંધ) (ના|નહીં) (કરો|કરશો|કરાવો)",
        "(અનસબ્સ્ક્રાઇબ|મેસેજ બંધ|મેસેજો બંધ|સંદેશ બંધ) (કરશો|કરતા|કરાવશો) (નહીં|નહિ|ના)",
        "(mane|maro number|mara number ne) [(list mathi|listmathi)] (na|nahi) (kadho|kadhsho|kadhso|hatavo|hatavsho|delete karo|delete karsho)",
        "(mane|maro number|mara number ne) [(list mathi|listmathi)] (kadhsho|kadhso|hatavsho|delete karsho|kadhta) (nahi|nai|na)",
        "(unsubscribe|message bandh|msg bandh|sms bandh|message band|msg band) (na|nahi) (karo|karsho|karso)",
        "(unsubscribe|message bandh|msg bandh|sms bandh|message band|msg band) (karsho|karso|karta) (nahi|nai|na)",
        # Refusing to be unsubscribed or asking the texts to go on ("don't unsubscribe me"):
        # a model opt-out reading of such a message is not decided.
        "બંધ (ના|નહીં) (કરશો|કરો|કરતા|કરતાં)",
        "bandh (na|nahi) (karsho|karo|karta)",
        "band (na|nahi|nai) (karsho|karo|karta)",
        # Someone else removed theirs; reported speech; how often; calls, not texts; a catalogue
        # by post stopped; an account kept; a slip of STOP (પતિએ એમનો નંબર ..., ene kidhu).
        "(પતિએ|પત્નીએ|દીકરાએ|દીકરીએ|ભાઈએ|બહેને|મમ્મીએ|પપ્પાએ) (એમનો|એનો|તેમનો|પોતાનો) નંબર",
        "(ene|tene|eno) (kidhu|kahyu)",
        "કેટલી (વાર|વખત) (આવશે|આવે છે|મોકલશો)",
        "(ફોન|કોલ) (ન|ના) (કરો|કરશો|કરતા)",
        "(sms|એસએમએસ) માં (કહી દેજો|જણાવજો|કહેજો)",
        "(કેટલોગ|કેટલોગ ઘરે|બિલ ઘરે|કાગળ) મોકલવાનું બંધ (કરો|કરી દો)",
        "(ખાતું|એકાઉન્ટ|કાર્ડ) બંધ",
        "(bhul|bhool) (thi|ma) (unsubscribe|unsub|stop|bandh|band) (thai|thay|kari|karyu|moklyu|moklu)",
        "બંધ કરીને ભૂલ",
        "(otp|ઓટીપી)",
        "(કાગળનું|કાગળના|પેપર|છાપેલું) (બિલ|બિલો|સ્ટેટમેન્ટ)",
        "(જમવાનું|ખાવાનું|ટિફિન|રાશન|સામાન) (ના|ન) (મોકલતા|મોકલશો|મોકલો)",
    ),
    hint_words=("હું", "મારો", "તમે", "આ", "ના", "શું", "હવે", "હા", "કરો", "પ્લીઝ", "આભાર", "મેસેજ", "છે", "ને", "નો", "માં", "મને", "નથી"),
    replies={
        "opt_out_clarify": "{program}: તમારું સબ્સ્ક્રિપ્શન રદ થયું છે. ફક્ત ઑફર બંધ કરવા MKT, બધું બંધ કરવા ALL મોકલો. મદદ: {support}.",
        "opt_out": "{program}: તમારું સબ્સ્ક્રિપ્શન બંધ કરવામાં આવ્યું છે, હવે કોઈ સંદેશ નહીં આવે. મદદ: {support}. ફરી જોડાવા START મોકલો.",
        "opt_out_all": "{program}: અમારા બધા સંદેશાઓમાંથી તમારું સબ્સ્ક્રિપ્શન બંધ કરવામાં આવ્યું છે. મદદ: {support}. ફરી જોડાવા START મોકલો.",
        "opt_in": "{program}: તમે ફરીથી જોડાયા છો. સંદેશ અને ડેટા શુલ્ક લાગુ પડી શકે છે. મદદ: {support}. રોકવા STOP મોકલો.",
        "help": "{program}: મદદ માટે {support}. સંદેશ અને ડેટા શુલ્ક લાગુ પડી શકે છે. રોકવા STOP મોકલો.",
    },
    sources=(
        "https://www.trai.gov.in/consumer-info/telecom/unsolicited-commercial-communication (TCCCPR 2018, 1909)",
        "No Gujarati carrier keyword list found: બંધ and STOP kept to whole messages.",
    ),
    courtesy_words=("પ્લીઝ", "કૃપા કરીને", "આભાર", "please", "plz", "pls"),
    strong_keywords=(),
    standalone_keywords=_R_ENOUGH,
    # Answers to the clarifying question (app/messaging/clarify.py).
    clarify_marketing=("mkt", "ઑફર"),
    clarify_all=("all", "બધું"),
)
