"""Page shapes of news about science: a paper's numbered references under their "References" label and a blog's
footnotes under "Footnotes" ("[2] …"), a "Cite this article" block, a paper's declarations ("Funding: …", "Competing
interests: …") and a comments-closed line are the page's; a release's note that cites the paper is the page's though
another article's reference list names its authors. The story's own numbered list under a lead-in stays the story's.

Every text here is invented for the test."""

from newsdesk.alignment.clustering import align, split_furniture
from tests.newsdesk.alignment.invented_pages import PARAGRAPHS, article


def _split(texts):
    content, furniture, _reasons = split_furniture(article(texts), {})
    return {p.key[1] for p in content}, {key[1] for key in furniture}


REFERENCES = [
    "References",
    "1. Quayle B, Marten OS, van Dijk R. Scour around the legs of concrete piers in tidal harbours. Coastal "
    "Structures Review. 2014;22:310–322.",
    "2. Penhallow O. Chloride and the slow failure of harbour concrete. Marine Works Quarterly. 2019;7:55–71.",
    "3. Marrowby Borough Council. Harbour Asset Survey 2021, Part 3: Piers and Jetties. Marrowby: the Council; 2021.",
]


def test_numbered_references_under_their_label_are_the_pages():
    content, furniture = _split([*PARAGRAPHS[:4], *REFERENCES])
    assert {4, 5, 6, 7} <= furniture
    assert {0, 1, 2, 3} <= content


def test_footnotes_in_square_brackets_under_their_label_are_the_pages():
    footnotes = [
        "Footnotes",
        "[1] Quayle B, Marten OS (2014). Scour around the legs of concrete piers in tidal harbours. Coastal "
        "Structures Review 22: 310–322.",
        "[2] Penhallow O (2019). Chloride and the slow failure of harbour concrete. Marine Works Quarterly 7: 55–71.",
    ]
    content, furniture = _split([*PARAGRAPHS[:4], *footnotes, "Filed under: harbours, concrete"])
    assert {4, 5, 6} <= furniture
    assert {0, 1, 2, 3} <= content


def test_a_cite_this_article_block_and_a_papers_declarations_are_the_pages():
    texts = [
        *PARAGRAPHS[:4],
        "Cite this article\nQuayle B, Penhallow O (2026) Cracks in the legs of a ferry pier. Coastal Structures "
        "Review 34(2): 101–113. https://doi.org/10.5555/csr.2026.0101",
        "Funding: Marrowby Harbour Trust (grant MHT-2024-02); Coastal Works Fund.",
        "Competing interests: The authors have declared that no competing interests exist.",
        "Comments on this article are closed.",
    ]
    furniture = {key[1] for key in align(article(texts)).furniture}
    assert {4, 5, 6, 7} <= furniture
    assert not furniture & {0, 1, 2, 3}


def test_a_release_note_citing_the_paper_is_the_pages_though_a_reference_list_names_its_authors():
    release = article([*PARAGRAPHS[:4], "Notes to editors",
                       "1. Quayle B, Penhallow O, Tresize M. \"Cracks in the legs of a ferry pier.\" Coastal "
                       "Structures Review, 3 March 2026. DOI: 10.5555/csr.2026.0101"], 0)
    paper = article([PARAGRAPHS[0], "References",
                     "1. Tresize M. Tidal scour in small harbours. Marine Works Quarterly. 2018;6:12–30."], 1)
    content, furniture, _reasons = split_furniture(release + paper, {})
    assert {(0, 5), (1, 1), (1, 2)} <= set(furniture)
    assert (0, 0) in {p.key for p in content}


def test_a_release_note_on_its_funders_is_the_pages_though_a_papers_funding_line_names_them():
    release = article([*PARAGRAPHS[:4], "Notes to editors",
                       "2. The study was funded by the Quennell Coastal Fund and the Marrowby Harbour Trust."], 0)
    paper = article([PARAGRAPHS[0], "Funding: Quennell Coastal Fund (grant QCF-2024-11)."], 1)
    _content, furniture, _reasons = split_furniture(release + paper, {})
    assert (0, 5) in set(furniture)


def test_a_release_note_dated_in_an_english_month_is_the_pages_though_a_report_names_the_month():
    release = article([*PARAGRAPHS[:4], "Notes to editors",
                       "1. The survey of the pier will be published by the council on 17 June 2026."], 0)
    report = article([PARAGRAPHS[0], "Update (18 June): the council says the survey will be out on Wednesday."], 1)
    _content, furniture, _reasons = split_furniture(release + report, {})
    assert (0, 5) in set(furniture)


def test_the_storys_numbered_list_and_a_paragraph_under_a_sources_heading_stay_the_storys():
    story = [*PARAGRAPHS[:2], "What the council decided:",
             "1. The pier stays shut until the survey of every leg is finished.",
             "2. A landing stage will be floated into place by Friday for the island boats.",
             PARAGRAPHS[2], "Sources",
             "Sources at the council said the survey had found a third crack, in the leg nearest the quay.",
             PARAGRAPHS[3]]
    content, _furniture = _split(story)
    assert {3, 4, 7} <= content


def test_a_structured_abstracts_headings_are_the_storys():
    texts = [
        "Coastal Structures Review\nJournals | Issues | Submit",
        "Cracks in the legs of a ferry pier",
        "Received: 3 February 2026 | Accepted: 12 March 2026 | Published: 18 March 2026",
        "Abstract",
        "Background",
        PARAGRAPHS[0],
        "Methods",
        PARAGRAPHS[1],
        "Results",
        PARAGRAPHS[2],
        "Conclusions",
        PARAGRAPHS[3],
        *REFERENCES,
    ]
    content, furniture = _split(texts)
    assert {3, 4, 5, 6, 7, 8, 9, 10, 11} <= content
    assert {0, 1, 2, 12, 13} <= furniture


def test_a_bulleted_list_of_the_storys_facts_under_a_sources_heading_stays_the_storys():
    from newsdesk.alignment.references import references_under_the_label

    for label in ("Sources", "Quellen", "Fuentes", "Bronnen"):
        texts = [PARAGRAPHS[0], label, "- Council officers said 40 homes were affected.", "- Residents met on Tuesday."]
        assert references_under_the_label(texts, [False] * 4) == set(), label
        block = [PARAGRAPHS[0],
                 f"{label}\n• Council officers said 40 homes were affected.\n• Residents met on Tuesday."]
        assert references_under_the_label(block, [False] * 2) == set(), label
    content, _furniture = _split([*PARAGRAPHS[:3], "Sources", "- Council officers said 40 homes were affected.",
                                  "- Residents met on Tuesday.", PARAGRAPHS[3]])
    assert {4, 5} <= content


def test_cited_works_under_a_sources_heading_are_the_pages():
    from newsdesk.alignment.references import references_under_the_label

    texts = [PARAGRAPHS[0], "Sources",
             "- Quayle B et al. Scour around the legs of concrete piers. Coastal Structures Review.",
             "- Penhallow O (2019). Chloride and harbour concrete. Marine Works Quarterly.",
             "- Marrowby Borough Council, Harbour Asset Survey, https://marrowby.example/harbour-survey",
             "- Tidal scour in small harbours. Marine Works Quarterly 6: 12–30."]
    assert references_under_the_label(texts, [False] * 6) == {1, 2, 3, 4, 5}
    numbered = [PARAGRAPHS[0], "References", "1. Council officers said 40 homes were affected."]
    assert references_under_the_label(numbered, [False] * 3) == {1, 2}
