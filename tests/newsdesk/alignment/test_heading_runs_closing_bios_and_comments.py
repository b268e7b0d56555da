"""Page shapes the furniture band reads by their place in the article (``clustering.split_furniture``): a heading
under a picture's caption and credit set as one block, a run of headings each over a single paragraph between two
full sections, the writer's note that closes a column under its byline's name, the readers' comments under the
page's comments heading; and the Swahili labels of a page (``furniture_vocabulary``).

Every text here is invented for the test."""

import pytest

from newsdesk.alignment.clustering import PassageText, align, comments_heading, split_furniture
from newsdesk.importing.furniture_lines import line_furniture
from tests.newsdesk.alignment.invented_pages import PARAGRAPHS, article


def furniture_of(passages: list[PassageText]) -> set:
    _content, furniture, _reasons = split_furniture(passages, {})
    return set(furniture)


def test_a_heading_under_a_caption_and_its_credit_in_one_block_is_the_storys():
    texts = [
        PARAGRAPHS[0],
        "Cracks in the legs",
        PARAGRAPHS[1],
        PARAGRAPHS[2],
        "Photo: Tamsin Oke / Handout\nDivers inspect the pier at low tide on Sunday",
        "Traders worried",
        PARAGRAPHS[3],
        PARAGRAPHS[4],
    ]
    found = furniture_of(article(texts))
    assert (0, 5) not in found and (0, 1) not in found
    assert (0, 4) in found


def test_a_caption_block_of_long_lines_does_not_carry_a_short_line_into_the_story():
    long_caption = (
        "Divers from the regional rescue service inspect the cracked concrete legs of the old ferry pier at "
        "low tide on Sunday morning while traders watch from the quay"
    )
    texts = [
        PARAGRAPHS[0],
        "Photo: Tamsin Oke / Handout\n" + long_caption,
        "Traders worried",
        PARAGRAPHS[1],
        PARAGRAPHS[2],
    ]
    assert (0, 2) in furniture_of(article(texts))


def test_headings_over_one_paragraph_each_between_two_full_sections_are_the_storys():
    texts = [
        PARAGRAPHS[0],
        "How the cracks were found",
        PARAGRAPHS[1],
        PARAGRAPHS[2],
        "Two legs damaged",
        PARAGRAPHS[3],
        "Traders worried",
        PARAGRAPHS[4],
        "What comes next",
        PARAGRAPHS[5],
    ]
    assert furniture_of(article(texts)) == set()


def test_a_short_line_one_paragraph_above_the_end_with_no_heading_before_it_stays_furniture():
    texts = [PARAGRAPHS[0], PARAGRAPHS[1], "Divers at the pier", PARAGRAPHS[2], "Traders on the quay", PARAGRAPHS[3]]
    assert {(0, 2), (0, 4)} <= furniture_of(article(texts))


COLUMN = [
    "O Farol\nOpinião",
    "O cais que ninguém quis ver",
    "Por Marta Quelhas Vidal\n14/05/2025 às 10h20",
    "A câmara de Vila Serrada fechou o cais velho depois de os mergulhadores encontrarem fissuras em duas das suas "
    "pernas de betão.",
    "Há cinco anos que os pescadores pediam uma vistoria, e há cinco anos que a resposta era sempre a mesma: não há "
    "dinheiro.",
]


def test_a_columns_closing_note_on_its_writer_is_furniture():
    note = "Marta Quelhas Vidal é mergulhadora, nasceu em Vila Serrada e escreve às quartas-feiras sobre o mar."
    texts = COLUMN + [note, "Partilhe\nFacebook | WhatsApp"]
    assert (0, 5) in furniture_of(article(texts))
    assert (0, 5) in align(article(texts)).furniture


def test_a_closing_paragraph_on_someone_other_than_the_writer_stays_the_storys():
    other = "Rui Teixeira Lobo é pescador há trinta anos e diz que nunca viu o cais tão degradado como agora."
    texts = COLUMN + [other, "Partilhe\nFacebook | WhatsApp"]
    assert (0, 5) not in furniture_of(article(texts))


