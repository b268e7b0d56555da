"""Shapes of a university's press release, a science desk's page and a newsletter post: a related list's label
with a section ("Most read in Health") or news ("Related news"), a newsletter's thanks for reading as it signs
off, and the headline of a page whose byline runs to a second line with the writer's job.

Every text here is invented for the test."""

from newsdesk.importing import furniture_lines
from newsdesk.importing.furniture_lines import line_furniture, related_label
from newsdesk.importing.headline import headline


def test_a_related_list_s_label_may_name_news_or_a_section():
    assert related_label("Related news")
    assert related_label("MOST READ IN HEALTH")
    assert related_label("Most popular in Money")
    assert not related_label("Most read in the area was the mayor's letter")


def test_a_newsletter_s_thanks_for_reading_is_the_page_s():
    judged = line_furniture(
        "Thanks for reading Harbour Notes! If this helped, pass it on to a friend who keeps a boat."
    )
    assert judged is not None and judged[0] == "greeting"
    assert (
        line_furniture("Thank you for reading to the children every week, the head teacher told the volunteers.")
        is None
    )
    assert line_furniture("The head teacher thanked the volunteers for reading to the children every week.") is None


def test_the_writer_s_job_under_the_byline_is_no_headline():
    page = (
        "Marrow News\nHome | Local | Science | Sport\n\n"
        "Pier divers find cracks in three more concrete legs\n\n"
        "By Odile Penhallow\nHarbour correspondent, Marrow News\n9 April 2026\n\n"
        "Divers inspecting the old ferry pier at Marrowby found cracks in three more of its concrete legs on Tuesday, "
        "the harbour master said.\n"
    )
    assert headline(page) == "Pier divers find cracks in three more concrete legs"


def test_about_labels_name_the_writer_or_the_owner():
    about_label = furniture_lines.about_label
    assert about_label("About the author") == ""
    assert about_label("About us") == ""
    assert about_label("About Marrowby Harbour Trust") == "Marrowby Harbour Trust"
    assert about_label("About the victims") is None
    assert about_label("About 200 people came to the meeting") is None
