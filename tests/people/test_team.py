"""The team page: adding people with a one-time password, resetting, changing roles, deactivating."""

import re

import pytest
from django.contrib.auth import authenticate, get_user_model
from django.core import mail
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from annotations.models import Annotation
from newsdesk.models import AuditEvent
from people import team
from people.models import OneTimePassword

pytestmark = pytest.mark.django_db
User = get_user_model()


def one_time_password(response) -> str:
    return re.search(r'id="one-time-password"[^>]*>([^<]+)<', response.content.decode()).group(1)


def add(client, username="bob", role="reviewer", email=""):
    return client.post("/team/add/", {"username": username, "role": role, "email": email})


def test_an_administrator_adds_a_reviewer_and_sees_the_one_time_password_once(client, admin):
    client.force_login(admin)

    response = add(client, "bob", "reviewer", "bob@example.org")

    assert response.status_code == 201
    password = one_time_password(response)
    bob = User.objects.get(username="bob")
    assert list(bob.groups.values_list("name", flat=True)) == ["reviewer"]
    assert bob.email == "bob@example.org"
    assert authenticate(username="bob", password=password) == bob
    assert "no-store" in response["Cache-Control"]
    assert password not in client.get("/team/").content.decode()


def test_adding_a_person_is_in_the_audit_trail_without_the_password(client, admin):
    client.force_login(admin)

    password = one_time_password(add(client, "bob", "editor"))

    event = AuditEvent.objects.get(object_type="auth.user")
    assert (event.action, event.actor, event.object_repr) == ("create", admin, "bob")
    assert event.changes == {"snapshot": {"username": "bob", "email": "", "role": "editor"}}
    bob = User.objects.get(username="bob")
    assert password not in str(event.changes) and bob.password not in str(event.changes)


def test_a_username_already_taken_in_any_case_is_refused(client, admin, make_user):
    make_user("Bob")
    client.force_login(admin)

    response = add(client, "bob")

    assert response.status_code == 422
    assert "There is already an account called bob." in response.content.decode()
    assert User.objects.filter(username__iexact="bob").count() == 1


def test_nothing_is_sent_by_mail(client, admin):
    client.force_login(admin)

    add(client, "bob", email="bob@example.org")
    client.post(f"/team/{User.objects.get(username='bob').pk}/password/")

    assert mail.outbox == []


def test_first_login_with_a_one_time_password_leads_every_page_to_the_password_form(client, admin):
    client.force_login(admin)
    password = one_time_password(add(client, "bob"))
    client.logout()

    client.post("/accounts/login/", {"username": "bob", "password": password})

    assert client.get("/").url == "/accounts/password/"
    assert client.get("/reports/").url == "/accounts/password/"
    assert client.get("/api/stories/").status_code == 403
    assert "one-time password" in client.get("/api/stories/").json()["errors"]["password"][0]
    assert client.get("/queue/", headers={"HX-Request": "true"})["HX-Redirect"] == "/accounts/password/"
    form = client.get("/accounts/password/")
    assert form.status_code == 200 and "Choose your own password" in form.content.decode()


def test_choosing_a_new_password_ends_the_redirects(client, admin):
    client.force_login(admin)
    password = one_time_password(add(client, "bob"))
    client.logout()
    client.post("/accounts/login/", {"username": "bob", "password": password})

    response = client.post("/accounts/password/", {"old_password": password, "new_password1": "a long new secret 42",
                                                   "new_password2": "a long new secret 42"})

    assert response.status_code == 302
    assert client.get("/").status_code == 200
    assert not OneTimePassword.objects.exists()
    assert authenticate(username="bob", password="a long new secret 42") is not None


def test_logging_out_is_allowed_before_the_password_is_changed(client, admin):
    client.force_login(admin)
    password = one_time_password(add(client, "bob"))
    client.logout()
    client.post("/accounts/login/", {"username": "bob", "password": password})

    response = client.post("/accounts/logout/")

    assert response.status_code == 302 and response.url == "/accounts/login/"


