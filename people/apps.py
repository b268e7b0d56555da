from django.apps import AppConfig


class PeopleConfig(AppConfig):
    name = "people"
    verbose_name = "People"

    def ready(self):
        from django.contrib.auth.signals import user_logged_in

        from .passwords import note_one_time_password

        user_logged_in.connect(note_one_time_password, dispatch_uid="people-one-time-password")
