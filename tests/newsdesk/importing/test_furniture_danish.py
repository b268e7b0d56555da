"""Furniture of Danish pages by their words (an advertisement's label, related and most-read lists, a follow-us and a
newsletter line, a cookie banner, a byline, comment and share buttons, tags, stamps, an audio player, a rights
notice); the same words in a sentence of news stay the story's. Every line here is invented for the test."""

import pytest

from newsdesk.importing.furniture_lines import line_furniture


@pytest.mark.parametrize(
    "line",
    [
        "ANNONCE",
        "Relaterede artikler",
        "LÆS OGSÅ: Sådan bliver vejret i påsken",
        "Mest læste",
        "Følg Holmby Avis på Facebook og Instagram",
        "Tilmeld dig vores nyhedsbrev – det er gratis. Tilmeld",
        "Vi bruger cookies for at forbedre din oplevelse og måle trafikken. Accepter alle | Afvis alle",
        "Af Rasmus Friis",
        "Skriv en kommentar",
        "Synes godt om (24)",
        "Emner: Holmby, Skoler",
        "Opdateret 14. mar. 2031 kl. 15.48",
        "Publiceret fredag 14. mar 2031 kl. 09.12",
        "Læs op",
        "Mere fra Holmby",
        "Skrevet af Karen Holm den 3. marts 2031 · 4 kommentarer",
        "Alt indhold er ophavsretligt beskyttet og må ikke gengives uden tilladelse.",
    ],
)
def test_danish_page_furniture_is_told_by_its_words(line):
    assert line_furniture(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Borgmesteren siger, at en del af arbejdet allerede er i gang, og at kommunen følger sagen.",
        "Følg med, når byrådet mødes, sagde formanden, men mange læser også referatet.",
        "Af de 64 ansatte bliver 23 på skolen, oplyser kommunen.",
        "Den 14. marts mødes byrådet igen, og kl. 19 er der borgermøde, oplyser kommunen.",
    ],
)
def test_danish_news_sentences_with_those_words_stay_the_storys(line):
    assert line_furniture(line) is None
