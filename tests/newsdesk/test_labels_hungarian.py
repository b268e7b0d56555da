"""Labels of a story in Hungarian: a run holds no verb of saying ("mondta", "közölte"), opens on no "ha" (if), holds no
word of a time of day ("reggel hét órakor"), and a name written family name first with the role after it ("Szalai
Márton polgármester") says who, as a name alone does, not what happened."""

from newsdesk.alignment import labels
from newsdesk.importing.languages import function_words

from .label_runs import run_candidates

# Invented passages: the library of Kisbérc closing for a renovation, and its readers.
HUNGARIAN = [
    "Szalai Márton polgármester közölte, hogy a kisbérci könyvtár márciusban bezár a felújítás idejére.",
    "– A könyvtár felújítása nem várhat tovább – mondta Szalai Márton polgármester a testület ülésén.",
    "A könyvtár olvasóit reggel hét órakor tájékoztatták, a kölcsönzés a művelődési házban folytatódik.",
    "Ha a pályázati pénz megérkezik, a könyvtár felújítása nyáron kezdődhet, mondta Szalai Márton.",
    "Bognár Éva könyvtáros szerint az olvasók többsége idős, nekik a művelődési ház messze van.",
]


def _candidates(texts):
    return run_candidates(texts, "hu")


def test_a_hungarian_run_holds_no_verb_of_saying_nor_a_time_of_day_and_opens_on_no_if():
    found = set(_candidates(HUNGARIAN))
    for phrase in found:
        words = [word.lower() for word in labels.tokens(phrase)]
        assert not {"mondta", "közölte", "reggel", "órakor"} & set(words), phrase
        assert words[0] != "ha", phrase
    assert "könyvtár felújítása" in found


def test_if_is_a_hungarian_function_word():
    assert {"ha", "miatt", "óta", "mintegy", "csaknem"} <= function_words("hu")


def test_a_hungarian_name_with_its_role_after_it_only_says_who():
    reading = labels.RunReading(HUNGARIAN, "hu")
    for text, phrase in ((HUNGARIAN[0], "Szalai Márton polgármester"), (HUNGARIAN[4], "Bognár Éva könyvtáros")):
        words = labels.tokens(text)
        start = words.index(phrase.split()[0])
        end = start + len(phrase.split()) - 1
        assert reading.only_names(words, start, end, labels.sentence_starts(words)), phrase
    words = labels.tokens(HUNGARIAN[1])
    start = words.index("könyvtár")
    assert not reading.only_names(words, start, start + 1, labels.sentence_starts(words))


# Invented passages: the ferry of Alsórév, stopped for the winter.
FERRY = [
    "A révhajó 2026 tavaszán indulhat újra, ha a javítás két hónap alatt elkészül.",
    "Az önkormányzat közölte, hogy a kompot tájékoztatták a hatóságok, és a javítás tavasszal kezdődhet.",
    "A révész, aki húsz éve dolgozik a kompon, elmondta lapunknak Bakó Zoltán révkapitány.",
    "A kompjárat leállása miatt a falu lakói hetente háromszor a 30 kilométerre lévő hídon át járnak.",
    "A kompjárat leállása a falu boltját is érinti, a bolt forgalma a felére esett, mondta Bakó Zoltán.",
]


def test_a_hungarian_run_holds_no_verb_by_its_ending_nor_a_season_and_closes_on_no_number_word():
    found = set(_candidates(FERRY))
    for phrase in found:
        words = [word.lower() for word in labels.tokens(phrase)]
        assert not {"indulhat", "kezdődhet", "tájékoztatták", "tavaszán", "tavasszal", "lévő", "hetente"} \
            & set(words), phrase
        assert words[-1] not in ("két", "húsz"), phrase
    assert "kompjárat leállása" in found


def test_a_name_closing_a_hungarian_run_after_a_word_of_its_clause_only_says_who():
    reading = labels.RunReading(FERRY, "hu")
    words = labels.tokens(FERRY[2])
    start = words.index("lapunknak")
    assert reading.only_names(words, start, start + 2, labels.sentence_starts(words))