def test_a_password_reset_makes_a_new_one_time_password_and_logs_the_person_out(admin, make_user):
    bob = make_user("bob", groups=("reviewer",))
    bobs_browser, admins_browser = Client(), Client()
    bobs_browser.post("/accounts/login/", {"username": "bob", "password": "correct horse battery staple"})
    admins_browser.force_login(admin)

    response = admins_browser.post(f"/team/{bob.pk}/password/")

    password = one_time_password(response)
    assert bobs_browser.get("/").url.startswith("/accounts/login/")
    assert authenticate(username="bob", password="correct horse battery staple") is None
    bobs_browser.post("/accounts/login/", {"username": "bob", "password": password})
    assert bobs_browser.get("/").url == "/accounts/password/"
    event = AuditEvent.objects.get(object_type="auth.user")
    assert (event.action, event.changes) == ("change", {"password": "reset"})


def test_a_role_change_moves_the_person_between_the_role_groups(client, admin, make_user):
    bob = make_user("bob", groups=("reviewer",))
    client.force_login(admin)

    response = client.post(f"/team/{bob.pk}/role/", {"role": "editor"})

    assert response.status_code == 302
    assert list(bob.groups.values_list("name", flat=True)) == ["editor"]
    assert User.objects.get(pk=bob.pk).has_perm("annotations.add_consensusannotation")
    event = AuditEvent.objects.get(object_type="auth.user")
    assert event.changes == {"role": ["reviewer", "editor"]}


def test_deactivating_keeps_the_person_and_their_highlights_but_ends_their_login(admin, make_user, make_article):
    bob = make_user("bob", groups=("reviewer",))
    article = make_article("Officials said the launch was reckless.")
    Annotation.objects.create(article=article, reviewer=bob, tag="rhetoric", start=0, end=9, quote="Officials")
    bobs_browser, admins_browser = Client(), Client()
    bobs_browser.force_login(bob)
    admins_browser.force_login(admin)

    admins_browser.post(f"/team/{bob.pk}/deactivate/")

    bob.refresh_from_db()
    assert not bob.is_active
    assert Annotation.objects.filter(reviewer=bob).count() == 1
    assert bobs_browser.get("/").url.startswith("/accounts/login/")
    assert authenticate(username="bob", password="correct horse battery staple") is None
    assert AuditEvent.objects.get(object_type="auth.user").changes == {"is_active": [True, False]}


def test_a_deactivated_person_can_be_reactivated(client, admin, make_user):
    bob = make_user("bob", groups=("reviewer",), is_active=False)
    client.force_login(admin)

    client.post(f"/team/{bob.pk}/reactivate/")

    assert authenticate(username="bob", password="correct horse battery staple") == bob


def test_the_team_page_lists_role_last_login_and_state(client, admin, make_user):
    make_user("bob", groups=("reviewer",))
    make_user("carol", groups=("editor",), is_active=False)
    client.force_login(admin)
    add(client, "dan")

    page = client.get("/team/").content.decode()

    rows = {m.group(1): m.group(0) for m in re.finditer(r'<tr class="team-row[^"]*" id="person-\d+">\s*<th[^>]*>'
                                                       r'<span class="team-name">(\w+)</span>.*?</tr>', page, re.S)}
    assert "Reviewer" in rows["bob"] and "Active" in rows["bob"] and "Never" in rows["bob"]
    assert "Deactivated" in rows["carol"] and "Reactivate" in rows["carol"]
    assert "Must change password" in rows["dan"]
    assert "Administrator" in rows["ada"] and "Your own account" in rows["ada"]


@pytest.mark.parametrize("url", ["/team/", "/team/add/", "/team/{pk}/password/", "/team/{pk}/role/",
                                 "/team/{pk}/deactivate/", "/team/{pk}/reactivate/", "/team/{pk}/managing/"])
def test_reviewers_and_editors_not_allowed_get_403(client, reviewer, editor, make_user, url):
    target = make_user("target", groups=("reviewer",))
    url = url.format(pk=target.pk)
    for user in (reviewer, editor):
        client.force_login(user)

        response = client.get(url) if url == "/team/" else client.post(url, {"role": "editor", "username": "x"})

        assert response.status_code == 403
    target.refresh_from_db()
    assert target.is_active and list(target.groups.values_list("name", flat=True)) == ["reviewer"]
    assert not User.objects.filter(username="x").exists()


