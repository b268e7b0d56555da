"""Furniture of Swedish pages by their words (an advertisement's label, related and most-read lists, a follow-us and a
newsletter line, a cookie banner, a byline, comment, like and share buttons, tags, stamps, an audio player, a rights
notice, a blog's writer line and its platform); the same words in a sentence of news stay the story's. Every line
here is invented for the test."""

import pytest

from newsdesk.importing.furniture_lines import line_furniture


@pytest.mark.parametrize(
    "line",
    [
        "ANNONS",
        "Relaterade artiklar",
        "Relaterade inlägg",
        "LÄS ÄVEN: Så blir vädret i påsk",
        "Mest lästa",
        "Mer från Norrvik",
        "Följ Norrviks Kuriren på Facebook och Instagram",
        "Prenumerera på vårt nyhetsbrev – det är gratis. Prenumerera",
        "Vi använder cookies för att förbättra din upplevelse och mäta trafiken. Godkänn alla | Neka alla",
        "Av Lisa Berglund",
        "Av Lisa Berglund | lisa.berglund@norrvikskuriren.se",
        "Foto: Lisa Berglund",
        "Logga in | Bli prenumerant",
        "Logga in för att kommentera.",
        "Lämna ett svar",
        "Lämna en kommentar",
        "Svara",
        "Gilla (12)",
        "Ämnen: Norrvik, Skolor",
        "Uppdaterad 14 mars 2031 kl. 15.48",
        "Publicerad fredag 14 mar 2031 kl. 09.12",
        "Publicerat av Karin Ek den 14 mars 2031 · 2 kommentarer",
        "Lyssna",
        "Lyssna på artikeln",
        "Allt innehåll är skyddat enligt upphovsrättslagen och får inte återges utan tillstånd.",
        "© Norrviks Kuriren AB 2031. Alla rättigheter förbehållna.",
    ],
)
def test_swedish_page_furniture_is_told_by_its_words(line):
    assert line_furniture(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Kommunalrådet säger att en del av arbetet redan har börjat och att kommunen följer frågan noga.",
        "Följ med när fullmäktige sammanträder, sade ordföranden, men många läser också protokollet efteråt.",
        "Av de 64 anställda blir 23 kvar på skolan, uppger kommunen.",
        "Den 14 mars möts fullmäktige igen, och kl. 19 hålls ett stormöte, enligt kommunen.",
        "Svaret från nämnden kommer tidigast i april, säger rektorn till tidningen.",
    ],
)
def test_swedish_news_sentences_with_those_words_stay_the_storys(line):
    assert line_furniture(line) is None
