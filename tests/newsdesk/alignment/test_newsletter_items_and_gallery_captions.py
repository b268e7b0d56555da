"""A newsletter's web edition sets its items between separator lines ("***"): an item on other news, whose words no
other article of the story shares, is text of the page that is not the story's; the item on the story stays. A photo
gallery's captions, each with its credit and the link to the next picture under it, are the story's. A fact-check's
box of fields, "Claim:" over "Verdict:", is one thing.

Every text here is invented for the test."""

import numpy as np

from newsdesk.alignment.clustering import PassageText, segments, split_furniture
from newsdesk.importing.ingest import split_passages

NEWSLETTER = """Good evening,
It's Thursday. Tonight: the Pellam ferry, a new pool in Corran, and the swifts.

***

FERRY HALTED
The ferry between Pellam and Skerra Island has been halted after inspectors found rust in the older boat's car deck.

Islanders say the second boat has been in dry dock since March, so the island has no crossing at all.

***

POOL OPENS
Corran's new swimming pool opens to the public on Saturday after two years of building work and a budget overrun.

***

SWIFTS ARE BACK
Forty pairs of swifts are nesting under the eaves of St Bride's church, the county bird club says.

***

See you tomorrow,
Nell Arden, editor
"""

WIRE = [
    "Skerra Link halted the ferry between Pellam and Skerra Island on Thursday after inspectors found rust in the car "
    "deck of its older boat, leaving the island without a crossing.",
    "The operator's second boat has been in dry dock since March for repairs to its engines, the company said.",
    "Islanders who work in Pellam will be offered places on a chartered boat from Monday, the council said.",
]
LOCAL = [
    "Inspectors found rust in the car deck of the older Skerra ferry during a check on Wednesday night, and Skerra "
    "Link stopped every crossing from Pellam the next morning.",
    "With the second boat in dry dock, islanders face days without a ferry, and the shop on Skerra expects to run out "
    "of bread by Saturday.",
]


def _story(newsletter: str) -> tuple[list[PassageText], list[str]]:
    texts = [newsletter[start:end] for start, end in split_passages(newsletter)]
    passages = [PassageText(key=(0, i), article=0, index=i, text=t) for i, t in enumerate(texts)]
    passages += [PassageText(key=(1, i), article=1, index=i, text=t) for i, t in enumerate(WIRE)]
    passages += [PassageText(key=(2, i), article=2, index=i, text=t) for i, t in enumerate(LOCAL)]
    return passages, texts


def _content_texts(passages: list[PassageText]) -> set[str]:
    content, _furniture, _reasons = split_furniture(passages, {})
    return {p.text for p in content if p.article == 0}


def test_a_newsletters_items_on_other_news_are_the_pages():
    passages, _texts = _story(NEWSLETTER)
    kept = _content_texts(passages)
    assert not any("swimming pool" in text or "swifts are nesting" in text for text in kept)


def test_a_newsletters_item_on_the_story_stays_the_storys():
    passages, _texts = _story(NEWSLETTER)
    kept = _content_texts(passages)
    assert any(text.startswith("The ferry between Pellam") for text in kept)
    assert any(text.startswith("Islanders say the second boat") for text in kept)


def test_sections_between_separator_lines_of_an_article_all_on_the_story_stay():
    feature = NEWSLETTER.replace(
        "Corran's new swimming pool opens to the public on Saturday after two years of building work and a budget "
        "overrun.", "The island's shop on Skerra says it will run out of bread by Saturday if no ferry sails.",
    ).replace(
        "Forty pairs of swifts are nesting under the eaves of St Bride's church, the county bird club says.",
        "Skerra Link says islanders who work in Pellam will get places on a chartered boat from Monday.",
    )
    passages, _texts = _story(feature)
    kept = _content_texts(passages)
    assert any("run out of bread" in text for text in kept)
    assert any("chartered boat" in text for text in kept)


FEATURE = """The Lune came over the flood wall at Cresswater just after two in the morning on Saturday, and by dawn \
the water stood a metre deep in Mill Street.

Forty homes were flooded and the fire service took eleven people from upstairs windows by boat.

* * *

My grandmother kept a pencil line on her pantry door in Mill Street, marking where the Lune stood in the winter of \
1968. She would show it to every visitor and say the river always comes back for what it once had.

When she sold the house, the new owners painted over her line. On Saturday the water rose past where it had been.

* * *

The Environment Agency says the wall at Cresswater was built for a flood of the 1968 kind, and that Saturday's river \
was higher still.

The council has opened the Cresswater village hall for families who cannot go home.
"""

