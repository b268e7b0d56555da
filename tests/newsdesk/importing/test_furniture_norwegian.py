"""Furniture of Norwegian (Bokmål) pages by their words (an advertisement's label, related and most-read lists, a
follow-us and a newsletter line, a cookie banner, a byline, comment and share buttons, a paywall's lines, tags,
stamps, an audio player, a rights notice, a press page's print and feedback lines); the same words in a sentence of
news stay the story's. Every line here is invented for the test."""

import pytest

from newsdesk.importing.furniture_lines import line_furniture


@pytest.mark.parametrize(
    "line",
    [
        "Annonse",
        "ANNONSE",
        "Les også: Slik blir været i påsken",
        "Relaterte artikler",
        "Mest lest",
        "MEST LESTE",
        "Mer fra Nordvik",
        "Følg Nordvik Avis på Facebook og Instagram",
        "Meld deg på nyhetsbrevet vårt – det er gratis. Meld deg på",
        "Vi bruker informasjonskapsler for å gi deg en bedre opplevelse og måle trafikken. Godta alle | Avvis alle",
        "Av Lise Berg",
        "Foto: Lise Berg",
        "Logg inn | Bli abonnent",
        "Logg inn | Kjøp abonnement",
        "For abonnenter",
        "Kun for abonnenter",
        "Allerede abonnent? Logg inn",
        "Logg inn for å kommentere.",
        "Skriv en kommentar",
        "Kommentarer (12)",
        "Emner: Nordvik, Skoler",
        "Oppdatert 14. mars 2031 kl. 15.48",
        "Publisert fredag 14. mars 2031 kl. 09.12",
        "Publisert 14.03.2031 | Sist endret 14.03.2031 kl. 10.20",
        "Lytt til saken",
        "Kl. 14.55",
        "kl. 09.12",
        "Del på Facebook | Del på X | Kopier lenke",
        "Skriv ut | Del på Facebook | Del på e-post",
        "Var denne siden nyttig? Ja | Nei",
        "Alt innhold er beskyttet etter åndsverkloven og kan ikke gjengis uten tillatelse.",
        "© Nordvik Avis AS 2031. Alle rettigheter forbeholdt.",
    ],
)
def test_norwegian_page_furniture_is_told_by_its_words(line):
    assert line_furniture(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Ordføreren sier at en del av arbeidet allerede er i gang, og at kommunen følger saken nøye.",
        "Av de 64 ansatte blir 23 igjen på skolen, opplyser kommunen.",
        "Den 14. mars møtes kommunestyret igjen, og kl. 19 holdes et folkemøte, ifølge kommunen.",
        "Mange abonnenter på avisen har ringt redaksjonen om saken, sier redaktøren.",
        "Kl. 14.55 kom de første bilene gjennom tunnelen igjen, opplyser politiet.",
        "Skolen sier at elevene som må ta ferja, kan lese videre hjemme om den er forsinket.",
    ],
)
def test_norwegian_news_sentences_with_those_words_stay_the_storys(line):
    assert line_furniture(line) is None


def test_a_norwegian_paywall_notice_in_sentences_is_furniture():
    """Two sentences of prose, each holding a prompt's words ("denne artikkelen er for abonnenter", "for å lese
    resten av saken"): the page's notice, though it speaks to the reader only as "du"."""
    assert line_furniture("Denne artikkelen er for abonnenter. For å lese resten av saken må du være abonnent.")


@pytest.mark.parametrize(
    "line",
    [
        # a prompt's words in one sentence among the story's own
        "Denne artikkelen er for abonnenter, men kommunen har lagt ut hele rapporten. Den er på 40 sider.",
        # reported: news about a paywall says who says so
        "Denne artikkelen er for abonnenter. For å lese resten av saken må du være abonnent, sier redaktøren.",
    ],
)
def test_a_norwegian_paywall_phrase_in_the_storys_sentences_stays_the_storys(line):
    assert line_furniture(line) is None
