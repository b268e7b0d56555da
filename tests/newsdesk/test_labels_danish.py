"""Labels of a story in Danish: a run holds no verb of saying ("siger", "sagde") nor another finite verb ("løb",
"får"), which make it a clause, not the name of a sub-topic."""

from newsdesk.alignment import labels

from .label_runs import run_candidates

# Invented passages: the swimming hall of Tofterup closed for repairs, and its swimmers.
DANISH = [
    "Svømmehallen i Tofterup lukker i et halvt år, siger formand for kultur- og fritidsudvalget Birthe Holm.",
    "– Taget over svømmehallen er utæt, og vandet løb ned i omklædningsrummet, sagde driftslederen i går.",
    "Svømmeklubbens medlemmer får lov at træne i nabobyens svømmehal to aftener om ugen, oplyser klubben.",
    "Reparationen af taget koster 6 mio. kr., og svømmehallen åbner igen til efteråret, siger Birthe Holm.",
    "Ved svømmehallen stod forældre og børn fredag og læste opslaget om lukningen.",
]


def _candidates(texts):
    return run_candidates(texts, "da")


def test_a_danish_run_holds_no_verb_of_saying_nor_a_finite_verb():
    found = set(_candidates(DANISH))
    for phrase in found:
        words = {word.lower() for word in labels.tokens(phrase)}
        assert not {"siger", "sagde", "løb", "får", "oplyser", "stod"} & words, phrase
    assert any("svømmehallen" in phrase.lower() for phrase in found)


def test_a_danish_run_is_no_sum_nor_its_hedge():
    texts = [*DANISH, "Den nye tagkonstruktion koster knap 50 millioner kroner, oplyser kommunen."]
    for phrase in _candidates(texts):
        words = {word.lower() for word in labels.tokens(phrase)}
        assert not {"knap", "millioner", "kroner"} & words, phrase
