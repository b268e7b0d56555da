"""The suggester's rules, one family at a time, on sentences written for the test."""

from annotations.suggestions import DEFAULT_LEXICON, LexiconEntry, suggest
from tests.annotations.suggestion_gold import GOLD, gold_spans, score


def spans(text, tag):
    return [(text[s.start : s.end], s) for s in suggest(text, tag=tag)]


def quotes(text, tag):
    return [quote for quote, _ in spans(text, tag)]


BODY = (
    "The council approved the new budget after a long debate that lasted well into the evening on Tuesday.\n\n"
    "{}\n\n"
    "Members of the opposition said they would continue to press for changes to the spending plans.\n"
)


# Boilerplate


def test_share_and_subscription_prompts_are_boilerplate():
    text = BODY.format("Share this article\nSubscribe to our newsletter\nSign in")

    assert quotes(text, "boilerplate") == ["Share this article", "Subscribe to our newsletter", "Sign in"]


def test_imperative_call_to_action_is_boilerplate_and_says_so():
    text = BODY.format("Download our free app today")

    [(quote, suggestion)] = spans(text, "boilerplate")

    assert quote == "Download our free app today"
    assert suggestion.rule.startswith("boilerplate.")
    assert suggestion.reason


def test_copyright_and_photo_credit_lines_are_boilerplate():
    text = BODY.format("Protesters gather outside the parliament building in the capital\nPhoto: Jane Doe/AFP")

    found = quotes(text, "boilerplate")

    assert "Photo: Jane Doe/AFP" in found
    assert "Protesters gather outside the parliament building in the capital" in found


def test_repeated_line_is_boilerplate():
    text = "Daily Gazette\n\n" + BODY.format("A second paragraph of ordinary reporting continues here with detail.") \
        + "\nDaily Gazette\n"

    assert quotes(text, "boilerplate").count("Daily Gazette") == 2


def test_donation_appeal_paragraph_is_boilerplate():
    appeal = (
        "Our journalism is funded by readers like you. If you value our reporting, please support us today: "
        "become a member or donate once, from as little as the price of a cup of coffee."
    )
    text = BODY.format(appeal)

    assert quotes(text, "boilerplate") == [appeal]


def test_related_story_list_after_read_more_is_boilerplate():
    text = BODY.format("Read more\nFloods close three schools in the northern valley\nMayor unveils plan for new tram")

    assert quotes(text, "boilerplate") == [
        "Read more", "Floods close three schools in the northern valley", "Mayor unveils plan for new tram",
    ]


def test_body_paragraphs_headline_and_crosshead_are_not_boilerplate():
    text = (
        "Council approves record budget after marathon session\n\n"
        + BODY.format("A turbulent evening")
    )

    assert quotes(text, "boilerplate") == []


def test_date_stamp_line_is_boilerplate():
    text = BODY.format("Mon 4 Nov 2024 10.02 GMT")

    [(quote, suggestion)] = spans(text, "boilerplate")

    assert quote == "Mon 4 Nov 2024 10.02 GMT"
    assert suggestion.rule == "boilerplate.timestamp"


def test_headline_after_a_menu_with_a_long_promo_line_is_not_boilerplate():
    text = (
        "Sign in\nFund independent journalism with £5 per month\nSupport us\n\n"
        "Farmers burn stubble despite ban as the capital's smog returns\n\n" + BODY.format("Share")
    )

    found = quotes(text, "boilerplate")

    assert "Farmers burn stubble despite ban as the capital's smog returns" not in found
    assert "Fund independent journalism with £5 per month" in found


def test_other_tags_are_not_suggested_inside_boilerplate_lines():
    text = BODY.format("Get 3 months free\n100+ trusted sources.")

    assert all(s.tag == "boilerplate" for s in suggest(text) if "months" in text[s.start : s.end])
    assert not [q for q in quotes(text, "factual_claim") if "100+" in q or "3 months" in q]


# Attribution


def test_according_to_names_its_source():
    [(quote, suggestion)] = spans("The dam is unsafe, according to the regional water authority.", "attribution")

    assert quote == "according to the regional water authority"
    assert suggestion.source == "the regional water authority"


def test_source_before_reporting_verb_is_named():
    [(quote, suggestion)] = spans("Local officials said the bridge would reopen.", "attribution")

    assert quote == "Local officials said"
    assert "officials" in suggestion.source


