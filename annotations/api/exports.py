"""Export endpoints: a story's highlights as W3C JSON-LD, CSV or JSONL, streamed."""

from django.http import StreamingHttpResponse
from django.views.decorators.http import require_GET

from annotations.interchange.exports import Exporter, csv_rows, export_highlights, jsonl_lines
from newsdesk.jsonbody import error_response
from newsdesk.models import Story
from newsdesk.roles import requires

FORMATS = {
    "jsonld": "application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\"",
    "csv": "text/csv; charset=utf-8",
    "jsonl": "application/jsonl; charset=utf-8",
}


@requires("annotations.view_annotation")
@require_GET
def export_annotations(request, fmt):
    """GET /api/export/annotations.{jsonld,csv,jsonl}[?story=SLUG&layer=all|consensus]: highlights the user may see."""
    from annotations.reports.aggregates import ALL_REVIEWERS, LAYERS  # the reports bring NumPy: not at start-up

    if fmt not in FORMATS:
        return error_response(404, format=f"Unknown format {fmt!r}; use jsonld, csv or jsonl.")
    slug = request.GET.get("story")
    story = None
    if slug:
        story = Story.objects.filter(slug=slug).first()
        if story is None:
            return error_response(404, story=f"No story with slug {slug!r}.")
    layer = request.GET.get("layer") or ALL_REVIEWERS
    if layer not in dict(LAYERS):
        choices = ", ".join(dict(LAYERS))
        return error_response(layer=f"Unknown layer {layer!r}; use {choices}.")
    highlights = export_highlights(story, request.user, layer)
    exporter = Exporter(request.build_absolute_uri("/"), request.user)
    if fmt == "jsonld":
        label = f"Newsdesk highlights: {story.title}" if story else "Newsdesk highlights: every story"
        stream = exporter.jsonld(highlights, request.build_absolute_uri(), label)
    elif fmt == "csv":
        stream = csv_rows(highlights, exporter)
    else:
        stream = jsonl_lines(highlights)
    response = StreamingHttpResponse(stream, content_type=FORMATS[fmt])
    name = f"newsdesk-{story.slug if story else 'all'}-annotations.{fmt}"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
