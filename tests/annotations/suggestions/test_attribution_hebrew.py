"""Attribution in Hebrew: a verb of saying after its subject (a title and a name set apart by commas, a subject
with a preposition), after a word of time or a quotation with its subject after it, a pronoun, "and announced",
"לפי" and "לדברי" opening a clause, a clause before a colon and a quotation, demands and calls, a television page's
label over a quotation with an abbreviation in it; the near misses (a verb that is a noun or an ordinary verb too,
"לפי" inside a clause, a call that is no demand); and the story's own gold. Every sentence here is invented."""

import pytest

from annotations.suggestions import suggest
from annotations.suggestions.attribution import hebrew
from annotations.suggestions.attribution.languages import reader_of
from annotations.suggestions.base import split_lines
from tests.annotations.suggestions.attribution_story_gold_he import GOLD
from tests.annotations.suggestions.story_cues import story_score

# Sentences before the one under test, so that the article is told to be Hebrew.
LEAD = "הגשר שמעל הנחל נסגר אתמול לתנועה. התושבים נאלצים לנסוע בדרך ארוכה יותר אל העיר. "


def found(sentence):
    text = LEAD + sentence
    return [(text[s.start : s.end], s.source) for s in suggest(text, tag="attribution") if s.start >= len(LEAD)]


@pytest.mark.parametrize("sentence, cues", [
    ("משרד התחבורה מסר כי הגשר ייפתח בשבוע הבא.", [("משרד התחבורה מסר", "משרד התחבורה")]),
    ('דובר העירייה, אלון כץ, אמר כי הבדיקה תסתיים בקרוב.', [("דובר העירייה, אלון כץ, אמר", "אלון כץ")]),
    ("מירב לוי, תושבת השכונה, אומרת שהדרך החלופית מסוכנת.", [("מירב לוי, תושבת השכונה, אומרת", "מירב לוי")]),
    ("בעירייה טוענים כי אין סכנה.", [("בעירייה טוענים", "בעירייה")]),
    ("ביום ראשון הודיעה חברת הכבישים שהעבודות יימשכו חודש.", [("הודיעה חברת הכבישים", "חברת הכבישים")]),
    ('"לא קיבלנו שום הודעה", אומר נהג האוטובוס יוסי דהן.',
     [("אומר נהג האוטובוס יוסי דהן", "נהג האוטובוס יוסי דהן")]),
    ('"זה ייקח זמן", היא אומרת.', [("היא אומרת", "")]),
    ('"אנחנו עובדים מסביב לשעון", אמר.', [("אמר", "")]),
    ("לפי נתוני המשטרה, התנועה בכביש הוכפלה.", [("לפי נתוני המשטרה", "נתוני המשטרה")]),
    ("לדברי המהנדסת, הסדקים ישנים.", [("לדברי המהנדסת", "המהנדסת")]),
    ("לדבריו, הגשר יחזיק עוד שנים.", [("לדבריו", "")]),
    ('הנהגים מתלוננים: "אנחנו מאחרים כל יום".', [("הנהגים מתלוננים:", "הנהגים")]),
    ("ועד השכונה דורש לפתוח נתיב זמני.", [("ועד השכונה דורש", "ועד השכונה")]),
    ("ראש העיר קרא לתושבים להימנע מנסיעות.", [("ראש העיר קרא", "ראש העיר")]),
    ("המהנדס הראשי אמר כי הגשר ישן, והוסיף כי יש לחזק אותו.",
     [("המהנדס הראשי אמר", "המהנדס הראשי"), ("והוסיף", "המהנדס הראשי")]),
])
def test_a_hebrew_cue_and_its_source(sentence, cues):
    assert found(sentence) == cues


@pytest.mark.parametrize("sentence", [
    "מספר התושבים בשכונה עלה בשנה האחרונה.",  # "מספר", a number
    "העירייה הוסיפה שני נתיבים לכביש.",  # "added" two lanes: nothing said
    "ההסתדרות הכריזה על שביתה במפעל.",  # "declared" a strike
    "הרכבים נעים לפי הסדר שנקבע.",  # "לפי" inside a clause: in keeping with
    "הילד קרא ספר בתחנה.",  # "read" a book
    "קוראים יקרים, העיתון צריך אתכם.",  # "readers"
])
def test_a_hebrew_sentence_that_reports_no_words_has_no_cue(sentence):
    assert found(sentence) == []


def test_a_verb_inside_a_quotation_is_the_speakers_words():
    assert found('"הם אמרו לנו שהכל בסדר", מספרת רות גבאי.') == [("מספרת רות גבאי", "רות גבאי")]


def test_a_quotation_after_a_prefix_is_read_as_one():
    assert found("ראש העיר אמר ל״חדשות הנחל״ כי הגשר ייפתח.") == [("ראש העיר אמר", "ראש העיר")]


def test_a_television_label_with_an_abbreviation_names_its_speaker():
    text = LEAD + '\n\nמשה אברהם, יו"ר ועד התושבים:\n"אנחנו לא נוותר על הגשר."'
    cues = [(text[s.start : s.end], s.source) for s in suggest(text, tag="attribution")]
    assert cues == [('משה אברהם, יו"ר ועד התושבים:', 'משה אברהם, יו"ר ועד התושבים')]


def test_the_reader_is_hebrew_and_stays_with_it():
    assert reader_of(split_lines(LEAD)) is hebrew.suggest_in_line
    assert reader_of(split_lines("The bridge over the stream was closed yesterday. Residents drive a longer way."
                                 )) is None


def test_the_hebrew_story_against_its_gold():
    result = story_score("givat-tamarit-sgirat-machlava", GOLD)
    assert result.recall >= 0.95 and result.precision >= 0.95
