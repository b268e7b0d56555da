"""Story matching's event words: what a text says happened, without the words that say only when it was told and
who told it (``story_suggestion.event_words``, ``story_suggestion.unsaid_words``)."""

from newsdesk.alignment import story_suggestion

PORTUGUESE = (
    "A câmara municipal anunciou na segunda-feira que a ponte velha vai fechar em março. O presidente disse que as "
    "obras começam na terça-feira, e disse ainda que o trânsito será desviado pela estrada nacional durante o mês "
    "de março. Os moradores temem que a ponte ceda antes das obras.")
SWAHILI = (
    "Halmashauri ya wilaya imetangaza Jumanne kwamba daraja la zamani litafungwa mwezi Machi. Mwenyekiti alisema "
    "kazi itaanza Jumatano, na walisema magari yatapitishwa kwenye barabara kuu mwezi mzima wa Machi. Wakazi "
    "walieleza kwamba daraja lilikuwa bovu.")
ENGLISH = (
    "The district council announced on Monday that the old bridge will close in December. Its chairman said work "
    "begins on Wednesday, and traffic will be diverted onto the main road until January.")


def test_weekdays_and_months_are_no_event_words_in_the_article_s_language():
    portuguese = story_suggestion.event_words(PORTUGUESE).split()
    swahili = story_suggestion.event_words(SWAHILI).split()
    english = story_suggestion.event_words(ENGLISH).split()

    assert not {"segunda", "terça", "feira", "março"} & set(portuguese)
    assert {"ponte", "obras", "trânsito"} <= set(portuguese)
    assert not {"jumanne", "jumatano", "machi"} & set(swahili)
    assert {"daraja", "barabara"} <= set(swahili)
    assert not {"monday", "wednesday", "december", "january"} & set(english)
    assert {"bridge", "traffic"} <= set(english)


def test_verbs_of_saying_are_no_event_words_in_the_article_s_language():
    portuguese = story_suggestion.event_words(PORTUGUESE).split()
    swahili = story_suggestion.event_words(SWAHILI).split()

    assert "disse" not in portuguese
    assert not {"alisema", "walisema", "walieleza"} & set(swahili)


def test_a_month_that_is_also_a_word_stays_an_event_word():
    english = story_suggestion.event_words(
        "Thousands joined the march to the old bridge, which the council wants to close for good.").split()

    assert "march" in english


def test_two_reports_of_different_events_do_not_meet_on_their_dates_and_verbs_of_saying():
    bridge = ("A ponte velha fecha na segunda-feira, disse o presidente da câmara. Na sexta-feira de março, disse, "
              "os camiões passam pela estrada nacional.")
    concert = ("O concerto da banda filarmónica é no domingo, disse a maestrina. Na segunda-feira de março, disse, "
               "os músicos ensaiam na escola.")

    shared = set(story_suggestion.event_words(bridge).split()) & set(story_suggestion.event_words(concert).split())

    assert shared == set()


def test_a_verb_of_saying_or_a_weekday_opening_a_sentence_is_no_part_of_a_name():
    portuguese = story_suggestion.names_and_figures(
        PORTUGUESE + " O engenheiro Rui Valadas acompanha as obras da ponte. Disse Valadas que a estrada nacional "
        "aguenta o trânsito dos camiões durante as obras.")
    english = story_suggestion.names_and_figures(ENGLISH + " On Monday the chairman, Tom Ashcombe, met the residents.")

    assert "Disse Valadas" not in portuguese.values()
    assert "Rui Valadas" in portuguese.values()
    assert "On Monday" not in english.values()
    assert "Tom Ashcombe" in english.values()
