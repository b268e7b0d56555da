from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from annotations.interchange.jsonld_import import ImportProblem, annotations_in, import_document
from newsdesk.importing import ingest
from newsdesk.jsonbody import parse_json


class Command(BaseCommand):
    help = (
        "Import highlights from a W3C Web Annotation JSON-LD file, as written by /api/export/annotations.jsonld. "
        "Articles are matched by checksum or URL; spans re-anchored by their quote when the offsets no longer fit; "
        "unknown creators become inactive accounts. The file imports in one transaction: all or nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path, help="The .jsonld file.")

    def handle(self, *args, path, **options):
        try:
            # Decoded as an article file is: a byte-order mark is passed over, and bytes that are not UTF-8 (a file
            # saved as UTF-16 or Latin-1) are named, where the JSON parser would speak of surrogates.
            document = parse_json(ingest.decode(path.read_bytes()))
        except ingest.IngestError as error:
            raise CommandError(f"{path}: {error}") from None
        except FileNotFoundError:
            raise CommandError(f"{path}: no such file") from None
        except OSError as error:
            raise CommandError(f"{path}: {error.strerror or error}") from None
        except ValueError as error:  # a lone surrogate, nesting beyond reason: see newsdesk.jsonbody
            raise CommandError(f"{path}: not a JSON file ({error})") from None
        try:
            count = len(annotations_in(document))
            self.stdout.write(f"{path}: {count} annotation(s) read, importing…")
            result = import_document(document)
        except ImportProblem as problem:
            raise CommandError(f"{path}: {problem}; nothing was imported") from None
        self.stdout.write(
            f"{result.created} highlight(s) imported, {result.skipped} already present, "
            f"{result.reanchored} re-anchored by their quote."
        )
        if result.users_created:
            self.stdout.write(f"Inactive accounts created for: {', '.join(result.users_created)}")
