"""Slovak text on import: a text in Slovak is read as Slovak and a Czech one as Czech; Slovak's function words with
its "a" (and), none of the English words its list holds; a page's date written with a Slovak month in the genitive
("12. októbra 2026") and its weekdays in their cases; furniture lines in Slovak, and lines of news holding the same
words that are none. Every text here is invented for the test."""

import datetime as dt

import pytest

from newsdesk.importing import calendar_names, languages
from newsdesk.importing.furniture_lines import line_furniture
from newsdesk.importing.page_dates import page_date

TODAY = dt.date(2026, 12, 20)
BODY = ("Most cez rieku Jelšavku pri obci Dolné Rakytie v utorok večer uzavreli, keď statik našiel v jeho pilieri "
        "prasklinu. Autobusy jazdia obchádzkou cez Hornú Lúku, ktorá predĺži cestu do okresného mesta o dvanásť "
        "kilometrov.\n\n"
        "„Ráno sme stáli v kolóne vyše hodiny a deti meškali do školy,“ povedala Ivana Kotlárová z Dolného Rakytia. "
        "Podľa starostu bude most zatvorený najmenej do jari.\n")


def test_a_slovak_text_is_read_as_slovak_and_a_czech_one_as_czech():
    assert languages.language_of(BODY) == "sk"
    assert languages.language_of("Most přes řeku Jelšavku u obce Dolní Rakytí v úterý večer uzavřeli, když statik "
                                 "našel v jeho pilíři trhlinu. Autobusy jezdí objížďkou, která prodlouží cestu do "
                                 "okresního města o dvanáct kilometrů.") == "cs"


def test_slovak_function_words_hold_its_and_and_none_of_the_english_words_of_its_list():
    own = languages.function_words("sk")
    assert {"a", "je", "sa", "na", "že", "podľa", "ktorý", "aj", "sú", "vyše", "ktorých"} <= own
    assert not {"the", "and", "of", "for", "tě"} & own
    assert not any("\ufeff" in word for word in own)


@pytest.mark.parametrize("top, expected", [
    (("Most pri Dolnom Rakytí uzavreli", "Redakcia | 12. októbra 2026 09:15, aktualizované 11:40"),
     dt.date(2026, 10, 12)),
    (("Most pri Dolnom Rakytí uzavreli", "Utorok 3. júna 2026"), dt.date(2026, 6, 3)),
    (("Most pri Dolnom Rakytí uzavreli", "Publikované: 21. februára 2026"), dt.date(2026, 2, 21)),
    (("Most pri Dolnom Rakytí uzavreli", "Správy, štvrtok 9. júla 2026, 19:00"), dt.date(2026, 7, 9)),
])
def test_a_page_date_as_slovak_pages_write_it(top, expected):
    assert page_date("\n".join(top) + "\n\n" + BODY, today=TODAY) == expected


def test_slovak_months_and_weekdays_in_their_cases():
    months, weekdays = calendar_names.forms(calendar_names.MONTHS["sk"]), calendar_names.forms(
        calendar_names.WEEKDAYS["sk"])
    assert months["decembra"] == 12 and months["januára"] == 1 and months["júla"] == 7 and months["máji"] == 5
    assert months["októbra"] == 10 and months["oktobra"] == 10 and months["septembri"] == 9
    assert weekdays["pondelok"] == 1 and weekdays["pondelka"] == 1 and weekdays["stredu"] == 3
    assert weekdays["nedeľu"] == 7 and weekdays["nedelu"] == 7 and weekdays["štvrtok"] == 4


@pytest.mark.parametrize("line", [
    "Zdieľať na Facebooku",
    "Kopírovať odkaz",
    "Súvisiace články",
    "Prečítajte si aj:",
    "Čítajte viac: Obec opravuje lávku pre peších",
    "Najčítanejšie",
    "Ďalšie správy z regiónu",
    "Diskusia (14)",
    "Značky: most, Dolné Rakytie, doprava",
    "Zobraziť plnú verziu",
    "Prihlásiť sa",
])
def test_a_slovak_furniture_line_is_furniture(line):
    assert line_furniture(line) is not None


@pytest.mark.parametrize("line", [
    "Starosta povedal, že o súvisiacich opravách rozhodne zastupiteľstvo v piatok.",
    "Diskusia o novom moste sa na obecnom úrade pretiahla do noci.",
    "Obyvatelia si prečítali oznámenie na tabuli pri zastávke a zostali doma.",
])
def test_a_slovak_line_of_news_with_the_same_words_is_no_furniture(line):
    assert line_furniture(line) is None
