"""Figures, dates and names in Ukrainian (and Russian where it writes the same): scale words and currencies in every
case, hedges, times of day, numbers that name something, abbreviations inside a sentence, letters with a breve or a
diaeresis, and capitalised words that name no one. Every sentence is invented."""

from annotations.claims.finding import _sentences
from annotations.claims.linking import date_conflict, differing
from annotations.claims.normalise import details, fold, name_form


def _figures(text, language="uk"):
    return [(f.value, f.kind, f.hedge) for f in details(text, language).figures]


def test_scale_words_in_every_case_multiply_and_hryvnia_forms_make_money_in_uah():
    assert _figures("Громада отримала 31 мільйона гривень податків за минулий рік.") == [
        (31_000_000.0, "money:UAH", "")]
    assert _figures("Підприємство сплатило 52 мільйони гривень до місцевого бюджету.")[0][:2] == (52e6, "money:UAH")
    assert _figures("Збитки склали 48 мільйонів гривень за попередніми даними.")[0][:2] == (48e6, "money:UAH")
    assert _figures("Завод отримав 3 тисячі гривень компенсації на кожного.")[0][:2] == (3000.0, "money:UAH")
    assert _figures("Фонд виділив 2 мільярди гривень на ремонт доріг.")[0][:2] == (2e9, "money:UAH")
    assert _figures("Ремонт обійдеться в 7 миллионов рублей по оценке подрядчика.", "ru")[0][:2] == (7e6, "money:RUB")


def test_ukrainian_hedges_bound_or_round_the_figure():
    assert _figures("На заводі працюють понад 600 працівників із сусідніх сіл.")[0][2] == "bound"
    assert _figures("До лікарні звернулися майже 40 мешканців прилеглих вулиць.")[0][2] == "bound"
    assert _figures("Евакуювали щонайменше 300 людей із двох вулиць міста.")[0][2] == "bound"
    assert _figures("Евакуювали більш ніж 300 людей із двох вулиць міста.")[0][2] == "bound"
    assert _figures("Громада отримує близько 31 мільйона гривень податків на рік.")[0][2] == "rounded"


def test_ukrainian_per_cent_words_make_a_share():
    assert _figures("Виробництво скоротилося на 15 відсотків за останній квартал.") == [(0.15, "share", "")]


def test_times_of_day_are_dates_of_their_own_grain_and_other_times_conflict():
    found = details("Пожежу локалізували о 3:20, а загасили о 6:15 наступного ранку.", "uk")
    assert {"time:03:20", "time:06:15"} <= found.dates
    assert not found.figures
    assert date_conflict(details("Вогонь помітили о 5:50 біля складу продукції.", "uk").dates,
                         details("Вогонь помітили о 6:15 біля складу продукції.", "uk").dates) == "time"


def test_an_hour_written_as_an_ordinal_after_a_preposition_is_a_time_not_a_count():
    found = details("Рятувальники завершили роботу близько 11-ї години ранку.", "uk")
    assert "time:11:00" in found.dates
    assert not found.figures


def test_a_number_after_the_numero_sign_names_something_and_counts_nothing():
    assert not details("Ліцеї № 3 і № 5 прийняли евакуйованих мешканців на ніч.", "uk").figures
    assert _figures("Лікарня № 2 прийняла 14 постраждалих від отруєння.") == [(14.0, "count", "")]


def test_legal_and_address_abbreviations_do_not_end_a_sentence():
    line = "Провадження відкрили за ч. 2 ст. 270 Кримінального кодексу. Слідство триває."
    assert len(list(_sentences(line, "uk"))) == 2
    assert len(list(_sentences("Склад стоїть на вул. Заводській біля річки. Його закрили.", "uk"))) == 2


def test_a_figure_and_a_currency_abbreviation_still_end_a_sentence():
    assert len(list(_sentences("Збитки сягають 48 млн грн. Майно застраховане.", "uk"))) == 2


def test_fold_keeps_cyrillic_letters_with_a_breve_or_diaeresis_and_drops_accents():
    assert fold("Глиноріцький") == "глиноріцький"
    assert fold("ЗАВОДСЬКОЇ") == "заводської"
    assert fold("Ёлкин") == "елкин"  # Russian "ё" is often written "е"
    assert fold("Κεραμόβρυση") == fold("ΚΕΡΑΜΟΒΡΥΣΗ")
    assert fold("café") == "cafe"


def test_every_apostrophe_inside_a_word_is_one_apostrophe():
    assert fold("мʼясокомбінат") == fold("м’ясокомбінат") == fold("м'ясокомбінат")
    assert name_form("Мʼякота") == name_form("М’якота")


def test_words_opening_a_quotation_or_after_a_colon_and_legal_forms_are_no_names():
    found = details("Люди кажуть: „Беріть дітей і виходьте“, а Орест Гнатюк мовчить.", "uk")
    assert found.names == {"орест", "гнатюк"}
    assert "тов" not in details("Директор ТОВ «Глиноріцький комбінат» каже, що простою не буде.", "uk").names
    assert "глиноріцький" in details("Директор ТОВ «Глиноріцький комбінат» каже, що простою не буде.", "uk").names
    assert "ніхто" not in details("Директор сказав, що «Ніхто не втратить роботу на заводі».", "uk").names


def test_locative_months_are_months():
    assert {"month:march", "year:2024"} <= details("Цех модернізували у березні 2024 року за власні кошти.",
                                                   "uk").dates
    assert "month:march" in details("Роддом закрыли в марте по решению областного департамента.", "ru").dates


def test_the_scale_of_a_range_s_upper_end_is_its_lower_s():
    assert _figures("Збитки оцінюють від 40 до 90 тисяч гривень на одне господарство.") == [
        (40_000.0, "money:UAH", ""), (90_000.0, "money:UAH", "")]


def test_a_claim_stating_another_time_is_flagged():
    class M:
        def __init__(self, text):
            self.details = details(text, "uk")

    mentions = [M("Пожежу помітили о 23:40 у вівторок біля цеху."), M("Пожежу помітили о 23:40 біля цеху."),
                M("Пожежу помітили о 22:10 біля холодильного цеху.")]
    assert differing(mentions) == [False, False, True]
