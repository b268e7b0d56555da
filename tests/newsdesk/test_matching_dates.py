"""Story matching and dates: a report dated weeks before a story's first article was written before the story's event
happened, and reports another event, however many of the story's names and words it shares."""

import datetime as dt

import pytest

from newsdesk.alignment import story_suggestion
from newsdesk.models import StoryMatch

# Invented: the harbour bath of a small town closes after a storm; three outlets report it in two days.
CLOSED = [
    ("Storm closes Brinmouth harbour bath", "The harbour bath at Brinmouth's East Quay closed on Friday after the "
     "storm tore its wooden decking loose. Mayor Ida Kestle said divers would inspect the piles before the bath "
     "could reopen. Swimmers were told to stay out of the harbour."),
    ("Brinmouth harbour bath shut after storm", "Divers began inspecting the piles of Brinmouth's harbour bath on "
     "Saturday, a day after the storm broke its decking. Mayor Ida Kestle said the council would pay for repairs "
     "from its reserve. The East Quay stays fenced off."),
    ("Harbour bath damage worse than feared", "The storm damage to the harbour bath on Brinmouth's East Quay is "
     "worse than feared, divers said after inspecting the piles. Mayor Ida Kestle said the bath would stay shut "
     "for the summer while the decking is rebuilt."),
]
# Invented: another story, so that the store has a second one to rank.
OTHER = [("Rail strike halts trains in Dorwick", "Trains across Dorwick stopped on Monday as drivers walked out "
          "over pay. The union said the strike would last three days."),
         ("Dorwick rail strike enters second day", "No trains ran in Dorwick for a second day as the drivers' strike "
          "over pay went on, and talks with the operator broke down.")]
STORY_BEGAN = dt.date(2025, 7, 11)


def _matrix():
    documents = [("bath", story_suggestion.reporting(title, text)) for title, text in CLOSED]
    documents += [("rail", story_suggestion.reporting(title, text)) for title, text in OTHER]
    dates = [STORY_BEGAN, STORY_BEGAN + dt.timedelta(days=1), STORY_BEGAN + dt.timedelta(days=1), None, None]
    return story_suggestion.build(documents, dates=dates)


# Invented: a report of the same town, its quay, its mayor and its harbour bath, sharing the story's words.
REPORT = ("Brinmouth harbour bath decking inspected", "Divers inspected the piles and the wooden decking of the "
          "harbour bath on Brinmouth's East Quay. Mayor Ida Kestle said the council would pay for any repairs from "
          "its reserve, and swimmers were told to stay out of the harbour while the divers worked.")


def test_a_report_dated_weeks_before_a_story_began_is_not_suggested_for_it():
    ranked = story_suggestion.rank(_matrix(), *REPORT, published=STORY_BEGAN - dt.timedelta(days=48))

    bath = next(match for match in ranked if match.story == "bath")
    assert bath.score >= story_suggestion.THRESHOLD  # its names and words are the story's ...
    assert bath.predates  # ... but it was written before the story's event
    assert story_suggestion.best(ranked)[0] is None


def test_a_report_dated_days_before_or_after_a_story_began_or_undated_is_suggested_for_it():
    for published in (STORY_BEGAN - dt.timedelta(days=2), STORY_BEGAN + dt.timedelta(days=90), None):
        ranked = story_suggestion.rank(_matrix(), *REPORT, published=published)

        assert story_suggestion.best(ranked)[0] == "bath", published


def test_a_story_whose_articles_are_undated_takes_a_report_of_any_date():
    documents = [("bath", story_suggestion.reporting(title, text)) for title, text in CLOSED]
    documents += [("rail", story_suggestion.reporting(title, text)) for title, text in OTHER]
    matrix = story_suggestion.build(documents)

    ranked = story_suggestion.rank(matrix, *REPORT, published=STORY_BEGAN - dt.timedelta(days=400))

    assert story_suggestion.best(ranked)[0] == "bath"


def test_a_story_begins_at_its_first_dated_article_other_than_the_one_left_out():
    documents = [("bath", story_suggestion.reporting(title, text)) for title, text in CLOSED]
    documents += [("rail", story_suggestion.reporting(title, text)) for title, text in OTHER]
    early = STORY_BEGAN - dt.timedelta(days=60)
    dates = [early, STORY_BEGAN, STORY_BEGAN, None, None]
    matrix = story_suggestion.build(documents, keys=list(range(len(documents))), dates=dates)

    # Filed itself, the early article does not make its story begin at its own date.
    ranked = story_suggestion.rank(matrix, *CLOSED[0], exclude=0, published=early)

    assert next(match for match in ranked if match.story == "bath").predates


