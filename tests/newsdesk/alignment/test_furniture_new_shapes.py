"""Page shapes of print replicas, radio and TV sites and explainers: a print page's jump lines and a sign-off are
furniture, a paragraph cut off at the jump is the story's, and a heading takes the row of the paragraph under it."""

import numpy as np
import pytest

from newsdesk.alignment.clustering import PassageText, headings_follow_their_paragraph, split_furniture
from newsdesk.importing.furniture_lines import line_furniture


@pytest.mark.parametrize("line", [
    "Continued on Page B4",
    "From Page A1",
    "See FLOOD, Page A9",
    "Nora Quill can be reached at 555-210-4477.",
    "Stay with Channel 7 for updates on this developing story.",
    "Valley Radio is supported by listeners like you. Make your gift today.",
    "Have a question we haven't answered? Email our newsroom or call our desk.",
])
def test_jump_lines_sign_offs_and_appeals_are_furniture(line):
    assert line_furniture(line) is not None


@pytest.mark.parametrize("line", [
    "The parade continued on Page Street until dusk, when the bands packed up.",
    "The mayor said the shelter can be reached by boat only until the water drops.",
    "Stay with the story: the council votes on the plan next week, the clerk said.",
])
def test_news_sentences_with_those_words_stay_the_storys(line):
    assert line_furniture(line) is None


def test_a_paragraph_cut_off_at_the_jump_stays_the_storys():
    texts = [
        "The bridge over the Marl was shut on Friday after inspectors found a crack in its main span.",
        "The county engineer said the repair would take months and that the detour was\n"
        "likely to add twenty minutes to the drive for people who",
        "Continued on Page B4",
    ]
    passages = [PassageText(key=i, article=0, index=i, text=t) for i, t in enumerate(texts)]
    content, furniture, _reasons = split_furniture(passages, {})
    assert [p.key for p in content] == [0, 1]
    assert furniture == [2]


def test_a_heading_takes_the_row_of_the_paragraph_under_it():
    texts = [
        "The bridge over the Marl was shut on Friday after inspectors found a crack in its main span.",
        "How long will it take?",
        "The county engineer said the repair would take three months at least.",
        "Who pays",
        "The state will pay two thirds of the bill and the county the rest.",
    ]
    content = [PassageText(key=i, article=0, index=i, text=t) for i, t in enumerate(texts)]
    assignment = np.array([0, 0, 1, 1, 2])
    assert headings_follow_their_paragraph(content, assignment, set()).tolist() == [0, 1, 1, 2, 2]
    # A heading an editor placed stays where it was put.
    assert headings_follow_their_paragraph(content, assignment, {1}).tolist() == [0, 0, 1, 2, 2]


def test_a_comment_set_apart_from_its_writers_handle_is_the_pages():
    texts = [
        "The bridge over the Marl was shut on Friday after inspectors found a crack in its main span.",
        "The county engineer said the repair would take three months at least, and the detour adds twenty minutes.",
        "Comments (12)",
        "marlvalley_mum · 4 hours ago",
        "About time somebody looked at that bridge. My kids cross it every single morning on the way to school.",
        "Reply · 3 Likes",
    ]
    passages = [PassageText(key=i, article=0, index=i, text=t) for i, t in enumerate(texts)]
    content, furniture, reasons = split_furniture(passages, {})
    assert 4 in furniture and reasons[4]
    assert [p.key for p in content][:2] == [0, 1]
