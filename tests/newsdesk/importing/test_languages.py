"""Which language a text is in, by its function words, and the words the alignment and story matching skip in it."""

import pytest

from newsdesk.alignment import story_suggestion
from newsdesk.alignment.words import unigrams
from newsdesk.importing import languages
from newsdesk.importing.languages import function_words, is_function_word, language_of, lookup_form


@pytest.mark.parametrize(("text", "language"), [
    ("The harbour board closed the north quay after storm damage to the sea wall.", "en"),
    ("La empresa cerrará la fábrica en junio y los trabajadores de la planta protestan en la puerta.", "es"),
    ("Die Brücke ist seit Mittwoch gesperrt, der Verkehr wird durch die Stadt umgeleitet.", "de"),
    ("Le maire a annoncé la fermeture de la piscine pour deux ans, faute de budget.", "fr"),
    ("Il sindaco ha detto che il traghetto costerà di più dal mese prossimo.", "it"),
    ("O governo não disse quando é que a obra vai começar, mas os moradores estão preocupados com o atraso.", "pt"),
    ("Мэр заявил, что мост будет закрыт до конца года.", "ru"),
])
def test_a_sentence_is_told_by_its_function_words(text, language):
    assert language_of(text) == language


@pytest.mark.parametrize("text", [
    "Fat cat council boss pockets £40k bonus as bin collections slashed",  # Romanian "cat", "bin", "as"
    "Die Hard star returns to Berlin",
    "Font size: A A A",
    "",
    "12 345 678",
])
def test_an_english_headline_or_a_text_without_clear_function_words_is_english(text):
    assert language_of(text) == "en"


def test_spanish_and_portuguese_are_told_apart_though_their_lists_share_most_words():
    assert language_of("Los vecinos no saben cuándo volverá el agua y el ayuntamiento no ha dado una fecha.") == "es"
    assert language_of("Os moradores não sabem quando a água vai voltar e a câmara ainda não deu uma data.") == "pt"


def test_a_portuguese_text_skips_a_preposition_written_onto_a_demonstrative_or_an_article():
    terms = unigrams("Neste verão, os cortes deste concelho e daquele vizinho duram duma noite à outra.")

    assert not {"nest", "dest", "daquel", "dum"} & set(terms)
    assert {"verã", "cort", "concelh"} <= set(terms)


def test_a_german_text_skips_german_function_words_and_an_english_one_keeps_war():
    assert "war" in function_words("de")  # German "war" is "was"

    german = unigrams("Die Brücke war seit Mittwoch für den Verkehr gesperrt.")
    english = unigrams("The war closed the bridge on Wednesday.")

    assert not {"die", "war", "für", "den"} & set(german)
    assert "bruck" in german and "war" in english  # "Brücke", folded by German's Snowball stemmer


def test_an_article_in_another_language_is_not_suggested_for_a_story_on_another_event_in_that_language():
    documents = [("harbour", "The harbour board closed the north quay after storm damage to the sea wall."),
                 ("factory", "La empresa cerrará la fábrica en junio y los trabajadores de la planta protestan "
                             "en la puerta.")]

    ranked = story_suggestion.rank(story_suggestion.build(documents), "Lluvias en la costa",
                                   "Las lluvias de la noche inundaron las calles del puerto y los bomberos "
                                   "rescataron a los vecinos.")

    assert story_suggestion.best(ranked)[0] is None
    assert not {"la", "en", "los", "de"} & set(ranked[0].shared_terms)


def test_a_russian_words_cases_fold_together_and_an_english_word_keeps_its_light_stem():
    russian = unigrams("Дорога до Красноборска закрыта, в Красноборске ждут помощи.")
    english = unigrams("The councils visited the stations.")

    assert russian.count(russian[russian.index(next(t for t in russian if t.startswith("красноборск")))]) == 2
    assert english == ["council", "visit", "station"]


def test_an_elided_article_leaves_a_french_or_italian_word():
    assert "usin" in unigrams("La fermeture de l'usine n'est pas encore décidée, selon la direction.")
    assert not any("'" in term for term in unigrams(
        "L'usine n'est pas fermée et l'État n'a rien décidé, qu'il s'agisse des salariés ou de la commune."))
    assert "impiant" in unigrams("La chiusura dell'impianto è stata rinviata a dopo l'estate, secondo il sindacato "
                                 "che ne ha dato notizia ai lavoratori.")


