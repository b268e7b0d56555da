"""The page-furniture line rules shared by the importer's topic band and the suggester: one line at a time,
without Django and without the annotations app."""

import ast
from pathlib import Path

from newsdesk.importing.furniture_lines import CONFIDENCE, line_furniture, normal
from tests.growth import grows_linearly

ROOT = Path(__file__).resolve().parents[3]
MODULES = [ROOT / "newsdesk/importing/furniture_lines.py", ROOT / "newsdesk/importing/tokens.py"]


def test_widget_and_furniture_lines_name_their_rule_and_reason():
    cases = {
        "Share this story": "furniture_words",
        "News | World | Business | Sport": "navigation",
        "News Sport Business Opinion Culture": "navigation",
        "By Jane Roe": "byline",
        "(Reporting by Ana Ruiz; Editing by Tom Kerr)": "byline",
        "Published: 07:41, 12 Feb 2026": "timestamp",
        "![A flooded street](https://img.example.net/flood.jpg)": "image_markup",
        "Email: desk@paper.example | Tel: 01632 960 123": "contact",
        "Proudly serving the dales since 1902": "motto",
        "Welcome to our live coverage": "greeting",
    }

    for text, rule in cases.items():
        found = line_furniture(text)
        assert found is not None and found[0] == rule, (text, found)
        assert found[1] and found[0] in CONFIDENCE


def test_a_sentence_of_reporting_is_no_furniture_and_repeats_count():
    sentence = "The council approved the new budget after a debate that lasted into the evening."

    assert line_furniture(sentence) is None
    assert line_furniture("") is None
    assert line_furniture("Key moments of the match") is None
    assert line_furniture("Key moments of the match", repeats=2)[0] == "repeated"
    assert normal("  Share   THIS ") == normal("share this")


def test_a_repeated_line_says_how_often_in_words():
    line = "Key moments of the match"

    reasons = [line_furniture(line, repeats=n)[1] for n in (2, 3, 12)]

    assert reasons == [
        "The same line appears twice on the page.",
        "The same line appears three times on the page.",
        "The same line appears 12 times on the page.",
    ]


def test_a_contributors_note_without_a_journalists_job_is_furniture():
    notes = [
        "Ana Ruiz is a professor of economics at the University of Lund and author of The Price of Rent.",
        "Tomas Berg teaches history at Kingsmead College.",
        "Helen Achebe was a minister in the last coalition government.",
        "Dr Priya Nair is a senior fellow at the Institute for Fiscal Studies.",
        "*Marco Bellini is a visiting lecturer in law at Dunmore University.*",
        "— Lena Park is the director of the Centre for Urban Policy.",
        "Sam Okoro leads the climate programme at the Westbridge Foundation.",
        "Lena Holm is a senior fellow at the Nordic Policy Institute who previously served as a deputy minister.",
        "_Rhea Gallo is a reader in medieval history at Dunmore University._",
    ]

    for note in notes:
        found = line_furniture(note)
        assert found is not None and found[0] in ("contributor_bio", "author_bio"), (note, found)
    assert line_furniture(notes[1])[0] == "contributor_bio"


def test_a_sentence_of_reporting_about_a_person_and_their_job_is_no_contributors_note():
    sentences = [
        "Ana Ruiz is a professor of economics at the University of Lund, who led the study, said the results "
        "were clear.",
        "Ana Ruiz, a professor of economics at the University of Lund who led the study, said the results were "
        "clear.",
        "Mr Ferro is a labour economist who has studied the city's transit network for two decades.",
        "Professor Nair is the author of three studies on the tax.",
        "Helen Achebe was a minister in the last coalition government, and her critics say she did little to "
        "stop the cuts.",
        "The council is the largest landowner in the district and a partner in the scheme.",
        "Tom Kerr is a farmer near the town and has campaigned against the plan for years.",
        "Kim Jong Un is the leader of North Korea and has ruled since 2011.",
        "Rhea Gallo is a keen reader of crime novels.",
        "Peter Vik is a retired teacher in Bergen who moved his savings to the platform in January.",
        "Lena Holm is a senior fellow at the Nordic Policy Institute who resigned last month over the cuts.",
        "Omar Haddad is a doctor at the city hospital.",
        "Evan Roe is a reporter who was detained at the border in March.",
        "Ana Ruiz is a professor of economics at the University of Lund and has spent the past decade studying "
        "how rents rise in cities where the supply of new homes is held back by planning rules and slow courts.",
    ]

    for sentence in sentences:
        assert line_furniture(sentence) is None, sentence


