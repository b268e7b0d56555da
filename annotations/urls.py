from django.urls import path

from . import (
    adjudication_views,
    assignment_views,
    compare_views,
    correction_views,
    report_views,
    suggestion_views,
    views,
)

urlpatterns = [
    path("articles/<int:pk>/", views.reader, name="article-detail"),
    path("articles/<int:pk>/correct/", correction_views.article_correct, name="article-correct"),
    path("articles/<int:pk>/history/", correction_views.article_history, name="article-history"),
    path("highlights/<int:pk>/restore/", correction_views.annotation_restore, name="annotation-restore"),
    path("highlights/orphans/", correction_views.orphan_list, name="orphan-list"),
    path("highlights/<int:pk>/place/", correction_views.orphan_place, name="orphan-place"),
    path("highlights/<int:pk>/delete/", correction_views.orphan_delete, name="orphan-delete"),
    path("articles/<int:pk>/done/", assignment_views.mark_done, name="article-mark-done"),
    path("articles/<int:pk>/adjudicate/", adjudication_views.adjudicate, name="article-adjudicate"),
    path("articles/<int:pk>/adjudicate/accept/", adjudication_views.consensus_accept, name="consensus-accept"),
    path(
        "articles/<int:pk>/adjudicate/accept-agreements/", adjudication_views.consensus_accept_agreements,
        name="consensus-accept-agreements",
    ),
    path("articles/<int:pk>/adjudicate/reject/", adjudication_views.consensus_reject, name="consensus-reject"),
    path("articles/<int:pk>/adjudicate/reopen/", adjudication_views.consensus_reopen, name="consensus-reopen"),
    path("consensus/<int:pk>/delete/", adjudication_views.consensus_delete, name="consensus-delete"),
    path("reports/", report_views.reports_page, name="reports"),
    path("reports/<slug:table>.csv", report_views.report_csv, name="report-csv"),
    path("api/reports/summary", report_views.api_summary, name="api-report-summary"),
    path("stories/<slug:slug>/compare/", compare_views.story_compare, name="story-compare"),
    path("queue/", assignment_views.my_queue, name="my-queue"),
    path("api/queue/", assignment_views.api_queue, name="api-queue"),
    path("stories/<slug:slug>/progress/", assignment_views.story_progress, name="story-progress"),
    path("stories/<slug:slug>/assign/", assignment_views.story_assign, name="story-assign"),
    path("assignments/<int:pk>/reopen/", assignment_views.assignment_reopen, name="assignment-reopen"),
    path("assignments/<int:pk>/delete/", assignment_views.assignment_delete, name="assignment-delete"),
    path("api/articles/<int:pk>/suggestions", suggestion_views.suggestion_list, name="suggestion-list"),
    path("api/articles/<int:pk>/suggestions/", suggestion_views.suggestion_list, name="suggestion-list-slash"),
    path("api/articles/<int:pk>/suggestions/accept", suggestion_views.suggestion_accept, name="suggestion-accept"),
    path("api/articles/<int:pk>/suggestions/reject", suggestion_views.suggestion_reject, name="suggestion-reject"),
    path(
        "api/articles/<int:pk>/suggestions/accept-all", suggestion_views.suggestion_accept_all,
        name="suggestion-accept-all",
    ),
]
