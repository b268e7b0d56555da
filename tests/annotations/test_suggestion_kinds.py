"""The suggester on the kinds of page it used to get wrong: widgets, bios, capture headers, live blogs,
attribution shapes, numbers that are labels, general rhetoric cues, in several scripts. Plain functions."""

import pytest

from annotations.suggestions import suggest
from annotations.suggestions.tokens import tokenize

BODY = (
    "The council approved the new budget after a long debate that lasted well into the evening on Tuesday.\n\n"
    "{}\n\n"
    "Members of the opposition said they would continue to press for changes to the spending plans.\n"
)


def found(text, tag):
    return {text[s.start : s.end]: s for s in suggest(text, tag=tag)}


# Tokens: offsets are code points of the line, whatever the script


def test_token_offsets_are_code_points_in_any_script():
    line = "😀 Київ: 北朝鮮 said 1,800 state-run O’Connor’s"

    doc = tokenize(line)

    assert [t.text for t in doc] == [
        "😀", "Київ", ":", "北朝鮮", "said", "1,800", "state", "-", "run", "O’Connor", "’s",
    ]
    assert all(line[t.idx : t.idx + len(t.text)] == t.text for t in doc)


def test_combining_marks_stay_inside_their_words():
    # Devanagari and Tamil vowel signs and viramas, a Thai tone mark, and an accent written as its own code point
    line = "हिन्दी समाचार, தமிழ் செய்தி, ข่าว and Cafe\u0301 noir"

    doc = tokenize(line)

    assert [t.text for t in doc] == [
        "हिन्दी", "समाचार", ",", "தமிழ்", "செய்தி", ",", "ข่าว", "and", "Cafe\u0301", "noir",
    ]
    assert all(t.is_alpha for t in doc if t.text != ",")
    assert all(line[t.idx : t.idx + len(t.text)] == t.text for t in doc)


def test_a_clitic_after_a_combining_accent_is_split_off_as_after_a_precomposed_one():
    decomposed, precomposed = tokenize("Cafe\u0301's owner"), tokenize("Café's owner")

    assert [t.text for t in decomposed] == ["Cafe\u0301", "'s", "owner"]
    assert [t.kind for t in decomposed] == [t.kind for t in precomposed]


def test_a_word_never_starts_with_a_combining_mark():
    doc = tokenize("\u0301abc \u093f")

    assert [t.text for t in doc] == ["\u0301", "abc", "\u093f"]


def test_sentences_do_not_end_after_titles_or_initials():
    doc = tokenize("Mr. Kim met J. Smith in Seoul. The talks ended. 会談は終わった。次へ")

    assert [s.text for s in doc.sents] == [
        "Mr. Kim met J. Smith in Seoul.", "The talks ended.", "会談は終わった。", "次へ",
    ]


# Boilerplate: widgets and shapes


def test_audio_players_and_listen_widgets_are_boilerplate():
    text = BODY.format("Listen to this article\n0:00 / 3:15\n▶ Play audio 05:31\n🔊 01:49")

    assert set(found(text, "boilerplate")) == {"Listen to this article", "0:00 / 3:15", "▶ Play audio 05:31",
                                               "🔊 01:49"}


def test_reaction_and_share_counters_are_boilerplate():
    text = BODY.format("😡 1.2K  😢 340  👍 85")

    assert found(text, "boilerplate")["😡 1.2K  😢 340  👍 85"].rule == "boilerplate.reactions"


def test_author_bio_box_is_boilerplate_but_a_sentence_about_a_professor_is_not():
    bio = "Mara Ellison is a senior correspondent at the Valley Post. She joined the paper in 2015."
    text = BODY.format(bio) + "\nIngrid Solberg, a professor of geology at the University of Otago, said so.\n"

    suggested = found(text, "boilerplate")

    assert suggested[bio].rule == "boilerplate.author_bio"
    assert not any(line.startswith("Ingrid Solberg") for line in suggested)
    assert "2015" not in " ".join(found(text, "factual_claim"))