def test_reporting_verb_after_auxiliaries_and_adverbs_keeps_its_source():
    [(quote, suggestion)] = spans("The ministry has previously confirmed the figures.", "attribution")

    assert quote == "The ministry has previously confirmed"
    assert suggestion.source == "The ministry"


def test_pronoun_cue_has_no_named_source():
    [(quote, suggestion)] = spans("“We will win,” she said.", "attribution")

    assert quote == "she said"
    assert suggestion.source == ""


def test_said_after_a_quotation_names_the_speaker():
    [(quote, suggestion)] = spans("“The talks are over,” said Foreign Minister Ana Silva.", "attribution")

    assert quote == "said Foreign Minister Ana Silva"
    assert suggestion.source == "Foreign Minister Ana Silva"


def test_agentless_belief_is_attribution_without_source():
    [(quote, suggestion)] = spans("The company is widely believed to be near collapse.", "attribution")

    assert quote == "is widely believed"
    assert suggestion.source == ""


def test_state_media_showed_is_attribution_but_a_chart_that_showed_growth_is_not():
    assert quotes("State media showed the leader at the launch.", "attribution") == ["State media showed"]
    assert quotes("The team showed great resilience in the second half.", "attribution") == []


def test_added_as_arithmetic_is_not_attribution():
    assert quotes("The company added 300 jobs in the spring.", "attribution") == []


def test_passive_urged_does_not_make_the_subject_a_source():
    assert quotes("The government has been urged to act quickly.", "attribution") == []


def sources(text):
    return [(text[s.start : s.end], s.source) for s in suggest(text, tag="attribution")]


def test_a_second_verb_after_and_or_but_reports_the_same_source():
    text = "The Dockers Union said it had written to inspectors and accused the operator of cutting corners."
    assert ("accused", "Dockers Union") in sources(text)

    text = "The Lenders Association welcomed the rules, but warned that checks could push borrowers away."
    assert ("warned", "Lenders Association") in sources(text)


def test_a_verb_after_and_takes_the_sentence_subject_not_the_words_before_and():
    text = "Energy minister Ruth Okafor ordered an audit of every plant in the region and said the rules were clear."

    assert ("said", "Ruth Okafor") in sources(text)
    assert not [quote for quote, _ in sources(text) if "region" in quote]


def test_an_instruction_after_and_is_no_attribution():
    text = "Local MP Dan Hale said the delay was shameful and urged ministers to act."

    assert [quote for quote, _ in sources(text)] == ["Local MP Dan Hale said"]


def test_a_relative_clause_reports_the_words_of_what_it_follows():
    text = "Ferries are old, according to the audit office, which warned last year that repairs were overdue."
    assert ("warned", "the audit office") in sources(text)

    text = "Many colleges are in debt, according to a review by the Funding Council, which found that 40% ran deficits."
    found = sources(text)
    assert ("found", "the Funding Council") in found
    assert [source for quote, source in found if quote.startswith("according to")] == ["the Funding Council"]


def test_a_relative_clause_after_a_group_and_a_pronoun_subject_before_and():
    assert sources("Residents, who say they were never asked, packed the hall.") == [("say", "Residents")]
    assert sources("She thanked the fans and said the team had earned it.") == [("said", "")]


def test_adverbs_between_the_parts_of_a_verb_and_a_plural_subject_at_the_end():
    assert quotes("Geologists have long warned that the dam is weak.", "attribution") == [
        "Geologists have long warned"
    ]
    assert quotes("The liquid can be reused five times, the authors report.", "attribution") == ["the authors report"]


def test_raised_concerns_and_welcomed_report_a_named_source():
    assert quotes("The heritage body has raised concerns about the windows.", "attribution") == [
        "The heritage body has raised concerns"
    ]
    assert quotes("The Tenants Federation welcomed the decision.", "attribution") == [
        "The Tenants Federation welcomed"
    ]


def test_one_person_a_group_in_ees_and_researchers_at_a_body_are_sources():
    assert quotes("One long-serving councillor described the vote as a farce.", "attribution")
    assert quotes("Former trainees described a culture of fear.", "attribution")
    assert quotes("Water use barely changed, researchers at the University of Leeds found.", "attribution")


