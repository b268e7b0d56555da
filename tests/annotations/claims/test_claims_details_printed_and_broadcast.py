from annotations.claims.finding import find_mentions

PRINTED = (
    "The harbour board said on Thursday that a note pinned to\n"
    "the gate of the east dock was signed by a group call-\n"
    "ing itself Saltmark and asked for $3 million in ex-\n"
    "change for the keys, according to the harbour master.\n"
)


def test_a_sentence_of_a_printed_column_is_read_across_its_line_breaks():
    texts = [m.text for m in find_mentions("a", PRINTED, "en")]
    assert len(texts) == 1
    assert texts[0].startswith("The harbour board said on Thursday")
    assert "calling" in texts[0] and texts[0].rstrip().endswith("harbour master.")


def test_a_block_of_short_lines_is_still_read_line_by_line():
    text = "Mayor Ana Ruiz opened the new bridge on Friday morning.\nThe crossing cost 14 million euros, she said."
    texts = [m.text for m in find_mentions("a", text, "en")]
    assert texts == ["Mayor Ana Ruiz opened the new bridge on Friday morning.",
                     "The crossing cost 14 million euros, she said."]


def test_a_contact_line_with_a_telephone_number_is_no_claim():
    text = "Jo Ferris covers the port for the Gazette and can be reached at 415-555-0123 or on Fridays."
    assert find_mentions("a", text, "en") == []


def test_a_broadcasts_hand_over_and_sign_off_are_no_claims():
    text = ("Our Sam Okafor has been at the flooded school in Milbrook since Friday morning.\n"
            "Reporting live from Milbrook, Sam Okafor, Channel 7 News.\n"
            "The school in Milbrook will stay shut until Monday, the council said.")
    texts = [m.text for m in find_mentions("a", text, "en")]
    assert texts == ["The school in Milbrook will stay shut until Monday, the council said."]


def test_the_hand_over_rule_is_kept_to_english():
    text = "Our Sam Okafor has been at the flooded school in Milbrook since Friday morning."
    assert find_mentions("a", text, "en") == []
    assert find_mentions("a", text, "nl") != []
