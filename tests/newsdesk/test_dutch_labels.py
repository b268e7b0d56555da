"""Labels of a story in Dutch, and rules any language's labels share: a speaker's line in capitals and a bare name
are no topic's name."""

from newsdesk.alignment import labels, verbal
from newsdesk.alignment.words import stop_words_for


def dutch_runs(text, story=None):
    reading = labels.RunReading(story or [text], "nl")
    found = labels.token_spans(text)
    return [phrase for phrase, *_ in reading.candidates(
        [token for token, _, _ in found], text, [(start, end) for _, start, end in found])]


def test_a_line_in_capitals_that_names_a_speaker_labels_no_topic():
    texts = ["VOORZITTER KWEKERSBOND WEST, KAREL DAMMERS:\n\"De kassen blijven koud deze winter.\"",
             "De kassen blijven koud omdat de gasprijs hoog is.",
             "De gasprijs voor kwekers is verdubbeld.",
             "Bij de haven lag een nieuwe veerboot aan."]

    result = labels.label_topics(texts, [0, 0, 0, 1], ["a", "b", "c", "a"])

    assert "VOORZITTER" not in result[0].upper().split()[0] and not result[0].isupper()
    assert labels.in_capitals(texts[0], 0, 10)
    assert not labels.in_capitals("The KCNA news agency reported.", 4, 20)


def test_a_bare_name_gives_way_to_a_phrase_with_a_common_noun():
    texts = ["Burgemeester Joke van Lier opent de nieuwe sporthal aan de Lange Dreef.",
             "De nieuwe sporthal aan de Lange Dreef kost vier miljoen euro, zegt burgemeester Joke van Lier.",
             "Joke van Lier is trots op de nieuwe sporthal.",
             "Bij de haven lag een nieuwe veerboot aan."]

    result = labels.label_topics(texts, [0, 0, 0, 1], ["a", "b", "c", "a"])

    assert "sporthal" in result[0].lower()


def test_dutch_finite_verbs_never_stand_in_a_label():
    phrases = dutch_runs("Het risico voor omwonenden is klein. De kippen van de boer werden geruimd, zegt de "
                         "woordvoerder. Het rijk heeft de schade vergoed en de provincie moet betalen.")

    finite = {"is", "werden", "zegt", "heeft", "moet"}
    assert not any(finite & set(phrase.lower().split()) for phrase in phrases), phrases
    assert "kippen van de boer" in phrases
    assert finite <= verbal.verbal_words([], "nl", stop_words_for("nl"))


def test_a_dutch_relative_word_after_a_noun_opens_a_clause_but_after_a_preposition_is_a_determiner():
    phrases = dutch_runs("Het inkomen dat de boeren mislopen. Er geldt een verbod in die zone.")

    assert not any(" dat " in f" {phrase} " for phrase in phrases)
    assert "verbod in die zone" in phrases


def test_a_dutch_adjective_the_story_inflects_ends_no_run():
    story = ["De waarde van de gedode dieren wordt vergoed.", "Alle kippen zijn gedood.",
             "Het risico voor mensen heel klein, de hele dag."]

    phrases = dutch_runs(story[0], story) + dutch_runs(story[2], story)

    assert "waarde van de gedode" not in phrases and "gedode dieren" in phrases
    assert "risico voor mensen heel" not in phrases and "risico voor mensen" in phrases
    assert "zone" not in verbal.adjectives(["De zone van tien kilometer. Zijn zoon boert."], "nl",
                                           stop_words_for("nl"))
