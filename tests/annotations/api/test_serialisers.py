"""One shape for a highlight in JSON: the list, built from rows for speed, matches the one-highlight answer."""

import pytest

from annotations.api.serialisers import LIST_KEYS, highlight_json
from tests.annotations.helpers import highlight

pytestmark = pytest.mark.django_db


def test_the_list_and_a_single_highlight_have_the_same_fields_and_values(client, reviewer, make_article):
    article = make_article("Officials said the plan was “a disgrace”.\n\nTalks resume next week.")
    made = [highlight(article, reviewer, 0, 9, tag="attribution", note="who"), highlight(article, reviewer, 33, 42)]
    client.force_login(reviewer)

    listed = client.get("/api/annotations/", {"article": article.pk}).json()

    assert listed == [client.get(f"/api/annotations/{a.pk}/").json() for a in made]
    assert tuple(listed[0]) == LIST_KEYS == tuple(highlight_json(made[0]))


def test_plain_rows_give_the_orms_values_timestamps_included(reviewer, make_article):
    from annotations.api.serialisers import LIST_COLUMNS, plain_rows
    from annotations.models import Annotation

    article = make_article("Ministers 😀 said 北朝鮮 talks would resume.")
    highlight(article, reviewer, 0, 9, note="ö")
    highlight(article, reviewer, 12, 16)
    query = Annotation.objects.filter(article=article).values_list(*LIST_COLUMNS)

    fast, by_orm = plain_rows(query), list(query)

    assert [tuple(row) for row in fast] == [tuple(row) for row in by_orm]
    assert all(row[-3].utcoffset() is not None and row[-3].utcoffset().total_seconds() == 0 for row in fast)
