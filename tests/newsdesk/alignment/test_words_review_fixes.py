"""Malay told from Indonesian by the words each writes and, without them, by the function words; and Hebrew
prefixes taken off a word only where the text writes the rest on its own."""

import pytest

from newsdesk.alignment import words
from newsdesk.importing import languages

from ..corpus_stories import CORPUS

# Invented sentences. None holds a word of ``languages.WORD_HINTS``: their function words decide.
MALAY_WITHOUT_HINTS = ("Kilang itu akan ditutup tahun ini dan 1,200 orang hilang pekerjaan menurut jabatan tenaga "
                       "kerja negeri.")
INDONESIAN_WITHOUT_HINTS = ("Namun sebuah jembatan tersebut harus ditutup saat hujan deras melanda desa itu, "
                            "sehingga warga merupakan korban banjir.")
# Invented sentences that each write words only one of the two languages writes.
MALAY_WITH_HINTS = ("Syarikat itu berkata kakitangan hospital akan menerima gaji menerusi akaun bank selepas "
                    "mesyuarat pada hari Khamis.")
INDONESIAN_WITH_HINTS = ("Karyawan pabrik di kabupaten itu belum menerima gaji, kata kepala dinas tenaga kerja "
                         "provinsi kepada polisi.")


def test_a_malay_text_without_a_hint_word_is_read_by_its_function_words():
    assert languages.language_of(MALAY_WITHOUT_HINTS) == "ms"


def test_an_indonesian_text_without_a_hint_word_is_read_by_its_function_words():
    assert languages.language_of(INDONESIAN_WITHOUT_HINTS) == "id"


@pytest.mark.parametrize(("text", "language"), [(MALAY_WITH_HINTS, "ms"), (INDONESIAN_WITH_HINTS, "id")])
def test_words_only_one_of_malay_and_indonesian_writes_tell_them_apart(text, language):
    assert languages.language_of(text) == language


def test_hint_words_outweigh_function_words_listed_for_the_other_language():
    # "untuk", "orang", "menjadi", "secara", "pertama", "kembali" are listed for Malay alone, though Indonesian
    # writes them as often; one "karena" and one "persen" say the text is Indonesian.
    text = ("Untuk pertama kalinya ribuan orang menjadi korban karena harga turun 40 persen dan mereka akan kembali "
            "ke rumah secara bertahap.")
    assert languages.language_of(text) == "id"


@pytest.mark.parametrize("word", ["kilang", "jabatan", "negeri", "pejabat", "kerajaan", "akan"])
def test_words_indonesian_writes_too_are_no_hint_of_malay(word):
    assert word not in languages.WORD_HINTS[frozenset({"id", "ms"})]["ms"]


def test_a_thousands_comma_in_a_malay_text_keeps_its_thousands():
    language = languages.language_of(MALAY_WITHOUT_HINTS)
    assert "1200" in words.unigrams(MALAY_WITHOUT_HINTS, language)


INDONESIAN_CORPUS = sorted([*CORPUS.glob("cibareng-phk-tekstil/*.txt"), *CORPUS.glob("matching/cibareng-*.txt")])


@pytest.mark.parametrize("path", INDONESIAN_CORPUS, ids=lambda path: path.name)
def test_the_indonesian_corpus_texts_stay_indonesian(path):
    assert languages.language_of(path.read_text(encoding="utf-8")) == "id"


# Hebrew words whose first letter is a root letter that a prefix is also written with: health, states, strikes,
# plants, agreements, machines.
ROOTED = ["בריאות", "מדינות", "שביתות", "מפעלים", "הסכמים", "מכונות"]


@pytest.mark.parametrize("word", ROOTED)
def test_a_hebrew_word_keeps_a_first_letter_that_only_looks_like_a_prefix(word):
    assert words.unigrams(f"{word} רבות נפגעו השנה", "he")[0] == word


def test_a_long_hebrew_word_keeps_its_prefix_when_the_text_never_writes_it_bare():
    assert words.unigrams("והמחלבות נסגרו", "he")[0] == "והמחלבות"


@pytest.mark.parametrize(("text", "bare"), [
    ("בגבעת תמרית נסגר המפעל. תושבי גבעת תמרית הפגינו", "גבעת"),
    ("והמועצה דנה בכך. המועצה תתכנס שוב", "המועצה"),
    ("ושהמפעל נסגר. המפעל ישן. מפעל חדש", "מפעל"),
    ("והמחלבות נסגרו. מחלבות אחרות פתוחות", "מחלבות"),
])
def test_a_hebrew_prefix_comes_off_where_the_text_writes_the_rest_on_its_own(text, bare):
    terms = words.unigrams(text, "he")
    assert terms[0] == bare, terms
