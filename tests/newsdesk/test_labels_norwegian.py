"""Labels of a story in Norwegian (Bokmål): a run holds no verb of saying ("sier", "sa") nor another finite verb
("rant", "får"), which make it a clause, not the name of a sub-topic; nor a sum or its hedge ("snaut 50 millioner
kroner", "35 mill. kroner")."""

from newsdesk.alignment import labels

from .label_runs import run_candidates

# Invented passages: the ice rink of Granvik closed for repairs, and its skaters.
NORWEGIAN = [
    "Ishallen i Granvik stenger i et halvt år, sier leder i kulturutvalget Birgit Holm.",
    "– Taket over ishallen lekker, og vannet rant ned i garderoben, sa driftssjefen i går.",
    "Hockeyklubbens spillere får trene i nabokommunens ishall to kvelder i uka, opplyser klubben.",
    "Reparasjonen av taket koster 6 mill. kroner, og ishallen åpner igjen til høsten, sier Birgit Holm.",
    "Ved ishallen sto foreldre og barn fredag og leste lappen om stengningen.",
    "Ifølge Granvik Hockeyklubb må kampene i januar spilles i nabokommunens ishall.",
]


def _candidates(texts):
    return run_candidates(texts, "nb")


def test_a_norwegian_run_holds_no_verb_of_saying_nor_a_finite_verb():
    found = set(_candidates(NORWEGIAN))
    for phrase in found:
        words = {word.lower() for word in labels.tokens(phrase)}
        assert not {"sier", "sa", "rant", "får", "opplyser", "sto", "lekker", "stenger", "åpner", "ifølge"} & words, (
            phrase
        )
    assert any("ishallen" in phrase.lower() for phrase in found)


def test_a_norwegian_run_is_no_sum_nor_its_hedge():
    texts = [*NORWEGIAN, "Den nye takkonstruksjonen koster snaut 50 millioner kroner, opplyser kommunen."]
    for phrase in _candidates(texts):
        words = {word.lower() for word in labels.tokens(phrase)}
        assert not {"snaut", "millioner", "mill", "kroner"} & words, phrase