def test_verbs_of_blame_point_out_and_an_inverted_say():
    assert quotes("Ofwat blamed the dry spring for the shortfall.", "attribution") == ["Ofwat blamed"]
    assert quotes("But critics point out that the fund is empty.", "attribution") == ["critics point"]
    assert quotes("Gales could close the bridge on Friday, say forecasters", "attribution") == ["say forecasters"]
    assert quotes("The players made a point of thanking the fans.", "attribution") == []


def test_a_title_before_the_name_after_a_quotation():
    text = '"It is a shambles," said the shadow health secretary, Ann Bell.'

    assert ("said the shadow health secretary, Ann Bell", "Ann Bell") in sources(text)


def test_participles_of_speech_after_with_and_after_a_comma_beside_another_cue():
    assert quotes("Fans flooded the forum, with many admitting they had cried.", "attribution") == ["admitting"]
    assert quotes("Police urged people to stay home, describing the roads as lethal.", "attribution") == [
        "Police urged", "describing",
    ]


def test_nouns_and_quotations_are_not_reporting_cues():
    assert quotes("The firm did not respond to the union's claim.", "attribution") == []
    assert quotes("It was a bold claim from a small team.", "attribution") == []
    assert quotes("Owners of condemned buildings receive rent support.", "attribution") == []
    assert quotes("The review will report to Parliament in June.", "attribution") == []
    assert quotes("The keeper made a fine stop to deny Okoro late on.", "attribution") == []


def test_a_body_may_say_in_the_plural():
    assert quotes("The council say the road will reopen.", "attribution") == ["The council say"]
    assert quotes("The club say the striker will be fit.", "attribution") == ["The club say"]
    assert quotes('"They told us nothing until dawn," said Ana Silva.', "attribution") == ["said Ana Silva"]


# Factual claims


def test_sentence_with_quantity_and_date_is_a_factual_claim():
    text = "The storm destroyed 40 homes on 3 March. Residents were shaken by the experience."

    [(quote, suggestion)] = spans(text, "factual_claim")

    assert quote == "The storm destroyed 40 homes on 3 March."
    assert "date" in suggestion.reason and "40" in suggestion.reason


def test_measures_counts_and_named_events_are_factual_claims():
    text = (
        "The new runway is 3.2 km long.\n"
        "Thousands of people joined the march.\n"
        "The treaty ended the Korean War in practice."
    )

    assert len(quotes(text, "factual_claim")) == 3


def test_page_artefact_numbers_are_not_factual_claims():
    text = "See page 2 for the full interview with the author.\nThis story has 45 comments from readers so far."

    assert quotes(text, "factual_claim") == []


def test_the_two_sides_is_a_reference_not_a_count():
    assert quotes("The two sides met again but agreed on nothing of substance.", "factual_claim") == []


def test_opinion_without_quantities_is_not_a_factual_claim():
    assert quotes("Many believe the reforms are a mistake that will haunt the government.", "factual_claim") == []


def test_non_latin_digits_still_mark_a_quantity():
    assert quotes("Der Zug fuhr um 2024 Kilometer weiter nach Norden am Montag.", "factual_claim")


def test_numbers_inside_a_quotation_are_the_speakers_words_not_a_claim():
    text = (
        '"We lost 300 sheep in two nights," said the farmer.\n'
        "Mr Hale told the inquiry: “The pumps failed 12 times. They were never repaired in 2024.\n"
        "Officials said ‘about 40’ staff were moved."
    )

    assert quotes(text, "factual_claim") == []


def test_a_quotation_does_not_hide_the_outlets_own_numbers_beside_it():
    text = 'The mill, which employs 240 people, said the order was "a lifeline".'

    assert quotes(text, "factual_claim") == [text]


def test_questions_are_not_factual_claims():
    assert quotes("Is a 5% savings account better than paying off a loan early?", "factual_claim") == []


def test_what_is_planned_or_aimed_at_is_not_a_claim_but_a_plan_already_counted_is():
    assert quotes("The museum plans to reopen its east wing next year.", "factual_claim") == []
    assert quotes("The council said it aimed to repair all 40 bridges by 2030.", "factual_claim") == []
    assert quotes("A plan to build 2,000 homes was approved on Wednesday.", "factual_claim")


