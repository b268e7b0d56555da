"""Dutch and Bengali figures, hedges and dates, and what is no figure in any language (an age in brackets after a
name, a number word after a figure). The sentences are invented."""

import pytest

from annotations.claims.normalise import details
from newsdesk.importing import calendar_names


def figures(text, language):
    return [(f.value, f.kind, f.hedge) for f in details(text, language).figures]


@pytest.mark.parametrize("text, dates", [
    ("De raad vergadert donderdag 16 oktober over de brug.", {"weekday:thursday", "day:october-16"}),
    ("Sinds dinsdagmiddag is de weg bij de haven dicht.", {"weekday:tuesday"}),
    ("Zondagavond belde de burgemeester de boeren.", {"weekday:sunday"}),
    ("De brug ging op 3 mrt 2025 weer open.", {"day:march-3", "year:2025"}),
])
def test_dutch_months_and_weekdays_a_weekday_joined_to_a_part_of_the_day_included(text, dates):
    assert dates <= details(text, "nl").dates


@pytest.mark.parametrize("text, expected", [
    ("Het gaat om ongeveer €2,1 mln voor de bedrijven.", (2_100_000, "money:EUR", "rounded")),
    ("De schade bedraagt zo'n € 1,9 miljoen.", (1_900_000, "money:EUR", "rounded")),
    ("Er liepen ruim 140 duizend schapen in de wei.", (140_000, "count", "bound")),
    ("Bijna 30 boten lagen in de haven.", (30, "count", "bound")),
    ("Het waren er meer dan 100 boeren.", (100, "count", "bound")),
    ("Rond 60 medewerkers kwamen naar de zaal.", (60, "count", "rounded")),
])
def test_dutch_hedges_and_scale_words(text, expected):
    assert figures(text, "nl") == [expected]


@pytest.mark.parametrize("text, language", [
    ("Voor boer Gerrit Hendriks (58) is het een zware week.", "nl"),
    ("Truus Lammers (71) woont vlak bij de dijk.", "nl"),
    ("John Smith (58) said the dock was closed.", "en"),
    ("Iis Rohaeti (41) mengatakan pasar ditutup.", "id"),
    ("কৃষক নিজাম উদ্দিন (৫৮) বলেন, বাঁধ ভেঙেছে।", "bn"),
])
def test_an_age_in_brackets_after_a_name_is_no_count(text, language):
    assert details(text, language).figures == ()


def test_a_number_word_is_never_a_figures_noun():
    figure, companies = details("De staat betaalt €2,1 mln voor de drie bedrijven samen.", "nl").figures
    assert figure.kind == "money:EUR" and "drie" not in figure.nouns and "bedrijven" in figure.nouns
    assert (companies.value, companies.kind) == (3, "count")


@pytest.mark.parametrize("text, expected", [
    ("চলতি বছরে ৪ কোটি ২০ লাখ টাকা ব্যয়ে সংস্কার হয়।", (42_000_000, "money:BDT", "")),
    ("প্রায় ১ হাজার ৮৫০ হেক্টর জমির ফসল তলিয়ে গেছে।", (1_850, "unit:hectare", "rounded")),
    ("অন্তত সাড়ে ১১ হাজার মানুষ পানিবন্দি।", (11_500, "count", "bound")),
    ("দেড় হাজার মানুষ আশ্রয় নিয়েছে।", (1_500, "count", "")),
    ("সাড়ে চার হাজার পরিবার ঘর ছেড়েছে।", (4_500, "count", "")),
    ("আড়াই কিলোমিটার বাঁধ সংস্কার হবে।", (2.5, "unit:km", "")),
    ("নগদ Tk 5 লাখ দেওয়া হয়েছে।", (500_000, "money:BDT", "")),
    ("ফসলের ৩০ শতাংশ নষ্ট হয়েছে।", (0.3, "share", "")),
    ("60টির বেশি পরিবার স্কুলে রাত কাটাচ্ছে।", (60, "count", "bound")),
])
def test_bengali_scales_parts_of_a_sum_currency_per_cent_fractions_and_hedges(text, expected):
    assert figures(text, "bn") == [expected]


def test_a_bengali_counting_word_leaves_the_noun_to_the_next_word():
    [figure] = details("৬৪০টি পুকুর ভেসে গেছে।", "bn").figures
    assert figure.value == 640 and "পুকুর" in figure.nouns and "টি" not in figure.nouns


@pytest.mark.parametrize("text, dates", [
    ("১৭ জুলাই ২০২৫ বাঁধ ভাঙে।", {"day:july-17", "year:2025"}),
    ("শনিবারের মানববন্ধনে জুলাইয়ের দাবি।", {"weekday:saturday", "month:july"}),
    ("বৃহস্পতিবার সকাল ৯টায় পানি বাড়ে।", {"weekday:thursday", "time:09:00"}),
    ("২০১৭ ও ২০২০ সালেও বাঁধ ভেঙেছিল।", {"year:2017", "year:2020"}),
])
def test_bengali_months_weekdays_with_their_case_endings_times_and_years(text, dates):
    found = details(text, "bn")
    assert dates <= found.dates
    assert found.figures == ()


def test_dutch_and_bengali_names_come_from_the_one_calendar_table():
    assert calendar_names.forms(calendar_names.WEEKDAYS["nl"])["zondagavond"] == 7
    assert calendar_names.forms(calendar_names.MONTHS["bn"])["জুলাইয়ের"] == 7
    assert "mei" in calendar_names.forms(calendar_names.MONTHS["nl"])


@pytest.mark.parametrize("text, language, function_word", [
    ("সভায় ৫ লাখ টাকা এবং ২০ টন চাল দেওয়া হয়েছে।", "bn", "এবং"),
    ("बैठक में 5 लाख रुपये और 20 टन चावल दिए गए।", "hi", "और"),
])
def test_a_function_word_after_a_figure_in_a_caseless_script_is_no_noun(text, language, function_word):
    assert all(function_word not in figure.nouns for figure in details(text, language).figures)
