"""Lines of a page that hold a figure and state nothing: a wire dateline standing as a sentence of its own, a reading
time on a line of its own in any language, and a subheading between two paragraphs. The headline above the story
stays a claim. All text is invented."""

from annotations.suggestions import claims, suggest
from annotations.suggestions.base import split_lines


def claimed(text):
    return [text[s.start : s.end] for s in suggest(text) if s.tag == "factual_claim"]


def claimed_by_the_rule(text):
    """What the claim rule suggests on every line, the page's furniture included: the rule's own judgement, whatever
    the furniture rules take away before it."""
    return [text[s.start : s.end] for s in claims.suggest(split_lines(text))]


def test_a_wire_dateline_standing_as_its_own_sentence_is_no_claim_but_the_report_after_it_is():
    georgian = "მთისუბანი, 4 აპრილი /ვარსკვლავი/. მერიამ დაზარალებულ ოჯახებს 300 ათასი ლარი გამოუყო."
    assert claimed(georgian) == ["მერიამ დაზარალებულ ოჯახებს 300 ათასი ლარი გამოუყო."]
    english = "HOLLOWMERE, April 4 (Valewire). About 600 residents left their homes on Friday as the river rose."
    assert claimed(english) == ["About 600 residents left their homes on Friday as the river rose."]


def test_a_dateline_that_runs_on_into_the_first_sentence_keeps_the_sentence_a_claim():
    text = "HOLLOWMERE, April 4 (Valewire) - About 600 residents left their homes on Friday as the river rose."
    assert claimed(text) == [text]


def test_a_reading_time_on_a_line_of_its_own_is_no_claim_in_any_language():
    story = "\n\nVoda v noci zaplavila dolní část Lipovce a hasiči odvezli do bezpečí 120 lidí.\n"
    for reading_time in ("Čtení na 3 minuty", "Doba čtení: 4 min.", "საკითხავი დრო: 4 წუთი", "Lesezeit 6 Minuten"):
        text = "Povodeň v Lipovci\n\nMarta Zelená\n" + reading_time + story
        assert reading_time not in claimed_by_the_rule(text), reading_time
        assert "Voda v noci zaplavila dolní část Lipovce a hasiči odvezli do bezpečí 120 lidí." in claimed(text)


def test_a_headline_counting_minutes_stays_a_claim():
    text = "Dam gave way in 5 minutes\n\nThe old dam above Lowbrook burst on Sunday night, flooding 40 homes.\n"
    assert "Dam gave way in 5 minutes" in claimed(text)


def test_a_subheading_between_two_paragraphs_is_no_claim_but_the_paragraph_it_heads_is():
    text = (
        "Povodeň v Lipovci\n\n"
        "Voda v noci zaplavila dolní část Lipovce a hasiči odvezli do bezpečí 120 lidí.\n\n"
        "Voda přišla ve 3:15\n\n"
        "Hráz rybníka povolila krátce po třetí hodině ranní a do města se vyvalilo 80 centimetrů vody.\n"
    )
    found = claimed(text)
    assert "Voda přišla ve 3:15" not in found
    assert "Hráz rybníka povolila krátce po třetí hodině ranní a do města se vyvalilo 80 centimetrů vody." in found


def test_a_live_posts_heading_under_its_stamp_stays_a_claim():
    text = (
        "Wildfire near Carnbrook – live\n\n"
        "Crews from three counties joined the effort overnight, the fire service said in a statement.\n\n"
        "2h ago\n07:15\nEvacuation orders for six farms\n\n"
        "Residents of six farms were told to leave before dawn as the wind turned towards the valley.\n"
    )
    assert "Evacuation orders for six farms" in claimed(text)


def test_the_headline_above_the_story_stays_a_claim():
    text = (
        "Lipovec: 120 lidí muselo opustit domovy\n\n"
        "Voda v noci zaplavila dolní část Lipovce a hasiči odvezli do bezpečí 120 lidí.\n"
    )
    assert "Lipovec: 120 lidí muselo opustit domovy" in claimed(text)
