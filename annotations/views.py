"""Pages that show articles together with reviewers' highlights."""

from django.shortcuts import get_object_or_404, render

from newsdesk.models import Article
from newsdesk.roles import requires


@requires("newsdesk.view_article")
def reader(request, pk):
    """One article, passage by passage, in a typographic reading view."""
    article = get_object_or_404(Article.objects.with_related(), pk=pk)
    passages = [
        {"index": p.index, "start": p.start, "end": p.end, "text": article.text[p.start : p.end]}
        for p in article.passages.all()
    ]
    return render(request, "annotations/reader.html", {"article": article, "passages": passages})
