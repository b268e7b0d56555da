"""Small builders for highlights, shared by the workflow tests."""

from annotations.anchoring import anchor
from annotations.models import Annotation


def highlight(article, reviewer, start, end, tag="rhetoric", **fields):
    return Annotation.objects.create(
        article=article, reviewer=reviewer, tag=tag, **anchor(article.text, start, end).fields(), **fields
    )
