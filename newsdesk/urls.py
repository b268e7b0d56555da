from django.contrib import admin
from django.urls import include, path

from newsdesk.health import healthz

# A form too large to read says the limit of an article's text (``newsdesk.views.errors``).
handler400 = "newsdesk.views.errors.bad_request"

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("accounts/", include("newsdesk.account_urls")),
    path("accounts/", include("people.account_urls")),
    path("admin/", admin.site.urls),
    # The annotations' addresses before the corpus's: a highlight is saved on every click, and each address
    # tried before its own costs a match. No address matches in both.
    path("", include("annotations.urls")),
    path("", include("newsdesk.corpus_urls")),
    path("", include("people.urls")),
]
