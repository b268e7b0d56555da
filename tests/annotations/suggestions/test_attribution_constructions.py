"""Attribution by construction: each shape of a cue and its source, where it fires and where it must not."""

from annotations.suggestions import suggest

# A sentence before the one under test, so that a lone short line is read as prose, not as page furniture.
LEAD = "Tolls went up twice last winter, and the harbour board met to argue over the fees. "


def found(sentence):
    text = LEAD + sentence
    return [(text[s.start : s.end], s.source) for s in suggest(text, tag="attribution") if s.start >= len(LEAD)]


def test_a_capitalised_pronoun_names_no_source():
    assert found("He said the fees would rise.") == [("He said", "")]
    assert found("She cautioned that the figures were early.") == [("She cautioned", "")]


def test_a_described_speaker_after_a_quotation_is_the_source():
    assert found('"It was a shock," said one resident.') == [("said one resident", "one resident")]
    assert found('"Nobody answered," wrote one night nurse on a message board.') == [
        ("wrote one night nurse", "one night nurse")
    ]
    assert found('"It is over," added the harbour master.') == [("added the harbour master", "the harbour master")]


def test_a_described_speaker_needs_a_quotation_before_the_verb():
    # an appositive before the verb is the source; the words after the verb are what was said
    assert [source for _, source in found("The harbour master, Ann Bell, said the fees were fair.")] == ["Ann Bell"]
    assert [source for _, source in found("Ann Bell, 54, said the new fees were fair.")] == ["Ann Bell"]


def test_a_group_set_in_a_place_or_picked_out_by_a_participle_is_the_source():
    assert found("Growers in the valley say the crop is small.") == [
        ("Growers in the valley say", "Growers in the valley")
    ]
    assert found("Letting agents in Dunmore say rents have climbed.") == [
        ("Letting agents in Dunmore say", "Letting agents in Dunmore")
    ]
    assert found("Traders surveyed by the exchange had expected a rise.") == [
        ("Traders surveyed by the exchange had expected", "Traders surveyed by the exchange")
    ]


def test_a_thing_in_a_place_is_no_group_that_speaks():
    assert found("Prices in the valley show no sign of falling.") == []
    assert found("Water in the valley reached the bridge.") == []
    assert found("Sales of the drug suggest demand is high.") == []


def test_a_group_that_is_reporting_or_keeps_insisting_is_the_source():
    assert found("Suppliers were reporting shortages of gas.") == [("Suppliers were reporting", "Suppliers")]
    assert found("Councillors keep insisting the scheme pays.") == [("Councillors keep insisting", "Councillors")]
    assert found("Residents are warning that the road is unsafe.") == [("Residents are warning", "Residents")]


def test_a_progressive_that_reports_nothing_said():
    assert found("The river is rising and the roads are closing.") == []
    assert found("Talks were expecting to resume.") == []


def test_a_source_that_notes_alleges_rules_or_contends_is_named():
    assert found("Analysts note that the index fell.") == [("Analysts note", "Analysts")]
    assert found("Prosecutors allege that the fees were stolen.") == [("Prosecutors allege", "Prosecutors")]
    assert found("The tribunal ruled that the ban was lawful.") == [("The tribunal ruled", "The tribunal")]
    assert found("He was quoted as saying that prices would fall.") == [("was quoted", "")]
    assert found("The union contends that the ballot was fair.") == [("The union contends", "The union")]


def test_the_same_verbs_where_they_report_nothing():
    assert found("She left a note on the desk.") == []
    assert found("The referee ruled out a penalty.") == []
    assert found("The fees were higher than expected.") == []
    assert found("As expected, the board held the fees.") == []
    assert found("Sales are expected to rise.") == []


def test_a_participle_of_stating_after_a_comma_names_the_sentence_subject():
    assert found("The board raised the fees, noting that costs had doubled.") == [("noting", "The board")]


def test_a_named_possessor_opens_the_source():
    assert found("Norway's fisheries agency said the trawler had sailed.") == [
        ("Norway's fisheries agency said", "Norway's fisheries agency")
    ]
    assert found("Chile's mining ministry said the shaft was sealed.") == [
        ("Chile's mining ministry said", "Chile's mining ministry")
    ]
    text = "Inspector Maya Brandt of Holmfirth Police's traffic unit urged cyclists to wear lights."
    assert found(text) == [(text[: text.index(" cyclists")], "Maya Brandt")]


def test_a_possessor_before_a_noun_that_is_no_verb_of_speech_names_no_source():
    assert found("The union's claim was rejected.") == []
    assert found("Its own coast guard fleet reported nothing.") == []


def test_records_and_footage_that_show_are_the_source():
    assert found("Phone records showed he was texting at the wheel.") == [("Phone records showed", "Phone records")]
    assert found("Footage issued by the fire service showed a crew cutting through a roof.") == [
        ("Footage issued by the fire service showed", "the fire service")
    ]


def test_a_thing_that_shows_a_quality_is_no_source():
    assert found("The squad showed real grit after the break.") == []
    assert found("The hull shows a long crack.") == []


def test_an_unnamed_source_is_named_by_its_whole_description():
    assert found("People familiar with its plans said the sale was near.") == [
        ("People familiar with its plans said", "People familiar with its plans")
    ]
    assert found("A person with knowledge of the plan said it was dead.") == [
        ("A person with knowledge of the plan said", "A person with knowledge of the plan")
    ]
    assert found("The deal was near, citing two people close to the talks.") == [
        ("citing two people close to the talks", "two people close to the talks")
    ]


def test_closeness_that_is_no_description_of_a_source():
    assert found("The town is close to the border.") == []
    assert found("Officials are close to a deal, sources close to the talks said.") == [
        ("sources close to the talks said", "sources close to the talks")
    ]
    assert found("The deal was delayed, citing two delays at the port.") == []


def test_the_name_after_a_title_in_capitals_and_lower_case_after_a_quotation_is_the_source():
    assert found('"The wards were full," said Rural Party transport spokesperson Owen Farrell.') == [
        ("said Rural Party transport spokesperson Owen Farrell", "Owen Farrell")
    ]


def test_a_title_in_capitals_alone_after_a_quotation_stays_the_source():
    assert found('"They were asleep," said Foreign Minister Ana Silva.') == [
        ("said Foreign Minister Ana Silva", "Foreign Minister Ana Silva")
    ]
    assert found('"They were asleep," said Ana Silva of the harbour board.') == [("said Ana Silva", "Ana Silva")]


def test_a_name_particle_between_capitals_belongs_to_the_name():
    assert found("Harbour office spokeswoman Inés del Valle said the quay would reopen.") == [
        ("Harbour office spokeswoman Inés del Valle said", "Inés del Valle")
    ]
    assert [s for _, s in found("The fees rose in the spring, de facto doubling, the board said.")] == ["the board"]


def test_a_participle_after_a_comma_continues_the_cue_before_it():
    assert found("The lifeboat towed the yacht ashore, Moss said, adding that nobody was hurt.") == [
        ("Moss said", "Moss"), ("adding", "Moss")
    ]


def test_a_participle_with_no_cue_before_it_takes_the_sentence_subject():
    assert found("The board raised the fees, adding that costs had doubled.") == [("adding", "The board")]


def test_an_opening_participle_clause_is_no_part_of_the_subject():
    text = "Watching the regatta from the pier, Ida Holm Berg expressed deep pride and said the crews had earned it."
    assert found(text) == [("said", "Ida Holm Berg")]
    assert found("Spectators at the regatta expressed deep pride and said the crews had earned it.") == [
        ("said", "Spectators")
    ]


