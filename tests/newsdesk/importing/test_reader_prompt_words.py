"""A line counts as the outlet inviting its readers to write in only when it addresses them or speaks of the outlet as
words ("you", "our"), not when those letters sit inside other words ("four", "hour", "source", "business")."""

from newsdesk.importing.furniture_lines import line_furniture


def test_an_invitation_to_write_in_is_furniture():
    assert line_furniture("Have a question we haven't answered? Email our newsroom team.")[0] == "call_to_action"
    assert line_furniture("Do you have a photo of the flood? Send it to us.")[0] == "call_to_action"


def test_letters_of_you_or_our_inside_other_words_are_no_address():
    assert line_furniture("Have a look at the four stations, the business group said, and share them.") is None
    assert line_furniture("Have an hour to spare, the source said, contact the depot.") is None
