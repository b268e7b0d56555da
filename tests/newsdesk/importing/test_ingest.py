"""The import pipeline as plain functions: no database."""

import pytest

from newsdesk.importing import ingest, sanitize


def test_crlf_and_lone_cr_line_endings_become_newlines():
    canonical = ingest.from_text(b"First line\r\nsecond line\r\n\r\nNext\rparagraph")

    assert canonical.text == "First line\nsecond line\n\nNext\nparagraph"
    assert [canonical.text[s:e] for s, e in canonical.passages] == ["First line\nsecond line", "Next\nparagraph"]


def test_text_is_nfc_normalised_and_otherwise_kept_verbatim():
    decomposed = "Cafe\u0301  Share Comments  \n\nRead more"

    canonical = ingest.from_text(decomposed.encode("utf-8"))

    assert canonical.text == "Caf\u00e9  Share Comments  \n\nRead more"


def test_non_utf8_input_is_refused_with_the_reason():
    with pytest.raises(ingest.IngestError, match="not UTF-8"):
        ingest.from_text("Kim Jong-un visits a factory in Pyongyang".encode("cp1252") + b"\xe9\x80")


def test_empty_or_blank_input_is_refused():
    for data in (b"", b"   \n\n \r\n", "\u200f\u200e\u200b \n\ufeff".encode()):  # marks alone show nothing
        with pytest.raises(ingest.IngestError, match="empty"):
            ingest.from_text(data)


def test_passages_are_blocks_between_blank_lines_as_code_point_offsets():
    text = "😀 emoji line\n\n  indented 北朝鮮 block  \nsecond line\n \n\nlast"

    passages = ingest.split_passages(text)

    assert [text[s:e] for s, e in passages] == ["😀 emoji line", "indented 北朝鮮 block  \nsecond line", "last"]
    assert passages[0] == (0, 12)


def test_checksum_is_sha256_of_the_canonical_text():
    assert ingest.from_text(b"a\r\nb").checksum == ingest.from_text(b"a\nb").checksum
    assert len(ingest.from_text(b"a").checksum) == 64


def test_html_loses_scripts_event_handlers_and_javascript_links():
    html = b"""<html><head><title>t</title><script>alert('head')</script></head><body>
    <h1 onclick="steal()">Missile plant opens</h1>
    <p onmouseover="alert(1)">Kim <b>visited</b> the plant.<script>document.cookie</script></p>
    <p><a href="javascript:alert(2)">Share</a> <img src=x onerror=alert(3)></p>
    <style>p{color:red}</style><p>Second paragraph.</p></body></html>"""

    canonical = ingest.from_html(html)

    assert canonical.text == "Missile plant opens\n\nKim visited the plant.\n\nShare\n\nSecond paragraph."
    for needle in ("script", "onclick", "onmouseover", "onerror", "javascript:", "alert", "<img", "<style"):
        assert needle not in canonical.original_html
    assert canonical.title_hint == "Missile plant opens"
    assert len(canonical.passages) == 4


def test_clean_text_strips_markup_from_plain_text_fields():
    assert sanitize.clean_text('<img src=x onerror="alert(1)">KCNA') == "KCNA"


def _texts(text):
    return [text[s:e] for s, e in ingest.split_passages(text)]


def test_paragraphs_set_apart_by_single_line_breaks_become_one_passage_each():
    text = (
        "Headline of the story\n"
        "The council voted on Monday to close the bridge for a year after engineers found cracks.\n"
        "About 22,000 vehicles cross the river there every day, the council said in its report.\n"
        "Share this article"
    )

    assert _texts(text) == [
        "Headline of the story",
        "The council voted on Monday to close the bridge for a year after engineers found cracks.",
        "About 22,000 vehicles cross the river there every day, the council said in its report.",
        "Share this article",
    ]