def test_a_first_word_capitalised_by_its_place_belongs_to_the_source():
    assert found("Provincial transit board figures show ridership dropped a third.") == [
        ("Provincial transit board figures show", "Provincial transit board figures")
    ]
    assert found("Yesterday council officials said the fees would rise.") == [
        ("council officials said", "council officials")
    ]


def test_a_person_of_a_body_is_the_source():
    assert found("Professor Aiko Tanaka of the Coastal Ecology Institute said the reef had recovered.") == [
        ("Professor Aiko Tanaka of the Coastal Ecology Institute said", "Aiko Tanaka")
    ]
    assert found("Jane Roe of Avon Police said the search continues.") == [
        ("Jane Roe of Avon Police said", "Jane Roe")
    ]


def test_a_body_named_with_of_stays_whole():
    assert found("The Royal Academy of Music said the fees would rise.") == [
        ("The Royal Academy of Music said", "The Royal Academy of Music")
    ]
    assert found("The Bank of Wessex said the fees would rise.") == [
        ("The Bank of Wessex said", "The Bank of Wessex")
    ]


def test_a_name_before_an_aside_set_apart_by_dashes_is_the_source():
    assert found("Reed - who founded the firm in 1990 - said the cuts were needed.") == [
        ("Reed - who founded the firm in 1990 - said", "Reed")
    ]


def test_a_hyphen_inside_a_word_opens_no_aside_and_the_word_stays_in_the_source():
    assert found("The long-serving chair-person said the cuts were needed.") == [
        ("The long-serving chair-person said", "The long-serving chair-person")
    ]


def test_the_name_after_a_title_that_holds_a_body_is_the_source_else_the_body():
    assert found('"The cuts are needed," said the head of Acme, Tom Reed.') == [
        ("said the head of Acme, Tom Reed", "Tom Reed")
    ]
    assert found('"The cuts are needed," said the head of Acme.') == [("said the head of Acme", "Acme")]


def test_residents_of_a_place_are_the_source_but_prices_of_things_are_not():
    assert found("Residents of the estate say the cuts are dangerous.") == [
        ("Residents of the estate say", "Residents of the estate")
    ]
    assert found("Prices of the homes show no sign of falling.") == []


def test_a_possessor_of_lower_case_words_before_a_verb_of_saying():
    assert found("The state oil company's chief executive said output would rise.") == [
        ("The state oil company's chief executive said", "The state oil company's chief executive")
    ]
    assert found("The rogue regime's new rocket blasted off.") == []


def test_a_source_that_forecast_or_posted_that_is_named():
    assert found("The budget office forecast that growth would slow.") == [
        ("The budget office forecast", "The budget office")
    ]
    assert found("The singer posted on Instagram that she was fine.") == [("The singer posted", "The singer")]


def test_a_forecast_or_a_post_that_reports_no_words():
    assert found("The forecast that was issued on Friday was wrong.") == []
    assert found("She posted a photo of the dog.") == []
    assert found("The team learned that lesson the hard way.") == []


def test_claiming_words_reports_them():
    assert found("Critics claim the tolls have pushed drivers away.") == [("Critics claim", "Critics")]
    assert found("The group claimed the pylons would spoil the valley.") == [("The group claimed", "The group")]
    assert found('"We won," the coach claimed.') == [("the coach claimed", "the coach")]


def test_claiming_a_thing_is_taking_it():
    assert found("City claimed a 2-1 win over United.") == []
    assert found("The storm claimed three lives.") == []
    assert found("The kingdom claims nearly every island in the gulf.") == []
    assert found("The coach called up three new players.") == []


def test_a_verb_of_saying_after_a_comma_names_the_speaker_after_it():
    assert found("The cuts are needed, argues Anne Lowe.") == [("argues Anne Lowe", "Anne Lowe")]
    assert found("The cuts are needed, warns Anne Lowe.") == [("warns Anne Lowe", "Anne Lowe")]


def test_a_verb_after_a_comma_with_no_speaker_after_it_is_no_cue():
    assert found("The fees rose, warns of worse.") == []


def test_reported_on_a_day_reports_words_but_reporting_on_a_subject_does_not():
    assert found("The Herald reported on Tuesday that the tolls would rise.") == [
        ("The Herald reported", "The Herald")
    ]
    assert found("Local radio usually reports on such matches.") == []


def test_as_reported_by_names_the_agent():
    assert found("As first reported by the Gazette, the cuts are needed.") == [
        ("As first reported by the Gazette", "the Gazette")
    ]
    assert found("As reported by local media, the cuts are needed.") == [
        ("As reported by local media", "local media")
    ]


def test_as_shown_or_recommended_by_reports_no_words():
    assert found("The cuts were needed as shown by the data.") == []
    assert found("The fees were set as recommended by the board.") == []


def test_words_voiced_or_made_by_someone_name_them_as_the_source():
    assert found('She dismissed the "doubts" voiced by Britain and its partners.') == [
        ("She dismissed", ""), ("voiced by Britain and its partners", "Britain and its partners")
    ]
    assert found("Claims made by the firm were false.") == [("made by the firm", "the firm")]


def test_a_thing_made_by_someone_is_no_words():
    assert found("The cake made by the firm was eaten.") == []
    assert found("Cuts made by the council hurt.") == []


def test_a_hyphen_inside_a_name_or_a_description_after_a_quotation_stays_in_the_source():
    assert found('"We are ready," said Choi Ha-eun, a senior trader.') == [("said Choi Ha-eun", "Choi Ha-eun")]
    assert found('"I was tired," said the 24-year-old.') == [("said the 24-year-old", "the 24-year-old")]
    assert found('"We are ready," said Lowe - who founded the firm.') == [("said Lowe", "Lowe")]


def test_a_verb_of_the_manner_of_speaking_before_a_colon_and_a_quotation_is_a_cue():
    assert found('Boss Tom Bell fumed: "We were robbed."') == [("Boss Tom Bell fumed", "Boss Tom Bell")]
    assert found('Fans chanted: "Out, out, out!"') == [("Fans chanted", "Fans")]


def test_a_colon_after_a_verb_with_no_quotation_or_no_one_named_is_no_cue():
    assert found("Boss Tom Bell fumed: the referee was wrong.") == []
    assert found('The menu listed: "Fish and chips".') == []


def test_a_conjunctive_adverb_that_opens_the_sentence_is_no_part_of_the_source():
    assert found("Meanwhile analysts said the fees were too high.") == [("analysts said", "analysts")]
    assert found("Elsewhere officials warned of floods.") == [("officials warned", "officials")]


def test_a_name_that_opens_the_sentence_stays_whole():
    assert found("Harbour Trust said the fees were too high.") == [("Harbour Trust said", "Harbour Trust")]
    assert [source for _, source in found("Harbour Trust chair Ann Bell said the fees were high.")] == ["Ann Bell"]


def test_a_possessor_at_the_very_start_of_an_article_does_not_reach_back_past_the_first_word():
    for text in (
        "Pop star's mother says fame changed her\n\nThe singer, 24, has sold a million records.",
        "Oil company's chief executive said profits fell at the",
    ):
        suggestions = suggest(text, tag="attribution")

        assert all(0 <= s.start < s.end <= len(text) for s in suggestions)


def test_a_plural_after_a_name_in_capitals_is_a_group():
    assert found("City fans said the boycott would go ahead.") == [("City fans said", "City fans")]
    assert found("Labour rebels warned that the bill would fail.") == [("Labour rebels warned", "Labour rebels")]


def test_a_plural_after_a_date_or_a_thing_that_shows_is_no_group():
    assert found("In June prices said little about demand.") == []
    assert found("Apple shares showed a rise.") == []


