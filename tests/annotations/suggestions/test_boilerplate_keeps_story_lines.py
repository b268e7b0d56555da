"""Lines of the story that have a piece of furniture's shape stay the story's: a live page's posts under their
headers, Title Case headlines and timeline entries giving a date, numbered days and rounds, labels in capitals,
quoted crossheads and a Q&A's turns, a summary's bullets, and a last paragraph opening on the outlet's name. All
text is invented."""

from annotations.suggestions import suggest

HEADLINE = "Kelby bridge closed after engineers find cracks\n\n"
PARAGRAPHS = [
    "The Tarrow bridge in Kelby was closed on Monday after engineers found cracks in two of its supporting piers.",
    "Council leader Ama Osei said the crossing would stay shut until a full survey had been carried out.",
    "Drivers have been told to use the ring road, which adds about twenty minutes to the journey into town.",
    "The bridge was last repaired in 2009, when its deck was replaced at a cost of four million pounds.",
]
STORY = "\n\n".join(PARAGRAPHS) + "\n"


def rule(text, line):
    for s in suggest(text):
        if text[s.start : s.end] == line:
            return s.rule
    return None


def furniture(text, line):
    found = rule(text, line)
    return found is not None and found.startswith("boilerplate")


def test_a_live_pages_posts_under_their_headers_and_the_paragraphs_after_them_are_no_comments():
    text = (
        HEADLINE
        + PARAGRAPHS[0]
        + "\n\nAma Osei · 35 minutes ago\nThe council has opened a second lane on the ring road to ease the queues.\n\n"
        + "Jon Barra · 50 minutes ago\nEngineers from the county are on their way to inspect the eastern pier.\n\n"
        + "\n\n".join(PARAGRAPHS[1:])
        + "\n"
    )
    for paragraph in PARAGRAPHS[1:]:
        assert rule(text, paragraph) != "boilerplate.comment", paragraph
    assert rule(text, "The council has opened a second lane on the ring road to ease the queues.") != (
        "boilerplate.comment"
    )


def test_readers_comments_under_a_comments_heading_stop_at_their_own_block():
    text = (
        HEADLINE
        + STORY
        + "\n3 comments\n\n"
        + "Ama Osei | 12 March 2025 14:32\nThat bridge has been shaking for years.\n\n"
        + "Jon Barra | 12 March 2025 15:10\nTypical of this council, always too late.\n"
    )
    assert rule(text, "That bridge has been shaking for years.") == "boilerplate.comment"
    assert rule(text, "Typical of this council, always too late.") == "boilerplate.comment"
    for paragraph in PARAGRAPHS:
        assert rule(text, paragraph) != "boilerplate.comment", paragraph


def test_title_case_headlines_and_timeline_entries_giving_a_date_are_no_timestamps():
    for headline in (
        "Storm Warning Issued For Kelby Through March 12, 2025",
        "Kelby Budget Vote Set For 12 March 2025",
    ):
        text = headline + "\n\n" + STORY
        assert rule(text, headline) != "boilerplate.timestamp", headline
    for entries in (
        ["March 3, 2025 — Engineers Find Cracks", "March 9, 2025 — Council Shuts Bridge"],
        ["- 3 March 2025: Cracks found", "- 9 March 2025: Bridge closed"],
    ):
        paragraphs = STORY.split("\n\n")
        text = HEADLINE + paragraphs[0] + "\n\n" + "\n".join(entries) + "\n\n" + "\n\n".join(paragraphs[1:])
        for entry in entries:
            assert rule(text, entry) != "boilerplate.timestamp", entry


def test_the_articles_date_with_its_byline_stays_a_timestamp():
    for stamp in ("12 March 2025 14:32", "Por Redação Vale Verde | 12/03/2025 - 09h15", "Tuesday, March 11, 2025"):
        text = HEADLINE + stamp + "\n\n" + STORY
        assert rule(text, stamp) == "boilerplate.timestamp", stamp


def test_numbered_days_rounds_and_stages_are_no_timestamps():
    for first, second in (("Day 1", "Day 2"), ("Round 1", "Round 2"), ("Stage 14 recap", "Stage 15 recap")):
        text = (
            HEADLINE
            + first
            + "\n"
            + PARAGRAPHS[0]
            + "\n\n"
            + PARAGRAPHS[1]
            + "\n\n"
            + second
            + "\n"
            + PARAGRAPHS[2]
            + "\n\n"
            + PARAGRAPHS[3]
            + "\n"
        )
        assert rule(text, first) != "boilerplate.timestamp", first
        assert rule(text, second) != "boilerplate.timestamp", second


