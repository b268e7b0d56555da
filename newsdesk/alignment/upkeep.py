"""The alignment work done when the corpus changes, never when a page is read.

Importing articles into a story, filing an article and an editor's re-run align the story again and
record what changed (``AlignmentRun``); importing and filing also decide how each article matches the
stored stories (``StoryMatch``), so the story list can offer its suggestions and the comparison page its
warnings by reading rows. Pages and the JSON API only read.
"""

from newsdesk.alignment import clustering, story_suggestion
from newsdesk.models import AlignmentRun, Article

UNFILED_LIMIT = 500  # unfiled articles whose suggestion is refreshed when a story changes


def after_import(articles: list[Article], user=None) -> list:
    """Align every story the new articles went into, then match each article; return the ``StoryMatch``
    rows of articles filed into a story they do not resemble."""
    stories = {article.story_id: article.story for article in articles if article.story_id}
    for story in stories.values():
        clustering.align_story(story, trigger=AlignmentRun.Trigger.IMPORT, user=user)
    mismatches = []
    for article in articles:
        match = story_suggestion.match_article(article)
        if article.story_id and match is not None and not match.resembles:
            mismatches.append(match)
    new = {article.pk for article in articles}
    for story in stories.values():
        rematch_story(story, skip=new)
    if stories:
        refresh_unfiled()
    return mismatches


def after_filing(article: Article, user=None):
    """Align the story the article was filed into, and match the article against it; return the match."""
    clustering.align_story(article.story, trigger=AlignmentRun.Trigger.FILING, user=user)
    match = story_suggestion.match_article(article)
    rematch_story(article.story, skip={article.pk})
    refresh_unfiled()
    return match


def realign(story, trigger=AlignmentRun.Trigger.RERUN, user=None) -> AlignmentRun:
    """An editor's or the command's re-run: align the story again and decide again how each of its articles
    matches it."""
    run = clustering.align_story(story, trigger=trigger, user=user)
    rematch_story(story, every=True)
    return run


def rematch_story(story, skip: set | frozenset = frozenset(), every: bool = False) -> None:
    """The story changed: decide again how its articles (but ``skip``) resemble it. An article filed when the story
    held little else was compared with little, and the warning it drew must follow the story as it is now. A
    story that gains articles only grows nearer to the ones it holds, so on an import or a filing only the
    articles that drew a warning (or have no decision yet) are decided again, which keeps a filing quick however
    large the story; ``every`` decides again for all (a re-run)."""
    articles = Article.objects.filter(story=story).exclude(pk__in=skip).select_related("story")
    if not every:
        articles = articles.exclude(story_match__resembles=True)
    for article in articles:
        story_suggestion.match_article(article)


def refresh_unfiled() -> None:
    """A story changed: decide again which story each unfiled article looks like."""
    unfiled = Article.objects.filter(story__isnull=True).order_by("-imported_at", "-pk")[:UNFILED_LIMIT]
    for article in unfiled:
        story_suggestion.match_article(article)


def mismatch_message(article: Article, match) -> str:
    """The warning an editor gets on filing or importing an article into a story it does not resemble."""
    shared = ", ".join((match.shared_names or [])[:3] + (match.shared_terms or [])[:3])
    why = f"it shares only: {shared}" if shared else "it shares no distinctive words or names with it"
    return (f"“{article.title}” does not resemble the other articles of “{article.story.title}” "
            f"(score {match.score:.2f}, below {story_suggestion.THRESHOLD:.2f}; {why}). Check that it belongs there.")
