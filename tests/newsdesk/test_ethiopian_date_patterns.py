"""A date of the Ethiopian calendar is read with one pattern of its months and its eras, the page dates', by the
claims' dates, the furniture rules' stamps and the story suggestions' years alike: an era the calendar table writes
is an era to each. The sentences are written for the project, about invented places and people."""

import re

import pytest

from annotations.claims.normalise import details
from newsdesk.alignment import story_suggestion
from newsdesk.alignment.furniture import is_header_block
from newsdesk.importing import calendar_names, page_dates


@pytest.mark.parametrize("era", [*calendar_names.ETHIOPIAN_ERA, "ዓ. ም.", "ዓ/ም"])
def test_a_year_before_any_spelling_of_the_ethiopian_era_is_a_year_of_that_era(era):
    found = details(f"የገበያ አዳራሹ በ2010 {era} ተሠራ።", "am")  # the market hall was built in 2010 of that era
    assert found.dates == {"ecyear:2010"}
    assert not found.figures


@pytest.mark.parametrize("era", [*calendar_names.GREGORIAN_ERA_AM, "እ. ኤ. አ."])
def test_a_year_before_any_spelling_of_the_gregorian_era_is_a_gregorian_year(era):
    found = details(f"የገበያ አዳራሹ በ2017 {era} ተሠራ።", "am")
    assert found.dates == {"year:2017"}
    assert not found.figures


def test_a_word_that_begins_like_the_era_is_no_era():
    assert re.match(page_dates.ETHIOPIAN_ERA_PATTERN, "ዓም ")
    assert not re.match(page_dates.ETHIOPIAN_ERA_PATTERN, "ዓምና")  # last year


@pytest.mark.parametrize("era", [*calendar_names.ETHIOPIAN_ERA, "ዓ/ም"])
def test_a_byline_over_an_ethiopian_date_with_any_spelling_of_its_era_is_a_header(era):
    assert is_header_block(f"በወ/ሮ ሰላማዊት ደምሴ\nሚያዝያ 3 ቀን 2017 {era}")


def test_every_form_of_an_ethiopian_month_dates_a_wire_dateline_for_the_story_suggestions():
    for form in calendar_names.forms(calendar_names.ETHIOPIAN_MONTHS):
        text = f"ጎርባ ፣ {form} 15/2017 (ኢዜአ) - የወረዳው ምክር ቤት ስብሰባ አካሄደ።"
        assert [year for groups in story_suggestion.DATE_YEAR.findall(text) for year in groups if year] == ["2017"]
