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


def test_an_opening_never_cuts_a_figure_at_its_thousands_comma_or_space():
    assert labels.opening("სამ სოფელში 2,400 ადამიანი ცხოვრობს.") == "სამ სოფელში 2,400 ადამიანი ცხოვრობს"
    assert labels.opening("სამ სოფელში 2 400 ადამიანი ცხოვრობს.") == "სამ სოფელში 2 400 ადამიანი ცხოვრობს"
    # Cut at forty characters: the figure cut in two is left out whole, not kept as "2".
    long_word = "ა" * 36
    assert labels.opening(f"{long_word} 2 400 ადამიანი.") == f"{long_word}…"


def test_an_opening_drops_a_quotation_mark_whose_closing_mark_it_cuts_off():
    assert labels.opening("გეოლოგი: „ხევი 2019 წლიდან მოძრაობს და საშიშია.“") == "ხევი 2019 წლიდან მოძრაობს…"
    # Without its mark, the quotation's opening demonstrative ("ეს", this) is a function word: no label opens on it.
    assert labels.opening("გეოლოგი: „ეს ხევი 2019 წლიდან მოძრაობს და საშიშია.“") == "ხევი 2019 წლიდან მოძრაობს…"
    assert labels.opening("„Most je zavřený,“ řekl starosta.") == "Most je zavřený"
    assert labels.opening("«Most» zůstane zavřený do pátku a déle.") == "«Most» zůstane zavřený do pátku…"


CZECH_DAMAGE = [
    "Starostka Jana Horáková odhadla škody na nejméně 90 milionů korun.",
    "Škody na domech jdou do desítek milionů, říkají pojišťovny.",
    "Most zůstane uzavřen nejméně do konce září.",
    "Pojišťovny evidují škody na domech i autech.",
    "Kraj uvolnil na opravy silnic deset milionů korun.",
    "Oprava silnic potrvá celé léto, řekl hejtman.",
    "Podle kraje bude oprava silnic stát přes sto milionů korun.",
]


def test_a_czech_run_never_holds_a_hedge_that_leads_to_a_figure():
    reading = labels.RunReading(CZECH_DAMAGE, "cs")
    for text in CZECH_DAMAGE[:3]:
        spans = labels.token_spans(text)
        found = [phrase for phrase, *_ in reading.candidates([t for t, _, _ in spans], text,
                                                             [(a, b) for _, a, b in spans])]
        assert not [phrase for phrase in found if "nejméně" in phrase]
    words = "škody přesáhly více než 60 milionů".split()
    assert labels.in_hedge(words, 2, labels.hedge_phrases("cs"))
    assert labels.in_hedge(words, 3, labels.hedge_phrases("cs"))
    assert not labels.in_hedge(words, 0, labels.hedge_phrases("cs"))


def test_a_czech_label_opening_on_a_verb_in_the_past_gives_way_to_a_noun_phrase():
    reading = labels.RunReading(CZECH_DAMAGE, "cs")
    assert reading.opens_on_past("odhadla škody")
    assert reading.opens_on_past("vytáhli auto")
    assert not reading.opens_on_past("velitel hasičů")
    assert not reading.opens_on_past("škola v Lhotě")
    names = labels.label_topics(CZECH_DAMAGE, [0, 0, 0, 0, 1, 1, 1], [0, 1, 2, 3, 0, 1, 2])
    assert not names[0].lower().startswith("odhadla")
    assert "nejméně" not in names[0]


GEORGIAN_SLIDE = [
    "ზემო ხეობის რაიონში, ღამით, ქვათაცვენამ სოფლის ხიდი დააზიანა.",
    "ზემო ხეობის რაიონში ქვათაცვენის შედეგად ხიდი ჩამოინგრა.",
    "ზემო ხეობის რაიონში სკოლა დროებით დაიხურა, ბავშვები სახლში არიან.",
    "ზემო ხეობის რაიონში მასწავლებლები ონლაინ გაკვეთილებს ატარებენ.",
]


def test_an_opening_that_only_says_where_gives_way_to_one_that_says_what():
    names = labels.label_topics(GEORGIAN_SLIDE, [0, 0, 1, 1], [0, 1, 0, 1])

    assert not names[0].startswith("ზემო ხეობის რაიონში…")
    assert not labels.says_only_where("ქვათაცვენამ სოფლის ხიდი…", lambda term: False, labels.Reading())
    assert labels.says_only_where("ზემო ხეობის რაიონში…", lambda term: term in {"ზემო", "ხეობის"}, labels.Reading())


def test_an_opening_leaves_out_the_hedge_it_opens_on_before_a_figure():
    assert labels.opening("დაახლოებით 40 000 კუბური მეტრი მიწა ჩამოიშალა.") == "40 000 კუბური მეტრი მიწა…"
    # Before no figure, the word stays.
    assert labels.opening("დაახლოებით ასე ჩამოიშალა მიწა.") == "დაახლოებით ასე ჩამოიშალა მიწა"


def test_an_opening_keeps_the_negation_it_opens_on():
    assert labels.opening("Nicht alle Schulen öffnen am Montag wieder.").startswith("Nicht alle Schulen")
    assert labels.opening("No habrá clases mañana en toda la ciudad.").startswith("No habrá clases")
