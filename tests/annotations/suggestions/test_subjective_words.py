"""The fitted scorer of subjective words (``subjective_words``): features from lexicons and context, shipped
weights, and its place after the rules. Plain functions, on sentences written for the test."""

from annotations.suggestions import DEFAULT_LEXICON, subjective_words, suggest
from annotations.suggestions.base import split_lines
from annotations.suggestions.subjective_words import FEATURES, article_words, probability, reason, weights

EVERY_WORD = {"features": list(FEATURES), "coefficients": [0.0] * len(FEATURES), "intercept": 0.0,
              "threshold": 0.0, "article_gate": 0.0}


def scored(text):
    """Each candidate word of ``text`` -> (its word object, its probability under the shipped weights)."""
    lines = split_lines(text)
    return {w.text: (w, probability(w.features)) for words in article_words(lines) for w in words}


def test_the_weights_file_loads_and_holds_one_coefficient_per_feature():
    model = weights()

    assert tuple(model["features"]) == FEATURES
    assert len(model["coefficients"]) == len(FEATURES)
    assert model["threshold"] > 0  # a probability, or above every one when the fit ships the scorer silent
    assert 0 <= model["article_gate"] < 1


def test_a_threshold_above_every_probability_silences_the_scorer_but_not_the_rules():
    text = "The council approved a pathetic, shameful and utterly disastrous plan for the budget on Tuesday."
    lines = split_lines(text)

    assert subjective_words.suggest(lines, [], {**weights(), "threshold": 2.0}) == []
    assert subjective_words.suggest(lines, [], EVERY_WORD)  # the same words, a model that takes every one
    assert any(s.tag == "rhetoric" for s in suggest(text))  # the rules still speak


def test_a_subjective_adjective_in_the_writers_words_scores_above_a_neutral_one():
    words = scored("The council approved a pathetic plan for the annual budget on Tuesday.")

    assert words["pathetic"][1] > words["annual"][1]
    assert words["pathetic"][1] > words["budget"][1]


def test_function_words_are_not_candidates():
    words = scored("The council approved a disgraceful plan for the annual budget on Tuesday.")

    assert not {"The", "a", "for", "the", "on"} & set(words)


def test_names_and_words_held_neutral_in_news_are_not_candidates():
    words = scored("Yesterday the Rovers signed a dreadful deal, the latest of several, with Harcourt Mills.")

    assert "dreadful" in words
    assert not {"Rovers", "Harcourt", "Mills", "latest"} & set(words)


def test_a_word_inside_a_long_quotation_is_never_scored_nor_suggested():
    text = "Residents were furious.\nThe mayor said: “This is a disgraceful and shameful betrayal of us all.”"
    lines = split_lines(text)

    candidates = {w.text for words in article_words(lines) for w in words}
    suggested = subjective_words.suggest(lines, [], EVERY_WORD)  # a model that would take every candidate

    assert "disgraceful" not in candidates and "betrayal" not in candidates
    assert "furious" in candidates
    assert all(s.end <= text.index("“") or s.start > text.index("”") for s in suggested)
    assert any(text[s.start : s.end] == "furious" for s in suggested)


def test_a_short_quotation_reported_by_a_neutral_verb_is_the_speakers_not_the_writers():
    text = "The minister said the figures were “frankly appalling” and promised a review."
    lines = split_lines(text)

    candidates = {w.text for words in article_words(lines) for w in words}

    assert "appalling" not in candidates and "frankly" not in candidates
    assert "promised" in candidates


def test_the_reason_names_the_part_of_speech_the_lexicon_ratings_and_the_context():
    word, score = scored("Critics called it a pathetic plan.")["pathetic"]

    said = reason(word, score)

    assert "“pathetic”" in said
    assert "adjective" in said
    assert "VADER" in said and "Pattern subjectivity lexicon" in said and "textblob" not in said
    assert "before a noun" in said
    assert "likely rhetoric (score" in said


def test_adjacent_words_above_the_threshold_make_one_suggestion_and_taken_spans_are_left_alone():
    text = "A truly dreadful, shameful spectacle."
    lines = split_lines(text)
    taken = [s for s in suggest(text, tag="rhetoric") if s.rule != subjective_words.RULE]

    everything = subjective_words.suggest(lines, [], EVERY_WORD)
    around_taken = subjective_words.suggest(lines, taken, EVERY_WORD)

    assert [text[s.start : s.end] for s in everything] == ["truly dreadful", "shameful spectacle"]
    assert all(s.rule == "rhetoric.subjective_word" and s.tag == "rhetoric" for s in everything)
    assert taken
    assert not any(s.start < t.end and t.start < s.end for s in around_taken for t in taken)


TABLOID = (
    "Shameless bosses hand themselves a grotesque bonus\n\n"
    "The greedy directors of the failing chain pocketed a grotesque bonus while loyal staff faced miserable cuts "
    "to their hours. The pathetic excuses of the board left workers bitter and furious about the sorry mess, and "
    "shoppers were baffled by the shabby stores, the gloomy aisles and the woeful queues at every till. One "
    "weary cashier described the mood as grim and the managers as smug, aloof and utterly clueless about what "
    "their ruthless penny-pinching had done to a once cherished high-street name. Suppliers grumbled about "
    "unpaid invoices, landlords about missed rents, and the tiny pension fund about a dreadful shortfall."
)
WIRE = (
    "Port workers begin strike over pay\n\n"
    "Dock workers at the northern port began a 48-hour strike on Monday after talks on pay broke down, the union "
    "said. The port handles about a fifth of the country's container traffic. Managers said ships would be "
    "diverted to other terminals until Wednesday, when the stoppage ends. The union is asking for a rise of six "
    "per cent this year; the company has offered four per cent over two years. Talks are due to resume next "
    "week at the offices of the conciliation service in the capital, a spokesman for the service said. Freight "
    "firms said deliveries to supermarkets and factories in the region would be delayed by two or three days."
)


def test_the_scorers_spans_fall_only_where_the_rules_found_nothing():
    # A model that would take every candidate word: the shipped one may be silent (its threshold above 1).
    rules = [s for s in suggest(TABLOID, tag="rhetoric") if s.rule != subjective_words.RULE]
    scorer = subjective_words.suggest(split_lines(TABLOID), rules, EVERY_WORD)

    assert scorer and rules
    assert not any(s.start < r.end and r.start < s.end for s in scorer for r in rules)


def test_the_scorer_is_silent_in_an_article_of_plain_register():
    model = dict(EVERY_WORD, article_gate=weights()["article_gate"])

    assert subjective_words.register(split_lines(WIRE)) < model["article_gate"] <= subjective_words.register(
        split_lines(TABLOID))
    assert subjective_words.suggest(split_lines(WIRE), [], model) == []
    assert subjective_words.suggest(split_lines(TABLOID), [], model) != []


def test_a_text_too_short_to_tell_its_register_gets_nothing_from_the_scorer():
    text = "Greedy, shameless, pathetic bosses pocket a grotesque bonus."

    assert subjective_words.register(split_lines(text)) == 0.0
    assert not [s for s in suggest(text, tag="rhetoric") if s.rule == subjective_words.RULE]


def test_a_term_of_the_editors_lexicon_is_left_to_the_lexicon():
    text = TABLOID.replace("the sorry mess", "an isolated incident")
    lines = split_lines(text)

    suggested = subjective_words.suggest(lines, [], EVERY_WORD, lexicon=DEFAULT_LEXICON)

    assert not any("isolated" in text[s.start : s.end] for s in suggested)
    assert any("incident" in text[s.start : s.end] for s in suggested)
