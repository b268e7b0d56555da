"""Labels of a story in Armenian: read as runs of its words (not the opening of a passage), a run holds no finite verb
nor its auxiliary ("փակվեց", "է", "են", "կվերաբացվի", "չգիտի", "ասում"), goes on past no noun with its definite
article ("կամուրջը", which closes its noun phrase: a predicate follows), and is no sum ("45 միլիոն դրամ")."""

from newsdesk.alignment import labels

from .label_runs import run_candidates as _candidates

# Invented passages: the bridge of Ծաղկավան closed after cracks were found, and its drivers.
ARMENIAN = [
    "Ծաղկավանում երեկ փակվեց գետի վրայի կամուրջը, որը վթարային է ճանաչվել, հայտնել է համայնքապետարանը։",
    "Կամուրջը փակ է մինչև գարուն։ Կամրջի վերանորոգումը կարժենա 45 միլիոն դրամ, ասաց համայնքապետ Գարիկ Մանուկյանը։",
    "Վարորդները ստիպված են օգտվել շրջանցիկ ճանապարհից, որը 12 կիլոմետրով երկար է։",
    "«Ե՞րբ կվերաբացվի կամուրջը, ոչ ոք չգիտի», – ասում է վարորդ Սամվել Առաքելյանը։",
    "Կամրջի վերանորոգումը կսկսվի ապրիլին, իսկ շրջանցիկ ճանապարհով ավտոբուսները երթևեկում են օրական չորս անգամ։",
]


def test_an_armenian_story_is_read_by_runs_of_its_words():
    assert isinstance(labels.reading_of(ARMENIAN), labels.RunReading)


def test_an_armenian_run_holds_no_finite_verb_nor_its_auxiliary():
    found = set(_candidates(ARMENIAN))
    for phrase in found:
        words = {word.lower() for word in labels.tokens(phrase)}
        assert not {"փակվեց", "է", "են", "կվերաբացվի", "չգիտի", "ասում", "ասաց", "կսկսվի", "կարժենա", "երթևեկում",
                    "ճանաչվել", "հայտնել", "ստիպված"} & words, phrase
    assert any("կամրջի վերանորոգումը" == phrase.lower() for phrase in found)


def test_an_armenian_run_goes_on_past_no_definite_noun():
    for phrase in _candidates(ARMENIAN):
        assert phrase.lower() not in {"կամուրջը փակ", "վարորդները ստիպված"}, phrase


def test_an_armenian_run_is_no_sum():
    for phrase in _candidates(ARMENIAN):
        words = {word.lower() for word in labels.tokens(phrase)}
        assert not {"միլիոն", "դրամ"} & words, phrase


def test_an_armenian_number_word_in_any_of_its_cases_is_a_measure_no_label():
    # the claims' table of Armenian number words is the one labels read: "երեքից" (of three) as "երեք"
    assert {"երեք", "երեքից", "երկուսը", "հազարով", "միլիոնից"} <= labels.quantity_words(ARMENIAN, "hy")
