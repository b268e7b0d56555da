from django.contrib import admin
from django.urls import include, path

from newsdesk.health import healthz

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("accounts/", include("newsdesk.account_urls")),
    path("accounts/", include("people.account_urls")),
    path("admin/", admin.site.urls),
    path("", include("newsdesk.corpus_urls")),
    path("", include("annotations.urls")),
    path("", include("people.urls")),
]
