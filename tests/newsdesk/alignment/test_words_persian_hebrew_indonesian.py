"""Words as compared in Persian, Hebrew and Indonesian: spelling folded, particles and generic words left out, and
Indonesian told from Malay."""

from newsdesk.alignment import words
from newsdesk.importing import languages

ZWNJ = "\u200c"


def test_persian_words_typed_with_arabic_letters_meet_their_persian_spelling():
    arabic_typed = "كارگران كارخانه در شهر ماليات"
    persian_typed = "کارگران کارخانه در شهر مالیات"
    assert words.unigrams(arabic_typed, "fa") == words.unigrams(persian_typed, "fa")


def test_a_persian_function_word_typed_with_arabic_letters_is_skipped():
    assert words.unigrams("اين كارخانه", "fa") == words.unigrams("کارخانه", "fa")


def test_a_zero_width_non_joiner_keeps_a_persian_word_whole():
    found = [word for word, _ in words.word_matches(f"سازمان خصوصی{ZWNJ}سازی در ارغوان{ZWNJ}دشت")]
    assert f"خصوصی{ZWNJ}سازی" in found and f"ارغوان{ZWNJ}دشت" in found
    assert "خصوصی" not in found


def test_a_persian_word_meets_the_same_word_written_without_its_non_joiner():
    assert words.unigrams(f"خصوصی{ZWNJ}سازی", "fa") == words.unigrams("خصوصیسازی", "fa")


def test_a_persian_plural_written_after_a_non_joiner_meets_its_singular():
    assert words.unigrams(f"کارخانه{ZWNJ}های استان", "fa") == words.unigrams("کارخانه استان", "fa")


def test_persian_words_for_a_million_and_the_toman_are_no_terms():
    assert words.unigrams("چهل ميليون تومان", "fa") == words.unigrams("چهل", "fa")


INDONESIAN = ("Pemerintah daerah mengatakan bahwa pabrik itu akan ditutup setelah dua bulan karena permintaan turun "
              "30 persen. Para pekerja hanya menerima separuh gaji saja untuk bulan ini.")
MALAY = ("Kerajaan negeri berkata bahawa kilang itu akan ditutup selepas dua bulan kerana permintaan jatuh 30 "
         "peratus. Para pekerja hanya menerima separuh gaji sahaja untuk bulan ini.")


def test_an_indonesian_text_is_told_from_malay_by_the_words_each_spells_its_own_way():
    assert languages.language_of(INDONESIAN) == "id"
    assert languages.language_of(MALAY) == "ms"


def test_indonesian_words_meet_across_their_prefixes_and_suffixes():
    stemmed = words.stemmer("id")
    assert stemmed("pekerja") == stemmed("bekerja")
    assert stemmed("perusahaan") == stemmed("usaha")


def test_indonesian_currency_time_zone_and_scale_words_are_no_terms():
    assert words.unigrams("Pesangon mencapai Rp186 miliar, dibayar pukul 10 WIB tahun depan", "id") == \
        words.unigrams("Pesangon mencapai 186 dibayar 10 depan", "id")


def test_hebrew_function_words_behind_a_prefix_are_skipped():
    assert words.unigrams("ושל והוא שהיא המפעל", "he") == words.unigrams("המפעל", "he")


def test_a_hebrew_word_and_the_word_with_a_prefix_meet_when_the_text_writes_both():
    terms = words.unigrams("בגבעת תמרית נסגר המפעל. תושבי גבעת תמרית הפגינו", "he")
    assert terms.count("גבעת") == 2
    assert "בגבעת" not in terms


def test_prefixes_come_off_one_after_another():
    terms = words.unigrams("ושהמפעל נסגר. המפעל ישן. מפעל חדש", "he")
    assert terms.count("מפעל") == 3


def test_a_short_hebrew_word_keeps_a_first_letter_that_is_no_prefix_of_it():
    # "מפעל" (plant) opens on "מ" (from); "פעל" is no word of the text, and too short to be taken for one.
    assert "מפעל" in words.unigrams("מפעל חדש נפתח", "he")


def test_hebrew_words_for_a_million_and_the_shekel_are_no_terms():
    assert words.unigrams('הפסד של 48 מיליון ש"ח', "he") == words.unigrams("הפסד 48", "he")
