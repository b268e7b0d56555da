"""``manage.py load_demo``: the seed story with people and their work, the same passwords on every run."""

import json
import re

import pytest
from django.contrib.auth import authenticate, get_user_model
from django.core.management import call_command

from annotations.models import Annotation, Assignment, ConsensusAnnotation
from annotations.workflow.adjudication import adjudication_for
from newsdesk.models import Article, AuditEvent

pytestmark = pytest.mark.django_db


def load(capsys, passwords_file, *args):
    call_command("load_demo", "--passwords-file", str(passwords_file), *args)
    return capsys.readouterr().out


def logins(output) -> dict:
    return dict(re.findall(r"│ (?:editor|reviewer)\s+(\w+)\s+(\S+)\s+│", output))


def test_demo_people_log_in_with_the_passwords_in_the_box(capsys, tmp_path):
    output = load(capsys, tmp_path / "demo.json", "--url", "http://127.0.0.1:8000/")

    shown = logins(output)
    assert set(shown) == {"eva", "ravi", "lena"}
    for username, password in shown.items():
        assert authenticate(username=username, password=password) is not None
    assert authenticate(username="eva", password=shown["eva"]).has_perm("annotations.add_consensusannotation")
    assert not authenticate(username="ravi", password=shown["ravi"]).has_perm("annotations.add_consensusannotation")
    assert authenticate(username="eva", password=shown["eva"]).has_perm("people.manage_people")
    assert output.rstrip().splitlines()[-1].startswith("└")
    assert "http://127.0.0.1:8000/" in output


def test_running_it_again_changes_nothing_and_keeps_the_passwords(capsys, tmp_path):
    first = load(capsys, tmp_path / "demo.json")
    counts = (Annotation.objects.count(), Assignment.objects.count(), ConsensusAnnotation.objects.count(),
              AuditEvent.objects.count())
    hashes = dict(get_user_model().objects.values_list("username", "password"))

    second = load(capsys, tmp_path / "demo.json")

    assert logins(second) == logins(first)
    assert json.loads((tmp_path / "demo.json").read_text()) == logins(first)
    assert (Annotation.objects.count(), Assignment.objects.count(), ConsensusAnnotation.objects.count(),
            AuditEvent.objects.count()) == counts
    # Not hashed again: sessions opened with the demo passwords stay valid.
    assert dict(get_user_model().objects.values_list("username", "password")) == hashes


def test_both_reviewers_highlight_every_seed_article_with_agreements_and_disagreements(capsys, tmp_path):
    load(capsys, tmp_path / "demo.json")

    for article in Article.objects.all():
        groups, reviewer_count = adjudication_for(article)
        assert reviewer_count == 2
        assert any(group.agreed for group in groups), article.title
        assert any(not group.agreed for group in groups), article.title


def test_every_demo_highlight_holds_the_words_it_was_made_from(capsys, tmp_path):
    load(capsys, tmp_path / "demo.json")

    for annotation in Annotation.objects.select_related("article"):
        assert annotation.article.text[annotation.start:annotation.end] == annotation.quote


def test_the_queue_and_the_consensus_have_content(capsys, tmp_path):
    load(capsys, tmp_path / "demo.json")

    assert Assignment.objects.filter(reviewer__username="ravi").count() == 3
    assert Assignment.objects.filter(done_at__isnull=False).count() == 1
    assert ConsensusAnnotation.objects.count() == 3


def test_a_password_changed_in_the_app_is_kept_and_not_shown(capsys, tmp_path):
    load(capsys, tmp_path / "demo.json")
    user = get_user_model().objects.get(username="lena")
    user.set_password("lena's own choice 2025")
    user.save()

    output = load(capsys, tmp_path / "demo.json")

    assert "changed in the app since" in output
    assert authenticate(username="lena", password="lena's own choice 2025") is not None


def test_the_demo_work_is_left_alone_once_changed(capsys, tmp_path, client):
    load(capsys, tmp_path / "demo.json")
    Annotation.objects.filter(reviewer__username="lena").first().soft_delete(by=None)
    live = Annotation.objects.live().count()

    load(capsys, tmp_path / "demo.json")

    assert Annotation.objects.live().count() == live


def test_the_demo_history_has_a_tag_change_in_plain_words(capsys, tmp_path):
    from annotations.history import describe_events

    load(capsys, tmp_path / "demo.json")

    events = AuditEvent.objects.filter(action="change", object_type="annotations.annotation")
    [(_event, sentence)] = describe_events(events)
    assert "ravi changed the tag of" in re.sub(r"<[^>]+>", "", str(sentence))
    assert "from Rhetoric to Attribution" in str(sentence)


def test_every_planned_demo_highlight_is_found_in_the_seed_text(capsys, tmp_path):
    call_command("load_demo", "--passwords-file", str(tmp_path / "demo.json"))

    assert capsys.readouterr().err == ""


def test_the_demo_editor_opening_an_article_is_told_how_to_see_the_reviewers_highlights(capsys, tmp_path, client):
    load(capsys, tmp_path / "demo.json")
    client.force_login(get_user_model().objects.get(username="eva"))
    article = Article.objects.order_by("pk").first()

    page = client.get(article.get_absolute_url()).content.decode()
    everyone = client.get(article.get_absolute_url() + "?all=1").content.decode()

    assert "You have no highlights on this article; lena and ravi have." in page
    assert f'href="{article.get_absolute_url()}?all=1"' in page
    assert "You have no highlights on this article" not in everyone
