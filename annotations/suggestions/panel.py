"""The suggestions panel on the reader and the comparison grid: what its template needs."""

import json

from annotations.suggestions import decisions
from annotations.tags import TAG_BY_KEY


def panel_context(request, articles) -> dict:
    """What the suggestions panel needs on a page showing ``articles``; the list only when asked for
    (``?suggestions=on``), so a page without suggestions costs no query."""
    requested = request.GET.get("suggestions") == "on"
    listing = None
    if requested:
        listing = [
            {
                "suggestion": s, "article_id": article.pk, "quote": article.text[s.start : s.end],
                "label": TAG_BY_KEY[s.tag].label,
                "actions": (("annotations:suggestion-accept", "Accept"), ("annotations:suggestion-reject", "Reject")),
            }
            for article in articles
            for s in decisions.pending(article, request.user)
        ]
    return {
        "suggestions_requested": requested,
        "suggestion_list": listing,
        "suggestion_articles": [article.pk for article in articles],
        "suggestion_tag_labels": json.dumps({key: info.label for key, info in TAG_BY_KEY.items()}),
    }
