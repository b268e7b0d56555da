"""The page a highlight's details open on without JavaScript sits where the reader does: under its story."""

import pytest

pytestmark = pytest.mark.django_db


def test_the_details_page_leads_back_through_the_story_and_the_article(client, reviewer, seed_article):
    client.force_login(reviewer)

    html = client.get(f"/articles/{seed_article.pk}/highlights/").content.decode()

    crumbs = html[html.index('class="breadcrumbs"'):html.index("</nav>", html.index('class="breadcrumbs"'))]
    assert f'href="{seed_article.story.get_absolute_url()}"' in crumbs
    assert f'<a href="{seed_article.get_absolute_url()}"><bdi>The Independent</bdi></a>' in crumbs


def test_the_details_page_offers_a_way_back_instead_of_a_close_button_that_closes_nothing(client, reviewer,
                                                                                         seed_article):
    client.force_login(reviewer)

    html = client.get(f"/articles/{seed_article.pk}/highlights/").content.decode()

    assert "data-close-popover" not in html
    assert f'href="{seed_article.get_absolute_url()}">Back to the article</a>' in html


def test_the_popover_opened_on_the_reader_keeps_its_close_button(client, reviewer, seed_article):
    client.force_login(reviewer)

    html = client.get(f"/articles/{seed_article.pk}/highlights/", headers={"HX-Request": "true"}).content.decode()

    assert "data-close-popover" in html and "Back to the article" not in html
