"""Signing in and out.

Django's password-reset pages are left out on purpose: Newsdesk sends no e-mail, so a forgotten password
is reset by an administrator on the team page (``/team/``), in the admin or with ``manage.py changepassword``.
"""

from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.urls import path


class LogoutView(auth_views.LogoutView):
    """Django's logout (POST only), which then says so on the login page it leads to."""

    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        messages.info(request, "You have logged out.")
        return response


urlpatterns = [
    path("login/", auth_views.LoginView.as_view(redirect_authenticated_user=True), name="login"),
    path("logout/", LogoutView.as_view(), name="logout"),
]
# Changing one's password (``password_change``, ``password_change_done``) is in ``people.account_urls``: the
# same form also replaces a one-time password.
