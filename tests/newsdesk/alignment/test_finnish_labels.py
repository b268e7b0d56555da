"""Labels of a story in Finnish (and Hungarian, read the same way): noun phrases naming a sub-topic, never the words
of a sum without its figure, a clause opening on a verb or closing on one, a comparison or a postposition."""

from newsdesk.alignment import labels, verbal
from newsdesk.alignment.words import stop_words_for

FINNISH = [
    "Sahayhtiö Koivulaakso kertoi tiistaina lopettavansa Rantakylän sahan toiminnan huhtikuun lopussa.",
    "Yhtiön osake nousi pörssissä 2,1 prosenttia. Osake nousee usein, kun tappiollinen tuotanto loppuu.",
    "Saha maksoi kunnalle veroja noin 1,8 miljoonaa euroa vuodessa. Se on kunnalle suurempi menetys kuin "
    "koulun sulkeminen.",
    "Sahan ympärille on rakentunut koko kylä. Kunnanjohtajan mukaan sahan sulkeminen on vakava isku.",
    "Rantakylän kunta hakee valtiolta tukea. Päätöksestä kerrottiin työntekijöille aamulla, ja he ovat "
    "noussut vastustamaan sitä.",
    "Kaupunki ja poliisi seuraavat tilannetta. Veroprosenttiin ei kosketa.",
]
HUNGARIAN = [
    "A gyár bezárása után a város költségvetése meginog. A polgármester szerint ez nagyobb csapás, mint a járvány.",
    "A cég 2,5 milliárd forint adót fizetett évente. A dolgozók jövője bizonytalan.",
]


def phrases(texts, language):
    reading = labels.RunReading(texts, language)
    found = []
    for text in texts:
        spans = reading.spans(text)
        words = [token for token, _, _ in spans]
        found += [phrase.lower() for phrase, _, _, _ in reading.candidates(words, text, [(s, e) for _, s, e in spans])]
    return found


def test_finnish_verbs_are_read_by_their_endings_and_nouns_that_end_alike_are_not():
    found = verbal.verbal_words(FINNISH, "fi", stop_words_for("fi"))

    assert {"lopettavansa", "kertoi", "maksoi", "kerrottiin", "rakentunut"} <= found
    assert "nousi" in found  # its stem written as a verb's ("nousee", "noussut")
    assert not {"sahan", "kaupunki", "poliisi", "veroprosenttiin", "rantakylän", "kunta"} & found


def test_a_label_is_never_the_words_of_a_sum_without_its_figure():
    found = phrases(FINNISH, "fi")

    assert "miljoonaa euroa" not in found and "prosenttia" not in found
    assert labels.quantity_words(["Ihan 40 km päässä ja 12 km täältä.", "Tie on 5 km pitkä."], "fi") >= {"km"}


def test_a_label_never_opens_or_closes_on_a_verb_form_of_finnish():
    found = phrases(FINNISH, "fi")

    assert not [phrase for phrase in found if phrase.split()[0] in ("lopettavansa", "nousi", "kertoi")]
    assert not [phrase for phrase in found if phrase.split()[-1] in ("nousi", "maksoi", "kertoi")]
    assert "rantakylän sahan toiminnan" in found


def test_a_finnish_label_holds_no_comparison_postposition_nor_date():
    found = phrases(FINNISH, "fi")

    assert not [phrase for phrase in found if {"suurempi", "kuin", "ympärille", "mukaan"} & set(phrase.split())]
    assert not [phrase for phrase in found if "huhtikuun" in phrase or "tiistaina" in phrase]
    assert "koulun sulkeminen" in found and "sahan sulkeminen" in found


def test_a_hungarian_label_holds_no_postposition_comparison_nor_sum_without_its_figure():
    found = phrases(HUNGARIAN, "hu")

    assert not [phrase for phrase in found if {"után", "szerint", "nagyobb", "mint"} & set(phrase.split())]
    assert "milliárd forint" not in found
    assert "gyár bezárása" in found
