from annotations.anchoring import anchor
from annotations.templatetags.quoting import whole_words_after, whole_words_before

TEXT = ("Kim Jong Un announces a leap forward in defense industry with its new plant, "
        "covering more than 5 hectares. According to leader Kim Jong Un, it will boost arms exports.")


def test_the_context_shown_around_a_quote_holds_whole_words_only():
    start = TEXT.index("covering")
    place = anchor(TEXT, start, TEXT.index(" hectares") + len(" hectares"))

    before, after = whole_words_before(place.prefix), whole_words_after(place.suffix)

    assert place.prefix.startswith("se industry") and place.suffix.endswith(" Jong U")
    assert before == "…industry with its new plant, "
    assert after == ". According to leader Kim Jong…"


def test_context_that_reaches_the_edge_of_the_text_is_shown_whole_without_an_ellipsis():
    place = anchor(TEXT, TEXT.index("announces"), TEXT.index(" a leap"))

    assert whole_words_before(place.prefix) == "Kim Jong Un "
    assert whole_words_after(anchor(TEXT, TEXT.index("arms"), TEXT.index(" exports")).suffix) == " exports."