def test_a_contributors_note_below_the_article_is_boilerplate_but_the_same_shape_between_paragraphs_is_not():
    note = "Ingrid Solberg is a professor of geology at the University of Otago."
    below = BODY.format("The vote was close, and the mayor will now ask the regional assembly for more funding.")

    assert found(below + "\n" + note + "\n", "boilerplate")[note].rule == "boilerplate.contributor_bio"
    assert note not in found(BODY.format(note), "boilerplate")


def test_capture_header_glued_to_the_headline_is_boilerplate_and_its_date_no_claim():
    text = (
        "captured 2025-10-09 21:37 · web clipper · 9 min\n"
        "Orchard growers brace for a third late frost in the valley\n"
        "The apple harvest in the valley was 40% below normal last autumn, the growers' cooperative said.\n"
    )

    assert list(found(text, "boilerplate")) == ["captured 2025-10-09 21:37 · web clipper · 9 min"]
    assert all("2025-10-09" not in claim for claim in found(text, "factual_claim"))


def test_markdown_image_lines_and_contact_lines_are_boilerplate():
    image = "![Sandbags stacked outside a shop](https://img.example.net/sandbags.jpg)"
    contact = "Got a story? Email newsdesk@valleypost.example or ring 01632 960 812"
    text = BODY.format(f"{image}\n\n{contact}")

    suggested = found(text, "boilerplate")

    assert suggested[image].rule == "boilerplate.image_markup"
    assert suggested[contact].rule == "boilerplate.contact"


def test_related_links_under_their_label_are_boilerplate():
    text = BODY.format(
        "More in Environment\nPeat bogs may hold less methane than feared\nWhy the river ran so low this summer"
    )

    assert set(found(text, "boilerplate")) == {
        "More in Environment", "Peat bogs may hold less methane than feared", "Why the river ran so low this summer",
    }


def test_a_last_paragraph_cut_off_mid_word_is_no_caption_and_keeps_its_claim():
    text = (
        "The council approved the new budget after a long debate that lasted well into the evening on Tuesday.\n\n"
        "The mayor said the plan would be reviewed in 2027 by an independent panel of experts and resid"
    )

    assert found(text, "boilerplate") == {}
    assert any("2027" in claim for claim in found(text, "factual_claim"))


def test_live_blog_key_points_and_update_headings_are_not_boilerplate():
    text = (
        "Key points\nAbout 1,200 homes left without power\nArmy sends three pumping crews to the coast\n\n"
        "14:25\nCoastguard: highest tide of the day due within the hour\n"
        "The coastguard said the biggest waves were expected to hit the harbour wall this afternoon.\n"
    )

    assert set(found(text, "boilerplate")) == {"Key points", "14:25"}
    assert "About 1,200 homes left without power" in found(text, "factual_claim")


# Attribution


def test_a_place_name_holding_a_reporting_verb_is_no_cue():
    text = "Talks between the United States and its allies resumed in Geneva after a pause of several months.\n"

    assert found(text, "attribution") == {}


def test_dates_and_weekdays_are_never_sources():
    text = "The ministry first said in June that exports would rise. On Sunday hailed as a success, it ended.\n"

    sources = {s.source for s in found(text, "attribution").values()}

    assert sources == {"The ministry"}


def test_citing_names_its_source_but_not_a_reason():
    text = (
        "Prices rose 2% on Monday, citing state media KCNA, the agency said in a statement.\n\n"
        "The bus company, citing the longer route, cut two services.\n"
    )

    cues = found(text, "attribution")

    assert cues["citing state media KCNA"].source == "state media KCNA"
    assert not any(q.startswith("citing the longer") for q in cues)


def test_an_acronym_in_brackets_does_not_break_the_source():
    text = "The Baltic Timber Federation (BTF) reported that sawmill output fell by a tenth last year.\n"

    [suggestion] = found(text, "attribution").values()

    assert suggestion.source == "Baltic Timber Federation"


