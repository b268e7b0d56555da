"""A label cut right after its key figure ends on the figure's digits, never on a multiplier word."""

from annotations.claims.linking import label_for


def test_a_label_is_not_cut_after_million():
    text = ("Harbour master Idris Penhale put the cost of dredging the channel this winter at about $3.2 million, "
            "of which the port authority's reserve fund will pay $2 million.")
    label = label_for(text)
    assert not label.rstrip("…").endswith("million")
    assert "$3.2 million" in label
