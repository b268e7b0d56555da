"""Page furniture on sports pages, told by its shape: a team sheet or a table of marks (a line of names in a list,
ending on a full stop but no sentence), and a bookmaker's advertisement closing on its gambling notice."""

from newsdesk.alignment.furniture import SMALL_PRINT_REASON, furniture_reasons


def test_a_team_sheet_of_names_in_a_list_is_furniture_though_it_ends_on_a_full_stop():
    assert furniture_reasons("Kestle Albion: Marwood; Tansey, Oduya, Birch, Fallon; Quinlan (c), Dray; Ives, Soper.")
    assert furniture_reasons("Substitutes: Garside, Penhale, Ruddock, Yelland, Amos.")


def test_a_table_of_marks_out_of_ten_is_furniture():
    assert furniture_reasons("Brisworth Town: Ennis 7; Maddox 6, Cotter 5, Laird 6, Venn 8; Hobday 6, Rusk 7.")


def test_a_sentence_that_lists_names_is_still_the_story_s():
    assert furniture_reasons(
        "The goals came from Tansey, Oduya and Birch, and the manager thanked Quinlan, Dray, Ives and Soper."
    ) == []
    assert furniture_reasons(
        "Ennis, who joined from Brisworth Town in June, scored twice; Venn, Rusk and Laird once."
    ) == []


def test_a_bookmaker_s_offer_closing_on_its_gambling_notice_is_an_advertisement():
    ad = "Back the winner of the county final. New customers: stake £5, get £20 in free bets. 18+ | T&Cs apply."
    assert SMALL_PRINT_REASON in furniture_reasons(ad)
    odds = "Final odds: Kestle Albion 11/8, draw 12/5, Brisworth Town 2/1. 18+. Please gamble responsibly."
    assert SMALL_PRINT_REASON in furniture_reasons(odds)


def test_a_report_on_a_gambling_scheme_is_not_an_advertisement():
    assert furniture_reasons(
        "The regulator said bookmakers must stop offering free bets to new customers. Terms and conditions apply."
    ) == []


def test_a_live_page_s_substitution_entry_of_names_only_is_furniture():
    from newsdesk.importing.furniture_lines import line_furniture

    assert line_furniture("64' Substitution, Brisworth Town: Hobday replaces Rusk. Substitution, Kestle Albion: "
                          "Garside replaces Ives.")
    assert line_furniture("72' Yellow card: Maddox (Brisworth Town)")
    assert line_furniture("55' Cambio en el Real Tarvena: entra Olmedo por Sanz.")
    assert line_furniture("61' Wechsel bei Eintracht Kaltbach: Berger für Kühne.")
    assert line_furniture("68' Remplacement pour l'AS Vermont : Daviaud remplace Roussel.")
    assert line_furniture("70' Oyuncu değişikliği, Kuzeykent: Aydın yerine Kaya.")


def test_a_live_page_s_entry_that_tells_what_happened_is_the_story_s():
    from newsdesk.importing.furniture_lines import line_furniture

    assert line_furniture("58' RED CARD! Birch is sent off for a late lunge on Oduya near the halfway line.") is None
    goal = "87' GOAL! Kestle Albion 2–1 Brisworth Town (Tansey). Ives crosses and Tansey heads in."
    assert line_furniture(goal) is None
    told = "64' Substitution for Kestle: Ives limps off, and the crowd boos as Garside comes on."
    assert line_furniture(told) is None
    assert line_furniture("The manager made a late substitution: Hobday replaced Rusk.") is None


def test_a_retail_call_to_action_is_furniture_in_several_languages():
    from newsdesk.importing.furniture_lines import line_furniture

    assert line_furniture("Shop now: County Cup winners shirts and scarves, available online and at the Club Store "
                          "from Sunday. Members get 10% off.")
    assert line_furniture("Limited edition final programme, signed by the squad. Order now")
    assert line_furniture("Buy now!")
    assert line_furniture("Jetzt kaufen: das Meistertrikot der Saison, nur im Fanshop.")
    assert line_furniture("Compra ahora: la camiseta del campeón, en la tienda oficial del club.")
    assert line_furniture("Achetez maintenant : le maillot des vainqueurs, en boutique et en ligne.")
    assert line_furniture("Acquista ora: la sciarpa della finale, nello store ufficiale.")
    assert line_furniture("Compre agora: a camisola dos campeões, na loja oficial.")
    assert line_furniture("Hemen satın al: Şampiyonluk forması resmi mağazada.")


def test_shoppers_told_to_buy_now_in_a_report_is_the_story_s():
    from newsdesk.importing.furniture_lines import line_furniture

    report = "Retailers urged shoppers to buy now before prices rise in the spring, the survey said."
    assert line_furniture(report) is None
    assert line_furniture('"Buy now, because the shirts will sell out," the club\'s shop manager said.') is None


def test_the_mark_where_a_transcript_or_video_ends_is_furniture():
    from newsdesk.importing.furniture_lines import line_furniture

    for line in ("End of transcript", "End of video", "Ende des Interviews", "Fin de la transcription",
                 "Fin de la entrevista", "Fine del video", "Fim da transcrição"):
        assert line_furniture(line), line
    assert line_furniture("The end of the transcript shows the manager walking out.") is None
