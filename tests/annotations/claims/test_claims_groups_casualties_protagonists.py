"""A year group is no unit of the count before it; small counts of casualties link and differ; the names every
article of a story shares (its protagonists) tie no two facts together. Invented text."""

from annotations.claims.finding import Mention
from annotations.claims.linking import (
    SHARED_FIGURE,
    adjustment,
    close_figures,
    differing,
    link_articles,
    protagonists,
)
from annotations.claims.normalise import details


def mention(article, text, language=None):
    return Mention(article, 0, len(text), text, details(text, language), 0)


def test_a_unit_word_followed_by_a_figure_names_a_group_not_the_unit():
    figures = details("Nearly 1,400 Year 9 pupils at eight schools sat the test again.").figures
    assert [(f.kind, f.value) for f in figures if f.value == 1400] == [("count", 1400.0)]
    assert not any(f.value == 9 for f in figures)  # "Year 9" names the group, it counts nothing


def test_a_span_in_two_units_keeps_its_units():
    figures = details("The repairs took 4 years 3 months to finish.").figures
    assert [f.kind for f in figures] == ["unit:year", "unit:month"]


def test_a_capitalised_unit_word_before_a_number_names_a_group():
    assert not details("Every Year 9 pupil in the county must sit it again.").figures


def test_a_count_of_a_year_group_is_a_hedged_statement_of_the_same_count():
    left = details("The board withdrew the paper for 1,412 Year 9 candidates.").figures
    right = details("About 1,400 pupils will sit it again.").figures
    assert close_figures(left, right) == "hedged"


def test_two_dead_in_two_reports_is_shared_evidence():
    a = mention("a", "Two people died when the footbridge at Merrow Quay gave way.")
    b = mention("b", "The collapse of the Merrow Quay footbridge killed two walkers.")
    assert adjustment(a, b) >= SHARED_FIGURE


def test_two_countries_and_two_weeks_share_no_small_count():
    a = mention("a", "The envoys visited two countries in the spring.")
    b = mention("b", "The envoys stayed for two weeks in the spring.")
    assert adjustment(a, b) < SHARED_FIGURE


def test_a_death_toll_of_three_differs_from_two_dead():
    mentions = [
        mention("a", "Two people died and nine were injured when the roof of Hallam Market fell in."),
        mention("b", "Three people were killed when the roof of Hallam Market fell in."),
        mention("c", "Two people died and nine were hurt at Hallam Market."),
    ]
    assert differing(mentions) == [False, True, False]


def test_an_amharic_death_toll_of_three_differs_from_two_dead():
    mentions = [
        mention("a", "በጎርፉ የሁለት ሰዎች ሕይወት አለፈ።", "am"),
        mention("b", "ጎርፉ የሁለት ሰዎችን ሕይወት ቀጥፏል።", "am"),
        mention("c", "በጎርፉ የሟቾች ቁጥር ሦስት ደርሷል።", "am"),
    ]
    assert differing(mentions) == [False, False, True]


STORY = {
    "gazette": "Harrowgate Academy said a caretaker had been suspended while police looked into the break-in. "
               "Pupils leave Harrowgate Academy on Friday after the results were withdrawn.",
    "wire": "Harrowgate Academy, where the papers were kept, said a caretaker had been suspended. "
            "Principal Joanna Mbeki said a caretaker had been suspended.",
    "weekly": "Dr Johanna Mbeki has been principal of Harrowgate Academy for nine years. "
              "The board withdrew the results of Harrowgate Academy on Thursday.",
}


def _linked(claims, words):
    return next((c for c in claims if any(words in m.text for m in c.mentions)), None)


def test_the_names_every_article_shares_are_the_stories_protagonists():
    mentions = [mention(key, text) for key, text in STORY.items()]
    assert {"harrowgate", "academy"} <= protagonists(mentions)


def test_a_protagonists_name_alone_links_no_two_facts():
    claims = link_articles(STORY.items())
    leaving = _linked(claims, "Pupils leave")
    assert len(leaving.mentions) == 1
    suspended = _linked(claims, "where the papers were kept")
    assert any("while police looked into" in m.text for m in suspended.mentions)


def test_a_head_named_in_two_spellings_links_no_two_facts_by_the_name():
    claims = link_articles(STORY.items())
    tenure = _linked(claims, "for nine years")
    assert not any("Principal Joanna Mbeki said" in m.text for m in tenure.mentions)
