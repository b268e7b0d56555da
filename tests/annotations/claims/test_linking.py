"""The claim finder and linker on their own: plain functions, no database."""

import pytest

from annotations.claims.finding import find_mentions
from annotations.claims.linking import date_conflict, label_for, link_articles
from annotations.claims.normalise import details
from newsdesk.alignment import labels, wordclass
from newsdesk.importing import ingest
from newsdesk.importing.scripts import cased
from tests.newsdesk.corpus_stories import story, written_stories


def figures(text):
    return [(f.kind, round(f.value, 4), f.hedge) for f in details(text).figures]


def linked(claims, a_words, b_words):
    for claim in claims:
        texts = [m.text for m in claim.mentions]
        if any(a_words in t for t in texts) and any(b_words in t for t in texts):
            return claim
    return None


def test_number_words_and_digits_are_the_same_figure():
    assert figures("Fourteen crossings were cancelled.") == figures("14 crossings were cancelled.")


def test_compound_number_words_are_read_whole():
    assert figures("Cases have passed one hundred and ten.") == [("count", 110, "bound")]


def test_shares_in_words_and_per_cent_are_one_ratio():
    assert figures("Nine in ten were children.")[0][1] == figures("About 90 per cent were children.")[0][1] == 0.9


def test_a_directional_hedge_makes_a_bound_and_a_vague_one_rounds():
    assert figures("Nearly 30 boats came.")[0][2] == "bound"
    assert figures("About 30 boats came.")[0][2] == "rounded"


@pytest.mark.parametrize("text, expected", [
    ("The council spent about $5m on the bridge.", ("money:USD", 5_000_000, "rounded")),
    ("Nearly $2.4bn was lost.", ("money:USD", 2_400_000_000, "bound")),
    ("They paid more than £300,000 in fines.", ("money:GBP", 300_000, "bound")),
    ("Roughly €40m went to the port.", ("money:EUR", 40_000_000, "rounded")),
    ("The council spent $5m on the bridge.", ("money:USD", 5_000_000, "")),
])
def test_a_hedge_before_a_currency_sign_hedges_the_sum(text, expected):
    assert figures(text) == [expected]


def test_money_keeps_its_currency_and_multiplier():
    assert figures("They gave £2.5 million to the fund.") == [("money:GBP", 2_500_000, "")]
    assert figures("A fund of 12 million euros was set up.") == [("money:EUR", 12_000_000, "")]


def test_years_days_and_weekdays_are_dates_not_figures():
    found = details("On Saturday 20 April 2024 the clinics opened at 09:30.")
    assert found.figures == ()
    assert {"weekday:saturday", "day:april-20", "month:april", "year:2024"} <= found.dates


def test_names_ignore_the_sentence_opening_word_and_split_hyphens():
    assert {"kim", "jong", "un"} <= details("Leader Kim Jong-un visited a plant.").names
    assert "the" not in details("The plant opened.").names


def test_headlines_questions_and_menus_are_not_mentions():
    text = ("Trawlers seal off the port\n\nHome | News | Sport\n\nHow many boats came?\n\n"
            "27 trawlers blocked the port on Monday.")
    mentions = find_mentions(1, text)
    assert [m.text for m in mentions] == ["27 trawlers blocked the port on Monday."]


def test_mention_offsets_are_code_points_and_skip_speaker_labels():
    text = "🚢 Intro line without end\n\nREPORTER: The minister, Ana Delcourt, toured the harbour on Wednesday."
    [mention] = find_mentions(1, text)
    assert text[mention.start:mention.end] == mention.text
    assert mention.text.startswith("The minister")


def test_a_dateline_is_not_a_detail_of_the_fact():
    [mention] = find_mentions(1, "PORT KESSARY, March 4 (Wire) - Nearly 30 boats blocked the harbour on Monday.")
    assert mention.text.startswith("Nearly 30 boats")
    assert "month:march" not in mention.details.dates
    [mention] = find_mentions(1, "SEOUL (Metro Agency) - Kim Jong-un ordered more shells on Friday.")
    assert mention.text.startswith("Kim Jong-un") and "agency" not in mention.details.names


def test_compatible_but_different_figures_link_and_the_hedged_one_differs():
    claims = link_articles([
        ("a", "The crews moored 27 trawlers across the harbour of Saltby on Monday in protest."),
        ("b", "Nearly 30 fishing boats blocked the harbour of Saltby on Monday in a protest."),
        ("c", "A line of 27 trawlers sealed the harbour at Saltby since Monday."),
    ])
    claim = linked(claims, "Nearly 30", "27 trawlers across")
    assert claim is not None
    flags = {m.article: d for m, d in zip(claim.mentions, claim.differs, strict=True)}
    assert flags == {"a": False, "b": True, "c": False}