def test_an_adjective_or_a_number_before_an_unnamed_source_belongs_to_its_description():
    assert found("Western officials familiar with the talks said the deal was close.") == [
        ("Western officials familiar with the talks said", "Western officials familiar with the talks")
    ]
    assert found("Two junior officials briefed on the plan said it was dead.") == [
        ("Two junior officials briefed on the plan said", "Two junior officials briefed on the plan")
    ]
    assert found("One official close to the board said the fees would rise.") == [
        ("One official close to the board said", "One official close to the board")
    ]


def test_calling_with_the_particle_of_a_phrasal_verb_is_an_act():
    assert found("The coach called in a new keeper.") == []
    assert found("The mayor called down the old order.") == []
    assert found("The mayor called on the board to resign.") == [("The mayor called", "The mayor")]


def test_a_verb_of_claiming_with_an_object_ends_at_a_coordinator():
    cues = [cue for cue, _ in found("The storm claimed three lives and the council said it would help.")]

    assert not any("claimed" in cue for cue in cues)
    assert [cue for cue in cues if cue.endswith("the council said")]
    assert found("The fire claimed two homes but the mayor said no one was hurt.") == [
        ("the mayor said", "the mayor")
    ]


def test_an_adverb_in_ly_that_opens_the_sentence_is_no_part_of_the_source():
    assert found("Privately officials say the fees are too high.") == [("officials say", "officials")]
    assert found("Publicly ministers insisted the plan would work.") == [("ministers insisted", "ministers")]
    assert found("Kelly Moss said the fees were too high.") == [("Kelly Moss said", "Kelly Moss")]
    assert found("Emily said the fees were too high.") == [("Emily said", "Emily")]


def test_every_cue_walks_back_over_the_same_adverbs_between_subject_and_verb():
    assert found("As often reported by local media, the fees rise in spring.") == [
        ("As often reported by local media", "local media")
    ]
    assert found("Figures compiled by the harbour board have long suggested a fall.") == [
        ("Figures compiled by the harbour board have long suggested", "the harbour board")
    ]


def test_a_source_does_not_reach_back_across_a_coordinated_clause():
    assert found("The storm claimed three lives and the council said the roads were shut.") == [
        ("the council said", "the council")
    ]
    assert found("Heavy rain flooded the high street and the mayor warned that more was coming.") == [
        ("the mayor warned", "the mayor")
    ]
    assert found("The mayor met union leaders and the council said talks would go on.") == [
        ("the council said", "the council")
    ]


def test_two_subjects_joined_by_and_stay_one_source():
    assert found("Police and prosecutors said the case was closed.") == [
        ("Police and prosecutors said", "Police and prosecutors")
    ]
    assert found("Both Iran and Russia said the talks had failed.") == [
        ("Both Iran and Russia said", "Both Iran and Russia")
    ]
    assert found("Officials in Kyiv and Warsaw said the grain would move.") == [
        ("Officials in Kyiv and Warsaw said", "Officials in Kyiv and Warsaw")
    ]


def test_a_share_of_a_group_named_by_its_age_is_the_source():
    assert found("Almost half of 15-year-olds said they slept badly.") == [
        ("Almost half of 15-year-olds said", "Almost half of 15-year-olds")
    ]
    assert found("The 15-year-old said he was fine.") == [("The 15-year-old said", "The 15-year-old")]


def test_a_thing_named_by_its_age_is_no_source():
    assert found("The 30-year-old bridge showed cracks.") == []


def test_the_name_after_a_title_that_follows_a_possessive_is_the_source():
    assert found('"It will be sharp," said Fenwick Weather\'s lead forecaster, Tom Bray.') == [
        ("said Fenwick Weather's lead forecaster, Tom Bray", "Tom Bray")
    ]
    assert found('"Every drop counts," said Vale Water\'s director of supply, Ann Holt.') == [
        ("said Vale Water's director of supply, Ann Holt", "Ann Holt")
    ]
    assert found('"We are ready," said Acme\'s Tom Reed, smiling.') == [("said Acme's Tom Reed", "Tom Reed")]


def test_a_possessive_after_a_quotation_with_no_name_after_it_names_the_body():
    assert found('"It is over," said Harbury\'s manager.') == [("said Harbury", "Harbury")]


def test_a_name_with_a_bracket_before_a_relative_clause_is_the_source():
    text = "Councillor Ann Bell (Green), who sits on no committee, said the fees were unfair."
    assert found(text) == [(text[: text.index(" the fees")], "Councillor Ann Bell")]


def test_a_verb_of_the_manner_of_speaking_before_that_reports_words():
    text = "Mr Reed, a builder who moved to the close in 2019, fumed that the couple had lied."
    assert found(text) == [(text[: text.index(" that")], "Mr Reed")]
    assert found("Residents grumbled that prices were too high.") == [("Residents grumbled", "Residents")]


def test_a_verb_of_the_manner_of_speaking_before_a_pointing_that_reports_nothing():
    assert found("The crowd roared that night as the team won.") == []
    assert found("Fans stormed that pitch.") == []
    assert found("The mayor fumed at the delay.") == []


def test_verbs_of_vowing_hailing_and_touting_in_the_base_form_after_a_group():
    assert found("Parents vow to fight the closure.") == [("Parents vow", "Parents")]
    assert found("Farmers hail the new deal.") == [("Farmers hail", "Farmers")]
    assert found("Ministers boast of record building.") == [("Ministers boast", "Ministers")]
    assert found("Ministers trumpet their target of new homes.") == [("Ministers trumpet", "Ministers")]
    assert found("Landlord groups will tell you that rents are rising.") == [
        ("Landlord groups will tell", "Landlord groups")
    ]


def test_the_same_words_as_nouns_or_in_a_compound_report_nothing():
    assert found("A vow of silence fell.") == []
    assert found("Heavy hail flattened the crops.") == []
    assert found("The trumpet sounded.") == []
    assert found("The town's much-trumpeted bypass opened.") == []
    assert found("Yet the numbers tell a simple story.") == []


def test_a_couple_speaks_as_a_group():
    assert found("Retired couple say the trees block the light.") == [("Retired couple say", "Retired couple")]
    assert found("A couple of trees fell.") == []


def test_traders_who_anticipate_or_bet_that_are_the_source():
    assert found("Traders anticipated a surge in demand.") == [("Traders anticipated", "Traders")]
    assert found("Traders bet that rates would rise.") == [("Traders bet", "Traders")]


def test_what_is_anticipated_or_a_wager_names_no_source():
    assert found("Sales were lower than anticipated.") == []
    assert found("He bet £5 on the horse.") == []


def test_a_body_named_by_a_noun_of_campaigning_speaks_again_after_and():
    assert found("The campaign collected signatures and says it will appeal.") == [("says", "The campaign")]
    assert found("The campaign collected signatures and ran a stall.") == []


def test_saying_after_a_comma_takes_the_sentence_subject():
    assert found("The minister urged both sides to talk, saying a strike would hurt.") == [
        ("The minister urged", "The minister"), ("saying", "The minister")
    ]
    assert found("City boss Ann Vale was left fuming, claiming the goal was offside.") == [("claiming", "Ann Vale")]


def test_saying_after_a_subject_that_is_no_source_names_none():
    assert found("Heavy rain fell and the river rose, saying nothing.") == [("saying", "")]


def test_a_participle_of_calling_names_after_with_and_a_group():
    assert found("Fans turned on him, with one furious supporter branding him a mercenary.") == [
        ("branding", "one furious supporter")
    ]


def test_a_passive_of_billing_reports_words_with_no_source():
    assert found("The comet was billed as the comet of the century.") == [("was billed", "")]
    assert found("The gas was billed at a higher rate.") == []


