"""Changing one's own password, mounted under ``/accounts/`` beside logging in and out.

Names are not namespaced (``password_change``, ``password_change_done``): Django's auth views and every
page's header use them so. The form is Django's, which here also spends a one-time password.
"""

from django.contrib.auth import views as auth_views
from django.urls import path

from newsdesk.roles import requires

from .views import PasswordChangeView

urlpatterns = [
    # Any logged-in person, whatever their role: no permission beyond being logged in.
    path("password/", requires()(PasswordChangeView.as_view()), name="password_change"),
    path("password/done/", auth_views.PasswordChangeDoneView.as_view(), name="password_change_done"),
]