def test_each_link_states_what_the_mentions_share():
    claims = link_articles([
        ("a", "The crews moored 27 trawlers across the harbour of Saltby on Monday in protest."),
        ("b", "A line of 27 trawlers sealed the harbour at Saltby since Monday."),
    ])
    claim = linked(claims, "moored", "A line")
    assert all("27 trawlers" in reason and "Monday" in reason for reason in claim.reasons)


def test_two_visits_in_different_months_are_two_claims():
    claims = link_articles([
        ("a", "The fisheries minister, Ana Delcourt, visited the port in March to meet the union."),
        ("b", "When the fisheries minister, Ana Delcourt, visited the port in November she met the union."),
    ])
    assert linked(claims, "March", "November") is None


def test_the_same_figure_for_another_year_is_another_claim():
    claims = link_articles([
        ("a", "Uptake of the second vaccine dose in the district fell to 84% in 2023, officials said."),
        ("b", "Uptake of the second vaccine dose in the district stood at 84% in 2019, officials said."),
    ])
    assert linked(claims, "2023", "2019") is None


def test_a_claim_in_a_quote_links_with_the_same_claim_in_narration():
    claims = link_articles([
        ("a", 'Tomas Reyne said: "Our members have lost a third of their income since 2022."'),
        ("b", "The fishermen's union said members' income had fallen by a third since 2022."),
    ])
    assert linked(claims, "Reyne", "fallen") is not None


def test_a_share_of_the_budget_is_not_the_sum_it_comes_to():
    claims = link_articles([
        ("a", "The ministry offered a compensation fund of 12 million euros to the fleet."),
        ("b", "That compensation is about a third of the ministry's annual fisheries budget."),
    ])
    assert linked(claims, "12 million", "a third") is None


def test_date_conflicts_are_judged_at_the_same_grain():
    assert date_conflict({"month:november"}, {"month:march"}) == "month"
    assert date_conflict({"weekday:wednesday"}, {"month:november"}) == "cross"
    assert date_conflict({"year:2024", "month:march"}, {"year:2024"}) == ""


def test_words_used_interchangeably_count_as_one():
    from annotations.claims.linking import content_words

    assert content_words("The soldiers were deployed") == content_words("The troops were sent")


def test_stemming_meets_plural_and_verb_forms_ending_in_e():
    from annotations.claims.linking import stem

    assert stem("missile") == stem("missiles")
    assert stem("increase") == stem("increased") == stem("increases")
    assert stem("supplies") == stem("supply") == stem("shipment")


def test_a_figure_per_unit_of_time_is_a_rate_not_a_count():
    assert figures("The operator runs 14 crossings a day in summer.") == [("count/day", 14, "")]
    assert figures("They lost 20 boats a week ago.") == [("count", 20, "")]


def test_a_rate_does_not_link_with_a_count_of_the_same_number():
    claims = link_articles([
        ("a", "Fourteen ferry crossings to the islands were cancelled on Monday, the operator said."),
        ("b", "The ferry operator confirms 14 crossings have been cancelled today."),
        ("c", "The operator runs 14 crossings a day between the port and the islands in summer."),
    ])
    assert linked(claims, "Fourteen ferry", "confirms 14")
    assert not linked(claims, "Fourteen ferry", "runs 14")


def test_a_name_rare_in_the_story_weighs_more_than_one_in_every_mention():
    from annotations.claims.finding import find_mentions as find
    from annotations.claims.linking import name_weights

    text = ("Officials in Norland said the budget grew again. Troops from Norland were sent to Kessary. "
            "The ministers of Norland met in the capital. The farmers of Norland protested against the tax.")
    weights = name_weights(find("a", text))
    assert weights["kessary"] > weights["norland"]


def test_a_hedged_figure_beside_its_stated_value_is_close_evidence():
    from annotations.claims.linking import close_figures

    assert close_figures(details("Cases have passed one hundred and ten.").figures,
                         details("The district has recorded 112 cases.").figures) == "hedged"
    assert close_figures(details("The district has recorded 23 cases.").figures,
                         details("The district has recorded 112 cases.").figures) == ""


def test_a_relative_clause_stating_a_fact_of_its_own_is_a_mention_of_its_own():
    text = ("North Korea has been sending artillery shells to Russia, according to officials in Seoul, who say "
            "at least 13,000 containers have crossed since August 2023.")
    spans = [m.text for m in find_mentions("a", text)]
    assert spans == ["North Korea has been sending artillery shells to Russia, according to officials in Seoul",
                     "who say at least 13,000 containers have crossed since August 2023."]


