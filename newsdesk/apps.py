from django.apps import AppConfig
from django.db.models.signals import post_migrate


class NewsdeskConfig(AppConfig):
    name = "newsdesk"
    verbose_name = "Corpus: outlets, stories, articles"

    def ready(self):
        from django.urls import register_converter

        from newsdesk.input_checks import IdConverter

        # ``<id:pk>`` in every route that names a row: before any URL conf is read.
        register_converter(IdConverter, "id")
        # After every migrate, once permissions for new models exist, give the role groups theirs.
        post_migrate.connect(_sync_roles_once, dispatch_uid="newsdesk-sync-roles")


def _sync_roles_once(sender, **kwargs):
    from newsdesk.roles import MANAGED_APPS, sync_roles

    # Auth creates an app's permissions in its own post_migrate receiver, connected before this one.
    if sender.label in MANAGED_APPS:
        sync_roles()
