"""The page a highlight's details open on without JavaScript sits where the reader does: under its story."""

import pytest

pytestmark = pytest.mark.django_db


def test_the_details_page_leads_back_through_the_story_and_the_article(client, reviewer, seed_article):
    client.force_login(reviewer)

    html = client.get(f"/articles/{seed_article.pk}/highlights/").content.decode()

    crumbs = html[html.index('class="breadcrumbs"'):html.index("</nav>", html.index('class="breadcrumbs"'))]
    assert f'href="{seed_article.story.get_absolute_url()}"' in crumbs
    assert f'<a href="{seed_article.get_absolute_url()}">The Independent</a>' in crumbs