@pytest.mark.django_db
def test_an_imported_report_dated_weeks_before_the_filed_story_began_is_not_suggested_for_it(empty_story,
                                                                                             make_article):
    from newsdesk.models import Story

    rail = Story.objects.create(slug="dorwick-rail-strike", title="Rail strike in Dorwick")
    for number, (title, text) in enumerate(CLOSED):
        make_article(text, story=empty_story, title=title, outlet=f"Outlet {number}",
                     published=(STORY_BEGAN + dt.timedelta(days=number)).isoformat())
    for number, (title, text) in enumerate(OTHER):
        make_article(text, story=rail, title=title, outlet=f"Rail outlet {number}")

    earlier = make_article(REPORT[1], title=REPORT[0], outlet="Quay Weekly",
                           published=(STORY_BEGAN - dt.timedelta(days=48)).isoformat())
    later = make_article(REPORT[1] + " The bath reopened in August.", title=REPORT[0], outlet="Quay Weekly",
                         published=(STORY_BEGAN + dt.timedelta(days=40)).isoformat())

    assert StoryMatch.objects.get(article=earlier).resembles is False
    # What is kept of it is its likeness to the best story it may belong to, not to the one it was written before.
    assert StoryMatch.objects.get(article=earlier).story == rail
    assert StoryMatch.objects.get(article=later).resembles is True
    story, _ = story_suggestion.suggest_story(REPORT[0], REPORT[1], published=STORY_BEGAN - dt.timedelta(days=48))
    assert story is None
    story, _ = story_suggestion.suggest_story(REPORT[0], REPORT[1])
    assert story == empty_story


def _dated_matrix(dates):
    documents = [("bath", story_suggestion.reporting(title, text)) for title, text in CLOSED]
    documents += [("rail", story_suggestion.reporting(title, text)) for title, text in OTHER]
    return story_suggestion.build(documents, dates=[*dates, None, None])


def test_an_ongoing_story_takes_a_report_dated_weeks_before_its_first_article():
    # Its dated articles are three months apart: a running subject, not one event, and an earlier report of it is
    # still its own.
    matrix = _dated_matrix([STORY_BEGAN, STORY_BEGAN + dt.timedelta(days=90), None])

    ranked = story_suggestion.rank(matrix, *REPORT, published=STORY_BEGAN - dt.timedelta(days=42))

    assert not next(match for match in ranked if match.story == "bath").predates
    assert story_suggestion.best(ranked)[0] == "bath"


def test_an_event_story_does_not_take_a_report_dated_weeks_before_its_first_article():
    matrix = _dated_matrix([STORY_BEGAN, STORY_BEGAN + dt.timedelta(days=story_suggestion.EVENT_WINDOW), None])

    ranked = story_suggestion.rank(matrix, *REPORT, published=STORY_BEGAN - dt.timedelta(days=42))

    assert story_suggestion.best(ranked)[0] is None


def test_a_story_with_one_dated_article_has_no_date_bound():
    # One date shows no span: the story may be a running subject; its undated articles say nothing of how long it runs.
    matrix = _dated_matrix([None, STORY_BEGAN, None])

    ranked = story_suggestion.rank(matrix, *REPORT, published=STORY_BEGAN - dt.timedelta(days=42))

    assert story_suggestion.best(ranked)[0] == "bath"


def test_a_story_with_two_dated_articles_days_apart_is_bound_by_the_first():
    matrix = _dated_matrix([None, STORY_BEGAN, STORY_BEGAN + dt.timedelta(days=3)])

    ranked = story_suggestion.rank(matrix, *REPORT, published=STORY_BEGAN - dt.timedelta(days=42))

    assert story_suggestion.best(ranked)[0] is None


def test_the_article_left_out_does_not_make_its_story_ongoing():
    late = STORY_BEGAN + dt.timedelta(days=200)
    documents = [("bath", story_suggestion.reporting(title, text)) for title, text in CLOSED]
    documents += [("rail", story_suggestion.reporting(title, text)) for title, text in OTHER]
    matrix = story_suggestion.build(documents, keys=list(range(len(documents))),
                                    dates=[STORY_BEGAN, STORY_BEGAN, late, None, None])

    # Compared with its story as if never filed, the late article leaves a story of one day.
    ranked = story_suggestion.rank(matrix, *CLOSED[2], exclude=2, published=STORY_BEGAN - dt.timedelta(days=42))

    assert next(match for match in ranked if match.story == "bath").predates


def test_the_time_before_a_story_is_said_as_an_editor_says_it():
    assert [story_suggestion.time_before(days) for days in (16, 21, 48, 90, 800)] == [
        "16 days", "3 weeks", "7 weeks", "3 months", "2 years"]


