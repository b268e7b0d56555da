"""Dates of Filipino pages: the months and weekdays Filipino spells from Spanish ("Disyembre 3, 2031", "Miyerkoles"),
read as a page's date and as a stamp's words; "linggo" is a week as well as Sunday. Every line is invented."""

import datetime as dt

from newsdesk.importing import calendar_names
from newsdesk.importing.furniture_lines import REPORTING
from newsdesk.importing.page_dates import page_date

PAGE = """PAHAYAGANG SILANGAN
Balita | Rehiyon | Palakasan

Tulay sa Barangay Malinao, isinara matapos ang bagyo

Inilathala: Marso 14, 2031, 9:15 n.u.

Isinara ng pamahalaang bayan ang tulay sa Barangay Malinao matapos masira ang isang haligi nito noong Huwebes.
"""


def test_a_filipino_page_is_dated_by_its_filipino_stamp():
    assert page_date(PAGE, today=dt.date(2031, 3, 20)) == dt.date(2031, 3, 14)


def test_filipino_months_and_weekdays_are_calendar_names():
    months = calendar_names.forms(calendar_names.MONTHS["tl"])
    weekdays = calendar_names.forms(calendar_names.WEEKDAYS["tl"])
    assert months["disyembre"] == 12 and months["setyembre"] == 9 and months["pebrero"] == 2
    assert weekdays["miyerkoles"] == 3 and weekdays["linggo"] == 7
    assert "linggo" in calendar_names.COMMON_NOUN


def test_a_word_of_reporting_that_is_a_function_word_of_many_languages_tells_no_report():
    # Swedish "sa" (said) is Filipino's "in, at", French's "his": a Filipino or French line holding it reports nothing.
    assert REPORTING.search("I-refresh ang page para sa pinakabagong update.") is None
    assert REPORTING.search("Retrouvez sa chronique chaque semaine.") is None
    assert REPORTING.search("Hon säger att skolan stänger.") is not None


def test_the_headline_of_a_filipino_live_page_is_over_its_stamp_and_byline():
    from newsdesk.importing.headline import headline

    text = ("RADYO DALAMPASIGAN 95.1 FM\nHome | Balita | Programa | Makinig nang Live\n\n"
            "LIVE UPDATES: Pagbaha sa Barangay Malinao\nSundan dito ang pinakabagong balita tungkol sa baha.\n\n"
            "Huling update: Marso 14, 2031, 9:05 AM\nNi Radyo Dalampasigan News Team\n\n"
            "9:05 AM\n\nUmabot na sa 240 pamilya ang inilikas mula sa Barangay Malinao, ayon sa MDRRMO.\n")
    assert headline(text) == "LIVE UPDATES: Pagbaha sa Barangay Malinao"
