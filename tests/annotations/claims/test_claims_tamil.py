"""Tamil claims: its months and weekdays with their case endings, its times of day, rupees, lakhs and crores, its
hedges and its dateline, read by plain functions on invented sentences."""

import pytest

from annotations.claims.finding import find_mentions
from annotations.claims.normalise import details


def figures(text):
    return [(f.kind, round(f.value, 4), f.hedge) for f in details(text, "ta").figures]


@pytest.mark.parametrize("text, expected", [
    ("கடலூரில் டிசம்பர் 14 அன்று கூட்டம் நடந்தது.", {"month:december", "day:december-14", "dom:14"}),
    ("நவ.22 அன்று பள்ளி திறக்கப்பட்டது.", {"month:november", "day:november-22", "dom:22"}),
    ("ஜூலையில் பாலம் மூடப்பட்டது.", {"month:july"}),
    ("மார்ச்சில் பணிகள் முடிய வேண்டும்.", {"month:march"}),
    ("18 ஏப்ரல் 2024 அன்று அணை திறக்கப்பட்டது.", {"month:april", "day:april-18", "dom:18", "year:2024"}),
    ("அக்டோபர் 5-ஆம் தேதி மனு அளிக்கப்பட்டது.", {"month:october", "day:october-5", "dom:5"}),
    ("வியாழக்கிழமையன்று சந்தை மூடப்பட்டது.", {"weekday:thursday"}),
    ("ஞாயிற்றுக்கிழமை முதல் பேருந்துகள் ஓடும்.", {"weekday:sunday"}),
    ("திங்கட்கிழமை மாலை மின்தடை ஏற்பட்டது.", {"weekday:monday"}),
])
def test_tamil_months_and_weekdays_are_dates_in_their_written_forms(text, expected):
    found = details(text, "ta")

    assert expected <= found.dates
    assert found.figures == ()


def test_a_tamil_month_abbreviation_is_a_month_only_with_its_full_stop():
    assert "month:august" in details("ஆக.12 முதல் கட்டணம் உயரும்.", "ta").dates
    assert not any(d.startswith("month:") for d in details("விலை 12 ஆக உயர்ந்தது.", "ta").dates)


def test_a_tamil_hour_with_its_part_of_the_day_is_a_time_and_no_count():
    found = details("இரவு 9 மணிக்கு மின்சாரம் நிறுத்தப்பட்டது, காலை 6.45 மணியளவில் மீண்டும் வந்தது.", "ta")

    assert {"time:21:00", "time:06:45"} <= found.dates
    assert found.figures == ()


def test_an_hour_without_a_part_of_the_day_is_no_count_and_hours_of_a_span_are_a_unit():
    assert figures("கூட்டம் 11 மணிக்கு தொடங்கியது.") == []
    assert figures("சாலை 6 மணி நேரம் மூடப்பட்டது.") == [("unit:hour", 6, "")]


@pytest.mark.parametrize("text, expected", [
    ("பாலத்துக்கு ரூ.3.5 கோடி ஒதுக்கப்பட்டது.", ("money:INR", 35_000_000, "")),
    ("ஒவ்வொருவருக்கும் ரூ.75 ஆயிரம் வழங்கப்படும்.", ("money:INR", 75_000, "")),
    ("நிதியாக 40 லட்சம் ரூபாய் தரப்பட்டது.", ("money:INR", 4_000_000, "")),
    ("மொத்தம் ₹2 லட்சத்து 30 ஆயிரம் செலவானது.", ("money:INR", 230_000, "")),
    ("இரண்டு லட்சம் மரக்கன்றுகள் நடப்பட்டன.", ("count", 200_000, "")),
])
def test_rupees_lakhs_and_crores_are_sums(text, expected):
    assert figures(text) == [expected]


@pytest.mark.parametrize("text, hedge", [
    ("சுமார் 300 மாணவர்கள் பங்கேற்றனர்.", "rounded"),
    ("ஏறத்தாழ 300 மாணவர்கள் பங்கேற்றனர்.", "rounded"),
    ("கிட்டத்தட்ட 300 மாணவர்கள் பங்கேற்றனர்.", "bound"),
    ("300-க்கும் மேற்பட்ட மாணவர்கள் பங்கேற்றனர்.", "bound"),
    ("300க்கும் மேல் மாணவர்கள் பங்கேற்றனர்.", "bound"),
    ("300 மாணவர்கள் பங்கேற்றனர்.", ""),
])
def test_tamil_hedges_round_or_bound_a_figure(text, hedge):
    [figure] = details(text, "ta").figures

    assert (figure.value, figure.hedge) == (300, hedge)


def test_what_a_bounded_tamil_figure_counts_is_the_word_after_its_hedge():
    [figure] = details("60-க்கும் மேற்பட்ட குடும்பங்கள் வெளியேற்றப்பட்டன.", "ta").figures

    assert "குடும்பங்கள்" in figure.nouns


def test_a_tamil_dateline_is_left_out_of_the_claim():
    text = "கடலூர், நவ.4- கடலூர் மாவட்டத்தில் பெய்த கனமழையால் 120 வீடுகள் சேதமடைந்தன என்று ஆட்சியர் தெரிவித்தார்."

    [mention] = find_mentions(1, text, "ta")

    assert mention.text.startswith("கடலூர் மாவட்டத்தில்")
    assert "month:november" not in mention.details.dates
    assert [f.value for f in mention.details.figures] == [120]


def test_a_place_and_a_figure_before_a_dash_are_no_dateline_without_a_month():
    text = "கடலூர், 12 - கடலூர் மாவட்டத்தில் பெய்த கனமழையால் 120 வீடுகள் சேதமடைந்தன என்று ஆட்சியர் தெரிவித்தார்."

    [mention] = find_mentions(1, text, "ta")

    assert mention.text.startswith("கடலூர், 12")


def test_tamil_hour_words_and_hedges_do_not_change_another_languages_figures():
    assert [(f.value, f.hedge) for f in details("मेले में 300 लोग पहुंचे।", "hi").figures] == [(300, "")]
    assert [(f.kind, f.value) for f in details("They paid 12 rupees for 3 hours.").figures][0] == ("count", 12)
