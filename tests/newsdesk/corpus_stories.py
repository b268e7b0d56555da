"""The stories written for the project under ``tests/corpus/stories/``, read with their gold."""

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
CORPUS = ROOT / "tests" / "corpus" / "stories"


def story(slug: str) -> tuple[dict, list[dict]]:
    """(the story's gold file, its articles as {"outlet", "title", "text", "paragraphs"})."""
    directory = CORPUS / slug
    spec = tomllib.loads((directory / "gold.toml").read_text(encoding="utf-8"))
    source = ROOT / spec["directory"] if "directory" in spec else directory
    articles = [{**entry, "text": (source / entry["file"]).read_text(encoding="utf-8")} for entry in spec["articles"]]
    return spec, articles


def written_stories() -> list[str]:
    """The slugs of the multi-outlet stories written for the project (not the seeds, not the matching set)."""
    return sorted(path.name for path in CORPUS.iterdir()
                  if (path / "gold.toml").exists() and path.name not in ("matching", "north-korea-arms-russia"))


def matching_articles() -> list[dict]:
    """Unseen articles for story matching, each with the slug of its story or "none"."""
    return story("matching")[1]
