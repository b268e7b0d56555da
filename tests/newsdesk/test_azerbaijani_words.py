"""Azerbaijani words as the alignment compares them: a noun in its cases is one word ("məktəblərdə", "məktəbin",
"məktəb"), its verbs of saying are no term, and its figures write a decimal comma. Every text here is invented for
the test."""

from newsdesk.alignment import words


def test_an_azerbaijani_noun_in_its_cases_is_one_word():
    stem = words.stemmer("az")
    assert stem("məktəblərdə") == stem("məktəbin") == stem("Məktəb")
    assert stem("körpünün") == stem("körpüdə") == stem("körpü")
    assert stem("şəhərdən") == stem("şəhərin")
    assert stem("məktəb") != stem("körpü")


def test_azerbaijani_verbs_of_saying_and_function_words_are_no_terms():
    skipped = words.stop_words_for("az")
    assert {"və", "ilə", "üçün", "bildirib", "deyib", "açıqlayıb", "sözlərinə"} <= skipped
    assert not {"məktəb", "körpü", "şəhər"} & skipped


def test_an_azerbaijani_figure_writes_a_decimal_comma():
    assert "az" in words.DECIMAL_COMMA
