"""Labels of page shapes a printed column or a public broadcaster's page gives: words a column broke by a hyphen
at a line's end are read whole, and a note in which the outlet speaks to its reader gives no label."""

from newsdesk.alignment import labels

# Invented passages.
COURT = [
    "Hearings at the Maple Valley Court post-\nponed until April, the clerk said.",
    "The Maple Valley Court post-\nponed all hearings.",
    "Lunch menus at the school cafeteria.",
    "The school cafeteria menus changed.",
]


def test_a_label_reads_a_word_broken_at_a_line_end_whole():
    names = labels.label_topics(COURT, [0, 0, 1, 1], [0, 1, 0, 1])

    assert names[0] == "Maple Valley Court"
    assert not any(label.endswith(("post", "post-")) for label in names.values())


def test_an_outlet_calling_on_its_reader_is_told_outside_quotations_only():
    assert labels.speaks_to_reader("Got a story idea? Email tips to our desk or call us.")
    assert labels.speaks_to_reader("Support your local radio station. Donate today.")
    assert not labels.speaks_to_reader("“Please call our helpline,” the mayor said.")
    assert not labels.speaks_to_reader("The council will email residents about the closure.")
    assert not labels.speaks_to_reader("Residents can call the water board from Monday.")


def test_a_row_is_labelled_from_its_body_not_from_the_outlets_note_in_it():
    texts = [
        "Have a question that we have not answered? Email newsroom tips to our Ask Harbor team or call our newsroom.",
        "The gale tore the roof off the old Fenmoor grain barn.",
        "Bus routes were changed around the station.",
        "Bus routes will return to normal on Friday.",
    ]

    names = labels.label_topics(texts, [0, 0, 1, 1], [0, 1, 0, 1])

    assert names[0] == "Old Fenmoor grain barn"


def test_a_story_in_another_language_keeps_every_passage_for_its_labels():
    texts = ["Lisez notre dossier sur la crue de la Vire.", "La crue de la Vire a inondé le quartier.",
             "Les routes du quartier sont fermées.", "Les routes fermées rouvriront lundi."]

    names = labels.label_topics(texts, [0, 0, 1, 1], [0, 1, 0, 1])

    assert len(names) == 2
