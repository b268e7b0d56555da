import pytest


@pytest.fixture
def open_story(db):
    """A story that is not blind: reviewers see each other's highlights while they work."""
    from newsdesk.models import Story

    return Story.objects.create(title="Open story", slug="open-story", blind_annotation=False)


@pytest.fixture
def open_seed_article(seed_article):
    """The Independent's seed article, in a story opened up so reviewers see each other's highlights."""
    seed_article.story.blind_annotation = False
    seed_article.story.save(update_fields=["blind_annotation"])
    return seed_article
