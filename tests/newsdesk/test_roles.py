import pytest
from django.contrib.auth.models import Group

from newsdesk.roles import is_editor, role_of

pytestmark = pytest.mark.django_db


def test_migrations_create_reviewer_and_editor_groups_with_their_permissions():
    reviewer = Group.objects.get(name="reviewer")
    editor = Group.objects.get(name="editor")

    reviewer_perms = set(reviewer.permissions.values_list("codename", flat=True))
    editor_perms = set(editor.permissions.values_list("codename", flat=True))

    assert {"add_annotation", "change_annotation", "view_article"} <= reviewer_perms
    assert "change_article" not in reviewer_perms
    assert {"add_article", "change_story", "delete_outlet", "add_annotation"} <= editor_perms
    assert reviewer_perms < editor_perms


def test_editor_group_grants_corpus_permissions_and_reviewer_does_not(reviewer, editor):
    assert editor.has_perm("newsdesk.change_story")
    assert not reviewer.has_perm("newsdesk.change_story")
    assert reviewer.has_perm("annotations.add_annotation")
    assert is_editor(editor) and not is_editor(reviewer)
    assert role_of(reviewer) == "reviewer" and role_of(editor) == "editor"
