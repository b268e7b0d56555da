"""A live page's post keeps the time stamp that heads it, a reader's comment keeps the line of its writer's name and
time and goes to the furniture band whole, and a note about the page or the coverage itself is furniture."""

import pytest

from newsdesk.alignment.furniture import furniture_reasons
from newsdesk.importing.furniture_lines import commenter_line, relative_stamp
from newsdesk.importing.ingest import from_text


def passages(text: str) -> list[str]:
    canonical = from_text(text)
    return [canonical.text[start:end] for start, end in canonical.passages]


@pytest.mark.parametrize(
    "stamp",
    ["há 10 minutos", "10 minutes ago", "vor 25 Minuten", "dakika 10 zilizopita", "hace 2 horas", "3 saat önce"],
)
def test_a_relative_time_stamp_heads_the_post_below_it(stamp):
    post = "11h20 — Firefighters from Dunmore Vale reached the ridge road and closed it to traffic for the night."
    assert passages(f"{stamp}\n{post}") == [f"{stamp}\n{post}"]


@pytest.mark.parametrize("line", ["há muito tempo", "Há 10 minutos, a ponte caiu.", "Posted by the desk"])
def test_a_line_that_only_resembles_a_time_stamp_is_none(line):
    assert not relative_stamp(line)


@pytest.mark.parametrize(
    "header", ["Tito R. · Aprili 4, 2025 saa 9:10 usiku", "marlowfan · 3 hours ago", "Ana Pires | 13/03/2025 19h40"]
)
def test_a_comment_keeps_its_writers_line_and_is_furniture(header):
    comment = "The bridge on Holloway Lane has flooded every spring for as long as I have lived on this street."
    reply = "Kofi Mensah · 2 hours ago\nThe council promised a new culvert in the spring and nothing has come of it."
    found = passages(f"{header}\n{comment}\n\n{reply}")
    assert found == [f"{header}\n{comment}", reply]
    assert furniture_reasons(found[0])


@pytest.mark.parametrize(
    "line", ["Por Camila Ventura · Redação", "12/03/2025 - 09h15 | Por Redação Vale", "Sports · Weather"]
)
def test_a_byline_or_a_menu_heads_no_comment(line):
    assert not commenter_line(line)


@pytest.mark.parametrize(
    "text",
    [
        "14h05 — Boa tarde. Começamos aqui a cobertura ao vivo das cheias em Lagoa Funda.",
        "Cobertura ao vivo. A página é atualizada automaticamente.",
        "Deixe seu comentário. Os comentários são de responsabilidade de seus autores.",
        "Welcome to our live coverage of the storm over Harwick Bay.",
    ],
)
def test_a_note_about_the_page_or_the_coverage_is_furniture(text):
    assert furniture_reasons(text)


def test_a_paragraph_reporting_a_live_broadcast_is_no_page_note():
    text = (
        "A TV Lagoa fez cobertura ao vivo da votação, que terminou às 22h com a aprovação do projeto por 14 votos "
        "a 3, segundo a presidente da Câmara, Dora Queiroz, que prometeu publicar a lei ainda nesta semana."
    )
    assert furniture_reasons(text, language="pt") == []


def test_a_clock_time_alone_over_a_post_stays_a_passage_of_its_own():
    from newsdesk.importing.ingest import split_passages

    text = (
        "Harbour vote: live\n\n"
        "12:31\nWelcome to our coverage of the harbour vote. Councillors meet at one and the result is due by four.\n"
        "12:05\nThe ferry operators have asked to speak before the vote, the clerk's office said this morning."
    )
    passages = [text[start:end] for start, end in split_passages(text)]
    assert "12:31" in passages
    assert any(passage.startswith("Welcome to our coverage") for passage in passages)
