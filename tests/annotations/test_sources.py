"""Who is cited: spellings of one source grouped under one name (plain functions)."""

from annotations.reports.sources import group_sources, source_key


def test_wrapping_around_a_name_is_taken_off():
    spellings = ["KCNA", "state media KCNA", "the KCNA news agency", "state news agency KCNA", " kcna "]

    assert {source_key(name) for name in spellings} == {"kcna"}


def test_articles_and_titles_are_taken_off_but_a_bare_office_stays():
    assert source_key("The ministry") == "ministry"
    assert source_key("Mr Kim") == "kim"
    assert source_key("Chief executive Maria Holm") == "maria holm"
    assert source_key("the leader") == "leader"


def test_an_acronym_joins_the_long_form_beside_it_or_spelled_by_it():
    labels = group_sources(["Korea Real Estate Board (KREB)", "KREB", "Transport for the City", "TfC"])

    assert labels["KREB"] == "Korea Real Estate Board (KREB)"
    assert labels["TfC"] == "Transport for the City"


def test_a_single_name_joins_the_one_full_name_it_begins():
    labels = group_sources(["Kim", "Mr Kim", "Kim Jong Un", "Analysts", "analysts", "US intelligence"])

    assert labels["Kim"] == labels["Mr Kim"] == "Kim Jong Un"
    assert labels["analysts"] == "Analysts"
    assert labels["US intelligence"] == "US intelligence"


def test_a_single_name_matching_two_full_names_stays_apart():
    labels = group_sources(["Lee", "Lee Jae-myung", "Lee Hae-chan"])

    assert labels["Lee"] == "Lee"


def test_names_in_other_scripts_group_by_case_and_spacing():
    labels = group_sources(["Укрінформ", "укрінформ", "新华社", " 新华社"])

    assert labels["укрінформ"] == "Укрінформ"
    assert labels[" 新华社"] == "新华社"


def test_a_rank_or_an_occupation_before_a_name_is_taken_off_with_the_name_particles_kept():
    assert source_key("Detective Sergeant Liam Oduya") == "liam oduya"
    assert source_key("Forecaster Alex Deakin") == "alex deakin"
    assert source_key("AEMET spokesman Rubén del Campo") == "rubén del campo"
    assert source_key("Major") == "major"
    assert source_key("the prosecutor") == "prosecutor"


def test_a_title_word_that_opens_the_name_of_a_body_stays():
    assert source_key("Major League Baseball") == "major league baseball"
    assert source_key("Coach House Trust") == "coach house trust"
    assert source_key("Captain Tom Foundation") == "captain tom foundation"
    assert source_key("Analyst Group Ltd") == "analyst group ltd"
    assert source_key("Captain Ana Ruiz") == "ana ruiz"
