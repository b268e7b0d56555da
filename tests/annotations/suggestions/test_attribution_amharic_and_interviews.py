"""Attribution in Amharic (a verb of saying after a quotation or a clause of what was said, its source before or
after it, "as X stated", hearsay, a transcript's speaker line), an English interview's turns led by a surname in
capitals, a written notice as a source, and a question asked in an interview turn."""

import pytest

from annotations.suggestions import suggest

AMHARIC_LEAD = "የከተማው ውሃ ቢሮ አዲስ የውሃ ቧንቧ መዘርጋት ጀመረ። ሥራው በሦስት ወር ውስጥ ይጠናቀቃል ተብሎ ይጠበቃል።\n\n"


def found(lead, sentence):
    text = lead + sentence
    return [(text[s.start : s.end], s.source) for s in suggest(text, tag="attribution") if s.start >= len(lead)]


@pytest.mark.parametrize("sentence, cues", [
    ("የቢሮው ኃላፊ አቶ ታምራት ሙሉነህ «ሥራውን በጊዜ እንጨርሳለን» ብለዋል።",
     [("ብለዋል", "የቢሮው ኃላፊ አቶ ታምራት ሙሉነህ")]),
    ("«ውሃ ሳናገኝ አንድ ሳምንት አለፈ» ሲሉ ወ/ሮ ሂሩት ዳዊት ለጋዜጣው ተናግረዋል።",
     [("ሲሉ ወ/ሮ ሂሩት ዳዊት ለጋዜጣው ተናግረዋል", "ወ/ሮ ሂሩት ዳዊት")]),
    ("«በቂ ገንዘብ ተመድቧል» ብለዋል ዋና ዳይሬክተሩ።", [("ብለዋል ዋና ዳይሬክተሩ", "ዋና ዳይሬክተሩ")]),
    ("«ልጆቼ ትምህርት ቤት መሄድ አልቻሉም» ትላለች።", [("ትላለች", "")]),
    ("ቧንቧው በሁለት ሳምንት ውስጥ መድረሱን የከተማው ውሃ ቢሮ ገልጿል።",
     [("የከተማው ውሃ ቢሮ ገልጿል", "የከተማው ውሃ ቢሮ")]),
    ("የአካባቢው ነዋሪዎች ከአንድ ዓመት በፊት ለቢሮው ማመልከታቸውን ይናገራሉ።", [("ይናገራሉ", "የአካባቢው ነዋሪዎች")]),
    ("የቢሮው ኃላፊ አቶ ታምራት ሙሉነህ እንደገለጹት፥ ሥራው በሦስት ወር ይጠናቀቃል።",
     [("የቢሮው ኃላፊ አቶ ታምራት ሙሉነህ እንደገለጹት", "የቢሮው ኃላፊ አቶ ታምራት ሙሉነህ")]),
    ("እንደ ቢሮው ገለጻ ሥራው ተጀምሯል።", [("እንደ ቢሮው ገለጻ", "ቢሮው")]),
    ("ወጪው ከእጥፍ በላይ ጨምሯል የሚሉም አሉ።", [("የሚሉም አሉ", "")]),
    ("የሱቅ ባለቤት ወጣት ዮሴፍ ከበደ፦ «ሁለት ቀን ሙሉ ውሃ አልነበረም።»",
     [("የሱቅ ባለቤት ወጣት ዮሴፍ ከበደ፦", "የሱቅ ባለቤት ወጣት ዮሴፍ ከበደ")]),
])
def test_amharic_verbs_of_saying_name_their_source(sentence, cues):
    assert found(AMHARIC_LEAD, sentence) == cues


@pytest.mark.parametrize("sentence", [
    "ጋዜጠኛ፦ «ከጀርባዬ የምታዩት አዲሱ ቧንቧ ነው።»",  # the outlet's own journalist: its narration
    "«ቢሮው ችግሩን ያውቃል ብለዋል ብዙዎች» የሚል ጽሑፍ በግድግዳው ላይ ተለጥፏል።",  # a verb inside a quotation
])
def test_amharic_near_misses_are_no_cues(sentence):
    assert found(AMHARIC_LEAD, sentence) == []


INTERVIEW = """Harbour pilot Tomas Veldkamp has guided ships into Carrowmouth for twenty years.

He spoke to the Gazette on the quay.

ABERNETHY: When did you first see the crack in the pier?

VELDKAMP: On Monday morning, just after the tide turned. I called the harbour office straight away.

ABERNETHY: The divers went down yesterday. What can you tell us?

VELDKAMP: Only that divers went down yesterday. I would welcome a proper survey before anything else is decided.
"""


def test_an_interview_answer_led_by_a_surname_label_is_the_speakers():
    cues = [(INTERVIEW[s.start : s.end], s.source) for s in suggest(INTERVIEW, tag="attribution")]
    assert ("VELDKAMP:", "Tomas Veldkamp") in cues
    assert not any(text.startswith("ABERNETHY") for text, _ in cues)  # the interviewer's questions


def test_called_and_welcome_after_i_are_no_verbs_of_saying():
    cues = [INTERVIEW[s.start : s.end] for s in suggest(INTERVIEW, tag="attribution")]
    assert not any(cue.startswith("I ") for cue in cues)


def test_a_question_in_an_interview_turn_is_not_rhetorical():
    rules = {s.rule for s in suggest(INTERVIEW, tag="rhetoric")}
    assert "rhetoric.rhetorical_question" not in rules


def test_a_notice_is_the_source_not_the_place_it_hangs():
    text = "A notice on the door of Hollin Library tells readers that the building is closed until March."
    assert [(s.source) for s in suggest(text, tag="attribution")] == ["A notice"]
