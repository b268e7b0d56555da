"""Amharic words as the alignment counts them: the prepositions written onto a noun, its endings and the vowel its
last syllable takes come off, so that a noun and its forms are one term."""

from newsdesk.alignment import amharic, words
from newsdesk.importing import languages

# Invented: the roof of the only school of a village falls in after the rains.
SCHOOL = ("የኩሬሳ ትምህርት ቤት ጣሪያ ከዝናቡ በኋላ ተሰበረ። በኩሬሳ የሚኖሩ ወላጆች ጣሪያው እንዲጠገን ጠየቁ። "
          "ኩሬሳን የሚያገለግለው ብቸኛው ትምህርት ቤት ነው። ተማሪዎቹ በጣሪያው ስር መማር ፈርተዋል። "
          "መምህራኑ ለተማሪዎች አዲስ ክፍል እየፈለጉ ነው፤ አንድ ተማሪ ቆስሏል።")


def test_an_amharic_noun_with_a_preposition_written_onto_it_is_one_term():
    terms = words.unigrams(SCHOOL, languages.AMHARIC)

    # የኩሬሳ (of Kuresa), በኩሬሳ (in Kuresa), ኩሬሳን (Kuresa, as an object).
    assert terms.count(amharic.stem("ኩሬሳ")) == 3
    # ጣሪያ (a roof), ጣሪያው (the roof), በጣሪያው (under the roof).
    assert terms.count(amharic.stem("ጣሪያ")) == 3


def test_an_amharic_noun_s_definite_and_plural_forms_meet_its_bare_form():
    assert amharic.stem("ድንጋዩ") == amharic.stem("ድንጋይ") == amharic.stem("በድንጋዩ") == amharic.stem("ድንጋዮች")
    assert amharic.stem("ተማሪዎቹ") == amharic.stem("ለተማሪዎች") == amharic.stem("ተማሪ")
    assert amharic.stem("ከተማዋ") == amharic.stem("የከተማው") == amharic.stem("ከተማ")


def test_a_short_amharic_word_keeps_a_first_syllable_like_a_preposition():
    # ከተማ (town), በጀት (budget): three syllables, the first of which is no preposition here.
    assert amharic.stem("ከተማ") != amharic.stem("ተማ")
    assert amharic.stem("በጀት") == "በጀት"
    # ሰው (person): "ው" after a short vowel is the noun's own.
    assert amharic.stem("ሰው") == amharic.stem("ሰዎች") == "ሰው"


def test_amharic_letters_of_one_sound_are_one_letter():
    assert amharic.stem("ሥልጣን") == amharic.stem("ስልጣን")
    assert amharic.stem("ፀሐይ") == amharic.stem("ጸሀይ")


def test_the_amharic_stemmer_is_only_an_amharic_text_s():
    assert languages.language_of(SCHOOL) == languages.AMHARIC
    assert words.stemmer(languages.AMHARIC) is amharic.stem
    assert words.stemmer(languages.ENGLISH) is words.stem
