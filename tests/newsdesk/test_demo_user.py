import pytest
from django.contrib.auth import authenticate
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def test_demo_user_gets_a_fresh_printed_password_that_logs_in(capsys):
    call_command("ensure_demo_user")
    first = capsys.readouterr().out
    call_command("ensure_demo_user")
    second = capsys.readouterr().out

    password = second.rsplit("password ", 1)[1].strip().strip("'")
    user = authenticate(username="demo", password=password)
    assert user is not None
    assert first != second
    assert {"reviewer", "editor"} <= set(user.groups.values_list("name", flat=True))
