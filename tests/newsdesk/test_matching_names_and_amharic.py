"""Story matching's names and event words: a common noun capitalised before a figure is no name, an Amharic wire's
dateline year is a date's, and Amharic's verbs of saying and words of a sum are no event words."""

from newsdesk.alignment import story_suggestion


def test_a_common_noun_capitalised_before_a_figure_is_no_name():
    text = ("Nearly 400 Form 6 students at Coldharbour Academy will sit a new chemistry test.\n\n"
            "The academy said each form-room teacher would tell parents by Friday.")

    found = story_suggestion.names_and_figures(text)

    assert "form" not in found
    assert "coldharbour academy" in {key.lower() for key in found}
    assert "#400" in found


def test_a_capitalised_word_before_a_figure_the_text_never_writes_in_lower_case_stays_a_name():
    text = ("The crew of Meridian 7 returned to Pelling base on Sunday after eight days in orbit.\n\n"
            "Engineers said the capsule landed within a mile of its target.")

    assert "meridian" in story_suggestion.names_and_figures(text)


def test_an_amharic_wire_s_dateline_year_is_no_figure_of_the_story():
    # Invented: a wire's dateline, a place, a month, a day and a year ("ጥር 9/2016"), then a year in the text.
    text = "ቆሬማ፣ ጥር 9/2016 (ዜአ) በቆሬማ ከተማ የተገነባው ትምህርት ቤት በ2009 ዓ.ም. የተጀመረ ነበር።"

    found = story_suggestion.names_and_figures(text)

    assert "#2016" not in found
    assert "#2009" in found


def test_amharic_verbs_of_saying_and_words_of_a_sum_are_no_event_words():
    # Invented: a clinic opened in a village at a cost of twelve million birr.
    text = ("በቆሬማ አዲስ ጤና ጣቢያ ተመረቀ\n\n"
            "ጣቢያው በ12 ሚሊዮን ብር ወጪ መገንባቱን የወረዳው ኃላፊ ገልጸዋል። «ነዋሪዎች አሁን ሕክምና በቅርብ ያገኛሉ» ብለዋል።")

    told = story_suggestion.event_words(text).split()

    assert not {"ሚሊዮን", "ብር", "ገልጸዋል", "ብለዋል"} & set(told)
    assert {"ሕክምና", "ነዋሪዎች"} <= set(told)
