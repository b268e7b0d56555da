"""A number one calls is no count, in any language; a line of time stamps between bars, a link under a label of links
above the first paragraph and the outlet's name over its menu are the page's, not the story's."""

from annotations.suggestions import suggest


def _rules(text):
    return {text[s.start:s.end]: s.rule for s in suggest(text)}


def test_a_number_one_calls_is_no_count_in_english_finnish_or_urdu():
    for text in (
        "In an emergency, call 999 for an ambulance.",
        "Hätätilanteessa soita numeroon 112.",
        "Dial 112 in an emergency.",
        "Call 999 or 112 at once.",
        "شکایت کی صورت میں شہری ہیلپ لائن 1915 پر رابطہ کریں۔",
        "بجلی کی بندش پر کمپنی کی ہیلپ لائن 118 پر کال کریں۔",
    ):
        assert not [s for s in suggest(text) if s.tag == "factual_claim"], text


def test_a_count_of_whom_or_what_is_called_is_a_claim():
    """A verb of calling with a noun after the figure counts the people called; an Urdu figure with a bare noun
    after it counts phones or calls."""
    for text in (
        "Staff at the clinic phone 300 elderly patients every week.",
        "Canvassers will phone 450 tenants, the union said.",
        "Volunteers will ring 200 farms before the harvest fair.",
        "کسٹم حکام نے 500 فون ضبط کیے۔",
        "تحصیل میں 150 فون کالز موصول ہوئیں۔",
    ):
        assert [s for s in suggest(text) if s.tag == "factual_claim"], text


def test_a_count_beside_a_word_of_calling_still_counts():
    for text in ("Police received 300 calls on Sunday night.", "The defence will call 12 witnesses on Monday."):
        assert [s for s in suggest(text) if s.tag == "factual_claim"], text


PAGE = """The Marshville and Orrin Post
News | Sport | Business | Weather

Ferry service to Orrin Island ends after 60 years

4.3.2026 klo 8.15 | päivitetty 4.3.2026 klo 9.40

Läs på svenska: Färjan till Orrin läggs ned efter 60 år

The council confirmed on Tuesday that the last ferry to Orrin Island will sail on 30 April.

About 140 islanders relied on the crossing, and the council said a water taxi would replace it in May.
"""


def test_a_line_of_time_stamps_between_bars_is_furniture():
    assert _rules(PAGE)["4.3.2026 klo 8.15 | päivitetty 4.3.2026 klo 9.40"] == "boilerplate.timestamp"


def test_a_link_under_a_label_of_links_above_the_first_paragraph_is_furniture():
    assert _rules(PAGE)["Läs på svenska: Färjan till Orrin läggs ned efter 60 år"] == "boilerplate.related_list"


def test_the_outlets_name_over_its_menu_is_not_taken_for_the_headline():
    rules = _rules(PAGE)
    assert rules["The Marshville and Orrin Post"].startswith("boilerplate.")
    assert rules["Ferry service to Orrin Island ends after 60 years"].startswith("factual_claim.")


def test_a_deck_under_a_label_that_opens_no_link_is_the_storys():
    page = PAGE.replace(
        "Läs på svenska: Färjan till Orrin läggs ned efter 60 år",
        "Exclusive: council papers show the crossing lost money for a decade",
    )
    assert not _rules(page).get("Exclusive: council papers show the crossing lost money for a decade", "").startswith(
        "boilerplate."
    )


def test_a_headline_over_its_breadcrumb_is_still_the_headline():
    page = """Ferry service to Orrin Island ends after 60 years
Home | News | Local

The council confirmed on Tuesday that the last ferry to Orrin Island will sail on 30 April.

About 140 islanders relied on the crossing, and the council said a water taxi would replace it in May.
"""
    rules = _rules(page)
    assert rules["Home | News | Local"] == "boilerplate.navigation"
    assert rules["Ferry service to Orrin Island ends after 60 years"].startswith("factual_claim.")
