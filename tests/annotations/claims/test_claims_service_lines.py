"""A service line tells the reader what to do ("Call 911 in an emergency just as you normally would", "If you have
an emergency, call 911 like you always would"): an instruction, no fact of the story, so no claim, however alike
two outlets word it. A sentence that opens on "If you …" and goes on to state a fact stays a claim, and so does a
statement about a call that opens with a noun or a name."""

from annotations.claims.finding import find_mentions


def texts(text):
    return [m.text for m in find_mentions("a", text, "en", plain=True)]


def test_an_imperative_service_line_is_no_claim():
    assert texts("Call 911 in an emergency just as you normally would.") == []
    assert texts("Visit the Tarrow County website on Monday for the list of open offices.") == []


def test_an_instruction_after_a_condition_is_no_claim():
    assert texts("If you have an emergency, call 911 like you always would.") == []
    assert texts("If your bin was missed on Tuesday, please phone the Tarrow depot.") == []


def test_a_condition_followed_by_a_fact_stays_a_claim():
    sentence = "If you have a book on hold, it will stay on the Tarrow shelf until the branches reopen."
    assert texts(sentence) == [sentence]


def test_a_statement_about_calls_stays_a_claim():
    sentence = "Calls to 911 in Tarrow County were answered within ten seconds on Monday."
    assert texts(sentence) == [sentence]
    sentence = "Visits to the Tarrow County library fell by 40 per cent on Monday."
    assert texts(sentence) == [sentence]


def test_a_reported_instruction_stays_a_claim():
    sentence = "Sheriff Dana Moyle told residents to call 911 only in an emergency on Monday."
    assert texts(sentence) == [sentence]


def test_a_verb_of_service_read_as_a_noun_stays_a_claim():
    sentence = "Report finds 40 jobs at the Tarrow depot will go by March."
    assert texts(sentence) == [sentence]
    sentence = "Use of the Tarrow ferry fell by a third in 2025."
    assert texts(sentence) == [sentence]


def test_a_noun_compound_opening_on_a_verb_of_service_stays_a_claim():
    # the verb of service is the first word of a noun ("contact tracing", "phone records"): what follows it is no
    # object (a determiner, a pronoun, a figure, a web address, a name) but the rest of the subject
    for sentence in (
        "Contact tracing has identified 40 new cases in Tarrow County.",
        "Phone records show 300 calls were made from the Tarrow depot.",
        "Text messages seen by the Tarrow Ledger show 12 payments.",
        "Report cards went to 2,000 pupils in Tarrow on Friday.",
        "Check points were set up at 4 junctions around Tarrow.",
    ):
        assert texts(sentence) == [sentence]


def test_a_verb_of_service_before_its_object_is_still_a_service_line():
    assert texts("Contact the Tarrow depot on 0800 for a new bin.") == []
    assert texts("Check your bin day on the Tarrow County website.") == []
    assert texts("Sign up for the Tarrow County alerts before Monday.") == []
