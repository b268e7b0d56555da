"""The audit trail's article column loses its own index: the (article, -created_at) index serves every look-up
by article, and each index is one more page written with every event. Only the index goes (``DROP INDEX``)."""

import django.db.models.deletion
from django.db import migrations, models

NAME = "newsdesk_auditevent_article_id_7c8e7504"  # the name Django gave it, the same on every database


class Migration(migrations.Migration):

    dependencies = [
        ("newsdesk", "0006_sessions_beside_their_user"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="auditevent",
                    name="article",
                    field=models.ForeignKey(blank=True, db_index=False,
                                            help_text="The article the change concerns, when there is one.",
                                            null=True, on_delete=django.db.models.deletion.SET_NULL,
                                            related_name="audit_events", to="newsdesk.article"),
                ),
            ],
            database_operations=[
                migrations.RunSQL(
                    f'DROP INDEX IF EXISTS "{NAME}"',
                    reverse_sql=f'CREATE INDEX "{NAME}" ON "newsdesk_auditevent" ("article_id")',
                ),
            ],
        ),
    ]
