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
