"""A table of figures set as lines: each line a label of some words, a colon and a figure ("Излазност: 56,02%",
"1. Lista za Brezno – Ana Kostić: 4.210 glasova (48,10%)", "Turnout: 61.4%"), perhaps under a line that opens it
with a colon ("Изборне листе су освојиле следећи број гласова:"). It is short lines in a block, like a menu, but
its lines carry the figures a release or a report gives: it is the story's, not the page's. A block of a page's
own labels ("Autor: …", "Datum: 08.12.2025.", "Pregleda: 1.204") or a contact line is still furniture.

Every text here is invented for the test."""

from newsdesk.alignment import furniture
from tests.newsdesk.alignment.test_section_heading_furniture import article, furniture_of

PARAGRAPHS = [
    "Opštinska izborna komisija u Breznu utvrdila je u ponedeljak rezultate izbora za savet mesne zajednice.",
    "Komisiji nije podnet nijedan prigovor, a konačni rezultati biće objavljeni u službenom listu opštine.",
]

SERBIAN_CYRILLIC_TABLE = ("Укупан број уписаних бирача: 12.840\nБрој бирача који су гласали: 7.193\n"
                          "Излазност: 56,02%\nБрој неважећих гласачких листића: 211")
SERBIAN_LATIN_TABLE = ("Izborne liste su osvojile sledeći broj glasova:\n"
                       "1. Lista za Brezno – Ana Kostić: 4.210 glasova (48,10%)\n"
                       "2. Zajedno za selo – Petar Ilić: 2.902 glasa (33,16%)\n"
                       "3. Grupa građana Izvor: 1.640 glasova (18,74%)")
SEATS = ("Raspodela mandata (ukupno 21):\nLista za Brezno: 11 mandata\nZajedno za selo: 7 mandata\n"
         "Grupa građana Izvor: 3 mandata")
ENGLISH_TABLE = ("Registered voters: 18,420\nVotes cast: 11,310\nTurnout: 61.4%\nSpoilt ballots: 96")


def test_a_table_of_figures_is_the_storys_in_either_alphabet():
    for table in (SERBIAN_CYRILLIC_TABLE, SERBIAN_LATIN_TABLE, SEATS):
        assert furniture.furniture_reasons(table, language="sr") == [], table
    assert furniture.furniture_reasons(ENGLISH_TABLE, language="en") == []


def test_an_article_keeps_its_tables_of_figures():
    texts = [PARAGRAPHS[0], SERBIAN_CYRILLIC_TABLE, SERBIAN_LATIN_TABLE, SEATS, PARAGRAPHS[1]]
    assert furniture_of(article(texts)) == set()


def test_a_page_s_own_labels_are_no_table_of_figures():
    for block in ("Autor: Dejan Ilić\nDatum: 08.12.2025.\nPregleda: 1.204\nKomentara: 12",
                  "Kontakt za medije: izbori@brezno.rs | 011/555-210",
                  "Pratite nas:\nFacebook: 12.400\nInstagram: 8.100\nX: 2.300",
                  "Početna\nVesti\nIzbori 2025\nSport"):
        assert furniture.furniture_reasons(block, language="sr"), block


def test_a_readers_comment_under_a_one_word_name_is_the_pages_among_comments_headed_alike():
    texts = [PARAGRAPHS[0], PARAGRAPHS[1], "Komentari (3)",
             "Milica R. | 08.12.2025. u 17:02\nOpet isto, pobednik poznat unapred, ali je izlaznost bila velika.",
             "Zoran iz Brezna | 08.12.2025. u 17:31\nBio sam član odbora i sve je prebrojano dva puta.",
             "Ana | 08.12.2025. u 18:10\nSramota da niko nije čestitao pobedniku, ni jedni ni drugi."]
    assert furniture_of(article(texts)) == {(0, 2), (0, 3), (0, 4), (0, 5)}


def test_a_serbian_read_more_label_over_headlines_is_the_pages_in_either_alphabet():
    for block in ("Pročitajte još:\nUHAPŠEN VOZAČ KOJI JE POBEGAO: Policija ga pronašla posle dva dana\n"
                  "Ovo su najlepši vašari u Srbiji: pogledajte gde se već pale lampice",
                  "Повезане вести:\nЗавршено бројање гласова у Горњем Брезну, листа освојила 19 мандата\n"
                  "Хладни талас стиже у среду: у Поморављу до минус осам"):
        assert furniture.furniture_reasons(block, language="sr") or furniture.related_list(block), block


def test_a_serbian_follow_us_line_is_the_pages_in_either_alphabet():
    for line in ("Pratite Brzi ekran na Fejsbuku i Instagramu.", "Пратите Брзи екран на Фејсбуку и Инстаграму.",
                 "Preuzmite našu aplikaciju i budite prvi obavešteni."):
        assert furniture.line_reasons(line, {}), line
    # News of a call to follow is the story's.
    news = "Policija je pozvala građane da prate upozorenja i da ne prelaze reku dok vodostaj ne opadne."
    assert not furniture.line_reasons(news, {})
