"""Filing an article into a story: for articles imported without one.

Filing writes an audit event and aligns the story again, so the comparison page shows the new article's
passages among the story's topics straight away.
"""

from django.db import transaction

from newsdesk import audit
from newsdesk.models import Article, PassagePlacement, Story


class FilingError(ValueError):
    """The article cannot be filed; the message says why, for the editor."""


def unfiled_articles():
    """Articles no story holds yet, newest import first."""
    unfiled = Article.objects.filter(story__isnull=True).select_related("outlet").defer("original_html")
    return unfiled.order_by("-imported_at", "-pk")


def file_article(article: Article, story: Story, actor) -> Article:
    """Put an unfiled article into ``story``, record who did it, and place its passages in the alignment."""
    from newsdesk.alignment import upkeep  # brings the aligner and NumPy: the story list needs neither

    with transaction.atomic():
        article = Article.objects.select_for_update().get(pk=article.pk)
        if article.story_id is not None:
            raise FilingError(f"“{article.title}” is already filed in a story.")
        before = audit.snapshot(article)
        article.story = story
        article.save(update_fields=["story"])
        audit.record(actor, "change", article, before=before)
        # Placements left from an earlier story would hide the passages from this story's alignment.
        PassagePlacement.objects.filter(passage__article=article).delete()
        article.story_match_after_filing = upkeep.after_filing(article, actor)
    return article
