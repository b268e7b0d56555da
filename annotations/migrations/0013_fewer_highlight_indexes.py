"""Fewer indexes on highlights, each one a page written with every highlight saved.

The article's and the reviewer's own indexes go: the indexes that start with the article, or with the reviewer,
serve every look-up by either. Who deleted a highlight is indexed only where it is set, so a new highlight writes
no entry for it. Only the indexes change (``DROP INDEX``): altering the fields in the database would rebuild the
table on SQLite and drop its triggers (``0011``, ``0012``).
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

TABLE = "annotations_annotation"
# The names Django gave the fields' indexes (the same on every database).
OWN_INDEXES = {
    "article_id": "annotations_annotation_article_id_22166e8b",
    "reviewer_id": "annotations_annotation_reviewer_id_f829edca",
    "deleted_by_id": "annotations_annotation_deleted_by_id_51a76601",
}


def drop(column: str) -> migrations.RunSQL:
    name = OWN_INDEXES[column]
    return migrations.RunSQL(
        f'DROP INDEX IF EXISTS "{name}"', reverse_sql=f'CREATE INDEX "{name}" ON "{TABLE}" ("{column}")'
    )


class Migration(migrations.Migration):

    dependencies = [
        ("annotations", "0012_live_tag_counts"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="annotation",
                    name="article",
                    field=models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.CASCADE,
                                            related_name="annotations", to="newsdesk.article"),
                ),
                migrations.AlterField(
                    model_name="annotation",
                    name="reviewer",
                    field=models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.PROTECT,
                                            related_name="annotations", to=settings.AUTH_USER_MODEL),
                ),
                migrations.AlterField(
                    model_name="annotation",
                    name="deleted_by",
                    field=models.ForeignKey(blank=True, db_index=False, null=True,
                                            on_delete=django.db.models.deletion.SET_NULL, related_name="+",
                                            to=settings.AUTH_USER_MODEL),
                ),
            ],
            database_operations=[drop("article_id"), drop("reviewer_id"), drop("deleted_by_id")],
        ),
        migrations.AddIndex(
            model_name="annotation",
            index=models.Index(condition=models.Q(("deleted_by__isnull", False)), fields=["deleted_by"],
                               name="annotation_deleted_by"),
        ),
    ]
