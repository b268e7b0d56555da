"""Attribution in Hindi, read by the Urdu reader with Hindi's words: the source before "ने" and its verb, a pronoun
with the ergative written onto it, "X का कहना है कि", "X के अनुसार", the progressive, the passive with no source.
Every text here is invented."""

import pytest

from annotations.suggestions import suggest
from annotations.suggestions.attribution import hindi
from annotations.suggestions.base import split_lines


def cues_in(text):
    line = split_lines(text)[0]
    return [(text[s.start : s.end], s.source) for s in hindi.suggest_in_line(line)]


@pytest.mark.parametrize(
    "sentence, cues",
    [
        (
            "नगर निगम के आयुक्त सुरेश पाल ने बताया कि पुल की मरम्मत अगले महीने होगी।",
            [("नगर निगम के आयुक्त सुरेश पाल ने बताया", "नगर निगम के आयुक्त सुरेश पाल")],
        ),
        ("उन्होंने कहा, \"पानी उतर रहा है।\"", [("उन्होंने कहा", "")]),
        ("मौसम विभाग के अनुसार कल भी बारिश होगी।", [("मौसम विभाग के अनुसार", "मौसम विभाग")]),
        ("उनके अनुसार नाव सुबह डूबी।", [("उनके अनुसार", "")]),
        ("मछुआरों का कहना है कि जाल बह गए।", [("मछुआरों का कहना है", "मछुआरों")]),
        ("गांव के किसान बता रहे हैं कि नहर सूख गई है।", [("गांव के किसान बता रहे हैं", "गांव के किसान")]),
        ("घायलों की हालत स्थिर बताई गई है।", [("बताई गई", "")]),
    ],
)
def test_a_hindi_cue_and_its_source(sentence, cues):
    assert cues_in(sentence) == cues


@pytest.mark.parametrize(
    "sentence",
    [
        "समय-सारिणी के अनुसार बस सात बजे चलेगी।",  # by the timetable: a rule, no source
        "नियम के अनुसार दुकानें रात दस बजे बंद होंगी।",  # by the rule
        "यह रकम खुद बता देती है कि दाल पतली क्यों है।",  # a sum that "tells": no speaker
        "अधिकारी को तीन दिन में रिपोर्ट देने को कहा गया है।",  # was told to hand in a report: an instruction
    ],
)
def test_a_hindi_sentence_that_reports_no_words_has_no_cue(sentence):
    assert cues_in(sentence) == []


def test_a_hindi_article_gets_attribution_suggestions():
    text = (
        "नदी में नाव पलटी, दो लापता\n\n"
        "रामपुर घाट पर बुधवार सुबह एक नाव पलट गई। नाव में बारह लोग सवार थे, जिनमें से दस तैरकर किनारे पहुंच "
        "गए।\n\n"
        "थाना प्रभारी अजय वर्मा ने बताया कि गोताखोर लापता लोगों की तलाश कर रहे हैं। प्रत्यक्षदर्शियों के "
        "मुताबिक नाव में क्षमता से अधिक लोग थे।"
    )
    found = [(text[s.start : s.end], s.source) for s in suggest(text) if s.tag == "attribution"]
    assert ("थाना प्रभारी अजय वर्मा ने बताया", "थाना प्रभारी अजय वर्मा") in found
    assert ("प्रत्यक्षदर्शियों के मुताबिक", "प्रत्यक्षदर्शियों") in found
