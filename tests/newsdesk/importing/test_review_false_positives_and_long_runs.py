"""Lines of news that read like page furniture to a loose pattern, and long runs of spaces that a pattern with two
optional runs around an optional mark read in quadratic time.

Every text here is invented for the test."""

import pytest

from newsdesk.importing import languages, page_dates
from newsdesk.importing.furniture_lines import COPYRIGHT, line_furniture
from tests.growth import grows_linearly


@pytest.mark.parametrize("line", [
    "Lawyers argued the ban breaches the HRA 1998, the court heard.",
    "The firm was registered in Jersey. No 10 said it was unaware of the deal.",
    "The club was registered in Wales, number 12 in the league.",
    "The SEC alleges its forward-looking statements broke securities law.",
    "Regulators said forward-looking statements by crypto firms may breach securities law.",
    "Public comments are open until March 3.",
    "You may have missed the eclipse on Tuesday night.",
    "Analysis by Sky News shows the gap widening.",
    "Review by Ofsted rated the school inadequate.",
    "Handout payments to farmers rose 3% last year.",
    "30",
    "END",
    "12.500.000",
    "Data protection: ICO fines council £100,000",
    "The university contributed research.",
    "Hospital staff contributed to this story.",
])
def test_a_line_of_news_is_no_furniture(line):
    assert line_furniture(line) is None


@pytest.mark.parametrize("line", [
    "Eingetragen im Handelsregister des Amtsgerichts Hamburg, HRB 40218",
    "HRB 40218",
    "Registered in England and Wales No. 04418822",
    "Registered in Scotland, company number SC218842",
    "This press release contains forward-looking statements within the meaning of the Private Securities "
    "Litigation Reform Act of 1995.",
    "Comments are open to members.",
    "You may have missed",
    "Analysis by Danielle Osei, GNN",
    "Opinion by Ruth Adler",
    "Westrey Police/Handout",
    "Handout via Kestrel Energy",
    "-30-",
    "Data protection notice: we keep your address for a year.",
    "Lina Maro contributed reporting from Athens.",
])
def test_the_pages_own_lines_stay_furniture(line):
    assert line_furniture(line) is not None


def test_a_long_run_of_spaces_in_a_register_line_is_read_in_linear_time():
    linear, small, large = grows_linearly(COPYRIGHT.search, lambda n: "registered in England" + " " * n + "!", 4_000,
                                          min_seconds=0.005)
    assert linear, (small, large)


@pytest.mark.parametrize("opening", ["x\n2026 жылы 3", "x\nDecember 3"])
def test_a_long_run_of_spaces_in_a_pages_header_is_read_in_linear_time(opening):
    linear, small, large = grows_linearly(page_dates.page_date, lambda n: opening + " " * n + "!", 4_000)
    assert linear, (small, large)


@pytest.mark.parametrize("text", [
    "По данным ТОО «Көкбұйра Жылу», ремонт завершат к пятнице.",
    "В Қарағанды прорвало трубу",
    "Суд над экс-акимом Шығыс Қазақстана перенесли",
])
def test_russian_naming_kazakh_places_is_not_kazakh(text):
    assert languages.language_of(text) != "kk"


@pytest.mark.parametrize("text", [
    "Өнөр жайн салбарын хөгжүүлэх бодлогыг засгийн газар батлав.",  # Mongolian
    "Бишкекте жаңы мектеп ачылды жана окуучулар кубанышта.",  # Kyrgyz
    "Бар тек сад",
    "Шоу-біз",
    "Ал Капоне",
])
def test_other_cyrillic_texts_are_not_kazakh(text):
    assert languages.language_of(text) != "kk"


@pytest.mark.parametrize("text", [
    "Көкбұйрада жылу желісі жарылып, екі жүз үй жылусыз қалды.",
    "Әкім төтенше жағдай жариялады және жөндеу жұмыстары басталды.",
])
def test_kazakh_is_still_kazakh(text):
    assert languages.language_of(text) == "kk"
