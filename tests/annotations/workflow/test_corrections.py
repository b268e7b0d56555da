"""Correcting an article: passages follow their paragraphs, highlights are re-anchored, orphans are kept."""

import pytest
from django.test import Client

from annotations.anchoring import anchor
from annotations.models import Annotation
from annotations.workflow.corrections import correct_article
from newsdesk.importing import ingest
from newsdesk.models import AuditEvent, Passage

pytestmark = pytest.mark.django_db

TEXT = ("Officials said the talks failed on Monday.\n\n"
        "The minister called the plan “a disgrace” in a statement.\n\n"
        "Talks resume next week, officials said.")


@pytest.fixture
def article(make_article):
    return make_article(TEXT, title="Talks fail")


@pytest.fixture
def highlight(reviewer, article):
    def make(quote, user=None, tag="rhetoric", **fields):
        start = article.text.index(quote)
        return Annotation.objects.create(article=article, reviewer=user or reviewer, tag=tag,
                                         **anchor(article.text, start, start + len(quote)).fields(), **fields)

    return make


def test_correction_moves_highlights_before_inside_and_after_the_change(article, highlight, editor):
    before = highlight("Officials said")
    inside = highlight("the talks failed on Monday")
    after = highlight("“a disgrace”")
    new_text = TEXT.replace("the talks failed", "the peace talks failed").replace("Officials", "UPDATED: Officials")

    report = correct_article(article, new_text, by=editor)

    for annotation in (before, inside, after):
        annotation.refresh_from_db()
        assert annotation.quote == new_text[annotation.start : annotation.end]
        assert not annotation.orphaned
    assert before.quote == "Officials said"
    assert inside.quote == "the peace talks failed on Monday"
    assert after.quote == "“a disgrace”" and after.prefix.endswith("called the plan ")
    assert report.counts["adjusted"] == 1 and report.placed == 3


def test_highlight_whose_words_were_removed_becomes_an_orphan_not_a_loss(article, highlight, editor):
    gone = highlight("called the plan “a disgrace”")
    new_text = TEXT.replace("The minister called the plan “a disgrace” in a statement.\n\n", "")

    report = correct_article(article, new_text, by=editor)

    gone.refresh_from_db()
    assert gone.orphaned and gone.quote == "called the plan “a disgrace”"
    assert report.orphans == [gone]
    assert gone not in Annotation.objects.live()
    assert list(Annotation.objects.orphans()) == [gone]


def test_passages_are_recomputed_and_keep_their_rows(article, editor):
    old_ids = list(article.passages.values_list("pk", flat=True))
    new_text = "A new first paragraph.\n\n" + TEXT.replace("next week", "on Thursday")

    correct_article(article, new_text, by=editor)

    passages = list(Passage.objects.filter(article=article).order_by("index"))
    assert [new_text[p.start : p.end] for p in passages] == new_text.split("\n\n")
    assert [p.pk for p in passages[1:]] == old_ids


def test_correction_is_recorded_with_the_previous_text(article, highlight, editor):
    moved = highlight("in a statement")

    correct_article(article, "Breaking.\n\n" + TEXT, by=editor)

    article_event = AuditEvent.objects.get(object_type="newsdesk.article", action="change")
    assert article_event.actor == editor and article_event.changes["text"]["previous_text"] == TEXT
    highlight_event = AuditEvent.objects.get(object_type="annotations.annotation", object_id=str(moved.pk))
    assert highlight_event.changes["reanchored"] == "moved"
    assert highlight_event.article_id == article.pk


def test_same_text_is_refused_and_nothing_changes(article, editor):
    with pytest.raises(ingest.IngestError, match="same as the current one"):
        correct_article(article, TEXT, by=editor)

    assert not AuditEvent.objects.filter(action="change").exists()


def test_text_of_another_article_is_refused(article, make_article, editor):
    other = make_article("Something else entirely.")

    with pytest.raises(ingest.IngestError, match=f"already stored as article {other.pk}"):
        correct_article(article, "Something else entirely.", by=editor)


def test_editor_previews_then_saves_a_correction(client, article, highlight, editor):
    highlight("called the plan “a disgrace”")
    client.force_login(editor)
    new_text = TEXT.replace("The minister called the plan “a disgrace” in a statement.", "The minister spoke.")

    preview = client.post(f"/articles/{article.pk}/correct/", {"text": new_text, "action": "preview"})
    article.refresh_from_db()
    assert article.text == TEXT
    assert "cannot be placed and are kept as orphans" in preview.content.decode()
    assert preview.context["report"].counts["orphaned"] == 1

    saved = client.post(f"/articles/{article.pk}/correct/", {"text": new_text, "action": "save"}, follow=True)

    article.refresh_from_db()
    assert article.text == new_text
    assert "1 could not be placed" in saved.content.decode()


