"""English labels: an "-s" verb after a plural or after "what" is a clause's verb, no noun of a phrase; who spoke
after a quotation is its source; a person's name behind a title or before an affiliation says who, not what.

Every text here is invented for the test."""

from newsdesk.alignment import labels


def phrases_of(text: str) -> list[str]:
    found = labels.token_spans(text)
    return [phrase for phrase, _ in labels.candidate_phrases(
        [token for token, _, _ in found], text, [(start, end) for _, start, end in found])]


def test_an_s_verb_after_a_plural_ends_no_phrase():
    phrases = phrases_of("Any sludge from the old quay that fails the checks goes to a landfill inland.")

    assert not any(phrase.endswith(" goes") for phrase in phrases), phrases


def test_an_s_verb_after_what_opens_no_phrase():
    phrases = phrases_of("Nobody has asked what happens to an oyster bed under a layer of silt.")

    assert not any(phrase.lower().startswith("happens") for phrase in phrases), phrases
    assert "oyster bed" in phrases


def test_an_s_verb_before_to_after_a_singular_noun_ends_no_phrase():
    phrases = phrases_of("Observers say the council aims to reopen the baths by spring.")

    assert not any(phrase.lower().endswith("aims") for phrase in phrases), phrases


def test_a_plural_noun_before_to_after_a_possessive_stays_a_noun():
    phrases = phrases_of("The council's plans to reopen the baths stalled.")

    assert any(phrase.lower().endswith("plans") for phrase in phrases), phrases


def test_a_plural_noun_after_a_singular_one_stays_the_head_of_its_compound():
    assert "missile launches" in phrases_of("The navy counted its missile launches from the coast.")


def test_the_speaker_after_a_closing_quotation_stands_as_its_source():
    words = labels.tokens('"A signed tenant changes everything," said Orla Brennick of the firm Quaymark.')

    assert labels.stands_as_source(words, words.index("Orla"), words.index("Quaymark"))


def test_a_name_with_its_title_or_its_affiliation_says_who_not_what():
    cases = [
        ("Ferry inspector Maren Dolloway checked the ramps.", "Ferry", "Dolloway"),
        ("The survey was led by Tobiah Quell of the consultancy Seastar.", "Tobiah", "Seastar"),
    ]
    for sentence, first, last in cases:
        words = labels.tokens(sentence)
        starts = labels.sentence_starts(words)
        assert labels.names_a_person(words, words.index(first), words.index(last), starts), sentence


def test_a_common_noun_phrase_with_a_place_after_its_preposition_says_what():
    words = labels.tokens("They met in the old ferry hall in Marrowby on Monday.")
    starts = labels.sentence_starts(words)

    assert not labels.names_a_person(words, words.index("old"), words.index("Marrowby"), starts)


def test_a_topic_of_a_quoted_analyst_is_labelled_by_what_it_reports():
    texts = [
        'Analysts said the harbour lease made the loan easier to justify. "A signed lease changes the '
        'talks with lenders," said Orla Brennick of the consultancy Quaymark.',
        "The ferry timetable for the winter was published on Monday with two fewer sailings a day.",
    ]

    result = labels.label_topics(texts, [0, 1], ["a", "b"])

    assert "Brennick" not in result[0], result
