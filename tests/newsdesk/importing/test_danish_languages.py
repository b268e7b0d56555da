"""Danish told from Norwegian (Bokmål), whose function words it shares for the most part. Every text here is
invented for the test."""

import pytest

from newsdesk.importing.languages import language_of


@pytest.mark.parametrize(
    "text",
    [
        "Kommunen har lukket svømmehallen, efter at der blev fundet for mange bakterier i vandet. Den åbner igen, når "
        "nye prøver viser, at vandet er rent, siger formanden for udvalget.",
        "Jeg har gået tur med hunden ved søen hver morgen i ti år, men nu må vi ikke komme ud på broen, før "
        "kommunen har repareret den. Det er ærgerligt, men hvad kan man gøre?",
        "Der var mange forældre til mødet i aftes. De fleste var imod planen om at lægge skolerne sammen, og nogle af "
        "dem vil klage til byrådet igen.",
    ],
)
def test_a_danish_text_is_read_as_danish_not_norwegian(text):
    assert language_of(text) == "da"


@pytest.mark.parametrize(
    "text",
    [
        "Kommunen har stengt svømmehallen etter at det ble funnet for mange bakterier i vannet. Den åpner igjen "
        "når nye prøver viser at vannet er rent, sier lederen av utvalget.",
        "Jeg har gått tur med hunden ved sjøen hver morgen i ti år, men nå får vi ikke komme ut på brua før "
        "kommunen har reparert den. Det er synd, men hva kan man gjøre?",
    ],
)
def test_a_norwegian_text_stays_norwegian(text):
    assert language_of(text) == "nb"
