"""Outlet-blind review: while a story is outlet-blind, reviewers see "Outlet A" instead of the masthead.

So that judgements are not coloured by who published an article, a reviewer of an outlet-blind story sees
neither the outlet's name nor the article's URL or byline, on any page or in the API. Each outlet gets a
stable letter within the story (by the order outlets were first stored, never by name, which would leak
it). Editors always see the real masthead: they set the story up and settle disagreements.
"""

from dataclasses import dataclass
from string import ascii_uppercase

from newsdesk.roles import is_editor


@dataclass(frozen=True)
class Masthead:
    outlet: str
    byline: str
    url: str
    hidden: bool


def hides_outlets(user, story) -> bool:
    return bool(story is not None and story.outlet_blind) and not is_editor(user)


def hidden_story_ids(user) -> frozenset[int]:
    """The stories whose outlets ``user`` may not see: every outlet-blind one, unless ``user`` is an editor.

    Filters must not reach into them by a real outlet name, or the answer would tell which letter it is."""
    if user is None or is_editor(user):
        return frozenset()
    from newsdesk.models import Story

    return frozenset(Story.objects.filter(outlet_blind=True).values_list("pk", flat=True))


def letters(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA, like spreadsheet columns."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = ascii_uppercase[rest] + name
    return name


def outlet_labels(story) -> dict[int, str]:
    outlet_ids = sorted(set(story.articles.values_list("outlet_id", flat=True)))
    return {outlet_id: f"Outlet {letters(i)}" for i, outlet_id in enumerate(outlet_ids)}


def masthead(article, user) -> Masthead:
    return attach_mastheads([article], user)[0].masthead


def attach_mastheads(articles, user):
    """Set ``article.masthead`` on each article, as ``user`` may see it; return the articles."""
    articles = list(articles)
    labels_by_story: dict[int, dict[int, str]] = {}
    editor = is_editor(user)
    for article in articles:
        story = article.story
        if story is None or not story.outlet_blind or editor:
            article.masthead = Masthead(article.outlet.name, article.byline, article.url, hidden=False)
            continue
        if story.pk not in labels_by_story:
            labels_by_story[story.pk] = outlet_labels(story)
        article.masthead = Masthead(
            labels_by_story[story.pk].get(article.outlet_id, "Outlet"), "", "", hidden=True
        )
    return articles
