"""A match's score ("2–1") is one figure, never two counts, where the sentence reads as a result (teams on both
sides, a verb of winning before it, a noun of a result after it); a minute mark ("87'", "the 58th minute",
"a 23rd-minute header") is a moment of the match, no count of minutes."""

from annotations.claims.normalise import details


def _figures(text):
    return [(f.kind, f.value) for f in details(text, "en").figures]


def test_a_score_between_two_teams_is_one_figure_whichever_side_won():
    assert _figures("Kestle Albion 3–2 Brisworth Town") == [("score", 302.0)]
    assert _figures("Brisworth Town lost 2-3 at home to Kestle Albion.")[0] == ("score", 302.0)


def test_a_score_after_a_verb_of_winning_or_before_a_noun_of_a_result():
    assert ("score", 100.0) in _figures("Albion beat ten-man Brisworth 1-0 in the county final on Sunday.")
    assert ("score", 402.0) in _figures("It was a 4-2 victory for the visitors.")
    assert ("count", 2.0) not in _figures("It was a 4-2 victory for the visitors.")


def test_a_range_or_a_vote_is_no_score():
    assert ("score", 511.0) not in _figures("Children aged 5-11 attended the sessions.")
    assert ("score", 702.0) not in _figures("The judges ruled 7-2 that the law stood.")


def test_a_minute_mark_is_a_moment_of_the_match_not_a_count():
    assert _figures("87' GOAL! Tansey heads in.") == [("minute", 87.0)]
    assert _figures("Tansey scored in the 87th minute.") == [("minute", 87.0)]
    assert _figures("Oduya's 23rd-minute header") == [("minute", 23.0)]
    assert _figures("90+4' The referee blows for full time.") == [("minute", 94.0)]


def test_two_outlets_minute_marks_of_one_sending_off_differ():
    assert _figures("Birch was sent off in the 57th minute.") != _figures("Birch was sent off in the 58th minute.")


def test_a_duration_in_minutes_is_still_a_count_of_them():
    assert ("minute", 70.0) not in _figures("For 70 minutes the visitors held on.")
