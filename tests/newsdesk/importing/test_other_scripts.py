"""Articles in other alphabets through the plain functions of the import, the suggestions and the alignment.

Every text here is invented for the test."""

from annotations.suggestions import suggest
from annotations.suggestions.base import whole_characters
from newsdesk.alignment import furniture
from newsdesk.alignment.clustering import PassageText, align
from newsdesk.alignment.words import unigrams
from newsdesk.importing import ingest
from newsdesk.importing.furniture_lines import line_furniture
from newsdesk.importing.tokens import tokenize

# Three sentences each: Hindi ends them with the danda, Arabic with a full stop and its own question mark,
# Georgian (written in small letters) with a full stop before a word in small letters.
HINDI = ("नगर परिषद ने बुधवार को नई जल योजना को मंज़ूरी दी। परिषद के अध्यक्ष ने कहा कि योजना से बीस हज़ार घरों "
         "को पानी मिलेगा। विपक्ष ने इसे जल्दबाज़ी का फ़ैसला बताया।")
ARABIC = ("أعلنت البلدية يوم الثلاثاء عن خطة جديدة لتوسيع شبكة الحافلات. هل ستنجح الخطة؟ "
          "يرى المعارضون أن التكلفة البالغة ١٢٠ مليون دينار مرتفعة جدا.")
GEORGIAN = ("ქალაქის საბჭომ სამშაბათს ახალი ავტობუსების გეგმა დაამტკიცა. მერმა თქვა, რომ გეგმა 120 მილიონი "
            "ლარი დაჯდება. ოპოზიციამ გადაწყვეტილება ნაჩქარევად მიიჩნია.")


def sentence_ends(text):
    return [s.text[-1] for s in tokenize(text).sents]


def test_the_danda_and_the_arabic_question_mark_end_sentences():
    assert sentence_ends(HINDI) == ["।", "।", "।"]
    assert sentence_ends(ARABIC) == [".", "؟", "."]


def test_a_georgian_sentence_opening_in_small_letters_still_starts_a_new_sentence():
    assert len(tokenize(GEORGIAN).sents) == 3
    # Small letters that have a capital keep a sentence going after an abbreviation-like full stop.
    assert len(tokenize("The fee rose 3 p.c. after the vote. The council met.").sents) == 2


def test_lines_of_prose_ending_in_a_danda_are_passages_of_their_own():
    second = "अधिकारियों के अनुसार काम अगले महीने शुरू होगा और दो साल में पूरा होगा।"

    canonical = ingest.from_text(f"{HINDI}\n{second}")

    assert [canonical.text[s:e] for s, e in canonical.passages] == [HINDI, second]


def test_a_georgian_line_after_an_unfinished_one_is_a_paragraph_of_its_own():
    heading = "ახალი გეგმა ქალაქისთვის"

    canonical = ingest.from_text(f"{GEORGIAN}\n{heading}\n{GEORGIAN}")

    assert len(canonical.passages) == 3


def test_paragraphs_in_other_scripts_are_not_set_aside_as_furniture():
    for text in (HINDI, ARABIC, GEORGIAN):
        assert furniture.furniture_reasons(text) == []
        assert furniture.is_prose(text)


def test_a_hindi_paragraph_is_not_suggested_as_boilerplate_and_its_claim_is_one_sentence():
    text = "नई जल योजना\n\n" + HINDI.replace("बीस हज़ार", "२०,०००")

    found = suggest(text)

    # no boilerplate: one factual claim, and the cues of its sources ("परिषद के अध्यक्ष ने कहा", "विपक्ष ने … बताया")
    tags = [s.tag for s in found if s.start >= text.index(HINDI[:5])]
    assert "boilerplate" not in tags
    assert tags.count("factual_claim") == 1
    claim = next(s for s in found if s.tag == "factual_claim")
    assert text[claim.start : claim.end].startswith("परिषद के अध्यक्ष")
    assert text[claim.end - 1] == "।"


def test_the_alignment_counts_whole_hindi_words_and_drops_postpositions_and_function_words():
    terms = unigrams("परिषद ने नई जल योजना को मंज़ूरी दी और घरों को पानी मिलेगा")

    # "ने", "को" and "दी" (one letter and its vowel sign) and "और" ("and", a Hindi function word) are dropped; a word
    # is in the one spelling Hindi words are compared in ("मंज़ूरी" and "मंजूरी" meet, without the nukta).
    assert terms == ["परिषद", "नई", "जल", "योजना", "मंजूरी", "घरों", "पानी", "मिलेगा"]


