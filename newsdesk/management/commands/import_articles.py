from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from newsdesk.alignment import upkeep as alignment_upkeep
from newsdesk.importing import importer, ingest
from newsdesk.input_checks import text_problem


class Command(BaseCommand):
    help = (
        "Import articles from .txt, .html and .jsonl files (one article per JSON line, fields named like "
        "seeds/manifest.toml plus 'text' or 'html', and 'story_title' for a new story). Each file is imported in "
        "one transaction; a bad file is reported on one line and the others still import. Binary files (PDF, "
        "images, archives) are refused whatever their name. Exit status 1 if any file failed."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", type=Path)
        parser.add_argument("--story", help="Slug of the story the articles belong to.")
        parser.add_argument("--story-title", help="Title of the story when it is new: it is then created.")
        parser.add_argument("--outlet", help="Outlet name (created if new); .jsonl lines may name their own.")
        parser.add_argument("--title")
        parser.add_argument("--url")
        parser.add_argument("--published", help="Publication date, YYYY-MM-DD.")
        parser.add_argument("--byline")

    def handle(self, *args, paths, story, outlet, story_title, **options):
        metadata = {k: options.get(k) for k in importer.METADATA_FIELDS}
        # An argument that is not UTF-8 reaches Python holding lone surrogates: refuse it before any query.
        for name, value in {"story": story, "story-title": story_title, "outlet": outlet, **metadata}.items():
            if isinstance(value, str) and (problem := text_problem(value)):
                raise CommandError(f"--{name} {problem}")
        if story_title and not story:
            raise CommandError("--story-title needs --story SLUG: the new story's address")
        if story and not story_title and not importer.Story.objects.filter(slug=story).exists():
            raise CommandError(f"no story with slug {story!r}; give --story-title TITLE to create it")
        # As the browser import does: a new story is created with its first article, inside that file's
        # transaction; an existing story keeps its title.
        metadata["story_title"] = story_title
        failures = created = duplicates = 0
        new_articles = []
        bar = tqdm(paths, unit="file", disable=len(paths) < 5, file=self.stderr._out)
        for path in bar:
            try:
                needs_outlet = not path.name.lower().endswith(".jsonl")
                if needs_outlet and not outlet:
                    raise ingest.IngestError("no outlet given (use --outlet NAME)")
                result = importer.import_path(path, story=story, outlet=outlet, metadata=metadata, upkeep=False)
            except ingest.IngestError as error:
                failures += 1
                tqdm.write(self.style.ERROR(f"{path}: {error}"), file=self.stderr._out)
                continue
            except Exception as error:  # noqa: BLE001 - one file's failure never stops the batch (the file rolled back)
                failures += 1
                reason = " ".join(str(error).split()) or "no details"
                tqdm.write(self.style.ERROR(f"{path}: could not be imported ({type(error).__name__}: {reason})"),
                           file=self.stderr._out)
                continue
            created += len(result.created)
            new_articles += result.created
            duplicates += len(result.duplicates)
            for article in result.created:
                if getattr(article, "published_from_page", False):
                    tqdm.write(f"{path}: date read from the page: {article.published.isoformat()}",
                               file=self.stdout._out)
            for article in result.duplicates:
                tqdm.write(f"{path}: skipped, already imported as article {article.pk}", file=self.stdout._out)
        # Once for the whole run: align each story that received articles, and match the new articles.
        for match in alignment_upkeep.after_import(new_articles):
            self.stderr.write(self.style.WARNING(
                f"article {match.article_id} does not resemble its story (score {match.score:.2f})"))
        self.stdout.write(
            f"{created} article(s) imported, {duplicates} duplicate(s) skipped, {failures} file(s) failed."
        )
        if failures:
            raise SystemExit(1)
