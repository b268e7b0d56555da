from django.apps import AppConfig


class AnnotationsConfig(AppConfig):
    name = "annotations"
    verbose_name = "Annotations: highlights, tags, reports"

    def ready(self):
        # A story's claims follow its articles: recomputed after an import, filing or correction commits.
        from annotations.claims import hooks

        hooks.connect()