def test_after_an_adjective_a_verb_of_intent_is_a_noun_and_its_plan_is_counted():
    assert quotes("An ambitious plan to build 2,000 homes was approved on Wednesday.", "factual_claim")
    assert quotes("The museum firmly plans to reopen its east wing next year.", "factual_claim") == []


def test_hypotheticals_and_the_writers_own_verdict_are_not_claims():
    assert quotes("Cut twenty minutes and this would be a fine film.", "factual_claim") == []
    assert quotes("It is the best ten minutes of television I have seen this year.", "factual_claim") == []


def test_a_forecast_in_a_clause_of_its_own_leaves_the_fact_before_it():
    text = "The ferry broke down on Sunday with an engine fault, and is not expected to sail before June."

    assert quotes(text, "factual_claim") == [text]


def test_vague_long_spans_and_halves_of_a_match_are_not_quantities():
    assert quotes("Fees have propped up teaching for more than a decade.", "factual_claim") == []
    assert quotes("The home side looked tired in the second half.", "factual_claim") == []


def test_an_age_after_a_name_is_no_claim_but_a_measure_after_a_name_is():
    assert quotes('"Everything is gone," said shop owner Ruth Gill, 54.', "factual_claim") == []
    assert quotes("Greenfield is recalling its Oat Granola 500g after metal was found in packs.", "factual_claim")


def test_a_label_and_its_value_is_page_data_not_a_claim():
    assert quotes("Ref: FSA-2026-0412", "factual_claim") == []
    assert quotes("Telephone: +44 20 7946 0018 (24 hours)", "factual_claim") == []
    assert quotes("Update: the council confirmed 40 homes were flooded on Monday.", "factual_claim")


def test_a_players_double_is_two_goals_not_a_multiplier():
    assert quotes("Kane double sinks Rovers at the Den", "factual_claim") == []
    assert quotes("Almost double the usual number of fans travelled to the match.", "factual_claim")


def test_a_place_in_a_ranking_or_a_series_is_a_count():
    assert quotes("The home side climbed to third in the table after the win.", "factual_claim")
    assert quotes("Nadia is the second named storm to reach the coast this autumn.", "factual_claim")
    assert quotes("He apologised and said he had second thoughts about the deal.", "factual_claim") == []


# Rhetoric


def test_loaded_labels_and_intensifiers_come_from_the_lexicon():
    text = "The regime defiantly paraded its missiles in a bombastic show of force."

    found = spans(text, "rhetoric")

    assert [q for q, _ in found] == ["regime", "defiantly", "bombastic"]
    assert all("lexicon" in s.reason for _, s in found)


def test_neutral_use_of_a_lexicon_term_is_not_suggested():
    assert quotes("The move weakens the international sanctions regime.", "rhetoric") == []


def test_adjacent_lexicon_terms_merge_into_one_span():
    assert quotes("It was the usual bombastic rhetoric from the palace.", "rhetoric") == ["bombastic rhetoric"]


def test_an_editor_added_term_is_matched():
    lexicon = DEFAULT_LEXICON + (LexiconEntry("junket", "framing", "Frames a trip as a perk."),)

    assert quotes("The minister returned from another junket abroad.", "rhetoric") == []
    assert [
        t for t in (s for s in suggest("The minister returned from another junket abroad.", lexicon=lexicon))
        if t.tag == "rhetoric"
    ]


def test_scare_quotes_around_a_single_word_are_rhetoric():
    [(quote, suggestion)] = spans("The group described the vote as “illegal” and walked out.", "rhetoric")

    assert quote == "“illegal”"
    assert suggestion.rule == "rhetoric.scare_quotes"


def test_a_real_quotation_is_not_scare_quotes():
    text = "“We will rebuild every school,” the mayor said. She promised to “move quickly and carefully”."

    assert [q for q in quotes(text, "rhetoric") if "“" in q] == []


def test_quoted_title_case_name_is_not_scare_quotes():
    assert quotes("Troops began the “Freedom Shield” drills near the border.", "rhetoric") == []


def test_lexicon_words_inside_a_quotation_are_the_speakers_not_the_outlets():
    text = "The statement called it “a flagrant violation of every agreement we have signed”."

    assert quotes(text, "rhetoric") == []


