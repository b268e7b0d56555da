"""A version on every highlight and consensus highlight, so that a write made from an old copy is refused.

Existing rows start at 1, as new ones do; the database default gives 1 to rows written in bulk by SQL.
"""

from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('annotations', '0005_unique_live_highlight'),
        ('newsdesk', '0004_auditevent'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name='annotation',
            name='version',
            field=models.PositiveIntegerField(db_default=1, default=1, editable=False, help_text='1 when made, one more at every change; a write naming an older version is a conflict.'),
        ),
        migrations.AddField(
            model_name='consensusannotation',
            name='version',
            field=models.PositiveIntegerField(db_default=1, default=1, editable=False, help_text='1 when made, one more at every change; a write naming an older version is a conflict.'),
        ),
        migrations.AddConstraint(
            model_name='annotation',
            constraint=models.CheckConstraint(condition=models.Q(('version__gte', 1)), name='annotation_version_positive'),
        ),
        migrations.AddConstraint(
            model_name='consensusannotation',
            constraint=models.CheckConstraint(condition=models.Q(('version__gte', 1)), name='consensus_version_positive'),
        ),
    ]
