"""A question asks who said what; it attributes nothing. A question is told by its mark and by the auxiliary that
stands before its subject ("What did the engineers say?"), so words reported inside one still count ("Why, as the
mayor said, does the council wait?") and so does a question someone is reported to ask."""

from annotations.suggestions import suggest

# A sentence before the one under test, so that a lone short line is read as prose, not as page furniture.
LEAD = "Tolls went up twice last winter, and the harbour board met to argue over the fees. "


def found(sentence):
    text = LEAD + sentence
    return [(text[s.start : s.end], s.source) for s in suggest(text, tag="attribution") if s.start >= len(LEAD)]


def test_a_question_with_its_auxiliary_before_the_subject_attributes_nothing():
    assert found("What did the engineers say?") == []
    assert found("Why did officials say nothing about the cracks?") == []
    assert found("Did the minister say the plan would cost £5m?") == []
    assert found("Why has the council said nothing?") == []
    assert found("What will the regulator say about the leak?") == []


def test_a_crosshead_question_leaves_the_report_after_it_alone():
    text = "What did the engineers say?\n\nThe engineers said the cracks were deep."
    assert found(text) == [("The engineers said", "The engineers")]


def test_words_reported_inside_a_question_are_still_attributed():
    assert found("Why, as the mayor said, does the council wait?") == [("the mayor said", "the mayor")]
    assert found("How, according to the council, will the bridge be paid for?") == [
        ("according to the council", "the council")
    ]


def test_a_question_quoted_is_the_speaker_s_and_the_cue_after_it_stands():
    assert found("“Why did nobody say anything?” the mayor said.") == [("the mayor said", "the mayor")]


def test_a_statement_with_its_auxiliary_after_the_subject_keeps_its_cue():
    assert found("The engineers have said the cracks were deep.") == [("The engineers have said", "The engineers")]
