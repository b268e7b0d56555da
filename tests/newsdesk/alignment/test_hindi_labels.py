"""Labels of a story in Hindi: runs of content words closed by a postposition, never a clause's opening words."""

import pytest

from newsdesk.alignment import hindi, labels

TEXTS = [
    "नदीपुर नगर निगम ने पुराने पुल की मरम्मत के आदेश दिए हैं। पुराने पुल की मरम्मत पर दो करोड़ रुपये खर्च होंगे।",
    "नगर निगम आयुक्त डॉ. सुनीता राठौर ने बताया कि पुराने पुल की मरम्मत मार्च तक पूरी होगी।",
    "इसके बाद नाराज दुकानदारों ने पुल के पास धरना दिया। नगर निगम आयुक्त डॉ. सुनीता राठौर से मिलने पहुंचे।",
    "नदीपुर नगर निगम की बैठक में पुराने पुल की मरम्मत पर चर्चा हुई।",
]


def phrases_of(text: str, texts=TEXTS) -> list[str]:
    reading = labels.HindiReading(texts)
    found = reading.spans(text)
    return [phrase for phrase, *_ in reading.candidates(
        [token for token, _, _ in found], text, [(start, end) for _, start, end in found])]


def test_a_label_is_a_noun_phrase_closed_by_a_postposition_and_goes_on_over_a_genitive():
    phrases = phrases_of(TEXTS[0])

    assert "नदीपुर नगर निगम" in phrases
    assert "पुराने पुल की मरम्मत" in phrases


def test_a_label_never_opens_or_closes_on_a_function_word():
    function = hindi.function_word_set()
    for text in TEXTS:
        for phrase in phrases_of(text):
            words = phrase.split()
            assert hindi.folded(words[0]) not in function and hindi.folded(words[-1]) not in function, phrase


def test_a_title_and_a_name_stay_whole_over_the_abbreviations_dot():
    phrases = phrases_of(TEXTS[1])

    assert "नगर निगम आयुक्त डॉ. सुनीता राठौर" in phrases
    assert not any(phrase.endswith("डॉ") or phrase.endswith("डॉ.") for phrase in phrases), phrases
    assert "सुनीता राठौर" not in phrases


def test_an_opening_never_ends_at_the_dot_of_an_abbreviation():
    assert labels.opening("सिविल सर्जन डॉ. राजीव खरे ने बताया कि सभी बच्चे ठीक हैं।") == "सिविल सर्जन डॉ. राजीव खरे…"


def test_the_subject_of_a_verb_of_saying_stands_as_the_source():
    reading = labels.HindiReading(TEXTS)
    text = TEXTS[1]
    found = reading.spans(text)
    words, spans = [token for token, _, _ in found], [(start, end) for _, start, end in found]
    sources = {phrase: reading.source(words, start, end, text, spans)
               for phrase, _, start, end in reading.candidates(words, text, spans)}

    assert sources["नगर निगम आयुक्त डॉ. सुनीता राठौर"] is True


def test_a_hindi_story_is_read_by_its_own_rules():
    assert isinstance(labels.reading_of(TEXTS), labels.HindiReading)


# Marathi and Nepali share Hindi's script and write their postpositions onto the noun; the language detector may
# take them for Hindi.
MARATHI = [
    "नांदगाव तालुक्यातील धरणाचे दरवाजे मंगळवारी रात्री उघडण्यात आले आणि नदीकाठच्या गावांना सतर्कतेचा इशारा देण्यात "
    "आला आहे.",
    "पाटबंधारे विभागाचे अभियंता विजय कुलकर्णी यांनी सांगितले की पाण्याची पातळी वाढत असल्याने हा निर्णय घेण्यात आला.",
]
NEPALI = [
    "सुनकोशी नदीमा बाढी आएपछि किनारका तीन गाउँका बासिन्दालाई सुरक्षित स्थानमा सारिएको छ।",
    "जिल्ला प्रशासन कार्यालयका प्रमुख रमेश अधिकारीले उद्धार टोली परिचालन गरिएको र थप सतर्कता अपनाउन आग्रह "
    "गरिएको बताए।",
]


@pytest.mark.parametrize("texts", [MARATHI, NEPALI], ids=["marathi", "nepali"])
def test_a_marathi_or_nepali_story_taken_for_hindi_keeps_its_openings_not_hindis_rules(texts):
    from newsdesk.importing import languages

    assert not hindi.written_in_hindi(texts)
    if languages.language_of_texts(texts) == labels.HINDI_LANGUAGE:
        assert isinstance(labels.reading_of(texts), labels.OpeningReading)
    assert hindi.written_in_hindi(TEXTS)


def test_the_verbs_of_saying_are_the_furniture_lists_with_the_claim():
    from newsdesk.importing.furniture_vocabulary import TOLD_VERBS

    assert hindi.SAYING == {hindi.folded(word) for word in TOLD_VERBS["hi"].split()} | hindi.LABEL_SAYING
    assert {"बताई", "बतायी"} <= hindi.SAYING


def test_the_subject_of_a_verb_of_saying_in_the_furniture_list_stands_as_the_source():
    texts = [*TEXTS, "नदीपुर नगर निगम ने पुल की पूरी योजना बताई।"]
    reading = labels.HindiReading(texts)
    text = texts[-1]
    found = reading.spans(text)
    words, spans = [token for token, _, _ in found], [(start, end) for _, start, end in found]
    sources = {phrase: reading.source(words, start, end, text, spans)
               for phrase, _, start, end in reading.candidates(words, text, spans)}

    assert sources["नदीपुर नगर निगम"] is True
