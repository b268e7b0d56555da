"""Page shapes of an explainer, a live blog and a press release: the first question of an explainer right under its
byline, below a deck, heads its section as the later questions do; a live post's heading right under the post's
time stamp heads the post, however short the post; the numbered or bulleted notes under a release's "Notes to
editors" label (in other languages too), and its owner's boilerplate under "About" and the owner's name when it
opens on the name's first word, are the page's.

Every text here is invented for the test."""

from newsdesk.alignment.clustering import split_furniture
from tests.newsdesk.alignment.invented_pages import PARAGRAPHS, article


def _split(texts):
    content, furniture, _reasons = split_furniture(article(texts), {})
    return {p.key[1] for p in content}, {key[1] for key in furniture}


EXPLAINER = [
    "Tallow Gazette\nHome | News | Sport | Explainers",
    "Why the Brenning lido is closed, and when it could reopen",
    "The town's open-air pool shut in May. Engineers now say the tank is cracked. Here is what we know so far.",
    "By Moira Tennant\nCommunity reporter\n4 June 2026\n5 min read",
    "What happened?",
    "Brenning town council closed the lido on 12 May after its pool attendants found water draining from the deep "
    "end overnight, two weeks before the season was due to start.",
    "Why was it not found sooner?",
    "The tank was last surveyed nine years ago, and the council cut the budget for the yearly inspection in 2023 to "
    "pay for new changing rooms.",
    "A report to councillors says the crack probably opened during the hard frost in February.",
    "What will it cost?",
    "Engineers put the repair at between £600,000 and £900,000, depending on how far the crack runs under the tiles.",
    "The council has asked the Brenning Lido Friends to help it bid for a sports grant to cover half of the bill.",
    "Share this article\nCopy link",
]


def test_an_explainers_first_question_under_its_byline_heads_its_section():
    content, furniture = _split(EXPLAINER)
    assert {4, 6, 9} <= content
    assert {0, 1, 3, 12} <= furniture


LIVE_BLOG = [
    "Brenning flood live: river peaks as homes evacuated",
    "By Ravi Cole\nUpdated 9 January 2026, 18:20 GMT",
    "18:20 GMT",
    "Mayor thanks rescue crews",
    "The mayor, Carys Boyd, said the fire crews and the lifeboat volunteers had worked through the night to reach "
    "the last families on Weir Street.",
    "17:45 GMT\nKey event",
    "River level falling",
    "The gauge at Brenning bridge shows the river has dropped by twenty centimetres since its peak at four o'clock, "
    "the environment agency said.",
    "16:30 GMT",
    "Rest centre opens",
    "The council has opened the leisure centre on Castle Road as a rest centre for families who cannot go home "
    "tonight, with camp beds for ninety people.",
    "Share\nFacebook\nX",
]


def test_a_live_posts_heading_under_its_time_stamp_heads_a_post_of_one_paragraph():
    content, furniture = _split(LIVE_BLOG)
    assert {3, 6, 9} <= content
    assert {2, 5, 8, 11} <= furniture


NOTES = [
    *PARAGRAPHS[:4],
    "ENDS",
    "Notes to editors",
    "1. Marrowby Harbour Trust has looked after the town's pier and quay since 1921 and is a registered charity.",
    "2. The survey of the pier's legs was carried out by Tidewell Engineering in March and is available on request.",
    "Media contact\nPress Office, Marrowby Harbour Trust\n01632 960 215",
]


def test_numbered_notes_under_notes_to_editors_are_the_pages():
    content, furniture = _split(NOTES)
    assert {6, 7} <= furniture
    assert {0, 1, 2, 3} <= content


def test_bulleted_notes_under_a_notes_label_of_another_language_are_the_pages():
    notes = [*PARAGRAPHS[:4], "Hinweise für Redaktionen:",
             "• Der Hafenverein Marrowby kümmert sich seit 1921 um den Anleger und ist gemeinnützig.",
             "• Das Gutachten zu den Pfeilern ist auf Anfrage erhältlich."]
    content, furniture = _split(notes)
    assert {5, 6} <= furniture
    assert {0, 1, 2, 3} <= content