def test_a_quantity_told_as_a_flow_of_water_is_a_metaphor_unless_the_line_is_about_water():
    [(quote, suggestion)] = spans("Only a trickle of applications had arrived by June.", "rhetoric")

    assert quote == "trickle"
    assert suggestion.rule == "rhetoric.metaphor"
    assert quotes("Heavy rain eased to a trickle by the evening.", "rhetoric") == []


def test_want_told_as_hunger_and_belittling_verbs_are_rhetoric():
    assert quotes("Schools are starved of funding.", "rhetoric") == ["starved of"]
    assert quotes("Ministers keep tinkering with the rules each spring.", "rhetoric") == ["tinkering"]


def test_a_subjective_word_closing_the_clause_after_a_copula_is_evaluative_whatever_its_ending():
    assert quotes("The chairman was livid about the decision.", "rhetoric") == ["livid"]
    assert quotes("The driver was hurt.", "rhetoric") == []  # a passive, not a verdict


def test_an_adverb_made_from_a_hyperbolic_adjective_judges_the_next_word():
    [(quote, suggestion)] = spans("Prices have dramatically changed since the spring.", "rhetoric")

    assert quote == "dramatically"
    assert "dramatic" in suggestion.reason


def test_staring_at_a_loss_is_an_idiom_but_staring_at_a_thing_is_not():
    assert quotes("The club is staring at relegation after the defeat.", "rhetoric") == ["staring at"]
    assert quotes("The visitor was staring at the painting for an hour.", "rhetoric") == []


def test_a_superlative_of_a_subjective_word_before_a_noun_is_hype_but_a_plain_measure_is_not():
    [(quote, suggestion)] = spans("The club lost the brightest young coaches in the league.", "rhetoric")

    assert quote == "brightest"
    assert suggestion.rule == "rhetoric.hype"
    assert quotes("The tallest building in the city opened in May.", "rhetoric") == []


# The whole suggester


def test_offsets_are_code_points_in_other_alphabets():
    text = "Лидер 🇰🇵 режима заявил.\n\nThe regime in 平壤 “celebrated” the launch on Friday, state media said."

    for suggestion in suggest(text):
        assert 0 <= suggestion.start < suggestion.end <= len(text)
    assert "“celebrated”" in quotes(text, "rhetoric")
    assert "regime" in quotes(text, "rhetoric")


def test_suggestions_are_deterministic_and_sorted():
    text = BODY.format("Share\nAnalysts say prices rose 5% in May.")

    first, second = suggest(text), suggest(text)

    assert first == second
    assert first == sorted(first, key=lambda s: (s.start, s.end, s.tag))


def test_empty_and_blank_text_gives_no_suggestions():
    assert suggest("") == []
    assert suggest(" \n\n \n") == []


def test_seed_gold_targets_are_met():
    from benchmarks.suggestions_benchmark import seed_texts

    texts = seed_texts()
    scores = score((gold_spans(text, GOLD[name]), suggest(text)) for name, text in texts.items())

    assert scores["boilerplate"].recall >= 0.9
    assert scores["boilerplate"].precision >= 0.8
    assert scores["attribution"].recall >= 0.8


def test_concurrent_calls_with_different_lexicons_all_succeed():
    import threading

    text = "The regime held a junket for 40 officials on Monday, state media said."
    results, errors = {}, []

    def work(i):
        try:
            lexicon = DEFAULT_LEXICON + (LexiconEntry(f"junket{i}" if i % 2 else "junket", "framing"),)
            results[i] = quotes_with(text, lexicon)
        except Exception as error:  # noqa: BLE001 - any failure in a thread is the finding
            errors.append(error)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert all(("junket" in results[i]) == (i % 2 == 0) for i in range(8))


def quotes_with(text, lexicon):
    return [text[s.start : s.end] for s in suggest(text, lexicon=lexicon, tag="rhetoric")]


def test_loaded_and_manner_verbs_of_speech_report_a_named_source():
    text = (
        "The ferry union blasted the timetable as a disgrace. Harbour officials boasted that sailings were full. "
        "Some passengers questioned whether the fares were fair. The mayor's statement framed the cuts as a saving."
    )
    found = [quote for quote, _ in sources(text)]
    assert "The ferry union blasted" in found
    assert "Harbour officials boasted" in found
    assert "Some passengers questioned" in found
    assert "The mayor's statement framed" in found


