"""A live page's entries and closing lines, a site's software credit, a follow-us line and a social page's comment
thread: a heading under an entry's time stamp heads its entry even when no other entry has one; a post of two
sentences behind a kicker ("BREAKING: …") is the story's, not a link; the page's last words ("That's all from us …",
"This live page is no longer being updated") and its "Powered by …" credit are the page's; so is a comment kept with
its writer's name and its row of buttons.

Every text here is invented for the test."""

import pytest

from newsdesk.alignment import furniture
from newsdesk.alignment.clustering import split_furniture
from newsdesk.importing import ingest
from tests.newsdesk.alignment.invented_pages import article


def _split(texts):
    content, found, _reasons = split_furniture(article(texts), {})
    return {p.key[1] for p in content}, {key[1] for key in found}


LIVE_PAGE = [
    "Harrowgate ferry live: search goes on",
    "Updated 4 March 2026, 09:10",
    "09:10",
    "The coastguard said a second body had been brought ashore near the lighthouse at first light this morning.",
    "07:45",
    "Mayor: no sailings today",
    "The mayor, Idris Penrose, said every sailing from the harbour would stay cancelled until the inquiry had "
    "looked at the ferry's loading records.",
    "06:30",
    "Divers went back into the water at dawn, and the harbour master said the search would go on all day.",
    "22:15",
    "BREAKING: The ferry Marigold overturned minutes after leaving Harrowgate harbour. About forty people were on "
    "board.",
]


def test_a_lone_entry_heading_under_its_time_stamp_heads_its_entry():
    content, found = _split(LIVE_PAGE)
    assert {5, 6} <= content
    assert {2, 4, 7, 9} <= found


def test_a_post_of_two_sentences_behind_a_kicker_is_no_link():
    content, _found = _split(LIVE_PAGE)
    assert 10 in content
    assert not furniture.line_reasons(LIVE_PAGE[10], {})
    assert furniture.line_reasons("BREAKING: Harrowgate mayor resigns over ferry inquiry", {})


@pytest.mark.parametrize("line", [
    "Follow Radio Tarn on Facebook and YouTube for live updates from the harbour.",
    "I-follow ang Radyo Lumbay sa Facebook at YouTube para sa mga live update.",
    "Sundan kami sa Facebook at Instagram para sa pinakabagong balita.",
])
def test_a_line_asking_the_reader_to_follow_the_outlet_on_social_networks_is_the_pages(line):
    assert furniture.line_reasons(line, {})


def test_a_sentence_reporting_that_a_live_blog_ended_is_the_storys():
    line = "The council said its own live blog of the flood was no longer being updated after the server failed."
    assert not furniture.furniture_reasons(line, language="en")


@pytest.mark.parametrize("line", [
    "Follow the river path past the mill and the old school to reach the station.",
    "Sundan ang ilog hanggang sa lumang tulay, sabi ng mga bantay.",
])
def test_a_sentence_opening_on_follow_without_a_network_is_left_alone(line):
    assert not furniture.line_reasons(line, {})


@pytest.mark.parametrize(("language", "line"), [
    ("en", "That's all from us for today. Thanks for following the search with us."),
    ("en", "This live page is no longer being updated."),
    ("en", "We're pausing our live coverage for now, but we'll be back in the morning."),
    ("en", "This blog is now closed."),
    ("de", "Damit beenden wir unseren Liveblog für heute."),
    ("fr", "Ce direct est désormais terminé."),
    ("es", "Aquí termina nuestra cobertura en directo."),
    ("pt", "Encerramos aqui a nossa cobertura ao vivo."),
    ("it", "La nostra diretta finisce qui."),
    ("tl", "Hanggang dito na lang muna ang aming live updates ngayong gabi."),
    ("tl", "Hindi na ina-update ang page na ito."),
])
def test_a_live_pages_closing_line_is_the_pages(language, line):
    assert furniture.furniture_reasons(line, language=language) or furniture.line_reasons(line, {})


