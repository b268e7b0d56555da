"""Claims: a day and month with their full stops only where they date something, Urdu weekdays that are also common
words only where a date's word follows them, and Urdu and Hindi hours of the clock."""

import pytest

from annotations.claims.normalise import details


@pytest.mark.parametrize(("text", "language", "time"), [
    ("Der Anstoß ist um 18.10. Danach spielt die Blaskapelle.", "de", "time:18:10"),
    ("Автобус отошёл в 9.05. Потом подошёл следующий.", "ru", "time:09:05"),
    ("Автобус відійшов о 9.05. Потім підійшов наступний.", "uk", "time:09:05"),
])
def test_a_day_and_month_shape_after_a_preposition_of_the_clock_is_a_time(text, language, time):
    found = details(text, language)
    assert time in found.dates
    assert not any(date.startswith(("day:", "month:")) for date in found.dates)


@pytest.mark.parametrize("text", ["Die Teuerung im Kreis lag bei 1.2.",
                                  "Die Teuerung im Kreis betrug 1.2. Das ist wenig."])
def test_a_day_and_month_shape_after_a_word_of_amount_or_closing_a_sentence_is_no_date(text):
    assert not any(date.startswith(("day:", "month:")) for date in details(text, "de").dates)


@pytest.mark.parametrize(("text", "language", "day"), [
    ("Die Sitzung am 3.12. begann pünktlich.", "de", "day:december-3"),
    ("Die Frist für die Anträge endet 31.12.", "de", "day:december-31"),
    ("Das Stadtfest ist Freitag, 5.12. Karten gibt es im Rathaus.", "de", "day:december-5"),
    ("Der Markt öffnet ab 1.12. 2026 wieder.", "de", "day:december-1"),
    ("Kirjaston remontti alkaa keskiviikkona 10.12.", "fi", "day:december-10"),
    ("Lautakunta kokoontuu maanantaina 8.12. klo 17 koululla.", "fi", "day:december-8"),
    ("Mødet blev flyttet til den 4.11. om aftenen.", "da", "day:november-4"),
    ("Собрание прошло 3.12. в клубе.", "ru", "day:december-3"),
])
def test_a_day_and_month_with_their_full_stops_stay_dates_where_they_date_something(text, language, day):
    assert day in details(text, language).dates


@pytest.mark.parametrize("text", [
    "پیر صاحب نے درگاہ پر 12 افراد کو کھانا دیا۔",
    "ایک ہفتہ میں 40 مریض ہسپتال لائے گئے۔",
    "گزشتہ ہفتے کے دوران 40 مریض لائے گئے۔",
])
def test_urdu_saint_and_week_are_no_weekdays(text):
    assert not any(date.startswith("weekday:") for date in details(text, "ur").dates)


@pytest.mark.parametrize(("text", "weekday"), [
    ("پیر کو 12 دکانیں بند رہیں۔", "weekday:monday"),
    ("پیر کی صبح 12 دکانیں بند رہیں۔", "weekday:monday"),
    ("سوموار کو 12 دکانیں بند رہیں۔", "weekday:monday"),
    ("ہفتے کو بازار بند رہا۔", "weekday:saturday"),
    ("ہفتہ کے روز بازار بند رہا۔", "weekday:saturday"),
    ("ہفتہ، 13 دسمبر کو 5 مریض آئے۔", "weekday:saturday"),
])
def test_urdu_monday_and_saturday_are_weekdays_where_a_date_follows_them(text, weekday):
    assert weekday in details(text, "ur").dates


@pytest.mark.parametrize(("text", "language", "time"), [
    ("صبح 9 بجے دکانیں کھل گئیں۔", "ur", "time:09:00"),
    ("شام ۵ بجے 40 مریض لائے گئے۔", "ur", "time:17:00"),
    ("رات 2 بجے گودام میں آگ لگی۔", "ur", "time:02:00"),
    ("رات 10 بج کر 30 منٹ پر آگ لگی۔", "ur", "time:22:30"),
    ("सुबह 9 बजे दुकानें खुलीं।", "hi", "time:09:00"),
    ("रात 10 बजकर 15 मिनट पर आग लगी।", "hi", "time:22:15"),
    ("दोपहर 12 बजे 30 लोग पहुंचे।", "hi", "time:12:00"),
])
def test_urdu_and_hindi_hours_of_the_clock_are_times_not_counts(text, language, time):
    found = details(text, language)
    assert time in found.dates
    assert all(figure.value >= 30 for figure in found.figures)


def test_a_day_and_month_that_is_no_hour_stays_a_date_after_a_preposition_of_the_clock():
    assert "day:december-31" in details("Die Ausstellung im Rathaus läuft bis 31.12.", "de").dates
