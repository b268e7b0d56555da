from django.urls import path

from . import api, views

urlpatterns = [
    path("", views.story_list, name="story-list"),
    path("stories/<slug:slug>/", views.story_detail, name="story-detail"),
    path("api/stories/", api.stories, name="api-stories"),
    path("api/articles/", api.articles, name="api-articles"),
    path("api/stories/suggest", api.suggest, name="api-story-suggest"),
    path("api/stories/<slug:slug>/alignment", api.story_alignment, name="api-story-alignment"),
]
