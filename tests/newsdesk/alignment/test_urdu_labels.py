"""Labels of a story in Urdu: runs of content words closed by a postposition, read as Hindi's are, with Urdu's words."""

from newsdesk.alignment import labels, urdu

TEXTS = [
    "نیل پور میں پانی کی ٹینکی کے پھٹنے سے بازار زیرِ آب آ گیا۔ پانی کی ٹینکی کا معائنہ انجینئر نے کیا۔",
    "زخمیوں کو ٹی ایچ کیو ہسپتال منتقل کیا گیا۔ ٹی ایچ کیو ہسپتال کے ڈاکٹروں نے بتایا کہ حالت بہتر ہے۔",
    "میونسپل کمیٹی کے مطابق پانی کی ٹینکی بیس سال پرانی تھی۔ ایس ایچ او نے موقع کا دورہ کیا۔",
]


def candidates(text: str, texts=TEXTS) -> list[tuple[str, bool]]:
    """Each candidate phrase of ``text`` and whether it names who reported it."""
    reading = labels.reading_of(texts)
    found = reading.spans(text)
    words, spans = [token for token, _, _ in found], [(start, end) for _, start, end in found]
    return [(phrase, reading.source(words, start, end, text, spans))
            for phrase, _, start, end in reading.candidates(words, text, spans)]


def phrases_of(text: str) -> list[str]:
    return [phrase for phrase, _ in candidates(text)]


def test_an_urdu_story_is_read_by_hindis_rules_with_urdus_tables():
    reading = labels.reading_of(TEXTS)

    assert isinstance(reading, labels.HindiReading) and reading.grammar is urdu.GRAMMAR


def test_a_label_goes_on_over_a_genitive_and_never_opens_or_closes_on_a_postposition():
    function = {urdu.folded(word) for word in labels.languages.function_words("ur") | urdu.CLOSERS}
    phrases = [phrase for text in TEXTS for phrase in phrases_of(text)]

    assert "پانی کی ٹینکی" in phrases
    for phrase in phrases:
        words = phrase.split()
        assert urdu.folded(words[0]) not in function and urdu.folded(words[-1]) not in function, phrase


def test_an_abbreviation_spelt_out_letter_by_letter_is_never_cut():
    phrases = phrases_of(TEXTS[1]) + phrases_of(TEXTS[2])

    assert "ٹی ایچ کیو ہسپتال" in phrases
    assert not any(phrase.startswith(("ایچ", "کیو")) for phrase in phrases), phrases
    assert "ایس ایچ او" in phrases
    letters = {"ٹی", "ایچ", "ایس"}
    assert not any(phrase.split()[-1] in letters and not phrase.endswith("ایس ایچ او") for phrase in phrases), phrases


def test_what_according_to_names_stands_as_the_source():
    found = dict(candidates(TEXTS[2]))

    assert found["کمیٹی"] is True
    assert found["ایس ایچ او"] is False


def test_an_oblique_infinitive_closes_no_label_but_a_noun_so_ending_may():
    owner = "کارخانے کے مالک کو جرمانے کا نوٹس ملا۔ کارخانے کے مالک نے جرمانہ ادا کیا۔"
    phrases = phrases_of(TEXTS[0]) + phrases_of(owner)

    assert not any(phrase.split()[-1] == "پھٹنے" for phrase in phrases), phrases
    assert "کارخانے کے مالک" in phrases


def test_urdu_digits_are_compared_as_ascii_ones():
    assert urdu.folded("۱۱۲۲") == "1122"
