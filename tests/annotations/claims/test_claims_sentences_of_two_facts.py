"""A sentence that states two facts takes part in two claims: it stays whole in the claim it was linked to, and a
piece of it (a clause opened by "when", "and" and a verb, a participle after a comma ...) joins the claim of another
fact that the piece states. Every sentence is written for the project, about invented places and people."""

from annotations.claims.finding import find_mentions, sentence_pieces
from annotations.claims.linking import link_articles


def _pieces(text, language="en"):
    return [text[start:end] for start, end in sentence_pieces(text, language)]


def test_a_sentence_is_cut_into_pieces_where_a_second_fact_opens():
    text = ("Engineers found deep cracks in two piers of the Millbrook bridge on Tuesday, when the council closed "
            "the bridge to all traffic until further notice.")
    assert _pieces(text) == ["Engineers found deep cracks in two piers of the Millbrook bridge on Tuesday",
                             "when the council closed the bridge to all traffic until further notice."]


def test_a_second_predicate_after_and_and_a_participle_clause_after_a_comma_open_pieces():
    assert _pieces("The crews met in an emergency session and voted three to nothing against the new rota.") == [
        "The crews met in an emergency session", "and voted three to nothing against the new rota."]
    assert _pieces("The depot has handled 600 parcels since Monday, sorting each one by hand in the old yard.") == [
        "The depot has handled 600 parcels since Monday", "sorting each one by hand in the old yard."]


def test_and_between_two_nouns_a_quotation_and_a_sentence_of_one_fact_are_not_cut():
    assert _pieces("Shells and missiles were loaded onto the trains at the Tarrow yard.") == []
    assert _pieces('She said "the trains will run when the line is safe and not before" on Monday.') == []
    assert _pieces("The council closed the bridge on Tuesday.") == []


def test_the_finder_hands_the_pieces_of_a_sentence_to_the_linker_only_when_asked():
    text = ("Engineers found deep cracks in two piers of the Millbrook bridge on Tuesday, when the council closed "
            "the bridge to all traffic until further notice.")
    plain, = find_mentions("a", text, "en")
    assert plain.pieces == ()
    mention, = find_mentions("a", text, "en", pieces=True)
    assert [p.text for p in mention.pieces] == _pieces(text)
    assert all(text[p.start:p.end] == p.text for p in mention.pieces)
    assert mention.pieces[1].details.dates == frozenset()


BRIDGE = {
    "a": "Engineers found deep cracks in two piers of the Millbrook bridge on Tuesday, when the council closed the "
         "bridge to all traffic until further notice.",
    "b": "Engineers found deep cracks in two piers of the Millbrook bridge on Tuesday morning.",
    "c": "The council closed the Millbrook bridge to all traffic until further notice on Wednesday.",
    "d": "The Millbrook bridge stays closed to all traffic until further notice, the council said on Wednesday.",
}


def _claims_by_article(claims):
    return [sorted((m.article, m.text) for m in claim.mentions) for claim in claims if len(claim.mentions) > 1]


def test_a_sentence_of_two_facts_takes_part_in_the_claim_of_each():
    claims = _claims_by_article(link_articles(BRIDGE.items()))
    cracks = [claim for claim in claims if ("b", BRIDGE["b"]) in claim]
    closure = [claim for claim in claims if ("c", BRIDGE["c"]) in claim]
    assert cracks and ("a", BRIDGE["a"]) in cracks[0]
    assert closure and ("a", "when the council closed the bridge to all traffic until further notice.") in closure[0]


def test_a_piece_never_joins_the_claim_its_own_sentence_is_in_and_spans_stay_unique():
    claims = link_articles(BRIDGE.items())
    spans = [(m.article, m.start, m.end) for claim in claims for m in claim.mentions]
    assert len(spans) == len(set(spans))
    for claim in claims:
        for m in claim.mentions:
            assert not any(o is not m and o.article == m.article and o.start < m.end and m.start < o.end
                           for o in claim.mentions)


def test_a_piece_joins_no_claim_its_words_do_not_state():
    articles = {
        "a": "Engineers found deep cracks in two piers of the Millbrook bridge on Tuesday, when the council "
             "closed the bridge to all traffic until further notice.",
        "b": "Engineers found deep cracks in two piers of the Millbrook bridge on Tuesday morning.",
        "c": "The Ashby ferry will carry 40 more passengers a day from Monday, the operator said.",
        "d": "The Ashby ferry is to carry 40 more passengers a day from Monday, its operator said.",
    }
    claims = link_articles(articles.items())
    assert all(m.text == articles[m.article] for claim in claims for m in claim.mentions)
