from django.urls import path

from . import correction_views, views

urlpatterns = [
    path("articles/<int:pk>/", views.reader, name="article-detail"),
    path("articles/<int:pk>/correct/", correction_views.article_correct, name="article-correct"),
    path("articles/<int:pk>/history/", correction_views.article_history, name="article-history"),
    path("highlights/<int:pk>/restore/", correction_views.annotation_restore, name="annotation-restore"),
    path("highlights/orphans/", correction_views.orphan_list, name="orphan-list"),
    path("highlights/<int:pk>/place/", correction_views.orphan_place, name="orphan-place"),
    path("highlights/<int:pk>/delete/", correction_views.orphan_delete, name="orphan-delete"),
]