def test_calculations_published_by_a_body_show_its_words():
    assert found("Orbital calculations published by the Minor Planet Center show it will pass close.") == [
        ("Orbital calculations published by the Minor Planet Center show", "the Minor Planet Center")
    ]


def test_a_source_that_casts_something_as_something_gives_its_view():
    assert found("Some researchers see the hoards as savings hidden in war.") == [
        ("Some researchers see", "Some researchers")
    ]
    assert found("The prints follow the trails, which the authors interpret as hunting.") == [
        ("the authors interpret", "the authors")
    ]
    assert found("When ministers unveiled the bill, they billed it as a new era.") == [("they billed", "")]
    assert found("Harbour officials see it differently.") == [("Harbour officials see", "Harbour officials")]


def test_seeing_or_using_something_as_a_clause_or_a_role_is_no_view():
    assert found("Visitors see the castle as they drive in.") == []
    assert found("The club used him as a winger.") == []
    assert found("We will see it as soon as we can.") == []


def test_any_noun_of_an_office_heads_an_unnamed_source():
    assert found('"We held," an Army officer privy to the talks told the paper.') == [
        ("an Army officer privy to the talks told", "an Army officer privy to the talks")
    ]
    assert found("A diplomat familiar with the plan said it was dead.") == [
        ("A diplomat familiar with the plan said", "A diplomat familiar with the plan")
    ]


def test_a_thing_close_to_a_place_is_no_unnamed_source():
    assert found("The river close to the town rose.") == []


def test_acts_that_share_a_verb_of_saying_are_no_cue():
    assert found("The feud has seen police called to the close eleven times.") == []
    assert found("The reef, which the navy calls Sable Shoal, is contested.") == []
    assert found("Two detectorists found the coins and reported them to the local museum.") == []
    assert found("The Environment Agency has declared drought across the region.") == []
    assert found("In a statement read to the court, Ann Bell said her life was torn apart.") == [
        ("Ann Bell said", "Ann Bell")
    ]
    assert found("Why is it disputed?") == []
    assert found("Rain as the prime minister concedes") == []


def test_the_same_verbs_reporting_words():
    assert found("The mayor called the plan a disgrace.") == [("The mayor called", "The mayor")]
    assert found("The agency reported that prices rose.") == [("The agency reported", "The agency")]
    assert found("The agency declared that the drought was over.") == [("The agency declared", "The agency")]
    assert found("The coach conceded that the team was tired.") == [("The coach conceded", "The coach")]


def test_a_reporter_credit_with_a_place_after_it_is_no_cue_but_words_after_it_are():
    assert found("Listen: Ann Bell reports from the picket line in Limerick (2:41)") == []
    assert found("The Herald reports from Kyiv that the grain is moving.") == [("The Herald reports", "The Herald")]


def test_told_in_the_passive_before_a_clause_reports_words_with_no_source():
    assert found("Trustees were told the fund offered safe returns.") == [("were told", "")]
    assert found("He was told to leave.") == []
    assert found("She was told off by the referee.") == []


def test_a_name_before_its_age_and_address_is_the_source():
    text = "Darren Webb, 41, of Mill Lane, Aldbury, said he was sorry."
    assert found(text) == [(text[: text.index(" he was")], "Darren Webb")]
    text = "Ann Holt, of Leeds, said the fees were fair."
    assert found(text) == [(text[: text.index(" the fees")], "Ann Holt")]


def test_an_infinitive_of_speech_after_a_verb_of_habit_or_of_messaging_reports_words():
    assert found("The minister for ports likes to say that the harbour is busy.") == [
        ("The minister for ports likes to say", "The minister for ports")
    ]
    assert found("My landlord texted me on a Sunday night to say the rent would rise.") == [
        ("My landlord texted me on a Sunday night to say", "My landlord")
    ]
    assert found("The mayor went on to say that the fees would stay.") == [
        ("The mayor went on to say", "The mayor")
    ]
    assert found("The union wrote to members to say the ballot was open.") == [("The union wrote", "The union")]


def test_an_infinitive_of_speech_after_refusing_or_trying_reports_nothing():
    assert found("The firm refused to confirm the sale.") == []
    assert found("The board tried to claim the fees.") == []


def test_a_free_relative_of_naming_names_who_chose_the_words():
    assert found("Prices rose, in what one trader called a panic.") == [("what one trader called", "one trader")]
    assert found("It was what he called a disgrace.") == [("what he called", "")]


def test_a_clause_before_a_passive_of_naming_is_no_free_relative():
    assert found("What happened next was called a miracle.") == []


def test_a_possessive_determiner_opens_a_described_source():
    assert found("In court his wife said her life had been torn apart.") == [("his wife said", "his wife")]


def test_conceding_a_number_is_an_act():
    assert found("His side have conceded 41 goals in 25 matches.") == []


def test_investigators_who_suspect_are_the_source_but_a_suspect_is_not():
    assert found("Investigators suspect the fire was started on purpose.") == [
        ("Investigators suspect", "Investigators")
    ]
    assert found("A suspected arson attack hit the shop.") == []
    assert found("The suspect fled.") == []


def test_a_noun_that_ends_in_ly_is_no_adverb_before_the_verb():
    assert found("The family said he was loved.") == [("The family said", "The family")]
    assert found("Officials privately say the deal is dead.") == [("Officials privately say", "Officials")]


def test_the_author_of_a_statement_or_a_letter_is_the_source():
    assert found("A statement from the family said he was a loving father.") == [
        ("A statement from the family said", "the family")
    ]
    assert found("The statement said the fees would rise.") == [("The statement said", "The statement")]


def test_a_noun_for_one_person_by_its_ending_heads_a_source():
    assert found("The head teacher said the school would close.") == [("The head teacher said", "The head teacher")]
    assert found("Owner insists he is the victim") == [("Owner insists", "Owner")]


def test_headline_verbs_of_censure_after_a_source():
    assert found("Boss slams 'shambolic' refereeing") == [("Boss slams", "Boss")]
    assert found("Fans blast owner over ticket prices") == [("Fans blast", "Fans")]
    assert found("Minister hits out at critics over delays") == [("Minister hits", "Minister")]
    assert found("Union chief vows to fight on") == [("Union chief vows", "Union chief")]


def test_the_same_words_as_nouns_or_acts_report_nothing():
    assert found("The region faces a bitter Arctic blast this week.") == []
    assert found("The storm hit the coast.") == []
    assert found("Waves lashed the coast.") == []
    assert found("A few Labour rebels say the bill will fail.") == [
        ("A few Labour rebels say", "A few Labour rebels")
    ]


def test_a_verb_right_after_its_determiner_is_a_noun():
    assert found("The ministry studied the claims.") == []
    assert found("Many believe the plan will fail.") == [("Many believe", "Many")]


def test_people_who_find_that_something_is_so_are_the_source():
    text = "The team, led by Dr Mia Lund of Bergen University, found that the bees could count."
    assert found(text) == [(text[: text.index(" that")], "The team")]
    assert found("Dr Lund and her colleagues found that the bees could count.") == [
        ("Dr Lund and her colleagues found", "Dr Lund and her colleagues")
    ]


def test_people_who_find_a_thing_report_nothing():
    assert found("The team, unbeaten in June, found form late.") == []
    assert found("Police found a body in the river.") == []


def test_the_agent_of_a_passive_verb_of_saying_is_the_source():
    assert found("The figures were disputed by the union.") == [("disputed by the union", "the union")]
    assert found("He was told by doctors that he would recover.") == [("told by doctors", "doctors")]
    assert found("The findings have been questioned by some researchers.") == [
        ("questioned by some researchers", "some researchers")
    ]


