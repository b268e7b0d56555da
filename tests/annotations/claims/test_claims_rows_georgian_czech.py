"""A claim row as a reviewer reads it: its label in the case its language writes, and the outlet whose sentence the
label quotes marked as stating the claim, not as differing from it."""

from types import SimpleNamespace

import pytest

from annotations.claims.finding import find_mentions
from annotations.claims.linking import Linker, label_for
from annotations.claims.matrix import Cell, quotes, story_claims
from annotations.claims.models import Claim
from newsdesk.models import Story


def test_a_georgian_label_opens_in_small_letters_as_its_prose_does():
    label = label_for("ორშაბათს დილით ვარძიელის გზაზე 40 მანქანა გაიჭედა.")
    assert label.startswith("ორშაბათს")  # not the capital (Mtavruli) "Ო", which Georgian prose never writes
    assert label_for("and 40 cars were stuck on the Varnsby road.").startswith("40 cars")
    assert label_for("forty cars were stuck on the Varnsby road.").startswith("Forty")


def mentions_of(*sentences):
    found = []
    for key, text in enumerate(sentences):
        found.extend(find_mentions(key, text))
    return found


def test_a_label_quotes_a_mention_that_states_the_claim_not_one_that_differs():
    mentions = mentions_of("Floodwater reached 42 houses in Varnsby on Sunday.",
                           "Floodwater reached 42 houses in the village of Varnsby on Sunday.",
                           "Floodwater reached 45 houses in Varnsby on Sunday, the mayor said.")
    linker = Linker(mentions)

    def closest_to_the_third(i, j):  # the mention that differs (45 houses) stands in the middle of the claim
        return 1.0 if 2 in (i, j) else 0.1

    claim = linker._claim([0, 1, 2], closest_to_the_third)

    assert claim.differs == [False, False, True]
    assert "42 houses" in claim.label
    assert "45" not in claim.label


def test_a_cell_whose_sentence_the_label_quotes_states_the_claim_though_no_figure_has_a_majority():
    differing = SimpleNamespace(differs=True)
    assert Cell(article=None, mentions=[differing], labelled=True).state == "states"
    assert Cell(article=None, mentions=[differing]).state == "differs"
    assert Cell(article=None, mentions=[differing], labelled=True, compared=True).state == "states"


def test_a_label_quotes_the_sentence_it_was_cut_from_case_and_cuts_aside():
    sentence = "The river Varna rose to 3.4 metres at the mill bridge, and the water flooded the lower town."
    assert quotes(label_for(sentence, limit=50), sentence)
    assert quotes("…rose to 3.4 metres at the mill bridge…", sentence)
    assert quotes("Floodwater reached “the lower town”…", "floodwater reached “the lower town” by dawn")
    assert not quotes("The river Varna rose to 3.1 metres…", sentence)
    assert not quotes("Flooding in the lower town", sentence)  # an editor's own words quote no mention
    assert not quotes("…", sentence)


RIVER = [
    ("Varna Herald", "The river Varna rose to 3.4 metres at the mill bridge in Osterby on Sunday night.\n\n"
                     "The council opened the sports hall of the primary school to families from the flooded streets."),
    ("Northwire", "The river Varna rose to 3.1 metres at the mill bridge in Osterby on Sunday night, the fire "
                  "service said.\n\n"
                  "A hundred and twenty firefighters worked through the night to shore up the embankment."),
]


@pytest.mark.django_db
def test_of_two_outlets_giving_two_figures_the_one_the_label_quotes_states_the_claim(
    make_article, django_capture_on_commit_callbacks, reviewer
):
    story = Story.objects.create(title="Osterby flood", slug="osterby-flood")
    with django_capture_on_commit_callbacks(execute=True):
        for outlet, text in RIVER:
            make_article(text, outlet=outlet, story=story)
    claim = Claim.objects.get(story=story, mentions__quote__contains="3.4 metres")
    assert claim.mentions.count() == 2  # linked: one fact, two figures
    assert all(claim.mentions.values_list("differs", flat=True))  # neither figure has a majority

    row = story_claims(story, reviewer).row_for(claim.pk)
    states = {cell.article.outlet.name: cell.state for cell in row.cells}
    quoted = next(m.article.outlet.name for m in row.mentions if quotes(claim.label, m.quote))
    assert states[quoted] == "states"
    assert sorted(states.values()) == ["differs", "states"]


@pytest.mark.django_db
def test_the_panel_of_the_outlet_the_label_quotes_does_not_say_its_detail_differs(
    make_article, django_capture_on_commit_callbacks, client, reviewer
):
    import re

    from django.urls import reverse

    story = Story.objects.create(title="Osterby flood", slug="osterby-flood")
    with django_capture_on_commit_callbacks(execute=True):
        for outlet, text in RIVER:
            make_article(text, outlet=outlet, story=story)
    client.force_login(reviewer)

    page = client.get(reverse("annotations:story-claims", args=[story.slug])).content.decode()
    cells = re.findall(r'<td class="claim-cell claim-cell-(\w+)[^"]*">(.*?)</td>', page, re.DOTALL)
    by_state = {state: body for state, body in cells if "metres at the mill bridge" in body}

    assert set(by_state) == {"states", "differs"}
    assert "A detail differs" in by_state["differs"]
    assert "A detail differs" not in by_state["states"]
