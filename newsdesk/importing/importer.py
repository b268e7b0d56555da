"""Store canonical articles: the database side of the import pipeline.

``import_file`` is what the command line and the browser import both call. A file is imported in one
transaction: a bad JSONL line rolls back the whole file, and an article whose checksum is already stored
is reported as a duplicate rather than imported twice.
"""

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from anyascii import anyascii
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_slug
from django.db import IntegrityError, transaction
from django.utils.text import slugify

from newsdesk import audit
from newsdesk.importing import headline, ingest, page_dates, sanitize
from newsdesk.input_checks import text_problem
from newsdesk.jsonbody import parse_json
from newsdesk.models import Article, Outlet, Passage, Story

METADATA_FIELDS = ("title", "url", "published", "byline")
# Fields of a JSON line (or the command line) that must be plain text when given.
TEXT_FIELDS = ("story", "story_title", "outlet", "title", "url", "byline")
# Names given with an article that are stored as given: the field, and the model and column that hold it.
GIVEN_NAMES = {"title": (Article, "title"), "byline": (Article, "byline"), "story_title": (Story, "title")}
# The original's address becomes a link on the reader: only web addresses, never javascript: or data:.
web_address = URLValidator(schemes=["http", "https"])


@dataclass
class ImportResult:
    created: list[Article]
    duplicates: list[Article]
    # Story matches of new articles filed into a story they do not resemble, for a warning.
    mismatches: list = field(default_factory=list)


class DuplicateArticle(ingest.IngestError):
    def __init__(self, existing: Article):
        self.existing = existing
        super().__init__(f"already imported as article {existing.pk} ({existing.title!r})")


def outlet_named(name: str, **defaults) -> Outlet:
    name = " ".join((name or "").split())
    if not name:
        raise ingest.IngestError("no outlet given")
    if len(name) > Outlet._meta.get_field("name").max_length:
        raise ingest.IngestError(f"outlet name is longer than {Outlet._meta.get_field('name').max_length} characters")
    outlet = Outlet.objects.filter(name__iexact=name).first()
    if outlet:
        return outlet
    return Outlet.objects.create(name=name, slug=unique_slug(Outlet, name), **defaults)


def story_for(slug: str | None, title: str | None = None) -> Story | None:
    if not slug:
        return None
    story = Story.objects.filter(slug=slug).first()
    if story:
        return story
    if not title:
        raise ingest.IngestError(f"no story with slug {slug!r}")
    limit = Story._meta.get_field("slug").max_length
    if len(slug) > limit:  # SQLite would store it, PostgreSQL refuse it: the same answer on both
        raise ingest.IngestError(f"story slug is longer than {limit} characters")
    try:
        validate_slug(slug)  # it becomes the story's address: letters, digits, hyphens and underscores only
    except ValidationError:
        raise ingest.IngestError(f"story slug {slug!r} may hold only letters, digits, - and _") from None
    return Story.objects.create(slug=slug, title=" ".join(title.split())[:300])


def unique_slug(model, text: str) -> str:
    """An address for ``text`` that no row of ``model`` holds yet: its words spelt in ASCII (``anyascii``: a title
    in Armenian, Cyrillic or Chinese gives a readable address, not "item"), hyphenated, numbered when taken."""
    base = slugify(anyascii(sanitize.clean_text(text)))[:180] or "item"
    slug, n = base, 2
    while model.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def parse_date(value) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise ingest.IngestError(f"published date {value!r} is not YYYY-MM-DD") from None


def store(canonical: ingest.Canonical, *, outlet: Outlet, story: Story | None, title: str = "",
          url: str = "", published=None, byline: str = "", imported_by=None) -> Article:
    """Save one canonical article and its passages; raise DuplicateArticle if the text is known.

    Without a ``published`` date the date the page prints in its header is stored (``page_dates.page_date``), and
    the article returned says so in ``published_from_page``."""
    existing = Article.objects.filter(checksum=canonical.checksum).first()
    if existing:
        raise DuplicateArticle(existing)
    # No title given and no <h1>: the page's headline, not its first line (a masthead, a menu, a wire's slug line).
    title = " ".join((title or canonical.title_hint or headline.headline(canonical.text)).split())[:500]
    if len(url or "") > 1000:
        raise ingest.IngestError("url is longer than 1,000 characters")
    if url:
        try:
            web_address(url)
        except ValidationError:
            raise ingest.IngestError(f"url {url!r} is not an http or https address") from None
    published, from_page = parse_date(published), False
    if published is None:  # none given: the one the page prints in its header, if any, and the editor is told so
        published = page_dates.page_date(canonical.text)
        from_page = published is not None
    try:
        with transaction.atomic():
            article = Article.objects.create(
                story=story, outlet=outlet, title=title, url=url or "", byline=(byline or "")[:300],
                published=published, text=canonical.text,
                original_html=canonical.original_html, checksum=canonical.checksum,
                imported_by=imported_by,
            )
            Passage.objects.bulk_create(
                Passage(article=article, index=i, start=s, end=e) for i, (s, e) in enumerate(canonical.passages)
            )
            audit.record(imported_by, "create", article)
    except IntegrityError as error:
        raise ingest.IngestError(f"could not be stored: {error}") from None
    article.published_from_page = from_page
    return article