def test_topic_labels_of_a_hindi_story_are_made_of_whole_words():
    articles = [
        ["नगर परिषद ने बुधवार को नई जल योजना को मंज़ूरी दी। योजना से बीस हज़ार घरों को पानी मिलेगा।",
         "क्रिकेट टीम ने फ़ाइनल मुकाबला जीत लिया। कप्तान ने खिलाड़ियों की तारीफ़ की।"],
        ["परिषद की बैठक में जल योजना पास हुई, जिससे हज़ारों घरों तक पानी पहुँचेगा।",
         "क्रिकेट के फ़ाइनल में टीम की जीत पर कप्तान ने खुशी जताई।"],
        ["फ़ाइनल मुकाबले में क्रिकेट टीम जीती और कप्तान प्रसन्न थे।",
         "जल योजना को परिषद ने मंज़ूरी दी; घरों को पानी मिलेगा।"],
    ]
    passages = [
        PassageText((article, index), article, index, ingest.normalise(text))
        for article, texts in enumerate(articles) for index, text in enumerate(texts)
    ]

    alignment = align(passages)

    words = {word for p in passages for word in p.text.replace("।", " ").replace(",", " ").split()}
    labels = [topic.label for topic in alignment.topics]
    assert alignment.furniture == [] and labels and "Other passages" not in labels
    for label in labels:
        assert set(label.removesuffix("…").split()) <= words, label


def test_a_span_is_widened_to_whole_characters_as_the_reader_sees_them():
    text = "a क्ष 🇬🇪🇮🇳 👩🏽\u200d🚒 e\u0301 z"
    marked = text.index("क") + 1  # between the letter and its virama
    flag = text.index("🇬🇪") + 1  # between the two letters of the first flag
    second_flag = text.index("🇮🇳")
    job = text.index("👩") + 2  # after the skin tone, on the joiner

    assert whole_characters(text, 0, marked) == (0, marked + 2)
    assert whole_characters(text, marked, len(text)) == (marked - 1, len(text))
    assert whole_characters(text, 0, flag) == (0, flag + 1)
    assert whole_characters(text, second_flag, second_flag + 1) == (second_flag, second_flag + 2)
    assert whole_characters(text, 0, job) == (0, job + 2)
    assert whole_characters(text, 0, text.index("e") + 1) == (0, text.index("e") + 2)
    assert whole_characters(text, 0, 2) == (0, 2)


def test_an_intensified_word_with_combining_marks_is_suggested_whole():
    text = "The council called the plan extremely क्षणिक and extremely fe\u0301brile, a spokesman said."

    found = [s for s in suggest(text) if s.rule == "rhetoric.intensifier"]

    assert [text[s.start : s.end] for s in found] == ["extremely क्षणिक", "extremely fe\u0301brile"]
    assert "“क्षणिक”" in found[0].reason


def test_a_date_and_time_in_figures_is_a_time_stamp_in_any_language_and_digits():
    for line in ("١٢/٠٣/٢٠٢٦ ١٠:٣٠", "12.03.2026 10:30"):
        assert line_furniture(line) == ("timestamp", "A date and time in figures on a line of its own."), line
    # An Arabic, Hindi or Georgian month's name is one of the words of a time stamp, which find the line first.
    for line in ("١٢ مارس ٢٠٢٦، ١٠:٣٠", "12 मार्च 2026, 10:30 IST", "12 მარტი 2026, 10:30"):
        assert line_furniture(line) == ("timestamp", "A date or time stamp on a line of its own."), line
    # A sentence with a year and a time in it reports something.
    assert line_furniture("Οι 12 βουλευτές το 2026 στις 10:30 ψήφισαν υπέρ.") is None
    assert line_furniture("Results at 10:30 in 2026 were") is None


def test_the_alignment_counts_chinese_in_pairs_of_characters_and_latin_letters_beside_them_as_words():
    assert unigrams("地铁票价上涨") == ["地铁", "铁票", "票价", "价上", "上涨"]
    assert unigrams("新款iPhone发布") == ["新款", "iphone", "发布"]
    assert unigrams("票") == ["票"]


def test_a_chinese_article_is_matched_to_the_chinese_story_it_reports():
    from newsdesk.alignment import story_suggestion

    stories = [
        ("metro", "北京地铁票价下月上涨两元。市民在社交媒体上抱怨票价上涨。交通部门说收入将用于建设新线路。"),
        ("metro", "地铁票价将上涨两元，北京市政府周一宣布。官员说新增收入将投入新地铁线路建设。"),
        ("hospital", "卫生部周一宣布，广州新医院开业，设有三百张病床和急诊科。"),
        ("hospital", "广州新医院正式开业，居民说医院将缓解老医院的压力。"),
    ]
    matrix = story_suggestion.build(stories)

    chosen, _ = story_suggestion.best(story_suggestion.rank(
        matrix, "北京地铁涨价", "从下个月起，北京地铁票价上涨两元，乘客对票价上涨不满。"))

    assert chosen == "metro"


