"""Serbian is written in Cyrillic and in Latin letters: a text in either is read as Serbian, and its words are
compared in Latin letters, while what a reader is shown keeps the text's own alphabet. Russian, Ukrainian and
Bulgarian, other languages in another Cyrillic, are never transliterated."""

from newsdesk.alignment.words import terms_with_surface, unigrams
from newsdesk.importing import languages
from newsdesk.importing.languages import function_words, is_function_word, language_of, serbian_latin

CYRILLIC = ("Општина је у недељу затворила стари мост преко реке, јер су инжењери на стубу нашли пукотину. "
            "Мештани кажу да ће сада до центра путовати сат времена.")
LATIN = ("Opština je u nedelju zatvorila stari most preko reke, jer su inženjeri na stubu našli pukotinu. "
         "Meštani kažu da će sada do centra putovati sat vremena.")


def test_serbian_cyrillic_is_written_in_latin_letters_with_its_three_digraphs():
    assert serbian_latin("Љубовија, Његош, џеп, ђак, ћуприја, Шабац, Жабљак") == \
        "Ljubovija, Njegoš, džep, đak, ćuprija, Šabac, Žabljak"
    assert serbian_latin("Drenjevac 2025") == "Drenjevac 2025"


def test_a_serbian_text_is_read_as_serbian_in_either_alphabet():
    assert language_of(CYRILLIC) == languages.SERBIAN == "sr"
    assert language_of(LATIN) == "sr"


def test_a_croatian_text_stays_croatian():
    text = ("Općina je u nedjelju zatvorila stari most preko rijeke, jer su inženjeri na stupu našli pukotinu. "
            "Mještani kažu da će sada do centra putovati sat vremena, a tisuću ljudi ostalo je bez autobusa.")

    assert language_of(text) == "hr"


def test_russian_ukrainian_and_bulgarian_are_not_read_as_serbian():
    assert language_of("В воскресенье власти закрыли старый мост через реку: на опоре нашли трещину.") == "ru"
    assert language_of("У неділю влада закрила старий міст через річку, бо на опорі знайшли тріщину.") == "uk"
    assert language_of("В неделя общината затвори стария мост над реката, защото на стълба откриха пукнатина.") \
        == "bg"


def test_serbian_words_in_either_alphabet_are_the_same_terms():
    assert unigrams(CYRILLIC, "sr") == unigrams(LATIN, "sr")
    assert "pukotin" in unigrams(CYRILLIC, "sr")


def test_a_russian_text_keeps_its_cyrillic_terms():
    terms = unigrams("Власти закрыли старый мост через реку Вязьму.", "ru")

    assert terms and all(not term.isascii() for term in terms)


def test_a_serbian_word_is_shown_in_its_own_alphabet():
    surfaces = [surface for term, surface in terms_with_surface("Мештани Дрењевца протестовали", "sr")]

    assert "Дрењевца" in surfaces and "Drenjevca" not in " ".join(surfaces)


def test_serbian_function_words_are_found_in_either_alphabet():
    for word in ("између", "između", "због", "zbog", "је", "je", "где", "gde"):
        assert is_function_word(word, "sr"), word
    assert "између" in function_words("sr")
    assert not is_function_word("мост", "sr")


def test_a_serbian_page_date_is_read_in_either_alphabet():
    import datetime as dt

    from newsdesk.importing.page_dates import page_date

    today = dt.date(2026, 1, 1)
    for stamp in ("DRENJEVAC, 16. marta 2025. (NAS) - Most je zatvoren.", "Објављено 16. марта 2025. у 10:00",
                  "Objavljeno 3. januara 2025. | Autor", "недеља, 16. мар 2025, 19:05"):
        expected = dt.date(2025, 1, 3) if "januara" in stamp else dt.date(2025, 3, 16)
        assert page_date(f"Naslov vesti\n\n{stamp}\n\nTekst vesti.", today) == expected, stamp


def test_serbian_words_of_sums_and_units_are_no_terms_in_either_alphabet():
    for text in ("Radovi na nasipu dugom 186 metara koštali su 148 miliona dinara.",
                 "Радови на насипу дугом 186 метара коштали су 148 милиона динара."):
        terms = unigrams(text, "sr")
        assert not {"metar", "metara", "milion", "dinar"} & set(terms), terms
        assert "148" in terms and "nasip" in terms