def first_line(text: str) -> str:
    for line in text.split("\n"):
        if line.strip():
            return line.strip()[:200]
    return "Untitled"


def canonical_from_bytes(name: str, data: bytes) -> ingest.Canonical:
    if ingest.looks_like_html(name, data):
        return ingest.from_html(data)
    return ingest.from_text(data)


def jsonl_records(data: bytes) -> list[dict]:
    """The objects of a JSON-lines file. Lines end at ``\n`` alone (``\r\n`` too, JSON ignoring the ``\r``):
    JSON allows U+2028, U+2029 and U+0085 raw inside a string, and ``str.splitlines`` would cut there."""
    text = ingest.decode(data)
    records = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = parse_json(line)
        except ValueError as error:
            raise ingest.IngestError(f"line {number} is not JSON ({error})") from None
        if not isinstance(record, dict):
            raise ingest.IngestError(f"line {number} is not a JSON object")
        if not isinstance(record.get("text") or record.get("html"), str):
            raise ingest.IngestError(f"line {number} has no 'text' or 'html' field")
        records.append(record)
    if not records:
        raise ingest.IngestError("the file is empty (no JSON lines)")
    return records


def import_bytes(name: str, data: bytes, *, story: str | None = None, outlet: str | None = None,
                 metadata: dict | None = None, imported_by=None, upkeep: bool = True) -> ImportResult:
    """Import one file's bytes (.txt, .html or .jsonl) in one transaction.

    With ``upkeep`` (not in a preview), the stories that received articles are aligned again and every
    new article is matched against the stored stories, in the same transaction.
    """
    ingest.refuse_binary(data)
    metadata = {k: v for k, v in (metadata or {}).items() if v not in (None, "")}
    result = ImportResult(created=[], duplicates=[])
    with transaction.atomic():
        if name.lower().endswith(".jsonl"):
            for number, record in enumerate(jsonl_records(data), start=1):
                try:
                    _import_record(record, story, outlet, metadata, imported_by, result)
                except ingest.IngestError as error:
                    raise ingest.IngestError(f"line {number}: {error}") from None
        else:
            canonical = canonical_from_bytes(name, data)
            _store_into(result, canonical, {**metadata, "story": metadata.get("story") or story},
                        outlet, imported_by)
        if upkeep and result.created:
            from newsdesk.alignment import upkeep as alignment_upkeep

            result.mismatches = alignment_upkeep.after_import(result.created, imported_by)
    return result


def _import_record(record, story, outlet, metadata, imported_by, result):
    fields = {**metadata, **{k: v for k, v in record.items() if v not in (None, "")}}
    fields["story"] = fields.get("story") or story
    if "html" in record and "text" not in record:
        canonical = ingest.from_html(record["html"])
    else:
        canonical = ingest.from_text(record["text"])
    _store_into(result, canonical, fields, outlet, imported_by)


def check_text_fields(fields: dict) -> None:
    """Refuse metadata that is not text, or holds what no database stores (``input_checks.text_problem``)."""
    for name in TEXT_FIELDS:
        value = fields.get(name)
        if value in (None, ""):
            continue
        if not isinstance(value, str):
            raise ingest.IngestError(f"{name} must be text, not {type(value).__name__}")
        if problem := text_problem(value):
            raise ingest.IngestError(f"{name} {problem}")
    # Refused, not cut, as the browser's form refuses them: an article is not stored under a name it was not given.
    for name, (model, column) in GIVEN_NAMES.items():
        value = fields.get(name)
        limit = model._meta.get_field(column).max_length
        if isinstance(value, str) and len(" ".join(value.split()) if name != "byline" else value) > limit:
            raise ingest.IngestError(f"{name} is longer than {limit:,} characters")


def _store_into(result: ImportResult, canonical, fields: dict, outlet: str | None, imported_by) -> None:
    check_text_fields({**fields, "outlet": fields.get("outlet") or outlet})
    story_obj = story_for(fields.get("story"), fields.get("story_title"))
    outlet_obj = outlet_named(fields.get("outlet") or outlet or "")
    try:
        article = store(
            canonical, outlet=outlet_obj, story=story_obj, imported_by=imported_by,
            **{k: fields.get(k, "") for k in METADATA_FIELDS},
        )
    except DuplicateArticle as duplicate:
        result.duplicates.append(duplicate.existing)
        return
    result.created.append(article)


def import_path(path: Path, **options) -> ImportResult:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ingest.IngestError(error.strerror or str(error)) from None
    return import_bytes(path.name, data, **options)
