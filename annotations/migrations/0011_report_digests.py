"""Report digests, and the triggers that keep their stamps exact.

Every insert, change or deletion of a highlight adds one to its article's stamp (both articles' when a change
moves it), and so does a change of an article's text: whatever code path writes, bulk writes and raw SQL
included. A digest computed at an older stamp is stale (see ``annotations.reports.digests``).
"""

import django.db.models.deletion
from django.db import migrations, models

from annotations.migrations._triggers import run_for_vendor

BUMP = "UPDATE annotations_reportdigest SET stamp = stamp + 1 WHERE article_id = {row}.article_id"

SQLITE = [
    "CREATE TRIGGER annotations_digest_insert AFTER INSERT ON annotations_annotation "
    f"BEGIN {BUMP.format(row='NEW')}; END",
    "CREATE TRIGGER annotations_digest_update AFTER UPDATE ON annotations_annotation "
    f"BEGIN {BUMP.format(row='OLD')}; {BUMP.format(row='NEW')} AND NEW.article_id IS NOT OLD.article_id; END",
    "CREATE TRIGGER annotations_digest_delete AFTER DELETE ON annotations_annotation "
    f"BEGIN {BUMP.format(row='OLD')}; END",
    "CREATE TRIGGER annotations_digest_text AFTER UPDATE OF text ON newsdesk_article WHEN NEW.text IS NOT OLD.text "
    "BEGIN UPDATE annotations_reportdigest SET stamp = stamp + 1 WHERE article_id = NEW.id; END",
]
SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS annotations_digest_insert",
    "DROP TRIGGER IF EXISTS annotations_digest_update",
    "DROP TRIGGER IF EXISTS annotations_digest_delete",
    "DROP TRIGGER IF EXISTS annotations_digest_text",
]

POSTGRESQL = [
    f"""CREATE FUNCTION annotations_digest_bump() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP <> 'INSERT' THEN
            {BUMP.format(row='OLD')};
        END IF;
        IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.article_id <> OLD.article_id) THEN
            {BUMP.format(row='NEW')};
        END IF;
        RETURN NULL;
    END $$""",
    "CREATE TRIGGER annotations_digest_bump AFTER INSERT OR UPDATE OR DELETE ON annotations_annotation "
    "FOR EACH ROW EXECUTE FUNCTION annotations_digest_bump()",
    """CREATE FUNCTION annotations_digest_text() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        UPDATE annotations_reportdigest SET stamp = stamp + 1 WHERE article_id = NEW.id;
        RETURN NULL;
    END $$""",
    "CREATE TRIGGER annotations_digest_text AFTER UPDATE OF text ON newsdesk_article "
    "FOR EACH ROW WHEN (NEW.text IS DISTINCT FROM OLD.text) EXECUTE FUNCTION annotations_digest_text()",
]
POSTGRESQL_DROP = [
    "DROP TRIGGER IF EXISTS annotations_digest_bump ON annotations_annotation",
    "DROP FUNCTION IF EXISTS annotations_digest_bump()",
    "DROP TRIGGER IF EXISTS annotations_digest_text ON newsdesk_article",
    "DROP FUNCTION IF EXISTS annotations_digest_text()",
]


create_triggers = run_for_vendor(postgresql=POSTGRESQL, sqlite=SQLITE)
drop_triggers = run_for_vendor(postgresql=POSTGRESQL_DROP, sqlite=SQLITE_DROP)


class Migration(migrations.Migration):

    dependencies = [
        ('annotations', '0010_claims'),
        ('newsdesk', '0001_initial'),
    ]

    operations = [
        migrations.CreateModel(
            name='ReportDigest',
            fields=[
                ('article', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, primary_key=True, related_name='report_digest', serialize=False, to='newsdesk.article')),
                ('stamp', models.BigIntegerField(db_default=0, default=0, help_text='One more at every change to the highlights or the text of the article (kept by database triggers).')),
                ('digest_stamp', models.BigIntegerField(blank=True, help_text='The stamp the stored digest was computed at; it is current while this equals the stamp.', null=True)),
                ('digest', models.TextField(blank=True, help_text="The article's report figures as JSON (see annotations.reports.digests).")),
                ('digest_token', models.BigIntegerField(blank=True, help_text='Drawn at random whenever a digest is stored, to tell two digests apart.', null=True)),
            ],
            options={
                'verbose_name': 'report digest',
            },
        ),
        migrations.RunPython(create_triggers, drop_triggers),
    ]
