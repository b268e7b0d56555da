"""The reasons reviewers read in the suggestions panel: plain English, correct articles, plurals and possessives."""

from annotations.suggestions import LexiconEntry, suggest
from annotations.suggestions.evaluative_cues import official_device
from annotations.suggestions.lexicon import INTENSIFIER
from annotations.suggestions.rhetoric_classes import OFFICIAL_FRAMING
from annotations.suggestions.subjective_words import FEATURES, _Word, reason
from annotations.suggestions.wording import (
    as_clause,
    counted,
    joined,
    mid_sentence,
    possessive,
    vader_rating,
    with_article,
)


def word(text, tag_class="adjective", valence=None, subjectivity=None, base="", **features):
    values = dict.fromkeys(FEATURES, 0.0) | features
    return _Word(0, len(text), text, values, valence, subjectivity, base, tag_class)


def test_a_subjective_word_without_a_vader_rating_reads_as_one_sentence():
    said = reason(word("false", subjectivity=0.6, before_noun=1.0, headline=1.0), 0.44)

    assert said == ("“false”: a judging adjective (subjectivity 0.6 on a 0 to 1 scale in the Pattern subjectivity "
                    "lexicon), before a noun, in the headline; likely rhetoric (score 0.44 of 1).")


def test_a_subjective_word_with_no_rating_at_all_has_no_empty_brackets_or_dangling_words():
    said = reason(word("zany", tag_class="untagged", rarity=1.0, after_copula=1.0), 0.5)

    assert said == "“zany”: a rare word, after a linking verb such as “is”; likely rhetoric (score 0.50 of 1)."


def test_a_subjective_word_reason_names_the_lexicons_but_no_library_or_jargon():
    said = reason(word("angry", valence=-2.3, subjectivity=1.0, after_degree_word=1.0), 0.58)

    assert "VADER sentiment lexicon" in said and "Pattern subjectivity lexicon" in said
    assert not any(jargon in said for jargon in ("textblob", "copula", "Brill", "fitted scorer"))


def test_the_article_before_a_label_follows_its_sound():
    assert with_article("intensifier") == "an intensifier"
    assert with_article("loaded label") == "a loaded label"
    assert with_article("“-ing” form") == "an “-ing” form"
    assert with_article("unit") == "a unit"


def test_the_rhetoric_lexicon_calls_an_intensifier_an_intensifier():
    lexicon = (LexiconEntry("wholesale", INTENSIFIER, "Makes a change sound total."),)
    text = "The council announced wholesale changes to the bus timetable.\n"
    reasons = [s.reason for s in suggest(text, lexicon, tag="rhetoric") if s.rule == "rhetoric.intensifier"]

    assert reasons == ["From the rhetoric lexicon: “wholesale” is an intensifier (makes a change sound total)."]


def test_a_count_of_one_is_singular():
    assert counted(1, "word") == "1 word"
    assert counted(3, "word") == "3 words"


def test_a_short_label_of_one_word_says_one_word():
    text = ("Ferry fares rise again\n\nThe ferry company raised its fares on Monday for the third time this year.\n\n"
            "Passengers said the new prices would hurt island families who rely on the service.\n\nHarbour\n")
    reasons = [s.reason for s in suggest(text, tag="boilerplate") if "short label" in s.reason]

    assert reasons == ["A short label outside the article's body (1 word)."]


def test_a_source_reads_mid_sentence_with_the_right_possessive():
    assert possessive("The report") == "the report's"
    assert possessive("Experts") == "experts'"
    assert possessive("the minister") == "the minister's"
    assert mid_sentence("The ministry") == "the ministry"
    assert mid_sentence("Reuters") == "Reuters"


def test_a_name_keeps_its_capitals_mid_sentence_while_a_sentence_opening_word_loses_its_own():
    assert mid_sentence("A Treasury spokesperson") == "a Treasury spokesperson"
    assert mid_sentence("Analysts at Nordbank") == "analysts at Nordbank"
    assert mid_sentence("Furious residents") == "furious residents"
    assert mid_sentence("Police Scotland") == "Police Scotland"
    assert mid_sentence("Ministry of Defence") == "Ministry of Defence"
    assert mid_sentence("Westbridge council") == "Westbridge council"
    assert mid_sentence("Japanese officials") == "Japanese officials"
    assert mid_sentence("NHS England") == "NHS England"


def test_a_vader_rating_in_a_reason_says_what_the_number_is_on():
    assert vader_rating(-1.4) == "VADER sentiment -1.4 on a -4 to +4 scale"


def test_a_reporting_verb_after_a_plural_source_reads_the_experts_words():
    text = "Experts warned that the bridge would need repairs within a decade.\n"
    reasons = [s.reason for s in suggest(text, tag="attribution") if "warned" in s.reason]

    assert reasons == ["“warned” reports experts' words."]


def test_official_framing_names_the_one_device_that_matched():
    def device(phrase):
        return official_device(OFFICIAL_FRAMING.search(phrase))

    assert device("certain countries outside the region").endswith("someone blamed but left unnamed")
    assert device("under the pretext").endswith("a stated reason dismissed as a pretext")
    assert device("provocations").endswith("a rival's acts called provocation")
    assert device("has always been committed").endswith("a side praising its own conduct")
    assert "unnamed" not in device("pretext") and "pretext" not in device("external forces")


def test_a_list_of_claim_markers_reads_as_one_phrase():
    assert joined(["a count (“7”)"]) == "a count (“7”)"
    assert joined(["a quantity (“1.2 m”)", "a count (“7”)", "a date (“April”)"]) == (
        "a quantity (“1.2 m”), a count (“7”) and a date (“April”)"
    )


def test_a_claim_reason_joins_its_markers_with_and_not_semicolons():
    text = "The council spent 4.2 million pounds on 14 new buses in March 2024.\n"
    [claim] = [s for s in suggest(text, tag="factual_claim")]

    assert ";" not in claim.reason and " and a date (" in claim.reason


def test_a_lexicon_note_reads_inside_brackets_in_lower_case_but_a_name_keeps_its_capital():
    assert as_clause("Frames motive.") == "frames motive"
    assert as_clause("VADER booster list.") == "VADER booster list"


def test_an_official_framing_suggestion_names_its_device_in_one_sentence():
    text = "The ministry said certain countries outside the region were stirring tension in the strait.\n"
    [found] = [s for s in suggest(text, tag="rhetoric") if s.rule == "rhetoric.official_framing"]

    assert found.reason == (
        "“certain countries outside the region” is an official framing device: someone blamed but left unnamed."
    )