def test_the_agent_of_a_passive_act_is_no_source():
    assert found("The land was claimed by the crown.") == []
    assert found("The cuts were welcomed by the markets.") == []
    assert found("The fee was set as recommended by the board.") == []


def test_a_quantifier_standing_alone_for_people_is_the_source():
    assert found("Others, however, argue the plan is fair.") == [("Others, however, argue", "Others")]
    assert found("Most expect a cut.") == [("Most expect", "Most")]


def test_few_who_predict_are_no_source():
    assert found("Prices may fall, but few predict a crash.") == []


def test_an_outlet_that_understands_or_a_court_that_rules_before_a_bare_clause():
    assert found("Harbour Radio understands the club has agreed a fee.") == [
        ("Harbour Radio understands", "Harbour Radio")
    ]
    assert found("The court ruled the ban was lawful.") == [("The court ruled", "The court")]


def test_verbs_of_learning_hinting_and_observing_report_words_before_a_clause_only():
    assert found("The Herald has learned that the deal is close.") == [("The Herald has learned", "The Herald")]
    assert found("The bank signalled that rates would stay high.") == [("The bank signalled", "The bank")]
    assert found("The judge observed that the law was unclear.") == [("The judge observed", "The judge")]
    assert found("The team learned that lesson the hard way.") == []
    assert found("Astronomers observed the comet for a week.") == []


def test_an_impersonal_passive_before_a_bare_clause_has_no_source():
    assert found("It is understood the fees will rise.") == [("is understood", "")]
    assert found("It is thought the fees will rise.") == [("is thought", "")]


def test_according_to_a_statement_names_its_author():
    assert found("According to a statement from the family, he died peacefully.") == [
        ("According to a statement from the family", "the family")
    ]


def test_asking_a_question_reports_words():
    assert found("Residents asked why the road had been closed.") == [("Residents asked", "Residents")]
    assert found('"Why now?" asked one resident.') == [("asked one resident", "one resident")]
    assert found('"Is it safe?" the mayor asked.') == [("the mayor asked", "the mayor")]
    assert found("Members of the scheme ask why the trustees hailed the plan.") == [
        ("Members of the scheme ask", "Members of the scheme"), ("the trustees hailed", "the trustees")
    ]


def test_asking_for_something_or_being_asked_to_reports_no_words():
    assert found("Villagers asked for help.") == []
    assert found("The council was asked to explain the delay.") == []


def test_a_verb_of_censure_with_a_particle_of_direction_is_force():
    assert found("The team slammed in four goals.") == []
    assert found("The striker blasted into the net.") == []
    assert found("Fans slammed the decision.") == [("Fans slammed", "Fans")]


def test_a_verb_of_expecting_after_than_is_a_yardstick_not_words():
    assert found("Wards run with fewer nurses than the national staffing framework recommends.") == []
    assert found("Inflation was higher than economists had forecast.") == []
    assert found("Economists had forecast that inflation would rise.") == [("Economists had forecast", "Economists")]


def test_a_person_at_or_from_a_body_is_the_source():
    assert found("Prof Ann Holt from the University of Leeds said waits were growing.") == [
        ("Prof Ann Holt from the University of Leeds said", "Ann Holt")
    ]
    assert found("Ann Holt at the University of Leeds said waits were growing.") == [
        ("Ann Holt at the University of Leeds said", "Ann Holt")
    ]


def test_a_group_at_a_body_stays_whole():
    assert found("Researchers at the University of Leeds said waits were growing.") == [
        ("Researchers at the University of Leeds said", "Researchers at the University of Leeds")
    ]


def test_the_agent_of_a_passive_ends_before_when_or_where():
    assert found("The signing was confirmed by the club on Friday.") == [("confirmed by the club", "the club")]


def test_labelling_something_after_a_named_source_is_a_verdict_but_labelling_jars_is_not():
    assert found("Hale labelled the decision a joke.") == [("Hale labelled", "Hale")]
    assert found("The jars were labelled by hand.") == []


def test_a_body_named_by_a_lower_case_noun_speaks():
    assert found("The bank kept its forecast unchanged, saying inflation was easing.") == [("saying", "The bank")]
    assert found("The university said fees would rise.") == [("The university said", "The university")]
    assert found("The Andalusian health service said beds were full.") == [
        ("The Andalusian health service said", "The Andalusian health service")
    ]


def test_writing_off_a_sum_is_an_act():
    assert found("Council pension fund writes off £640m") == []
    assert found("The fund wrote to members to say the scheme was safe.") == [("The fund wrote", "The fund")]


def test_markets_betting_that_is_a_view():
    assert found("Markets are betting that rates will fall.") == [("Markets are betting", "Markets")]


def test_a_concession_before_a_quotation_reports_words():
    assert found('The minister conceded: "We got this wrong."') == [("The minister conceded", "The minister")]
    assert found('The coach conceded, "We were second best."') == [("The coach conceded", "The coach")]
    assert found("The minister conceded, however, that the plan had failed.") == [
        ("The minister conceded", "The minister")
    ]
    assert found("The minister conceded the figures were wrong.") == [("The minister conceded", "The minister")]


def test_a_concession_that_closes_its_clause_is_an_act():
    assert found("The Prime Minister conceded, and the election was over.") == []
    assert found("The candidate conceded; the count went on.") == []
    assert found("The keeper conceded a goal and the crowd fell silent.") == []
    assert found("Labour conceded the seat to the Greens.") == []


def test_a_clause_reported_before_to_is_no_notice_given_to_someone():
    assert found("Sky News reports the club are close to a deal for the striker.") == [
        ("Sky News reports", "Sky News")
    ]
    assert ("The Guardian reported", "The Guardian") in found(
        "The Guardian reported the minister wrote to the Treasury last week."
    )
    assert found("The paper reported the council had written to residents.") == [("The paper reported", "The paper")]


def test_a_thing_reported_to_an_authority_is_no_words_reported():
    assert found("A walker reported the find to the local museum.") == []
    assert found("The bank reported the theft to police.") == []


def test_a_verb_that_reports_only_in_its_own_construction_opens_no_words_before_and():
    assert found("The keeper hit the bar and the referee said the goal stood.") == [("the referee said", "the referee")]
    assert found("The keeper struck the bar and the referee said the goal stood.") == [
        ("the referee said", "the referee")
    ]
    assert found("The club announced the signing and the manager said he was delighted.") == [
        ("the manager said", "the manager")
    ]


def test_a_phrase_before_a_verb_of_speech_stops_at_a_coordinated_clause():
    assert found("Lightning struck the church and the vicar said it was a miracle.") == [
        ("the vicar said", "the vicar")
    ]
    assert found("The striker blasted the ball and the crowd said nothing.") == [("the crowd said", "the crowd")]
    # two subjects that open the sentence stay one source
    assert found("Police and prosecutors said the case was closed.") == [
        ("Police and prosecutors said", "Police and prosecutors")
    ]


def test_as_opening_a_clause_of_time_after_a_verb_of_viewing_gives_no_view():
    assert found("Commuters saw delays as trains were cancelled across the region.") == []
    assert found("Observers viewed the eclipse as clouds parted over Cornwall.") == []
    assert found("Officials cast their votes as the polls closed.") == []
    assert found("Investors viewed the merger as a threat to jobs.") == [("Investors viewed", "Investors")]
    assert found("Analysts saw the move as proof it was failing.") == [("Analysts saw", "Analysts")]


