"""Filipino figures in words in the claims: the units and "sampu", the teens ("labing-isa", "labindalawa"), the
tens in "-pu" joined to a unit by "'t" ("dalawampu't lima"), "daan"/"raan", "libo" and "milyon" after a unit with
its linker ("limang daan", "tatlong libo", "apat na raan"). "isa" (one) alone is also "a", and a multiplier alone
counts vaguely: no figure. Every sentence here is invented for the test."""

import pytest

from annotations.claims.normalise import details


@pytest.mark.parametrize(("sentence", "value"), [
    ("Tatlo ang nasawi sa pagguho ng tulay.", 3),
    ("Dalawampu't lima ang sugatan sa aksidente.", 25),
    ("Labing-isa ang nawawala matapos ang bagyo.", 11),
    ("Labindalawa ang dinala sa ospital.", 12),
    ("Limang daan ang lumikas mula sa baybayin.", 500),
    ("Apat na raan ang nanatili sa paaralan.", 400),
    ("Tatlong libo ang walang kuryente sa bayan.", 3_000),
    ("Dalawampung libo ang apektado ng baha.", 20_000),
    ("Isang daan at limampu ang dumalo sa pulong.", 150),
])
def test_a_filipino_number_word_is_a_figure(sentence, value):
    assert [figure.value for figure in details(sentence, "tl").figures] == [value]


def test_a_filipino_sum_in_words_is_money():
    (figure,) = details("Aabot sa dalawang milyong piso ang gastos sa tulay.", "tl").figures

    assert (figure.value, figure.kind) == (2_000_000, "money:PHP")


@pytest.mark.parametrize("sentence", [
    "Isang bata ang nakaligtas sa sunog.",  # "isa" with its linker: the article
    "Libo-libo ang nanood ng parada.",  # thousands, vaguely
    "Sarado ang daan patungo sa bayan.",  # "daan": also the road
])
def test_a_filipino_word_that_counts_vaguely_or_is_an_article_is_no_figure(sentence):
    assert details(sentence, "tl").figures == ()
