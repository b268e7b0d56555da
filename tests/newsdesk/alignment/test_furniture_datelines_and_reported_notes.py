"""A dateline or a post's header above the lede is no reader's comment: the lede stays a passage of the story. A
reader's comments come in numbers, under names of people or handles; and a note about the page is the outlet's own,
not someone's words reported."""

import pytest

from newsdesk.alignment.furniture import furniture_reasons
from newsdesk.importing.furniture_lines import commenter_line
from newsdesk.importing.ingest import from_text

LEDE = (
    "The council of Tarrow Mill voted on Tuesday to close the old ferry pier after inspectors found its pilings had "
    "rotted through below the waterline."
)


def passages(text: str) -> list[str]:
    canonical = from_text(text)
    return [canonical.text[start:end] for start, end in canonical.passages]


@pytest.mark.parametrize("header", ["KELBY | 12 March 2025", "Orvik · 2025", "PORT ALDER · 14:32"])
def test_a_dateline_names_no_commenter(header):
    assert not commenter_line(header)


@pytest.mark.parametrize("header", ["KELBY | 12 March 2025", "Ama Osei · 14:32", "Orvik · 2025"])
def test_a_dateline_over_the_lede_stays_apart_from_it(header):
    found = passages(f"{header}\n{LEDE}\n{LEDE}")
    assert found[:2] == [header, LEDE]
    assert furniture_reasons(LEDE) == []


def test_comments_in_numbers_keep_their_writers_lines():
    first = "Ama Osei · 14:32\nThe pier was unsafe for years and everyone on the quay knew it."
    second = "brackwater77 · 2 hours ago\nAbout time. My grandfather fished from that pier every morning."
    assert passages(f"{first}\n\n{second}") == [first, second]
    assert furniture_reasons(first) and furniture_reasons(second)


@pytest.mark.parametrize("handle", ["brackwater77 · 2 hours ago", "quay_watcher · 13/03/2025 19h40"])
def test_a_handle_of_one_word_names_a_commenter(handle):
    assert commenter_line(handle)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said residents could leave a comment on the council website until Friday.",
        "Residents could leave a comment on the council website until Friday, the planning office announced.",
        "Residents may leave a comment at the library desk until the end of the month.",
    ],
)
def test_reported_speech_about_comments_is_no_page_note(text):
    assert furniture_reasons(text, language="en") == []


@pytest.mark.parametrize(
    "text",
    [
        "Leave a comment below and tell us what you think of the new ferry timetable.",
        "Tell us what you think: leave a comment under this article.",
    ],
)
def test_a_note_that_speaks_to_the_reader_stays_a_page_note(text):
    assert furniture_reasons(text, language="en")