def test_a_loaded_verb_with_no_one_named_before_it_is_no_attribution():
    assert sources("The old engine blasted smoke across the quay.") == []


def test_a_condemnation_after_and_takes_the_sentence_subject():
    text = "The regional transport committee held a special meeting and condemned the closure as reckless."
    assert [quote for quote, _ in sources(text)] == ["condemned"]

    text = "The ministry said the leak posed no risk, but highlighted the cost of the clean-up."
    assert ("highlighted", "The ministry") in sources(text)


def test_an_outlet_that_understands_reports_what_it_has_learned():
    assert quotes("Portside Post understands that two bidders have withdrawn.", "attribution") == [
        "Portside Post understands"
    ]
    assert quotes("Portside Post understands the harbour well.", "attribution") == []


def test_a_person_described_with_a_hyphenated_age_told_me():
    assert quotes("A 54-year-old fisherman told me the season was over.", "attribution") == [
        "A 54-year-old fisherman told"
    ]
    assert quotes("The clinic recorded 38 confirmed cases.", "attribution") == []


def test_figures_or_things_that_suggest_or_reveal_name_no_source():
    assert quotes("The data released so far suggest a modest gain.", "attribution") == []
    assert quotes("An image of the hull reveals a crack.", "attribution") == []


def test_a_reporter_credit_and_reporting_on_a_subject_are_no_attribution():
    assert quotes("Mi-rae Lee reports from Busan", "attribution") == []
    assert quotes("The agency usually reports on launches the next day.", "attribution") == []


def test_concluding_drills_is_an_act_and_a_greeting_is_no_verdict():
    assert quotes("The navy and the coastguard concluded joint drills on Friday.", "attribution") == []
    assert quotes("Good evening and welcome.", "attribution") == []


# Factual claims: events on the record without a number


def test_a_warning_issued_or_extended_by_a_named_body_is_a_claim():
    assert quotes("The coastguard has issued an amber warning for the northern isles.", "factual_claim")
    assert quotes("Meteo Norte has extended its heat alert to the whole valley.", "factual_claim")


def test_an_act_of_a_named_actor_is_a_claim_but_not_a_condition_or_a_passive():
    assert quotes("Police closed the harbour road after the sea wall gave way.", "factual_claim")
    assert quotes("The regional assembly held an emergency session and Lisbon lodged a protest.", "factual_claim")
    assert quotes("Storm warning for Kerry as sailings cancelled and schools shut", "factual_claim")
    assert quotes("If the council closed the road, traders would suffer.", "factual_claim") == []
    assert quotes("Beaches in Kerry were closed to swimmers.", "factual_claim") == []


def test_a_forecast_revised_against_an_earlier_figure_is_a_claim():
    text = (
        "The brewer now expects profit of 1.2 billion to 1.4 billion crowns, "
        "down from a previous forecast of 2 billion."
    )
    assert quotes(text, "factual_claim")
    assert quotes("The brewer expects profit of 1.2 billion crowns next year.", "factual_claim") == []


def test_the_coming_weeks_a_routine_weekday_and_a_committee_named_for_an_event_are_no_claims():
    assert quotes("Two questions will matter in the coming weeks.", "factual_claim") == []
    assert quotes("Our digest of harbour news lands in your inbox every Friday.", "factual_claim") == []
    assert quotes("Jo Reed, who sits on the Senate defence committee, said the plan was wise.", "factual_claim") == []


def test_complaining_and_answering_verbs_report_a_named_source_but_not_a_compound_or_a_plea():
    assert quotes("Harbour traders complained that the fees were too high.", "attribution") == [
        "Harbour traders complained"
    ]
    assert quotes("Ms Ward retorted that the figures were wrong.", "attribution") == ["Ms Ward retorted"]
    assert quotes("The much-touted ferry link never opened.", "attribution") == []


def test_calling_something_a_name_after_and_is_a_verdict_but_calling_for_is_a_demand():
    text = "The port authority said the crane had been tested, and called the result a success."
    assert ("called", "The port authority") in sources(text)
    text = "The port authority said the crane had failed and called for an inquiry."
    assert "called" not in [quote for quote, _ in sources(text)]


