import pytest


@pytest.fixture
def admin(make_user):
    return make_user("ada", is_superuser=True, is_staff=True)


@pytest.fixture
def manager(make_user):
    """An editor an administrator allowed to manage people."""
    from django.contrib.auth.models import Permission

    user = make_user("mel", groups=("editor",))
    user.user_permissions.add(Permission.objects.get(codename="manage_people"))
    return user