def test_a_contributors_job_on_a_line_of_its_own_is_furniture_but_a_title_case_headline_is_not():
    for line in [
        "Visiting Fellow at the Institute for Advanced Studies in Culture",
        "Professor, University of Kingsmead",
        "Associate Professor of Science, Technology and Society",
        "*Senior Fellow, Centre for Urban Policy*",
    ]:
        found = line_furniture(line)
        assert found is not None and found[0] == "contributor_bio", (line, found)
    for headline in [
        "President of France visits flood-hit region",
        "Director of museum quits after row",
        "Professor of physics dies aged 90",
        "Chair of the Finance Committee Steps Down",
        "Director of the Museum Resigns",
    ]:
        assert line_furniture(headline) is None, headline


def test_disclaimers_disclosures_and_notes_about_the_article_are_furniture():
    lines = [
        "Disclaimer: This article is for information only and is not investment advice.",
        "The views expressed in this article are the author's own and do not necessarily reflect those of the "
        "publication.",
        "Isaac Ferro is a labour economist and a former bus driver. The views expressed here are his own.",
        "_The opinions in this column are the writer's own._",
        "Editor's note: This piece has been updated to reflect the latest figures.",
        "We may earn a commission if you buy through links on this page.",
        "Products are independently selected; we may receive a share of sales through affiliate links.",
        "(The Harbour Times is owned by Norland Media, which also owns the Valley Echo.)",
        "Disclosure: The author holds shares in several of the companies mentioned.",
        "Clarification: This story has been changed to make clear that the fund is run by the council.",
        "As a member of several retail programmes we earn from qualifying purchases.",
    ]

    for line in lines:
        found = line_furniture(line)
        assert found is not None and found[0] in ("disclaimer", "article_note"), (line, found)
    assert line_furniture("This story has been updated with comment from the ministry.")[0] == "article_note"


def test_reporting_that_mentions_advice_views_owners_or_commissions_is_no_disclaimer():
    sentences = [
        "Investors were told the fund was not investment advice but a savings product.",
        "The report's authors said their views did not reflect those of the ministry.",
        "Harbour Rovers is owned by a Gulf investment fund.",
        "The stadium is owned by the council and leased to the club.",
        "The company said it may earn a commission on each sale under the new deal.",
        "The minister said the article was amended after complaints from readers.",
    ]

    for sentence in sentences:
        assert line_furniture(sentence) is None, sentence


def test_consent_banners_tag_rows_and_continuation_labels_are_furniture_but_cookies_in_the_news_are_not():
    cases = {
        "We use cookies to improve your experience. By continuing to browse, you agree to our use of cookies.": (
            "consent"
        ),
        "Topics: Economy, Housing, Interest rates": "related_list",
        "Filed under: elections, council, housing": "related_list",
        "Story continues below": "furniture_words",
        "Corrections and clarifications": "furniture_words",
        "There are no comments yet - be the first to comment": "furniture_words",
    }

    for text, rule in cases.items():
        found = line_furniture(text)
        assert found is not None and found[0] == rule, (text, found)
    assert line_furniture("Regulators said websites must ask before they place cookies on a visitor's device.") is None
    assert line_furniture("Topics at the summit ranged from trade to the war in the east.") is None


