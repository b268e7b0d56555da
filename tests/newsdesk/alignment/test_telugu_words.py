"""Telugu words in the alignment: the case endings and the plural written onto a noun come off, a non-joiner before
them with them, so that "the pond", "to the pond" and "in the pond" are one term for the story's vectors, whichever
form each outlet's passage writes. Every text here is invented for the test."""

import pytest

from newsdesk.alignment import words


@pytest.mark.parametrize("forms", [
    ("చెరువు", "చెరువుకు", "చెరువులో", "చెరువును"),  # the pond: to it, in it, it
    ("వార్డు", "వార్డులు", "వార్డుల్లో", "వార్డులకు"),  # the ward, the wards, in the wards, to the wards
    ("కమిషనర్", "కమిషనర్‌కు", "కమిషనర్‌ను"),  # a loanword, its ending after a non-joiner
    ("ట్యాంకర్ల", "ట్యాంకర్లతో", "ట్యాంకర్లను"),  # the tankers' oblique, with them, them
    ("పట్టణం", "పట్టణంలో", "పట్టణంలోని"),  # the town, in it, of it
])
def test_the_forms_of_a_telugu_noun_meet_in_one_term(forms):
    text = ". ".join(f"సిరిపురం {form} సంగతి" for form in forms) + "."
    terms = words.unigrams(text, "te")
    assert len({words.stemmer("te")(form) for form in forms}) == 1
    assert terms.count(words.stemmer("te")(forms[0])) == len(forms)


def test_a_short_telugu_word_keeps_its_ending():
    # "పని" (work) would leave one letter without its "-ని".
    assert words.stemmer("te")("పని") == "పని"


def test_a_telugu_opening_passes_over_the_demonstrative_it_opens_on():
    # Telugu writes no article: "ఈ" (this) and "ఆ" (that) stand before a noun as "the" does.
    from newsdesk.alignment import labels

    assert labels.opening("ఈ ఘటనలో టీ దుకాణం యజమాని మృతి చెందారు.").startswith("ఘటనలో")
    assert labels.opening("ఆ చెరువు కట్టకు గండి పడింది.").startswith("చెరువు")
    assert labels.opening("ఈ") == "ఈ"  # the last word always stays
