"""Story matching reads an article's body: the furniture the alignment's line rules find (an author box with a
telephone number, a "Most read" list, a transcript's speaker labels) ties no two articles together, and a word a
printed column broke at a line's end is one word."""

from newsdesk.alignment import story_suggestion, words

# Invented: a county paper's page on a bridge reopening, with its furniture.
BRIDGE = """Quarry Road bridge reopens after a year of repairs

The Quarry Road bridge over Tern Creek reopened on Friday after repairs that cost the county $4.1 million.

Engineers replaced the deck and two piers, which cracked in last spring's floods. The work finished early.

County engineer Paula Brightwater said the new deck carries heavier trucks, so grain haulers can use it again.

MOST READ
1. Harvest festival draws record crowd
2. Quarry Road bridge reopens after a year of repairs
3. High school band heads to state finals

Odell Pryce covers roads and rural affairs for the Ledger. Reach him at 555-0148."""

TRANSCRIPT = """Storm damage cleared on Route 9

ANCHOR MARA VENN: Crews spent the whole day clearing fallen trees from Route 9 after last night's storm.

REPORTER LEO QUAYLE: Mara, the road is open again, but power lines are still down along the river tonight.

ANCHOR MARA VENN: Thank you, Leo. Schools in the valley will open two hours late."""


def test_an_author_box_and_a_most_read_list_are_not_read_as_the_article():
    document = story_suggestion.reporting("Bridge reopens", BRIDGE)
    names = story_suggestion.names_and_figures(document)

    assert "Tern Creek" in document and "Paula Brightwater" in document
    assert "MOST READ" not in document and "Harvest festival" not in document
    assert "Odell Pryce" not in document and "0148" not in document
    assert not {"#0148", "#555"} & set(names)


def test_a_transcript_s_speaker_labels_are_not_read_but_the_turns_are():
    document = story_suggestion.reporting("Storm damage", TRANSCRIPT)

    assert "ANCHOR" not in document and "REPORTER LEO QUAYLE" not in document
    assert "fallen trees" in document and "power lines are still down" in document


def test_a_label_that_is_no_speaker_s_stays():
    text = ("Water rates to rise\n\nThe council set the new rates on Monday. Its reasons: the pipes are old "
            "and the plant needs a new filter.\n\nNorth Ward residents: about 4,000 homes in the north of the town "
            "will pay more from June, when the first bills under the new rates go out.")

    document = story_suggestion.reporting("Water rates", text)

    assert "Its reasons:" in document and "North Ward residents:" in document


def test_a_word_broken_at_a_line_s_end_is_read_whole_for_matching():
    text = ("Dispatch centre back on line\n\nThe county's emergency dis-\npatch centre took calls on its own "
            "computers again on Thursday, after four days on paper cards and a radio.")

    document = story_suggestion.reporting("Dispatch centre", text)

    assert "dispatch" in words.unigrams(document)
    assert not {"dis", "patch"} & set(words.unigrams(document))


def test_the_alignment_s_words_read_a_broken_word_whole_at_the_stored_text_s_offsets():
    text = "The emergency dis-\npatch centre reopened."

    found = words.word_matches(text)

    assert ("dispatch", text.index("dis-")) in found
    assert "centre" in [word for word, _ in found]


# Invented: a broadcaster's two pages on two events in one village, each headline opening on the medium's kicker.
KICKED = ("VIDEO : ਮੱਲ੍ਹੀਆਂਵਾਲਾ ਦੇ ਮੇਲੇ ਵਿੱਚ ਘੋੜਿਆਂ ਦੀ ਦੌੜ",
          "VIDEO : ਮੱਲ੍ਹੀਆਂਵਾਲਾ ਦੇ ਮੇਲੇ ਵਿੱਚ ਘੋੜਿਆਂ ਦੀ ਦੌੜ\n\nਪਿੰਡ ਮੱਲ੍ਹੀਆਂਵਾਲਾ ਦੇ ਸਾਲਾਨਾ ਮੇਲੇ ਵਿੱਚ ਐਤਵਾਰ ਨੂੰ ਘੋੜਿਆਂ ਦੀ "
          "ਦੌੜ ਹੋਈ। ਜੇਤੂ ਘੋੜਾ ਕੋਟਲੀ ਦੇ ਇੱਕ ਕਿਸਾਨ ਦਾ ਸੀ।")


def test_a_kicker_naming_the_medium_is_no_name_of_the_story():
    # "VIDEO :" opens every headline of a broadcaster's video pages, whatever they report; in a script without
    # capitals it would stand alone as a name, and tie any two of them together.
    document = story_suggestion.reporting(*KICKED)
    assert "VIDEO" not in document and "ਘੋੜਿਆਂ ਦੀ ਦੌੜ" in document
    assert "VIDEO" not in story_suggestion.names_and_figures(document)


def test_a_word_in_capitals_before_a_colon_that_names_no_medium_stays():
    document = story_suggestion.reporting("NATO: allies agree on air defence for the Baltic states",
                                          "NATO: allies agree on air defence for the Baltic states\n\nThe allies "
                                          "agreed on Tuesday to station more air defence in Estonia and Latvia.")
    assert "NATO" in document
