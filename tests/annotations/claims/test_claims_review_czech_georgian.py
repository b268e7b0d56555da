"""Czech and Georgian figures, dates and sentences in the claims: a count whose thousands are grouped is no year, a
hostile run of digits reads without an error, a long word reads fast, words with a number inside are no figures, a
figure counts no word past its clause, and a Georgian full stop before a small letter ends a sentence.

Every sentence here is invented for the test."""

import time

from annotations import czech_numbers
from annotations.claims.finding import _sentences
from annotations.claims.normalise import details
from newsdesk.importing import scripts


def figures(text: str, language: str) -> list[tuple[float, str]]:
    return [(f.value, f.kind) for f in details(text, language).figures]


def test_georgian_count_with_grouped_thousands_is_no_year():
    found = details("ქალაქში 2 000 ადამიანი ცხოვრობს.", "ka")
    assert [(f.value, f.kind) for f in found.figures] == [(2000, "count")]
    assert not any(date.startswith("year:") for date in found.dates)
    assert [f.value for f in details("მოედანზე 1 950 ადამიანი შეიკრიბა.", "ka").figures] == [1950]


def test_georgian_year_written_without_a_space_stays_a_year():
    assert "year:2019" in details("2019 წელს ხიდი დაიხურა.", "ka").dates


def test_georgian_line_of_thousands_of_grouped_figures_reads_without_error():
    details("სოფელში 1" + " 000" * 2000 + " ადამიანი", "ka")


def test_chinese_line_of_thousands_of_digits_reads_without_error():
    details("共有" + "7" * 5000 + "人", "zh")


def test_czech_day_and_genitive_month_is_a_date():
    assert "day:april-4" in details("Most se zavřel 4. dubna kvůli opravě.", "cs").dates


def test_georgian_day_and_month_is_a_date():
    assert "day:april-4" in details("ხიდი 4 აპრილს დაიხურა.", "ka").dates


def test_czech_long_word_reads_fast():
    start = time.perf_counter()
    details("Bylo tam " + "tři" * 3000 + " lidí.", "cs")
    assert czech_numbers.glued("dva" * 2000) is None
    assert time.perf_counter() - start < 1


def test_czech_glued_figures_still_read_after_the_length_bound():
    assert czech_numbers.glued("devětadevadesátikilometrového") == (99, "kilometrového")
    assert figures("Policie hledá 64letého řidiče.", "cs") == [(64, "unit:year")]


def test_czech_decade_and_hundred_year_flood_are_no_figures():
    assert figures("Sucho trvalo celé desetiletí.", "cs") == []
    assert figures("Obec zasáhla stoletá voda.", "cs") == []


def test_slovak_let_is_a_flight_not_years_as_in_czech():
    assert figures("Z letiska odchádza 12 let denne.", "sk") == [(12, "count")]
    assert figures("Most stojí už 12 let.", "cs") == [(12, "unit:year")]


def test_figure_counts_no_word_past_a_comma_or_a_verb():
    found = details("Hasiči vynesli 14 lidí, dodal mluvčí.", "cs").figures
    assert [f.nouns for f in found] == [frozenset({"lidi"})]


def test_georgian_is_written_without_capitals():
    assert scripts.caseless("მდინარე ადიდდა და ხიდი დაიხურა")
    assert not scripts.cased("მ") and scripts.cased("a") and scripts.cased("A")
    assert scripts.written_in_georgian("მ") and not scripts.written_in_georgian("Mtkvari")


def test_georgian_full_stop_before_a_small_letter_ends_a_sentence():
    line = "ქალაქში წყალი ადიდდა. ხიდი ღამით დაიხურა."
    assert [line[start:end] for start, end in _sentences(line, "ka")] == [
        "ქალაქში წყალი ადიდდა.", "ხიდი ღამით დაიხურა."]


def test_english_full_stop_before_a_small_letter_ends_no_sentence():
    line = "The bridge closed at 9 p.m. on the night of the flood."
    assert len(list(_sentences(line, "en"))) == 1