def test_painting_or_casting_a_thing_gives_no_view_of_it():
    assert found("Engineers painted the bridge as part of the repairs.") == []
    assert found("Researchers painted the rocks as a control.") == []
    assert found("Critics painted him as a villain.") == [("Critics painted", "Critics")]
    assert found("Campaigners cast the minister as the outsider.") == [("Campaigners cast", "Campaigners")]


def test_hitting_out_at_a_ball_or_a_moment_is_a_stroke_not_censure():
    assert found("Root hit out at the end of the innings to reach his century.") == []
    assert found("The batsman lashed out at a wide delivery and was caught.") == []
    assert found("The manager lashed out at the referee after the match.") == [("The manager lashed", "The manager")]
    assert found("Unions hit out at plans for longer hours.") == [("Unions hit", "Unions")]


def test_a_blast_or_a_slam_of_force_reports_no_censure():
    assert found("Bitter Arctic blast hits northern towns overnight.") == []
    assert found("Miners blast the rock face twice a day.") == []
    assert found("The wind slammed the shutters against the wall.") == []
    assert found("Campaigners blasted the council over the delays.") == [("Campaigners blasted", "Campaigners")]
    assert found("The MP slammed ministers for the delay.") == [("The MP slammed", "The MP")]
    assert found("Tenants have slammed a greedy landlord who raised the rent.") == [
        ("Tenants have slammed", "Tenants")
    ]


def test_that_before_a_day_or_a_month_opens_no_words():
    assert found("Thunder boomed that Tuesday across the valley.") == []
    assert found("The fans roared that Christmas Eve as the lights went on.") == []
    assert found("The manager fumed that Smith had dived.") == [("The manager fumed", "The manager")]
    assert found("Fans roared that United were robbed.") == [("Fans roared", "Fans")]


def test_data_that_tell_a_story_report_no_words():
    assert found("The lab results tell a different story.") == []
    assert found("The figures told a grim tale.") == []
    assert found("The lab manager told reporters the results were clear.") == [
        ("The lab manager told", "The lab manager")
    ]


def test_an_infinitive_of_speech_with_nothing_said_after_it_reports_a_habit():
    assert found("The goalkeeper tends to say very little after defeats.") == []
    assert found("The mayor tends to say nothing in public.") == []
    assert found("The coach likes to tell reporters that the pitch is poor.") == [
        ("The coach likes to tell", "The coach")
    ]
    assert found('The coach likes to say: "We go again."') == [("The coach likes to say", "The coach")]


def reasons(sentence):
    text = LEAD + sentence
    return [s.reason for s in suggest(text, tag="attribution") if s.start >= len(LEAD)]


def test_a_reason_quotes_the_cue_as_the_text_has_it():
    assert reasons("The manager stormed that the referee had lied.") == [
        "“stormed that” introduces the manager's words."
    ]
    assert reasons('Boss Tom Bell fumed: "We were robbed."')[0].startswith("“fumed:” introduces")
    assert reasons("Most experts see it differently.") == ["“see it differently” gives most experts' view."]
    assert reasons("Some researchers see them as savings.") == ["“see … as” gives some researchers' view."]


def test_a_noun_for_people_that_no_ending_gives_is_a_source():
    assert found("Some local guides have blamed the new road for the damage.") == [
        ("Some local guides have blamed", "Some local guides")
    ]
    assert found("Angry guests branded the offer an insult.") == [("Angry guests branded", "Angry guests")]
    assert found("Nurses fear the ward will close.") == [("Nurses fear", "Nurses")]
    assert found("The tour guide said the path was safe.") == [("The tour guide said", "The tour guide")]


def test_a_thing_before_a_verb_of_judging_is_no_group_that_speaks():
    assert found("Heavy seas blamed for the delay were easing.") == []
    assert found("The new rules branded as fair were dropped.") == []


def test_a_determiner_opens_the_source_phrase():
    assert found("At the hearing his widow said the firm had lied.") == [("his widow said", "his widow")]
    assert found("The leader of the guides said the cave was closed.") == [
        ("The leader of the guides said", "The leader of the guides")
    ]


def test_a_pronoun_and_a_verb_before_a_colon_and_a_quotation_is_a_cue():
    assert found('He fumed: "Nobody came to help."') == [("He fumed", "")]
    assert found('Asked about the prize, she smiled: "A long holiday."') == [("she smiled", "")]
    assert found('It cracked: "Nothing more to see."') == []


def test_people_picked_out_by_who_and_a_reporting_verb_are_the_source():
    assert found("The board gave way to pressure from tenants who said the fees were unfair.") == [
        ("said", "tenants")
    ]
    assert found("The plan angered skippers who warned that the harbour would silt up.") == [
        ("warned", "skippers")
    ]


def test_anyone_who_says_something_is_no_source():
    assert found("Anyone who tells you the fees are fair has not paid them.") == []
    assert found("Those who claim the fees are fair have not paid them.") == []


def test_told_then_a_phrase_of_time_or_place_then_that_reports_words():
    assert found("Tenants of Dock Row were told on Friday that their flats were unsafe.") == [("were told", "")]
    assert found("Pupils were told in assembly that the school would close.") == [("were told", "")]
    assert found("The crew were told to leave the quay.") == []


def test_a_name_with_an_elided_particle_is_part_of_the_source():
    assert found("Roads were shut, the prefecture of Val-d'Oise said.") == [
        ("the prefecture of Val-d'Oise said", "the prefecture of Val-d'Oise")
    ]
    assert found("The embassy in Côte d'Ivoire said the border was shut.") == [
        ("The embassy in Côte d'Ivoire said", "The embassy in Côte d'Ivoire")
    ]


def test_a_group_in_a_place_may_open_a_clause_joined_by_and():
    assert found("The fees rose, and skippers at the north quay fear the harbour will empty.") == [
        ("skippers at the north quay fear", "skippers at the north quay")
    ]
    assert found("The fees rose; growers in the valley say the crop is small.") == [
        ("growers in the valley say", "growers in the valley")
    ]


def test_people_or_a_named_body_that_point_to_something_cite_evidence():
    assert found("Supporters point to Leeds and a string of cities that already charge.") == [
        ("Supporters point to", "Supporters")
    ]
    assert found("Campaign group Stop the Quay Road points to the last bypass.") == [
        ("Campaign group Stop the Quay Road points to", "Stop the Quay Road")
    ]
    assert found("Growers in the valley point to the drought.") == [
        ("Growers in the valley point to", "Growers in the valley")
    ]


def test_data_or_a_thing_that_points_to_something_is_no_source():
    assert found("The flight data pointed to a solid-fuel engine.") == []
    assert found("Silver hoard on Bornholm points to trade routes.") == []
    assert found("The evidence points to a leak.") == []


def test_the_inside_a_name_keeps_the_name_whole():
    assert found("Save the Children said the camps were full.") == [("Save the Children said", "Save the Children")]


def test_people_the_writer_spoke_to_are_the_source():
    assert found("Skippers we spoke to this week fear the quay will close.") == [
        ("Skippers we spoke to this week fear", "Skippers we spoke to this week")
    ]
    assert found("The fees rose, and heads I have spoken to report calmer corridors.") == [
        ("heads I have spoken to report", "heads I have spoken to")
    ]


def test_a_thing_the_writer_asked_for_is_no_source():
    assert found("The repairs we asked for never came.") == []


def test_according_to_a_tally_kept_by_a_body_names_the_body():
    assert found("Nine divers have died, according to a tally kept by the Cave Diving Association.") == [
        ("according to a tally kept by the Cave Diving Association", "the Cave Diving Association")
    ]


def test_an_ing_word_after_an_article_is_a_noun_not_a_participle_of_speech():
    assert found("Storms are due, with a yellow warning for hail in the hills.") == []
    assert [cue for cue, _ in found("The shops shut, with many warning of worse to come.")] == ["warning"]


