"""The corpus's addresses: stories, filing, topic curation, the import form and the corpus JSON API.

Names live in the ``newsdesk`` namespace (``reverse("newsdesk:story-list")``); the slash rule is written
in ``annotations.urls``, which is mounted beside this one.
"""

from django.urls import path

from newsdesk import api
from newsdesk.views import importing, stories, topics

app_name = "newsdesk"

urlpatterns = [
    path("", stories.story_list, name="story-list"),
    path("stories/<slug:slug>/", stories.story_detail, name="story-detail"),
    path("stories/<slug:slug>/review-settings/", stories.story_review_settings, name="story-review-settings"),
    path("articles/<id:pk>/file/", stories.article_file, name="article-file"),
    path("stories/<slug:slug>/realign/", topics.story_realign, name="story-realign"),
    path("stories/<slug:slug>/topics/<id:topic_id>/rename/", topics.topic_rename, name="topic-rename"),
    path("stories/<slug:slug>/topics/<id:topic_id>/merge/", topics.topic_merge, name="topic-merge"),
    path("stories/<slug:slug>/passages/<id:passage_id>/move/", topics.passage_move, name="passage-move"),
    path("import/", importing.article_import, name="article-import"),
    path("api/stories/", api.stories, name="api-stories"),
    path("api/articles/", api.articles, name="api-articles"),
    path("api/stories/suggest", api.suggest, name="api-story-suggest"),
    path("api/stories/<slug:slug>/alignment", api.story_alignment, name="api-story-alignment"),
]
