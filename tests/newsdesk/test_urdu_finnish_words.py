"""Words of Urdu and Finnish texts: endings, reporting verbs, spelt-out letters and the words of a sum."""

from newsdesk.alignment import story_suggestion, words
from newsdesk.importing import languages

# Invented text: a water tank in an invented town.
URDU = ("شہر کے ہسپتال میں ٹینکی کی مرمت مکمل ہو گئی۔ ہسپتالوں کے مریضوں کو پانی ملا، ایک مریض نے کہا۔ "
        "ٹی ایچ کیو کے ایم ایس نے بتایا کہ مرمت پر ۴ لاکھ روپے خرچ ہوئے۔ کمرہ صاف ہے اور کمرے کھلے ہیں۔")
FINNISH = ("Uusi kirjasto avattiin maanantaina, ja se on nyt auki myös iltaisin.\n\n"
           "– Meille uusi kirjasto on tärkeä, koska se on kaupungin ainoa olohuone, sanoo kirjastonjohtaja Aino "
           "Virtanen.\n\n"
           "Remontti maksoi 1,4 miljoonaa euroa, ja siitä valtio maksoi puolet, kertoi Virtanen klo 10 pidetyssä "
           "tilaisuudessa. Hänen mukaansa lainoja on jo enemmän kuin ennen.")


def test_an_urdu_plural_or_oblique_noun_meets_the_noun_the_text_also_writes():
    terms = words.unigrams(URDU, languages.URDU)

    assert "مریضوں" not in terms and terms.count("مریض") == 2
    assert "ہسپتالوں" not in terms and terms.count("ہسپتال") == 2
    assert terms.count("کمرہ") == 2


def test_urdu_reporting_verbs_spelt_out_letters_and_the_words_of_a_sum_are_no_terms():
    terms = set(words.unigrams(URDU, languages.URDU))

    assert not terms & {"کہا", "بتایا", "ٹی", "ایچ", "کیو", "ایم", "ایس", "لاکھ", "روپے"}
    assert "مرمت" in terms


def test_finnish_words_of_a_sum_are_no_terms():
    terms = set(words.unigrams(FINNISH, "fi"))

    assert not terms & {"miljoona", "miljoonaa", "euroa", "euro"}


def test_a_finnish_report_s_event_words_leave_out_its_reporting_verbs_and_o_clock():
    told = story_suggestion.event_words(FINNISH).split()

    assert not set(told) & {"sanoo", "kertoi", "klo"}
    assert "kirjasto" in told


def test_a_function_word_opening_a_quote_after_a_dash_is_no_name():
    names = story_suggestion.names_and_figures(FINNISH)

    assert not any("meill" in key for key in names)
    assert any(key.startswith("aino") for key in names)
