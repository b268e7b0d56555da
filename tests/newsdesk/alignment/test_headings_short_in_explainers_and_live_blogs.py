"""A heading of two or three words over its section is the story's, as a longer one is: a question over its answer
in an explainer whose other questions the shape rules keep, and a live blog entry's heading under the entry's time
stamp. A short line that heads no section, or stands above the story, stays the page's."""

from newsdesk.alignment.clustering import PassageText, split_furniture


def _split(texts):
    passages = [PassageText(key=i, article=0, index=i, text=t) for i, t in enumerate(texts)]
    content, furniture, _reasons = split_furniture(passages, {})
    return {p.key for p in content}, set(furniture)


EXPLAINER = [
    "Harbourside Radio",
    "Why the Pellam ferry stopped, and when it runs again",
    "The ferry between Pellam and the island has not run since Friday, and the operator cannot say when it will.",
    "Repairs to the older boat begin on Monday at the yard.",
    "Why now?",
    "Inspectors at the Pellam yard found rust in the car deck of the older boat during a check on Thursday night.",
    "The second boat is already in dry dock, so the crossing has no ferry at all until one of them returns.",
    "Is there a bus instead?",
    "A replacement bus leaves the pier every hour and takes the long road around the bay, the operator said.",
    "Tickets bought for the ferry are valid on it, and season passes will be extended by a week for everyone.",
    "Who pays for the repair?",
    "The operator says the repair is covered by its contract with the county, which owns both of the boats.",
    "The county has asked for a report on why the rust was missed at the last inspection in the spring.",
]


def test_a_short_question_over_its_answer_in_an_explainer_is_the_storys():
    content, furniture = _split(EXPLAINER)
    # "Why now?" is the one heading too short for the shape rules, under a sentence too short for a paragraph.
    assert {4, 7, 10} <= content
    assert {0, 1} <= furniture


def test_a_lone_short_line_between_paragraphs_stays_the_pages():
    texts = [
        "Inspectors at the Pellam yard found rust in the car deck of the older boat during a check on Thursday night.",
        "Pier webcam",
        "The second boat is already in dry dock, so the crossing has no ferry at all until one of them returns.",
        "A replacement bus leaves the pier every hour and takes the long road around the bay, the operator said.",
    ]
    content, furniture = _split(texts)
    assert 1 in furniture and {0, 2, 3} <= content


LIVE_BLOG = [
    "Pellam ferry live: crossings cancelled as inspectors find rust",
    "All crossings are cancelled today while the older ferry is repaired; replacement buses run every half hour.",
    "16:20 BST",
    "Bus service doubled",
    "The operator has put a second replacement bus on the route for the evening rush, a spokesperson said.",
    "Queues at the pier were shorter by six o'clock, with most passengers boarding the first bus that came.",
    "Share",
    "14:05 BST",
    "@PellamCommuter on X:\n\"Forty minutes on the pier and still no bus. Bring a coat 🥶\"",
    "Share",
    "11:40 BST",
    "Operator confirms rust",
    "The operator confirmed at a briefing that inspectors had found rust in the car deck of the older ferry.",
    "\"We will not sail a boat we are not sure of,\" the operator's manager told reporters at the pier.",
    "Share",
    "09:15 BST",
    "Crossings cancelled",
    "All crossings were cancelled this morning after a late inspection of the older boat, the operator said.",
    "Passengers were told to use the replacement bus, which leaves from the car park beside the pier.",
]


def test_a_live_blog_entrys_heading_under_its_time_stamp_is_the_storys():
    content, furniture = _split(LIVE_BLOG)
    # "Operator confirms rust" stands under a quoted post that ends on an emoji, behind the entry's stamp and button.
    assert {3, 11, 16} <= content
    assert {2, 6, 7, 9, 10, 14, 15} <= furniture
