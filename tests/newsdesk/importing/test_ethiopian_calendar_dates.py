"""Dates of the Ethiopian calendar in Amharic pages: read and turned into the Gregorian date, never taken for a
Gregorian year. Invented page tops about invented places."""

import datetime as dt

import pytest

from newsdesk.importing.furniture_lines import line_furniture
from newsdesk.importing.page_dates import ethiopian_to_gregorian, page_date

TODAY = dt.date(2026, 3, 20)
AMHARIC_BODY = (
    "በአዲሱ ወረዳ የሚገኘው የውሃ ማጣሪያ ጣቢያ ዛሬ ጠዋት ሥራ ማቆሙን የከተማው አስተዳደር ለነዋሪዎች በሰጠው መግለጫ አስታውቋል።\n\n"
    "ነዋሪዎች ለሦስት ቀናት ውሃ በቦቴ እንደሚቀርብላቸው የተነገረ ሲሆን ጥገናው በሳምንት ውስጥ ይጠናቀቃል ተብሏል።\n"
)


@pytest.mark.parametrize(("ethiopian", "gregorian"), [
    ((2016, 1, 1), dt.date(2023, 9, 12)),  # the new year before a Gregorian leap year
    ((2017, 1, 1), dt.date(2024, 9, 11)),
    ((2015, 13, 6), dt.date(2023, 9, 11)),  # Pagume's sixth day, in a leap year
    ((2018, 4, 22), dt.date(2025, 12, 31)),
    ((2018, 4, 23), dt.date(2026, 1, 1)),
])
def test_an_ethiopian_date_is_turned_into_the_gregorian_one(ethiopian, gregorian):
    assert ethiopian_to_gregorian(*ethiopian) == gregorian


@pytest.mark.parametrize("top", [
    "ዜና | ክልሎች\n\nየውሃ ጣቢያው ሥራ አቆመ\n\nጥር 9 ቀን 2018 ዓ.ም.",
    "የውሃ ጣቢያው ሥራ አቆመ\n\nዘጋቢ፦ ማርታ ዘውዴ | ጥር 9 ቀን 2018 ዓ.ም",
    "የውሃ ጣቢያው ሥራ አቆመ\n\nሐሙስ፣ ጥር 9/2018 | ከጠዋቱ 4፡30",
    "የውሃ ጣቢያው ሥራ አቆመ\n\n9 ጥር 2018",
])
def test_an_amharic_page_is_dated_by_its_ethiopian_calendar_date(top):
    assert page_date(top + "\n\n" + AMHARIC_BODY, today=TODAY) == dt.date(2026, 1, 17)


def test_a_spelling_variant_of_an_ethiopian_month_is_the_same_month():
    top = "የውሃ ጣቢያው ሥራ አቆመ\n\nህዳር 9 ቀን 2018 ዓ.ም."
    assert page_date(top + "\n\n" + AMHARIC_BODY, today=TODAY) == dt.date(2025, 11, 18)


def test_an_agencys_dateline_in_brackets_dates_the_page():
    text = ("የውሃ ጣቢያው ሥራ አቆመ\n\nአዲስ ከተማ፣ ጥር 9/2018 (ዜአ) " + AMHARIC_BODY)
    assert page_date(text, today=TODAY) == dt.date(2026, 1, 17)


def test_a_gregorian_date_in_amharic_is_read_as_gregorian():
    top = "የውሃ ጣቢያው ሥራ አቆመ\n\nጃንዋሪ 17 ቀን 2026 እ.ኤ.አ."
    assert page_date(top + "\n\n" + AMHARIC_BODY, today=TODAY) == dt.date(2026, 1, 17)


def test_an_ethiopian_year_alone_or_in_the_gregorian_era_is_no_date():
    for top in ("የውሃ ጣቢያው በ2018 ዓ.ም. ተገነባ", "ጥር 9 ቀን 2018 እ.ኤ.አ."):
        assert page_date(top + "\n\n" + AMHARIC_BODY, today=TODAY) is None


@pytest.mark.parametrize("line", [
    "ጥር 9 ቀን 2018 ዓ.ም.",
    "ዘጋቢ፦ ማርታ ዘውዴ | ጥር 9 ቀን 2018 ዓ.ም.",
    "ጥር 9/2018 ዓ.ም. | ከቀኑ 6፡40",
])
def test_an_amharic_date_line_is_a_time_stamp(line):
    assert line_furniture(line)[0] == "timestamp"
