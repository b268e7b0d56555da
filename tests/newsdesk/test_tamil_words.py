"""Tamil words as the alignment and story matching count them: a noun's case endings, its plural and the consonant
doubled before the next word come off where the text also writes the bare word; function words are no terms."""

from newsdesk.alignment import words
from newsdesk.importing import languages

# Invented: a school reopens in a village after the rains.
SCHOOL = ("மழைக்குப் பிறகு புதிய பள்ளி திங்கள்கிழமை திறக்கப்பட்டது. பள்ளியில் நூறு மாணவர்கள் சேர்ந்தனர். "
          "பள்ளிக்குச் செல்லும் பாதையைச் சீரமைக்க ஒரு குழு அமைக்கப்பட்டது. ஒவ்வொரு மாணவர் பெயரும் பதிவேட்டில் "
          "எழுதப்பட்டது. மாணவர்களுக்கு இலவசச் சீருடை வழங்கப்பட்டது.")


def test_a_tamil_noun_with_its_case_endings_is_one_term_when_the_text_writes_it_bare():
    terms = words.unigrams(SCHOOL, languages.TAMIL)

    # பள்ளி, பள்ளியில் (in the school), பள்ளிக்குச் (to the school, a consonant doubled before the next word).
    assert terms.count("பள்ளி") == 3
    assert not {"பள்ளியில்", "பள்ளிக்குச்", "பள்ளிக்கு"} & set(terms)
    # மாணவர்கள் (students) and மாணவர்களுக்கு (to the students) beside மாணவர் (a student).
    assert terms.count("மாணவர்") == 3


def test_a_tamil_ending_stays_on_a_word_the_text_never_writes_bare():
    terms = words.unigrams(SCHOOL, languages.TAMIL)

    # No "பாதை" (path) or "பதிவேடு" (register) in the text: what an ending would leave is not known to be a word.
    assert "பாதையைச்" in terms and "பதிவேட்டில்" in terms


def test_a_vowel_or_final_consonant_the_ending_took_is_given_back():
    stem = words.tamil_stemmer("நகர் நகரில் நகரைச் பிரிவு பிரிவை பிரிவில் திட்டம் திட்டத்தில்")

    assert stem("நகரில்") == stem("நகரைச்") == "நகர்"
    assert stem("பிரிவை") == stem("பிரிவில்") == "பிரிவு"
    assert stem("திட்டத்தில்") == "திட்டம்"


def test_tamil_function_words_are_no_terms():
    terms = words.unigrams(SCHOOL, languages.TAMIL)

    assert not {"ஒரு", "பிறகு"} & set(terms)
    assert "ஒரு" in languages.function_words(languages.TAMIL)


def test_the_tamil_stemmer_is_only_a_tamil_text_s():
    english = "The school reopened. Students at the school were given uniforms."

    assert words.stemmer(languages.ENGLISH) is words.stem
    assert languages.TAMIL in words.TEXT_STEMMERS and languages.language_of(SCHOOL) == languages.TAMIL
    assert words.unigrams(english, languages.ENGLISH).count("school") == 2