def test_empty_correction_is_refused_on_the_form(client, article, editor):
    client.force_login(editor)

    response = client.post(f"/articles/{article.pk}/correct/", {"text": "  \n ", "action": "save"})

    assert response.status_code == 422
    article.refresh_from_db()
    assert article.text == TEXT


@pytest.mark.parametrize("action", ["preview", "save"])
def test_a_correction_longer_than_an_import_may_be_is_refused_with_the_limit(client, article, editor, settings,
                                                                             action):
    # A corrected text becomes the article's text, as an import's does: the same limit, said the same way.
    settings.NEWSDESK_MAX_IMPORT_BYTES = 400
    client.force_login(editor)
    longer = TEXT + "\n\n" + "The harbour of Veldmoor stays shut, the pilots’ guild said. " * 8

    response = client.post(f"/articles/{article.pk}/correct/", {"text": longer, "action": action})

    assert response.status_code == 422
    assert "The corrected text is 644\xa0bytes; imports are limited to 400\xa0bytes at a time." in (
        response.content.decode())
    article.refresh_from_db()
    assert article.text == TEXT


def test_a_correction_within_the_import_limit_is_saved(client, article, editor, settings):
    settings.NEWSDESK_MAX_IMPORT_BYTES = 400
    client.force_login(editor)
    shorter = TEXT.replace("on Monday", "on Tuesday")

    response = client.post(f"/articles/{article.pk}/correct/", {"text": shorter, "action": "save"})

    assert response.status_code == 302
    article.refresh_from_db()
    assert article.text == shorter


def test_reviewer_cannot_correct_an_article(client, article, reviewer):
    client.force_login(reviewer)

    assert client.get(f"/articles/{article.pk}/correct/").status_code == 403
    assert client.post(f"/articles/{article.pk}/correct/", {"text": "x", "action": "save"}).status_code == 403


def test_owner_places_an_orphan_again(client, article, highlight, reviewer, editor):
    orphan = highlight("“a disgrace”")
    correct_article(article, TEXT.replace("“a disgrace”", "unworkable"), by=editor)
    client.force_login(reviewer)

    listing = client.get("/highlights/orphans/").content.decode()
    found = client.get(f"/highlights/{orphan.pk}/place/", {"words": "unworkable"})
    place = found.context["places"][0]
    client.post(f"/highlights/{orphan.pk}/place/", {"start": place["start"], "end": place["end"]})

    orphan.refresh_from_db()
    assert "“a disgrace”" in listing and "Orphans" in listing
    assert not orphan.orphaned and orphan.quote == "unworkable"
    assert orphan in Annotation.objects.live()


def test_owner_deletes_an_orphan_softly_and_an_editor_restores_it(client, article, highlight, reviewer, editor):
    orphan = highlight("“a disgrace”")
    correct_article(article, TEXT.replace(" “a disgrace”", ""), by=editor)
    client.force_login(reviewer)

    client.post(f"/highlights/{orphan.pk}/delete/")
    orphan.refresh_from_db()
    assert orphan.deleted_at and orphan.deleted_by == reviewer

    client.force_login(editor)
    history = client.get(f"/articles/{article.pk}/history/").content.decode()
    client.post(f"/highlights/{orphan.pk}/restore/")

    orphan.refresh_from_db()
    assert "Deleted highlights" in history and "“a disgrace”" in history
    assert orphan.deleted_at is None
    actions = list(AuditEvent.objects.filter(object_id=str(orphan.pk),
                                             object_type="annotations.annotation").values_list("action", flat=True))
    assert actions[:2] == ["restore", "delete"]


def test_only_the_owner_places_or_deletes_an_orphan(client, article, highlight, other_reviewer, editor):
    orphan = highlight("“a disgrace”")
    correct_article(article, TEXT.replace(" “a disgrace”", ""), by=editor)
    client.force_login(other_reviewer)

    assert client.post(f"/highlights/{orphan.pk}/delete/").status_code == 403
    assert client.get(f"/highlights/{orphan.pk}/place/").status_code == 403
    orphan.refresh_from_db()
    assert orphan.deleted_at is None


def test_orphan_count_shows_in_the_owners_menu_only(client, article, highlight, reviewer, other_reviewer, editor):
    highlight("“a disgrace”")
    correct_article(article, TEXT.replace(" “a disgrace”", ""), by=editor)

    client.force_login(reviewer)
    mine = client.get("/").content.decode()
    client.force_login(other_reviewer)
    theirs = client.get("/").content.decode()

    assert 'href="/highlights/orphans/">Orphans' in mine
    assert "/highlights/orphans/" not in theirs


