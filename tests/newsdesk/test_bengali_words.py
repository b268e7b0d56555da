"""Bengali words: the language told by its script, its function words, its two spellings of the nukta letters and
its endings; and a title before a name in any language that writes capitals."""

from newsdesk.alignment import story_suggestion, words
from newsdesk.importing import languages

# Invented: a new pump house opens in the village of Kadamtola.
KADAMTOLA = ("কদমতলা গ্রামে নতুন পাম্পঘর চালু হয়েছে।\n\n"
             "কদমতলার কৃষকেরা বলেন, পাম্পঘরের পানি দিয়ে এবার বোরো খেতে সেচ দেওয়া যাবে। "
             "ইউনিয়ন পরিষদ থেকে জানানো হয়েছে, পাম্পঘরটি চালাতে দুজন কর্মী রাখা হবে।")


def test_a_bengali_text_is_told_by_its_script():
    assert languages.language_of(KADAMTOLA) == "bn"
    assert languages.language_of("বাঁধ ভেঙে প্লাবিত গ্রাম") == "bn"  # a headline without function words


def test_bengali_function_words_come_from_stopwords_iso_and_are_skipped():
    function = languages.function_words("bn")

    assert {"থেকে", "জন্য", "করে", "হবে", "বলেন"} <= function
    assert languages.is_function_word("হয়েছে", "bn")
    terms = words.unigrams(KADAMTOLA, "bn")
    assert not {"হয়েছে", "বলেন", "থেকে", "হবে"} & set(terms)


def test_the_two_spellings_of_a_bengali_nukta_letter_meet():
    one_character, letter_and_nukta = "হ\u09df", "হ\u09af\u09bc"

    assert languages.bengali_folded(one_character) == letter_and_nukta
    assert languages.is_function_word(one_character, "bn") and languages.is_function_word(letter_and_nukta, "bn")


def test_a_bengali_ending_comes_off_only_when_the_text_writes_the_word_without_it():
    terms = words.unigrams(KADAMTOLA, "bn", folded=False)

    # "কদমতলার" and "পাম্পঘরের", "পাম্পঘরটি" beside "কদমতলা" and "পাম্পঘর"; "কৃষকেরা" keeps its ending, as the text
    # writes no "কৃষক".
    assert terms.count("কদমতলা") == 2 and terms.count("পাম্পঘর") == 3
    assert "কৃষকেরা" in terms and "কৃষক" not in terms


def test_other_languages_keep_their_function_words():
    # Bengali's list is read from stopwords-iso alone: another language's is the stop-words package's as before.
    assert "und" in languages.function_words("de") and "stopwordsiso" not in languages.OWN_FUNCTION_WORDS
    assert set(languages.OWN_FUNCTION_WORDS) == {"el", "th", "bn", "ta", "ur", "am", "ka", "hy", "sr", "my", "km", "si",
                                                 "te", "kk", "mr", "gu", "ne", "pa", "ml", "az"}


def test_a_title_the_text_writes_in_lower_case_before_a_name_is_no_part_of_the_name():
    dutch = ("Burgemeester Wilma van Dorsten heeft woensdag de nieuwe brug over de Aa geopend. Volgens burgemeester "
             "Van Dorsten is het een uitkomst voor de kinderen, die niet meer om hoeven te fietsen en dat ook willen.")
    english = "Mayor Jane Holt opened the bridge. New York City sent a band, said mayor Holt."

    assert languages.language_of(dutch) == "nl"
    assert "Wilma van Dorsten" in story_suggestion.names_and_figures(dutch).values()
    found = story_suggestion.names_and_figures(english).values()
    assert "Jane Holt" in found and "New York City" in found  # "new" is written before no name


def test_a_german_adjective_written_small_before_a_noun_is_no_title_cut_from_a_name():
    german = ("Die neue Regelung gilt ab Montag. Laut der Neue Zürcher Zeitung haben 40 Banken zugestimmt. "
              "Die Freie Demokratische Partei lehnt die freie Wahl des Tarifs ab.")

    found = story_suggestion.names_and_figures(german).values()

    assert "Neue Zürcher Zeitung" in found and "Freie Demokratische Partei" in found
