"""Furniture of Filipino pages by their words (an advertisement's label, related, latest and most-read lists, share
and comment buttons, a comment box, a follow-us and a reload line, a rights notice, stamps in Filipino months),
and the English furniture such pages carry beside them ("Write a comment…", "View more comments"); the same words
in a sentence of news stay the story's. Every line here is invented for the test."""

import pytest

from newsdesk.importing.furniture_lines import comments_heading, line_furniture


@pytest.mark.parametrize(
    "line",
    [
        "PATALASTAS",
        "Ni Liezel Ocampo",
        "Ni Radyo Dalampasigan News Team",
        "Mga kaugnay na balita",
        "Iba pang balita",
        "Pinakabagong balita",
        "MGA TOP NA BALITA",
        "Basahin din: Tulay sa Barangay Malinao, isinara",
        "Ibahagi ang balitang ito: Facebook | Messenger",
        "Kopyahin ang link",
        "Sumulat ng komento...",
        "Mag-iwan ng komento",
        "I-follow ang Radyo Dalampasigan sa Facebook para sa pinakabagong balita.",
        "I-refresh ang page para sa pinakabagong update.",
        "© 2031 Pahayagang Silangan. Lahat ng karapatan ay nakalaan.",
        "Bawal kopyahin nang walang pahintulot.",
        "Inilathala: Marso 14, 2031, 9:15 n.u.",
        "Huling update: Marso 14, 2031, 4:40 PM",
        "Write a comment…",
        "View more comments",
    ],
)
def test_filipino_page_furniture_is_told_by_its_words(line):
    assert line_furniture(line) is not None


def test_a_filipino_comments_heading_with_its_count_heads_the_readers_comments():
    assert comments_heading("Mga komento (12)")
    assert comments_heading("MGA KOMENTO")
    assert not comments_heading("Mga komento ng mga residente sa pagdinig")


@pytest.mark.parametrize(
    "line",
    [
        "Sinabi ng alkalde na ibabahagi ng bayan ang pondo sa mga pamilyang nasalanta ng baha noong Marso 14.",
        "Ayon sa pulisya, pumasok ang mga suspek sa bodega nang walang pahintulot bandang alas-2 ng madaling-araw.",
        "Basahin man ng konseho ang ulat sa Lunes, wala pang desisyon tungkol sa tulay, ani Konsehal Ramos.",
        "Umabot sa 340 ang mga komento sa pampublikong pagdinig, ayon sa tanggapan ng gobernador.",
        "Nina Castellano",  # a given name, no byline's label
    ],
)
def test_filipino_news_sentences_with_those_words_stay_the_storys(line):
    assert line_furniture(line) is None