def test_a_sentence_wrapped_onto_the_next_line_stays_in_its_paragraph():
    text = (
        "The ministry said exports rose by a fifth in July, the largest monthly rise since\n"
        "records began, and that the ports were working at the limit of their capacity.\n"
        "Officials fear new strikes on the ports could disrupt loading in the autumn months."
    )

    assert _texts(text) == [
        "The ministry said exports rose by a fifth in July, the largest monthly rise since\n"
        "records began, and that the ports were working at the limit of their capacity.",
        "Officials fear new strikes on the ports could disrupt loading in the autumn months.",
    ]


def test_a_block_of_short_lines_without_prose_stays_one_passage():
    text = "Home\nNews\nSport\n\nA caption under the picture\nPhoto: Agency\n\nBody paragraph here."

    assert _texts(text) == ["Home\nNews\nSport", "A caption under the picture\nPhoto: Agency", "Body paragraph here."]


def test_single_line_paragraphs_in_other_scripts_keep_exact_code_point_offsets():
    text = (
        "😀 Огляд дня\n"
        "Україна експортувала 4,1 мільйона тонн зерна через порти на Дунаї в липні цього року.\n"
        "北朝鮮の金正恩総書記は新しい工場を視察し、ミサイルの生産を増やすよう指示した。\n"
        "🎾 Thank you tennis, nineteen years and so many memories, see you all next week!"
    )

    passages = ingest.split_passages(text)

    assert [text[s:e] for s, e in passages] == text.split("\n")
    assert passages[1][0] == len("😀 Огляд дня\n")
    assert passages[3][1] == len(text)


@pytest.mark.parametrize("separator", ["\u2028", "\x0b", "\x0c", "\x85"])
def test_unicode_line_separators_and_a_word_processors_line_break_become_newlines(separator):
    first = "The council approved the new budget after a long debate on Tuesday evening."
    second = "Members of the opposition said they would keep pressing for changes to the plans."

    canonical = ingest.from_text(f"Share this article{separator}{first}{separator}{second}".encode())

    assert canonical.text == f"Share this article\n{first}\n{second}"
    assert [canonical.text[s:e] for s, e in canonical.passages] == ["Share this article", first, second]


def test_the_unicode_paragraph_separator_becomes_a_blank_line():
    canonical = ingest.from_text("Home\nWorld\u2029Markets fell sharply on Monday.".encode())

    assert canonical.text == "Home\nWorld\n\nMarkets fell sharply on Monday."


def test_a_paragraph_wrapped_at_a_fixed_width_stays_one_passage():
    text = (
        "HARTWELL, Ore. — The county trained him as a volunteer firefighter and \n"
        "\t\tpaid for his medical course. Now the former Marine and enlisted National \n"
        "\t\tGuard member was warning about a coming \n"
        "\t\tcollapse. Videos he posted bore titles such as “The \n"
        "\t\tLast Winter of the Valley.” In his telling, the U.S. \n"
        "\t\twas running out of time.\n"
        "\n"
        "\t\tThe sheriff's office said it had received more than a dozen calls about him."
    )

    passages = _texts(text)

    assert len(passages) == 2
    assert passages[0].startswith("HARTWELL") and passages[0].endswith("was running out of time.")


def test_single_line_paragraphs_under_a_headline_ending_on_a_small_word_stay_apart():
    text = (
        "What the rate cut means for you\n"
        "The Reserve Bank cut its main rate by a quarter point on Tuesday, the first cut in two years.\n"
        "Lenders are expected to pass the cut on to variable-rate borrowers within a month.\n"
        "Savers will see the rates on easy-access accounts fall by about the same amount."
    )

    assert len(_texts(text)) == 4


@pytest.mark.parametrize("label", ["[Advertisement]", "(Photo: Ruth Okafor)", "[Related] Harbour fees to rise in May"])
def test_a_pages_bracketed_label_is_no_broadcast_cue_and_stays_apart(label):
    above = "The ferry terminal reopened on Friday after a week of repairs to its ramp."
    below = "Passengers queued for an hour as crews checked tickets by hand at the gate."
    text = f"{above}\n{label}\n{below}"

    assert [text[s:e] for s, e in ingest.split_passages(text)] == [above, label, below]


