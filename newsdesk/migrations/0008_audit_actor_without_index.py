"""The audit trail's actor column loses its index: no page or report looks events up by who made them (they are
listed by article, by object, or by time), and each index is one more page written with every event. Deleting a
user, which only the admin does (the team page deactivates instead), then finds their events by a scan. Only the
index goes (``DROP INDEX``)."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

NAME = "newsdesk_auditevent_actor_id_63b64cec"  # the name Django gave it, the same on every database


class Migration(migrations.Migration):

    dependencies = [
        ("newsdesk", "0007_audit_article_index_in_composite"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="auditevent",
                    name="actor",
                    field=models.ForeignKey(blank=True, db_index=False,
                                            help_text="Who did it; empty for commands run on the server.",
                                            null=True, on_delete=django.db.models.deletion.SET_NULL,
                                            related_name="+", to=settings.AUTH_USER_MODEL),
                ),
            ],
            database_operations=[
                migrations.RunSQL(
                    f'DROP INDEX IF EXISTS "{NAME}"',
                    reverse_sql=f'CREATE INDEX "{NAME}" ON "newsdesk_auditevent" ("actor_id")',
                ),
            ],
        ),
    ]
