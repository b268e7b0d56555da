"""Which articles state a claim's fact in another claim's row, kept with the claim so the matrix reads it.

Filled whenever a story's claims are found or curated. A schema step only, so that ``migrate`` stays quick: working
it out reads every stored mention's details with the analysis libraries. Stories whose claims were stored before it
have it empty, and their matrix marks such articles as leaving the claim out, until ``manage.py find_claims`` runs
on them once.
"""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('annotations', '0013_fewer_highlight_indexes'),
        ('newsdesk', '0008_audit_actor_without_index'),
    ]

    operations = [
        migrations.AddField(
            model_name='claim',
            name='stated_elsewhere_in',
            field=models.ManyToManyField(blank=True, help_text="Articles that state the claim's figure in another claim's mention: not said to leave it out.", related_name='claims_stated_elsewhere', to='newsdesk.article'),
        ),
    ]
