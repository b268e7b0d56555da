"""Live tag counters, and the triggers that keep them exact.

Every insert, change or deletion of a highlight moves the counter of its (article, reviewer, tag) when the
highlight is live (not deleted, not orphaned) before or after: whatever code path writes, bulk writes and raw
SQL included. The counters start from a full count of the highlights already stored.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

from annotations.migrations._triggers import run_for_vendor

COUNTERS = "annotations_livetagcount"
LIVE = "{row}.deleted_at IS NULL AND NOT {row}.orphaned"
ADD = (
    f"INSERT INTO {COUNTERS} (article_id, reviewer_id, tag, live) "
    "SELECT {row}.article_id, {row}.reviewer_id, {row}.tag, 1 WHERE " + LIVE + " "
    "ON CONFLICT (article_id, reviewer_id, tag) DO UPDATE SET live = " + COUNTERS + ".live + 1"
)
REMOVE = (
    f"UPDATE {COUNTERS} SET live = live - 1 "
    "WHERE article_id = {row}.article_id AND reviewer_id = {row}.reviewer_id AND tag = {row}.tag AND " + LIVE
)
WATCHED = "deleted_at, orphaned, tag, article_id, reviewer_id"

SQLITE = [
    f"CREATE TRIGGER annotations_tagcount_insert AFTER INSERT ON annotations_annotation "
    f"BEGIN {ADD.format(row='NEW')}; END",
    f"CREATE TRIGGER annotations_tagcount_update AFTER UPDATE OF {WATCHED} ON annotations_annotation "
    f"BEGIN {REMOVE.format(row='OLD')}; {ADD.format(row='NEW')}; END",
    f"CREATE TRIGGER annotations_tagcount_delete AFTER DELETE ON annotations_annotation "
    f"BEGIN {REMOVE.format(row='OLD')}; END",
]
SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS annotations_tagcount_insert",
    "DROP TRIGGER IF EXISTS annotations_tagcount_update",
    "DROP TRIGGER IF EXISTS annotations_tagcount_delete",
]

POSTGRESQL = [
    f"""CREATE FUNCTION annotations_tagcount() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP <> 'INSERT' THEN
            {REMOVE.format(row='OLD')};
        END IF;
        IF TG_OP <> 'DELETE' THEN
            {ADD.format(row='NEW')};
        END IF;
        RETURN NULL;
    END $$""",
    "CREATE TRIGGER annotations_tagcount_change AFTER INSERT OR DELETE OR UPDATE OF "
    f"{WATCHED} ON annotations_annotation FOR EACH ROW EXECUTE FUNCTION annotations_tagcount()",
]
POSTGRESQL_DROP = [
    "DROP TRIGGER IF EXISTS annotations_tagcount_change ON annotations_annotation",
    "DROP FUNCTION IF EXISTS annotations_tagcount()",
]

BACKFILL = (
    f"INSERT INTO {COUNTERS} (article_id, reviewer_id, tag, live) "
    "SELECT article_id, reviewer_id, tag, COUNT(*) FROM annotations_annotation "
    "WHERE deleted_at IS NULL AND NOT orphaned GROUP BY article_id, reviewer_id, tag"
)


create_triggers = run_for_vendor(postgresql=[BACKFILL, *POSTGRESQL], sqlite=[BACKFILL, *SQLITE])
drop_triggers = run_for_vendor(postgresql=POSTGRESQL_DROP, sqlite=SQLITE_DROP)


class Migration(migrations.Migration):

    dependencies = [
        ('annotations', '0011_report_digests'),
        ('newsdesk', '0005_alignment_runs_and_story_matches'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='LiveTagCount',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('tag', models.CharField(choices=[('attribution', 'Attribution'), ('rhetoric', 'Rhetoric'), ('boilerplate', 'Boilerplate'), ('factual_claim', 'Factual claim')], max_length=20)),
                ('live', models.IntegerField(default=0)),
                ('article', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='newsdesk.article')),
                ('reviewer', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to=settings.AUTH_USER_MODEL)),
            ],
            options={
                'constraints': [models.UniqueConstraint(fields=('article', 'reviewer', 'tag'), name='livetagcount_one_per_key'), models.CheckConstraint(condition=models.Q(('live__gte', 0)), name='livetagcount_not_negative')],
            },
        ),
        migrations.RunPython(create_triggers, drop_triggers),
    ]
