"""Page shapes and labels of Czech and Georgian pages in the furniture band (``clustering.split_furniture``,
``furniture_lines.line_furniture``, ``furniture_vocabulary``): a page that heads each of its paragraphs, a heading
that closes on a clock time, a byline's row with a reading time that heads no reader's comment, a columnist's note
under a byline without a label, "About the author:" notes, and the labels of the page in both languages.

Every text here is invented for the test."""

import pytest

from newsdesk.alignment.clustering import PassageText, byline_name, split_furniture
from newsdesk.alignment.furniture import heading_shaped
from newsdesk.importing.furniture_lines import commenter_line, line_furniture, page_commenters
from tests.newsdesk.alignment.invented_pages import PARAGRAPHS, article


def furniture_of(passages: list[PassageText]) -> tuple[set, dict]:
    _content, furniture, reasons = split_furniture(passages, {})
    return set(furniture), reasons


def test_a_page_that_heads_every_paragraph_keeps_its_headings_with_the_story():
    texts = [
        PARAGRAPHS[0],
        "The cracks came at 6:40",
        PARAGRAPHS[1],
        "Who is to blame",
        PARAGRAPHS[2],
        "A landing stage on paper",
        PARAGRAPHS[3],
        "What happens next",
        PARAGRAPHS[4],
        "How to help",
        PARAGRAPHS[5],
    ]
    found, _reasons = furniture_of(article(texts))
    assert found == set()


def test_a_heading_closing_on_a_clock_time_is_shaped_as_a_heading_a_stamp_is_not():
    assert heading_shaped("The cracks came at 6:40")
    assert not heading_shaped("6:40 The divers go down")
    assert not heading_shaped("Divers at the pier, 6:40, Monday")


def test_a_bylines_row_that_goes_on_to_a_reading_time_heads_no_readers_comment():
    byline = "Tomas Varga | 14. 7. 2025 | Read in 4 minutes"
    assert not commenter_line(byline)
    lines = [byline, PARAGRAPHS[0], "Eva R. | 14. 7. 2025 9:12", "About time.", "kapr77 | 14. 7. 2025 10:03", "Why?"]
    assert page_commenters(lines) == {2, 4}


def test_a_columns_first_paragraph_under_a_byline_row_is_no_readers_comment():
    texts = [
        "Tomas Varga | 14. 7. 2025 | Read in 4 minutes",
        PARAGRAPHS[0],
        PARAGRAPHS[1],
        "Eva R. | 14. 7. 2025 9:12",
        "The pier has been falling apart for years and the council only acted when the divers went down there.",
        "Jon Barra | 14. 7. 2025 10:40",
        "We have waited for a new landing stage every spring, and every spring the money has gone elsewhere.",
    ]
    found, _reasons = furniture_of(article(texts))
    assert (0, 1) not in found
    assert {(0, 4), (0, 6)} <= found


def test_the_name_opening_a_row_with_its_date_is_the_bylines():
    assert byline_name("Tomas Varga | 14. 7. 2025 | Read in 4 minutes") == "Tomas Varga"
    assert byline_name("Home | News | Sport") is None
    assert byline_name("Flood damage | 14. 7. 2025") is None


def test_a_writers_note_under_a_byline_without_a_label_closes_the_column_as_the_pages():
    texts = [
        "Tomas Varga | 14. 7. 2025 | Read in 4 minutes",
        PARAGRAPHS[0],
        PARAGRAPHS[1],
        PARAGRAPHS[2],
        "Tomas Varga je hydrolog a učí na gymnáziu v Kelby.",
        "© 2025 Kelby blog. Názory autorů nevyjadřují stanovisko provozovatele.",
    ]
    _content, furniture, reasons = split_furniture(article(texts), {})
    assert (0, 4) in furniture and reasons[(0, 4)]
    assert not {(0, 1), (0, 2), (0, 3)} & set(furniture)


@pytest.mark.parametrize(
    "line",
    [
        "O autorovi: Tomas Varga je hydrolog a píše o řekách.",
        "ავტორის შესახებ: თამაზ ვარგა ჰიდროლოგია და წერს მდინარეებზე.",
    ],
)
def test_a_note_behind_an_about_the_author_label_is_a_contributors_note(line):
    assert line_furniture(line)[0] == "contributor_bio"


@pytest.mark.parametrize(
    "line, rule",
    [
        ("Čtěte také: Kelby opraví molo do zimy", "related_list"),
        ("Související články", "related_list"),
        ("Sdílet", "furniture_words"),
        ("Diskuse (12)", "furniture_words"),
        ("Všechna práva vyhrazena", "credit"),
        ("Štítky: molo, Kelby, doprava", "related_list"),
        ("Čtení na 3 minuty", "timestamp"),
        ("Tento web používá soubory cookie. Kliknutím na Souhlasím vyjadřujete souhlas.", "consent"),
        ("ასევე წაიკითხეთ: კელბიში ახალი ხიდი აშენდება", "related_list"),
        ("მსგავსი სიახლეები", "related_list"),
        ("კომენტარები (4)", "furniture_words"),
        ("ყველა უფლება დაცულია", "credit"),
        ("თეგები: ხიდი, კელბი", "related_list"),
        ("კითხვის დრო: 3 წუთი", "timestamp"),
        ("ავტორი: თამაზ ვარგა", "byline"),
    ],
)
def test_czech_and_georgian_labels_of_the_page_are_furniture(line, rule):
    assert line_furniture(line)[0] == rule


def test_a_wires_writer_and_editor_in_brackets_are_its_byline():
    assert line_furniture("(ავტორი: თამაზ ვარგა; რედაქტორი: ნინო კელბაძე)")[0] == "byline"
    assert line_furniture("(Autor: Tomas Varga; editor: Eva Rybová)")[0] == "byline"
    assert line_furniture("(The council met on Monday; it voted: yes)") is None