def test_name_with_a_title_in_apposition_then_said():
    text = (
        "Dr Tomas Brekke, a hydrologist at the University of Stirling, said: \"The aquifer is running dry.\"\n\n"
        "The transport secretary, Maeve Rourke, told reporters the line would reopen.\n"
    )

    sources = {s.source for s in found(text, "attribution").values()}

    assert sources == {"Dr Tomas Brekke", "Maeve Rourke"}


def test_groups_that_expect_warn_or_fear_are_sources():
    text = "Economists expect a cut. Shipping agents warned of delays. Officials fear new strikes. Growers say no.\n"

    sources = sorted(s.source for s in found(text, "attribution").values())

    assert sources == ["Economists", "Growers", "Officials", "Shipping agents"]


def test_a_quotation_then_said_and_a_titled_name():
    text = (
        "\"We did not expect the effect to be this strong,\" said lead author Ines Carvalho "
        "of the University of Coimbra.\n"
    )

    [suggestion] = found(text, "attribution").values()

    assert suggestion.source == "Ines Carvalho"


# Factual claims


def test_numbers_that_are_labels_or_ages_make_no_claim():
    text = (
        "Match 4 of the podcast is out now and Chapter 11 covers the final stages of the story.\n\n"
        "Retired nurse Brenda Kilbride, 67, told the paper: \"Nobody ever listens to us.\"\n"
    )

    assert found(text, "factual_claim") == {}


def test_forecasts_are_no_claims_but_announcements_are():
    text = (
        "A ruling is expected in early 2028.\n\n"
        "The drivers' union said the stoppage would run for 72 hours unless the pay offer was improved.\n"
    )

    assert list(found(text, "factual_claim")) == [
        "The drivers' union said the stoppage would run for 72 hours unless the pay offer was improved."
    ]


def test_mottos_greetings_wire_credits_reader_prompts_and_section_rows_are_furniture_but_a_score_line_is_not():
    text = (
        "The Dale Courier\n"
        "Proudly serving the dales since 1902\n"
        "News Sport Business Opinion Culture\n"
        "Town beat city rivals to reach the regional final\n"
        "Ashby Town 3-2 Millford Athletic\n"
        "Ashby Town came from behind twice to win a tense semi-final in front of 4,000 supporters on Saturday.\n"
        "\nWelcome to our live coverage\n\n"  # a greeting in a block of its own; on an entry's text it is the entry's
        "The winner came from a free kick in the last minute, and the home crowd invaded the pitch at the end.\n"
        "(Reporting by Lucia Ferrante; Editing by Dafydd Morgan)\n"
        "Do you have a view on this match? Send us your letter of up to 200 words by email.\n"
    )

    quotes = found(text, "boilerplate")

    for line in ("Proudly serving the dales since 1902", "News Sport Business Opinion Culture",
                 "Welcome to our live coverage", "(Reporting by Lucia Ferrante; Editing by Dafydd Morgan)",
                 "Do you have a view on this match? Send us your letter of up to 200 words by email."):
        assert line in quotes, line
    assert "Ashby Town 3-2 Millford Athletic" not in quotes
    assert "Town beat city rivals to reach the regional final" not in quotes


def test_figures_compiled_by_a_body_name_it_as_the_source():
    text = (
        "Survey data compiled by the Coastal Fisheries Council (CFC) showed that cod made up a third of the catch.\n\n"
        "Bus use fell 4% over the spring, figures from the regional transport authority show.\n"
    )

    quotes = found(text, "attribution")

    assert quotes["Survey data compiled by the Coastal Fisheries Council (CFC) showed"].source == (
        "the Coastal Fisheries Council"
    )
    assert quotes["figures from the regional transport authority show"].source == (
        "the regional transport authority"
    )


