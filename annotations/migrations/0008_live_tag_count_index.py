"""Only live highlights in the tag-count index: smaller, and the count reads it without checking each row."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('annotations', '0007_tag_count_index'),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name='annotation',
            name='annotation_tag_counts',
        ),
        migrations.AddIndex(
            model_name='annotation',
            index=models.Index(condition=models.Q(('deleted_at__isnull', True), ('orphaned', False)), fields=['article', 'tag', 'reviewer', 'deleted_at', 'orphaned'], name='annotation_live_tag_counts'),
        ),
    ]
