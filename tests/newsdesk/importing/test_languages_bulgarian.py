"""Bulgarian read as itself, not as Russian or Serbian, and its "her" written as today's spelling writes it ("ѝ") a
function word as the older "й" is. The text is invented."""

from newsdesk.importing.languages import is_function_word, language_of

BULGARIAN = (
    "Кметицата на Калище каза, че новата автогара ще бъде готова през пролетта. По думите ѝ общината вече е "
    "получила парите от министерството и търгът ще бъде обявен до края на месеца.")


def test_a_bulgarian_text_is_read_as_bulgarian():
    assert language_of(BULGARIAN) == "bg"


def test_bulgarian_her_in_todays_spelling_is_a_function_word():
    assert is_function_word("й", "bg")
    assert is_function_word("ѝ", "bg")