def test_a_broadcasters_cue_in_english_stays_with_its_quotation():
    text = ("The mill closed its gates on Thursday morning without warning.\n[SOUNDBITE] Tom Adeyemi, machinist\n"
            "\"Thirty years I worked there and they told us by text message.\"")

    assert [text[s:e] for s, e in ingest.split_passages(text)][1].startswith("[SOUNDBITE] Tom Adeyemi, machinist\n")


def test_a_long_run_of_letters_is_split_in_time_linear_in_its_length():
    import time

    prose = "The board met on Tuesday and agreed to repaint the old lighthouse by June."
    ingest.split_passages(f"{prose}\n{prose}")  # the language tables are loaded once
    text = "\n".join([prose, "q" * 12000 + "]", prose])
    start = time.perf_counter()
    ingest.split_passages(text)
    assert time.perf_counter() - start < 1.0


def test_a_hindi_line_ending_on_a_postposition_stops_inside_a_sentence():
    from newsdesk.importing import ingest, languages

    line = "सरकार ने सोमवार को शहर के सबसे पुराने अस्पताल में"

    assert ingest._LAST_WORD.search(line).group(1) == "में"  # not "म", cut at its vowel sign
    assert ingest._stops_inside_a_sentence(line, languages.with_english("hi"))


def test_a_transcript_set_in_one_block_stays_one_passage_with_its_heading():
    text = (
        "የውሃ ጣቢያው ዛሬ ጠዋት ሥራ ማቆሙን የከተማው አስተዳደር ለነዋሪዎች በሰጠው መግለጫ አስታውቋል።\n\n"
        "የቃለ ምልልሱ ሙሉ ቃል፦\n"
        "ጋዜጠኛ፦ ከኋላዬ የምታዩት የውሃ ማጣሪያ ጣቢያው ነው። ከትናንት ጀምሮ ምንም ውሃ አልወጣም።\n"
        "ነዋሪ ወ/ሮ አልማዝ ታከለ፦ «ልጆቻችንን ለማጠብ እንኳን ውሃ የለንም። ከወንዝ እየቀዳን ነው።»\n"
    )
    passages = ingest.split_passages(text)
    assert len(passages) == 2
    assert text[passages[1][0]:passages[1][1]].startswith("የቃለ ምልልሱ ሙሉ ቃል፦\nጋዜጠኛ፦")
    assert text[passages[1][0]:passages[1][1]].endswith("ነው።»")


def test_lines_of_prose_under_a_mixed_case_label_still_split():
    text = (
        "Update: The ferry company said the timetable would return to normal on Monday morning at the earliest.\n"
        "Update: Crews from Ulvik were sent to cover the shortage, and the first sailing left on time this morning.\n"
    )
    assert len(ingest.split_passages(text)) == 2


# Paragraphs set apart by hostile shapes of blank space: blank lines one after another, lines of spaces, tabs and
# no-break spaces alone, invisible marks alone, and the Unicode line and paragraph separators among them.
HOSTILE_BREAKS = [
    "\n\n\n",
    "\n \n \n",
    "\n\t\u00a0\n\u3000\t\n",
    "\n\u200b\u200f\n \n",
    "\u2028\u2028",
    "\u2029",
    "\u2028 \u2029 \u2028",
    "\n \n" * 50 + "\n\n" * 50,
]
PARAGRAPHS = [
    "The harbour board met on Tuesday and voted to dredge the channel before the spring tides.",
    "Fishermen said the silt had closed the inner berths for three weeks.",
    "Work starts in March.",
]


@pytest.mark.parametrize("between", HOSTILE_BREAKS)
def test_hostile_blank_space_between_paragraphs_gives_the_paragraphs_of_a_plain_blank_line(between):
    plain = ingest.from_text("\n\n".join(PARAGRAPHS))
    hostile = ingest.from_text(between.join(PARAGRAPHS))

    assert [hostile.text[s:e] for s, e in hostile.passages] == [plain.text[s:e] for s, e in plain.passages]
    assert [hostile.text[s:e] for s, e in hostile.passages] == PARAGRAPHS


