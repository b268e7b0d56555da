"""Lines a page sets around its story on a line of their own that have a shape of their own: a social post's embed, a
market widget's quote, a press release's end mark and its safe-harbour notice, a link's "opens new tab", a picture's
caption control, a table of contents' label, a developing story's note, a telephone number alone, an author box's and
a partner box's labels.

Every text here is invented for the test."""

import pytest

from newsdesk.importing.furniture_lines import line_furniture


@pytest.mark.parametrize("line", [
    "A post shared by Westrey Police (@westreypolice)",
    "pic.twitter.com/Ab12Cd34Ef",
    "— Westrey Police (@WestreyPolice) December 6, 2026",
    "- Cllr Dev Raichura (@devraichura) 6 December 2026",
    "NASDAQ: KSTL +2.31%",
    "NYSE: BRK.B",
    "-ENDS-",
    "ENDS",
    "- 30 -",
    "Purchase Licensing Rights, opens new tab",
    "Toggle caption",
    "Enlarge this image",
    "Hide caption",
    "Jump to",
    "Table of contents",
    "In this article",
    "This is a developing story and will be updated.",
    "This is a breaking news story. Check back for updates.",
    "This story is developing.",
    "Forward-Looking Statements",
    "Safe Harbor Statement",
    "This press release contains forward-looking statements within the meaning of the Private Securities "
    "Litigation Reform Act of 1995.",
    "+44 20 7946 0000",
    "(020) 7946 0000",
    "Send us your news tips",
    "Contact the author",
    "More by this author",
    "From our partners",
    "Content from our partners",
    "Suggested Topics:",
])
def test_a_line_of_the_pages_own_shape_is_furniture(line):
    assert line_furniture(line) is not None


@pytest.mark.parametrize("line", [
    "Shares of Kestrel Energy rose 2.3% to $41.20 in early trading.",
    "The firm's shares, listed on NASDAQ since 2019, rose 2.3% on Monday.",
    "The talks ends in the small hours, and a deal follows.",
    "The council said the consultation ends on 30 January.",
    "The mayor said the company made forward-looking statements about jobs that it did not keep.",
    "Police said the account posted a picture of the car on Monday.",
    "This is a developing area of law, the judge said.",
    "This story is developing faster than anyone expected, the minister said.",
    "The museum's table of contents for the new guide runs to twelve pages, the director said.",
    "In this article's second draft, the council removed the figures.",
    "Residents can call 0800 123 4567 free of charge until Friday, the council said.",
    "The score was 2026 to 2024 after the recount.",
    "2026-2027",
])
def test_sentences_with_those_words_stay_the_storys(line):
    assert line_furniture(line) is None
