"""Months and weekdays come from one table (``newsdesk.importing.calendar_names``) for the claims, the furniture
rules and story matching: a language added there is read as a date everywhere."""

import pytest

from annotations.claims.normalise import details
from newsdesk.importing import calendar_names, furniture_vocabulary


@pytest.mark.parametrize(("sentence", "language", "day"), [
    ("Завод закрыли 3 декабря 2025 года, уволив 420 человек.", "ru", "day:december-3"),
    ("Завод закрили 3 грудня 2025 року, звільнивши 420 людей.", "uk", "day:december-3"),
    ("Pożar wybuchł 12 listopada 2025 r. w hali magazynowej.", "pl", "day:november-12"),
    ("El 3 ago se reabrió el puente al tráfico.", "es", "day:august-3"),
])
def test_a_day_and_a_month_in_words_are_a_date_and_the_day_is_no_count(sentence, language, day):
    found = details(sentence, language)

    assert day in found.dates
    assert all(figure.value != int(day.rsplit("-", 1)[1]) for figure in found.figures)


def test_a_weekday_in_the_accusative_is_a_day_but_the_russian_word_for_environment_is_not():
    assert "weekday:wednesday" in details("Заседание прошло в среду вечером.", "ru").dates
    assert "weekday:friday" in details("Засідання відбулося у п’ятницю.", "uk").dates
    assert not details("Охрана окружающей среды и среда обитания.", "ru").dates


def test_an_abbreviated_month_that_is_a_word_elsewhere_is_a_month_only_after_a_day():
    assert not details("Ha trovato l'ago nel pagliaio dopo tre ore.", "it").dates
    assert "month:october" in details("Η σύσκεψη έγινε στις 30 Οκτ 2025.", "el").dates


def test_every_language_has_twelve_months_and_seven_weekdays_and_no_form_names_two():
    for language, rows in calendar_names.MONTHS.items():
        assert len(rows) == 12, language
        assert len(calendar_names.WEEKDAYS[language]) == 7, language
        months = calendar_names.forms(rows)
        assert len(months) == sum(len(row.split()) for row in rows), language
    for language, rows in calendar_names.MONTH_ABBREVIATIONS.items():
        assert len(rows) == 12, language


def test_the_furniture_rules_read_the_same_table():
    names = furniture_vocabulary.words(furniture_vocabulary.DATE_NAMES)

    assert {"грудня", "декабря", "listopada", "kasım", "दिसंबर"} <= names
    assert {"วันพฤหัสบดีที่", "كانون"} <= names
