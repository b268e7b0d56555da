from django.urls import path

from . import report_views, views

urlpatterns = [
    path("articles/<int:pk>/", views.reader, name="article-detail"),
    path("reports/", report_views.reports_page, name="reports"),
    path("reports/<slug:table>.csv", report_views.report_csv, name="report-csv"),
    path("api/reports/summary", report_views.api_summary, name="api-report-summary"),
]
