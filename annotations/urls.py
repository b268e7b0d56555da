from django.urls import path, re_path

from . import suggestion_views, views

urlpatterns = [
    path("articles/<int:pk>/", views.reader, name="article-detail"),
    re_path(r"^api/articles/(?P<pk>\d+)/suggestions/?$", suggestion_views.suggestion_list, name="suggestion-list"),
    path("api/articles/<int:pk>/suggestions/accept", suggestion_views.suggestion_accept, name="suggestion-accept"),
    path("api/articles/<int:pk>/suggestions/reject", suggestion_views.suggestion_reject, name="suggestion-reject"),
    path(
        "api/articles/<int:pk>/suggestions/accept-all", suggestion_views.suggestion_accept_all,
        name="suggestion-accept-all",
    ),
]