def test_an_editor_the_administrator_allows_manages_people(client, admin, editor):
    client.force_login(admin)
    client.post(f"/team/{editor.pk}/managing/", {"allowed": "1"})
    client.force_login(editor)

    response = add(client, "bob")

    assert response.status_code == 201
    assert AuditEvent.objects.filter(object_type="auth.user", changes__manage_people=[False, True]).exists()


def test_an_allowed_editor_cannot_touch_an_administrator_or_grant_the_permission(client, admin, manager, editor):
    client.force_login(manager)

    client.post(f"/team/{admin.pk}/deactivate/")
    client.post(f"/team/{admin.pk}/password/")
    response = client.post(f"/team/{editor.pk}/managing/", {"allowed": "1"})

    admin.refresh_from_db()
    assert admin.is_active and admin.check_password("correct horse battery staple")
    assert not User.objects.get(pk=editor.pk).has_perm("people.manage_people")
    assert "Only an administrator decides" in client.get(response.url).content.decode()


def test_no_one_deactivates_themselves_or_changes_their_own_role(client, manager):
    client.force_login(manager)

    client.post(f"/team/{manager.pk}/deactivate/")
    client.post(f"/team/{manager.pk}/role/", {"role": "reviewer"})

    manager.refresh_from_db()
    assert manager.is_active and list(manager.groups.values_list("name", flat=True)) == ["editor"]


def test_making_an_allowed_editor_a_reviewer_withdraws_managing_people(client, admin, manager):
    client.force_login(admin)

    client.post(f"/team/{manager.pk}/role/", {"role": "reviewer"})

    assert not User.objects.get(pk=manager.pk).has_perm("people.manage_people")


def test_every_team_write_needs_the_csrf_token(admin, make_user):
    bob = make_user("bob", groups=("reviewer",))
    client = Client(enforce_csrf_checks=True)
    client.force_login(admin)

    responses = [client.post("/team/add/", {"username": "carol", "role": "reviewer"}),
                 client.post(f"/team/{bob.pk}/deactivate/"), client.post(f"/team/{bob.pk}/password/")]

    assert [r.status_code for r in responses] == [403, 403, 403]
    bob.refresh_from_db()
    assert bob.is_active and not User.objects.filter(username="carol").exists()


def test_the_team_page_reads_a_fixed_number_of_queries_however_many_people(client, admin, make_user):
    client.force_login(admin)
    make_user(groups=("reviewer",))
    client.get("/team/")

    before = queries_of(client, "/team/")
    for _ in range(5):
        make_user(groups=("editor",))
    after = queries_of(client, "/team/")

    assert after == before


def queries_of(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_recent_changes_on_the_team_page_are_sentences(client, admin, make_user):
    bob = make_user("bob", groups=("reviewer",))
    client.force_login(admin)
    client.post(f"/team/{bob.pk}/role/", {"role": "editor"})
    client.post(f"/team/{bob.pk}/deactivate/")
    add(client, "carol")

    page = client.get("/team/").content.decode()

    text = re.sub(r"<[^>]+>", "", page)
    assert "ada added carol as a reviewer" in text
    assert "ada made bob an editor (was a reviewer)" in text
    assert "ada deactivated bob" in text


def test_another_administrators_account_is_left_to_the_admin(client, admin, make_user):
    other = make_user("root2", is_superuser=True, is_staff=True)
    client.force_login(admin)

    response = client.post(f"/team/{other.pk}/deactivate/")

    other.refresh_from_db()
    assert other.is_active
    assert "managed in the admin" in client.get(response.url).content.decode()


def test_a_username_that_grows_past_the_limit_when_its_ligatures_are_written_plainly_is_refused(client, admin):
    client.force_login(admin)
    name = "\ufb03" * 100  # 100 characters; "ﬃ" is stored as "ffi", so 300

    response = add(client, name)

    assert response.status_code == 422 and "written plainly" in response.content.decode()
    assert not User.objects.filter(username__startswith="ffi").exists()
    with pytest.raises(team.TeamError, match="written plainly"):
        team.add_person(name, "reviewer", by=admin)
