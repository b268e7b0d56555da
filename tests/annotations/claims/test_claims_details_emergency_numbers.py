from annotations.claims.normalise import details


def test_an_emergency_number_dialled_is_no_count():
    for sentence in ("The town's 999 centre took the calls from the valley on Sunday.",
                     "Residents were told to call 911 only for fires on Sunday.",
                     "No 112 call went unanswered during the storm, the mayor said."):
        assert details(sentence, "en").figures == ()


def test_a_count_of_calls_beside_the_emergency_number_stays_a_count():
    figures = details("The 911 centre handled 640 calls by Sunday night.", "en").figures
    assert [f.value for f in figures] == [640.0]
