"""Attribution in Hindi, read by the Urdu reader (``urdu.read_line``) with Hindi's words.

Hindi and Urdu share their grammar and write it in two scripts: the verb last, the source before it marked in the
past by the ergative "ने" ("डॉ. खरे ने कहा", "X ने बताया कि"), "X का कहना है कि", "X के अनुसार" and "X के
मुताबिक" (according to X; "मेन्यू के अनुसार", by the menu, names a rule), "वह कहते हैं", and the passive with no
source ("बताया गया", "स्थिर बताई गई है"). Hindi writes a pronoun's genitive and its ergative onto it ("उनके
अनुसार", "उन्होंने कहा") and reports
in the progressive too ("अभिभावक बता रहे हैं कि"). Sentences end at "।" (a dot is an abbreviation's: "डॉ.").
"""

import re

from annotations.suggestions.attribution import urdu
from newsdesk.importing.languages import hindi_folded


def _set(words: str) -> frozenset[str]:
    return frozenset(hindi_folded(w) for w in words.split())


_MARKS = ",;:!?।॥\"“”‘’()\\[\\]{}—–"
GRAMMAR = urdu.Grammar(
    fold=hindi_folded,
    word=re.compile(f"[^\\s{_MARKS}]+|[{_MARKS}]"),
    stops=frozenset("।॥!?"),
    breaks=frozenset(",;:\"“”‘’—–()"),
    ergative=hindi_folded("ने"),
    # Past verbs of saying after "ने" (said, told, asked, wrote, added, repeated), in the masculine the ergative
    # takes, and the feminine of the passive ("बताई गई").
    past_verbs=_set("कहा बताया बताई बतायी पूछा लिखा जोड़ा दोहराया कही"),
    # Present participles of saying, with their auxiliary after them: "कहते हैं", "बताती हैं".
    present_verbs=_set("कहते कहती कहता बताते बताती बताता"),
    auxiliaries=_set("हैं है हूं हूँ थे थी था थीं"),
    # Nouns that report with the verb "do" after them when words follow ("आरोप लगाया कि", "दावा किया कि").
    speech_nouns=_set("आरोप दावा घोषणा ऐलान खुलासा पुष्टि खंडन"),
    do=_set("किया की किए किये कीं लगाया लगाए लगाये"),
    # Nouns of a claim after the genitive: "X का कहना है कि", "X का आरोप है कि".
    claims=_set("कहना आरोप दावा मानना"),
    genitives=_set("का की के"),
    ke=hindi_folded("के"),
    according=_set("अनुसार मुताबिक"),
    # Rules, plans and measures: "नियम के अनुसार" (by the rule), "मेन्यू के अनुसार" (by the menu).
    rules=_set("नियम नियमों कानून क़ानून प्रावधान प्रावधानों नीति योजना कार्यक्रम मेन्यू मेनू शेड्यूल समय "
               "समय-सारिणी आदेश निर्देश निर्देशों परंपरा ज़रूरत जरूरत आवश्यकता क्षमता मानक मानकों दर हिसाब अनुपात "
               "सूची व्यवस्था संविधान समझौते अनुबंध मौसम उम्र"),
    passive=_set("गया गई गयी गए गये जाता जाती जाते"),
    that=hindi_folded("कि"),
    clause_words=_set("कि और तथा व एवं लेकिन परंतु किंतु बल्कि जो जिस जिन जिसे जिन्हें तो अगर जब क्योंकि "
                      "इसलिए हालांकि वहीं"),
    and_=hindi_folded("और"),
    # Postpositions of place and time: the source comes after the phrase they end ("कैमरे पर", "मीडिया से").
    places=_set("में पर से को तक बाद दौरान"),
    openers=_set("आज कल गुरुवार बुधवार मंगलवार सोमवार रविवार शनिवार शुक्रवार सुबह शाम रात दोपहर भी फिर अब "
                 "उधर इधर इस बीच देर"),
    pronouns=_set("वह वे उस उन इस इन मैं हम आप"),
    fused=_set("उन्होंने उसने इसने इन्होंने मैंने हमने आपने"),
    stems=_set("बता कह"),
    progressive=_set("रहे रही रहा"),
    possessives=_set("उनके उसके इनके इसके मेरे हमारे आपके"),
    instructed=_set("को"),
    infinitive_endings=("ने",),  # the oblique infinitive: "सौंपने को कहा गया", was told to hand in
    max_manner=10,  # "ने नाम न बताने की शर्त पर जनमंच टीवी को बताया": a condition and whom it was told to
)


def suggest_in_line(line):
    """The attribution cues of one line of an article in Hindi."""
    return urdu.read_line(GRAMMAR, line)