@pytest.mark.parametrize("between", ["\n \n", "\n\n \n", "\n\t\u00a0\n", "\u2028 \u2029 "])
def test_paragraphs_set_apart_by_hostile_blank_space_are_cut_in_linear_time(between):
    from tests.growth import grows_linearly

    def many(n: int) -> str:
        return between.join(PARAGRAPHS * max(1, n // 180))

    def one_long_gap(n: int) -> str:
        return PARAGRAPHS[0] + between * (n // len(between)) + PARAGRAPHS[1]

    for make in (many, one_long_gap):
        linear, small, large = grows_linearly(ingest.from_text, make, 20_000)
        assert linear, (make.__name__, small, large)


def test_a_long_run_of_mixed_blanks_inside_a_line_is_cut_into_passages_in_linear_time():
    from newsdesk.importing.furniture_lines import COMMENTER_SEPARATOR
    from tests.growth import grows_linearly

    # A line of blanks in turn between two words: the test of a reader's comment header (a name, a dot or a bar, a
    # time) tries its separator once from where the run starts, not once from each of its characters.
    def line(n: int) -> str:
        return "(" + "\t " * (n // 2) + "with"

    linear, small, large = grows_linearly(ingest.from_text, line, 4_000)
    assert linear, (small, large)
    assert COMMENTER_SEPARATOR.split("Ana P. \t · \t 2 hours ago") == ["Ana P.", "2 hours ago"]
    assert COMMENTER_SEPARATOR.split("riverfan88·2h | Reply") == ["riverfan88", "2h", "Reply"]


def test_a_live_entry_set_apart_by_blank_lines_keeps_its_time_stamp_and_mark():
    # Each entry of this invented live page is a block of its own: its time stamp, a "Key event" mark, its heading and
    # its paragraph. The block is the entry, as a paragraph is: its stamp and mark stay with it.
    text = (
        "Quarry hearing: live\n\n"
        "4.15pm\nKey event\nInspector closes the hearing\n"
        "The planning inspector closed the hearing on the Tollbury quarry and said her report would follow in June.\n\n"
        "3.50pm\nThe quarry company's barrister said blasting would stop at six every evening under the new plan.\n"
    )
    passages = [text[start:end] for start, end in ingest.split_passages(text)]
    assert passages == [
        "Quarry hearing: live",
        "4.15pm\nKey event\nInspector closes the hearing\n"
        "The planning inspector closed the hearing on the Tollbury quarry and said her report would follow in June.",
        "3.50pm\nThe quarry company's barrister said blasting would stop at six every evening under the new plan.",
    ]


def test_a_stamp_over_an_article_s_paragraphs_set_with_single_line_breaks_keeps_them_apart():
    # Invented: a page dated by a stamp on its first line, its paragraphs set with single line breaks.
    text = (
        "14:32 BST\n"
        "The planning inspector closed the hearing on the Tollbury quarry on Tuesday afternoon.\n"
        "Her report on the company's plan to double the quarry's size will follow in June, she said.\n"
        "Residents of Tollbury had asked for blasting to stop at six every evening under the new plan.\n"
    )
    passages = [text[start:end] for start, end in ingest.split_passages(text)]

    assert len(passages) == 4 and passages[0] == "14:32 BST"


def test_a_post_of_two_paragraphs_under_its_stamp_is_cut_as_before():
    text = (
        "4.15pm\n"
        "The planning inspector closed the hearing on the Tollbury quarry and said her report would follow in June.\n"
        "That's all from us: thanks for joining our live coverage of the hearing, we are closing it here.\n"
    )
    passages = [text[start:end] for start, end in ingest.split_passages(text)]

    assert passages[0] == "4.15pm" and len(passages) == 3
