"""Czech and Georgian months and weekdays in the calendar table, and the page dates they write. Every text here is
invented for the test."""

import datetime as dt

import pytest

from newsdesk.importing import calendar_names, furniture_vocabulary
from newsdesk.importing.page_dates import page_date

TODAY = dt.date(2026, 3, 20)

BODY = (
    "Most přes řeku zůstane zavřený nejméně do konce měsíce, oznámila radnice po jednání se stavební firmou.\n\n"
    "Řidiči musí jezdit objížďkou přes sousední obec, což jim cestu prodlouží asi o dvacet minut každý den.\n"
)
GEORGIAN_BODY = (
    "ხიდი მდინარეზე თვის ბოლომდე დაკეტილი იქნება, განაცხადეს მერიაში სამშენებლო კომპანიასთან შეხვედრის შემდეგ.\n\n"
    "მძღოლებს მეზობელ სოფელზე გავლით მოუწევთ სიარული, რაც გზას ყოველდღე დაახლოებით ოც წუთით გაახანგრძლივებს.\n"
)


def page(*top: str, body: str = BODY) -> str:
    return "\n".join(top) + "\n\n" + body


@pytest.mark.parametrize(("form", "number"), [
    ("leden", 1), ("ledna", 1), ("března", 3), ("brezna", 3), ("července", 7), ("cervence", 7), ("v červenci", 7),
    ("září", 9), ("listopadu", 11), ("prosince", 12),
])
def test_czech_months_are_read_in_the_nominative_genitive_and_locative_with_or_without_diacritics(form, number):
    assert calendar_names.forms(calendar_names.MONTHS["cs"])[form.split()[-1]] == number


@pytest.mark.parametrize(("phrase", "number"), [
    ("v pondělí", 1), ("v úterý", 2), ("ve středu", 3), ("ve čtvrtek", 4), ("v pátek", 5), ("v sobotu", 6),
    ("v neděli", 7), ("do pátku", 5), ("od soboty", 6), ("ve stredu", 3),
])
def test_czech_weekdays_are_read_in_the_forms_after_a_preposition(phrase, number):
    assert calendar_names.forms(calendar_names.WEEKDAYS["cs"])[phrase.split()[-1]] == number


@pytest.mark.parametrize(("form", "number"), [
    ("მარტი", 3), ("მარტს", 3), ("მარტის", 3), ("მარტში", 3), ("იანვრის", 1), ("იანვარს", 1), ("აგვისტოს", 8),
    ("სექტემბრიდან", 9), ("დეკემბრამდე", 12),
])
def test_georgian_months_are_read_with_their_case_endings(form, number):
    assert calendar_names.forms(calendar_names.MONTHS["ka"])[form] == number


@pytest.mark.parametrize(("form", "number"), [
    ("ორშაბათი", 1), ("ორშაბათს", 1), ("სამშაბათს", 2), ("ოთხშაბათის", 3), ("ხუთშაბათს", 4), ("პარასკევს", 5),
    ("შაბათს", 6), ("კვირას", 7),
])
def test_georgian_weekdays_are_read_with_their_case_endings(form, number):
    assert calendar_names.forms(calendar_names.WEEKDAYS["ka"])[form] == number


def test_georgian_sunday_is_also_a_week_and_czech_september_also_shines():
    assert {"კვირა", "კვირაში"} <= calendar_names.COMMON_NOUN
    assert "září" in calendar_names.ALSO_WORDS


def test_czech_and_georgian_dates_are_date_names_of_the_furniture_rules():
    assert {"července", "pondělí"} <= set(furniture_vocabulary.DATE_NAMES["cs"].split())
    assert {"მარტი", "ორშაბათს"} <= set(furniture_vocabulary.DATE_NAMES["ka"].split())


@pytest.mark.parametrize(("top", "expected"), [
    (("Most zůstane zavřený", "Jana Dvořáková", "13. července 2025 11:42, aktualizováno 14:05"), dt.date(2025, 7, 13)),
    (("Most zůstane zavřený", "Zprávy | 13. 7. 2025 | 19:00"), dt.date(2025, 7, 13)),
    (("Most zůstane zavřený", "14. 7. 2025 6:30"), dt.date(2025, 7, 14)),
    (("Most zůstane zavřený", "3.\u00a011.\u00a02025"), dt.date(2025, 11, 3)),
    (("Most zůstane zavřený", "Publikováno 2. března 2026"), dt.date(2026, 3, 2)),
])
def test_a_czech_page_date_is_read_by_its_month_name_or_its_spaced_figures(top, expected):
    assert page_date(page(*top), today=TODAY) == expected


@pytest.mark.parametrize(("top", "expected"), [
    (("ხიდი დაიკეტა", "ავტორი: ნინო კაპანაძე", "11 მარტი, 2025, 10:42"), dt.date(2025, 3, 11)),
    (("ხიდი დაიკეტა", "ნინო კაპანაძე | 12 მარტი 2025"), dt.date(2025, 3, 12)),
    (("ხიდი დაიკეტა", "4 დეკემბერი, 2025"), dt.date(2025, 12, 4)),
])
def test_a_georgian_page_date_is_read_by_its_month_name(top, expected):
    assert page_date(page(*top, body=GEORGIAN_BODY), today=TODAY) == expected


def test_a_word_that_begins_a_czech_month_is_no_shortened_month():
    assert page_date(page("Phone 16 pro 2025 review"), today=TODAY) is None
