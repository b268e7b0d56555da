"""Re-anchoring after a correction: pure functions, no database."""

from annotations import anchoring
from annotations.reanchoring import reanchor_all
from newsdesk.textdiff import OffsetMap, match_spans

OLD = ("Officials said the talks failed on Monday.\n\n"
       "The minister called the plan “a disgrace” in a statement.\n\n"
       "Talks resume next week, officials said.")


def anchor(text, quote, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(quote, start + 1)
    return anchoring.anchor(text, start, start + len(quote))


def place(old, new, quote, nth=0):
    placement = reanchor_all(old, new, [anchor(old, quote, nth)])[0]
    return placement, (None if placement.orphaned else new[placement.start : placement.end])


def test_text_inserted_before_a_highlight_moves_it_with_its_words():
    new = "UPDATED. " + OLD

    placement, quote = place(OLD, new, "“a disgrace”")

    assert placement.how == "moved" and quote == "“a disgrace”"


def test_text_inserted_after_a_highlight_leaves_it_in_place():
    new = OLD + "\n\nCorrection: an earlier version misnamed the ministry."

    placement, quote = place(OLD, new, "called the plan")

    assert placement.how == "unchanged" and quote == "called the plan"


def test_text_inserted_inside_a_highlight_is_taken_into_it():
    new = OLD.replace("the talks failed", "the peace talks failed")

    placement, quote = place(OLD, new, "the talks failed on Monday")

    assert placement.how == "adjusted" and quote == "the peace talks failed on Monday"


def test_a_highlight_whose_words_were_removed_becomes_an_orphan():
    new = OLD.replace("The minister called the plan “a disgrace” in a statement.\n\n", "")

    placement, quote = place(OLD, new, "called the plan “a disgrace”")

    assert placement.orphaned and quote is None


def test_a_rewritten_word_at_the_start_is_trimmed_to_whole_words():
    new = OLD.replace("Officials said the talks", "Yesterday, officials said the talks")

    placement, quote = place(OLD, new, "Officials said")

    assert quote == "officials said"


def test_repeated_words_go_to_the_occurrence_with_the_same_context():
    new = "Breaking.\n\n" + OLD.replace("next week", "on Thursday")

    first, first_quote = place(OLD, new, "said", nth=0)
    second, second_quote = place(OLD, new, "said", nth=1)

    assert first_quote == second_quote == "said"
    assert new[first.start - 10 : first.start] == "Officials "
    assert new[second.end :].startswith(".")


def test_a_moved_paragraph_is_found_again_by_quote_and_context():
    paragraphs = OLD.split("\n\n")
    new = "\n\n".join([paragraphs[2], paragraphs[0], paragraphs[1]])

    placement, quote = place(OLD, new, "in a statement")

    assert placement.how in {"moved", "matched"} and quote == "in a statement"


def test_other_alphabets_and_astral_characters_count_code_points():
    old = "Пхеньян заявил 🚀 о запуске ракеты.\n\n北朝鮮はミサイルを発射した。"
    new = "Сегодня Пхеньян заявил 🚀 о запуске ракеты.\n\n北朝鮮はミサイルを発射した。"

    placement, quote = place(old, new, "ミサイル")
    rocket, rocket_quote = place(old, new, "заявил 🚀")

    assert quote == "ミサイル" and rocket_quote == "заявил 🚀"
    assert rocket.start == new.index("заявил")


def test_offset_map_keeps_insertions_outside_spans_that_end_or_start_there():
    offsets = OffsetMap("ab cd", "ab XX cd")

    assert offsets.span(0, 2) == (0, 2)
    assert offsets.span(3, 5) == (6, 8)


def test_passages_are_paired_with_the_paragraphs_they_became():
    old, new = "One.\n\nTwo.\n\nThree.", "Zero.\n\nOne.\n\nTwo, edited.\n\nThree."
    old_spans, new_spans = [(0, 4), (6, 10), (12, 18)], [(0, 5), (7, 11), (13, 25), (27, 33)]

    pairs = match_spans(old_spans, new_spans, OffsetMap(old, new))

    assert pairs == {1: 0, 2: 1, 3: 2}
