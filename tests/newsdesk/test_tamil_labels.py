"""Labels of a story in Tamil: short noun phrases closed by their head noun, read with the story's own words, the
case ending of the last word left out; never led by a weekday or an hour, never ending on a figure, never cutting
a name in two."""

from newsdesk.alignment import labels, tamil

# Invented sentences about an invented school roof collapse.
TAMIL_STORY = [
    "வள்ளுவர் நகரைச் சேர்ந்த மாணவர்கள் வியாழக்கிழமை காலை 9 மணிக்கு பள்ளிக்குச் சென்றனர்.",
    "ஊராட்சி ஒன்றியப் பள்ளியின் மேற்கூரை வியாழக்கிழமை இடிந்து விழுந்தது. வள்ளுவர் நகர் மக்கள் அதிர்ச்சி அடைந்தனர்.",
    "காயமடைந்த 14 மாணவர்கள் கோட்டூர் அரசு மருத்துவமனையில் அனுமதிக்கப்பட்டனர். கோட்டூர் அரசு மருத்துவமனை "
    "மருத்துவர்கள் சிகிச்சை அளித்தனர்.",
    "ஊராட்சி ஒன்றியப் பள்ளியின் மேற்கூரை பழுதடைந்திருந்ததாக பெற்றோர் புகார் தெரிவித்தனர். வள்ளுவர் நகரில் மறியல் நடந்தது.",
    "பள்ளிக் கட்டடம் சீரமைக்க ரூ.12 லட்சம் ஒதுக்கப்பட்டுள்ளது என்று வட்டாட்சியர் இரா.மதிவாணன் தெரிவித்தார்.",
]


def tamil_candidates(text, story=TAMIL_STORY):
    reading = labels.reading_of(story)
    found = reading.spans(text)
    return [phrase for phrase, *_ in reading.candidates(
        [token for token, _, _ in found], text, [(start, end) for _, start, end in found])]


def test_a_tamil_story_is_read_by_its_own_noun_phrases():
    assert isinstance(labels.reading_of(TAMIL_STORY), labels.TamilReading)


def test_a_tamil_label_ends_on_its_head_noun_without_the_case_ending():
    phrases = tamil_candidates(TAMIL_STORY[2])

    assert "கோட்டூர் அரசு மருத்துவமனை" in phrases
    assert not any(phrase.endswith("மருத்துவமனையில்") for phrase in phrases)
    assert not any("அனுமதிக்கப்பட்டனர்" in phrase or "அளித்தனர்" in phrase for phrase in phrases)


def test_a_tamil_place_name_is_never_cut_and_loses_its_case_ending_and_sandhi_consonant():
    phrases = tamil_candidates(TAMIL_STORY[0]) + tamil_candidates(TAMIL_STORY[3])

    assert "வள்ளுவர் நகர்" in phrases
    assert "வள்ளுவர்" not in phrases
    assert not any(phrase.endswith(("நகரைச்", "நகரை", "நகரில்")) for phrase in phrases)


def test_no_tamil_label_holds_a_weekday_an_hour_or_ends_on_a_figure():
    phrases = [phrase for text in TAMIL_STORY for phrase in tamil_candidates(text)]

    assert phrases
    assert not any(word in phrase for phrase in phrases for word in ("வியாழக்கிழமை", "காலை", "மணிக்கு"))
    assert not any(phrase.split()[-1][:1].isdigit() for phrase in phrases)
    assert not any(phrase.split()[-1] in tamil.QUANTITIES for phrase in phrases)


def test_a_genitive_binds_its_noun_and_an_initial_stays_on_its_name():
    phrases = tamil_candidates(TAMIL_STORY[1]) + tamil_candidates(TAMIL_STORY[4])

    assert "ஊராட்சி ஒன்றியப் பள்ளியின் மேற்கூரை" in phrases
    assert not any(phrase.endswith("பள்ளியின்") for phrase in phrases)
    assert not any(phrase.endswith(("இரா", "இரா.")) for phrase in phrases)


def test_a_noun_written_before_a_verb_of_saying_names_the_source():
    text = TAMIL_STORY[4]
    reading = labels.reading_of(TAMIL_STORY)
    found = reading.spans(text)
    words = [token for token, _, _ in found]
    sources = {phrase for phrase, _, start, end in reading.candidates(
        words, text, [(start, end) for _, start, end in found])
        if reading.source(words, start, end, text, [])}

    assert any("மதிவாணன்" in phrase for phrase in sources)


def test_tamil_topics_are_labelled_by_phrases_not_by_sentence_openings():
    names = labels.label_topics(TAMIL_STORY, [0, 1, 2, 1, 0], ["a", "b", "a", "c", "b"])

    assert names
    assert not any(label.endswith("…") for label in names.values())
    assert not any(label.split()[0].endswith("கிழமை") for label in names.values())


def test_a_noun_that_ends_like_a_participle_is_a_noun_where_the_story_writes_its_plural():
    story = tamil.Story([["பேருந்துகள்", "நின்றன"], ["பேருந்து", "நிறுத்தம்", "அருகே", "உடைந்து", "நின்றது"]])

    assert not story.verb("பேருந்து")
    assert story.verb("உடைந்து")
