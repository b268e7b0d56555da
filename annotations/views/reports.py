"""The reports page, its CSV downloads and the JSON summary: thin views over ``reports``.

The report modules (``aggregates`` and the filter form and tables built on it) bring NumPy and the digests
with them; each view imports them when it runs, so that starting the site does not.
"""

from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from annotations.claims.matrix import claims_summary
from annotations.interchange import spreadsheet_csv
from annotations.reports import charts
from annotations.tags import TAGS
from newsdesk.jsonbody import errors_response, json_response
from newsdesk.roles import requires


def source_for(request, form):
    """The highlights the report counts: the user may see them, in the layer chosen ("all" or "consensus")."""
    from annotations.reports.aggregates import annotation_source  # NumPy: see the module's docstring

    return annotation_source(request.user, form.filters().layer)


@requires("annotations.view_annotation")
@require_GET
def reports_page(request):
    """Tag mix per outlet, article and reviewer, where tags fall, who is cited, and agreement."""
    from annotations.reports.aggregates import build_report  # NumPy: see the module's docstring
    from annotations.reports.filters import ReportFilterForm

    form = ReportFilterForm(request.GET, user=request.user)
    report = build_report(form.filters(), source_for(request, form), request.user) if form.is_valid() else None
    context = {"form": form, "report": report, "query": request.GET.urlencode(),
               "tag_labels": {tag.key: tag.label for tag in TAGS}}
    if report is not None:
        tags = list(report.filters.tags)
        # Each chart twice: labels beside the bars, and above them for a phone (app.css shows one of the two).
        context["outlet_charts"] = [charts.stacked_share_bars(report.outlets, tags, narrow=narrow)
                                    for narrow in (False, True)]
        context["position_charts"] = [charts.position_strips(report.positions, narrow=narrow)
                                      for narrow in (False, True)]
        context["kappa_charts"] = [charts.kappa_bars(report.agreement["pairs"], narrow=narrow)
                                   for narrow in (False, True)]
        charts.mix_segments(report.topics, tags)
    status = 200 if report is not None else 400
    if request.htmx and request.htmx.target == "report-body":
        return render(request, "annotations/reports.html#report-body", context, status=status)
    return render(request, "annotations/reports.html", context, status=status)


@requires("annotations.view_annotation")
@require_GET
def report_csv(request, table):
    """One report table as CSV, filtered like the page it was downloaded from."""
    from annotations.reports import tables  # NumPy: see the module's docstring
    from annotations.reports.aggregates import build_report
    from annotations.reports.filters import ReportFilterForm

    if table not in tables.TABLES:
        raise Http404("No such report table.")
    form = ReportFilterForm(request.GET, user=request.user)
    if not form.is_valid():
        return errors_response(form.query_errors())
    report = build_report(form.filters(), source_for(request, form), request.user)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="newsdesk-{table}.csv"'
    writer = spreadsheet_csv.writer(response)
    for row in tables.rows(table, report):
        writer.writerow(row)
    return response


@requires("annotations.view_annotation")
@require_GET
def api_summary(request):
    """GET /api/reports/summary?story=SLUG: the reports page's numbers as JSON."""
    from annotations.reports.aggregates import build_report, summary_json  # NumPy: see the module's docstring
    from annotations.reports.filters import ReportFilterForm

    form = ReportFilterForm(request.GET, user=request.user)
    if not form.is_valid():
        status = 404 if "story" in form.errors else 400
        return errors_response(form.query_errors(), status)
    summary = summary_json(build_report(form.filters(), source_for(request, form), request.user))
    summary["claims"] = claims_summary(form.filters().story, request.user)
    return json_response(summary)
