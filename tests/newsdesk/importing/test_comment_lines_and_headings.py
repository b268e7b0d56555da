"""One recogniser of a reader's commenter line and one of a comments heading (``furniture_lines.commenter_line``,
``page_commenters``, ``comments_heading``), read the same by the importer, the furniture band and the suggester.

Every text here is invented for the test."""

import pytest

from newsdesk.importing.furniture_lines import commenter_line, comments_heading, page_commenters


@pytest.mark.parametrize("line", ["riverfan88·2h", "quay_watcher · 3d", "marlowfan · yesterday", "tamsin.o • 5m"])
def test_a_compact_time_behind_a_handle_names_a_commenter(line):
    assert commenter_line(line)
    assert commenter_line(line, relative=True)


@pytest.mark.parametrize("line", ["Listen · 4 min", "Col·legi de metges", "KELBY · 2h", "Orvik · 2025"])
def test_a_reading_time_a_word_with_a_dot_or_a_dateline_names_no_commenter(line):
    assert not commenter_line(line)


def test_a_comment_and_its_writers_line_in_one_passage_is_no_commenter_line():
    assert not commenter_line("riverfan88 · 2 hours ago\nThe pier was unsafe for years, everyone on the quay knew.")


def test_a_time_in_figures_behind_a_name_heads_comments_only_on_a_page_with_several():
    alone = ["Ama Osei · 14:32", "The council of Tarrow Mill voted on Tuesday to close the old ferry pier."]
    assert page_commenters(alone) == set()
    several = ["Ama Osei · 14:32", "About time.", "Jon Barra · 15:10", "Too late by years."]
    assert page_commenters(several) == {0, 2}
    assert page_commenters(["brackwater77 · 2 hours ago", "About time."]) == {0}


@pytest.mark.parametrize("line", ["Σχόλια (87)", "댓글 17", "Комментарии (43)", "Коментарі (5)", "Kommentit 12"])
def test_a_comments_heading_in_more_languages_is_read_with_its_count(line):
    assert comments_heading(line)


@pytest.mark.parametrize("line", ["Page 2", "0 komentar", "Chapter 3"])
def test_a_word_and_a_count_reads_as_a_comments_heading_only_for_a_caller_with_comments_under_it(line):
    assert not comments_heading(line)
    assert comments_heading(line, any_words=True)


@pytest.mark.parametrize("line", ["Comment", "Maoni ya wakazi wa Bondeni", "Comments on the plan were sent in"])
def test_other_lines_are_no_comments_heading_even_for_such_a_caller(line):
    assert not comments_heading(line)
    assert not comments_heading(line, any_words=True)


def test_a_dot_inside_a_catalan_name_leaves_the_commenter_line_whole():
    assert commenter_line("Marcel·lí Vidal · 2 hours ago", relative=True)
    assert page_commenters(["Marcel·lí Vidal · 2 hours ago", "The ferry should have stopped in spring."]) == {0}


@pytest.mark.parametrize("line", ["Loan term · 6 months", "Team A · 2 weeks", "Jane Doe | 3 days"])
def test_a_compact_time_behind_a_name_heads_a_comment_only_on_a_page_with_several(line):
    assert not commenter_line(line, relative=True)
    assert page_commenters([line, "The rate stays fixed for the whole of that time."]) == set()
    several = [line, "About time.", "Mira Lund | 5 days", "Too late by years."]
    assert page_commenters(several) == {0, 2}


def test_a_one_word_name_heads_a_comment_on_a_page_whose_other_comments_are_headed_alike():
    # "Ana | 08.12.2025. u 18:10" alone reads as a dateline's place and a time; among readers' comments headed by
    # a name and a stamp of the same shape, it is one more reader's.
    page = ["Komentari (3)", "Milica R. | 08.12.2025. u 17:02", "Opet isto, pobednik poznat unapred.",
            "Zoran iz Vrela | 08.12.2025. u 17:31", "Sve je prebrojano dva puta.",
            "Ana | 08.12.2025. u 18:10", "Sramota da niko nije čestitao."]
    assert page_commenters(page) == {1, 3, 5}
    # A stamp of another shape than the page's comments' is still a dateline's ("Orvik · 14:32").
    other = ["Orvik · 14:32", "The ferry to Orvik was cancelled.", "Ama Osei · 12.03.2025 19:40", "About time.",
             "Jon Barra · 12.03.2025 20:05", "Too late."]
    assert page_commenters(other) == {2, 4}
