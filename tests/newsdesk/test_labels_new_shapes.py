"""Labels of page shapes a printed column gives: words a column broke by a hyphen at a line's end are read whole."""

from newsdesk.alignment import labels

# Invented passages.
COURT = [
    "Hearings at the Maple Valley Court post-\nponed until April, the clerk said.",
    "The Maple Valley Court post-\nponed all hearings.",
    "Lunch menus at the school cafeteria.",
    "The school cafeteria menus changed.",
]


def test_a_label_reads_a_word_broken_at_a_line_end_whole():
    names = labels.label_topics(COURT, [0, 0, 1, 1], [0, 1, 0, 1])

    assert names[0] == "Maple Valley Court"
    assert not any(label.endswith(("post", "post-")) for label in names.values())
