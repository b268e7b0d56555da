"""Page furniture on an interview page, a newsletter and an Amharic page, told by their shapes: a speaker's turn, a
headline with its deck in one block, a sponsor's small print, and Amharic's labels, credits and dates."""

from newsdesk.alignment.clustering import PassageText, marks_the_header
from newsdesk.alignment.furniture import (
    SMALL_PRINT_REASON,
    above_the_story,
    furniture_reasons,
    heading_shaped,
    is_header_block,
    line_reasons,
)
from newsdesk.importing.furniture_lines import line_furniture
from newsdesk.importing.furniture_vocabulary import folded

LEAD = (
    "Marta Hollis has run the Wenlow Street library for eleven years. Last month the council voted to close it, and "
    "she spoke to the Gazette in the reading room on Friday morning."
)


def test_an_interviewers_question_led_by_the_speaker_s_name_is_not_an_appeal_to_the_reader():
    assert furniture_reasons("PRYCE: The council has closed your library. What would you like to tell us?") == []
    assert furniture_reasons("Q: Your branch lost its funding in March. What can you tell us about it?") == []


def test_a_prompt_behind_a_label_of_the_page_in_capitals_is_still_furniture():
    assert furniture_reasons("NEWSLETTER: Get our morning briefing in your inbox every day")
    assert furniture_reasons("WATCH: Our reporter shows you round the flooded market")


def test_a_headline_with_its_deck_in_one_block_above_the_byline_is_the_page_s_header():
    header = ("'We were told nothing': Wenlow Street tenants on the closure\n"
              "Residents of the block speak for the first time since the notices arrived on their doors")
    # The byline, set apart already, stands between the block (passage 0) and the first paragraph (passage 2).
    assert above_the_story([header, LEAD], [0, 2]) == [0]


def test_two_lines_whose_first_ends_on_a_full_stop_are_no_headline_and_deck():
    opening = ("The library closed on Friday.\n"
               "Residents of the block gathered on the steps to watch the doors locked for the last time")
    assert above_the_story([opening, LEAD], [0, 2]) == []


def test_a_sponsor_s_item_closing_on_its_small_print_is_furniture():
    sponsor = ("The Morning Note is supported by Harlow Credit Union. Open a junior saver with a 3.2% rate today. "
               "Terms apply.")
    assert SMALL_PRINT_REASON in furniture_reasons(sponsor)


def test_reporting_that_quotes_an_offer_s_terms_is_not_small_print():
    # The offer's words, its "your" and its small print, are the poster's, quoted: the passage reports on it.
    quoted = ("Posters for the new bus pass went up across Ashgrove on Monday, offering “your first month free”. "
              "Each ends in small letters. “Terms apply.”")
    assert furniture_reasons(quoted) == []


def test_news_of_a_scheme_closing_on_its_terms_is_not_small_print():
    assert furniture_reasons("Residents can claim back up to £200 under the scheme, the council said. Terms and "
                             "conditions apply.") == []
    assert furniture_reasons("The council will refund parking fees for residents of Ashgrove who paid twice. "
                             "Conditions apply.") == []


def test_an_offer_to_the_reader_closing_on_its_small_print_is_furniture():
    offer = "Get your second pair of walking boots at half price when you order online this week. Terms apply."
    assert SMALL_PRINT_REASON in furniture_reasons(offer)


def test_ethiopic_punctuation_is_read_as_the_rules_write_theirs():
    assert folded("በገበያው ውስጥ። ፎቶ፦ ሰሜን ታይምስ") == "በገበያው ውስጥ. ፎቶ: ሰሜን ታይምስ"
    assert folded("ከምሽቱ 4፡30 የከተማው፡አስተዳደር") == "ከምሽቱ 4:30 የከተማው አስተዳደር"


def test_an_amharic_caption_closing_on_its_photo_credit_is_furniture():
    assert line_reasons("በቆላሜ ገበያ አካባቢ የቆሙ የጭነት መኪኖች። ፎቶ፦ ሰሜን ታይምስ", {})


def test_an_amharic_read_more_link_is_furniture():
    assert line_furniture("ተጨማሪ ያንብቡ፦ የቆላሜ ከተማ የውሃ ፕሮጀክት ተጠናቀቀ")


def test_an_amharic_share_and_comments_button_is_furniture():
    assert line_furniture("ዜናውን ለወዳጅዎ ያጋሩ")
    assert line_furniture("አስተያየት ይስጡ (4)")


def test_an_amharic_byline_over_a_date_of_the_ethiopian_calendar_is_the_header():
    assert is_header_block("በአቶ ታምራት ወልዴ\nመጋቢት 12 ቀን 2017 ዓ.ም.")


def test_an_amharic_lead_in_ending_on_the_preface_colon_is_no_section_heading():
    assert not heading_shaped("የስብሰባው ሙሉ ቃል፦")


def test_an_amharic_reporter_s_line_with_a_dated_day_marks_the_header():
    # A reporter's label and name, and a date of the Ethiopian calendar with "ቀን" (day) and its era.
    assert marks_the_header(PassageText(key=0, article="a", index=0, text="ሪፖርተር፦ ብሩክ ደሳለኝ | ሰኔ 3 ቀን 2017 ዓ. ም."))
