"""Amharic's figures in words are one table, which the claims' figures and the suggested highlights both read: a
spelling the table knows is a figure to both. The sentences are written for the project."""

from annotations import amharic_numbers
from annotations.claims.normalise import details
from annotations.suggestions import suggest


def _suggested_claims(text):
    return [s for s in suggest(text) if s.tag == "factual_claim"]


def _figures(text):
    return [(f.value, f.kind) for f in details(text, "am").figures]


def test_every_spelling_of_ten_is_a_figure_to_the_claims_and_to_the_highlights():
    for ten in ("አስር", "አሥር", "ዐሥር"):
        text = f"በጎርፉ {ten} ቤቶች ፈርሰዋል።"  # ten houses fell in the flood
        assert _figures(text) == [(10, "count")], text
        claims = _suggested_claims(text)
        assert len(claims) == 1 and f"“{ten}”" in claims[0].reason, (text, claims)


def test_every_word_of_the_table_is_a_number_word_of_the_highlights_but_one():
    from annotations.suggestions.claims import NUMBER_WORDS

    table = {*amharic_numbers.UNITS, *amharic_numbers.TENS, *amharic_numbers.TEN_AND, *amharic_numbers.HUNDRED,
             *amharic_numbers.SCALES, *amharic_numbers.PLURAL_SCALES}
    assert table <= NUMBER_WORDS
    assert {f"የ{word}" for word in amharic_numbers.UNITS} <= NUMBER_WORDS
    assert amharic_numbers.ONE not in NUMBER_WORDS  # "አንድ" is also "a"


def test_a_figure_after_one_in_amharic_takes_the_scale_of_the_table():
    assert _figures("አንድ ሺህ ሰዎች ተሰብስበዋል።") == [(1_000, "count")]  # a thousand people gathered
