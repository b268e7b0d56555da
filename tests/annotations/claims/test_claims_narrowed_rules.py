"""Rules that fired where they should not: "in acht" before a noun, Dutch number words as subjects, a one-word
place before a dash and a run of capitalised words, and ages after one word of a name. Each pinned on both sides;
the sentences are invented."""

import pytest

from annotations.claims.finding import find_mentions
from annotations.claims.normalise import details


def values(text, language):
    return [f.value for f in details(text, language).figures]


# "in acht nemen" only when no noun follows "acht"
@pytest.mark.parametrize("text", [
    "In acht gemeenten zijn de maatregelen genomen.",
    "De maatregelen zijn in acht gemeenten genomen.",
])
def test_in_acht_before_a_noun_counts_eight(text):
    assert values(text, "nl") == [8]


@pytest.mark.parametrize("text", [
    "De boer neemt de regels niet in acht, zegt de provincie.",
    "De regels werden niet in acht genomen door het bedrijf.",
    "Het bedrijf heeft beloofd de regels in acht te nemen.",
])
def test_in_acht_before_a_verb_or_a_clause_end_is_the_idiom(text):
    assert details(text, "nl").figures == ()


# a Dutch number word before a verb is the subject it counts
@pytest.mark.parametrize("text, value", [
    ("Vijf zijn omgekomen bij de brand.", 5),
    ("Twee waren al vertrokken.", 2),
    ("Hulp gaat naar de drie het zwaarst getroffen provincies.", 3),
    ("Toen vonden we acht dode zwanen in het ven.", 8),
])
def test_a_dutch_number_word_before_a_verb_or_pronoun_still_counts(text, value):
    assert values(text, "nl") == [value]


def test_acht_before_a_subject_pronoun_is_the_verb_to_deem():
    assert details("Dat acht ik onwaarschijnlijk, zei de wethouder.", "nl").figures == ()


# a one-word place before a dash
@pytest.mark.parametrize("text, language, opening, names", [
    ("Pasirlaya - Polda Sungai Biru menangkap 12 orang pada Senin malam.", "id", "Polda", {"polda", "sungai", "biru"}),
    ("Ommerdam - Burgemeester Piet Smit zegt dat 12 woningen onbewoonbaar zijn.", "nl", "Burgemeester",
     {"piet", "smit"}),
    ("Bramford - Chief Constable Ann Lee said 12 people were arrested.", "en", "Chief", {"ann", "lee"}),
])
def test_a_place_before_a_dash_and_a_run_of_capitalised_words_is_a_dateline(text, language, opening, names):
    [mention] = find_mentions(1, text, language)
    assert mention.start == text.index(opening)
    assert mention.text.startswith(opening)
    assert names <= mention.details.names
    assert text.split()[0].lower() not in mention.details.names


def test_a_place_before_a_dash_and_a_common_noun_the_article_writes_is_a_dateline():
    text = "Bramford - Police arrested 12 people on Monday night.\n\nThe police said more arrests would follow."
    first = find_mentions(1, text, "en")[0]
    assert first.start == text.index("Police")
    assert "bramford" not in first.details.names


def test_offsets_after_a_dateline_count_code_points():
    text = "Ωραιόκαστρο - Polda Sungai Biru menangkap 12 orang pada Senin malam."
    [mention] = find_mentions(1, text, "id")
    assert text[mention.start:mention.end] == mention.text and mention.start == text.index("Polda")


@pytest.mark.parametrize("text, names", [
    ("Liverpool – Arsenal drew 2-2 on Saturday before 31,000 fans.", {"liverpool", "arsenal"}),
    ("Norbury – Castlefield drew 2-2 on Saturday before 31,000 fans.", {"norbury", "castlefield"}),
])
def test_one_name_then_a_verb_after_a_dash_stays_two_names(text, names):
    [mention] = find_mentions(1, text, "en")
    assert mention.start == 0
    assert names <= mention.details.names


# an age after one word of a name
@pytest.mark.parametrize("text, language, value", [
    ("Warga bernama Sutrisno (52) mengatakan 14 rumah rusak.", "id", 14),
    ("Police said Smith (34) was arrested with 12 others.", "en", 12),
    ("Madonna (65) played before 40,000 fans in Lisbon.", "en", 40_000),
    ("Boer Kuipers (61) hield 40 koeien op zijn bedrijf.", "nl", 40),
])
def test_a_figure_in_brackets_after_one_name_word_is_an_age(text, language, value):
    assert values(text, language) == [value]


@pytest.mark.parametrize("text, language, expected", [
    ("In the Senate the Republicans (53) hold the majority over the Democrats (47).", "en", [53, 47]),
    ("Die Verletzten (12) wurden in Kliniken gebracht.", "de", [12]),
    ("Verletzten (12) gab es viele, die Verletzten wurden versorgt.", "de", [12]),
    ("In de raad hebben de Groenen (14) de meeste zetels.", "nl", [14]),
])
def test_a_figure_in_brackets_after_a_noun_with_its_article_stays_a_count(text, language, expected):
    assert values(text, language) == expected
