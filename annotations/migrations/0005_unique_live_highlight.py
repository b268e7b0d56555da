"""One live highlight per reviewer, article, tag and span.

Duplicates made before the constraint existed are soft-deleted first (the oldest one stays), so an editor
can still see them in the article's history.
"""

from django.conf import settings
from django.db import migrations, models
from django.utils import timezone

SAME = ("article_id", "reviewer_id", "tag", "start", "end")


def delete_duplicates(apps, schema_editor):
    Annotation = apps.get_model("annotations", "Annotation")
    live = Annotation.objects.filter(deleted_at__isnull=True, orphaned=False)
    repeated = live.values(*SAME).annotate(copies=models.Count("pk")).filter(copies__gt=1)
    now = timezone.now()
    for group in repeated:
        extra = live.filter(**{field: group[field] for field in SAME}).order_by("pk").values_list("pk", flat=True)[1:]
        Annotation.objects.filter(pk__in=list(extra)).update(deleted_at=now)


class Migration(migrations.Migration):
    dependencies = [
        ("annotations", "0004_default_rhetoric_lexicon"),
        ("newsdesk", "0004_auditevent"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RunPython(delete_duplicates, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="annotation",
            constraint=models.UniqueConstraint(
                condition=models.Q(("deleted_at__isnull", True), ("orphaned", False)),
                fields=("article", "reviewer", "tag", "start", "end"),
                name="annotation_unique_live_highlight",
            ),
        ),
    ]
