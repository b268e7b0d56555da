"""Statements with no figure, date, name or quotation: a claim only when another outlet states them in nearly the
same words ("Dispatchers are writing every call on a paper card" / "Dispatchers wrote calls on paper cards")."""

from annotations.claims.finding import find_mentions
from annotations.claims.linking import link_articles

FIRST = ("The mill road flooded overnight and the water rose fast.\n\n"
         "Lock keepers are now logging every boat on a paper sheet and phoning the next lock.\n\n"
         "Anglers were asked to stay off the towpath.\n")
SECOND = ("Heavy rain fell across the valley on Tuesday.\n\n"
          "Lock keepers logged boats on paper sheets and phoned ahead to the next lock.\n\n"
          "The bakery on the corner sold out of bread before noon.\n")


def test_a_plain_statement_is_no_mention_by_default():
    assert find_mentions("a", FIRST, "en") == []


def test_a_plain_statement_is_kept_and_marked_when_asked():
    found = find_mentions("a", FIRST, "en", plain=True)
    assert "Lock keepers are now logging every boat on a paper sheet and phoning the next lock." in [
        m.text for m in found if m.plain]
    dated = find_mentions("b", SECOND, "en", plain=True)
    assert [m.plain for m in dated if "Tuesday" in m.text] == [False]


def test_two_outlets_stating_one_plain_fact_alike_are_linked():
    claims = link_articles([("a", FIRST), ("b", SECOND)])
    linked = [sorted(m.text for m in c.mentions) for c in claims if len(c.mentions) > 1]
    assert linked == [["Lock keepers are now logging every boat on a paper sheet and phoning the next lock.",
                       "Lock keepers logged boats on paper sheets and phoned ahead to the next lock."]]


def test_a_plain_statement_stated_once_is_no_claim():
    claims = link_articles([("a", FIRST), ("b", SECOND)])
    texts = {m.text for c in claims for m in c.mentions}
    assert "Anglers were asked to stay off the towpath." not in texts
    assert "The bakery on the corner sold out of bread before noon." not in texts
    assert "Heavy rain fell across the valley on Tuesday." in texts


def test_plain_statements_merely_on_one_subject_are_not_linked():
    first = "The lock keepers on the canal have worked through the night in the rain.\n"
    second = "The canal bakery kept its ovens running through the night for the rescue crews.\n"
    claims = link_articles([("a", first), ("b", second)])
    assert all(len(c.mentions) == 1 for c in claims)
    assert claims == []