def test_of_three_different_figures_the_middle_one_stands_and_the_others_differ():
    from annotations.claims.linking import differing

    mentions = [find_mentions(k, t)[0] for k, t in (
        ("a", "About 11,000 North Korean soldiers had been sent to Russia, the spy agency said."),
        ("b", "More than 10,000 North Korean troops are now in Russia, officials said."),
        ("c", "Seoul believes some 12,000 North Korean soldiers have gone to Russia."),
    )]
    assert differing(mentions) == [False, True, True]


def test_a_sentence_quoting_a_statement_is_a_mention_without_a_name_or_figure():
    quoted = 'He told the factories to meet the "growing needs of the missile and artillery forces" at once.'
    assert [m.text for m in find_mentions("a", quoted)] == [quoted]
    assert find_mentions("a", "He told the factories to work much harder than they had before.") == []


def test_a_weekday_and_a_day_of_the_month_may_be_one_day_but_a_bare_month_is_another_time():
    assert date_conflict({"weekday:friday"}, {"day:december-26", "month:december"}) == ""
    assert date_conflict({"weekday:wednesday"}, {"month:november"}) == "cross"
    assert date_conflict({"weekday:friday", "year:2026"}, {"month:december", "year:2026"}) == ""


def test_a_country_named_by_its_capital_or_adjective_is_one_word_and_the_reason_names_it():
    from annotations.claims.finding import find_mentions as find
    from annotations.claims.linking import content_words, reason

    assert content_words("Moscow said") == content_words("Russia said") == content_words("the Russian side said")
    assert content_words("North Korea") != content_words("South Korea")
    a = find("a", "Pyongyang is providing Moscow with arms, officials in Kyiv say.")[0]
    b = find("b", "North Korea has shipped arms to Russia for its war against Ukraine.")[0]
    assert reason(a, b).startswith("shared: Pyongyang, Moscow, Kyiv")


def test_the_reason_quotes_the_words_of_a_statement_both_mentions_quote():
    from annotations.claims.linking import reason

    a, b = (find_mentions(k, t)[0] for k, t in (
        ("a", 'He told the factories to meet the "growing needs of the missile and artillery forces" at once.'),
        ("b", 'Kim said output had to rise to meet the “growing needs of the missile and artillery forces”.'),
    ))
    assert reason(a, b).startswith("shared: “growing needs of the missile and artillery forces”")


def test_a_verb_is_not_taken_for_a_noun_of_a_word_class():
    from annotations.claims.linking import stem

    assert stem("worked") == stem("works") != stem("factory")


def claim_label_faults(label):
    """What is wrong with a claim label: a lower-case opening, or a cut after a word that cannot end a phrase."""
    faults = []
    if label[:1].islower() and cased(label[:1]):  # Georgian prose writes no capital
        faults.append("opens in lower case")
    if label.endswith("…"):
        last = labels.tokens(label.rstrip("…").rstrip("”’\""))[-1]
        tag = wordclass.tags().get(last.lower(), "")
        if last.lower() in wordclass.CLOSED and not last.isupper():
            faults.append(f"cut after the closed-class word {last!r}")
        if not last[:1].isupper() and (tag[:2] in ("JJ", "RB") or tag in ("MD", "VBD", "VBN", "CD")):
            faults.append(f"cut after {last!r}, tagged {tag}")
    return faults


@pytest.mark.parametrize("slug", ["north-korea-arms-russia", "matching", *written_stories()])
def test_every_claim_label_of_a_story_opens_with_a_capital_and_is_cut_after_a_phrase(slug):
    _, articles = story(slug)
    texts = [(number, ingest.from_text(article["text"]).text) for number, article in enumerate(articles)]

    claims = link_articles(texts)

    faults = {claim.label: claim_label_faults(claim.label) for claim in claims}
    assert claims and not any(faults.values()), {label: found for label, found in faults.items() if found}


def test_a_claim_label_from_a_relative_clause_or_a_joined_clause_opens_with_a_capital():
    assert label_for("which can replace imported pumps").startswith("Which can replace")
    assert label_for("and the ferry will stop at Saltby.") == "The ferry will stop at Saltby."


def test_a_long_claim_label_is_never_cut_inside_a_name_or_after_a_linking_word():
    sentence = ("The harbour board said repairs to the north quay would be paid for by the Saltby Harbour Development "
                "Authority and finished before the winter storms.")

    label = label_for(sentence, 90)

    assert label.endswith("…") and len(label) <= 90
    assert "Saltby" not in label or "Saltby Harbour Development Authority" in label
    assert not claim_label_faults(label)
    assert sentence.startswith(label.rstrip("…"))


def test_a_quotation_cut_short_is_closed():
    sentence = 'The mayor said the city would "keep every tram and bus running through the strike whatever the cost".'

    label = label_for(sentence, 60)

    assert label.endswith('"…')
    assert label.count('"') == 2
