"""Seed the rhetoric lexicon with the documented default list (annotations/suggestions/lexicon.py)."""

from django.db import migrations

# A frozen copy would drift from the documented list; the list is plain data with no model imports,
# so reading it here is safe.
from annotations.suggestions.lexicon import DEFAULT_LEXICON


def add_default_terms(apps, schema_editor):
    RhetoricTerm = apps.get_model("annotations", "RhetoricTerm")
    for entry in DEFAULT_LEXICON:
        RhetoricTerm.objects.get_or_create(
            phrase=entry.phrase,
            defaults={"kind": entry.kind, "note": entry.note, "neutral_uses": ", ".join(entry.neutral_uses)},
        )


def remove_default_terms(apps, schema_editor):
    RhetoricTerm = apps.get_model("annotations", "RhetoricTerm")
    RhetoricTerm.objects.filter(phrase__in=[entry.phrase for entry in DEFAULT_LEXICON]).delete()


class Migration(migrations.Migration):
    dependencies = [("annotations", "0003_suggestions")]

    operations = [migrations.RunPython(add_default_terms, remove_default_terms)]
