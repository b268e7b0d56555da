"""Armenian writes its marks of emphasis, exclamation and question over a vowel inside a word ("երե՛ք", "տասնհի՜նգ",
"ինչո՞ւ"): the word is read as written without them, a number word as a figure. Bulgarian joins a scale and its
hundreds with "и" ("хиляда и двеста", 1,200) and writes half a scale with "половин" before it ("половин милион",
500,000), never a whole one. Every sentence here is invented for the test."""

import pytest

from annotations.claims.normalise import details, tokens


def figures(text, language):
    return [(f.kind, f.value) for f in details(text, language).figures]


@pytest.mark.parametrize(
    ("marked", "plain"),
    [
        ("Հրդեհից տուժել է երե՛ք տուն Արփիձորում։", "Հրդեհից տուժել է երեք տուն Արփիձորում։"),
        ("Գյուղում այրվել է տասնհի՜նգ տուն։", "Գյուղում այրվել է տասնհինգ տուն։"),
        (
            "Ջրհեղեղից հետո քսանհինգ ընտանիք տեղափոխվե՛լ է Մարգահովիտ։",
            "Ջրհեղեղից հետո քսանհինգ ընտանիք տեղափոխվել է Մարգահովիտ։",
        ),
    ],
)
def test_an_armenian_mark_inside_a_word_leaves_its_figure_as_without_it(marked, plain):
    assert figures(marked, "hy") == figures(plain, "hy") != []


def test_an_armenian_marked_word_is_one_word_written_without_its_mark():
    assert [word for word, _, _ in tokens("Ինչո՞ւ է փակվել Արփիձորի կամուրջը։", "hy")][:2] == ["Ինչու", "է"]


def test_an_armenian_mark_after_a_word_changes_nothing():
    assert figures("Այո՛, երեք տուն է այրվել։", "hy") == [("count", 3.0)]


def test_a_bulgarian_scale_joined_to_its_hundreds():
    assert figures("Общината в Бреговица отпуска хиляда и двеста лева за ремонта.", "bg") == [("money:BGN", 1200.0)]


@pytest.mark.parametrize(
    ("sentence", "kind", "value"),
    [
        ("Общината в Бреговица отпуска половин милион лева за ремонта.", "money:BGN", 500_000.0),
        ("Половин милион души живеят по поречието на Осъмка.", "count", 500_000.0),
        ("Новият язовир над Бреговица ще струва половин милиард лева.", "money:BGN", 500_000_000.0),
    ],
)
def test_a_bulgarian_half_of_a_scale_is_half_of_it(sentence, kind, value):
    assert figures(sentence, "bg")[:1] == [(kind, value)]


def test_a_bulgarian_half_hour_is_no_figure():
    assert figures("Кметът на Бреговица говори половин час пред жителите.", "bg") == []
