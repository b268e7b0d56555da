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


def _flags_of_the_claim_naming(word, texts):
    from annotations.claims.linking import link_articles

    claims = [c for c in link_articles(texts.items()) if len({m.article for m in c.mentions}) > 1]
    claim = next(c for c in claims if all(word in m.text for m in c.mentions))
    return {m.article: flag for m, flag in zip(claim.mentions, claim.differs, strict=True)}


def test_a_minute_stated_beside_the_sentence_is_its_moment_and_two_outlets_minutes_differ():
    texts = {
        "live": "Kick-off at Marlow Park.\n\n"
                "58' RED CARD! Jonas Birch is sent off for a two-footed lunge on Pavel Oduya near the halfway line. "
                "The referee does not hesitate.",
        "report": "It was a grim afternoon for Brisworth.\n\n"
                  "The final turned in the 58th minute. Jonas Birch went in with both feet on Pavel Oduya near the "
                  "halfway line and was sent off.",
        "wire": "Brisworth Town lost the county final.\n\n"
                "Brisworth had defender Jonas Birch sent off in the 57th minute for a two-footed tackle on Pavel "
                "Oduya near the halfway line.",
    }
    assert _flags_of_the_claim_naming("Birch", texts) == {"live": False, "report": False, "wire": True}


def test_a_sentence_with_its_own_minute_keeps_it():
    texts = {
        "live": "71' GOAL! Tom Ashby scores a penalty for Kestle Albion after a handball by Cotter.",
        "report": "The final turned in the 58th minute. In the 71st minute Tom Ashby scored a penalty for Kestle "
                  "Albion after a handball by Cotter.",
    }
    assert _flags_of_the_claim_naming("Ashby", texts) == {"live": False, "report": False}
