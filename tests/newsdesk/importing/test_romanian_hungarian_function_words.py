"""Function words of lists written without a language's marks, or in a misread code page, as it writes them."""

from newsdesk.importing.languages import function_words, is_function_word


def test_romanian_function_words_are_found_as_written_with_their_marks():
    words = function_words("ro")
    for word in ("și", "în", "că", "după", "până", "să", "într", "într-o", "printr-o", "această", "fără"):
        assert word in words, word


def test_romanian_function_words_are_found_with_a_cedilla_or_a_comma_below():
    for word in ("şi", "și", "Şi", "Și", "ţi", "ți", "totuşi", "totuși"):
        assert is_function_word(word, "ro"), word


def test_romanian_content_words_stay_content_words():
    for word in ("salina", "orașului", "pește", "licență", "primăria"):
        assert not is_function_word(word, "ro"), word


def test_hungarian_function_words_with_a_double_acute_are_found():
    words = function_words("hu")
    for word in ("előtt", "ők", "első"):
        assert word in words, word
    assert not any("õ" in word or "û" in word for word in words)
