"""Page furniture in Polish, and the Italian appeals and disclaimers that write "ci" onto an imperative or say that
the views engage their authors only (``furniture_vocabulary``); beside each, sentences of news that share its words
but are the story's."""

import pytest

from newsdesk.alignment.furniture import furniture_reasons
from newsdesk.importing.furniture_lines import line_furniture, related_label

POLISH_FURNITURE = {
    "Reklama": "furniture_words",
    "Materiał sponsorowany": "furniture_words",
    "Udostępnij": "furniture_words",
    "Czytaj także": "related_list",
    "Przejdź do treści": "navigation",
    "Posłuchaj artykułu  2:41": "media_player",
    "Zaloguj się": "call_to_action",
    "Zdjęcie: prom przy nabrzeżu w Brzeźnicy / Jan Kos": "credit",
    "Fot. Urząd Miasta Brzeźnica": "credit",
    "Używamy plików cookies, aby dopasować reklamy. Klikając „Akceptuję”, wyrażasz zgodę na ich użycie.": "consent",
    "Akceptuję  Odrzuć  Ustawienia": "consent",
    "Zapisz się na nasz newsletter, a najważniejsze wiadomości trafią co rano na twoją skrzynkę.": "call_to_action",
    "Pobierz aplikację": "furniture_words",
    "Jesteś w podróży? Pobierz naszą aplikację.": "furniture_words",
    "Wesprzyj nas": "call_to_action",
    "Wszelkie prawa zastrzeżone © Głos Brzeźnicy 2027": "credit",
    "Brzeźnica, 3 marca 2027, 09:15": "timestamp",
    "Opublikowano: 12.05.2027 14:20": "timestamp",
    "Marta Zielińska jest socjolożką na Uniwersytecie Nadwarciańskim i pisze o polityce miejskiej.":
        "contributor_bio",
    "Opinie autorów nie odzwierciedlają stanowiska redakcji.": "disclaimer",
    "Sprostowanie: w poprzedniej wersji tekstu podaliśmy błędną datę sesji rady.": "disclaimer",
}

# Sentences of news with the same words: an advertisement the council banned, an app a company launched, people
# signed up for a list, a sharing of costs, a person in the news named by a job, views of residents.
POLISH_BODY = [
    "Rada miasta zakazała reklamy wielkoformatowej na rynku.",
    "Spółka uruchomiła w zeszłym roku aplikację do zgłaszania awarii, ale korzysta z niej niewielu mieszkańców.",
    "Dyrekcja zapisała rodziców na listę powiadomień SMS.",
    "Mieszkańcy mogą pobierać wodę z beczkowozów przez całą dobę.",
    "Gminy podzielą się kosztami remontu po połowie.",
    "Firma używa plików z danymi klientów bez ich zgody, twierdzi urząd ochrony danych.",
    "Jan Kowalski jest pielęgniarzem w szpitalu powiatowym i w sobotę wrócił z dyżuru do zalanego domu.",
    "Opinie mieszkańców na zebraniu we wtorek były podzielone.",
    "Zdjęcia z pożaru obiegły w niedzielę media społecznościowe.",
    "W poniedziałek szkoły pozostaną zamknięte.",
]


@pytest.mark.parametrize("text", POLISH_BODY)
def test_polish_sentences_of_news_are_no_furniture(text):
    assert line_furniture(text) is None
    assert not any("addresses the reader" in r for r in furniture_reasons(text, language="pl"))


def test_a_polish_related_label_opens_a_list_of_links():
    assert related_label("Czytaj także")
    assert related_label("Zobacz też:")
    assert not related_label("Czytaj także o tym, co radni postanowili w sprawie szkoły, powiedział burmistrz.")


def test_the_polish_outlet_asking_the_reader_is_an_appeal_and_a_quoted_resident_is_not():
    appeal = "Masz zdjęcia z burzy? Wyślij je nam, a my opublikujemy najlepsze."
    quoted = ("– Nikt nas nie uprzedził, że zabraknie wody, a beczkowóz przyjechał dopiero po południu – mówi "
              "mieszkanka osiedla Parkowego, która od rana nosi wodę do domu.")

    assert any("addresses the reader" in r for r in furniture_reasons(appeal, language="pl"))
    assert not furniture_reasons(quoted, language="pl")


ITALIAN_FURNITURE = {
    "Le opinioni espresse impegnano soltanto i loro autori.": "disclaimer",
    "Sostienici con un abbonamento": "call_to_action",
    "Scrivici": "call_to_action",
}
ITALIAN_BODY = [
    "I loro autori sono stati arrestati dai carabinieri al porto.",
    "Gli amici e i medici della donna si sono riuniti davanti all'ospedale di Porto Aurino.",
    "Le opinioni dei pescatori sul nuovo molo restano divise.",
]


@pytest.mark.parametrize(("text", "rule"), sorted({**POLISH_FURNITURE, **ITALIAN_FURNITURE}.items()))
def test_polish_and_italian_furniture_names_its_rule(text, rule):
    found = line_furniture(text)
    assert found is not None and found[0] == rule, found


@pytest.mark.parametrize("text", ITALIAN_BODY)
def test_italian_sentences_of_news_are_no_furniture(text):
    assert line_furniture(text) is None
    assert not furniture_reasons(text, language="it")


def test_an_italian_imperative_with_ci_written_onto_it_is_the_outlet_speaking():
    appeal = "Hai visto qualcosa sul lungomare? Scrivici su WhatsApp e raccontaci la tua storia."
    reporting = "I pescatori scrivono al prefetto e chiedono un incontro sul nuovo molo entro giugno."

    assert any("addresses the reader" in r for r in furniture_reasons(appeal, language="it"))
    assert not furniture_reasons(reporting, language="it")
