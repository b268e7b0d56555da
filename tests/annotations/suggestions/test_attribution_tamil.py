"""Attribution in Tamil: the verb of saying after its source and after the quotative, the verb first with its
source after it, a pronoun, a noun said with the verb, "according to", hearsay, a television page's label over a
quotation; the near misses (a courtesy, a verb inside the quotation); and that the rules stay with Tamil."""

import pytest

from annotations.suggestions import suggest
from annotations.suggestions.attribution import tamil
from annotations.suggestions.attribution.languages import reader_of
from annotations.suggestions.base import split_lines

# Sentences before the one under test, so that the article is told to be Tamil.
TAMIL_LEAD = "வேலம்பட்டி ஏரியின் கரை இந்த வாரம் பலப்படுத்தப்பட்டது. கிராம மக்கள் இதனால் நிம்மதி அடைந்துள்ளனர். "


def found(sentence):
    text = TAMIL_LEAD + sentence
    return [(text[s.start : s.end], s.source) for s in suggest(text, tag="attribution") if s.start >= len(TAMIL_LEAD)]


@pytest.mark.parametrize("sentence, cues", [
    # the quotative, the source and the verb: the cue runs from the quotative
    ("‘மழைக்கு முன் வேலை முடியும்’ என்று வட்டாட்சியர் கோ.இளங்கோவன் கூறினார்.",
     [("என்று வட்டாட்சியர் கோ.இளங்கோவன் கூறினார்", "வட்டாட்சியர் கோ.இளங்கோவன்")]),
    # reported with "-தாக": the source between the reported words and the verb
    ("கரையின் இரண்டு இடங்களில் விரிசல் இருந்ததாக பொதுப்பணித் துறை பொறியாளர் த.மீனா தெரிவித்தார்.",
     [("பொதுப்பணித் துறை பொறியாளர் த.மீனா தெரிவித்தார்", "பொதுப்பணித் துறை பொறியாளர் த.மீனா")]),
    # the verb first after a quotation, the source after it to the sentence's end
    ("‘இந்த ஆண்டு நடவு தள்ளிப்போகும்’ என்கிறார் கிழக்குத் தெருவைச் சேர்ந்த விவசாயி ரா.சுந்தரம்.",
     [("என்கிறார் கிழக்குத் தெருவைச் சேர்ந்த விவசாயி ரா.சுந்தரம்", "கிழக்குத் தெருவைச் சேர்ந்த விவசாயி ரா.சுந்தரம்")]),
    ("‘தண்ணீர் போதுமான அளவு உள்ளது’ என்றார் ஊராட்சித் தலைவர் மு.கலா.",
     [("என்றார் ஊராட்சித் தலைவர் மு.கலா", "ஊராட்சித் தலைவர் மு.கலா")]),
    # words reported without quotation marks before the quotative's own verb are no source
    ("அடுத்த மாதம் புதிய மதகு கட்டப்படும் என்றார்.", [("என்றார்", "")]),
    # a pronoun is a cue with no named source
    ("\"கரை உடையாது\" என்று அவர் கூறினார்.", [("என்று அவர் கூறினார்", "")]),
    # to whom, how and a noun said with the verb are in the cue, not in the source
    ("வேலை தாமதமாக நடப்பதாக விவசாயிகள் புகார் தெரிவித்தனர்.",
     [("விவசாயிகள் புகார் தெரிவித்தனர்", "விவசாயிகள்")]),
    ("\"எங்கள் வயல் மூழ்கியது\" என்று விவசாயி செ.ராணி கவலையுடன் கூறினார்.",
     [("என்று விவசாயி செ.ராணி கவலையுடன் கூறினார்", "விவசாயி செ.ராணி")]),
    ("ஆட்சியர் வே.பிரபு செய்தியாளர்களிடம் கூறியதாவது: கரை இரண்டு நாளில் சீரமைக்கப்படும்.",
     [("ஆட்சியர் வே.பிரபு செய்தியாளர்களிடம் கூறியதாவது", "ஆட்சியர் வே.பிரபு")]),
    # a phrase of source before "according to", and words reported with no source
    ("வானிலை மையத்தின் தகவலின்படி நாளை கனமழை பெய்யும்.",
     [("வானிலை மையத்தின் தகவலின்படி", "வானிலை மையத்தின்")]),
    ("கரையில் மணல் திருடப்பட்டதாகக் கூறப்படுகிறது.", [("கூறப்படுகிறது", "")]),
])
def test_tamil_reporting_cues_and_their_sources(sentence, cues):
    assert found(sentence) == cues


@pytest.mark.parametrize("sentence", [
    # thanks expressed report no words
    "உதவிய தன்னார்வலர்களுக்கு ஊராட்சித் தலைவர் நன்றி தெரிவித்தார்.",
    # a verb of saying inside the quotation is the speaker's words
    "‘நாங்கள் பலமுறை சொன்னோம், யாரும் கேட்கவில்லை’",
])
def test_tamil_near_misses_are_no_cues(sentence):
    assert found(sentence) == []


def test_a_label_line_over_a_quotation_names_its_speaker_on_a_tamil_page():
    text = TAMIL_LEAD + "\n\nஊராட்சி ஒன்றியப் பொறியாளர் கா.நந்தினி:\n\"கரையை உயர்த்தும் பணி இன்று தொடங்கும்.\"\n"
    cues = [(text[s.start : s.end], s.source, s.rule) for s in suggest(text, tag="attribution")]
    assert ("ஊராட்சி ஒன்றியப் பொறியாளர் கா.நந்தினி:", "ஊராட்சி ஒன்றியப் பொறியாளர் கா.நந்தினி", "attribution.speaker") in cues


def test_a_tamil_label_line_without_a_quotation_below_is_no_speaker():
    text = TAMIL_LEAD + "\n\nநடந்தது என்ன:\nகரையில் விரிசல் திங்கள்கிழமை தெரிந்தது.\n"
    assert not [s for s in suggest(text, tag="attribution") if s.rule == "attribution.speaker"]


def test_a_tamil_article_is_read_by_the_tamil_reader_and_others_are_not():
    assert reader_of(split_lines(TAMIL_LEAD)) is tamil.suggest_in_line
    assert reader_of(split_lines("The council said the bank would be repaired before the rains.")) is None


def test_an_initial_s_dot_ends_no_tamil_sentence():
    sentence = "‘கரை பலமாக உள்ளது’ என்றார் பொறியாளர் எஸ். கார்த்திக்."
    assert found(sentence) == [("என்றார் பொறியாளர் எஸ். கார்த்திக்", "பொறியாளர் எஸ். கார்த்திக்")]
