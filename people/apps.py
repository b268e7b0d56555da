from django.apps import AppConfig


class PeopleConfig(AppConfig):
    name = "people"
    verbose_name = "People"

    def ready(self):
        from django.contrib.auth.signals import user_logged_in, user_logged_out

        from .passwords import note_one_time_password

        user_logged_in.connect(note_one_time_password, dispatch_uid="people-one-time-password")
        user_logged_out.connect(say_logged_out, dispatch_uid="people-say-logged-out")


def say_logged_out(sender, request, user, **kwargs):
    """The login page a logout leads to says so (the message outlives the session the logout ends: it is
    kept on the request until the response stores it)."""
    from django.contrib import messages

    if request is not None and hasattr(request, "_messages"):
        messages.info(request, "You have logged out.")