def test_a_body_set_apart_as_a_persons_affiliation_is_not_the_source():
    assert [source for _, source in found(
        "Team member Dr Ann Holt, of the Northern Space Agency (NSA), which built the drill, said the ice was thin."
    )] == ["Dr Ann Holt"]
    assert [source for _, source in found(
        "The Northern Space Agency, which built the drill, said the ice was thin."
    )] == ["Northern Space Agency"]


def test_a_second_verb_with_a_reported_clause_shares_the_subject():
    assert found("Harbour master Jo Bell backed the fees and admitted the timetable had been too tight.") == [
        ("admitted", "Jo Bell")
    ]
    assert found("The harbour master, Jo Bell, backed the fees but admitted the timetable had been too tight.") == [
        ("admitted", "Jo Bell")
    ]


def test_a_second_verb_with_an_object_only_is_an_act():
    assert found("Harbour master Jo Bell backed the fees and admitted two new boats.") == []


def test_a_promise_that_something_will_be_reports_words():
    assert found("The harbour board promised in 2023 that the fees would pay for a lifeguard.") == [
        ("The harbour board promised", "The harbour board")
    ]
    assert found("The harbour board promised a review.") == []
    assert found("The harbour board promised to cut the fees.") == []


def test_records_with_where_they_were_put_are_the_source():
    assert found("Reviews posted on booking sites in 2024 describe a similar outbreak.") == [
        ("Reviews posted on booking sites in 2024 describe", "Reviews posted on booking sites in 2024")
    ]
    assert found("Documents filed with the court say the board knew.") == [
        ("Documents filed with the court say", "Documents filed with the court")
    ]


def test_things_put_somewhere_that_are_no_records_are_no_source():
    assert found("Prices posted on boards describe a steep rise.") == []


def test_rejecting_something_said_reports_words():
    assert found("The harbour board rejected the allegations.") == [("The harbour board rejected", "The harbour board")]
    assert found("Skippers blame the dredging, a link the harbour board has rejected.") == [
        ("Skippers blame", "Skippers"), ("the harbour board has rejected", "the harbour board")
    ]


def test_rejecting_a_bid_or_an_offer_is_an_act():
    assert found("The club rejected a third bid for the striker.") == []
    assert found("It was an offer the union rejected.") == []


def test_a_report_inside_a_reported_clause_is_the_first_sources_words():
    assert found("The union said some growers in the valley expected yields to fall.") == [
        ("The union said", "The union")
    ]
    assert found("The Gazette reported that the minister wrote to the harbour board.") == [
        ("The Gazette reported", "The Gazette")
    ]


def test_two_sources_in_two_clauses_are_both_cues():
    assert found("The union said the fees were high, and growers in the valley expect a poor crop.") == [
        ("The union said", "The union"), ("growers in the valley expect", "growers in the valley")
    ]


def test_people_not_named_with_where_they_are_after_a_quotation_are_the_source():
    assert found('"It is dire," said some growers in Fenland and the Wolds.') == [
        ("said some growers in Fenland and the Wolds", "some growers in Fenland and the Wolds")
    ]
    assert found('"It is dire," said one skipper in Dunmore on Tuesday.') == [
        ("said one skipper in Dunmore", "one skipper in Dunmore")
    ]


def test_a_vow_after_and_shares_the_subject():
    assert found("Jan Wolski sold the boat and has vowed never to fish again.") == [("vowed", "Jan Wolski")]
    assert found("Jan Wolski sold the boat and has gone to Leeds.") == []


def test_identified_by_a_body_as_someone_names_who_gave_the_name():
    assert found("The drowned diver was identified by the Foreign Office as Ann Roe, 34.") == [
        ("identified by the Foreign Office", "the Foreign Office")
    ]
    assert found("The man was named by police as Tom Reed.") == [("named by police", "police")]


def test_named_by_someone_after_something_reports_no_name_given():
    assert found("The beetle was named by scientists after a singer.") == []


def test_unnamed_sources_with_a_verb_of_the_base_form_are_the_source():
    assert found("Sources close to the skipper say he wants to sell.") == [
        ("Sources close to the skipper say", "Sources close to the skipper")
    ]
    assert found("People familiar with the talks fear a strike.") == [
        ("People familiar with the talks fear", "People familiar with the talks")
    ]


def test_a_plural_possessive_stays_inside_the_source():
    assert found("The teachers' union warned of strikes.") == [("The teachers' union warned", "The teachers' union")]
    assert found("Residents’ groups say the plan is flawed.") == [("Residents’ groups say", "Residents’ groups")]


def test_a_share_of_those_surveyed_is_the_source():
    assert found("Half of those surveyed said they could not pay the fees.") == [
        ("Half of those surveyed said", "Half of those surveyed")
    ]
    assert found("In the poll, almost 40% of those questioned said the fees were too high.") == [
        ("almost 40% of those questioned said", "almost 40% of those questioned")
    ]


def test_jurors_and_magistrates_hear_evidence():
    assert found("Jurors heard that the skipper had fled.") == [("Jurors heard", "Jurors")]
    assert found("Magistrates heard the boy had been bullied.") == [("Magistrates heard", "Magistrates")]
    assert found("Fishermen heard a loud bang.") == []


def test_one_or_another_opens_the_source_phrase():
    assert found('"It is a disaster," one shopkeeper told the Gazette.') == [
        ("one shopkeeper told", "one shopkeeper")
    ]
    assert found('"It is a disaster," another skipper said.') == [("another skipper said", "another skipper")]


def test_verbs_of_thinking_agreeing_and_commenting_report_the_clause_that_opens():
    assert found("The harbour master thinks that the fees are too high.") == [
        ("The harbour master thinks", "The harbour master")
    ]
    assert found("Skippers agreed that the quay was unsafe.") == [("Skippers agreed", "Skippers")]
    assert found("The board hopes that the fees will fall.") == [("The board hopes", "The board")]


def test_those_verbs_without_a_clause_after_that_report_nothing():
    assert found("The board agreed a deal with the skippers.") == []
    assert found("The doubts that remain about the fees are many.") == []
    assert found("Raising hopes that the fees would fall, the board met on Monday.") == []


def test_one_or_another_standing_alone_for_a_person_is_the_source():
    assert found('Another added: "Never again."') == [("Another added", "Another")]
    assert found("One said the fees were too high.") == [("One said", "One")]
    assert found("One died when the boat capsized.") == []


def test_with_one_writing_or_posting_is_a_reaction_from_part_of_a_group():
    assert found('Skippers were furious, with one writing: "Shambles."') == [("one writing", "")]
    assert found("Skippers were furious, with many posting that the quay was unsafe.") == [("many posting", "")]


def test_a_named_body_that_forecasts_something_reports_its_forecast():
    assert found("Météo-Bretagne forecasts further storms on Friday.") == [
        ("Météo-Bretagne forecasts", "Météo-Bretagne")
    ]
    assert found("The Harbour Trust forecasts a fall in landings.") == [
        ("The Harbour Trust forecasts", "Harbour Trust")
    ]


def test_forecasts_as_a_noun_report_nothing():
    assert found("Growth forecasts were cut.") == []
    assert found("Met Office forecasts show rain.") == []
    assert found("Skippers' forecasts suggest a rise.") == []
    assert found("The firm cut its profit forecasts.") == []


def test_a_modal_between_the_source_and_its_verb_is_no_part_of_the_source():
    assert found("The fees will rise, the Gazette can reveal.") == [("the Gazette can reveal", "the Gazette")]
    assert found("Critics may argue the fees are fair.") == [("Critics may argue", "Critics")]