def test_a_source_that_gives_a_figure_reports_it_but_giving_way_reports_nothing():
    assert quotes("The coastguard gave a higher estimate of the swell.", "attribution") == ["The coastguard gave"]
    assert quotes("The old pier gave way in the storm.", "attribution") == []


def test_a_hedge_in_an_aside_leaves_the_statement_around_it_a_claim():
    text = "The fee, which could rise to £70m, beats the £41m paid in 2024."
    assert quotes(text, "factual_claim") == [text]
    assert quotes("The plan, which could cost £5m, was approved by the board.", "factual_claim") == []


def test_a_fact_before_what_experts_fear_stays_a_claim():
    text = "The navy has tested a new torpedo that experts fear could reach the strait."
    assert quotes(text, "factual_claim") == [text]


def test_last_or_this_season_dates_a_statement():
    assert quotes("The council opened the cycle lanes on Mill Road last spring.", "factual_claim")
    assert quotes("The night ferry stopped running this winter.", "factual_claim")


def test_a_telephone_line_is_no_claim():
    assert quotes("Storm advice: the county helpline is open 24 hours on 0161 555 0199.", "factual_claim") == []
    assert quotes("The county helpline took 4,000 calls on Monday.", "factual_claim")


def test_expressing_a_worry_is_attribution_but_expressing_a_feeling_is_not():
    assert quotes("The union expressed concern that jobs would go.", "attribution") == ["The union expressed"]
    assert quotes("The minister expressed great satisfaction with the result.", "attribution") == []


def test_an_alert_raised_with_a_warning_of_what_could_follow_stays_a_claim():
    text = (
        "The Coastal Health Agency has upgraded its cold-weather health alert to amber, warning that clinics "
        "could come under strain."
    )
    assert quotes(text, "factual_claim") == [text]


def test_a_verdict_verb_after_and_reports_the_earlier_source():
    text = "The Ferry Users Group said the timetable was unworkable and slammed the operator for its silence."
    assert ("slammed", "Ferry Users Group") in sources(text)


def test_headline_between_a_live_label_and_its_time_stamp_is_not_boilerplate():
    text = "LIVE\nHarbour strike: ferries halted as talks collapse – live updates\nUpdated 6m ago\n\n" + BODY.format(
        "Share"
    )

    found = quotes(text, "boilerplate")

    assert "Harbour strike: ferries halted as talks collapse – live updates" not in found
    assert {"LIVE", "Updated 6m ago"} <= set(found)


def test_a_labelled_date_above_a_title_case_headline_leaves_the_headline_standing():
    text = (
        "DAILY LAMP\nEnglish Edition\nHome | Politics | Economy | World\n\nDate: Year 42 (2031).03.07 Friday\n\n"
        "Chairman Inspects Newly Built Fertiliser Plant in Northern Province\n\n" + BODY.format("Top")
    )

    found = quotes(text, "boilerplate")

    assert "Chairman Inspects Newly Built Fertiliser Plant in Northern Province" not in found
    assert "Date: Year 42 (2031).03.07 Friday" in found


LIVE_PAGE = (
    "LIVE\nHarbour strike: ferries halted as talks collapse\n\n"
    "Reporting from Lisbon by Jane Roe; edited by Tom Kerr in London\n\n"
    "Summary\nFerries halted at all four terminals\nTurnout at the strike ballot was 71.2%, the highest since 1987\n\n"
    "Updates paused. Refresh for latest\n\n"
    "10:05 GMT\n\n"
    "Our correspondent: Calm on the quayside\nJane Roe, in Lisbon\n"
    "Passengers waiting at the terminal said they had been given no warning that the ferries would stop.\n\n"
    "Share\n\n"
    "09:40 GMT\n\n"
    "What we know so far\n\n"
    "The union said the walkout would last until Friday unless the operator returned to the table.\n\n"
    "Share\n\n"
    "09:12 GMT\n\n"
    "Welcome to our live coverage\n"
    "Good morning and welcome to our coverage of the ferry strike. Crossings have been halted since dawn and "
    "the operator says it cannot say when they will resume.\n\n"
    "Share\n"
)


