"""The verbs of saying are written once per language and read by every place that knows them."""

from annotations.claims import linking, normalise
from annotations.suggestions.attribution import languages as attribution
from annotations.suggestions.attribution import urdu as urdu_attribution
from newsdesk.alignment import urdu as urdu_alignment
from newsdesk.alignment import words
from newsdesk.importing import furniture_vocabulary, speech_verbs
from newsdesk.importing.languages import URDU, lookup_form, persian_folded


def test_the_common_verbs_of_saying_are_among_every_language_s_verbs_of_saying():
    for language, common in speech_verbs.COMMON_SPEECH_VERBS.items():
        assert common <= speech_verbs.speech_verbs(language)


def test_singular_leaves_out_the_finnish_third_person_plural():
    assert speech_verbs.singular("fi") == {"sanoo", "sanoi", "kertoo", "kertoi", "toteaa", "totesi"}
    assert speech_verbs.singular(URDU) == speech_verbs.COMMON_SPEECH_VERBS[URDU]


def test_every_finnish_reader_reads_the_verbs_of_saying_from_the_table():
    verbs = speech_verbs.SPEECH_VERBS["fi"]
    assert verbs | speech_verbs.SPEECH_PARTICIPLES["fi"] <= words.EVENT_STOP_WORDS["fi"]
    assert verbs <= attribution.languages()["fi"].verbs
    assert speech_verbs.SPEECH_PARTICIPLES["fi"] <= attribution.languages()["fi"].participles
    assert verbs == set(linking.SPEECH_VERBS["fi"].split())
    assert speech_verbs.COMMON_SPEECH_VERBS["fi"] <= normalise.function_words("fi")
    furniture = {phrase.strip() for phrase in furniture_vocabulary.REPORTING["fi"].split("|")}
    assert speech_verbs.singular("fi") <= furniture


def test_every_swedish_and_urdu_reader_reads_the_verbs_of_saying_from_the_table():
    assert speech_verbs.SPEECH_VERBS["sv"] <= attribution.languages()["sv"].verbs
    assert speech_verbs.SPEECH_VERBS["sv"] <= words.LANGUAGE_STOP_WORDS["sv"]
    urdu = speech_verbs.SPEECH_VERBS[URDU]
    assert {lookup_form(verb, URDU) for verb in urdu} <= words.LANGUAGE_STOP_WORDS[URDU]
    assert speech_verbs.COMMON_SPEECH_VERBS[URDU] <= urdu_alignment.SAYING & urdu_alignment.FUNCTION_WORDS
    assert urdu_attribution.PRESENT_VERBS | urdu_attribution.PAST_VERBS - {persian_folded("لکھا")} <= {
        persian_folded(verb) for verb in urdu}


def test_urdu_attribution_reads_the_masculine_past_and_the_present_participles_of_saying():
    assert urdu_attribution.PAST_VERBS == {persian_folded(verb) for verb in "کہا بتایا لکھا".split()}
    present = "کہتے کہتی کہتا بتاتے بتاتی بتاتا"
    assert urdu_attribution.PRESENT_VERBS == {persian_folded(verb) for verb in present.split()}


def test_polish_says_they_said_with_the_vowel_it_changes_for_the_mens_plural():
    assert {"powiedział", "powiedziała", "powiedzieli", "powiedziały"} <= speech_verbs.SPEECH_VERBS["pl"]
    assert "powiedziali" not in speech_verbs.SPEECH_VERBS["pl"]