def test_story_matching_compares_words_as_written_where_alignment_folds_their_endings():
    text = "Дорога до Красноборска закрыта, в Красноборске ждут помощи от области."

    assert len({t for t in unigrams(text, folded=False) if t.startswith("красноборск")}) == 2
    assert len({t for t in unigrams(text) if t.startswith("красноборск")}) == 1


def test_hebrew_and_hindi_are_told_apart_from_english():
    assert language_of("הממשלה אישרה אתמול את התקציב החדש אבל השרים לא הסכימו על כל הסעיפים שלו.") == "he"
    assert language_of("परिषद ने नई जल योजना को मंज़ूरी दी और घरों को पानी मिलेगा") == "hi"


def test_portuguese_is_told_from_spanish_by_the_letters_only_it_writes():
    assert language_of("Os preços dos alimentos subiram nos últimos três meses, segundo o instituto.") == "pt"
    assert language_of("Los precios de los alimentos subieron en los últimos tres meses, según el instituto.") == "es"


def test_an_arabic_function_word_is_one_with_its_hamza_written_or_not():
    # The list spells "إلى", "أن", "أو" without their hamza; pages write it, or not.
    for word in ("إلى", "الى", "أن", "إن", "أو", "أيضًا"):
        assert is_function_word(word, "ar"), word
    assert lookup_form("إلى", "ar") == lookup_form("الى", "ar") == "الى"
    # The alef maqsura stays: the name "علي" is not the preposition "على".
    assert is_function_word("على", "ar") and not is_function_word("علي", "ar")


def test_an_arabic_function_word_behind_a_conjunction_or_a_preposition_of_one_letter_is_one():
    for word in ("فقد", "وإن", "بأن", "لأن", "ولكن", "وبعد", "فإنه"):
        assert is_function_word(word, "ar"), word
    # A content word that opens with one of those letters is no function word ("وزير", "بلدية", "كتب").
    for word in ("وزير", "بلدية", "كتب", "فندق", "لجنة"):
        assert not is_function_word(word, "ar"), word


def test_an_arabic_text_skips_its_function_words_however_they_are_spelt():
    text = "قال المهندس إن الجسر لن يفتح قبل الربيع، فقد تأخرت الأشغال أو توقفت، وإن كانت الشركة وعدت بأن تنتهي."

    assert language_of(text) == "ar"
    terms = set(unigrams(text))
    assert not {"إن", "فقد", "أو", "وإن", "بأن"} & terms
    assert {"مهندس", "جسر", "اشغال", "شركة"} <= terms


def test_the_arabic_script_folds_are_for_arabic_script_languages_only():
    # A Persian page typed with Arabic "ي" and "ك" meets the Persian spelling, and "آن" ("that") is a function word
    # however its alef is written; German keeps its umlaut.
    assert lookup_form("اين", "fa") == lookup_form("این", "fa")
    assert is_function_word("آن", "fa") and is_function_word("ان", "fa")
    assert lookup_form("Über", "de") == "über"


def test_an_arabic_word_with_its_article_and_a_particle_before_it_is_the_same_term():
    # "the market", "and the market", "in the market", "for the market"; the hamza written or not.
    terms = unigrams("افتتح السوق والسوق بالسوق للسوق سوق الإيجار الايجار", language="ar")

    assert terms[1:5] == ["سوق"] * 4 and terms[5] == "سوق"
    assert terms[6] == terms[7] == "ايجار"
    # Three letters stay: a short word keeps its article ("الحج", the pilgrimage).
    assert unigrams("الحج", language="ar") == ["الحج"]


def test_the_content_words_of_the_arabic_list_are_no_function_words_behind_a_proclitic_or_not():
    # The package's list holds news wires' verbs and nouns ("أكد", "أعلنت", "إعادة", "قوة", "زيارة", "وقف", "عدد"):
    # a passage about rebuilding, a visit or a ceasefire kept none of those words.
    for word in ("إعادة", "بإعادة", "وإعادة", "لوقف", "بقوة", "لزيارة", "بعدد", "أعلنت", "أكد", "قوة", "وقال"):
        assert not is_function_word(word, "ar"), word
    # Its true function words, and those behind a proclitic, stay.
    for word in ("في", "إلى", "وإن", "بأن", "فقد", "لما", "وبما", "كان", "هذه", "الذي", "عليها"):
        assert is_function_word(word, "ar"), word