FLOOD_REPORT = [
    "The River Lune burst over the flood defences at Cresswater early on Saturday, flooding about forty homes in Mill "
    "Street and nearby lanes.",
    "Firefighters used boats to rescue eleven residents trapped upstairs, the fire service said.",
    "The Environment Agency said river levels were the highest recorded at Cresswater, above the 1968 flood the wall "
    "was built for.",
    "Families who cannot return home are staying at the village hall, which the council opened on Saturday morning.",
]


def test_a_features_section_between_separator_lines_that_no_other_outlet_tells_stays_the_storys():
    texts = [FEATURE[start:end] for start, end in split_passages(FEATURE)]
    passages = [PassageText(key=(0, i), article=0, index=i, text=t) for i, t in enumerate(texts)]
    passages += [PassageText(key=(1, i), article=1, index=i, text=t) for i, t in enumerate(FLOOD_REPORT)]
    kept = _content_texts(passages)
    assert any(text.startswith("My grandmother kept a pencil line") for text in kept)
    assert any(text.startswith("When she sold the house") for text in kept)


CAPTION = ("A police car outside the Pellam ferry office on Thursday morning. Officers were called after an "
           "islander refused to leave the pier when the last crossing was cancelled, the operator said.")


def test_a_gallerys_caption_of_a_few_words_with_its_credit_and_control_stays_the_storys():
    gallery = f"3 of 6\n\n{CAPTION}\nPhoto: Kit Varga / Harbour Photos\nNext image\n\n4 of 6"
    texts = [gallery[start:end] for start, end in split_passages(gallery)]
    passages = [PassageText(key=i, article=0, index=i, text=t) for i, t in enumerate(texts)]
    content, _furniture, _reasons = split_furniture(passages, {})
    assert [p.text for p in content] == [f"{CAPTION}\nPhoto: Kit Varga / Harbour Photos\nNext image"]


def test_a_print_captions_credit_set_under_it_still_marks_it_the_pictures():
    lead = ("The ferry between Pellam and Skerra Island has not run since Thursday, and the operator cannot say "
            "when it will sail again.")
    page = f"{lead}\nDeckhand Tam Hewer ties up the older ferry at the Pellam pier.\nPhoto: Kit Varga / Harbour Photos"
    texts = [page[start:end] for start, end in split_passages(page)]
    passages = [PassageText(key=i, article=0, index=i, text=t) for i, t in enumerate(texts)]
    content, furniture, _reasons = split_furniture(passages, {})
    assert [p.text for p in content] == [lead]
    assert len(furniture) == 1


def _similarity(pairs: dict[tuple[int, int], float], size: int) -> np.ndarray:
    matrix = np.eye(size)
    for (first, second), value in pairs.items():
        matrix[first, second] = matrix[second, first] = value
    return matrix


def test_a_fact_checks_claim_and_verdict_box_holds_as_one_thing():
    texts = ["Claim: Every ferry to Skerra Island has been cancelled until the summer.",
             "Verdict: False. Only the older boat is out of service; a chartered boat sails from Monday.",
             "Skerra Link halted the older boat on Thursday.", "The council chartered a boat."]
    # Each box line is far closer to the other outlet than to its neighbour: only the box's shape holds them.
    matrix = _similarity({(0, 1): 0.05, (0, 2): 0.6, (1, 3): 0.6}, 4)
    segment = segments(matrix, ["a", "a", "b", "b"], [0, 1, 0, 1], texts)
    assert segment[0] == segment[1]


def test_an_interviews_turns_under_repeated_speaker_labels_are_no_box():
    texts = ["ARDEN: The older boat failed its inspection on Thursday.", "HEWER: When will it sail again?",
             "ARDEN: Not before the inspectors have been back.", "Skerra Link halted the older boat on Thursday.",
             "Inspectors will return next week."]
    matrix = _similarity({(0, 1): 0.05, (1, 2): 0.05, (0, 3): 0.6, (2, 4): 0.6}, 5)
    segment = segments(matrix, ["a", "a", "a", "b", "b"], [0, 1, 2, 0, 1], texts)
    assert segment[0] != segment[1]


def test_a_transcripts_labels_used_once_each_make_no_box():
    texts = ["ANCHOR: Good evening. The Skerra ferry has stopped, and the island has no crossing tonight.",
             "REPORTER: At the Pellam pier the ticket office is shut and the car park is empty.",
             "Skerra Link halted the older boat on Thursday.", "The ticket office in Pellam closed at noon."]
    matrix = _similarity({(0, 1): 0.05, (0, 2): 0.6, (1, 3): 0.6}, 4)
    segment = segments(matrix, ["a", "a", "b", "b"], [0, 1, 0, 1], texts)
    assert segment[0] != segment[1]