def test_sponsors_sign_up_small_print_republication_and_interest_notes_are_furniture():
    cases = {
        "In association with Kessel Bank": "disclaimer",
        "This story was produced in partnership with the Harbour Trust.": "disclaimer",
        "Support for this reporting comes from the Harbour Trust.": "disclaimer",
        "This article is more than 2 years old": "disclaimer",
        "Note: This article was first published in 2019.": "disclaimer",
        "This is an edited version of a speech given at the Westmoor Festival.": "disclaimer",
        "This essay is republished from the Kessel Review under a Creative Commons licence.": "disclaimer",
        "The author declares no conflict of interest.": "disclaimer",
        "By signing up you agree to our privacy policy and terms of service.": "consent",
        "Reading time: 5 minutes": "timestamp",
        "Enter your email address": "furniture_words",
        "Was this article helpful?": "furniture_words",
        "Have a news tip? Email us.": "call_to_action",
    }

    for text, rule in cases.items():
        found = line_furniture(text)
        assert found is not None and found[0] == rule, (text, found)


def test_reporting_that_opens_like_a_sponsor_line_or_mentions_terms_is_no_furniture():
    for sentence in [
        "Supported by the council, the scheme will open in May.",
        "Funded by Brussels, the new bridge opened on Monday.",
        "The minister declared no conflict of interest when the contract was signed, officials said.",
        "Children's reading time has fallen by a third since 2019.",
        "This story is more complicated than it looks.",
        "By continuing the strike, the union risks losing public support, analysts said.",
        "The firm said users agree to the terms when they sign up.",
        "Have a look at the figures: they tell a clear story.",
    ]:
        assert line_furniture(sentence) is None, sentence


def test_a_wire_dateline_opens_the_story_and_is_no_credit():
    assert line_furniture("LONDON (Reuters) - Shares fell on Monday.") is None
    assert line_furniture("Photograph: Jane Roe/Reuters")[0] == "credit"


def test_the_shared_rules_import_nothing_from_the_annotations_app_or_django():
    for module in MODULES:
        tree = ast.parse(module.read_text("utf-8"))
        imported = [
            node.module if isinstance(node, ast.ImportFrom) else alias.name
            for node in ast.walk(tree) if isinstance(node, (ast.Import, ast.ImportFrom))
            for alias in (node.names if isinstance(node, ast.Import) else [None])
        ]
        assert not any(name.startswith(("annotations", "django")) for name in imported), (module, imported)


def test_a_date_behind_its_label_is_a_timestamp_in_any_calendar():
    assert line_furniture("Date: Year 42 (2031).03.07 Friday")[0] == "timestamp"
    assert line_furniture("First published: Mar 3, 2031, 10:15 GMT")[0] == "timestamp"
    assert line_furniture("Date: the council will set one at its meeting next week.") is None


def test_a_row_of_labelled_details_is_the_articles_byline():
    row = "Updated: Mar 3, 2031, 10:15 GMT | Written by: Jo Bloggs | Edited by: Ann Other"

    assert line_furniture(row)[0] == "byline"
    assert line_furniture("Budget 2031: what it means | Analysis: who gains and who loses from it") is None


def test_a_masthead_in_two_scripts_is_a_menu_item_pair_however_its_letters_tokenize():
    assert line_furniture("दैनिक दीपक | Dainik Deepak English")[0] == "navigation"


def test_live_page_credits_and_a_correspondents_dateline_are_bylines():
    for line in (
        "Reporting from Lisbon by Ana Ruiz and Tom Kerr; edited by Jo Bloggs in London",
        "Edited by Jo Bloggs in London, with reporting from our Lisbon and Porto bureaus",
        "Jane Roe reports from Lisbon",
    ):
        assert line_furniture(line)[0] == "byline", line
    assert line_furniture("Jane Roe reports from Lisbon that the port has reopened.") is None


def test_a_widgets_switch_and_its_state_is_furniture():
    assert line_furniture("Auto-refresh on")[0] == "furniture_words"
    assert line_furniture("Autoplay: off")[0] == "furniture_words"
    assert line_furniture("Lights on") is None


