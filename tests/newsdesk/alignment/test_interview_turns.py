"""Interviews and fact-check boxes: the labels that lead their lines ("PRESTWICK:", "Q:", "Verdict:") are the page's
form, not what a line reports, and an interviewer's question holds together with the answer right after it."""

import numpy as np

from newsdesk.alignment import clustering
from newsdesk.alignment.clustering import PassageText


def test_a_line_leading_speaker_or_field_label_is_left_out_of_the_words_counted():
    assert clustering.without_labels("PRESTWICK: Why did the ferry stop?") == "Why did the ferry stop?"
    assert clustering.without_labels("Q: When will the pier reopen?") == "When will the pier reopen?"
    assert clustering.without_labels("Dr Ilse Vale: We closed it on Friday.") == "We closed it on Friday."
    assert clustering.without_labels("Verdict: False. Only one route was cut.") == "False. Only one route was cut."
    assert clustering.without_labels("ዘጋቢ፦ ጀልባው ቆሟል።") == "ጀልባው ቆሟል።"


def test_a_clause_before_a_colon_or_a_clock_time_is_no_label():
    assert clustering.without_labels("The harbour master said: the pier is unsafe.") == (
        "The harbour master said: the pier is unsafe.")
    assert clustering.without_labels("At 10:30 the last ferry left.") == "At 10:30 the last ferry left."


def test_two_questions_of_one_interviewer_share_nothing_by_the_label_alone():
    texts = ["PRESTWICK: When did the ferry stop running?", "VALE: On Friday, after the storm broke the ramp.",
             "PRESTWICK: Who pays for a new pier?", "VALE: The island council, from its reserves."]
    passages = [PassageText(key=number, article="interview", index=number, text=text)
                for number, text in enumerate(texts)]

    vectors = clustering.word_vectors(passages)

    assert (vectors[0] @ vectors[2].T).toarray()[0, 0] == 0


def test_an_interviewers_question_holds_with_the_answer_after_it_and_opens_a_segment():
    # a: an intro, then two turns; the first question is worded like the intro, the second like the answer before
    # it; b: an outlet that reports none of it closely.
    articles = ["a"] * 5 + ["b", "b"]
    indexes = [0, 1, 2, 3, 4, 0, 1]
    texts = ["The island's ferry has not run since Friday, and the council met on Monday.",
             "PRESTWICK: When did the ferry stop running?",
             "VALE: On Friday, after the storm broke the ramp at the pier.",
             "PRESTWICK: Will the pier at the ramp be rebuilt?",
             "VALE: The island council will pay from its reserves.",
             "Ferry services to the island were halted.", "The council meets again next week."]
    pairs = {(0, 1): 0.7, (1, 2): 0.1, (2, 3): 0.7, (3, 4): 0.1, (0, 5): 0.2, (4, 6): 0.2, (5, 6): 0.1}
    matrix = np.eye(len(texts))
    for (first, second), value in pairs.items():
        matrix[first, second] = matrix[second, first] = value

    segment = clustering.segments(matrix, articles, indexes, texts)

    assert segment[1] == segment[2] and segment[3] == segment[4]
    assert segment[0] != segment[1] and segment[2] != segment[3]


def test_a_question_in_prose_without_a_speakers_label_is_no_interview_turn():
    assert clustering.asks_what_follows("DANE: Where does the money go?")
    assert not clustering.asks_what_follows("Where does the money go?")
    assert not clustering.asks_what_follows("DANE: The money goes to the harbour.")


def test_a_label_that_leads_one_line_of_an_article_only_stays_among_its_words():
    passages = [PassageText(key=0, article="a", index=0, text="PRESTWICK: Who pays?"),
                PassageText(key=1, article="a", index=1, text="PRESTWICK: When?"),
                PassageText(key=2, article="a", index=2, text="Harbourside: The pier shut on Friday."),
                PassageText(key=3, article="b", index=0, text="VALE: The council pays.")]

    assert clustering.repeated_labels(passages) == {repr("a"): {"PRESTWICK"}}
