"""Fixtures shared by every test: users, the seed story, and small articles made to order."""

import itertools

import pytest
from django.contrib.auth import get_user_model

from newsdesk.importing import importer
from newsdesk.seeds import load_seeds

SEED_STORY = "north-korea-arms-russia"
_counter = itertools.count(1)


@pytest.fixture
def make_user(db):
    def make(username=None, password="correct horse battery staple", groups=(), **fields):
        from django.contrib.auth.models import Group

        username = username or f"user{next(_counter)}"
        user = get_user_model().objects.create_user(username=username, password=password, **fields)
        for name in groups:
            user.groups.add(Group.objects.get_or_create(name=name)[0])
        return user

    return make


@pytest.fixture
def reviewer(make_user):
    return make_user("reviewer", groups=("reviewer",))


@pytest.fixture
def other_reviewer(make_user):
    return make_user("other", groups=("reviewer",))


@pytest.fixture
def editor(make_user):
    return make_user("editor", groups=("editor",))


@pytest.fixture
def seed_story(db):
    load_seeds()
    from newsdesk.models import Story

    return Story.objects.get(slug=SEED_STORY)


@pytest.fixture
def empty_story(db):
    """A story without articles yet, as an editor makes it before importing the first one."""
    from newsdesk.models import Story

    return Story.objects.create(slug="salt-flats", title="Salt flats closure near Dunmerrow")


@pytest.fixture
def seed_articles(seed_story):
    return list(seed_story.articles.select_related("outlet").order_by("outlet__name"))


@pytest.fixture
def seed_article(seed_articles):
    """The Independent's article: the longest seed, with quotes and attribution."""
    return next(a for a in seed_articles if a.outlet.name == "The Independent")


@pytest.fixture
def make_article(db):
    def make(text, *, outlet="Test Outlet", story=None, title=None, **metadata):
        story_slug = story.slug if hasattr(story, "slug") else story
        name = f"article-{next(_counter)}.txt"
        result = importer.import_bytes(
            name, text.encode("utf-8"), story=story_slug, outlet=outlet,
            metadata={"title": title or f"Test article {next(_counter)}", **metadata},
        )
        return result.created[0]

    return make
