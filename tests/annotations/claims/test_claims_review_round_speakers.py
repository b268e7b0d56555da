"""Whom a story quotes are people, by their whole names: a county, a ministry or a title beside a reporting verb is
no one quoted, so a pair sharing the story's place name keeps the credit for it."""

from annotations.claims.linking import quoted_in, speakers


def test_a_place_and_a_title_beside_a_reporting_verb_are_no_quoted_name():
    found = speakers(["County Executive Dana Lee said the county would not pay.",
                      "Brannock County said its systems were back.",
                      "The Health Ministry said nothing more.",
                      "Brannock County Sheriff Tom Hale said the roads were shut."])
    assert found == {"dana lee", "tom hale"}


def test_a_quoted_name_is_held_only_by_a_sentence_naming_the_whole_of_it():
    quoted = speakers(["County Executive Dana Lee said the county would not pay."])
    assert quoted_in({"brannock", "county"}, quoted) == frozenset()
    assert quoted_in({"dana", "lee", "brannock"}, quoted) == {"dana lee"}
    assert quoted_in({"lee"}, quoted) == frozenset()
