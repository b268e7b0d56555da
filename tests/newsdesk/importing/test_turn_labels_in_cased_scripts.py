"""A transcript's turn labels read in any script with capitals, diacritics and all ("STAROSTA JAN ŠTĚPÁNEK:");
a script without capitals shows no label by its case. Every text here is invented for the project."""

from newsdesk.importing.turn_labels import turn_labels


def test_labels_in_capitals_with_diacritics_are_turn_labels():
    lines = [
        "MODERÁTOR: Dobrý večer, hlavní zprávou dne je znovu otevřený most přes Lomničku.",
        "REDAKTORKA: Na mostě se ještě dnes ráno pracovalo, dělníci dokončovali zábradlí.",
        "STAROSTA JAN ŠTĚPÁNEK: Most vydrží další padesát let, za to ručíme všichni.",
    ]
    assert turn_labels(lines) == ["MODERÁTOR", "REDAKTORKA", "STAROSTA JAN ŠTĚPÁNEK"]


def test_labels_in_greek_capitals_are_turn_labels():
    lines = [
        "ΑΝΤΑΠΟΚΡΙΤΗΣ ΝΙΚΟΣ ΠΑΠΑΣ: Το νερό ανέβηκε όλη τη νύχτα στην παραλία.",
        "ΔΗΜΑΡΧΟΣ ΑΝΝΑ ΛΑΜΠΡΟΥ: Οι ζημιές στο λιμάνι είναι μεγάλες φέτος.",
    ]
    assert turn_labels(lines) == ["ΑΝΤΑΠΟΚΡΙΤΗΣ ΝΙΚΟΣ ΠΑΠΑΣ", "ΔΗΜΑΡΧΟΣ ΑΝΝΑ ΛΑΜΠΡΟΥ"]


def test_a_label_in_the_sentences_case_or_a_caseless_script_is_no_turn_label():
    assert turn_labels([
        "Redaktorka: Na mostě se ještě dnes ráno pracovalo, dělníci dokončovali zábradlí.",
        "Starosta: Most vydrží další padesát let, za to ručíme všichni.",
    ]) == [None, None]
    assert turn_labels([
        "ჟურნალისტი: ხიდზე დღეს დილით ჯერ კიდევ მუშაობდნენ მშენებლები.",
        "მერი: ხიდი კიდევ ორმოცდაათ წელს გაძლებს, ამას ვამბობთ ყველა.",
    ]) == [None, None]