def test_a_note_naming_whom_another_outlet_reports_and_the_release_names_nowhere_else_is_the_storys():
    funder = "3. The survey was paid for by the Quennell Coastal Fund, with a grant from Orrin Marine Ltd."
    release = article([*PARAGRAPHS[:4], "Notes to editors", NOTES[6], funder], 0)
    report = article([PARAGRAPHS[0], "The survey was partly paid for by Orrin Marine, which builds landing stages."], 1)
    content, furniture, _reasons = split_furniture(release + report, {})
    assert (0, 5) in furniture
    assert (0, 6) in {p.key for p in content}


def test_a_note_on_the_sender_whom_every_outlet_names_is_the_pages():
    release = article([*PARAGRAPHS[:2], "Notes to editors", NOTES[6]], 0)
    report = article([PARAGRAPHS[0], "Marrowby Harbour Trust, a charity, said the pier would reopen in the summer."], 1)
    content, furniture, _reasons = split_furniture(release + report + [], {})
    assert (0, 3) in furniture
    assert not [p for p in content if p.key == (0, 3)]


def test_a_paragraph_under_a_notes_label_is_left_to_the_rules():
    notes = [*PARAGRAPHS[:4], "Notes to editors",
             "The survey found that two of the pier's legs had lost a third of their concrete to the sea since 2019."]
    content, _furniture = _split(notes)
    assert 5 in content


def test_numbered_paragraphs_of_a_story_with_no_notes_label_stay_the_storys():
    story = [*PARAGRAPHS[:2], "What the council decided:",
             "1. The pier stays shut until the survey of every leg is finished.",
             "2. A landing stage will be floated into place by Friday for the island boats."]
    content, _furniture = _split(story)
    assert {3, 4} <= content


def test_boilerplate_opening_on_the_first_word_of_its_owners_name_is_the_pages():
    boilerplate = (
        "Marrowby is an independent charity that has run the town's harbour since 1921. It employs 40 people and "
        "looks after the pier, the quay and the lighthouse."
    )
    content, furniture = _split([*PARAGRAPHS[:4], "About Marrowby Harbour Trust", boilerplate])
    assert 5 in furniture
    assert {0, 1, 2, 3} <= content


def test_the_other_articles_text_is_joined_only_for_an_article_under_a_notes_label(monkeypatch):
    from newsdesk.alignment import clustering

    joined = []

    def noting(texts, found, elsewhere=""):
        joined.append(elsewhere)
        return set()

    monkeypatch.setattr(clustering, "notes_under_the_label", noting)
    reports = [article([PARAGRAPHS[number], PARAGRAPHS[number + 1]], number) for number in range(5)]
    clustering.under_a_notes_label([p for report in reports for p in report], {})
    assert joined == []
    release = article([*PARAGRAPHS[:2], "Notes to editors", NOTES[6]], 5)
    clustering.under_a_notes_label([p for report in [*reports, release] for p in report], {})
    assert len(joined) == 1
    assert joined[0] == "\n".join(p.text for report in reports for p in report)


def test_splitting_a_story_counts_its_line_repeats_once_and_judges_each_text_by_the_line_rules_once(monkeypatch):
    from newsdesk.alignment import clustering, furniture

    counted, judged = [], []
    line_repeats, line_reasons = furniture.line_repeats, furniture.line_reasons

    def counting(texts):
        counted.append(1)
        return line_repeats(texts)

    def judging(text, repeats, **options):
        judged.append((text, tuple(sorted(options.items()))))
        return line_reasons(text, repeats, **options)

    monkeypatch.setattr(furniture, "line_repeats", counting)
    monkeypatch.setattr(furniture, "line_reasons", judging)
    releases = [article([*PARAGRAPHS[:2], "Notes to editors", NOTES[6]], number) for number in range(3)]
    reports = [article([PARAGRAPHS[number], PARAGRAPHS[number + 1]], number + 3) for number in range(3)]
    passages = [p for page in [*releases, *reports] for p in page]
    plain, _furniture, _reasons = clustering.split_furniture(passages, {})
    assert len(counted) == 1
    assert len(judged) == len(set(judged))
    # The same judgement as each rule counting for itself.
    monkeypatch.setattr(furniture, "line_repeats", line_repeats)
    monkeypatch.setattr(furniture, "line_reasons", line_reasons)
    again, _furniture, _reasons = clustering.split_furniture(passages, {})
    assert [p.key for p in plain] == [p.key for p in again]