def test_an_outlet_that_has_learned_or_understands_the_clause_before_reports_it():
    assert found("The fees are set to rise, the Gazette has learned.") == [
        ("the Gazette has learned", "the Gazette")
    ]
    assert found("The club is close to a deal, Goalline understands.") == [("Goalline understands", "Goalline")]


def test_learning_after_a_phrase_or_an_and_reports_nothing():
    assert found("After the defeat, the club learned.") == []
    assert found("It was a hard lesson, and the club has learned.") == []


def test_any_number_of_people_in_a_place_is_the_source_not_the_place():
    assert found('"It is dire," said six growers in Fenland and the Wolds.') == [
        ("said six growers in Fenland and the Wolds", "six growers in Fenland and the Wolds")
    ]
    assert found('"It is dire," said 12 growers in Fenland.') == [
        ("said 12 growers in Fenland", "12 growers in Fenland")
    ]
    assert found('"It is dire," said twenty growers in Fenland.') == [
        ("said twenty growers in Fenland", "twenty growers in Fenland")
    ]


def test_a_plural_noun_that_is_also_a_verb_of_reporting_names_no_source_before_its_own_verb():
    assert found("Growth estimates were cut.") == []
    assert found("Met Office estimates show rain.") == []
    assert found("Insurance claims have doubled.") == []
    assert found("Staff fears grew after the vote.") == []
    assert found("Police reports suggest the road was closed.") == [("Police reports suggest", "Police reports")]


def test_the_same_forms_report_words_before_an_object_a_clause_or_the_end():
    assert found("The treasury estimates that 40 jobs will go.") == [("The treasury estimates", "The treasury")]
    assert found("The council reports a deficit of £3m.") == [("The council reports", "The council")]
    assert found("Nothing has changed, the minister claims.") == [("the minister claims", "the minister")]


def test_people_informed_without_saying_by_whom_is_an_unnamed_source():
    assert found("Trustees were informed on Friday that the fund was safe.") == [("were informed", "")]
    assert found("Residents were advised the water was unsafe.") == [("were advised", "")]
    assert found("Staff have been reminded that the vote is secret.") == [("have been reminded", "")]
    assert found("Tenants were notified that rents would rise.") == [("were notified", "")]


def test_an_instruction_or_a_guarantee_is_no_unnamed_source():
    assert found("Residents were advised to boil water.") == []
    assert found("The club was assured of a place in the final.") == []


def test_every_verb_of_rejecting_reports_words_when_what_it_rejects_was_said():
    assert found("The ministry rebuffed the allegations.") == [("The ministry rebuffed", "The ministry")]
    assert found("The ministry repudiated the claims.") == [("The ministry repudiated", "The ministry")]
    assert found("The club dismissed the allegations as nonsense.") == [("The club dismissed", "The club")]
    assert found("The council refuted the claims.") == [("The council refuted", "The council")]


def test_a_verb_of_rejecting_with_an_object_that_was_never_said_is_an_act():
    assert found("The ministry rebuffed a third bid.") == []
    assert found("The ministry repudiated the treaty.") == []
    assert found("The club dismissed the manager on Monday.") == []
    assert found("The firm spurned a takeover offer.") == []


def test_the_lexicon_of_nouns_for_people_lists_each_noun_in_both_numbers():
    from annotations.suggestions.person_nouns import PEOPLE_NOUNS, PERSON_NOUNS

    def plurals(word):
        return {word + "s", word + "es", word[:-1] + "ies", word[:-2] + "ves", word + "ren"}

    singulars = PERSON_NOUNS - PEOPLE_NOUNS
    assert {"nurse", "child", "wife", "witness"} <= singulars
    assert [word for word in singulars if not plurals(word) & PEOPLE_NOUNS] == []
    assert {"nurses", "children", "wives", "witnesses", "staff"} <= PEOPLE_NOUNS


def test_a_noun_for_a_person_names_the_source_of_a_view_or_a_verdict_as_a_plural_or_a_name_does():
    assert found("Fees rose, and one nurse sees the cuts as savings.") == [("one nurse sees", "one nurse")]
    assert found("Fees rose, but one nurse welcomed the plan.") == [("one nurse welcomed", "one nurse")]
    assert found("Fees rose, and the nurse branded the plan a disaster.") == [("the nurse branded", "the nurse")]
    assert found("Nurses see the cuts as savings.") == [("Nurses see", "Nurses")]


def test_an_auxiliary_or_a_negation_before_the_verb_is_no_part_of_the_source():
    assert found("The engineers did say the bridge was safe.") == [("The engineers did say", "The engineers")]
    assert found("The harbour master does insist the fees are fair.") == [
        ("The harbour master does insist", "The harbour master")
    ]
    assert found("The engineers have not said whether the bridge is safe.") == [
        ("The engineers have not said", "The engineers")
    ]
    assert found("The engineers didn't say whether the bridge was safe.") == [
        ("The engineers didn't say", "The engineers")
    ]
    assert found("The pilots’ union won’t say how many members voted.") == [
        ("The pilots’ union won’t say", "The pilots’ union")
    ]
    assert found("The harbour board cannot confirm that the fees will fall.") == [
        ("The harbour board cannot confirm", "The harbour board")
    ]
    # a source's words after its verb are no source of a verb inside them
    assert found("The harbour board said it could not confirm the figures.") == [
        ("The harbour board said", "The harbour board")
    ]
    # a pronoun's cue quotes the negation with its verb
    text = LEAD + "They can't say why the fees rose."
    assert [s.reason for s in suggest(text, tag="attribution")] == ["“They can't say”: reported speech."]


def test_it_with_a_noun_phrase_for_its_object_reports_no_words():
    # "it" is often a thing: with a plain noun phrase after the verb it relates a thing to a thing
    assert found("It confirms a trend seen across the coast.") == []
    assert found("But it does confirm a trend that has been clear for years.") == []
    assert found("It did not report any losses, but the board said the tolls fell.") == [
        ("the board said", "the board")
    ]
    assert found("The survey says it confirms a trend of falling catches.") == [("The survey says", "The survey")]
    # with a clause, a quotation or an infinitive after the verb, or an object that names words, it reports
    assert found("It expects the fees to rise again in spring.") == [("It expects", "")]
    assert found("It argues that the fees are too high.") == [("It argues", "")]
    assert found("It confirmed the fees would rise in May.") == [("It confirmed", "")]
    assert found("It gave no figure for the lost tolls.") == [("It gave", "")]
    assert found("The board rejected a levy which it says would drive boats away.") == [("it says", "")]


def test_a_relative_clause_belongs_to_its_head_noun_the_source():
    # the noun after the clause's verb is its object, not who speaks
    assert found("Fishermen who opposed the new quay said the board had ignored them.") == [
        ("Fishermen who opposed the new quay said", "Fishermen who opposed the new quay")
    ]
    assert found("Skippers who fought the council warned that more boats would leave.") == [
        ("Skippers who fought the council warned", "Skippers who fought the council")
    ]
    # a clause that opens the sentence is no relative clause: the source is after it
    assert [source for _, source in found("Asked about the quay, the harbour master said the fees were fair.")] == [
        "the harbour master"
    ]


def test_a_study_of_its_kind_is_the_source_not_its_kind():
    assert [source for _, source in found("Fees have almost doubled, the first survey of its kind suggests.")] == [
        "the first survey of its kind"
    ]
    # an author after "of" still is the source: "figures of the board"
    assert [source for _, source in found("Figures from the harbour board show the fees rose twice.")] == [
        "the harbour board"
    ]
