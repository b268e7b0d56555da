"""The seed corpus shipped in ``seeds/``: its manifest, and loading it idempotently."""

import tomllib
from pathlib import Path

from django.conf import settings
from django.db import transaction

from newsdesk.alignment import upkeep as alignment_upkeep
from newsdesk.importing import importer
from newsdesk.models import Outlet, Story

SEEDS_DIR = Path(settings.BASE_DIR) / "seeds"


def read_manifest(seeds_dir: Path = SEEDS_DIR) -> dict:
    with open(seeds_dir / "manifest.toml", "rb") as handle:
        return tomllib.load(handle)


@transaction.atomic
def load_seeds(seeds_dir: Path = SEEDS_DIR) -> importer.ImportResult:
    """Create the seed outlets, stories and articles that are missing; change nothing that exists."""
    manifest = read_manifest(seeds_dir)
    for story in manifest.get("stories", []):
        Story.objects.get_or_create(
            slug=story["slug"], defaults={"title": story["title"], "summary": story.get("summary", "")}
        )
    for outlet in manifest.get("outlets", []):
        if not Outlet.objects.filter(name__iexact=outlet["name"]).exists():
            importer.outlet_named(
                outlet["name"], homepage=outlet.get("homepage", ""), country=outlet.get("country", ""),
                notes=outlet.get("notes", ""),
            )
    total = importer.ImportResult(created=[], duplicates=[])
    for entry in manifest.get("articles", []):
        metadata = {k: entry.get(k, "") for k in ("title", "url", "published", "byline", "outlet")}
        result = importer.import_path(seeds_dir / entry["file"], story=entry["story"], metadata=metadata,
                                      upkeep=False)
        total.created += result.created
        total.duplicates += result.duplicates
    total.mismatches = alignment_upkeep.after_import(total.created)  # once, when every seed is in
    return total