def test_restore_needs_an_editor_and_a_csrf_token(article, highlight, reviewer, editor):
    deleted = highlight("in a statement")
    deleted.soft_delete(by=reviewer)
    csrf_client = Client(enforce_csrf_checks=True)
    csrf_client.force_login(editor)
    reviewer_client = Client()
    reviewer_client.force_login(reviewer)

    assert csrf_client.post(f"/highlights/{deleted.pk}/restore/").status_code == 403
    assert reviewer_client.post(f"/highlights/{deleted.pk}/restore/").status_code == 403
    deleted.refresh_from_db()
    assert deleted.deleted_at is not None


def test_consensus_highlights_follow_the_correction_or_are_removed_with_a_record(article, editor):
    from annotations.models import ConsensusAnnotation

    def agreed(quote):
        start = TEXT.index(quote)
        return ConsensusAnnotation.objects.create(article=article, tag="rhetoric", decided_by=editor,
                                                  **anchor(TEXT, start, start + len(quote)).fields())

    first, second, gone = agreed("Officials said"), agreed("talks failed"), agreed("“a disgrace”")
    new_text = "Update.\n\n" + TEXT.replace(" “a disgrace”", "")

    report = correct_article(article, new_text, by=editor)

    first.refresh_from_db()
    second.refresh_from_db()
    assert new_text[first.start : first.end] == "Officials said"
    assert new_text[second.start : second.end] == "talks failed"
    assert report.consensus_placed == 2 and report.consensus_removed == [gone]
    assert not ConsensusAnnotation.objects.filter(pk=gone.pk).exists()
    removed = AuditEvent.objects.get(object_type="annotations.consensusannotation", action="delete")
    assert removed.changes["snapshot"]["quote"] == "“a disgrace”"


@pytest.mark.parametrize("action", ["preview", "save"])
def test_a_correction_far_over_the_limit_is_refused_with_the_limit_before_it_is_read(client, article, editor,
                                                                                     settings, action):
    # Past what the server reads of a form at all, the refusal still says the limit, and nothing is saved.
    settings.NEWSDESK_MAX_IMPORT_BYTES = 400
    client.force_login(editor)
    far_longer = TEXT + "\n\n" + "The ferry to Orlisk runs again, the harbour master said. " * 4000
    events = AuditEvent.objects.filter(article=article).count()

    response = client.post(f"/articles/{article.pk}/correct/", {"text": far_longer, "action": action})

    page = response.content.decode()
    assert response.status_code == 413
    assert "imports are limited to 400\xa0bytes at a time" in page
    assert "The corrected text is 2" in page  # its size, in kilobytes
    article.refresh_from_db()
    assert article.text == TEXT
    assert AuditEvent.objects.filter(article=article).count() == events


def test_a_correction_past_what_the_server_reads_of_a_form_is_refused_with_the_limit(client, article, editor,
                                                                                      settings):
    settings.NEWSDESK_MAX_IMPORT_BYTES = 100_000
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 2_000
    client.force_login(editor)
    longer = TEXT + "\n\n" + "The ferry to Orlisk runs again, the harbour master said. " * 60

    response = client.post(f"/articles/{article.pk}/correct/", {"text": longer, "action": "save"})

    assert response.status_code == 413
    assert "imports are limited to 97.7\xa0KB at a time" in response.content.decode()
    article.refresh_from_db()
    assert article.text == TEXT


@pytest.mark.parametrize("blank", ["  \n ", "\n\n\n", "\t \r\n\u00a0", "\u200f\u2060 \n"])
def test_a_correction_of_spaces_and_line_breaks_alone_says_it_holds_no_text(client, article, editor, blank):
    client.force_login(editor)

    response = client.post(f"/articles/{article.pk}/correct/", {"text": blank, "action": "save"})

    page = response.content.decode()
    assert response.status_code == 422
    assert "The corrected text holds no text: only spaces, line breaks or marks that show nothing." in page
    assert "file is empty" not in page
    article.refresh_from_db()
    assert article.text == TEXT


def test_a_correction_past_what_the_server_reads_is_refused_with_the_limit_through_the_csrf_check(article, editor,
                                                                                                settings):
    # As a browser posts it: the CSRF check reads the form before the page's view does, and so meets the body
    # that is too large first; the refusal still says the limit, and nothing is saved.
    settings.NEWSDESK_MAX_IMPORT_BYTES = 100_000
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 2_000
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(editor)
    browser.get(f"/articles/{article.pk}/correct/")
    token = browser.cookies["csrftoken"].value
    longer = TEXT + "\n\n" + "The ferry to Orlisk runs again, the harbour master said. " * 60

    response = browser.post(f"/articles/{article.pk}/correct/",
                            {"text": longer, "action": "save", "csrfmiddlewaretoken": token})

    page = response.content.decode()
    assert response.status_code == 413
    assert "limited to 97.7\xa0KB at a time" in page and "Nothing was saved." in page
    article.refresh_from_db()
    assert article.text == TEXT