def test_a_standfirst_above_the_byline_is_content_but_a_caption_above_the_body_is_not():
    page = (
        "Minister's pay plan angers unions\n"
        "Exclusive: Teachers threaten strikes as ministers refuse to move on pay\n"
        "By Sam Reed\n"
        "The education minister announced a pay offer of 3% on Monday, below the 6% the unions asked for.\n"
    )
    captioned = (
        "Minister's pay plan angers unions\n"
        "The education minister on a visit to a primary school in the north of the country earlier this spring\n"
        "The education minister announced a pay offer of 3% on Monday, below the 6% the unions asked for.\n"
    )

    assert "Exclusive: Teachers threaten strikes as ministers refuse to move on pay" not in found(page, "boilerplate")
    assert "The education minister on a visit to a primary school in the north of the country earlier this spring" in (
        found(captioned, "boilerplate")
    )


def test_an_authors_note_goes_on_in_the_third_person_but_a_paragraph_of_reporting_after_it_does_not():
    note = "Ingrid Solberg is a professor of geology at the University of Otago."
    more = "She is the author of a book on the glaciers of the Southern Alps."
    reported = "She said the council had ignored the warnings for years, and the vote was a disgrace."
    text = BODY.format("The vote was close, and the mayor will now ask the regional assembly for more funding.")

    quotes = found(text + "\n" + note + "\n" + more + "\n", "boilerplate")
    after_note = found(text + "\n" + note + "\n" + reported + "\n", "boilerplate")

    assert quotes[more].rule == "boilerplate.contributor_bio"
    assert reported not in after_note


def test_a_contributors_job_under_their_name_is_boilerplate():
    text = BODY.format("Lucia Ferrante\nVisiting Fellow at the Institute for Urban Studies")

    quotes = found(text, "boilerplate")

    assert quotes["Visiting Fellow at the Institute for Urban Studies"].rule == "boilerplate.contributor_bio"
    assert "Lucia Ferrante" in quotes


def test_a_bio_of_the_writer_named_in_the_byline_is_furniture_whatever_the_job():
    text = (
        "Our bus network needs more than tinkering\n"
        "Lucia Ferrante\n"
        "Every operator in the region has missed its punctuality target for the third year running, figures show.\n"
        "Lucia Ferrante is a transport economist who once sat on the board of the city's tram company.\n"
        "Dafydd Morgan is a bus driver in the town and has campaigned against the cuts for years.\n"
    )

    quotes = found(text, "boilerplate")
    bio = "Lucia Ferrante is a transport economist who once sat on the board of the city's tram company."

    assert quotes[bio].rule == "boilerplate.author_bio"
    assert not any(q.startswith("Dafydd Morgan") for q in quotes)


def test_interface_prompts_labelled_links_and_signposting_are_furniture():
    text = (
        "Load more updates\n"
        "Please turn on JavaScript\n"
        "The inquest heard that the bus had pulled away from the stop before the woman had sat down.\n"
        "If you've been affected by the issues in this report, help and advice are available.\n"
        "Related: Parents demand a 20mph zone outside the school gates\n"
    )

    quotes = found(text, "boilerplate")

    assert {"Load more updates", "Please turn on JavaScript",
            "If you've been affected by the issues in this report, help and advice are available.",
            "Related: Parents demand a 20mph zone outside the school gates"} <= set(quotes)
    assert not any(q.startswith("The inquest") for q in quotes)


@pytest.mark.parametrize("disclaimer", [
    "The Courier is not responsible for the content of external websites.",
    "The Courier accepts no responsibility for the content of external websites.",
    "We take no liability for the contents of external sites.",
    "The Gazette cannot be held responsible for the content of other websites.",
    "Not responsible for the content of external web pages.",
    "We do not accept responsibility for the content of external blogs.",
    "The Herald is not liable for the contents of linked web sites.",
])
def test_external_link_lists_and_their_disclaimer_are_furniture(disclaimer):
    text = (
        "The trust said it had cut waiting times for heart scans by a quarter since the spring.\n"
        "External links\n"
        "British Heart Foundation\n"
        f"{disclaimer}\n"
    )

    quotes = found(text, "boilerplate")

    assert {"External links", "British Heart Foundation", disclaimer} <= set(quotes)