@pytest.mark.parametrize("line", [
    "Powered by WordPress",
    "Proudly powered by WordPress | Theme: Harbourline by Quayside Themes.",
    "Theme: Harbourline by Quayside Themes.",
    "Harbourline Theme by Quayside Themes",
    "Fièrement propulsé par WordPress",
    "Con tecnología de WordPress",
])
def test_a_sites_software_and_theme_credit_is_the_pages(line):
    assert furniture.line_reasons(line, {})


def test_a_sentence_on_what_powers_a_town_is_the_storys():
    line = "The new turbines are powered by the tide, the council said on Monday."
    assert not furniture.line_reasons(line, {})


def test_a_comment_with_its_writers_name_and_its_buttons_stays_one_passage():
    text = ("The pier will stay shut until the divers have checked every leg.\n\n"
            "Lorna Quill\nMy uncle was on the boat, thank God he made it. Thanks to the fishermen!\n"
            "Like · Reply · 3h\n")
    canonical = ingest.from_text(text.encode())
    passages = [canonical.text[start:end] for start, end in canonical.passages]
    assert len(passages) == 2
    assert passages[1].startswith("Lorna Quill") and passages[1].endswith("3h")


def test_a_block_of_comments_under_their_heading_on_its_first_line_is_the_pages():
    texts = [
        "The ferry Marigold overturned minutes after leaving Harrowgate harbour on Tuesday afternoon.",
        "The coastguard said forty people had been rescued by fishermen and the lifeboat crew.",
        "Comments (12)\nTom R.: So sad, and so close to Christmas.\nAnnie P.: The owners must answer for this!\n"
        "Write a comment...",
        "Most read\n1. Harbour fair moves to the old market",
    ]
    content, found = _split(texts)
    assert {0, 1} <= content
    assert {2, 3} <= found


def test_a_paragraph_opening_on_a_line_of_its_own_that_is_no_comments_heading_stays():
    texts = [
        "The ferry Marigold overturned minutes after leaving Harrowgate harbour on Tuesday afternoon.",
        "What the coastguard said\nThe coastguard said forty people had been rescued by fishermen and the lifeboat.",
    ]
    content, _found = _split(texts)
    assert {0, 1} <= content


def test_a_headers_count_of_comments_over_its_share_button_heads_no_comments():
    texts = [
        "Giant ferry pier to close - but who pays for the new one?",
        "34 Comments\nShare",
        "The council of Marrowby voted on Monday to close the old ferry pier after divers found cracks in its legs.",
        "The harbour master said the pier would stay shut until engineers had checked every leg and the deck.",
    ]
    content, _found = _split(texts)
    assert {2, 3} <= content


def test_a_live_entry_kept_whole_under_its_stamp_and_mark_is_no_menu():
    # An entry set apart by blank lines is one passage: its stamp, "Key event" mark and heading are short lines over
    # its paragraph, not a menu's.
    text = (
        "4.15pm\nKey event\nInspector closes the hearing\n"
        "The planning inspector closed the hearing on the Tollbury quarry and said her report would follow in June."
    )
    assert furniture.furniture_reasons(text) == []


def test_a_block_of_short_lines_under_no_stamp_is_still_a_menu():
    text = "News\nSport\nWeather\nThe quarry hearing closes today and the inspector reports in June, the council said."
    assert furniture.SHORT_LINES_BLOCK in furniture.furniture_reasons(text)


def test_a_live_page_closing_entry_kept_whole_under_its_stamp_is_the_page_note_it_was():
    text = (
        "6.02pm\nThat's all from Tollbury\n"
        "We're closing our live coverage of the hearing here. Thanks for joining us for a long afternoon, and we'll "
        "bring you the inspector's report when it comes."
    )
    assert furniture.PAGE_NOTE_REASON in furniture.furniture_reasons(text)


def test_short_lines_under_a_stamp_beyond_a_post_s_mark_and_heading_are_still_a_menu():
    text = ("10:30 AM EST\nNews\nSport\nWeather\n"
            "The quarry hearing closes today and the inspector reports in June, the council said.")
    assert furniture.SHORT_LINES_BLOCK in furniture.furniture_reasons(text)
