"""The logged-in user comes with their permissions in one query, and both are what Django's ModelBackend reads."""

import pytest
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Permission
from django.test import Client
from django.utils import timezone

from newsdesk.permission_backend import PermissionBackend

pytestmark = pytest.mark.django_db


def fresh(user):
    return type(user).objects.get(pk=user.pk)


def test_a_users_permissions_are_their_groups_and_their_own_read_in_one_query(reviewer, django_assert_num_queries):
    reviewer.user_permissions.add(Permission.objects.get(codename="change_story"))
    user = fresh(reviewer)

    with django_assert_num_queries(1):
        permissions = PermissionBackend().get_all_permissions(user)
        assert user.has_perm("newsdesk.change_story") and user.has_perm("annotations.add_annotation")

    assert permissions == ModelBackend().get_all_permissions(fresh(reviewer))
    assert "newsdesk.change_story" in permissions
    assert "annotations.add_annotation" in permissions
    assert "annotations.add_consensusannotation" not in permissions


def test_a_user_without_a_role_or_inactive_holds_nothing(make_user, editor):
    nobody = make_user()
    editor.is_active = False
    editor.save()

    assert PermissionBackend().get_all_permissions(fresh(nobody)) == set()
    assert PermissionBackend().get_all_permissions(fresh(editor)) == set()
    assert not fresh(editor).has_perm("newsdesk.change_story")


def test_a_superuser_holds_every_permission(make_user):
    admin = make_user(is_superuser=True, is_staff=True)

    assert len(PermissionBackend().get_all_permissions(fresh(admin))) == Permission.objects.count()


def test_the_logged_in_user_is_read_in_one_query_as_django_reads_it(reviewer, django_assert_num_queries):
    with django_assert_num_queries(1):
        user = PermissionBackend().get_user(reviewer.pk)

    expected = ModelBackend().get_user(reviewer.pk)
    assert [getattr(user, f.attname) for f in type(user)._meta.concrete_fields] == [
        getattr(expected, f.attname) for f in type(user)._meta.concrete_fields
    ]
    assert timezone.is_aware(user.date_joined)


def test_the_logged_in_user_comes_with_their_permissions(reviewer, django_assert_num_queries):
    reviewer.user_permissions.add(Permission.objects.get(codename="change_story"))

    with django_assert_num_queries(1):
        user = PermissionBackend().get_user(reviewer.pk)
        allowed = [user.has_perm(p) for p in ("annotations.add_annotation", "newsdesk.change_story",
                                              "annotations.add_consensusannotation")]

    assert allowed == [True, True, False]
    assert PermissionBackend().get_all_permissions(user) == ModelBackend().get_all_permissions(fresh(reviewer))


def test_an_inactive_or_deleted_user_is_logged_out(client, reviewer, make_user):
    client.force_login(reviewer)
    other = make_user()
    other_client = Client()
    other_client.force_login(other)

    reviewer.is_active = False
    reviewer.save()
    other.delete()

    assert PermissionBackend().get_user(reviewer.pk) is None
    assert client.get("/api/stories/").status_code == 401
    assert other_client.get("/api/stories/").status_code == 401
