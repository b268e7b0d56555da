import pytest
from django.contrib.auth import authenticate, get_user_model
from django.core.management import CommandError, call_command

pytestmark = pytest.mark.django_db
GOOD = "a long enough passphrase 42"


def test_createuser_with_password_from_the_environment_gets_the_role(monkeypatch):
    monkeypatch.setenv("NEWSDESK_PASSWORD", GOOD)

    call_command("createuser", "alice", "--role", "editor")

    user = authenticate(username="alice", password=GOOD)
    assert user is not None
    assert list(user.groups.values_list("name", flat=True)) == ["editor"]


def test_createuser_asks_for_the_password_twice(monkeypatch):
    monkeypatch.delenv("NEWSDESK_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    answers = iter([GOOD, GOOD])
    monkeypatch.setattr("getpass.getpass", lambda prompt: next(answers))

    call_command("createuser", "bob", "--role", "reviewer")

    assert authenticate(username="bob", password=GOOD).groups.filter(name="reviewer").exists()


def test_createuser_refuses_passwords_that_differ(monkeypatch):
    monkeypatch.delenv("NEWSDESK_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    answers = iter([GOOD, GOOD + "x"])
    monkeypatch.setattr("getpass.getpass", lambda prompt: next(answers))

    with pytest.raises(CommandError, match="do not match"):
        call_command("createuser", "bob", "--role", "reviewer")
    assert not get_user_model().objects.exists()


def test_createuser_applies_the_password_validators(monkeypatch):
    monkeypatch.setenv("NEWSDESK_PASSWORD", "password")

    with pytest.raises(CommandError, match="Password refused"):
        call_command("createuser", "carol", "--role", "reviewer")
    assert not get_user_model().objects.exists()


def test_createuser_without_terminal_or_variable_explains_what_to_do(monkeypatch):
    monkeypatch.delenv("NEWSDESK_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)

    with pytest.raises(CommandError, match="NEWSDESK_PASSWORD"):
        call_command("createuser", "dave", "--role", "reviewer")


def test_createuser_refuses_an_existing_name_and_an_unknown_role(monkeypatch, reviewer):
    monkeypatch.setenv("NEWSDESK_PASSWORD", GOOD)

    with pytest.raises(CommandError, match="already exists"):
        call_command("createuser", "Reviewer", "--role", "editor")
    with pytest.raises(CommandError, match="invalid choice"):
        call_command("createuser", "erin", "--role", "admin")


def test_createuser_has_no_password_argument():
    with pytest.raises(CommandError, match="unrecognized arguments"):
        call_command("createuser", "frank", "--role", "reviewer", "--password", GOOD)