def test_a_story_in_arabic_is_labelled_with_noun_phrases_of_its_own_passages_not_their_opening_words():
    articles = [
        ["أعلنت وزارة الصحة يوم الاثنين افتتاح مستشفى جديد في مدينة الإسكندرية.",
         "وقال الوزير إن المستشفى يضم ثلاثمئة سرير وقسما للطوارئ.",
         "ورحب السكان بالمشروع بعد سنوات من الانتظار."],
        ["افتتحت وزارة الصحة مستشفى جديدا في الإسكندرية يضم ثلاثمئة سرير.",
         "وأشار مسؤولون إلى أن تكلفة المشروع بلغت مليار جنيه.",
         "وقال بعض السكان إن المستشفى سيخفف الضغط على المستشفيات القديمة."],
    ]
    passages = [PassageText((article, index), article, index, text)
                for article, texts in enumerate(articles) for index, text in enumerate(texts)]
    every_text = " ".join(text for texts in articles for text in texts)

    alignment = align(passages)

    labels = [topic.label for topic in alignment.topics]
    assert "Other passages" not in labels and len(set(labels)) == len(labels)
    for topic in alignment.topics:
        assert not topic.label.endswith("…") and topic.label in every_text, topic.label
        assert topic.label.split()[0] not in ("أعلنت", "افتتحت", "وقال", "وأشار", "ورحب", "في", "إن", "أن")
        assert len(topic.label.split()) <= 5


def test_a_story_in_a_script_no_rule_reads_is_labelled_with_its_own_opening_words():
    # Georgian: Hindi, Arabic, Japanese, Korean and Chinese have readings of their own, and Persian and Hebrew
    # write their prepositions apart, so runs of their words bounded by them make their labels.
    articles = [
        ["მთავრობამ ორშაბათს ქალაქში ახალი საავადმყოფო გახსნა.",
         "მინისტრმა თქვა, რომ საავადმყოფოს სამასი საწოლი და სასწრაფო განყოფილება აქვს."],
        ["ქალაქის ახალი საავადმყოფო ორშაბათს გაიხსნა.",
         "მაცხოვრებლებმა თქვეს, რომ საავადმყოფო ძველ საავადმყოფოებს დატვირთვას შეუმსუბუქებს."],
    ]
    passages = [PassageText((article, index), article, index, text)
                for article, texts in enumerate(articles) for index, text in enumerate(texts)]

    alignment = align(passages)

    labels = [topic.label for topic in alignment.topics]
    assert "Other passages" not in labels and len(set(labels)) == len(labels)
    for topic in alignment.topics:
        opening = topic.label.removesuffix("…")
        assert any(text.startswith(opening) for article, texts in enumerate(articles) for text in texts), topic.label
        assert len(opening.split()) <= 5


# A copy of a right-to-left page often carries a right-to-left mark (U+200F) or an Arabic letter mark (U+061C) at
# the ends of its lines; they show nothing.
RTL_PAGE = "\n".join(line + mark for line, mark in (
    ("الرئيسية | أخبار | اقتصاد | رياضة", "\u200f"),
    (ARABIC, "\u200f"),
    ("شارك: فيسبوك | إكس | واتساب", "\u200f"),
    ("وقال رئيس البلدية إن العمل سيبدأ في الربيع المقبل وسيستمر نحو عامين قبل افتتاح الخطوط الجديدة.", "\u061c"),
))


def test_direction_marks_at_the_ends_of_lines_do_not_hide_their_sentence_ends():
    canonical = ingest.from_text(RTL_PAGE)

    passages = [canonical.text[s:e] for s, e in canonical.passages]
    assert passages == [line.strip("\u200f\u061c") for line in RTL_PAGE.split("\n")]
    assert furniture.furniture_reasons(passages[1]) == [] and furniture.furniture_reasons(passages[3]) == []
    suggested = [RTL_PAGE[s.start:s.end] for s in suggest(RTL_PAGE, tag="boilerplate")]
    assert suggested == [passages[0], passages[2]]


def test_a_line_of_invisible_marks_alone_is_a_blank_line():
    canonical = ingest.from_text(f"{ARABIC}\n\u200f\u200e\n{ARABIC}")

    assert len(canonical.passages) == 2


def test_a_long_run_of_spaces_inside_a_line_is_stepped_over_in_linear_time():
    from newsdesk.importing.scripts import visible

    line = "\u200fa" + " " * 200_000 + "b \u200f"

    assert visible(line) == (1, len(line) - 2)
    assert visible(" \u200e\ufeff ") == (0, 0)
