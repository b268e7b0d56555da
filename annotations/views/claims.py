"""The claims of a story: the JSON API, the claims page (matrix, curation, per-outlet report), its CSV.

Thin views: ``annotations.claims.matrix`` reads, ``annotations.claims.curation`` changes,
``annotations.claims.store`` recomputes. Every curation form is a plain POST that redirects back, so it
works without JavaScript.
"""

from django.contrib import messages
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET, require_POST

from annotations.claims import matrix
from annotations.claims.models import Claim, ClaimMention
from annotations.interchange import spreadsheet_csv
from newsdesk.input_checks import parse_id
from newsdesk.jsonbody import error_response
from newsdesk.models import Story
from newsdesk.redirects import next_url
from newsdesk.roles import requires

CURATE = "annotations.change_claim"


@requires("newsdesk.view_story", "annotations.view_claim")
@require_GET
def api_story_claims(request, slug):
    """GET /api/stories/SLUG/claims: every claim of the story with its mentions (code-point offsets)."""
    story = Story.objects.filter(slug=slug).first()
    if story is None:
        return error_response(404, story=f"No story with slug {slug!r}.")
    return JsonResponse(matrix.claims_json(story, request.user))


@requires("newsdesk.view_story", "annotations.view_claim")
@require_GET
def api_claims_report(request, slug):
    """GET /api/stories/SLUG/claims/outlets: the per-outlet claims report as JSON."""
    story = Story.objects.filter(slug=slug).first()
    if story is None:
        return error_response(404, story=f"No story with slug {slug!r}.")
    return JsonResponse({"story": story.slug, "outlets": matrix.claims_summary(story, request.user)})


@requires("newsdesk.view_story", "annotations.view_claim")
@require_GET
def claims_report_csv(request, slug):
    """The per-outlet claims report as CSV."""
    story = get_object_or_404(Story, slug=slug)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="newsdesk-claims-{story.slug}.csv"'
    writer = spreadsheet_csv.writer(response)
    writer.writerow(["outlet", "claims_carried", "exclusive_claims", "shared_claims_omitted", "differing_mentions"])
    for row in matrix.outlet_report(story, request.user):
        writer.writerow([row.outlet, row.carried, row.exclusive, row.omitted, row.differing])
    return response


@requires("newsdesk.view_story", "annotations.view_claim")
@require_GET
def story_claims_page(request, slug):
    """The claims matrix with each outlet's report; editors curate claims here."""
    story = get_object_or_404(Story, slug=slug)
    data = matrix.story_claims(story, request.user)
    context = {
        "story": story,
        "claims": data,
        "report": matrix.outlet_report(story, request.user, data),
        "can_curate": request.user.has_perm(CURATE),
        "here": request.get_full_path(),
        "shared_only": request.GET.get("claims") == "shared",
    }
    return render(request, "annotations/claims/page.html", context)


def _curation():
    """``annotations.claims.curation``, imported on the first curation: it brings the claim finder and NumPy,
    which starting the site does not need."""
    from annotations.claims import curation

    return curation


def _back(request, story):
    return HttpResponseRedirect(next_url(request, f"/stories/{story.slug}/claims/"))


def _claim(story, pk):
    return get_object_or_404(Claim, story=story, pk=pk)


def _chosen_claim(story, value: str, missing: str) -> Claim:
    """The story's claim a form chose by id; ``CurationError(missing)`` when it chose none."""
    pk = parse_id(value)
    if pk is None:
        raise _curation().CurationError(missing)
    return _claim(story, pk)


def _curated(request, story, action):
    """Run one curation, with the editor's message for success or refusal; then go back."""
    curation = _curation()
    try:
        message = action()
    except curation.CurationError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, message)
    return _back(request, story)


@requires(CURATE)
@require_POST
def claims_rerun(request, slug):
    from annotations.claims.store import find_claims  # the claim finder and NumPy: loaded on the first re-run

    story = get_object_or_404(Story, slug=slug)
    run = find_claims(story)
    messages.success(request, f"Claims found again: {run.claims} claims, {run.kept_curated} curated kept.")
    return _back(request, story)


@requires(CURATE)
@require_POST
def claim_rename(request, slug, pk):
    story = get_object_or_404(Story, slug=slug)
    claim = _claim(story, pk)
    return _curated(request, story, lambda: _curation().rename(claim, request.POST.get("label", ""), request.user))


@requires(CURATE)
@require_POST
def claim_merge(request, slug, pk):
    story = get_object_or_404(Story, slug=slug)
    claim, into = _claim(story, pk), request.POST.get("into", "")
    return _curated(request, story, lambda: _curation().merge(
        claim, _chosen_claim(story, into, "Choose the claim to merge into."), request.user))


@requires(CURATE)
@require_POST
def mention_unlink(request, slug, pk):
    story = get_object_or_404(Story, slug=slug)
    mention = get_object_or_404(ClaimMention, claim__story=story, pk=pk)
    return _curated(request, story, lambda: _curation().unlink(mention, request.user))


@requires(CURATE)
@require_POST
def mention_link(request, slug, pk):
    """Move one mention into another claim of the story."""
    story = get_object_or_404(Story, slug=slug)
    mention = get_object_or_404(ClaimMention, claim__story=story, pk=pk)
    chosen = request.POST.get("claim", "")
    return _curated(request, story, lambda: _curation().link(
        mention, _chosen_claim(story, chosen, "Choose the claim to link this mention to."), request.user))


@requires(CURATE)
@require_POST
def claim_split(request, slug, pk):
    """Move the chosen mentions of a claim into a new claim."""
    story = get_object_or_404(Story, slug=slug)
    claim = _claim(story, pk)
    ids = [pk for pk in map(parse_id, request.POST.getlist("mentions")) if pk is not None]
    return _curated(request, story, lambda: _curation().split(claim, ids, request.POST.get("label", ""), request.user))
