"""Labels of a story in Thai: runs of words (found by a dictionary) that two of a topic's articles write alike, never
cut inside a word, never opening on a connective, a number or a title with a name."""

from newsdesk.alignment import labels, thai
from newsdesk.importing.tokens import thai_words

from ..corpus_stories import story, written_stories

# Invented: an electric fence against elephants in an invented district.
TEXTS = [
    "อำเภอบ้านนาคำเตรียมสร้างรั้วไฟฟ้ากันช้างยาว ๑๒ กิโลเมตร ระหว่างนั้นชาวบ้านผลัดกันเฝ้าไร่",
    "นายสมชาย ดีงาม นายอำเภอบ้านนาคำ กล่าวว่า รั้วไฟฟ้ากันช้างจะเสร็จในสามเดือน",
    "ชาวบ้านขอให้สร้างรั้วไฟฟ้ากันช้างโดยเร็ว เพราะช้างป่าเข้าไร่อ้อยทุกคืน",
    "ราคาอ้อยปีนี้ตกลงมาก เกษตรกรหลายรายขาดทุน",
]


def spans_of(text):
    spans = thai.token_spans(text)
    return [token for token, _, _ in spans], [(start, end) for _, start, end in spans]


def test_a_thai_story_is_read_by_runs_of_its_words():
    assert isinstance(labels.reading_of(TEXTS), labels.ThaiReading)


def test_a_label_is_a_run_of_words_that_passages_of_two_articles_share():
    result = labels.label_topics(TEXTS, [0, 0, 0, 1], ["a", "b", "c", "a"])

    assert "รั้วไฟฟ้า" in result[0], result
    assert sum(result[0] in text for text in TEXTS[:3]) >= 2


def test_a_run_opens_and_closes_between_words_never_on_a_connective_a_number_or_a_title():
    story_ = thai.Story(TEXTS)
    for text in TEXTS:
        words, spans = spans_of(text)
        boundaries = {start for _, start, _ in thai_words(text)} | {end for _, _, end in thai_words(text)}
        for phrase, _, start, end in thai.candidate_spans(words, text, spans, story_):
            assert spans[start][0] in boundaries and spans[end][1] in boundaries, phrase
            assert not story_.function(words[start]) and not story_.function(words[end]), phrase
            assert words[start] not in thai.NUMBER_WORDS and words[start] != "ระหว่าง", phrase
            assert not (start and thai.is_title(words[start - 1])), phrase  # "สมชาย" of "นายสมชาย": a name alone


def test_who_spoke_is_the_run_a_verb_of_saying_follows():
    words, _ = spans_of(TEXTS[1])
    start = words.index("รั้ว")

    assert thai.stands_as_source(words, words.index("นายอำเภอ"), words.index("นายอำเภอ") + 2)
    assert not thai.stands_as_source(words, start, start + 1)


def test_an_opening_of_thai_is_cut_between_words():
    assert labels.opening("การสำรวจเบื้องต้นพบว่ามีความเสียหายมาก") == "การสำรวจ…"


THAI_STORIES = [slug for slug in written_stories()
                if isinstance(labels.reading_of([a["text"] for a in story(slug)[1]]), labels.ThaiReading)]


def test_the_corpus_holds_a_story_in_thai():
    assert THAI_STORIES


def test_the_labels_of_a_thai_story_are_whole_words_shared_by_its_articles_or_an_opening():
    from ..test_labels import aligned

    for slug in THAI_STORIES:
        result, text_of = aligned(slug)
        for topic in result.topics:
            label = topic.label
            texts = [text_of[key] for key in topic.members]
            if label.endswith("…"):
                opening = label.removesuffix("…")
                assert any(opening in text for text in texts), label
                continue
            articles = {key[0] for key in topic.members if label in text_of[key]}
            assert len(articles) >= 2, label
            # Cut between words: where the label is written, a word of the text starts at its start and one ends
            # at its end.
            text = next(text_of[key] for key in topic.members if label in text_of[key])
            position = text.index(label)
            words = thai_words(text)
            assert any(start == position for _, start, _ in words), label
            assert any(end == position + len(label) for _, _, end in words), label
