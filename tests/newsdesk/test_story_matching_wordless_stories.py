"""A story whose articles give the matcher no terms of one kind (a one-line notice, a caption: no word that names an
event) is still a story to match against: its empty columns weigh nothing, and the import that files such an
article, or any later one, goes through instead of failing."""

import json

import pytest

from newsdesk.importing import importer
from newsdesk.models import Article, StoryMatch


def import_line(**record):
    return importer.import_bytes("lines.jsonl", json.dumps({"outlet": "Veldmoor Post", **record}).encode())


@pytest.mark.django_db
@pytest.mark.parametrize("text", ["Quay.", "The quay."])
def test_an_article_of_no_event_words_files_into_a_new_story_and_the_next_import_is_matched(text):
    import_line(text=text, story="quay", story_title="The quay", title="Quay")
    unfiled = import_line(text="The quay at Veldmoor is shut for the winter, the harbour master said.",
                          title="Quay shut").created[0]

    assert Article.objects.count() == 2
    assert StoryMatch.objects.filter(article=unfiled).exists()


@pytest.mark.django_db
def test_the_browser_import_files_a_one_line_notice_into_a_new_story(client, editor):
    client.force_login(editor)

    response = client.post("/import/", {"text": "The quay.", "format": "text", "new_outlet": "Veldmoor Post",
                                        "new_story": "The quay", "title": "Quay", "action": "import"})

    assert response.status_code == 302
    assert Article.objects.get().story.title == "The quay"