def test_the_writers_name_in_a_paragraph_above_the_last_stays_the_storys():
    named = "Marta Quelhas Vidal é engenheira civil e visitou o cais na semana passada com os técnicos da câmara."
    texts = COLUMN[:4] + [named, COLUMN[4]]
    assert (0, 4) not in furniture_of(article(texts))


@pytest.mark.parametrize("line", ["Maoni 3", "12 comentários", "Comments (4)", "3 Kommentare", "Commenti"])
def test_a_comments_heading_is_read_with_or_without_its_count(line):
    assert comments_heading(line)


@pytest.mark.parametrize("line", ["Comment", "Maoni ya wakazi wa Bondeni", "Comments on the plan were sent in"])
def test_other_short_lines_are_no_comments_heading(line):
    assert not comments_heading(line)


def test_everything_under_the_comments_heading_is_the_pages():
    texts = [
        PARAGRAPHS[0],
        PARAGRAPHS[1],
        "Comments (2)",
        "I have crossed on that ferry every week for twenty years and the pier was always in a poor state.",
        "The council should have found the money for repairs long before the divers went down there.",
        "Reply",
    ]
    found = furniture_of(article(texts))
    assert {(0, 2), (0, 3), (0, 4), (0, 5)} <= found
    assert not {(0, 0), (0, 1)} & found


def test_a_comments_heading_above_the_storys_first_paragraph_sets_nothing_apart():
    texts = ["Comments", PARAGRAPHS[0], PARAGRAPHS[1]]
    assert furniture_of(article(texts)) == {(0, 0)}


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Soma Pia", "related_list"),
        ("Soma zaidi", "related_list"),
        ("Habari zinazohusiana", "related_list"),
        ("Picha: Juma Mgeni", "credit"),
        ("Sauti ya Pwani. Haki zote zimehifadhiwa.", "credit"),
        ("Tufuate", "call_to_action"),
        ("Jiunge na", "call_to_action"),
        ("Jisajili", "call_to_action"),
        ("Shiriki", "furniture_words"),
        ("Maoni", "furniture_words"),
        ("Tangazo", "furniture_words"),
        ("Na Halima Mgeni", "byline"),
        ("Imeandikwa na Halima Mgeni", "byline"),
    ],
)
def test_swahili_labels_of_the_page_are_furniture(line, rule):
    judged = line_furniture(line)
    assert judged is not None and judged[0] == rule


def test_a_swahili_sentence_opening_on_na_is_no_byline():
    assert line_furniture("Na wakazi wa mtaa huo walisema mitaro imeziba tangu mwaka jana.") is None


def test_comments_under_writers_lines_dated_in_figures_are_the_pages():
    texts = [
        PARAGRAPHS[0],
        PARAGRAPHS[1],
        PARAGRAPHS[2],
        "Tito R. · Aprili 4, 2025 saa 9:10",
        "The pier has been falling apart for years and the council only acted when the divers went down there.",
        "Mama Zawadi · Aprili 4, 2025 saa 9:45",
        "We have waited for a new landing stage every spring, and every spring the money has gone elsewhere.",
    ]
    found = furniture_of(article(texts))
    assert {(0, 3), (0, 4), (0, 5), (0, 6)} <= found
    assert not {(0, 0), (0, 1), (0, 2)} & found


def test_one_name_and_clock_time_over_the_lede_leaves_the_lede_the_storys():
    texts = ["Odile Penhallow · 14:32", PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[2]]
    assert (0, 1) not in furniture_of(article(texts))


@pytest.mark.parametrize("line", ["Σχόλια (2)", "댓글 2", "Комментарии (2)"])
def test_everything_under_a_comments_heading_with_its_count_in_more_languages_is_the_pages(line):
    texts = [
        PARAGRAPHS[0],
        PARAGRAPHS[1],
        line,
        "I have crossed on that ferry every week for twenty years and the pier was always in a poor state.",
        "The council should have found the money for repairs long before the divers went down there.",
    ]
    found = furniture_of(article(texts))
    assert {(0, 3), (0, 4)} <= found
    assert not {(0, 0), (0, 1)} & found
