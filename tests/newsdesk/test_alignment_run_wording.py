"""What an alignment run changed, in words that say what happened to the passages: a passage from an article new
to the story, one moved here from another topic, one moved away; never a bare "1 joined, 1 left"."""

import pytest
from django.core.management import call_command

from newsdesk.models import AlignmentRun
from newsdesk.templatetags.alignment_words import topic_change

pytestmark = pytest.mark.django_db

FIRST = ("The ferry between the two islands will stop running on Friday, the operator said.\n\n"
         "The older boat needs repairs to its engine, a spokesperson said.\n\n"
         "Islanders who work on the mainland will be offered places on a chartered boat from Monday.\n")
SECOND = ("Ferry service halted: the operator said on Thursday that the older boat is out of service.\n\n"
          "A chartered boat sails from Monday for islanders who work on the mainland, the council said.\n\n"
          "The mayor called the halt a blow to the island.\n")


@pytest.mark.parametrize(("topic", "words"), [
    ({"new": True, "joined": 2, "left": 0, "added": 2}, "new topic with 2 passages"),
    ({"new": False, "joined": 2, "left": 1, "added": 1},
     "1 passage from a new article, 1 moved here from another topic, 1 moved to another topic"),
    ({"new": False, "joined": 1, "left": 0, "added": 0}, "1 passage moved here from another topic"),
    ({"new": False, "joined": 0, "left": 2, "added": 0}, "2 passages moved to another topic"),
    ({"new": False, "joined": 3, "left": 0, "added": 3}, "3 passages from a new article"),
    # A run recorded before runs told new passages apart.
    ({"new": False, "joined": 1, "left": 1}, "1 passage placed here, 1 moved to another topic"),
])
def test_a_topics_change_is_said_for_what_happened_to_its_passages(topic, words):
    assert topic_change(topic) == words


def test_the_first_run_that_compares_two_articles_says_what_moved(client, editor, tmp_path):
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(FIRST, encoding="utf-8")
    second.write_text(SECOND, encoding="utf-8")
    call_command("import_articles", str(first), "--story", "ferry", "--story-title", "Island ferry halted",
                 "--outlet", "Isle News", "--title", "Ferry to stop")
    call_command("import_articles", str(second), "--story", "ferry", "--outlet", "Coast Radio",
                 "--title", "Ferry halted")
    client.force_login(editor)

    page = client.get("/stories/ferry/compare/").content.decode()

    changes = AlignmentRun.objects.filter(story__slug="ferry").latest("pk").changes
    assert sum(topic.get("added", 0) for topic in changes["topics"]) == 3
    assert " joined" not in page
    assert "from a new article" in page


def test_a_rerun_by_an_editor_names_the_editor_once(client, editor, seed_story):
    client.force_login(editor)
    client.post(f"/stories/{seed_story.slug}/realign/")

    page = client.get(f"/stories/{seed_story.slug}/compare/").content.decode()

    assert f"(re-run by {editor.get_username()})" in page
    assert "by an editor by" not in page
