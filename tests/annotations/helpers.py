"""Small builders for highlights, shared by the workflow tests."""

from annotations.models import CONTEXT_LENGTH, Annotation


def highlight(article, reviewer, start, end, tag="rhetoric", **fields):
    text = article.text
    return Annotation.objects.create(
        article=article, reviewer=reviewer, tag=tag, start=start, end=end, quote=text[start:end],
        prefix=text[max(0, start - CONTEXT_LENGTH) : start], suffix=text[end : end + CONTEXT_LENGTH], **fields,
    )
