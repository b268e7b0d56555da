"""Attribution near misses: an Urdu "X کے مطابق" whose X is a measure (a time, an income, a need) names no source;
a line of a German article that opens on a few words of Dutch keeps the German table and its cue."""

from annotations.suggestions import suggest

URDU_LEAD = ("ضلع کونسل نے نیا ہسپتال کھولنے کا فیصلہ کیا ہے۔ شہری اس فیصلے سے خوش ہیں اور انہوں نے شکریہ ادا "
             "کیا ہے۔ ")
GERMAN_LEAD = ("Die Stadt Wehrbach will die alte Brücke über den Mühlbach im Sommer abreißen. Der Gemeinderat hat "
               "den Abriss am Montag beschlossen, die Arbeiten sollen bis zum Herbst dauern.\n")


def found(lead, sentence):
    text = lead + sentence
    return [(text[s.start : s.end], s.rule, s.source) for s in suggest(text, tag="attribution")
            if s.start >= len(lead)]


def test_an_urdu_measure_before_according_to_names_no_source():
    assert found(URDU_LEAD, "ہسپتال پیر کو مقامی وقت کے مطابق صبح نو بجے کھلے گا۔") == []
    assert found(URDU_LEAD, "علاج کی فیس مریضوں کی آمدنی کے مطابق طے ہوگی۔") == []
    assert found(URDU_LEAD, "دوائیں ضرورت کے مطابق دی جائیں گی۔") == []
    assert found(URDU_LEAD, "قانون کی شق کے مطابق ہسپتال ہر مریض کا علاج کرے گا۔") == []


def test_an_urdu_source_starts_at_the_pronoun_that_opens_its_genitive():
    cues = found(URDU_LEAD, "علاج کی فیس ان کی رپورٹ کے مطابق بڑھ گئی ہے۔")

    assert [(cue, source) for cue, _, source in cues] == [("ان کی رپورٹ کے مطابق", "ان کی رپورٹ")]


def test_an_urdu_named_source_keeps_its_genitive():
    cues = found(URDU_LEAD, "محکمہ صحت کے ترجمان کے مطابق ہسپتال میں سو بستر ہوں گے۔")

    assert [(cue, source) for cue, _, source in cues] == [("محکمہ صحت کے ترجمان کے مطابق", "محکمہ صحت کے ترجمان")]


def test_a_german_line_opening_on_a_few_dutch_words_keeps_its_german_cue():
    cues = found(GERMAN_LEAD, "De brug is te smal en te oud, sagte die Sprecherin.")

    assert [source for _, _, source in cues] == ["die Sprecherin"]


def test_a_line_clearly_in_another_language_is_read_with_its_own_table():
    lead = ("Die Gemeinde Wehrbach an der Grenze will die alte Brücke über den Grenzbach im Sommer abreißen. Der "
            "Gemeinderat hat den Abriss am Montag beschlossen, und die Arbeiten sollen bis zum Herbst dauern.\n")
    cues = found(lead, "De brug is te smal en de weg is ook niet breed genoeg, zei een woordvoerder van de gemeente.")

    assert [source for _, _, source in cues] == ["een woordvoerder van de gemeente"]
