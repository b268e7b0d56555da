"""Furniture of Hungarian pages by their words (a cookie banner, share and comment lines, related links, a follow-us
line, the note that a column's views are its writer's); the same words in a sentence of news stay the story's. Every
line here is invented for the test."""

import pytest

from newsdesk.importing.furniture_lines import line_furniture


@pytest.mark.parametrize("line", [
    "HIRDETÉS",
    "Hozzászólások (12)",
    "A hozzászólások megtekintéséhez jelentkezzen be.",
    "Megosztás: Facebook | X | E-mail | Link másolása",
    "Kapcsolódó cikkeink",
    "Legolvasottabb",
    "Kövesse a Nyírségi Krónikát a Facebookon is!",
    "Sütiket használunk a weboldal működéséhez és a látogatottság méréséhez. Elfogadom | Elutasítom",
    "Elfogadom | Elutasítom | Beállítások",
    "A publicisztikák a szerzők véleményét tükrözik, nem feltétlenül a szerkesztőségét.",
    "Frissítve: 2031. március 4. 09:10",
    "Fotó: Molnár Réka / Nyírségi Krónika",
    "Szerző: Fehér Gergely",
    "© 2031 Krónika Média Kft. Minden jog fenntartva.",
])
def test_hungarian_page_furniture_is_told_by_its_words(line):
    assert line_furniture(line) is not None


@pytest.mark.parametrize("line", [
    "A képviselők hozzászólásai után a testület elfogadta a költségvetést, közölte a jegyző.",
    "A polgármester szerint a szerzők véleményét is kikérték, mielőtt a könyvet kiadták volna.",
    "Kedden reggel a piac megosztása miatt vita tört ki a kereskedők és a város között.",
])
def test_hungarian_news_sentences_with_those_words_stay_the_storys(line):
    assert line_furniture(line) is None