def test_a_live_pages_stamps_of_how_long_ago_stay_timestamps():
    text = HEADLINE + "35 mins ago\n" + PARAGRAPHS[0] + "\n\n50 mins ago\n" + PARAGRAPHS[1] + "\n"
    assert rule(text, "35 mins ago") == "boilerplate.timestamp"


def test_labels_in_capitals_quoted_crossheads_and_questions_and_answers_are_no_related_links():
    for first, second in (
        ("DEVELOPING: Second bridge shut in Kelby", "DEVELOPING: Council leader resigns over repairs"),
        ("Osei: 'We had no choice'", "Osei: 'The piers will not hold another winter'"),
        ("Q: When will the bridge open again", "Q: Who pays for the repairs"),
        ("A: Not before the summer, engineers say", "A: The county and the council share it"),
    ):
        text = (
            HEADLINE
            + PARAGRAPHS[0]
            + "\n\n"
            + first
            + "\n\n"
            + PARAGRAPHS[1]
            + "\n\n"
            + second
            + "\n\n"
            + "\n\n".join(PARAGRAPHS[2:])
            + "\n"
        )
        assert rule(text, first) != "boilerplate.related_list", first
        assert rule(text, second) != "boilerplate.related_list", second


def test_a_key_points_list_without_full_stops_is_no_list_of_links():
    bullets = ["The bridge carries 9,000 vehicles every day", "Engineers found cracks in two piers"]
    for label in ("Key points", "What we know"):
        text = (
            HEADLINE + PARAGRAPHS[0] + "\n\n" + label + "\n" + "\n".join(bullets) + "\n\n" + "\n\n".join(PARAGRAPHS[1:])
        )
        for bullet in bullets:
            assert rule(text, bullet) != "boilerplate.related_list", (label, bullet)


def test_a_list_of_headlines_under_a_short_label_after_the_article_stays_a_list_of_links():
    tail = "\nAround the county\nKelby Rovers sign striker from Lowmere\nNew bus station opens in Tarrow\n"
    text = HEADLINE + STORY + tail
    assert rule(text, "Kelby Rovers sign striker from Lowmere") == "boilerplate.related_list"


def test_the_last_paragraph_opening_on_the_outlets_name_is_the_storys_sentence_not_its_motto():
    last = "Kelby Herald asked the council for its repair estimate but had no reply by Tuesday evening."
    text = "Kelby Herald\n\n" + HEADLINE + STORY + "\n" + last + "\n"
    assert not furniture(text, last)
    motto = "Kelby Herald — your town, your paper since 1921"
    signed = "Kelby Herald\n\n" + HEADLINE + STORY + "\n" + motto + "\n"
    assert rule(signed, motto) == "boilerplate.motto"


def test_readers_comments_under_handles_with_a_compact_time_are_comments():
    text = (
        HEADLINE
        + STORY
        + "\nComments (2)\n\n"
        + "riverfan88 · 2h\nThat bridge has been shaking for years.\n\n"
        + "quay_watcher · 3d\nTypical of this council, always too late.\n"
    )
    assert rule(text, "That bridge has been shaking for years.") == "boilerplate.comment"
    assert rule(text, "Typical of this council, always too late.") == "boilerplate.comment"
    for paragraph in PARAGRAPHS:
        assert rule(text, paragraph) != "boilerplate.comment", paragraph


def test_a_wires_writer_and_editor_closing_it_in_brackets_are_boilerplate():
    credits = "(ავტორი: თამაზ ვარგა; რედაქტორი: ნინო კელბაძე)"
    text = HEADLINE + STORY + "\n" + credits + "\n"
    assert rule(text, credits) is not None and rule(text, credits).startswith("boilerplate")
    for paragraph in PARAGRAPHS:
        assert rule(text, paragraph) is None or not rule(text, paragraph).startswith("boilerplate"), paragraph


def test_readers_comments_under_a_czech_comments_heading_are_comments():
    text = (
        HEADLINE
        + STORY
        + "\nDiskuse (2)\n\n"
        + "Eva R. | 14. 7. 2025 9:12\nTo molo se mělo opravit už dávno, všichni to věděli.\n\n"
        + "kapr77 | 14. 7. 2025 10:03\nRada zase jedná pozdě, jako vždycky.\n"
    )
    assert rule(text, "Diskuse (2)") is not None
    assert rule(text, "To molo se mělo opravit už dávno, všichni to věděli.") == "boilerplate.comment"
    assert rule(text, "Rada zase jedná pozdě, jako vždycky.") == "boilerplate.comment"
