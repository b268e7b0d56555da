"""Headings the section rule used to miss (``clustering.section_headings``): a line that opens a transcript with
Ethiopic's preface colon, the heading of an article's first section right under its byline, and a newsletter's
item heading in capitals, alone in its article.

Every text here is invented for the test."""

from tests.newsdesk.alignment.test_section_heading_furniture import article, furniture_of

AMHARIC = [
    "የከተማው ምክር ቤት ትናንት ባደረገው ስብሰባ አዲሱን የውሃ ቧንቧ ለመዘርጋት የሚያስፈልገውን በጀት በሙሉ ድምፅ አጽድቋል።",
    "የውሃው ችግር በተለይ በደቡባዊ ሰፈሮች የሚኖሩ ነዋሪዎችን ለሦስት ወራት ያህል ሲያሰቃይ መቆየቱን ነዋሪዎቹ ይናገራሉ።",
    "የምክር ቤቱ አባላት ሥራው በክረምቱ ወቅት ከመጀመሩ በፊት ጨረታው በአንድ ወር ውስጥ እንዲወጣ ወስነዋል ብለዋል።",
    "ነዋሪዎቹ ግን ቃል የተገባው ቧንቧ ከዚህ በፊትም ሁለት ጊዜ ሳይዘረጋ መቅረቱን በማስታወስ ጥርጣሬያቸውን ገልጸዋል።",
    "የከተማው ከንቲባ በበኩላቸው ገንዘቡ በባንክ ተቀምጦ እንደሚገኝና ሥራው በዚህ ዓመት እንደሚጠናቀቅ አረጋግጠዋል።",
]
ENGLISH = [
    "The ferry to Corran Isle has not sailed since Thursday, when a storm tore the loading ramp from the pier.",
    "Islanders have been crossing in fishing boats, and the school has moved its lessons to the village hall.",
    "The council says the ramp cannot be mended in place and a new one must be built on the mainland.",
    "Its engineers put the cost at about two million pounds, which the island's own budget cannot meet.",
    "A temporary landing stage will be floated into place next week, the harbour master told islanders.",
    "The ferry company hopes to run a reduced timetable from the stage by the end of the month.",
]


def test_a_line_over_a_paragraph_ending_on_the_ethiopic_preface_colon_opens_it():
    texts = [AMHARIC[0], "የስብሰባው ሙሉ ቃል፦", AMHARIC[1], AMHARIC[2]]
    assert furniture_of(article(texts)) == set()


def test_a_heading_under_the_byline_heads_the_first_section_of_an_article_that_heads_its_sections():
    texts = ["Corran Isle cut off as storm wrecks ferry ramp", "By Morag Lindsay | 14 March 2025",
             "What happened", ENGLISH[0], ENGLISH[1], "Who pays", ENGLISH[2], ENGLISH[3],
             "What comes next", ENGLISH[4], ENGLISH[5]]
    assert furniture_of(article(texts)) == {(0, 0), (0, 1)}


def test_an_amharic_heading_under_a_byline_dated_in_the_ethiopian_calendar_heads_the_first_section():
    texts = ["የውሃ ቧንቧው በጀት ጸደቀ", "ሪፖርተር፦ ሰላም ደሳለኝ | መጋቢት 12 ቀን 2017 ዓ.ም.",
             "የስብሰባው ውሳኔ", AMHARIC[0], AMHARIC[2], "የነዋሪዎቹ ስጋት", AMHARIC[1], AMHARIC[3],
             "የከንቲባው ምላሽ", AMHARIC[4]]
    assert furniture_of(article(texts)) == {(0, 0), (0, 1)}


def test_a_headline_right_over_the_first_paragraph_stays_the_headers():
    # No byline between: the short line over the first paragraph is the headline, however the sections are headed.
    texts = ["Storm wrecks ferry ramp", ENGLISH[0], ENGLISH[1], "Who pays", ENGLISH[2], ENGLISH[3],
             "What comes next", ENGLISH[4], ENGLISH[5]]
    assert (0, 0) in furniture_of(article(texts))


def test_a_longer_line_under_the_byline_than_the_articles_headings_is_no_heading():
    # A caption under the byline runs longer than the article's headings.
    texts = ["Corran Isle cut off", "By Morag Lindsay | 14 March 2025",
             "The broken ramp at Corran pier on Friday morning, photographed from a boat",
             ENGLISH[0], ENGLISH[1], "Who pays", ENGLISH[2], ENGLISH[3], "What comes next", ENGLISH[4], ENGLISH[5]]
    assert (0, 2) in furniture_of(article(texts))


def test_a_newsletters_item_heading_in_capitals_over_two_paragraphs_is_the_storys_alone():
    texts = ["It's Monday. Today: the Corran Isle ferry, and a new head for the county library service.", "***",
             "FERRY STRANDED", ENGLISH[0], ENGLISH[1], "***", "Thanks for reading, see you tomorrow"]
    assert (0, 2) not in furniture_of(article(texts))


def test_a_lone_line_in_capitals_over_one_paragraph_or_a_single_capitalised_word_stays_furniture():
    over_one = [ENGLISH[0], "STORM DAMAGE", ENGLISH[1], "***", "Thanks for reading, see you tomorrow"]
    one_word = [ENGLISH[0], "EXCLUSIVE", ENGLISH[1], ENGLISH[2]]
    assert (0, 1) in furniture_of(article(over_one))
    assert (0, 1) in furniture_of(article(one_word))