def test_a_sentence_about_responsibility_for_a_spill_is_not_a_disclaimer():
    text = BODY.format("The company said it accepts no responsibility for the contents of the tanker that leaked.")

    assert not any("tanker" in quote for quote in found(text, "boilerplate"))


def test_participle_clauses_and_verbs_of_conceding_report_words():
    text = (
        "The mayor defended the scheme on Friday, telling residents that the new fees were fair.\n\n"
        "Campaigners pounced on the figures, with transport spokeswoman Hannah Rees accusing the council "
        "of a cover-up.\n\n"
        "Harbour City coach Marta Kowal conceded her players had run out of ideas.\n"
    )

    quotes = found(text, "attribution")

    assert quotes["accusing"].source == "Hannah Rees"
    assert quotes["telling"].source == "The mayor"
    assert [s.source for q, s in quotes.items() if q.endswith("conceded")] == ["Marta Kowal"]


def test_passives_of_telling_and_praising_documents_that_reveal_and_groups_warning_are_cues():
    text = (
        "Holidaymakers have been told to allow extra time, with ferry companies warning of long waits at the port.\n\n"
        "The surgeon was hailed as a pioneer in her field, documents seen by the Gazette reveal.\n\n"
        "The minister has been urged to resign.\n"
    )

    quotes = found(text, "attribution")

    assert quotes["have been told"].rule == "attribution.agentless"
    assert quotes["warning"].source == "ferry companies"
    assert quotes["was hailed"].rule == "attribution.agentless"
    assert quotes["documents seen by the Gazette reveal"].source == "the Gazette"
    assert "has been urged" not in quotes


def test_hearings_appositive_studies_and_verbs_of_advising_report_but_acts_do_not():
    text = (
        "The nurse had worked a double shift, an inquest heard.\n\n"
        "The study, published this week in the journal Marine Biology, found that warmer bays held fewer young cod.\n\n"
        "Senior author Petra Voss cautioned that the sample was small, and the county board said it agreed.\n\n"
        "The Liberal candidate concedes in his marginal seat, costing the party an estimated £2m in funding.\n\n"
        "The visitors heard the crowd before they saw it.\n"
    )

    quotes = found(text, "attribution")

    assert "an inquest heard" in quotes
    assert quotes["The study, published this week in the journal Marine Biology, found"].source == (
        "The study"
    )
    assert quotes["Senior author Petra Voss cautioned"].source == "Petra Voss"
    assert quotes["the county board said"].source == "the county board"
    assert not any("concedes" in q or "estimated" in q or "visitors" in q for q in quotes)


def test_a_forecast_reported_after_a_counted_fact_is_a_claim_but_a_bare_forecast_is_not():
    text = (
        "At least 12 landlords have warned the council they could pull out of the housing scheme.\n\n"
        "Forecasters warn that up to 15cm of snow could settle on high ground by Saturday.\n\n"
        "The smoke reached the top floor within an hour, and the fans drifted home at half-time.\n"
    )

    claims = set(found(text, "factual_claim"))
    more = set(found("Heavy gamers were twice as likely to skip breakfast and slept about forty minutes less.\n\n"
                     "She rang the bell twice before leaving.\n", "factual_claim"))

    assert more == {"Heavy gamers were twice as likely to skip breakfast and slept about forty minutes less."}
    assert "At least 12 landlords have warned the council they could pull out of the housing scheme." in claims
    assert not any(c.startswith("Forecasters") for c in claims)
    assert any(c.startswith("The smoke reached") for c in claims)