def test_a_motto_names_the_papers_age_alone_not_a_figure_beside_a_year():
    assert line_furniture("Proudly serving the dales since 1902")[0] == "motto"
    assert line_furniture("Turnout was 71.2%, the lowest since 1987") is None


def test_related_link_markers_behind_any_separator_are_links():
    assert line_furniture("ALSO READ | Harbour: new ferry route to cut crossing time by an hour")[0] == "related_list"
    assert line_furniture("Must read › Explained: why is the harbour wall failing?")[0] == "related_list"
    assert line_furniture("More | The council said the harbour wall would be repaired by spring and paid for.")[0] == (
        "related_list"
    )


def test_a_call_to_action_after_a_first_sentence_is_still_one():
    line = "Catch all the latest harbour news here. Download the Daily Lamp app for the latest updates."

    assert line_furniture(line)[0] == "call_to_action"
    assert line_furniture("The ferry resumed on Monday. Download speeds at the port were slow all week.") is None


def test_notes_about_the_article_translation_views_delayed_data_and_its_reference():
    for line in (
        "This text is an English translation of a report first published in Danish.",
        "Artikel übersetzt. This article was translated from German.",
        "The views in this column are the author's own. Have your say in the comments below.",
        "This column reflects the opinion of the author.",
        "Data delayed by at least 20 minutes.",
        "Journal reference: Roe, J. et al. “Ice in a crater”, Planetary Letters (2031).",
    ):
        assert line_furniture(line)[0] in ("article_note", "disclaimer"), line
    assert line_furniture("The minister said the report was translated into six languages.") is None


def test_captions_credited_by_label_or_abbreviation_and_players_with_a_running_time():
    assert line_furniture("Coins recovered from the field last spring. Credit: Harbour Museum")[0] == "credit"
    assert line_furniture("Fot. Traffic on the ring road at dusk. (Fot. Daily Lamp/Jan Nowak)")[0] == "credit"
    assert line_furniture("▶ Listen: Jane Roe reports from the picket line in Lisbon (2:41)")[0] == "media_player"
    assert line_furniture("Sport › Cricket › One-Day Cup")[0] == "navigation"
    assert line_furniture("A A A  |  Print  |  Share: WhatsApp  Facebook  X")[0] == "navigation"


def test_a_newsletters_promise_of_delivery_is_furniture():
    line = "Our weekly digest of analysis on harbour politics and trade, in your inbox every Friday."

    assert line_furniture(line)[0] == "furniture_words"
    assert line_furniture("The fines were sent to your inbox by mistake, the council said.") is None


def test_more_on_a_topic_labels_a_list_of_links():
    from newsdesk.importing.furniture_lines import RELATED_LABELS

    assert RELATED_LABELS.match("MORE ON HOLIDAYS")
    assert RELATED_LABELS.match("More about the harbour strike")
    assert not RELATED_LABELS.match("More on that after the break, the presenter said.")


def test_a_more_on_label_is_judged_whole_on_a_line_of_thousands_of_dashes():
    from newsdesk.importing.furniture_lines import RELATED_LABELS

    assert RELATED_LABELS.match("More on " + "-" * 20000)
    assert RELATED_LABELS.match("More about rock'n'roll & blues -" + "-" * 20000)
    assert not RELATED_LABELS.match("More on " + "-" * 20000 + "\x01a")
    assert not RELATED_LABELS.match("More from " + "-" * 20000 + "\nthe presenter said")