def test_live_page_headings_and_summary_lines_are_the_outlets_words():
    found = quotes(LIVE_PAGE, "boilerplate")

    for line in (
        "Turnout at the strike ballot was 71.2%, the highest since 1987",
        "Our correspondent: Calm on the quayside",
        "What we know so far",
        "Welcome to our live coverage",
    ):
        assert line not in found, line
    for line in (
        "Reporting from Lisbon by Jane Roe; edited by Tom Kerr in London",
        "Jane Roe, in Lisbon",
        "Updates paused. Refresh for latest",
        "Summary",
    ):
        assert line in found, line


def test_a_greeting_standing_apart_from_the_text_is_furniture():
    text = "10:05 GMT\n\nWelcome to our live coverage\n\n" + BODY.format("Share")

    assert "Welcome to our live coverage" in quotes(text, "boilerplate")


def test_questions_among_the_links_after_the_article_are_link_headlines():
    text = BODY.format("Share") + (
        "\nRelated\n\nHow to keep your pipes from freezing\n\nWhat is a cold-weather payment and who can claim it?\n"
    )

    assert "What is a cold-weather payment and who can claim it?" in quotes(text, "boilerplate")


def test_a_closing_question_right_after_the_last_paragraph_is_the_writers():
    text = BODY.format("The council will vote again in March.") + "\nSo what, exactly, are councillors waiting for?\n"

    assert "So what, exactly, are councillors waiting for?" not in quotes(text, "boilerplate")


def test_a_section_label_over_a_question_headline_is_not_its_heading():
    text = "Space\nCould a bright new comet light up our autumn skies this year?\n" + BODY.format("Share")

    found = quotes(text, "boilerplate")

    assert "Space" in found
    assert "Could a bright new comet light up our autumn skies this year?" not in found


def test_a_reviews_standfirst_under_its_stars_and_venue_is_the_outlets_words():
    text = (
        "The Long Tide review – a ragged, thrilling epic\n\n★★★★☆\n\nHarbour Playhouse, Leeds\n\n"
        "A sprawling adaptation that runs half an hour too long, but its best scenes are unforgettable\n\n"
        "Jane Roe\n\nWed 4 Feb 2026 22.30 GMT\n\n" + BODY.format("Share")
    )

    found = quotes(text, "boilerplate")

    assert "A sprawling adaptation that runs half an hour too long, but its best scenes are unforgettable" not in found
    assert "★★★★☆" in found


def test_a_short_sentence_of_advice_beside_a_promotion_stays_content():
    text = BODY.format("Share") + (
        "\nHow to stay safe in the heat\nDrink plenty of water and stay out of the sun at midday.\n"
        "Check on elderly neighbours.\nWeather forecast for your area\nMost read\n"
    )

    found = quotes(text, "boilerplate")

    assert "Check on elderly neighbours." not in found
    assert "Weather forecast for your area" in found


def test_the_last_row_of_a_numbered_table_above_the_text_is_no_heading():
    text = (
        "Harbour Rowers win the coastal race in record time\n\nStage result\n1. Roe 2hr 10min 05sec\n"
        "2. Kerr +31sec\n3. Nowak +1min 02sec\n" + BODY.format("Share")
    )

    assert "3. Nowak +1min 02sec" in quotes(text, "boilerplate")


LIST_PAGE = (
    "Bus timetable shake-up: the routes that change on Sunday\n"
    "By Tom Roe\n"
    "The town's biggest bus shake-up in a decade begins on Sunday, with four routes withdrawn and evening "
    "services cut back on most of the network.\n"
    "{lead_in}\n"
    "{items}\n"
    "Fares are unchanged, the company said in a statement issued on Friday morning to passengers.\n"
    "Share this article\n"
)


def test_the_items_of_a_list_under_a_lead_in_are_the_story_not_furniture():
    for items in ("• shift workers at the hospital\n• students at the college\n• residents of the estate",
                  "- Shift workers at the hospital\n- Students at the college\n- Residents of the estate"):
        text = LIST_PAGE.format(lead_in="Passengers who will be affected include:", items=items)

        assert quotes(text, "boilerplate") == ["By Tom Roe", "Share this article"], items


def test_a_list_under_a_label_of_links_stays_furniture():
    text = LIST_PAGE.format(lead_in="Related stories:", items="• Car park to close\n• Library hours cut")

    assert {"• Car park to close", "• Library hours cut"} <= set(quotes(text, "boilerplate"))