def test_an_arabic_passage_keeps_its_content_words_and_skips_its_said():
    terms = unigrams("وقال الوزير إن البلدية أكدت بقوة خطة لإعادة فتح الجسر بعد زيارة اللجنة وإعادة الإعمار.",
                     language="ar")

    assert {"اكدت", "بقوة", "لاعادة", "زيارة", "واعادة", "اعمار", "جسر"} <= set(terms), terms
    assert "وقال" not in terms and "قال" not in terms
    # A content word that opens like a skipped word behind a proclitic is kept: "بقال" (a grocer) is no "ب" + "قال".
    assert "بقال" in unigrams("افتتح بقال جديد متجره", language="ar")


def test_one_arabic_fold_for_the_lookup_the_furniture_rules_the_labels_and_the_attribution():
    from annotations.suggestions.attribution import arabic as attribution_arabic
    from newsdesk.alignment import arabic as alignment_arabic
    from newsdesk.importing import furniture_vocabulary
    from newsdesk.importing.languages import arabic_folded

    # Hamza forms and the alef wasla one alef; vowel marks (up to U+065F) and the tatweel left out.
    written = "ٱلْإِصْلَاحُ أُسبوعٌ آخِرُ إٰ\u0655نشاء مـــدينة"
    folded = "الاصلاح اسبوع اخر انشاء مدينة"
    assert arabic_folded(written) == folded
    assert furniture_vocabulary.folded(written) == folded
    assert " ".join(alignment_arabic.folded(word) for word in written.split()) == folded
    assert " ".join(attribution_arabic.fold(word) for word in written.split()) == folded
    assert lookup_form("ٱلذي", "ar") == "الذي"
    # The alef maqsura stays everywhere: the name "علي" is no preposition.
    assert alignment_arabic.folded("علي") != alignment_arabic.folded("على")
    story = alignment_arabic.Story([["قال", "علي", "الحوراني", "إن", "السوق", "مغلق"]])
    assert story.parse("علي") is not None and story.parse("على") is None
    from newsdesk.importing.languages import PROCLITICS
    assert alignment_arabic.PROCLITICS == PROCLITICS["ar"]


def test_an_arabic_word_opening_like_the_article_stems_alike_with_the_article_or_without():
    from newsdesk.alignment.words import arabic_stem

    # "ballistic" with the article and without it meet; "colours", whose first alef carries a hamza, keeps its "ال".
    assert arabic_stem("البالستية") == arabic_stem("بالستية") == arabic_stem("والبالستية")
    assert arabic_stem("ألوان") == arabic_stem("الألوان") == "الوان"
    # A bare conjunction or preposition stays on its word; the article with one before it comes off.
    assert arabic_stem("وزارة") == "وزارة" and arabic_stem("بلدية") == "بلدية"
    assert arabic_stem("بالسوق") == arabic_stem("السوق") == "سوق"


def test_an_arabic_word_that_only_says_when_is_skipped_as_written_and_a_content_word_kept():
    terms = unigrams("افتتحت البلدية أمس السوق صباح اليوم بعد عام من الترميم", language="ar")

    assert not {"امس", "صباح", "اليوم", "يوم", "عام"} & set(terms), terms
    assert {"بلدية", "سوق", "ترميم"} <= set(terms)
    # Words of time are no function words: a proclitic is not read past onto them ("بعام" stays a word).
    assert not is_function_word("أمس", "ar") and not is_function_word("بعام", "ar")


@pytest.mark.parametrize(("text", "language"), [
    ("青林县城南小学昨日午餐后有二十多名学生腹痛，县卫生部门已派人调查。", "zh"),
    ("优衣库（ユニクロ）在澄江新开的门店今天排起长队，店员说库存还够。", "zh"),  # a shop in katakana
    ("港北市の市営バスは来月から運賃を改定すると発表した。", "ja"),
    ("霧沢線、運休長期化へ　土砂崩れで線路埋まる", "ja"),  # a headline: four kana among its kanji
    ("ニュース", "ja"),
    ("하진시는 오늘 시내버스 요금을 다음 달부터 올린다고 밝혔다.", "ko"),
    ("與野, 하진시 예산안 놓고 또 공방", "ko"),  # a headline with Han characters
])
def test_chinese_japanese_and_korean_are_told_by_their_script(text, language):
    assert language_of(text) == language