def test_an_agencys_credit_and_a_wire_feed_notice_are_credits():
    for line in (
        "(With inputs from agencies.)",
        "With inputs from PTI",
        "Inputs from agencies",
        "(With agency inputs)",
        "(With PTI inputs)",
        "- With inputs from PTI",
        "Additional inputs by Reuters",
        "This story has been published from a wire agency feed without modifications to the text.",
        "(This story has not been edited by our staff and is auto-generated from a syndicated feed.)",
        "(Except for the headline, this story has not been edited by our staff and is published from a "
        "syndicated feed.)",
    ):
        found = line_furniture(line)
        assert found is not None and found[0] == "credit", line
    for sentence in (
        "Inputs from farmers were ignored when the council drew up the plan.",
        "Inputs from farmers were ignored.",
        "Contributions by donors rose 5%.",
        "This story has drawn more readers than any other this year.",
        "The story was picked up by wire services across Asia within hours.",
        "The report is based on agency copy and interviews with officials in the capital.",
        "The report was drafted by agencies that monitor the river.",
    ):
        assert line_furniture(sentence) is None, sentence


def test_a_row_of_section_names_set_apart_by_ideographic_spaces_is_a_menu():
    found = line_furniture("ニュース\u3000政治\u3000経済\u3000国際\u3000スポーツ\u3000天気")

    assert found is not None and found[0] == "navigation"


def test_a_headline_in_two_parts_set_apart_by_an_ideographic_space_is_no_menu():
    assert line_furniture("山あいの町で路線バス廃止へ\u3000住民「通院できなくなる」") is None


