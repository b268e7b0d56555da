"""A person a story quotes ties two sentences together only with what they say alike: her name and title are not the
fact."""

from annotations.claims.linking import link_articles, without_named


def together(claims, a_words, b_words):
    return any(any(a_words in m.text for m in c.mentions) and any(b_words in m.text for m in c.mentions)
               for c in claims)


ARTICLES = [
    ("valley", "Snow closed the Orrin Pass road for a second night. The plough crews worked until dawn, said Hester "
               "Quayle, the province's director of road maintenance. Salt stocks at the Bellmoor depot are running "
               "low, Hester Quayle said. Schools in Tarrow will open two hours late on Thursday. A lorry slid into a "
               "ditch near Cray Bridge. Buses to the airport are running every half hour."),
    ("courier", "The Orrin Pass road stayed shut overnight under heavy snow. Road maintenance director Hester Quayle "
                "said salt stocks at the Bellmoor depot were running low. Farmers in the hills lost power for most of "
                "the evening. \"We have never seen drifts like these,\" said Hester Quayle, the province's director "
                "of road maintenance. The ski club cancelled its race. Trains to the coast were held at Denby."),
]


def test_a_quoted_officials_name_and_title_alone_link_nothing():
    claims = link_articles(ARTICLES)
    assert not together(claims, "crews worked until dawn", "never seen drifts like these")


def test_sentences_quoting_one_official_still_link_on_what_they_say():
    claims = link_articles(ARTICLES)
    assert together(claims, "Salt stocks at the Bellmoor depot are", "said salt stocks at the Bellmoor depot were")


def test_the_name_its_title_and_its_apposition_are_left_out():
    text = "The crews worked until dawn, said Hester Quayle, the province's director of road maintenance."
    assert without_named(text, {"quayle"}).split() == ["The", "crews", "worked", "until", "dawn,", "said", ",", "."]
    titled = "Road maintenance director Hester Quayle said the depot has ordered more salt."
    assert without_named(titled, {"quayle"}).split() == ["said", "the", "depot", "has", "ordered", "more", "salt."]
    assert without_named(titled, {"orrin"}) == titled