@pytest.mark.parametrize(("text", "language"), [
    ("The council of 青林 said the school would reopen on Monday after the inquiry.", "en"),
    ("iPhone发布", "en"),  # as many Latin letters as Han: no language told by its script
    ("Die Stadt 하진 hat den Vertrag mit dem Busbetreiber verlängert.", "de"),
])
def test_a_few_east_asian_letters_leave_a_text_to_its_function_words(text, language):
    assert language_of(text) == language


def test_chinese_and_japanese_lend_no_function_words_to_a_count_of_spaced_words():
    from newsdesk.importing.languages import with_english

    # Their function words are characters inside a run (的, が): a line of them, counted a character at a time,
    # would hold as many as prose does.
    assert "的" in function_words("zh") and "が" in function_words("ja")
    assert with_english("zh") == with_english("ja") == with_english("en")
    assert "그리고" in with_english("ko")


# Invented: a water main broken in a town, in Tamil.
TAMIL_REPORT = ("நகராட்சி குடிநீர் குழாய் உடைந்ததால் மூன்று வார்டுகளில் செவ்வாய்க்கிழமை முதல் குடிநீர் விநியோகம் "
                "நிறுத்தப்பட்டது என்று ஆணையர் தெரிவித்தார்.")


def test_tamil_is_told_by_its_script_even_without_a_function_word():
    assert language_of(TAMIL_REPORT) == "ta"
    assert language_of("குடிநீர் குழாய் உடைப்பு") == "ta"  # a headline
    assert language_of(f"BREAKING | {TAMIL_REPORT}") == "ta"  # a Latin strap before it


def test_tamil_function_words_are_read_and_its_nouns_are_not_among_them():
    words = function_words("ta")
    assert {"என்று", "மற்றும்", "ஒரு", "இந்த"} <= words
    assert not {"குடிநீர்", "ஆணையர்", "நகராட்சி"} & words


def test_urdu_is_told_from_persian_and_arabic_by_the_letters_it_adds_to_their_script():
    urdu = "شہر کے بازار میں آگ لگنے سے دکانیں جل گئیں، فائر بریگیڈ نے دو گھنٹے بعد آگ پر قابو پایا۔"
    persian = "آتش‌سوزی در بازار شهر چند مغازه را سوزاند و آتش‌نشانان پس از دو ساعت آتش را مهار کردند."
    arabic = "اندلع حريق في سوق المدينة وأتى على عدة محلات قبل أن يسيطر عليه رجال الإطفاء بعد ساعتين."

    assert [language_of(text) for text in (urdu, persian, arabic)] == ["ur", "fa", "ar"]


def test_urdus_postpositions_are_its_function_words_and_not_persians():
    assert {"کے", "میں", "نے", "ہے"} <= function_words("ur")
    assert "نے" not in function_words("fa")


def test_a_finnish_given_name_in_the_packages_list_is_no_function_word():
    assert "olli" not in function_words("fi")
    assert "ollut" in function_words("fi")


def test_amharic_is_told_by_the_ethiopic_script_even_with_latin_names_on_the_page():
    text = "የከተማው ምክር ቤት ማክሰኞ ዕለት አዲስ የውሃ ፕሮጀክት አጸደቀ። ከንቲባው ለ Addis Weekly እንደተናገሩት ሥራው በሚቀጥለው ወር ይጀመራል።"

    assert languages.language_of(text) == languages.AMHARIC
    assert languages.script_language("Addis Weekly | Facebook | Telegram") is None


def test_amharics_spaced_postpositions_and_copula_are_its_function_words():
    words = languages.function_words(languages.AMHARIC)

    assert {"ላይ", "ውስጥ", "ነው", "ናቸው", "እና"} <= words
    assert "ድልድይ" not in words and "ከተማ" not in words  # a bridge, a town: content words