def test_a_line_of_many_stops_is_cut_into_sentences_in_linear_time():

    from newsdesk.importing.furniture_lines import _sentences

    assert _sentences("It rained. then it stopped. The end.") == ["It rained. then it stopped.", "The end."]
    line = "a. " * 320_000
    assert _sentences(line)[0] == line.rstrip()
    linear, small, large = grows_linearly(_sentences, lambda n: "a. " * (n // 3), 80_000)
    assert linear, (small, large)


def test_refresh_and_feedback_prompts_are_furniture():
    for text in (
        "There are new stories available, tap to refresh the page.",
        "New articles have been published since you opened this page. Click to refresh.",
        "Did you enjoy this article?",
        "Was this story useful?",
    ):
        assert line_furniture(text) is not None, text


def test_reporting_on_users_who_click_to_accept_terms_is_not_a_prompt():
    story = "Users who click to accept the new terms give up the right to sue, the regulator said."

    assert line_furniture(story) is None


def test_a_comment_policy_is_the_outlets_note_to_its_readers():
    policy = (
        "We want the discussion beneath our articles to be civil and worth reading, a space where readers can "
        "disagree about local issues without abuse. Posting comments on our site is a privilege and not a right."
    )

    assert line_furniture(policy)[0] == "disclaimer"


def test_a_story_quoting_an_editor_about_readers_comments_is_reporting():
    story = (
        "The editor, Joan Pike, said readers had complained for months that the comments under our stories were "
        "full of abuse, and that we would close them on Friday."
    )

    assert line_furniture(story) is None


def test_a_long_run_of_one_space_costs_no_more_than_a_short_one_and_changes_no_decision():
    from tests.growth import seconds

    # A run of one kind of space or invisible mark, thousands long, inside a line of two words: every rule reads it as
    # it reads a run of a hundred, and no rule's pattern should try each of its positions.
    for space in (" ", "\t", "\u00a0", "\u3000", "\u200b"):
        lines = (("Anzeige", "x"), ("Jetzt", "abonnieren"), ("Foto:", "Lena Hartwig"), ("Von", "Ida Brenner"))
        for first, last in lines:
            short = first + space * 100 + last
            long = first + space * 100_000 + last
            assert line_furniture(long) == line_furniture(short), (first, repr(space))
            quick = min(seconds(line_furniture, short) for _ in range(3))
            slow = min(seconds(line_furniture, long) for _ in range(3))
            assert slow <= 20 * quick + 0.01, (first, repr(space), quick, slow)


def test_a_long_run_of_mixed_spaces_costs_no_more_than_a_short_one_and_changes_no_decision():
    from tests.growth import seconds

    # A run of two kinds of space or mark in turn (a space and a tab, a tab and a no-break space, a space and an
    # invisible mark), thousands long, inside a line: every rule reads it as it reads a run of a few hundred, as it
    # reads a long run of one kind (``LONG_RUN``). (A run of blank lines never reaches the rules: it ends a passage.)
    for run in (" \t", "\t\u00a0", "\u202f ", "\u200b ", " \u3000\t"):
        lines = (("Anzeige", "x"), ("Jetzt", "abonnieren"), ("Foto:", "Lena Hartwig"), ("Von", "Ida Brenner"))
        for first, last in lines:
            short = first + run * 150 + last
            long = first + run * 40_000 + last
            assert line_furniture(long) == line_furniture(short), (first, repr(run))
            quick = min(seconds(line_furniture, short) for _ in range(3))
            slow = min(seconds(line_furniture, long) for _ in range(3))
            assert slow <= 20 * quick + 0.01, (first, repr(run), quick, slow)


def test_a_long_mixed_run_is_cut_to_a_tail_that_opens_as_it_does_and_a_line_break_inside_it_stays():
    from newsdesk.importing.furniture_lines import LONG_RUN, shortened_runs

    cut = shortened_runs("Von" + " \t" * 300 + "\n" + "\u00a0 " * 300 + "Ida")
    assert cut == "Von" + " \t" * (LONG_RUN // 2) + "\n" + "\u00a0 " * (LONG_RUN // 2) + "Ida"
    # An odd run keeps its last space: the tab and the space still alternate, no two of a kind meet.
    assert shortened_runs("Von" + " \t" * 300 + " Ida") == "Von" + " \t" * (LONG_RUN // 2) + " Ida"
    assert shortened_runs("Von" + " \t" * 100 + "Ida") == "Von" + " \t" * 100 + "Ida"
    assert shortened_runs("Von" + " " * 300 + "Ida") == "Von" + " " * LONG_RUN + "Ida"
    # A run whose opening recurs nowhere in it stays whole.
    unique = "\t" + " " * 99 + "\u00a0" * 99 + "\t" + " " * 50
    assert shortened_runs("Von" + unique + "Ida") == "Von" + unique + "Ida"


def test_every_stretch_of_a_line_with_a_mixed_run_cut_stands_in_the_line_as_written():
    from newsdesk.importing.furniture_lines import LONG_RUN, shortened_runs

    for run in (" \t", "\t\u00a0 ", " \u200b\u200b\t"):
        for length in (2 * LONG_RUN + 1, 999, 1000, 1001):
            line = "Foto:" + (run * length)[:length] + "Lena Hartwig"
            cut = shortened_runs(line)
            assert len(cut) < len(line)
            assert all(cut[i : i + LONG_RUN] in line for i in range(len(cut))), (repr(run), length)


def test_a_papers_declarations_behind_their_labels_are_article_notes():
    for text in (
        "Funding: Brackenmoor Wildlife Fund (grant BWF-2021-03); Selby Vale University.",
        "Competing interests: The authors have declared that no competing interests exist.",
        "Data availability: The counts are available from the corresponding author on reasonable request.",
        "Conflits d'intérêts : Les auteurs déclarent n'avoir aucun conflit d'intérêts.",
        "Finanzierung: Die Studie wurde von der Stiftung Heideland gefördert.",
        "Conflictos de intereses: Los autores declaran que no existen conflictos de intereses.",
    ):
        found = line_furniture(text)
        assert found is not None and found[0] == "article_note", text


def test_a_report_behind_a_declarations_label_is_no_article_note():
    for text in (
        "Funding: The council will spend £2m on new buses next year, the mayor said.",
        "Conflicts of interest: Two councillors declined to vote, according to the minutes.",
        "Finanzierung: Der Kreis zahlt die Hälfte der neuen Busse, sagte der Landrat.",
        "Funding: “We will find the money,” the mayor told the meeting.",
    ):
        found = line_furniture(text)
        assert found is None or found[0] != "article_note", (text, found)
