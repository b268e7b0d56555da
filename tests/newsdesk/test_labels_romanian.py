"""Labels of a story in Romanian: a run never holds a verb after its auxiliary or a clause's "că", never goes on from
a name into the object after it (an indefinite article opens a second noun phrase), and never closes on a number
word; the story's function words are read as the language writes them."""

from newsdesk.alignment import labels, verbal
from newsdesk.importing.languages import function_words

from .label_runs import run_candidates

# Invented passages: a company's licence for a quarry at Lunca Verde, and a bridge's repair in Pădureni.
ROMANIAN = [
    "Agenția minieră a acordat firmei Piatra Albă o licență de exploatare pentru două decenii.",
    "Firma Piatra Albă a primit în martie o licență pentru cariera de la Lunca Verde, valabilă două decenii.",
    "Licența dată firmei Piatra Albă, spun localnicii, a fost semnată fără o consultare publică.",
    "Primarul susține că podul de la Pădureni va fi reparat până în toamnă.",
    "Inginerii susțin că podul de la Pădureni are pilonii fisurați și că reparația durează zece luni.",
    "Primăria a vizitat joi podul de la Pădureni și a anunțat că reparația podului va costa două milioane de lei.",
]


def _candidates(texts):
    return run_candidates(texts, "ro")


def test_a_romanian_run_holds_no_verb_after_its_auxiliary_nor_a_second_noun_phrase_and_closes_on_no_number():
    found = set(_candidates(ROMANIAN))
    own = function_words("ro")
    for phrase in found:
        words = [word.lower() for word in labels.tokens(phrase)]
        assert words[0] not in own and words[-1] not in own, phrase
        assert not {"o", "un"} & set(words[1:]), phrase
        assert words[-1] not in ("două", "zece", "doi", "milioane"), phrase
        assert not {"acordat", "vizitat", "anunțat", "primit"} & set(words), phrase
    assert "podul de la Pădureni" in found and "Piatra Albă" in found


def test_romanian_verbs_are_read_after_their_auxiliary_and_the_forms_of_to_be_are_verbs():
    found = verbal.verbal_words(ROMANIAN, "ro", function_words("ro"))
    assert {"acordat", "vizitat", "anunțat"} <= found
    assert "este" in found and "podul" not in found and "licență" not in found


def test_romanian_verbs_of_saying_and_function_words_are_no_terms_of_a_passage():
    from newsdesk.alignment.words import unigrams

    terms = set(unigrams("„Podul nu mai e sigur”, a declarat primarul, iar inginerul a precizat că și pilonii sunt "
                         "fisurați, potrivit raportului.", "ro"))
    assert not {"declar", "declarat", "preciz", "precizat", "potriv", "potrivit", "și", "că"} & terms
    assert {"pod", "primar", "pilon", "raport"} <= terms
