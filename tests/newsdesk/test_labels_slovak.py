"""Labels of stories in Slovak: a label names its topic in the nominative, never opening on a word in an oblique
case nor on a verb in the past; a sum is no label without its figure; Slovak's copulas, its verbs of the present in
"-uje" and its verbs of saying are read as verbs. Every text here is invented for the test."""

from newsdesk.alignment import labels, verbal
from newsdesk.importing import speech_verbs

SLOVAK_ROAD = [
    "Na námestí rozdávajú hasiči od rána pitnú vodu vo fľašiach.",
    "Pre pitnú vodu si ľudia chodia s kanistrami k hasičskej cisterne.",
    "Obec sľubuje, že pitnú vodu bude dovážať, kým vodovod opravia.",
    "Vodovod v Dolnom Rakytí je mimo prevádzky pre zaplavenú úpravňu vody.",
    "Kraj uvoľnil na opravy ciest desať miliónov eur.",
    "Oprava ciest potrvá celé leto, povedal predseda kraja.",
    "Podľa kraja bude oprava ciest stáť vyše sto miliónov eur.",
]


def test_a_slovak_phrase_in_an_oblique_case_reads_as_governed():
    reading = labels.RunReading(SLOVAK_ROAD, "sk")
    assert reading.oblique("pitnú vodu")
    assert reading.oblique("hasičskou cisternou")
    assert reading.oblique("kanistrami hasičov")
    assert not reading.oblique("pitná voda")
    assert not reading.oblique("oprava ciest")


def test_a_slovak_phrase_opening_on_a_verb_in_the_past_reads_so():
    reading = labels.RunReading(SLOVAK_ROAD, "sk")
    assert reading.opens_on_past("uvoľnil peniaze")
    assert reading.opens_on_past("zaplavila pivnice")
    assert not reading.opens_on_past("škola v obci")
    assert not reading.opens_on_past("Pavol Hudák")


def test_a_slovak_sum_without_its_figure_is_no_label():
    assert {"miliónov", "eur"} <= labels.quantity_words(SLOVAK_ROAD, "sk")
    names = labels.label_topics(SLOVAK_ROAD, [0, 0, 0, 0, 1, 1, 1], [0, 1, 2, 3, 0, 1, 2])
    assert "eur" not in names[1].lower().split()


def test_slovak_copulas_and_verbs_of_the_present_are_verbs():
    found = verbal.verbal_words(["Starosta odhaduje škody v obci.", "Hasiči pracujú pri rieke.",
                                 "Cesta bola zatvorená a most je poškodený."], "sk")
    assert {"odhaduje", "pracujú", "bola", "je"} <= found
    assert not {"škody", "obci", "rieke", "cesta", "most"} & found


def test_slovak_verbs_of_saying():
    said = speech_verbs.speech_verbs("sk")
    assert {"povedal", "povedala", "uviedol", "uviedla", "dodal", "tvrdí", "informovala"} <= said
    assert not {"povodeň", "most", "obec"} & said
