"""Factual claims, class by class: what makes a sentence a checkable statement, and what only looks like one."""

from annotations.suggestions import suggest


def claims(text):
    return [text[s.start : s.end] for s in suggest(text, tag="factual_claim")]


# Hedges, conditions and findings


def test_may_and_should_hedge_a_date_but_the_month_may_dates_a_claim():
    assert claims("The comet may become visible from the valley in October.") == []
    assert claims("Walkers should be best placed on the ridge in the last week of June.") == []
    assert claims("The bridge reopened to traffic in May after 14 months of repairs.")


def test_a_promise_on_a_condition_is_no_claim():
    assert claims("The drivers' union said it would call off the stoppage if the firm raised its offer by May 3.") == []
    assert claims("Two more walkouts are planned for 9 and 10 March if no deal is reached.") == []
    assert claims("If the county wants more visitors, it can start by fixing the 40 broken benches.") == []
    assert claims("The walkout would last 24 hours, the union said on Friday.")


def test_a_fact_before_a_second_reported_clause_that_forecasts_stays_a_claim():
    text = ("An audit said the library had a shortfall of £48,000 and that visitor numbers were forecast to fall "
            "by 2031.")
    assert claims(text) == [text]
    text = "The solicitor said she had been contacted by 17 tenants and warned that costs could rise sharply."
    assert claims(text) == [text]
    text = ("A probe that landed on the asteroid in March has found carbon 3 metres below the crust, raising "
            "hopes that later missions could sample it.")
    assert claims(text) == [text]


def test_what_a_finding_showed_could_be_done_is_a_claim_not_a_forecast():
    text = "The trial proved in 2019 that a drone could carry blood samples between the two hospitals."
    assert claims(text) == [text]
    assert claims("Engineers say a drone could carry blood samples between the two hospitals by 2030.") == []


# Records


def test_a_record_or_a_superlative_against_time_is_a_claim_without_a_number():
    assert claims("Ticket sales at the lido reached a record high over the bank holiday.")
    assert claims("Harbour waits hit their worst level on record as winter bites")
    assert claims("Reservoirs in the valley sink to their lowest level in decades")
    assert claims("Okafor smashes the course record in the coastal half marathon")


def test_a_record_that_is_a_file_or_a_verb_and_a_superlative_alone_are_no_claims():
    assert claims("The driver had a long criminal record and no insurance.") == []
    assert claims("Staff were asked to record every visitor at the gate.") == []
    assert claims("The bakery on Quay Street sells the best bread in the valley.") == []


# Placings, page labels and days that are any day


def test_a_placing_stated_with_be_and_an_ordinal_after_a_possessive_are_counts():
    assert claims("Norway's Ida Berg was third.")
    assert claims("It was the committee's fifth meeting on the harbour plan.")
    assert claims("Berg was third in the standings and had no complaints about it.") == [
        "Berg was third in the standings and had no complaints about it."
    ]


def test_a_clips_length_and_a_references_year_in_brackets_are_labels():
    assert claims("▶ Watch: our reporter walks the flooded high street in Tewkesbury (3:12)") == []
    assert claims("“Microplastics in upland peat bogs”, Journal of Soil Science (2026).") == []
    assert claims("The flooded high street in Tewkesbury reopened after 3 days (a record).")


def test_a_day_after_a_or_an_is_any_such_day_not_a_date():
    assert claims("Anyone who has queued on the pier on an August Sunday knows the ferry is too small.") == []
    assert claims("Nobody likes to wait for the bus on a Monday evening in the rain.") == []
    assert claims("The ferry was cancelled on Sunday after the pier was damaged.")