def test_multipliers_and_ordinals_after_a_determiner_make_claims():
    text = (
        "Heating bills per flat are almost double the city average.\n\n"
        "Orla is the fifth storm to get a name this winter.\n\n"
        "The plan was a second thought for everyone in the room.\n"
    )

    claims = set(found(text, "factual_claim"))

    assert "Heating bills per flat are almost double the city average." in claims
    assert "Orla is the fifth storm to get a name this winter." in claims
    assert not any("second thought" in c for c in claims)


# Rhetoric


def test_general_rhetoric_cues_name_their_class():
    text = (
        "A sizzling heatwave sent demand soaring as the sheer scale of the crisis grew.\n\n"
        "Shopkeepers are digging in their heels against the parking charges, which the council called "
        "a remarkably simple fix.\n"
    )

    rules = {quote: s.rule for quote, s in found(text, "rhetoric").items()}

    assert rules["sizzling"] == "rhetoric.hype"
    assert rules["soaring"] == "rhetoric.hype"
    assert rules["sheer scale"] == "rhetoric.intensifier"
    assert rules["digging in their heels"] == "rhetoric.idiom"
    assert rules["remarkably simple"] == "rhetoric.intensifier"
    assert all(s.reason for s in found(text, "rhetoric").values())


def test_rhetoric_cues_leave_quotations_names_and_numbers_alone():
    text = (
        "\"The heat was absolutely horrific for everyone here,\" said one resident of Great Falls.\n\n"
        "Prices were highly unusual, rising far more than 300 per cent.\n"
    )

    quotes = set(found(text, "rhetoric"))

    assert not any("horrific" in q or "absolutely" in q or "Great" in q for q in quotes)
    assert "highly unusual" in quotes


def test_evaluative_words_come_from_the_shipped_valence_lexicon():
    text = "Critics said the euphoric mood after the vote would not last the winter.\n"

    [suggestion] = [s for q, s in found(text, "rhetoric").items() if q == "euphoric"]

    assert suggestion.rule == "rhetoric.evaluative"
    assert "VADER" in suggestion.reason


def test_conventional_metaphors_are_rhetoric_but_combat_words_stay_literal_in_a_war_line():
    text = (
        "The grant is a lifeline for the village, whose shop has been battling rising costs for years.\n\n"
        "Investors fled as the overheated market tumbled and credit dried up.\n\n"
        "Troops were fighting for the town as artillery shelled the front.\n"
    )

    rules = {quote: s.rule for quote, s in found(text, "rhetoric").items()}

    assert rules["lifeline"] == rules["battling"] == rules["overheated"] == "rhetoric.metaphor"
    assert rules["tumbled"] == rules["dried up"] == "rhetoric.metaphor"
    assert "fighting" not in rules


def test_stock_idioms_extreme_adjectives_and_hyped_verbs_in_every_form_are_rhetoric():
    text = (
        "Airlines bore the brunt of the selling, with one carrier plunging 11% as fuel prices dashed hopes "
        "of a rebound.\n\n"
        "The visitors snatched a dramatic win in torrential rain after a bruising contest.\n\n"
        "The bridge was repaired in two weeks by a team of ten engineers.\n"
    )

    rules = {quote: s.rule for quote, s in found(text, "rhetoric").items()}

    assert rules["bore the brunt"] == rules["dashed hopes"] == "rhetoric.idiom"
    assert {"plunging", "snatched", "dramatic", "torrential", "bruising"} <= set(rules)
    assert not any("bridge" in q or "engineers" in q for q in rules)


def test_cuts_told_as_blows_money_as_loot_and_weather_as_an_attack_are_hype_but_trends_are_not():
    text = (
        "The fat cat boss pockets a bumper bonus as bin rounds are slashed.\n\n"
        "An Arctic blast will bring a big freeze, and the town braces for treacherous roads after a dismal week.\n\n"
        "The worsening relations between the two sides were discussed at the meeting in the town hall.\n"
    )

    quotes = set(found(text, "rhetoric"))

    assert {"fat cat", "pockets", "bumper", "slashed", "blast", "big freeze", "braces", "treacherous",
            "dismal"} <= quotes
    assert "worsening" not in quotes


