"""Labels of a story in Swedish: a run holds no verb of saying ("säger", "sade") nor another finite verb ("rann",
"får"), which make it a clause, not the name of a sub-topic; nor a sum or its hedge ("knappt 50 miljoner kronor")."""

from newsdesk.alignment import labels

from .label_runs import run_candidates

# Invented passages: the ice rink of Granbacka closed for repairs, and its skaters.
SWEDISH = [
    "Ishallen i Granbacka stänger i ett halvår, säger ordföranden i kultur- och fritidsnämnden Birgitta Holm.",
    "– Taket över ishallen läcker, och vattnet rann ner i omklädningsrummet, sade driftchefen i går.",
    "Hockeyklubbens spelare får träna i grannkommunens ishall två kvällar i veckan, uppger klubben.",
    "Reparationen av taket kostar 6 mkr, och ishallen öppnar igen till hösten, säger Birgitta Holm.",
    "Vid ishallen stod föräldrar och barn på fredagen och läste lappen om stängningen.",
]


def _candidates(texts):
    return run_candidates(texts, "sv")


def test_a_swedish_run_holds_no_verb_of_saying_nor_a_finite_verb():
    found = set(_candidates(SWEDISH))
    for phrase in found:
        words = {word.lower() for word in labels.tokens(phrase)}
        assert not {"säger", "sade", "rann", "får", "uppger", "stod", "läcker", "stänger", "öppnar"} & words, phrase
    assert any("ishallen" in phrase.lower() for phrase in found)


def test_a_swedish_run_is_no_sum_nor_its_hedge():
    texts = [*SWEDISH, "Den nya takkonstruktionen kostar knappt 50 miljoner kronor, uppger kommunen."]
    for phrase in _candidates(texts):
        words = {word.lower() for word in labels.tokens(phrase)}
        assert not {"knappt", "miljoner", "kronor", "mkr"} & words, phrase
