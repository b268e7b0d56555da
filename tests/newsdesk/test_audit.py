import pytest
from django.core.serializers.json import DjangoJSONEncoder

from newsdesk import audit
from newsdesk.models import Article, AuditEvent

pytestmark = pytest.mark.django_db


def test_import_records_who_created_the_article(client, editor):
    client.force_login(editor)

    client.post("/import/", {"action": "import", "format": "auto", "text": "A story.", "new_outlet": "X"})

    event = AuditEvent.objects.get(object_type="newsdesk.article")
    assert event.action == "create" and event.actor_name == "editor"
    assert event.changes["snapshot"]["text"] == "A story."
    assert "original_html" not in event.changes["snapshot"]


def test_change_records_only_the_fields_that_changed(make_article, editor):
    article = make_article("Some text.", title="Old title")
    before = audit.snapshot(article)
    article.title = "New title"
    article.save()

    event = audit.record(editor, "change", article, before=before)

    assert event.changes == {"title": ["Old title", "New title"]}
    assert event.article_id == article.pk
    assert list(audit.history(article))[0] == event


def test_unknown_action_is_refused(make_article, editor):
    with pytest.raises(ValueError):
        audit.record(editor, "publish", make_article("Text."))


def test_history_page_is_for_editors(client, make_article, reviewer, editor):
    article = make_article("Text.")

    client.force_login(reviewer)
    refused = client.get(f"/articles/{article.pk}/history/")
    client.force_login(editor)
    shown = client.get(f"/articles/{article.pk}/history/")

    assert refused.status_code == 403
    assert shown.status_code == 200 and "Changes" in shown.content.decode()


def test_admin_lists_audit_events_read_only(client, make_user, make_article):
    admin = make_user("boss", is_staff=True, is_superuser=True)
    make_article("Text.")
    client.force_login(admin)

    listing = client.get("/admin/newsdesk/auditevent/")
    add = client.get("/admin/newsdesk/auditevent/add/")

    assert listing.status_code == 200 and "created" in listing.content.decode()
    assert add.status_code == 403


def test_article_deleted_in_the_admin_leaves_its_snapshot_in_the_trail(client, make_user, make_article):
    admin_user = make_user("boss", is_staff=True, is_superuser=True)
    article = make_article("Text to remove.", title="Doomed")
    client.force_login(admin_user)

    client.post(f"/admin/newsdesk/article/{article.pk}/delete/", {"post": "yes"})

    event = AuditEvent.objects.get(action="delete", object_type="newsdesk.article")
    assert event.actor == admin_user and event.changes["snapshot"]["title"] == "Doomed"
    assert event.article_id is None  # the article is gone; the event stays


def test_creating_stores_the_row_and_an_event_that_names_it_as_stored(make_article, reviewer):
    from annotations.models import Annotation

    article = make_article("The minister said the talks had failed.")
    new = Annotation(article=article, reviewer=reviewer, tag="attribution", start=4, end=12, quote="minister")

    returned = audit.create(reviewer, new)

    stored, event = Annotation.objects.get(), AuditEvent.objects.get(object_type="annotations.annotation")
    assert new.pk == stored.pk and returned.pk == event.pk
    assert (event.action, event.actor, event.object_id, event.article_id) == ("create", reviewer, str(stored.pk),
                                                                                article.pk)
    assert event.object_repr == str(stored)
    assert event.changes == returned.changes == {"snapshot": audit.snapshot(stored)}


def test_creating_what_a_constraint_refuses_stores_neither_row_nor_event(make_article, reviewer):
    from django.db import IntegrityError

    from annotations.models import Annotation

    article = make_article("The minister said the talks had failed.")
    fields = {"article": article, "reviewer": reviewer, "tag": "attribution", "start": 4, "end": 12,
              "quote": "minister"}
    audit.create(reviewer, Annotation(**fields))

    with pytest.raises(IntegrityError):
        audit.create(reviewer, Annotation(**fields))

    assert Annotation.objects.count() == 1
    assert AuditEvent.objects.filter(object_type="annotations.annotation").count() == 1


def test_a_highlight_is_named_by_its_tags_label_as_its_choices_name_it(make_article, reviewer):
    from annotations.models import Annotation
    from annotations.tags import TAG_KEYS

    article = make_article("The minister said the talks had failed.")
    for tag in TAG_KEYS:
        highlight = Annotation(article=article, reviewer=reviewer, tag=tag, start=4, end=12, quote="minister")
        assert str(highlight) == f"{highlight.get_tag_display()} [4:12] by {reviewer}"
    unknown = Annotation(article=article, reviewer=reviewer, tag="gone", start=4, end=12, quote="minister")
    assert str(unknown) == f"{unknown.get_tag_display()} [4:12] by {reviewer}"  # the key itself


def test_a_snapshot_holds_every_column_but_the_skipped_ones_as_json_ready_values(make_article):
    article = make_article("Some text.", title="A title")
    expected = {field.attname: getattr(article, field.attname) for field in Article._meta.concrete_fields
                if field.name != "original_html"}
    expected["imported_at"] = DjangoJSONEncoder().default(article.imported_at)
    if article.published is not None:
        expected["published"] = DjangoJSONEncoder().default(article.published)
    assert audit.snapshot(article) == expected
    assert list(audit.snapshot(article)) == list(expected)  # in the fields' order


def test_deleting_a_user_keeps_their_events_under_their_name(make_article, make_user, editor):
    gone = make_user("gone", groups=("editor",))
    article = make_article("Some text.")
    mine = audit.record(gone, "change", article, changes={})
    theirs = audit.record(editor, "change", article, changes={})

    gone.delete()

    mine.refresh_from_db()
    theirs.refresh_from_db()
    assert (mine.actor_id, mine.actor_name) == (None, "gone")
    assert (theirs.actor_id, theirs.actor_name) == (editor.pk, "editor")
