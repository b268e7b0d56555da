"""Signing in and out.

Django's password-reset pages are left out on purpose: Newsdesk sends no e-mail, so a forgotten password
is reset by an administrator on the team page (``/team/``), in the admin or with ``manage.py changepassword``.
"""

from django.contrib.auth import views as auth_views
from django.urls import path

urlpatterns = [
    path("login/", auth_views.LoginView.as_view(redirect_authenticated_user=True), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
]
# Changing one's password (``password_change``, ``password_change_done``) is in ``people.account_urls``: the
# same form also replaces a one-time password.
