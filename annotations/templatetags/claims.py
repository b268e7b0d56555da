"""Claims in other pages: the claims matrix on the comparison page, the hint on a reader's factual-claim
highlight. Each is one tag, so a page takes them in one line without its view knowing about claims."""

from django import template

from annotations.claims import matrix
from annotations.claims.models import ClaimMention
from newsdesk.blinding import attach_mastheads
from newsdesk.models import Article, Passage
from newsdesk.outlet_order import by_outlet

register = template.Library()


@register.inclusion_tag("annotations/claims/_matrix.html", takes_context=True)
def claims_matrix(context, story, in_grid=True, claims=None):
    """The claims matrix of ``story`` as the requesting user may see it; ``in_grid`` when the grid is on
    the same page, so a mention's link jumps to its words there; ``claims``: the story's claims when the page has
    read them already."""
    request = context["request"]
    claims = matrix.story_claims(story, request.user) if claims is None else claims
    return {"story": story, "claims": claims, "in_grid": in_grid,
            "shared_only": request.GET.get("claims") == "shared", "request": request}


def _passage_index(article_id: int, offset: int) -> int | None:
    passage = Passage.objects.filter(article_id=article_id, start__lte=offset, end__gt=offset).only("index").first()
    return passage.index if passage else None


@register.inclusion_tag("annotations/claims/_hint.html", takes_context=True)
def claim_hint(context, annotation):
    """For a factual-claim highlight overlapping a claim mention: the outlets that also state the claim (with
    links to their words) and those that leave it out."""
    if annotation.tag != "factual_claim":
        return {"claim": None}
    mention = (ClaimMention.objects.filter(article_id=annotation.article_id, start__lt=annotation.end,
                                           end__gt=annotation.start)
               .select_related("claim__story").order_by("start").first())
    if mention is None:
        return {"claim": None}
    claim = mention.claim
    user = context["request"].user
    articles = attach_mastheads(by_outlet(Article.objects.filter(story_id=claim.story_id)
                                          .select_related("outlet", "story")), user)
    others = {}
    for other in claim.mentions.exclude(article_id=annotation.article_id).order_by("article_id", "start"):
        others.setdefault(other.article_id, other)
    also, absent = [], []
    for article in articles:
        if article.pk == annotation.article_id:
            continue
        if article.pk in others:
            other = others[article.pk]
            index = _passage_index(article.pk, other.start)
            also.append({"article": article, "mention": other,
                         "anchor": f"#passage-{index}" if index is not None else ""})
        else:
            absent.append(article)
    return {"claim": claim, "also": also, "absent": absent, "story": claim.story}
