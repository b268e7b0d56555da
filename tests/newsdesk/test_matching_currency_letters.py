"""Story matching's names: a currency's letters written onto a figure make a sum, not a name, where the claims read
them as money (the ringgit's and the rupiah's in any language, the peso's "P" in Filipino); the figure still counts."""

from newsdesk.alignment import story_suggestion


def test_the_peso_s_letter_on_a_figure_is_no_name_in_filipino():
    text = ("Naglaan ang pamahalaang bayan ng Dalindog ng P3.5 milyon para sa mga pamilyang nawalan ng bahay.\n\n"
            "Ayon kay Mayor Teresita Alcaraz, aabot sa P750 ang tulong sa bawat pamilya ngayong linggo.")

    found = story_suggestion.names_and_figures(text)

    assert "p3" not in found
    assert "p750" not in found
    assert {"#3.5", "#750"} <= set(found)
    assert "dalindog" in found


def test_the_ringgit_s_letters_on_a_figure_are_no_name_in_any_language():
    text = ("The ferry fare on the Kuala Sepat crossing rises to RM4.50 from next month.\n\n"
            "Operators said the fare had stayed at RM3 since the jetty was rebuilt.")

    found = story_suggestion.names_and_figures(text)

    assert "rm4" not in found
    assert "rm3" not in found
    assert "#4.50" in found


def test_a_capital_and_a_figure_that_is_no_currency_stays_a_name():
    text = ("Leaders of the G7 met in Portavia on Monday.\n\n"
            "An A320 of the national carrier brought the delegations, officials said.")

    found = story_suggestion.names_and_figures(text)

    assert "g7" in found
    assert "a320" in found
