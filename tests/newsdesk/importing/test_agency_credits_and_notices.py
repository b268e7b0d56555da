"""Lines a news agency's or a national paper's page sets around its story: a colleague's credit at the foot of the
report ("… contributed to this report."), the writer's note in a box under their name in capitals, opening on the
family name, and the privacy notice of a newsletter box inside the article.

Every text here is invented for the test."""

import pytest

from newsdesk.alignment.clustering import split_furniture
from newsdesk.importing.furniture_lines import line_furniture, related_label
from tests.newsdesk.alignment.invented_pages import PARAGRAPHS, article


@pytest.mark.parametrize("line", [
    "Associated writer Tom Abara in London contributed to this report.",
    "Lina Maro contributed reporting from Athens.",
    "Kofi Mensah and Ruth Adler contributed reporting.",
    "Staff writers Anna Bell and Jo Ng contributed to this story",
    "(Wire services contributed to this article.)",
])
def test_a_colleagues_credit_at_the_foot_of_a_report_is_the_pages(line):
    judged = line_furniture(line)
    assert judged is not None and judged[0] == "byline"


@pytest.mark.parametrize("line", [
    "Volunteers contributed to the clean-up, which took three days, the harbour master said.",
    "\"Everyone contributed to this report,\" the inspector said.",
    "The council said residents had contributed to this report on the flood defences over two years.",
])
def test_a_sentence_on_who_contributed_to_something_stays_the_storys(line):
    assert line_furniture(line) is None


@pytest.mark.parametrize("line", [
    "Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties.",
    "Privacy policy: we use your email address only to send you this newsletter.",
    "Datenschutzhinweis: Ihre Adresse wird nur für den Versand des Newsletters verwendet.",
    "Aviso de privacidad: tus datos se tratarán según nuestra política.",
])
def test_a_privacy_notice_under_its_label_is_the_pages(line):
    assert line_furniture(line) is not None


def test_a_sentence_naming_a_privacy_notice_stays_the_storys():
    line = "The hospital's privacy notice said patients' records would be kept for eight years."
    assert line_furniture(line) is None


AGENCY_PAGE = [
    "By MAEVE OKORO\nPublished 11:04 AM GMT, June 6, 2026",
    PARAGRAPHS[0],
    PARAGRAPHS[1],
    PARAGRAPHS[2],
    "MAEVE OKORO",
    "Okoro covers West Africa for the agency from Accra.",
]


def test_a_writers_note_under_their_name_in_capitals_opening_on_the_family_name_is_furniture():
    _content, furniture, _reasons = split_furniture(article(AGENCY_PAGE), {})
    assert (0, 5) in furniture


def test_a_closing_paragraph_opening_on_the_family_name_without_the_name_above_it_stays_the_storys():
    texts = AGENCY_PAGE[:4] + ["Okoro said the harbour would reopen once the divers had finished their survey."]
    _content, furniture, _reasons = split_furniture(article(texts), {})
    assert (0, 4) not in furniture


@pytest.mark.parametrize("line", ["You might also like", "Most shared", "Most commented", "You may have missed",
                                  "Most shared in Culture"])
def test_more_labels_of_a_list_of_other_stories_are_related_labels(line):
    assert related_label(line)
    assert line_furniture(line) is not None


@pytest.mark.parametrize("line", ["Analysis by Danielle Osei, GNN", "Opinion by Ruth Adler", "Commentary by Jo Ng",
                                  "With reporting by Anna Bell", "With additional reporting by Mark Dunn"])
def test_a_byline_led_by_the_kind_of_piece_or_by_with_is_a_byline(line):
    judged = line_furniture(line)
    assert judged is not None and judged[0] == "byline"


@pytest.mark.parametrize("line", ["Westrey Police/Handout", "Handout via Kestrel Energy",
                                  "Map: The museum and the yard", "Graphic: Sentinel staff", "Chart: Ruth Adler"])
def test_a_handout_credit_and_a_map_or_charts_label_are_the_pictures(line):
    judged = line_furniture(line)
    assert judged is not None and judged[0] == "credit"


def test_a_short_appeal_for_the_readers_support_is_the_pages():
    judged = line_furniture("Our journalism relies on your support. Become a member today.")
    assert judged is not None


@pytest.mark.parametrize("line", [
    "Analysis by the university found the river had warmed by two degrees.",
    "Opinion by opinion, the council worked through the objections.",
    "The map showed the museum and the yard behind it.",
    "Police released a handout photograph of the car on Monday.",
    "Our members rely on the club's support, the chairman said, and we thank them.",
])
def test_sentences_with_those_words_stay_the_storys(line):
    assert line_furniture(line) is None


@pytest.mark.parametrize("line", ["Related analysis", "Related reading", "Related video:", "RELATED PODCASTS"])
def test_related_and_one_word_labels_a_list_of_other_stories(line):
    assert related_label(line)


@pytest.mark.parametrize("line", ["Comments are open to members.", "Comments are open until midnight"])
def test_a_note_on_when_comments_are_open_is_the_pages(line):
    assert line_furniture(line) is not None


def test_a_sentence_on_related_things_is_no_related_label():
    assert not related_label("Related talks continue in Geneva on Friday.")
