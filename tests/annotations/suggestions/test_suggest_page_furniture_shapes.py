"""Page furniture the suggester tells by the page's shape: a consent banner set as a block with its buttons, a
comment's header, a news ticker, a weather widget, small print under the copyright notice; and a printed story's
paragraph cut off where the page jumps, which is the story's text."""

from annotations.suggestions import suggest

STORY = (
    "The harbour board voted on Tuesday to close the old fish market for repairs lasting 18 months.\n\n"
    "Traders will move to a temporary hall on Quay Road, which opens on 2 June, the board said.\n"
)


def tagged(text, tag):
    return [text[s.start:s.end] for s in suggest(text) if s.tag == tag]


def test_a_consent_banners_heading_and_long_text_above_its_buttons_are_boilerplate_not_claims():
    banner = (
        "Your choices matter\n"
        "We and our 212 partners keep cookies and similar data on your phone or computer to measure visits and show"
        " you offers, and you can change your mind at any time from the link at the foot of every page.\n"
        "ACCEPT ALL | REJECT ALL | SETTINGS\n\n"
    )
    text = banner + STORY
    boilerplate = tagged(text, "boilerplate")
    assert "Your choices matter" in boilerplate and any(b.startswith("We and our 212") for b in boilerplate)
    assert not any(c.startswith("We and our") for c in tagged(text, "factual_claim"))


def test_a_story_paragraph_about_cookies_without_a_row_of_buttons_is_not_a_banner():
    text = STORY + "\nThe bakery on Quay Road sold 400 cookies on the market's last day, its owner said.\n"
    assert not any("cookies" in b for b in tagged(text, "boilerplate"))


def test_a_comments_header_with_its_writer_and_how_long_ago_is_boilerplate_not_a_claim():
    text = STORY + "\nCOMMENTS (3)\n\nquayside_kate · 4 hours ago\nAbout time they fixed that roof.\n"
    assert "quayside_kate · 4 hours ago" in tagged(text, "boilerplate")
    assert not any("hours ago" in c for c in tagged(text, "factual_claim"))


def test_a_ticker_of_headlines_behind_a_label_in_capitals_is_boilerplate_not_a_claim():
    ticker = "JUST IN | Storm closes 14 schools in the valley | Rail fares to rise 5% in March\n\n"
    text = "Harbour board closes fish market\n\n" + ticker + STORY
    assert ticker.strip() in tagged(text, "boilerplate")
    assert not any(c.startswith("JUST IN") for c in tagged(text, "factual_claim"))


def test_a_headline_with_one_kicker_and_a_bar_is_no_ticker():
    text = "ANALYSIS | Why the harbour board closed the fish market\n\n" + STORY
    assert not any(b.startswith("ANALYSIS |") for b in tagged(text, "boilerplate"))


def test_a_weather_widget_in_the_pages_head_is_boilerplate_and_the_headline_stays_content():
    text = "Weather: 12° Showers | Port Ellen\n\nHarbour board closes fish market for 18 months\n\n" + STORY
    boilerplate = tagged(text, "boilerplate")
    assert "Weather: 12° Showers | Port Ellen" in boilerplate
    assert "Harbour board closes fish market for 18 months" not in boilerplate


def test_a_sentence_under_the_copyright_notice_at_the_pages_foot_is_small_print():
    notice = "Our reports may be printed elsewhere only with written leave."
    text = STORY + "\n© 2026 Harbour Wire. All rights reserved.\n\n" + notice + "\n"
    assert notice in tagged(text, "boilerplate")


def test_a_paragraph_cut_off_where_the_printed_page_jumps_is_the_storys_text():
    cut = "Board chairman Ian Reed said the market had lost money for years and that traders had \"no"
    text = STORY + "\n" + cut + "\n\nContinued on Page A4\n"
    assert cut not in tagged(text, "boilerplate")


def test_the_storys_last_sentence_under_a_pictures_credit_is_not_small_print():
    last = "The market is due to reopen in 2027."
    text = STORY + "\nThe old market hall in winter.\n© Lee Marr\n\n" + last + "\n\nShare | Email\n"
    assert last not in tagged(text, "boilerplate")
