"""English number words as figures: "a hundred and fifty" is 150, a number word or a figure before a unit of length
is a measure in that unit, and a lone "one" standing for a person ("One man", "the one making the call") is no
count."""

from annotations.claims.normalise import details


def figures(text):
    return [(f.value, f.kind) for f in details(text, "en").figures]


def test_a_before_a_scale_word_is_one():
    assert figures("The old ferry crossed the Wend for a hundred and fifty years.") == [(150.0, "unit:year")]


def test_a_number_word_before_a_unit_is_a_measure_in_it():
    assert figures("The barges moored two hundred yards off the Tollbridge quay.") == [(200.0, "unit:yard")]


def test_a_hedged_number_word_before_centimetres_is_a_measure():
    assert figures("At the lock the water stood under ten centimetres deep on Tuesday.")[:1] == [(10.0, "unit:cm")]


def test_digits_before_yards_are_a_measure_too():
    assert figures("The new wall at Tollbridge runs for 450 yards along the bank.") == [(450.0, "unit:yard")]


def test_one_man_is_no_count():
    assert figures("One man shouted from the back of the chapel hall in Tollbridge.") == []


def test_the_one_making_the_call_is_no_count():
    assert figures('"I will be the one making the call on the lock gates," the keeper said.') == []


def test_one_person_hurt_is_still_a_count():
    assert figures("One person was hurt when the crane toppled at Tollbridge.") == [(1.0, "count")]


def test_only_one_boat_is_still_a_count():
    assert figures("Only one boat was left in the Tollbridge basin by the evening.") == [(1.0, "count")]
