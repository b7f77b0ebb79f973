"""The engine's own plain-language phrases (English, plus the Spanish and French ones the first
engine had), in the shared pattern syntax of ``app.keywords.languages``.

``_`` is one free word that does not start a new clause. Flags on a phrase: ``whole`` (the
phrase is the whole message, give or take polite words and "you have the"), ``end`` (it ends its clause),
``short`` (the message has at most six words). Kinds: opt_out, opt_out_all, opt_in, help,
review (send to a person), not_opt_out (ordinary usage that cancels an opt-out reading in the
same clause and keeps a stray keyword out of review).
"""

from __future__ import annotations

from typing import NamedTuple


class PhraseSpec(NamedTuple):
    """One phrase: its kind, language, name, flags and pattern."""

    kind: str
    language: str
    name: str
    flags: frozenset[str]
    pattern: str


_OBJ = ("(text|texts|txt|txts|texting|messages|message|messaging|msg|msgs|sms|text messages|"
        "notifications|notification|promos|promo|promotions|alerts|spam|ads|advertising|"
        "marketing|reminders|offers|stuff|text alerts|text notifications|text subscription)")
_DET = "[(the|these|those|this|your|ur|all|all the|all your|all these|any|any more|anymore|more|such)]"
# What an opt-in asks for: the texts by name ("stuff", "ads" or "spam" are no request).
_WANTED = ("(text|texts|txt|txts|texting|messages|msgs|sms|text messages|notifications|promos|"
           "promotions|alerts|reminders|offers|deals|text alerts|text notifications|coupons)")
_SEND = ("(sending|texting|txting|messaging|msging|spamming|emailing|contacting|bothering|"
         "harassing|pestering)")
_ME = "[(me|us|my phone|my number|this number|this phone|to this number|to me|my cell)]"
_MYNUM = ("(me|us|my number|my phone number|my cell|my cell number|my mobile number|my #|"
          "my info|my contact|my details|this number|this phone number|my name)")
_LIST = ("(list|lists|mailing list|texting list|text list|sms list|database|contacts|"
         "contact list|system|texts|messages|msgs|alerts|text alerts|promos|records|"
         "reminders|text reminders|text club|sms club|texting club)")
_STOPV = "(stop|quit|cease|halt|discontinue|desist)"
_NO_NEED = ("(no need|no point|pointless|no reason|theres no need|there is no need) (to keep|"
            "to continue|for you to keep|to still|in continuing to)")
_NEG = "(dont|do not|never|please dont|pls dont|plz dont|dun|dnt|pls dun)"
_ES_SEND = ("(envien|envies|envie|manden|mande|mandes|escriban|escriba|escribas|contacten|"
            "contacte|contactes|texteen)")
_ES_REMOVE_ME = ("(sacame|saquenme|quitenme|borrenme|eliminenme|quitame|borrame|eliminame|"
                 "me saquen|me quiten|me borren|me eliminen)")
_FR_REMOVE = ("(retirez|enlevez|supprimez|effacez|desinscrivez|desabonnez|rayez|retirer|"
              "supprimer|enlever|effacer)")


def _s(kind: str, language: str, name: str, pattern: str, *flags: str) -> PhraseSpec:
    return PhraseSpec(kind, language, name, frozenset(flags), pattern)


