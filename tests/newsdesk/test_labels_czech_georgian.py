"""Labels of stories in Czech and in Georgian: a weekday, a clock time, a speaker's tag or a heading run into its
line is never a label, and a Czech label names its topic in the nominative, never by a sum without its figure."""

from newsdesk.alignment import labels, verbal

# Invented passages.


def test_an_opening_passes_over_a_speaker_tag_and_a_heading_run_into_the_line():
    assert labels.opening("ჟურნალისტი: სოფლის გზა ისევ ჩაკეტილია, ამბობენ მცხოვრებლები.") == "სოფლის გზა ისევ ჩაკეტილია"
    assert labels.opening("ავტორის შესახებ: მარიამ კაპანაძე მთის სოფელში გაიზარდა.") \
        == "მარიამ კაპანაძე მთის სოფელში გაიზარდა"
    assert labels.opening("REDAKTOR: Silnice do Lhoty je stále zavřená.") == "Silnice do Lhoty je stále…"


def test_an_opening_passes_over_a_clause_that_says_only_when():
    assert labels.opening("დილის 05:40 საათზე, მეწყერმა სოფლის გზა ჩაკეტა.") == "მეწყერმა სოფლის გზა ჩაკეტა"
    assert labels.opening("دوشنبه، رانش زمین جاده کوهستانی را بست.") == "رانش زمین جاده کوهستانی…"


def test_a_clock_time_ends_no_clause_of_an_opening():
    assert labels.opening("ხიდი 06:15 საათზე ჩამოინგრა.") == "ხიდი 06:15 საათზე ჩამოინგრა"


def test_a_speaker_tag_is_never_a_label():
    texts = [
        "Moderator: Tonight the harbour fees are on the table.",
        "Moderator: Fishermen in Kelsby say the harbour fees doubled.",
        "Moderator: The council answers on the fees next week.",
        "The new ferry timetable starts in spring.",
        "Ferry crews welcomed the timetable.",
    ]

    names = labels.label_topics(texts, [0, 0, 0, 1, 1], [0, 1, 2, 0, 1])

    assert "moderator" not in names[0].lower()
    assert labels.in_line_label("MODERÁTOR: Dobrý večer.", 0, 9)
    assert not labels.in_line_label("Hasiči čerpali vodu celou noc.", 0, 6)


CZECH_WATER = [
    "Na náměstí rozdávají hasiči od rána pitnou vodu v balených lahvích.",
    "Pro pitnou vodu si lidé chodí s kanystry k hasičské cisterně.",
    "Obec slibuje, že pitnou vodu bude dovážet, dokud vodovod nebude opravený.",
    "Vodovod v Lhotě zůstává mimo provoz kvůli zaplavené úpravně vody.",
    "Kraj uvolnil na opravy silnic deset milionů korun.",
    "Oprava silnic potrvá celé léto, řekl hejtman.",
    "Podle kraje bude oprava silnic stát přes sto milionů korun.",
]


def test_a_czech_label_never_opens_in_an_oblique_case():
    names = labels.label_topics(CZECH_WATER, [0, 0, 0, 0, 1, 1, 1], [0, 1, 2, 3, 0, 1, 2])

    assert names[0].split()[0].lower() not in ("pitnou", "vodu")
    reading = labels.RunReading(CZECH_WATER, "cs")
    assert reading.oblique("pitnou vodu")
    assert reading.oblique("Červený kříž pitnou vodu")
    assert not reading.oblique("pitná voda")
    assert not reading.oblique("hráz Dolního rybníka")


def test_a_czech_sum_without_its_figure_is_no_label():
    names = labels.label_topics(CZECH_WATER, [0, 0, 0, 0, 1, 1, 1], [0, 1, 2, 3, 0, 1, 2])

    assert "korun" not in names[1].lower()
    assert {"milionů", "korun", "kč"} <= labels.quantity_words(CZECH_WATER, "cs")


def test_a_czech_noun_phrase_never_ends_on_an_adjective_nor_holds_a_copula():
    texts = ["Hráz Horního lipového rybníka povolila v noci.", "Novák je hydrolog a zná zatopené louky."]

    assert {"lipového", "Horního", "zatopené"} <= verbal.adjectives(texts, "cs")
    assert "rybníka" not in verbal.adjectives(texts, "cs")
    reading = labels.RunReading(texts, "cs")
    spans = labels.token_spans(texts[0])
    found = [phrase for phrase, *_ in reading.candidates([t for t, _, _ in spans], texts[0],
                                                         [(a, b) for _, a, b in spans])]
    assert "Hráz Horního lipového rybníka" in found
    assert "Hráz Horního lipového" not in found
    assert "je" in verbal.verbal_words(texts, "cs", reading.skipped)


def test_a_czech_verb_in_the_present_of_ovat_is_read_as_a_verb():
    found = verbal.verbal_words(["Starosta odhaduje škody v obci.", "Hasiči pracují u rybníka."], "cs")

    assert {"odhaduje", "pracují"} <= found
    assert not {"škody", "obci", "rybníka"} & found


def test_an_opening_cut_short_ends_on_a_word_of_its_own_not_on_a_function_word():
    assert labels.opening("Flood crews worked through the night of the storm and into the morning.") == (
        "Flood crews worked…")
    # "და" (and) is the fifth word: the opening stops before it.
    assert labels.opening("ხიდი ჩამოინგრა ქალაქის ცენტრში და გზა ჩაიკეტა ღამით.") == "ხიდი ჩამოინგრა ქალაქის ცენტრში…"
