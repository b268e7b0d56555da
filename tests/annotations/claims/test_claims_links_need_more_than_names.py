"""A claim links outlets on something stated alike: two sentences that share only a name (a place, a body, a
person) state no one fact, and one article's sentences alike are no claim of their own unless they restate a
figure, a date or the same words."""

from annotations.claims.linking import link_articles


def together(claims, a_words, b_words):
    return any(
        any(a_words in m.text for m in c.mentions) and any(b_words in m.text for m in c.mentions) for c in claims
    )


# Written for the project: an invented river town (Brackenmouth), its quay, its oyster beds and its traders.
ARTICLES = [
    (
        "courier",
        "Oysters have been raised on the Pellow Banks since the 1890s, when the first beds were laid. "
        "The Brackenmouth Oyster Traders' Guild lodged an appeal with the tribunal on Friday morning. "
        "The council will spend 2.4 million pounds on the new flood wall along the river. "
        "Get the Riverpost app for the local stories that matter to you, wherever you are. "
        "Log in to Riverpost to save local stories and follow topics.",
    ),
    (
        "bulletin",
        "\"Nobody asked the people who actually work the water,\" said Ada Fenwick of the Brackenmouth Oyster "
        "Traders' Guild. "
        "If the markers on the Pellow Banks turn red, the barges must leave the channel at once. "
        "A new flood wall along the river will cost the council 2.4 million pounds, officials said.",
    ),
]


def test_a_place_name_alone_links_no_two_facts():
    claims = link_articles(ARTICLES)
    assert not together(claims, "Oysters have been raised on the Pellow Banks", "If the markers on the Pellow Banks")


def test_a_body_named_by_a_speaker_alone_links_no_two_facts():
    claims = link_articles(ARTICLES)
    assert not together(claims, "lodged an appeal with the tribunal", "Nobody asked the people")


def test_a_name_beside_a_shared_figure_and_words_still_links():
    claims = link_articles(ARTICLES)
    assert together(claims, "will spend 2.4 million pounds", "will cost the council 2.4 million pounds")


def test_two_sentences_of_one_article_alike_in_words_alone_are_no_claim():
    claims = link_articles(ARTICLES)
    assert not together(claims, "Get the Riverpost app", "Log in to Riverpost")


def test_one_article_restating_its_own_figure_is_still_one_claim():
    articles = [
        ("a", "Nearly 40 towns have signed a joint letter to the ministry about the river barges. "
              "The joint letter from 40 towns was delivered to the ministry on Monday afternoon."),
        ("b", "Flood wardens in the upper valley were stood down after the water fell overnight."),
    ]
    claims = link_articles(articles)
    assert together(claims, "Nearly 40 towns have signed", "The joint letter from 40 towns")
