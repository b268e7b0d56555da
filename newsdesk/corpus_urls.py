from django.urls import path

from . import api, import_views, topic_views, views

urlpatterns = [
    path("", views.story_list, name="story-list"),
    path("stories/<slug:slug>/", views.story_detail, name="story-detail"),
    path("stories/<slug:slug>/review-settings/", views.story_review_settings, name="story-review-settings"),
    path("stories/<slug:slug>/realign/", topic_views.story_realign, name="story-realign"),
    path("stories/<slug:slug>/topics/<int:topic_id>/rename/", topic_views.topic_rename, name="topic-rename"),
    path("stories/<slug:slug>/topics/<int:topic_id>/merge/", topic_views.topic_merge, name="topic-merge"),
    path("stories/<slug:slug>/passages/<int:passage_id>/move/", topic_views.passage_move, name="passage-move"),
    path("articles/<int:pk>/file/", views.article_file, name="article-file"),
    path("import/", import_views.article_import, name="article-import"),
    path("api/stories/", api.stories, name="api-stories"),
    path("api/articles/", api.articles, name="api-articles"),
    path("api/stories/suggest", api.suggest, name="api-story-suggest"),
    path("api/stories/<slug:slug>/alignment", api.story_alignment, name="api-story-alignment"),
]