PHRASES: tuple[PhraseSpec, ...] = (
    # English opt-outs.
    _s("opt_out_all", "en", "stop_all",
       f"({_STOPV}|end) [(sending|texting)] [(me|us)] (all|every|any) [of] {_DET} ({_OBJ}|lists)"),
    _s("opt_out_all", "en", "remove_from_all",
       f"(take|remove|delete|drop|get|erase) {_MYNUM} (off|from|out of) [of] (all|every|any) [of] "
       f"[(your|the|these)] [_] {_LIST}"),
    _s("opt_out", "en", "stop_contact", f"{_STOPV} {_SEND} {_ME}"),
    _s("opt_out", "en", "stop_texts",
       f"({_STOPV}|end|cancel|terminate) [(sending|sending me|giving me)] {_DET} [_] {_OBJ}"),
    _s("opt_out", "en", "stop_receiving",
       f"({_STOPV}|no longer) (receiving|getting|receive|get) {_DET} [_] {_OBJ}"),
    _s("opt_out", "en", "remove_me",
       f"(remove|delete|erase|unlist|unenroll|unregister|remve|remov|romove|rmv|deleet|delet|dlt) "
       f"{_MYNUM}"),
    _s("opt_out", "en", "take_me_off",
       f"(take|get|drop|cross|strike|scratch|pull|put|remove) {_MYNUM} (off|from|out of) [of] {_DET} [_] {_LIST}"),
    # "quit blowing up my phone", "cut it out with the texts": the texts named or the phone.
    _s("opt_out", "en", "blowing_up",
       f"({_STOPV}|stop it|quit it) (blowing|blowin|blowin') up (my|this) (phone|cell|line|notifications)"),
    _s("opt_out", "en", "cut_it_out",
       f"(cut it out|knock it off|give it a rest) (with|w|w/|wit) {_DET} [_] {_OBJ}"),
    _s("opt_out", "en", "take_me_off_end", f"(take|get|drop) {_MYNUM} off", "end"),
    _s("opt_out", "en", "want_off",
       f"(want|wanna|be|want to be|like to be) (off|out of) {_DET} [_] {_LIST}"),
    _s("opt_out", "en", "unsubscribe",
       "(unsubscribe|unsub|opt me out|opt out|opting out|optout|unsubscribe me)"),
    _s("opt_out", "en", "dont_want",
       f"(dont|do not|no longer|never|didnt|did not|doesnt) (want|wish|need|like|care for|"
       f"sign up for|signed up for|subscribe to|subscribed to|agree to|agreed to|ask for|asked for|"
       f"consent to|consented to) [(to receive|to get|to be getting|receiving|getting)] "
       f"[(any|any of|all)] {_DET} [_] [_] {_OBJ}"),
    _s("opt_out", "en", "take_it_off",
       "(take|remove|delete|drop|get) (it|this|this #|this no|her|him|them|his number|"
       "her number|their number|the number|that number) (off|from|out of) (your|ur) [_] "
       "(list|lists|database|records|system|contacts|contact list)"),
    _s("opt_out", "en", "remove_from_list",
       "(remove|take) [me] (from|off) [(your|ur)] [(marketing|mailing|text|texting|sms)] list",
       "end"),
    _s("opt_out", "en", "lose_my_number", "(lose|forget|ditch|bin) (my|this) (number|#|no|num)",
       "end"),
    _s("opt_out", "en", "enough_with",
       f"(enough|done|fuck off|f off|eff off|piss off|over it|sick of|tired of) with {_DET} [_] "
       f"{_OBJ}"),
    _s("opt_out", "en", "not_anymore",
       "not (text|txt|message|msg|contact|sms) (me|us|this number|my number) "
       "(anymore|any more|again|ever again|no more)"),
    _s("opt_out", "en", "dont_send_here",
       f"{_NEG} send [_] {_OBJ} (here|to this number|to this phone|to this cell)"),
    _s("opt_out", "en", "no_more", f"(no more|no further) {_OBJ}"),
    _s("opt_out", "en", "dont_want_to_keep",
       f"(dont|do not|no longer|never) (want|wish|need|like) to keep (getting|receiving) "
       f"(them|those|these|{_DET} [_] {_OBJ})"),
    _s("opt_out", "en", "cease_and_desist", "cease and desist"),
    _s("opt_out", "en", "dont_text_it", f"{_NEG} (text|txt|sms|message|msg) (it|this|that number)",
       "end"),
    _s("opt_out", "en", "dont_want_anymore",
       "(dont|do not|no longer) want (these|them|your texts|your messages) "
       "(anymore|any more|no more)", "whole"),
    _s("opt_out", "en", "no_more_whole", "no more", "whole"),
    _s("opt_out", "en", "revoke_consent",
       "(revoke|revoking|withdraw|withdrawing|rescind|retract|cancel|remove) [(my|all|any|your|the)] "
       "(consent|permission|authorization|authorisation|opt in|optin)"),
    _s("opt_out", "en", "dont_contact",
       f"{_NEG} [(ever|eva|even)] (text|txt|message|msg|contact|sms|email|send|write) "
       "(me|us|this number|this no|this num|to this number|this phone|my number|to me)"),
    _s("opt_out", "en", "dont_send_any",
       f"{_NEG} (send|text|message) [(me|us)] (any|anything|any more|anymore|more) [_] [{_OBJ}]"),
    _s("opt_out", "en", "leave_me_alone", "leave (me|us) alone", "short"),
    _s("review", "en", "leave_me_alone_long", "leave (me|us) alone"),
    _s("opt_out", "en", "wrong_number_whole", "wrong (number|no|num|person)", "whole"),
    _s("review", "en", "wrong_number", "(wrong (number|num)|not my number)"),
    _s("opt_out", "en", "want_out",
       "(want|wish|like|need|wanna|love) to (be unsubscribed|be removed|unsubscribe|opt out|"
       "be taken off|stop receiving|stop getting|be opted out|unsub|leave this list|"
       "leave your list|be off)"),
    # Opt-outs by another name: calls, disturbance, dismissal, disinterest. A person decides.
    _s("review", "en", "dont_call",
       f"({_NEG}|stop|quit) [(ever|eva)] (call|calling|ring|ringing|phone|phoning) "
       "(me|us|this number|this num|this no|my number|again)"),
    _s("review", "en", "do_not_disturb", f"({_NEG}|stop) disturb[ing] (me|us)"),
    _s("review", "en", "do_not_disturb_whole", "(do not disturb|dont disturb|dnd)", "whole"),
    _s("review", "en", "dismissal",
       "(fuck off|f off|piss off|shut up|get lost|go away|buzz off|bugger off|stfu|gtfo|"
       "sod off)", "short"),
    _s("review", "en", "not_interested",
       "(not|no|no longer|not really) interested", "end"),
    _s("review", "en", "cancel_subscription", "cancel [(my|the)] subscription"),
    # ... to the texts themselves: no other subscription is meant.
    _s("opt_out", "en", "cancel_text_subscription",
       f"(cancel|end|stop|terminate) [(my|the)] subscription to {_DET} [_] {_OBJ}"),
    # How-to as a request ("How do I get off this list?").
    _s("opt_out", "en", "how_get_off",
       f"how (do|can|to) [(i|we)] (get|be) (off|out of|removed from|taken off) {_DET} [_] "
       f"{_LIST}"),
    # The round of plain-word opt-outs: no need for the texts any more (already bought, moved,
    # left), the texts named two words on ("stop the school closure alerts"), the offers by
    # name, "how many times do I have to say stop", blocking the number from the list, and
    # someone else's number taken off the texts. Each names the texts, the list or the
    # writer as receiver, never goods or a booking.
    _s("opt_out", "en", "no_need_to_keep",
       f"{_NO_NEED} (texting|txting|messaging|msging|spamming|contacting|bothering|harassing|"
       "pestering) [(me|us)]", "end"),
    _s("opt_out", "en", "no_need_to_keep_me",
       f"{_NO_NEED} (texting|txting|messaging|msging|spamming|contacting|bothering|harassing|"
       "pestering) (me|us|this number|my number)"),
    _s("opt_out", "en", "no_need_to_keep_sending",
       f"{_NO_NEED} {_SEND} [(me|us)] {_DET} [_] {_OBJ}"),
    _s("opt_out", "en", "no_need_for_texts",
       f"no (need|use) for {_DET} [_] [_] {_OBJ} (anymore|any more|now|going forward|"
       "from now on|thanks|thank you|thx)"),
    _s("opt_out", "en", "no_longer_needed",
       f"{_OBJ} (are|is|r) no longer (needed|necessary|required|wanted|relevant)"),
    _s("opt_out", "en", "rather_not_get",
       f"(rather|prefer to|prefer|like to) not (get|receive|be sent|getting|receiving) {_DET} "
       f"[_] [_] {_OBJ}"),
    _s("opt_out", "en", "prefer_no_texts", f"(prefer|want|like) no {_OBJ} [at all]"),
    _s("opt_out", "en", "stop_texts_named",
       f"({_STOPV}|end|cancel|terminate) (the|these|those|your|ur|all the|all your|all these) "
       f"_ _ {_OBJ}"),
    _s("opt_out", "en", "stop_the_deals",
       f"{_STOPV} [(sending|sending me)] (the|these|those|your|ur|all the|all your|all these) "
       "[_] [_] (deals|coupons|specials|daily deals|sale texts|sales texts|deal texts)"),
    _s("opt_out", "en", "stop_with", f"(stop|quit) (with|w) {_DET} [_] {_OBJ}"),
    _s("opt_out", "en", "how_make_stop",
       "how (do|can|could) (i|we) (make|get) (these|them|this|the texts|these texts|your texts|"
       "the messages|these messages|the alerts|these alerts) (stop|to stop|go away)"),
    _s("opt_out", "en", "how_many_times_stop",
       "how many (times|more times) (do|must|will|should|have|did) (i|we) [(have to|need to|"
       "got to|gotta)] (say|said|tell you|told you|tell u|told u|ask you|asked you|ask u|"
       "asked u|text|texted|reply|replied|send|sent|write|written) [to] (stop|unsubscribe)"),
    _s("opt_out", "en", "block_from_list", f"block {_MYNUM} (from|on) {_DET} [_] {_LIST}"),
    _s("opt_out", "en", "take_them_off_texts",
       "(take|remove|delete|drop|get) (him|her|them|his number|her number|their number|"
       "his cell|her cell) (off|from|out of) (the|your|ur|these|this|all the|all your) [_] "
       "(texts|text list|texting list|sms list|text alerts|text messages|text reminders|"
       "reminder texts|sms alerts|text club)"),
    _s("opt_out", "en", "remove_relative_from_texts",
       "(remove|take|drop|delete) (my|our) (son|daughter|kid|child|wife|husband|mom|dad|mother|"
       "father|mum|grandma|grandpa|grandmother|grandfather) (from|off) (the|your|ur|these|this) "
       "[_] (text list|texting list|sms list|texts|text alerts|text messages|text reminders)"),
    _s("opt_out", "en", "removing_my_number",
       f"(removing|deleting|taking) {_MYNUM} (off|from|out of) {_DET} [_] {_LIST}"),
    _s("opt_out", "en", "dont_want_these", "[(i|we)] (dont|do not) want these", "whole"),
    _s("opt_out", "en", "dont_want_to_get_these",
       "(dont|do not|no longer) want to (get|receive|be getting|keep getting) (these|them|those) "
       "(anymore|any more|no more)"),
    _s("opt_out", "en", "why_keep_texting",
       f"why (do|does|dyou) (you|u|yall|you guys|u guys|you people) keep {_SEND} (me|us)"),
    _s("opt_out", "en", "turn_off_texts",
       "(turn|switch|shut) off (the|these|those|your|ur|all the|all your|all these|my) [_] [_] "
       "(texts|text messages|sms|text alerts|text notifications|promos|promotions|offers|deals|"
       "marketing texts|reminders|alerts|notifications)"),
    _s("review", "en", "stop_this", "stop (this|it|that)"),
    # English opt-ins: only where the reading is clear.
    _s("opt_in", "en", "sign_back_up", "sign (me|us) (back up|up again|back on)"),
    _s("opt_in", "en", "resubscribe", "(resubscribe|re subscribe|subscribe) (me|us) [again]"),
    _s("opt_in", "en", "resubscribe_want",
       "(want|like|wanna|wish) to (resubscribe|re subscribe|subscribe again|opt back in|opt in again|"
       "be added back|get your texts again|receive your texts again|get texts again|"
       "receive texts again|get the texts again|start receiving texts again)"),
    _s("opt_in", "en", "start_again",
       f"(start|resume|restart) (sending|texting|messaging) [(me|us)] {_DET} [{_OBJ}] again"),
    _s("opt_in", "en", "start_again_obj", f"(resume|restart) {_DET} {_OBJ}"),
    _s("opt_in", "en", "add_back",
       "(add|put) (me|us|my number) back [(on|to|in|into)] [(the|your)] [(list|texts|messages)]"),
    _s("opt_in", "en", "opt_back_in", "(opt (me|us) back in|opt back in|opt me in|unstop me)"),
    _s("opt_in", "en", "turn_back_on", f"(turn|switch|put) [(my|the|your)] [_] {_OBJ} back on"),
    _s("opt_in", "en", "stop_by_mistake",
       "(texted|sent|replied|typed|hit|pressed) stop (by mistake|by accident|accidentally)"),
    _s("opt_in", "en", "stop_accidentally",
       "(accidentally|mistakenly) (texted|sent|replied|typed|hit|pressed) stop"),
    _s("opt_in", "en", "count_me_in", "count (me|us) in", "whole"),
    _s("opt_in", "en", "count_me_in_for",
       "count (me|us) in for [(the|your|those|these|all)] [_] [_] (texts|text alerts|updates|"
       "alerts|reminders|messages|deals|promos|offers|specials)"),
    _s("opt_in", "en", "get_on_list",
       "(can|could|may) (i|we) (get|be) (on|added to) (the|your) [_] (text|texting|sms) list"),
    _s("opt_in", "en", "start_getting",
       f"(want|like|love|wanna) to start (getting|receiving) {_DET} [_] [_] {_OBJ}"),
    _s("opt_in", "en", "text_me_again", "(you|u) (can|may) (text|message|msg) (me|us) again"),
    # A first sign-up in plain words, held to messages: "sign me up for the weekly deals" (not
    # "for the 3pm class"), "I'd like to get text reminders for my appointments".
    _s("opt_in", "en", "sign_up_for",
       f"sign (me|us|my number) up (for|to) {_DET} [_] [_] ({_OBJ}|deals|updates|specials|"
       "coupons|text list|sms list|texting list)"),
    _s("opt_in", "en", "like_to_get",
       "(like|want|wanna|love) to (get|receive|start getting|start receiving) [(the|your)] "
       "(text|sms) (reminders|alerts|updates|notifications|messages|offers|deals|promos)"),
    # Consent given in answer to a request for it ("Yes I consent"): the word is about
    # permission, unlike a bare "yes" (OPT_IN_YES).
    _s("opt_in", "en", "i_consent", "[(yes|yeah|yep|ok|okay)] i (consent|give consent|give my consent)", "whole"),
    _s("opt_in", "en", "agree_to_receive",
       f"i (agree|consent) to (receive|get|getting|receiving) {_DET} [_] [_] {_OBJ}"),
    _s("opt_in", "en", "alerts_by_text",
       "(get|want|receive|like) [(the|your|my)] [_] [_] (alerts|notifications|reminders|updates|"
       "offers|deals|promos|coupons|notices) (by|via|through|over) (text|texts|sms|txt)"),
    _s("opt_in", "en", "back_on_list",
       "(get|be|go) back on [(the|your)] [(text|texting|sms|mailing)] list"),
    # Someone else gets the texts and the writer wants them too ("my husband gets your
    # reminders, can I receive them too?", "my neighbour gets the sale texts, add me as well";
    # "can I get them too?" is also said of goods).
    _s("opt_in", "en", "me_too",
       "(can|could|may) (i|we) ((receive|be sent) (them|those|these)|(get|receive|be sent) (those "
       "texts|those reminders|those alerts|the same texts|the same messages|the same reminders)) "
       "(too|as well|also)", "end"),
    _s("opt_in", "en", "add_me_too", "(add|include|sign) (me|us) [up] (too|as well|also)", "end"),
    _s("opt_in", "en", "added_too",
       "(like|love|want|wanna) to be (added|included|signed up|on the list|on it) (too|as well)"),
    # How to sign up for the texts, or to get them by text ("How do I sign up for your text
    # alerts?", "is there a way to get the delivery updates by text").
    _s("opt_in", "en", "how_sign_up",
       f"(how|what) (do|can|could|would|should|must) (i|we) [(need to do|have to do|do)] [to] "
       f"(sign up|signup|register|subscribe|enroll|enrol|opt in|join|get signed up) (for|to) "
       f"{_DET} [_] [_] ({_WANTED}|updates|specials|text list|sms list|texting list)"),
    _s("opt_in", "en", "how_get_by_text",
       "(how (do|can|could) (i|we)|way to|how to) (get|receive) [(the|your|all the|my)] [_] [_] "
       "(texts|alerts|notifications|notices|reminders|updates|offers|deals|promos|coupons|"
       "messages|confirmations) (by text|by sms|via text|via sms|through text|over text|as texts|"
       "on my phone|to my phone|on my cell|on my mobile)", "end"),
    # A new number for the same texts ("please add this number", "can u add this one for the
    # club messages", "please put it on the reminders").
    _s("opt_in", "en", "add_this_number",
       "(add|register) (this|this new|my new) (number|no|num) [instead]", "end"),
    _s("opt_in", "en", "add_this_number_for",
       "(add|register|put) (this|this new|my new|it|this one) [(number|no|num)] "
       "(for|on|to) (the|your|my) [_] [_] (reminders|texts|messages|alerts|notifications|"
       "updates|offers|deals|notices|club messages)"),
    # Asked back after a STOP sent by mistake ("I replied stop without thinking, I do want
    # the clinic reminders"), or after the texts stopped coming ("I want them back on").
    _s("opt_in", "en", "stop_without_thinking",
       "(i|we|sorry|oops|oh) (texted|sent|replied|typed|hit|pressed|answered|responded) stop "
       "(without thinking|without meaning to|in error|by error)"),
    _s("opt_in", "en", "do_want", f"(i|we) do (want|need) {_DET} [_] [_] {_WANTED}", "end"),
    _s("opt_in", "en", "want_back",
       f"(want|need|like) ({_DET} [_] [_] {_WANTED} back|(them|those|these) back on)"),
    # "Could you also add me to the texts", "My friend said you send coupons by text, can I get
    # on that?", "I want to get texts about upcoming shows".
    _s("opt_in", "en", "add_me_to_texts",
       "(add|put|sign) (me|us) [up] (to|on|for) (the|your) [_] (texts|text alerts|sms alerts|"
       "text messages)"),
    _s("opt_in", "en", "get_on_that", "(can|could|may) (i|we) get on (that|it|this|that list)",
       "end"),
    _s("opt_in", "en", "want_texts_about",
       "(like|want|wanna|love) to (get|receive) (texts|text messages|text alerts|sms alerts|"
       "sms messages|sms) (about|for|on|when|whenever)"),
    # From now on by text ("Going forward I'd prefer all confirmations by text", "please send
    # any future offers to this mobile", "text me the delivery confirmations instead of
    # calling").
    _s("opt_in", "en", "prefer_by_text",
       "(prefer|rather have|rather get) [(all|all the|all my|all your|the|my|your)] [_] "
       "(confirmations|reminders|updates|alerts|notifications|notices|receipts|offers|deals) "
       "(by|via|through|over) (text|texts|sms|txt)"),
    _s("opt_in", "en", "future_to_this_number",
       "(send|text) [(me|us)] (any|all) [(of)] [(the|your)] (future|upcoming|new) [_] "
       "(offers|deals|reminders|alerts|updates|confirmations|notifications|notices|promos|"
       "coupons) (to|on) (this|my) (number|mobile|phone|cell)"),
    _s("opt_in", "en", "from_now_on_by_text",
       "(from now on|going forward|in future|in the future) [please] (send|text) [(me|us)] "
       "[(all|the|my|your|all the|all my)] [_] [_] (reminders|alerts|updates|confirmations|"
       "notifications|notices|offers|deals|promos) (by text|via text|by sms|via sms|"
       "to this number)"),
    _s("opt_in", "en", "text_instead",
       "(text|sms|message) (me|us) [(the|your|my|all the)] [_] [_] (confirmations|reminders|"
       "updates|alerts|notifications|notices) instead"),
    # Formal consent ("I hereby agree to receive informational SMS", "I give permission for
    # you to send me promotional texts", "I confirm I am happy to receive text messages").
    _s("opt_in", "en", "hereby_agree",
       f"i (hereby|also|do) (agree|consent) to (receive|get|getting|receiving) {_DET} [_] [_] "
       f"{_WANTED}"),
    _s("opt_in", "en", "happy_to_receive",
       f"(am|im|i m|are|were) (happy|glad|willing|pleased) to (receive|get|be sent) {_DET} "
       "[_] [_] (text|texts|txts|sms|text messages|messages|text alerts)"),
    _s("opt_in", "en", "give_permission",
       f"(give|grant) [(you)] [(my|our|your)] (permission|consent|authorization|authorisation) "
       f"[(for you)] to (send|text|message) (me|us) {_DET} [_] [_] {_WANTED}"),
    _s("opt_in", "en", "authorize_to_send",
       f"(authorize|authorise|permit|allow) (you|[_] [_] [_]) to (send|text|message) (me|us) "
       f"{_DET} [_] [_] {_WANTED}"),
    # Slang: "gimme all the discount texts".
    _s("opt_in", "en", "gimme",
       "(gimme|give me|hit me with|hook me up with) (all|all the|all your|the|your|those|them) "
       "[_] [_] (deals|texts|offers|coupons|discounts|promos|codes|promo codes|discount texts)"),
    # A family member's number for the same texts ("Please add my husband's number as well",
    # "can you send the reminders to her phone as well").
    _s("opt_in", "en", "add_family_number",
       "(add|include|register) (my|our) (husbands|wifes|sons|daughters|moms|mums|mothers|dads|"
       "fathers|partners|kids|childs|sisters|brothers|grandmas|grandpas|grandmothers|"
       "grandfathers|parents|boyfriends|girlfriends) (number|phone|mobile|cell|phone number|"
       "cell number|mobile number) [(to|for|on)] [(the|your)] [_] [_] (too|as well|also|"
       "reminders|texts|messages|alerts|notifications|notices|updates)"),
    _s("opt_in", "en", "send_to_her_phone",
       "(send|text) [(the|your)] [_] [_] (reminders|alerts|texts|messages|notifications|notices|"
       "updates|offers) to (her|his|their) (phone|number|mobile|cell) (too|as well|also)"),
    # The kinds of opt-in the round of opt-in phrases found missing: how to get on the list
    # ("how do I get on your texting list", "is there a way to sign up for the texts"), joining
    # it ("can I join the text club", "I wanna get ur texts"), consent in words ("I authorize
    # you to text me", "no objection to receiving your text messages"), and an opt-out taken
    # back ("I opted out by mistake", "I didn't mean to unsubscribe"). Each starts at its
    # subject, so "I don't authorize you to text me" holds none of them.
    _s("opt_in", "en", "how_get_on_list",
       "(how|where) (do|can|could) (i|we) (get on|get added to|join|be added to) (the|your|ur) "
       "[_] (text|texting|sms|txt) (list|club|alerts|program|programme)"),
    _s("opt_in", "en", "way_to_sign_up",
       f"(is there a way|is there any way|where do i go|where can i go) to (sign up|signup|"
       f"register|subscribe|opt in|enroll|enrol) (for|to) {_DET} [_] [_] ({_WANTED}|text list|"
       "sms list|texting list)"),
    _s("opt_in", "en", "join_text_list",
       "((can|could|may) (i|we)|(i|we) (want|wanna|would like|d like|like) [to]) (join|get on|"
       "be on) (the|your|ur) [_] (text|texting|sms|txt) (list|club|alerts|program|programme|"
       "messages|offers|deals)"),
    _s("opt_in", "en", "want_your_texts",
       "(i|we) (want|wanna|would like to|d like to) (get|receive) (your|ur) (texts|txts|text "
       "messages|sms|sms messages|text alerts|sms alerts|text offers|text deals)"),
    _s("opt_in", "en", "i_authorize_texts",
       "(i|we) [hereby] (authorize|authorise|permit|allow) (you|u|your company|your office|"
       "your store|the clinic|the school|the office) to (text|message|sms|txt) (me|us)"),
    _s("opt_in", "en", "you_have_permission",
       "(you|u) (have|got) (my|our) (permission|consent|ok|okay) to (text|message|sms|txt) "
       "(me|us)"),
    _s("opt_in", "en", "no_objection",
       f"no (objection|objections) to (receiving|getting|being sent|you sending me|you sending) "
       f"{_DET} [_] [_] {_WANTED}"),
    _s("opt_in", "en", "agree_to_the_texts",
       "(i|we) [(hereby|also|do)] (agree|consent) to (the|your|ur|these|receiving the) (texts|"
       "text messages|sms|sms messages|text alerts|sms alerts|text reminders)", "end"),
    _s("opt_in", "en", "unsubscribed_by_mistake",
       "(i|we|oops|sorry|oh) (unsubscribed|unsubbed|opted out|unsubscribed myself) (by mistake|"
       "by accident|accidentally|in error|without meaning to)"),
    _s("opt_in", "en", "accidentally_unsubscribed",
       "(i|we) (accidentally|mistakenly) (unsubscribed|unsubbed|opted out)"),
    _s("opt_in", "en", "didnt_mean_to_stop",
       "(i|we) (didnt|did not|never) mean to (unsubscribe|unsub|opt out|text stop|send stop|"
       "reply stop|hit stop|press stop|stop the texts|stop your texts|stop the messages)"),
    # English HELP: questions about who is texting and why.
    _s("help", "en", "who_is_this",
       "(who is this|whos this|who is dis|who dis|who this|who are you|who r u|who are u|"
       "who r you|who is this please|whose number is this|who sent this|who is texting me|"
       "who am i talking to|what company is this|who is it)", "end"),
    _s("help", "en", "what_is_this",
       f"(what is this|whats this|what is this about|whats this about|what are these|"
       f"what are these {_OBJ}|what is this {_OBJ}|whats this {_OBJ}|what is this number|"
       f"what are you|what is all this|whats all this)", "end"),
    _s("help", "en", "why_texting",
       f"(why am i getting|why do i get|why am i receiving|why are you sending me) "
       f"{_DET} [_] {_OBJ}"),
    _s("help", "en", "why_getting_these",
       "(why am i getting|why do i keep getting|why am i receiving|why do i get|why r u sending me|"
       "why are you sending me) (these|this|them|all these|all this)", "end"),
    _s("help", "en", "why_texting_me", f"why (are|r) (you|u) {_SEND} me"),
    _s("help", "en", "who_texts_me", f"(who is|whos|who s) {_SEND} me"),
    _s("help", "en", "what_about",
       f"(what|wat|wht) (are|r) {_DET} {_OBJ} (about|for)"),
    _s("help", "en", "do_i_know_you", "do i know (you|u)", "end"),
    _s("help", "en", "what_store",
       "(what|which) (store|business|company|shop|place|pharmacy|clinic|office|bank|dentist|"
       "doctor|school|salon|restaurant|gym|organization|organisation|campaign) is (this|that)"),
    _s("help", "en", "who_from", "(who is|whos|who s) (this|that|it|these|this text|this message) from",
       "end"),
    _s("help", "en", "is_this_a_scam",
       "is (this|that|it) (a scam|spam|legit|legitimate|a real text|a real message|a fake|fake|"
       "a phishing text|phishing)"),
    _s("help", "en", "what_does_this_mean",
       "what does this (message|text|msg|txt) mean"),
    _s("help", "en", "charge_for_texts",
       f"((do|will|would) (you|u|yall) charge (me|for)|(are|r) {_DET} {_OBJ} free|"
       "(do|will) (these|they|these texts|the texts) cost [(me|anything|money|extra)]|"
       "(does|will) (replying|texting back) cost)"),
    _s("help", "en", "talk_to_a_person",
       "(talk|speak|chat) (to|with) (a|an) (human|person|real person|actual person|agent|"
       "representative|rep|live person)"),
    _s("help", "en", "need_help", "(i need|need|i want) help", "whole"),
    _s("help", "en", "how_it_works", "how (does|do) (this|these|it) work", "whole"),
    # The two questions a programme's HELP answer is written for: frequency and charges.
    _s("help", "en", "how_often",
       "how (often|many times|frequently) (will|would|do|are) (you|u|yall) [guys] [(be|going to|gonna)] "
       "(text|texting|message|messaging|msg|send|sending|contact|contacting) "
       "(me|us|these|them|texts|messages|msgs|alerts|reminders)"),
    _s("help", "en", "data_rates", "(message|msg|msgs|messages) [(and|n)] data rates"),
    _s("help", "en", "how_contact",
       "how (do|can) (i|we) (contact|reach|call) (you|u|someone|a person|a human)"),
    _s("help", "en", "where_number",
       "(how did (you|u) get|where did (you|u) get|how do (you|u) have|who gave (you|u)|"
       "how (you|u) got) my (number|#|no|num|cell|phone number)"),
    # Ordinary usage around keywords.
    _s("not_opt_out", "en", "booking",
       f"(remove|take|get|drop|cross|strike|scratch|pull) {_MYNUM} (off|from|out of) [of] "
       "[(the|your|my|this|that|our)] (waitlist|wait list|waiting list|schedule|calendar|"
       "appointment|booking|bookings|reservation|class|roster|cart|group|chat|group chat|team|hold)"),
    _s("not_opt_out", "en", "when_ends",
       "(when|what time|where|how) (does|do|will|did|is|can|should) "
       "[(the|it|this|that|your|my|i|you|we)] [_] "
       "(end|stop|start|ending|stopping)"),
    _s("not_opt_out", "en", "end_of", "(end of|weekend)"),
    _s("not_opt_out", "en", "stop_sending_goods",
       "(stop|quit|dont|do not) (sending|shipping|mailing|delivering) [(the|my|our|that|this|"
       "those|these|any)] (package|packages|parcel|parcels|order|orders|delivery|deliveries|box|"
       "boxes|shipment|shipments|bill|bills|statement|statements|catalog|catalogs|magazine|"
       "magazines|newspaper|paper|letters|samples|refill|refills|invoice|invoices)"),
    _s("not_opt_out", "en", "dare_not_unsubscribe",
       "(dont|do not) (you|u) (dare|even) (unsubscribe|remove|delete|drop|cancel|stop|take) "
       "[(me|us|my number|this number)]"),
    # Negated removal is a wish to keep the texts ("please don't remove me from the list",
    # "no need to take my number off", "I'm not unsubscribing"); the vetoes run to the list
    # so that they cover the opt-out phrase inside them whole.
    _s("not_opt_out", "en", "dont_remove_me",
       f"({_NEG}|no need to|you dont need to|dont need to|do not need to|never) (remove|delete|"
       f"erase|unlist|unenroll|unregister|unsubscribe|unsub|drop|opt) {_MYNUM} [out] "
       f"[(off|from|out of) [of] {_DET} [_] {_LIST}]"),
    _s("not_opt_out", "en", "dont_take_me_off",
       f"({_NEG}|no need to|you dont need to|dont need to|never) (take|get|drop|cross|strike|"
       f"scratch|pull|kick|put) {_MYNUM} (off|out) [(of|from) {_DET} [_] {_LIST}]"),
    _s("not_opt_out", "en", "not_unsubscribing",
       "((im not|i am not|i m not|i wont be|i will not be) (unsubscribing|opting out|leaving the "
       "list)|(i dont want to be|i do not want to be) (unsubscribed|removed|taken off the list))"),
    _s("not_opt_out", "en", "dont_stop_my_texts",
       f"({_NEG}|no need to) (stop|cancel|end|cut off|turn off) (my|the|these|your) "
       "(texts|reminders|alerts|messages|notifications|text reminders|text alerts)"),
    _s("not_opt_out", "en", "paper",
       "(opt out of|unsubscribe from|stop) [(the|my|all|your)] (paper|mailed|printed) "
       "[(statements|statement|receipts|receipt|bills|bill|copies|copy|catalog|catalogs|mail)]"),
    _s("not_opt_out", "en", "child_from_activity",
       "(unsubscribe|unenroll|withdraw|remove|take) (my|our) (son|daughter|kid|kids|child|"
       "children|boy|girl) (from|off|out of) [(the|his|her|their)] [_] (camp|class|classes|team|"
       "program|course|lessons|practice|league|tournament|trip|roster|club|session)"),
    # "I'd like to keep getting them": the writer keeps the texts (often beside someone who left
    # them), so a model opt-out reading is not decided; "I don't want to keep getting them" is
    # an opt-out phrase.
    _s("not_opt_out", "en", "keep_getting",
       f"(like|want|wanna|love|need) to keep (getting|receiving) (them|those|these|{_DET} [_] "
       f"{_OBJ})"),
    # "I replied stop without thinking": the STOP of the opt-in phrase above, taken back (the
    # opt-in starts a word earlier, so it outlasts this veto).
    _s("not_opt_out", "en", "stop_without_thinking",
       "(texted|sent|replied|typed|hit|pressed|answered|responded) stop (without thinking|"
       "without meaning to|in error|by error)"),
    # "That's plenty, don't send any more sandwiches": food and goods, not the texts.
    _s("not_opt_out", "en", "enough_goods",
       f"({_NEG}|no need to) send (any more|anymore|more|any) (sandwiches|sandwich|food|trays|"
       "pizza|pizzas|drinks|chairs|tables|rice|bread|cake|cakes|cookies|water|snacks|plates|"
       "napkins|cups|supplies|flowers|samples)"),
    # A child taken out of a sport ("unsubscribe Jake from the football club", "unsubscribe my
    # son from after-school soccer"); a number or "me" is no child.
    _s("not_opt_out", "en", "child_from_sport",
       "((unsubscribe|unenroll) _|(unsubscribe|unenroll|withdraw|remove|take) (my|our) (son|"
       "daughter|kid|kids|child|children|boy|girl)) (from|off|out of) [(the|his|her|their)] "
       "[(after school|afterschool)] (soccer|football|swim|swimming|basketball|baseball|tennis|"
       "hockey|rugby|golf|chess|drama|dance|ballet|karate|gymnastics|art|music|piano|choir|"
       "scouts) [(club|team|camp|class|classes|lessons|practice|league)]"),
    _s("not_opt_out", "en", "stop_by",
       "(stop|stopped|stopping|stp) (by|in|at|over|for|and|on|off|to|sign|signs|light|lights|"
       "watch|there|here|its|n|2|4|the car|the bus|the presses)"),
    # Spanish (the first engine's phrases; the language module adds its own).
    _s("opt_out", "es", "es_no_envien",
       f"no [(me|nos)] {_ES_SEND} [(mas|nada)] (mensajes|textos|sms)"),
    _s("opt_out", "es", "es_no_envien_mas", f"no [(me|nos)] {_ES_SEND} (mas|nada)", "end"),
    _s("opt_out", "es", "es_dejen_de",
       "(dejen|deja|deje|dejar|paren|para|dejad) de (enviar|mandar|escribir|contactar|llamar|"
       "textear|enviarme|mandarme|escribirme|contactarme|llamarme|textearme|enviarnos|mandarnos)"),
    _s("opt_out", "es", "es_baja", "(darme|dar|dame|denme|deme|me doy) de baja"),
    _s("opt_out", "es", "es_quitar",
       "(eliminar|eliminen|elimine|borrar|borren|borre|quitar|quiten|quite|sacar|saquen|saque) "
       "(me|mi numero|mi telefono|mi celular|de la lista|de su lista|de sus listas|de esta lista)"),
    _s("opt_out", "es", "es_quitenme_lista",
       f"{_ES_REMOVE_ME} de (la|su|sus|esta|tu|tus) (lista|listas)"),
    _s("opt_out", "es", "es_quitenme", _ES_REMOVE_ME, "end"),
    _s("opt_out", "es", "es_ya_no",
       "(ya no|no) (quiero|deseo|necesito) [recibir] [(mas|sus|estos|los|tus)] "
       "(mensajes|textos|sms|nada|notificaciones|promociones)"),
    _s("opt_out", "es", "es_ya_no_manden", "ya no (me|nos) (manden|envien|escriban|mande|envie)"),
    _s("opt_out", "es", "es_consentimiento",
       "(revoco|retiro|cancelo|anulo) [(mi|el)] (consentimiento|permiso|autorizacion|suscripcion)"),
    _s("opt_out", "es", "es_no_mas",
       "(no mas|basta de|nunca mas) (mensajes|textos|sms|spam|promociones)"),
    _s("opt_out", "es", "es_wrong_number", "numero equivocado"),
    _s("opt_out", "es", "es_desuscribir",
       "(desuscribir|desuscribirme|desuscribanme|darse de baja|cancelar la suscripcion|"
       "cancelar mi suscripcion|cancelar suscripcion)"),
    _s("review", "es", "es_cancelar_cita", "cancelar [(mi|la)] cita"),
    _s("review", "es", "es_no_gracias", "no gracias"),
    # French.
    _s("opt_out", "fr", "fr_arretez",
       "(arretez|arrete|arreter|cessez|cesser|stoppez|stop) [(de|d)] [(me|nous)] "
       "(menvoyer|envoyer|ecrire|mecrire|contacter|texter|spammer|harceler|denvoyer)"),
    _s("opt_out", "fr", "fr_ne_plus",
       "[(ne|n)] [(me|nous)] (menvoyez|envoyez|menvoie|envoie|mecrivez|ecrivez|contactez|textez)"
       " plus"),
    _s("opt_out", "fr", "fr_ne_veux_plus",
       "[je] [(ne|n)] (veux|souhaite|desire|voulons) plus [(recevoir|avoir)] "
       "[(de|des|d)] [(vos|ces|les|dautres|tes)] (messages|textos|texto|sms|notifications|promotions|"
       "publicites|courriels)"),
    _s("opt_out", "fr", "fr_ne_plus_infinitif",
       "ne plus [(me|nous)] (envoyer|menvoyer|ecrire|mecrire|contacter|texter)"),
    _s("review", "fr", "fr_appeler",
       "(ne plus|arretez de|arrete de|cessez de) [(me|nous)] (appeler|mappeler)"),
    _s("opt_out", "fr", "fr_retirez_mon_numero",
       f"{_FR_REMOVE} (mon numero|mon telephone|mon cellulaire|mon portable)"),
    _s("opt_out", "fr", "fr_retirez_moi_liste",
       f"{_FR_REMOVE} (moi|nous) (de|des) (la|votre|vos|cette|ces|tes) (liste|listes|envois)"),
    _s("opt_out", "fr", "fr_retirez_moi", f"{_FR_REMOVE} (moi|nous)", "end"),
    _s("opt_out", "fr", "fr_desabonner",
       "(me desabonner|me desinscrire|je me desabonne|je me desinscris)"),
    _s("opt_out", "fr", "fr_consentement",
       "[je] (retire|revoque|annule) [(mon|le)] (consentement|autorisation|abonnement)"),
    _s("opt_out", "fr", "fr_plus_de", "plus de (messages|textos|sms|texto)", "whole"),
    _s("opt_out", "fr", "fr_wrong_number", "(mauvais numero|faux numero)"),
    _s("review", "fr", "fr_pas_interesse", "pas interesse"),
    _s("review", "fr", "fr_annuler_rdv", "annuler [(mon|le)] (rendez vous|rdv)"),
)
