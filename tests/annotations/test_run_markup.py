from html.parser import HTMLParser
from typing import NamedTuple

from annotations.rendering import split_into_runs
from annotations.run_markup import passage_markup


class Span(NamedTuple):
    pk: int
    start: int
    end: int
    tag: str = "rhetoric"
    reviewer: str = "alice"
    mine: bool = True


class Parsed(HTMLParser):
    """The text and the attributes of every element of a piece of markup, as a browser reads them."""

    def __init__(self, markup):
        super().__init__()
        self.text, self.elements = "", []
        self.feed(markup)

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text += data


def test_text_without_highlights_is_only_escaped():
    markup = passage_markup(split_into_runs("a <b> & 'c' \"d\"", []))

    assert markup == "a &lt;b&gt; &amp; &#x27;c&#x27; &quot;d&quot;"


def test_a_highlighted_run_carries_its_ids_tags_owner_depth_and_title():
    text = "Officials said the launch was reckless."

    markup = passage_markup(split_into_runs(text, [Span(7, 30, 38)]))

    assert markup == (
        'Officials said the launch was <span class="hl hl-rhetoric hl-mine hl-depth-1" data-ids="7"'
        ' data-start="30" tabindex="0" title="Rhetoric by alice"><span class="u u-rhetoric">reckless</span>'
        "</span>."
    )


def test_overlapping_highlights_of_two_reviewers_stack_their_tags_in_the_order_they_began():
    spans = [Span(1, 0, 6, "attribution"), Span(2, 3, 9, "rhetoric", "bob", mine=False)]

    markup = passage_markup(split_into_runs("abcdefghi", spans))

    assert markup == (
        '<span class="hl hl-attribution hl-mine hl-depth-1" data-ids="1" data-start="0" tabindex="0"'
        ' title="Attribution by alice"><span class="u u-attribution">abc</span></span>'
        '<span class="hl hl-attribution hl-rhetoric hl-mine hl-others hl-depth-2" data-ids="1 2" data-start="3"'
        ' tabindex="0" title="Attribution by alice; Rhetoric by bob"><span class="u u-attribution">'
        '<span class="u u-rhetoric">def</span></span></span>'
        '<span class="hl hl-rhetoric hl-others hl-depth-1" data-ids="2" data-start="6" tabindex="0"'
        ' title="Rhetoric by bob"><span class="u u-rhetoric">ghi</span></span>'
    )


def test_depth_stops_growing_at_four_highlights():
    spans = [Span(pk, 0, 3) for pk in range(1, 7)]

    markup = passage_markup(split_into_runs("abc", spans))

    assert "hl-depth-4" in markup


def test_markup_in_the_text_and_in_reviewer_names_stays_text():
    text = "<script>alert(1)</script> said \"x\" & <img src=x onerror=alert(2)> 😀 报道称"
    reviewer = '"><img src=x onerror=alert(3)>'
    spans = [Span(1, 0, 30, reviewer=reviewer), Span(2, 10, len(text), "attribution", "<b>o'neil</b>", False)]

    parsed = Parsed(passage_markup(split_into_runs(text, spans)))

    assert parsed.text == text
    assert {tag for tag, _ in parsed.elements} == {"span"}
    assert [attrs["title"] for _, attrs in parsed.elements if "title" in attrs] == [
        f"Rhetoric by {reviewer}",
        f"Rhetoric by {reviewer}; Attribution by <b>o'neil</b>",
        "Attribution by <b>o'neil</b>",
    ]
