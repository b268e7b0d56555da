"""Claims in Urdu and Finnish: figures, hedges, dates and the words two sentences share."""

import pytest

from annotations.claims.linking import _other_speakers, _script_terms, content_words
from annotations.claims.normalise import details


def test_urdu_spelt_abbreviations_are_one_term_each():
    district = _script_terms("زخمیوں کو ڈی ایچ کیو ہسپتال پہنچایا گیا۔", "ur")
    tehsil = _script_terms("زخمیوں کو ٹی ایچ کیو ہسپتال پہنچایا گیا۔", "ur")
    assert "ڈی_ایچ_کیو" in district and "ٹی_ایچ_کیو" in tehsil
    assert "ایچ" not in district and "کیو" not in tehsil


def test_urdu_postpositions_are_no_shared_words():
    terms = _script_terms("زخمی ہونے والے مزدوروں میں سے دو کو شہر منتقل کیا گیا۔", "ur")
    assert not {"میں", "ہونے", "والے", "سے"} & set(terms)


def test_urdu_hedges_before_and_after_a_figure():
    assert details("ہسپتال میں 80 سے زیادہ مریض لائے گئے۔", "ur").figures[0].hedge == "bound"
    assert details("کم از کم ۱۲ دکانیں بند رہیں۔", "ur").figures[0].hedge == "bound"
    assert details("لگ بھگ ۳۰۰ گھر خالی کرائے گئے۔", "ur").figures[0].hedge == "rounded"


def test_urdu_digits_months_and_weekdays_are_dates_and_figures():
    found = details("کوٹ سلطان، 14 نومبر: جمعہ کی رات تک ۶۵ مزدور بیمار ہوئے۔", "ur")
    assert {"month:november", "weekday:friday"} <= found.dates
    assert [f.value for f in found.figures] == [65.0]


def test_urdu_arabic_yeh_and_kaf_read_as_urdu_letters():
    assert details("كم از كم 9 مريض آئے۔", "ur").figures[0].hedge == "bound"


def test_finnish_word_before_a_time_is_no_content_word():
    words = content_words("Kokous alkaa klo 18.15 kunnantalolla, ja kello 20 se päättyy.", "fi")
    assert "klo" not in words and "kello" not in words


def test_finnish_hours_after_the_word_for_o_clock_are_times_not_counts():
    found = details("Kokous alkoi klo 9 ja kahvila on auki kello 7–22 koko viikon.", "fi")
    assert {"time:09:00", "time:07:00", "time:22:00"} <= found.dates
    assert not found.figures


def test_finnish_day_and_month_with_their_full_stops_are_a_date_not_a_time():
    found = details("Lautakunta kokoontuu tiistaina 9.12. klo 17 koulun salissa.", "fi")
    assert {"day:december-9", "time:17:00"} <= found.dates
    assert "time:09:12" not in found.dates
    assert "time:14:30" in details("Valtuusto kokoontuu torstaina klo 14.30.", "fi").dates


def test_finnish_millions_euros_and_per_cent_are_read_as_such():
    money = details("Sahan tappio oli viime vuonna 2,5 miljoonaa euroa.", "fi").figures[0]
    assert money.value == 2_500_000 and money.kind != "count"
    assert details("Myynti laski noin 12 prosenttia vuodessa.", "fi").figures[0].kind == "share"


@pytest.mark.parametrize(("first", "second"), [
    ("Toimitusjohtaja Maija Koskelan mukaan sahalla työskentelee nyt 85 ihmistä.",
     "Toimitusjohtaja Maija Koskelan mukaan puun hinta nousi viime vuonna 12 prosenttia."),
    ("Toimitusjohtaja Maija Koskela sanoo, että sahalla työskentelee nyt 85 ihmistä.",
     "Toimitusjohtaja Maija Koskela sanoo, että puun hinta nousi 12 prosenttia."),
])
def test_a_finnish_speakers_name_alone_links_nothing(first, second):
    # two facts with their own figures, told by one quoted speaker: her title and name are all they share, which
    # alone would link them
    from annotations.claims.linking import link_articles
    articles = [("a", f"{first}\n\nHän vastasi kysymyksiin."), ("b", f"{second}\n\nSaha jatkaa toimintaansa.")]
    assert all(len(claim.mentions) == 1 for claim in link_articles(articles))


def test_a_long_run_of_letters_is_read_once_for_finnish_speakers():
    line = "A" * 20_000
    assert _other_speakers([line, f"{line} sanoo"], "fi") == set()
    assert _other_speakers([line, "Rantala sanoo, että kokous siirtyy.", "Puheenjohtaja Liisa Rantala kertoi."],
                           "fi") == {"rantala"}


@pytest.mark.parametrize(("text", "language"), [
    ("Die Sitzung am 3.12. begann um 14.30 Uhr.", "de"),
    ("Posiedzenie zwołano na 3.12. o godz. 14.30.", "pl"),
    ("Mødet blev holdt den 3.12. kl. 14.30.", "da"),
    ("Заседание прошло 3.12. в 14.30.", "ru"),
])
def test_a_day_and_month_with_their_full_stops_are_a_date_in_the_languages_that_write_them_so(text, language):
    found = details(text, language)
    assert {"day:december-3", "time:14:30"} <= found.dates
    assert "time:03:12" not in found.dates


def test_an_hour_after_the_polish_word_for_o_clock_is_a_time():
    assert "time:09:00" in details("Zebranie zaczęło się o godz. 9 w ratuszu.", "pl").dates
