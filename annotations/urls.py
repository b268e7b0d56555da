"""The annotations app's addresses, mounted at the site's root beside the corpus's (``newsdesk.corpus_urls``).

Names live in the ``annotations`` namespace: ``reverse("annotations:article-detail", args=[pk])``.

Slash rule, for this app and the corpus: pages, forms' actions, collections and single objects end with a
slash (``/articles/3/``, ``/api/annotations/``, ``/api/annotations/3/``). A path that names a file ends with
its extension (``/reports/outlets.csv``, ``/api/export/annotations.jsonld``), and one under ``/api/`` that
names a computed answer about its parent or an action on it has no slash (``/api/annotations/counts``,
``/api/reports/summary``, ``/api/articles/3/suggestions``, ``.../suggestions/accept``). Each is registered
once; an old spelling that clients may still use redirects to it.
"""

from django.urls import path

from annotations.api import annotations as api
from annotations.api import exports
from annotations.views import adjudication, assignments, claims, compare, corrections, reader, reports, suggestions
from newsdesk.redirects import moved_to

app_name = "annotations"

urlpatterns = [
    # JSON API: highlights. First, as a highlight is saved on every click and each address tried before costs
    # a match (no other address here starts with "api/annotations").
    path("api/annotations/", api.annotations, name="api-annotations"),
    path("api/annotations/counts", api.annotation_counts, name="api-annotation-counts"),
    path("api/annotations/<id:pk>/", api.annotation, name="api-annotation"),
    # The reader and its highlights
    path("articles/<id:pk>/", reader.reader, name="article-detail"),
    path("articles/<id:pk>/highlights/", reader.annotation_details, name="annotation-details"),
    path("annotations/", reader.annotation_create, name="annotation-create"),
    path("annotations/<id:pk>/edit/", reader.annotation_edit, name="annotation-edit"),
    path("annotations/<id:pk>/delete/", reader.annotation_delete, name="annotation-delete"),
    # Corrections of the text, orphans and history
    path("articles/<id:pk>/correct/", corrections.article_correct, name="article-correct"),
    path("articles/<id:pk>/history/", corrections.article_history, name="article-history"),
    path("highlights/<id:pk>/restore/", corrections.annotation_restore, name="annotation-restore"),
    path("highlights/orphans/", corrections.orphan_list, name="orphan-list"),
    path("highlights/<id:pk>/place/", corrections.orphan_place, name="orphan-place"),
    path("highlights/<id:pk>/delete/", corrections.orphan_delete, name="orphan-delete"),
    # The comparison grid
    path("stories/<slug:slug>/compare/", compare.story_compare, name="story-compare"),
    # Claims across outlets: the matrix and report page, curation, the API
    path("stories/<slug:slug>/claims/", claims.story_claims_page, name="story-claims"),
    path("stories/<slug:slug>/claims/rerun/", claims.claims_rerun, name="claims-rerun"),
    path("stories/<slug:slug>/claims/outlets.csv", claims.claims_report_csv, name="claims-report-csv"),
    path("stories/<slug:slug>/claims/<id:pk>/rename/", claims.claim_rename, name="claim-rename"),
    path("stories/<slug:slug>/claims/<id:pk>/merge/", claims.claim_merge, name="claim-merge"),
    path("stories/<slug:slug>/claims/<id:pk>/split/", claims.claim_split, name="claim-split"),
    path("stories/<slug:slug>/mentions/<id:pk>/link/", claims.mention_link, name="mention-link"),
    path("stories/<slug:slug>/mentions/<id:pk>/unlink/", claims.mention_unlink, name="mention-unlink"),
    path("api/stories/<slug:slug>/claims", claims.api_story_claims, name="api-story-claims"),
    path("api/stories/<slug:slug>/claims/outlets", claims.api_claims_report, name="api-claims-report"),
    # Assignments and the review queue
    path("queue/", assignments.my_queue, name="my-queue"),
    path("articles/<id:pk>/done/", assignments.mark_done, name="article-mark-done"),
    path("stories/<slug:slug>/progress/", assignments.story_progress, name="story-progress"),
    path("stories/<slug:slug>/assign/", assignments.story_assign, name="story-assign"),
    path("assignments/<id:pk>/reopen/", assignments.assignment_reopen, name="assignment-reopen"),
    path("assignments/<id:pk>/delete/", assignments.assignment_delete, name="assignment-delete"),
    # Adjudication into the consensus layer
    path("articles/<id:pk>/adjudicate/", adjudication.adjudicate, name="article-adjudicate"),
    path("articles/<id:pk>/adjudicate/accept/", adjudication.consensus_accept, name="consensus-accept"),
    path(
        "articles/<id:pk>/adjudicate/accept-agreements/", adjudication.consensus_accept_agreements,
        name="consensus-accept-agreements",
    ),
    path("articles/<id:pk>/adjudicate/reject/", adjudication.consensus_reject, name="consensus-reject"),
    path("articles/<id:pk>/adjudicate/reopen/", adjudication.consensus_reopen, name="consensus-reopen"),
    path("consensus/<id:pk>/delete/", adjudication.consensus_delete, name="consensus-delete"),
    # Reports
    path("reports/", reports.reports_page, name="reports"),
    path("reports/<slug:table>.csv", reports.report_csv, name="report-csv"),
    path("api/reports/summary", reports.api_summary, name="api-report-summary"),
    # JSON API: the queue, exports (highlights are first, above)
    path("api/queue/", assignments.api_queue, name="api-queue"),
    path("api/export/annotations.<slug:fmt>", exports.export_annotations, name="api-export"),
    # Suggested highlights
    path("api/articles/<id:pk>/suggestions", suggestions.suggestion_list, name="suggestion-list"),
    path("api/articles/<id:pk>/suggestions/", moved_to("annotations:suggestion-list")),
    path("api/articles/<id:pk>/suggestions/accept", suggestions.suggestion_accept, name="suggestion-accept"),
    path("api/articles/<id:pk>/suggestions/reject", suggestions.suggestion_reject, name="suggestion-reject"),
    path(
        "api/articles/<id:pk>/suggestions/accept-all", suggestions.suggestion_accept_all,
        name="suggestion-accept-all",
    ),
]