@pytest.fixture
def bath_story(make_article):
    """The harbour bath story filed, its articles dated from ``STORY_BEGAN``; beside it the rail strike."""
    from newsdesk.models import Story

    # A title with markup in it, which every page must print as text.
    bath = Story.objects.create(slug="brinmouth-bath", title="Brinmouth <b>harbour</b> bath")
    rail = Story.objects.create(slug="dorwick-rail-strike", title="Rail strike in Dorwick")
    for number, (title, text) in enumerate(CLOSED):
        make_article(text, story=bath, title=title, outlet=f"Outlet {number}",
                     published=(STORY_BEGAN + dt.timedelta(days=number)).isoformat())
    for number, (title, text) in enumerate(OTHER):
        make_article(text, story=rail, title=title, outlet=f"Rail outlet {number}")
    return bath


NOT_SUGGESTED = ("Not suggested: this article is dated 7 weeks before the first article of the story "
                 "“<bdi>Brinmouth &lt;b&gt;harbour&lt;/b&gt; bath</bdi>”")


@pytest.mark.django_db
def test_the_story_list_says_why_an_unfiled_report_dated_weeks_before_the_story_is_not_suggested_for_it(
        client, editor, bath_story, make_article):
    article = make_article(REPORT[1], title=REPORT[0], outlet="Quay Weekly",
                           published=(STORY_BEGAN - dt.timedelta(days=48)).isoformat())
    client.force_login(editor)

    html = client.get("/").content.decode()

    card = html.split(f'href="{article.get_absolute_url()}"')[1].split("</li>")[0]
    assert NOT_SUGGESTED in card
    assert "Suggested:" not in card


@pytest.mark.django_db
def test_the_story_list_says_nothing_of_dates_for_a_report_it_suggests_the_story_for(
        client, editor, bath_story, make_article):
    make_article(REPORT[1], title=REPORT[0], outlet="Quay Weekly",
                 published=(STORY_BEGAN + dt.timedelta(days=5)).isoformat())
    client.force_login(editor)

    html = client.get("/").content.decode()

    assert "Suggested: <bdi>Brinmouth &lt;b&gt;harbour&lt;/b&gt; bath" in html
    assert "Not suggested" not in html


@pytest.mark.django_db
def test_the_import_preview_says_why_a_report_dated_weeks_before_the_story_is_not_suggested_for_it(
        client, editor, bath_story):
    client.force_login(editor)
    fields = {"action": "preview", "format": "text", "text": REPORT[1], "title": REPORT[0],
              "new_outlet": "Quay Weekly"}

    earlier = client.post("/import/", {**fields, "published": (STORY_BEGAN - dt.timedelta(days=48)).isoformat()})
    later = client.post("/import/", {**fields, "published": (STORY_BEGAN + dt.timedelta(days=5)).isoformat()})

    html = earlier.content.decode()
    assert NOT_SUGGESTED in html
    # A warning of its own, one block of text: no offer to take the story.
    assert '<p class="warning" id="story-not-suggested" role="status">' in html
    assert "Use this story" not in html
    assert "Not suggested" not in later.content.decode()
    assert "Use this story" in later.content.decode()


@pytest.mark.django_db
def test_the_suggestion_api_names_the_story_a_report_dated_weeks_before_it_is_not_suggested_for(
        client, reviewer, bath_story):
    client.force_login(reviewer)
    # The page prints its date in its header, as the importer reads it: 48 days before the story began.
    dated = f"Quay Weekly\n{(STORY_BEGAN - dt.timedelta(days=48)):%d %B %Y}\n\n{REPORT[1]}"

    earlier = client.post("/api/stories/suggest", {"title": REPORT[0], "text": dated},
                          content_type="application/json").json()
    undated = client.post("/api/stories/suggest", {"title": REPORT[0], "text": REPORT[1]},
                          content_type="application/json").json()

    assert earlier["story"] is None
    assert earlier["not_suggested"] == {"story": "brinmouth-bath", "days_before": 48}
    assert undated["story"] == "brinmouth-bath"
    assert undated["not_suggested"] is None


def test_the_suggestion_api_takes_the_date_the_script_gives_before_the_pages_own(client, reviewer, bath_story):
    client.force_login(reviewer)
    given = (STORY_BEGAN - dt.timedelta(days=48)).isoformat()

    earlier = client.post("/api/stories/suggest", {"title": REPORT[0], "text": REPORT[1], "published": given},
                          content_type="application/json").json()

    assert earlier["story"] is None
    assert earlier["not_suggested"] == {"story": "brinmouth-bath", "days_before": 48}


@pytest.mark.parametrize("published", ["7 June", "2025-13-01", 20250601, ""])
def test_the_suggestion_api_refuses_a_date_that_is_no_day(client, reviewer, bath_story, published):
    client.force_login(reviewer)

    response = client.post("/api/stories/suggest", {"title": REPORT[0], "text": REPORT[1], "published": published},
                           content_type="application/json")

    assert response.status_code == 400
    assert "published" in response.json()["errors"]