def test_idioms_in_a_partial_quotation_count_and_a_neutrally_reported_short_quote_counts_whole():
    text = (
        "The nurses' union accused the health board of \"papering over the cracks\" in the rota.\n\n"
        "\"We were on the ropes for most of the second half,\" he told reporters after the game.\n\n"
        "Shop owner Raj Mehta said the fire had spread \"terrifyingly quickly\" along the terrace.\n\n"
        "Moody told the assembly the scheme would collapse.\n"
    )

    quotes = found(text, "rhetoric")

    assert quotes["\"papering over the cracks\""].rule == "rhetoric.quoted_judgement"
    assert "\"terrifyingly quickly\"" in quotes  # the judging words the outlet carried, quote marks and all
    assert not any("on the ropes" in q or q in ("terrifyingly", "terrifyingly quickly", "Moody") for q in quotes)


def test_weaker_subjective_adjectives_count_only_in_an_adjective_place():
    text = (
        "The shameless owner raised the rent, and the side looked comfortable until the break.\n\n"
        "The remains were examined, and a delay in the greedy report was noted; the offensive began at dawn.\n\n"
        "The junction remains ridiculously dangerous.\n"
    )

    quotes = found(text, "rhetoric")

    assert {"shameless", "comfortable", "ridiculously"} <= set(quotes)
    assert quotes["ridiculously"].rule == "rhetoric.evaluative"
    assert "delay" not in quotes and "offensive" not in quotes
    assert "humiliating" in found("The club acted after Saturday's humiliating 4-0 defeat at home.\n", "rhetoric")


def test_a_short_quote_reported_by_a_neutral_verb_is_no_scare_quote_but_after_a_stance_verb_it_is():
    text = (
        "The regulator said the deadline was \"not negotiable\" after the hearing.\n\n"
        "The chairman insisted the payout was \"entirely reasonable\" given the results.\n\n"
        "The alliance was classified as \"illegal\", officials said.\n"
    )

    quotes = {q for q, s in found(text, "rhetoric").items() if s.rule == "rhetoric.scare_quotes"}

    assert quotes == {'"entirely reasonable"', '"illegal"'}


def test_every_offset_is_exact_in_pages_with_other_scripts():
    text = (
        "Харків Новини · English\n"
        "😀 Officials fear more flooding could close the border crossing, the ministry said on Friday.\n"
        "北朝鮮 Prices soared 12% in July, according to the board.\n"
    )

    for suggestion in suggest(text):
        quote = text[suggestion.start : suggestion.end]
        assert quote == quote.strip() and quote
    assert "soared" in found(text, "rhetoric")
    assert "according to the board" in found(text, "attribution")


QUESTION_HEADLINE_PAGE = (
    "THE DAILY LANTERN\n"
    "News | Science | Sport | Money\n"
    "Could a forgotten orchard variety save the county's cider makers?\n"
    "Growers in the valley are grafting a pear nobody has planted for a century – and the first harvest is in\n"
    "Nell Hartigan, rural affairs reporter\n"
    "Tuesday 4 May 2027\n"
    "Growers in the Ashdown valley have begun grafting a pear variety that vanished from catalogues in 1923.\n"
    "The county's cider makers lost a third of their trees to canker over the past five winters, the growers' "
    "association said.\n"
)

KICKER_PAGE = (
    "HOME | NEWS | SHOWBIZ | SPORT\n"
    "FERRY FARCE\n"
    "Islanders stranded for a week as the only boat breaks down again\n"
    "Furious residents say they have been abandoned by the operator\n"
    "By Cal Murran\n"
    "Islanders on Inchmore have been cut off for seven days after the island's only ferry broke down for the "
    "fourth time this year.\n"
    "The operator said a replacement part had been ordered and would arrive on Thursday.\n"
)

