"""The headline of a page whose byline and stamps share one row between separators ("Autor: … | 07.12.2025. 20:15 |
Ažurirano: 08.12.2025. 12:30"): the row signs and dates the article, it is no menu, and the headline stands over it,
not the photo's caption under it. A release's title that names the day of the events it reports ("… одржаних 7.
децембра 2025. године") is a headline, not a stamp; and a line of a table of figures ("Листа за Брезно: 11
мандата") is no headline.

Every text here is invented for the test."""

from newsdesk.importing.headline import headline, stamp

TABLOID = """BRZI EKRAN
Vesti | Politika | Sport | Zabava

Politika

IZBORNA NOĆ U BREZNU: Kostić slavi, opozicija traži novo brojanje glasova

Autor: Milan Perić | 07.12.2025. 20:15 | Ažurirano: 08.12.2025. 12:30

Foto: Brzi ekran / Ivana Lukić
Pristalice liste ispred zgrade opštine u Breznu

Opozicija je u ponedeljak podnela prigovor izbornoj komisiji i traži da se glasovi ponovo prebroje na tri mesta.
"""

RELEASE = """ОПШТИНСКА ИЗБОРНА КОМИСИЈА БРЕЗНО
Почетна | О комисији | Контакт

САОПШТЕЊЕ ЗА ЈАВНОСТ
Брезно, 8. децембар 2025.

Резултати избора за одборнике Скупштине општине Брезно одржаних 7. децембра 2025. године

Комисија је на седници одржаној 8. децембра утврдила резултате избора на основу записника са свих бирачких места.

Расподела мандата (укупно 21):
Листа за Брезно – Ана Костић: 11 мандата
Заједно за село – Петар Илић: 7 мандата
Група грађана „Извор“: 3 мандата

Комисији је поднет један приговор, о коме ће одлучити у року од 72 часа од пријема, саопштила је комисија.

© 2025 Општинска изборна комисија Брезно
"""


def test_a_row_of_a_byline_and_stamps_is_a_stamp_and_the_headline_stands_over_it():
    assert stamp("Autor: Milan Perić | 07.12.2025. 20:15 | Ažurirano: 08.12.2025. 12:30")
    assert headline(TABLOID) == "IZBORNA NOĆ U BREZNU: Kostić slavi, opozicija traži novo brojanje glasova"


def test_a_releases_title_naming_a_day_is_its_headline_not_a_table_line():
    title = "Резултати избора за одборнике Скупштине општине Брезно одржаних 7. децембра 2025. године"
    assert headline(RELEASE) == title


def test_a_long_run_of_spaces_before_a_separator_is_read_in_linear_time():
    from newsdesk.importing.headline import SEPARATOR, TRAIL_SEPARATOR
    from tests.growth import grows_linearly

    for pattern in (SEPARATOR, TRAIL_SEPARATOR):
        linear, small, large = grows_linearly(pattern.split, lambda n: "Vesti" + " " * n + "x", 4_000,
                                              min_seconds=0.005)
        assert linear, (small, large)
    linear, small, large = grows_linearly(stamp, lambda n: "Autor: Ana Perić" + " " * n + "x", 4_000)
    assert linear, (small, large)
    assert SEPARATOR.split("Vesti | Politika  •  Sport｜Zabava ｜ Kultura") == [
        "Vesti", "Politika", "Sport", "Zabava", "Kultura"]


FLOOD_PAGE = """THE MARLBECK COURIER
News | Sport | Weather | Opinion

Flooding across the north of Elmshire: 12 dead

By Tessa Gorring | 7 December 2025 09:10

Rivers burst their banks in four towns overnight after two days of rain, the county's emergency service said.
"""

STORM_PAGE = """THE MARLBECK COURIER
News | Sport | Weather | Opinion

Storm Idris in Harrowmoor and Lindvale: 2 dead

By Tessa Gorring | 7 December 2025 09:10

Two drivers died when trees fell across the coast road on Saturday night, the county's police said.
"""


def test_a_headline_shaped_like_a_label_and_a_figure_stays_the_headline():
    assert headline(FLOOD_PAGE) == "Flooding across the north of Elmshire: 12 dead"
    assert headline(STORM_PAGE) == "Storm Idris in Harrowmoor and Lindvale: 2 dead"
    # The rows of a table of figures are still no headline.
    assert headline(RELEASE) != "Листа за Брезно – Ана Костић: 11 мандата"


def test_the_rows_of_a_table_are_told_run_by_run_and_a_row_alone_is_no_table():
    from newsdesk.importing.headline import lines_of, table_rows

    lines = lines_of(RELEASE)
    rows = table_rows(lines)
    opener = lines.index("Расподела мандата (укупно 21):")

    assert [lines[position] for position, row in enumerate(rows) if row] == lines[opener + 1 : opener + 4]
    assert not any(table_rows(lines_of(FLOOD_PAGE)))
    # Only the lines above ``upto`` are told, each as the whole run of rows it stands in reads.
    assert table_rows(lines, opener + 2) == rows[: opener + 2]


def test_a_long_run_of_table_rows_is_told_in_linear_time():
    from newsdesk.importing.headline import table_rows
    from tests.growth import grows_linearly

    def page(n: int) -> list[str]:
        return ["Расподела мандата:"] + [f"Листа за Брезно {i}: {i % 900 + 10} мандата" for i in range(n // 32)]

    linear, small, large = grows_linearly(lambda lines: table_rows(lines), page, 8_000)
    assert linear, (small, large)
    assert all(table_rows(page(3_200))[1:])
