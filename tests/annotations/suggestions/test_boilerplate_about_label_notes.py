"""A press release's note about its owner under "About" and the owner's name is boilerplate, also when it opens on
the name's first word only, and so is the label over it; a paragraph of the story under such a heading that reports
what someone said stays the story's. All text is invented."""

from annotations.suggestions import suggest

RELEASE = (
    "Tarnwick Ferries welcomes new timetable\n\n"
    "Tarnwick Ferries Ltd today confirmed that its crossings to Holm Island will run every forty minutes from "
    "Monday, after the harbour board approved a second berth.\n\n"
    "\"This is the timetable islanders have asked us for,\" said Ewan Lisle, the company's managing director.\n\n"
    "ENDS\n\n"
    "About Tarnwick Ferries Ltd\n\n"
    "Tarnwick is an independent ferry company that has sailed between the mainland and Holm Island since 1962. It "
    "runs three boats and employs 85 people.\n"
)


def tag_of(text, line):
    for s in suggest(text):
        if text[s.start : s.end] == line:
            return s.tag
    return None


def test_a_note_under_about_its_owner_opening_on_a_short_name_is_boilerplate():
    note = RELEASE.split("\n\n")[-1].strip()
    assert tag_of(RELEASE, note) == "boilerplate"
    assert tag_of(RELEASE, "About Tarnwick Ferries Ltd") == "boilerplate"


def test_a_reported_paragraph_under_an_about_heading_stays_the_storys():
    text = RELEASE.replace(
        RELEASE.split("\n\n")[-1],
        "Tarnwick Ferries said on Tuesday that fares would not rise before the spring.\n",
    )
    line = "Tarnwick Ferries said on Tuesday that fares would not rise before the spring."
    assert tag_of(text, line) != "boilerplate"
