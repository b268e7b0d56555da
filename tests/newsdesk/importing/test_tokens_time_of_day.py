"""English writes the time of day with stops ("a.m.", "p.m."): a weekday, a month or a time zone after it goes on
with the same sentence, while a sentence that opens on another capital is a new one. Every text here is invented
for the test."""

from newsdesk.importing.tokens import tokenize


def sentences(text):
    return [s.text for s in tokenize(text).sents]


def test_a_weekday_after_a_time_of_day_goes_on_with_its_sentence():
    text = "The pipe burst at 4:20 a.m. Sunday, when the pumps stopped. Crews came at once."
    assert sentences(text) == ["The pipe burst at 4:20 a.m. Sunday, when the pumps stopped.", "Crews came at once."]


def test_a_time_zone_or_a_month_after_a_time_of_day_goes_on_with_its_sentence():
    assert len(sentences("The vote closes at 8 p.m. EST on the day of the poll.")) == 1
    assert len(sentences("Doors open at 10 a.m. June 3 at the old hall.")) == 1
    assert len(sentences("The alarm sounded at 3:15 a.m. Monday in the depot.")) == 1


def test_a_new_sentence_after_a_time_of_day_stays_a_sentence_of_its_own():
    assert sentences("The ferry left at 6 p.m. The crossing took two hours.") == [
        "The ferry left at 6 p.m.", "The crossing took two hours."
    ]


def test_a_time_of_day_joins_only_the_next_sentence_and_the_rest_keep_their_bounds():
    text = "Kim arrived at 7 a.m. Friday. The mayor spoke at 9 p.m. GMT. Nobody left."
    assert sentences(text) == ["Kim arrived at 7 a.m. Friday.", "The mayor spoke at 9 p.m. GMT.", "Nobody left."]
