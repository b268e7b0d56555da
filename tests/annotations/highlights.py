"""Highlights made straight through the ORM, anchored as the reader anchors them."""

import pytest

from annotations.anchoring import anchor
from annotations.models import Annotation


def highlight(article, reviewer, tag, start, end, **fields):
    return Annotation.objects.create(
        article=article, reviewer=reviewer, tag=tag, **anchor(article.text, start, end).fields(), **fields
    )


@pytest.fixture
def make_highlight(db):
    return highlight