SECTION_LABEL_PAGE = KICKER_PAGE.replace("FERRY FARCE\n", "TRANSPORT\n")


def test_a_question_headline_and_its_standfirst_are_the_outlets_words_not_captions():
    flagged = found(QUESTION_HEADLINE_PAGE, "boilerplate")

    assert not any(quote.startswith(("Could a forgotten", "Growers in the valley are grafting")) for quote in flagged)
    assert {"Nell Hartigan, rural affairs reporter", "Tuesday 4 May 2027"} <= set(flagged)


def test_a_kicker_in_capitals_over_the_headline_is_kept_but_a_one_word_section_label_is_furniture():
    kicker = found(KICKER_PAGE, "boilerplate")
    section = found(SECTION_LABEL_PAGE, "boilerplate")

    assert "FERRY FARCE" not in kicker
    assert not any(quote.startswith(("Islanders stranded", "Furious residents")) for quote in kicker)
    assert "TRANSPORT" in section
    assert "Islanders stranded for a week as the only boat breaks down again" not in section


def test_a_teasers_paragraph_cut_off_mid_sentence_is_body_whatever_follows_it():
    text = (
        "The harbour board has approved a £12m plan to dredge the channel before the winter storms arrive.\n\n"
        "The board's chair, Ines Marlow, said the silt had reached a depth that made the channel unsafe for the "
        "largest trawlers and\n\n"
        "This article is for subscribers only\n\n"
        "Subscribe to keep reading. Cancel anytime.\n\n"
        "Why we are dredging: the board's plan in full\n"
    )

    flagged = found(text, "boilerplate")

    assert not any(quote.startswith("The board's chair") for quote in flagged)
    assert "Subscribe to keep reading. Cancel anytime." in flagged


def test_a_line_without_a_full_stop_that_ends_on_a_noun_is_still_a_caption_outside_the_body():
    text = (
        "The harbour board has approved a £12m plan to dredge the channel before the winter storms arrive.\n\n"
        "Dredgers working in the outer channel of the harbour at dawn on a grey and windy Tuesday morning\n\n"
        "This article is for subscribers only\n\n"
        "Subscribe to keep reading. Cancel anytime.\n\n"
        "Why we are dredging: the board's plan in full\n"
    )

    assert "Dredgers working in the outer channel of the harbour at dawn on a grey and windy Tuesday morning" in (
        found(text, "boilerplate"))


def test_a_menu_laid_out_by_spaces_alone_is_navigation_in_any_script():
    text = BODY.format("Главная  Новости  Мир  Спорт  Погода") + "\nनमस्ते  देश  विदेश  English  Videos\n"

    flagged = found(text, "boilerplate")

    assert flagged["Главная  Новости  Мир  Спорт  Погода"].rule == "boilerplate.navigation"
    assert flagged["नमस्ते  देश  विदेश  English  Videos"].rule == "boilerplate.navigation"
    assert not any(quote.startswith(("The council", "Members of")) for quote in flagged)


def test_a_standfirst_over_a_byline_of_an_unusual_shape_is_kept():
    text = (
        "NORTHERN SKIES\n\n"
        "Forecasts | Maps | Warnings | News\n\n"
        "Gales and heavy rain to batter the west coast as Storm Idris arrives\n\n"
        "Amber wind warnings in force for coastal Cumbria and Galloway from Thursday afternoon\n\n"
        "By Rhian Tell, senior meteorologist, and Alf Dunmore | Wednesday 3 March\n\n"
        "Storm Idris will bring gusts of up to 80mph to exposed coasts on Thursday, forecasters said.\n\n"
        "Ferry crossings to the islands have already been cancelled, the operator said on Wednesday.\n"
    )

    flagged = found(text, "boilerplate")

    assert not any(quote.startswith(("Gales and heavy rain", "Amber wind warnings")) for quote in flagged)
    assert any(quote.startswith("By Rhian Tell") for quote in flagged)
