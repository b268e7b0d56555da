"""Text no page would hold, in the scripts read since Thai and Greek joined: a run of Thai with no space for pages on
end, separators that are tabs or no-break spaces, a figure hundreds of digits long. Each must cost time in proportion
to its length and never crash, since each runs on every import."""

import pytest

from annotations.claims.finding import find_mentions
from annotations.claims.linking import link_articles
from newsdesk.alignment import labels, story_suggestion
from newsdesk.importing.tokens import thai_words
from tests.growth import grows_linearly

THAI_SENTENCE = "ฝูงช้างป่าเดินผ่านหมู่บ้านกลางดึกแล้วเข้าไปในตลาดสดของเทศบาล"


def test_thai_with_no_space_at_all_is_split_into_words_in_time_linear_in_its_length():
    linear, small, large = grows_linearly(thai_words, lambda n: THAI_SENTENCE * (n // len(THAI_SENTENCE) + 1), 4_000)

    assert linear, (small, large)


def test_a_long_thai_run_is_still_spelt_whole_by_its_words():
    text = THAI_SENTENCE * 40

    words = thai_words(text)

    assert "".join(word for word, _, _ in words) == text
    assert all(text[start:end] == word for word, start, end in words)


def test_a_long_run_of_letters_is_searched_for_dated_years_in_linear_time():
    linear, small, large = grows_linearly(lambda text: story_suggestion.DATE_YEAR.findall(text),
                                          lambda n: "a" * n, 10_000)

    assert linear, (small, large)


@pytest.mark.parametrize("separator", ["\t", "\u00a0"])
def test_thai_sentences_parted_by_tabs_or_no_break_spaces_are_read_in_linear_time(separator):
    clause = "เจ้าหน้าที่อุทยานยืนยันว่าฝูงช้างกลับเข้าป่าแล้วเมื่อเช้านี้" + separator

    linear, small, large = grows_linearly(lambda text: find_mentions(1, text, "th"),
                                          lambda n: clause * (n // len(clause) + 1), 4_000)

    assert linear, (small, large)


@pytest.mark.parametrize("text", [
    "Die Kosten betragen " + "9" * 400 + " Euro, sagte die Stadt am Montag.",
    "Το κόστος είναι 1" + ".000" * 103 + " ευρώ, είπε ο δήμαρχος τη Δευτέρα.",
])
def test_a_figure_hundreds_of_digits_long_does_not_stop_a_story_s_claims_being_found(text):
    claims = link_articles([(1, text), (2, text)])

    assert isinstance(claims, list)


def test_a_thai_opening_is_cut_between_words_even_when_its_marks_make_it_long():
    # "เจ้าหน้าที่รัฐ" has 11 letters but 14 code points: it stays whole, and the next piece is cut between words.
    label = labels.opening("เจ้าหน้าที่รัฐ ยืนยันว่าจะช่วยเหลือ")

    assert label == "เจ้าหน้าที่รัฐ ยืนยันว่าจะ…"
    assert [word for word, _, _ in thai_words("ยืนยันว่าจะช่วยเหลือ")][:3] == ["ยืนยัน", "ว่า", "จะ"]
