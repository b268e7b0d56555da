"""Highlights made straight through the ORM, anchored as the reader anchors them."""

import pytest

from annotations.models import CONTEXT_LENGTH, Annotation


def highlight(article, reviewer, tag, start, end, **fields):
    text = article.text
    return Annotation.objects.create(
        article=article, reviewer=reviewer, tag=tag, start=start, end=end, quote=text[start:end],
        prefix=text[max(0, start - CONTEXT_LENGTH) : start], suffix=text[end : end + CONTEXT_LENGTH], **fields,
    )


@pytest.fixture
def make_highlight(db):
    return highlight
