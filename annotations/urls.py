from django.urls import path

from . import api, views

urlpatterns = [
    path("articles/<int:pk>/", views.reader, name="article-detail"),
    path("articles/<int:pk>/highlights/", views.annotation_details, name="annotation-details"),
    path("annotations/", views.annotation_create, name="annotation-create"),
    path("annotations/<int:pk>/edit/", views.annotation_edit, name="annotation-edit"),
    path("annotations/<int:pk>/delete/", views.annotation_delete, name="annotation-delete"),
    path("api/annotations/", api.annotations, name="api-annotations"),
    path("api/annotations/<int:pk>/", api.annotation, name="api-annotation"),
]
