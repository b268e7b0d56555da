"""Requests and files found by probing from outside, each of which once ended in a server error, a traceback
or a leak. Each must end in a clear refusal (a 4xx answer, or one line from a command), change nothing in the
database, and behave the same on SQLite and PostgreSQL.

- ids that are not ids: digits Python's ``str.isdigit`` accepts but ``int`` does not (``²``), digits of
  other scripts (``٣``), numbers beyond 64 bits, in query strings, forms and paths;
- text that is not text: a lone surrogate (``"\\ud800"`` in JSON) in a request body, a JSON line or a
  command-line argument; JSON nested deeper than any real document;
- consensus spans accepted without a reviewer highlight behind them;
- JSON lines holding characters that other line readers treat as line breaks;
- outlet-blind review: the report filters must not tell which letter is which outlet;
- every answer, static files included, carries the Content-Security-Policy;
- a login stays open as long as its user is active, and its end names the right duration.
"""

import io
import json
import time
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.urls.converters import IntConverter

from annotations.models import Annotation, ConsensusAnnotation
from newsdesk.importing import importer
from newsdesk.middleware import IdleSessionMiddleware
from newsdesk.models import Article, Outlet, Story
from tests.annotations.helpers import highlight
from tests.security.test_headers import header_problems
from tests.security.writes import as_user, nothing_changed
from tests.test_permission_walk import url_patterns

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true"}
BEYOND_64_BITS = str(2**64)
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def other_script(number: int) -> str:
    """The same number written in Arabic-Indic digits, which ``int`` reads but no address or id holds."""
    return str(number).translate(ARABIC_INDIC)


def not_ids(real_pk: int) -> list[str]:
    return ["²", "¹²³", other_script(real_pk), "9" * 30, str(2**63), BEYOND_64_BITS, "-1", "0x1", "1e3", "1_0"]


def deeply_nested(depth: int = 100_000) -> str:
    return "[" * depth + "]" * depth


@pytest.fixture
def story(seed_story, seed_article, reviewer, other_reviewer):
    """The seed story with a highlight by each of two reviewers on the same words."""
    highlight(seed_article, reviewer, 10, 20)
    highlight(seed_article, other_reviewer, 10, 20)
    return seed_story


# --- ids in query strings, forms and paths ------------------------------------------------------------------


QUERY_ID_PROBES = [
    "/api/annotations/?article={id}",
    "/api/annotations/counts?article={id}",
    "/reports/?article={id}",
    "/api/reports/summary?article={id}",
    "/reports/articles.csv?article={id}",
]


@pytest.mark.parametrize("probe", QUERY_ID_PROBES)
def test_a_query_id_that_is_not_an_id_is_refused_with_400(probe, story, seed_article, reviewer):
    client = as_user(reviewer)

    for value in not_ids(seed_article.pk):
        response = nothing_changed(lambda v=value: client.get(probe.format(id=v, article=seed_article.pk)))

        assert response.status_code == 400, f"{value!r}: {response.status_code}"


def test_a_popover_asked_for_ids_that_are_not_ids_shows_nothing(story, seed_article, reviewer):
    client = as_user(reviewer)

    for value in not_ids(seed_article.pk):
        response = client.get(f"/articles/{seed_article.pk}/highlights/", {"ids": value}, headers=HTMX)

        assert response.status_code == 200, f"{value!r}: {response.status_code}"
        assert "no longer visible" in response.content.decode(), value


@pytest.mark.parametrize("probe", ["/api/annotations/?article={id}", "/api/annotations/counts?article={id}"])
def test_the_api_names_the_bad_id_in_its_errors(probe, story, reviewer):
    response = as_user(reviewer).get(probe.format(id="²"))

    assert list(response.json()["errors"]) == ["article"]


DECISIONS = ["accept", "reject", "reopen"]


def decision_form(story_article, action, **fields):
    base = {"tag": "rhetoric", "start": "10", "end": "20"} if action == "accept" else {}
    return f"/articles/{story_article.pk}/adjudicate/{action}/", {**base, **fields}


@pytest.mark.parametrize("htmx", [True, False], ids=["htmx", "plain-form"])
@pytest.mark.parametrize("action", DECISIONS)
def test_a_decision_on_a_highlight_id_that_is_not_an_id_is_refused(action, htmx, story, seed_article, editor):
    client = as_user(editor)

    for value in not_ids(seed_article.pk):
        path, data = decision_form(seed_article, action, annotations=value)
        response = nothing_changed(lambda p=path, d=data: client.post(p, d, headers=HTMX if htmx else {}))

        if htmx:
            assert response.status_code == 422, f"{value!r}: {response.status_code}"
        else:  # without JavaScript: back to the page, which says why
            assert response.status_code == 302, f"{value!r}: {response.status_code}"
            assert "message-error" in client.get(response.url).content.decode(), value


@pytest.mark.parametrize("action", DECISIONS)
def test_a_decision_whose_seen_versions_are_not_numbers_is_refused(action, story, seed_article, editor):
    client = as_user(editor)
    chosen = Annotation.objects.filter(article=seed_article).order_by("pk").first()

    for value in ["²:1", f"{chosen.pk}:²", f"{BEYOND_64_BITS}:1", f"{chosen.pk}:{BEYOND_64_BITS}"]:
        path, data = decision_form(seed_article, action, annotations=str(chosen.pk), seen=value)
        response = nothing_changed(lambda p=path, d=data: client.post(p, d, headers=HTMX))

        assert response.status_code == 422, f"{value!r}: {response.status_code}"


@pytest.mark.parametrize("annotations", [None, "", "0", str(2**63 - 1), BEYOND_64_BITS],
                         ids=["none", "empty", "zero", "absurd", "beyond-64-bits"])
def test_accepting_without_a_reviewer_highlight_creates_no_consensus(annotations, story, seed_article, editor):
    fields = {} if annotations is None else {"annotations": annotations}
    path, data = decision_form(seed_article, "accept", **fields)

    client = as_user(editor)

    response = nothing_changed(lambda: client.post(path, data, headers=HTMX))

    assert response.status_code == 422
    assert "highlight" in response.content.decode()
    assert not ConsensusAnnotation.objects.exists()


def test_accepting_a_highlight_of_another_article_is_refused(story, seed_article, seed_articles, editor, reviewer):
    elsewhere = next(a for a in seed_articles if a.pk != seed_article.pk)
    theirs = highlight(elsewhere, reviewer, 0, 5)
    path, data = decision_form(seed_article, "accept", annotations=str(theirs.pk))
    client = as_user(editor)

    response = nothing_changed(lambda: client.post(path, data, headers=HTMX))

    assert response.status_code == 422
    assert not ConsensusAnnotation.objects.exists()


def test_accepting_a_real_highlight_still_works(story, seed_article, editor):
    chosen = Annotation.objects.filter(article=seed_article).order_by("pk").first()
    path, data = decision_form(seed_article, "accept", annotations=str(chosen.pk))

    response = as_user(editor).post(path, data, headers=HTMX)

    assert response.status_code == 200
    assert list(ConsensusAnnotation.objects.get().from_annotations.all()) == [chosen]


def int_routes():
    """Every route with a number in its path, with that number beyond 64 bits and slugs the seed story's."""
    for name, _route, pattern in url_patterns():
        converters = getattr(pattern.pattern, "converters", {})
        if any(isinstance(c, IntConverter) for c in converters.values()):
            yield name, {k: BEYOND_64_BITS if isinstance(c, IntConverter) else "north-korea-arms-russia"
                         for k, c in converters.items()}


@pytest.mark.parametrize("method", ["get", "post"])
def test_a_path_id_beyond_64_bits_is_not_found_on_every_route(method, story, editor):
    client = as_user(editor)
    routes = list(int_routes())
    assert len(routes) >= 20

    for name, kwargs in routes:
        path = reverse(name, kwargs=kwargs)
        response = nothing_changed(lambda p=path: getattr(client, method)(p))

        # Not found, or refused before any lookup (a page only staff may open, a method the route takes not).
        assert response.status_code in (403, 404, 405), f"{method.upper()} {path}: {response.status_code}"


FORM_NUMBER_FIELDS = ("annotations", "seen", "article", "story", "outlet", "into", "destination", "start", "end",
                      "version", "reviewers", "articles", "ids", "passage", "topic", "claim", "mentions")


@pytest.mark.parametrize("method", ["get", "post"])
def test_every_route_survives_numbers_that_are_not_numbers_in_every_field(method, story, seed_article, editor):
    client = as_user(editor)
    failures = []

    for name, _route, pattern in url_patterns():
        converters = getattr(pattern.pattern, "converters", {})
        kwargs = {k: seed_article.pk if isinstance(c, IntConverter) else story.slug for k, c in converters.items()}
        if "table" in kwargs:
            kwargs["table"] = "articles"
        if "fmt" in kwargs:
            kwargs["fmt"] = "csv"
        if name.endswith("logout"):
            continue
        try:
            path = reverse(name, kwargs=kwargs)
        except Exception:  # a converter that takes no story slug (there is none today)
            continue
        for value in ("²", other_script(seed_article.pk), BEYOND_64_BITS):
            fields = dict.fromkeys(FORM_NUMBER_FIELDS, value)
            response = getattr(client, method)(path, fields)
            if response.status_code >= 500:
                failures.append(f"{method.upper()} {path} with {value!r}: {response.status_code}")
    assert not failures, "\n".join(failures)


# --- text that is not text: lone surrogates and deep nesting in JSON bodies ----------------------------------


SURROGATE = "\ud800"


def json_writes(article, mine):
    """Every JSON write endpoint with a body whose every string field is given, as (method, path, body).
    (A DELETE reads its body only for a version and ignores one that is not JSON, as it always has.)"""
    return [
        ("post", "/api/annotations/",
         {"article": article.pk, "tag": "rhetoric", "start": 0, "end": 5, "note": "", "source": ""}),
        ("patch", f"/api/annotations/{mine.pk}/", {"note": "", "source": ""}),
        ("post", "/api/stories/suggest", {"title": "", "text": "Some words about a story."}),
        ("post", f"/api/articles/{article.pk}/suggestions/accept", {"tag": "rhetoric", "start": 0, "end": 5}),
        ("post", f"/api/articles/{article.pk}/suggestions/reject", {"tag": "rhetoric", "start": 0, "end": 5}),
        ("post", f"/api/articles/{article.pk}/suggestions/accept-all", {"tag": "boilerplate"}),
    ]


def encoded(body: dict) -> str:
    """JSON as Python writes it: a lone surrogate becomes the escape ``\\ud800``, which is valid JSON syntax."""
    return json.dumps(body)


def bad_bodies(body: dict) -> dict[str, str]:
    bodies = {}
    for key, value in body.items():
        if isinstance(value, str):
            bodies[f"surrogate-in-{key}"] = encoded({**body, key: f"x{SURROGATE}y"})
        else:
            bodies[f"surrogate-instead-of-{key}"] = encoded({**body, key: SURROGATE})
    bodies["surrogate-as-a-key"] = encoded({**body, SURROGATE: "x"})
    bodies["low-surrogate"] = encoded({**body, "note": "\udc00"})
    bodies["nested-100000-deep"] = encoded(body)[:-1] + ', "deep": ' + deeply_nested() + "}"
    bodies["nested-list"] = deeply_nested()
    bodies["infinity"] = encoded(body)[:-1] + ', "start": 1e400}'
    bodies["nan"] = encoded(body)[:-1] + ', "start": NaN}'
    return bodies


@pytest.mark.parametrize("endpoint", range(6), ids=["create", "patch", "suggest", "suggestion-accept",
                                                    "suggestion-reject", "suggestion-accept-all"])
def test_a_json_body_that_is_not_text_is_refused_with_400(endpoint, story, seed_article, reviewer):
    client = as_user(reviewer)
    mine = Annotation.objects.get(article=seed_article, reviewer=reviewer)
    method, path, body = json_writes(seed_article, mine)[endpoint]

    for label, raw in bad_bodies(body).items():
        response = nothing_changed(
            lambda r=raw: getattr(client, method)(path, r, content_type="application/json")
        )

        assert response.status_code == 400, f"{label}: {response.status_code}"
        assert "errors" in response.json(), label


def test_the_refusal_of_a_lone_surrogate_says_the_body_is_not_usable(story, seed_article, reviewer):
    body = encoded({"article": seed_article.pk, "tag": "rhetoric", "start": 0, "end": 5, "note": SURROGATE})

    response = as_user(reviewer).post("/api/annotations/", body, content_type="application/json")

    assert response.json() == {"errors": {"body": ["The request body is not valid JSON."]}}


def test_a_note_with_a_real_astral_character_is_kept(story, seed_article, reviewer):
    body = encoded({"article": seed_article.pk, "tag": "attribution", "start": 0, "end": 5, "note": "ok 😀"})

    response = as_user(reviewer).post("/api/annotations/", body, content_type="application/json")

    assert response.status_code == 201
    assert Annotation.objects.get(pk=response.json()["id"]).note == "ok 😀"


# --- imports: JSON lines, the command line and the browser ----------------------------------------------------


IMPORT_TEXT = "A short article.\n\nIt has two paragraphs."


def jsonl(**fields) -> bytes:
    return (encoded({"text": IMPORT_TEXT, "outlet": "Probe Outlet", **fields}) + "\n").encode()


BAD_JSON_LINES = {
    **{f"surrogate-in-{field}": jsonl(**{field: f"a{SURROGATE}b"})
       for field in ("title", "text", "outlet", "byline", "story_title", "url")},
    "surrogate-in-story": jsonl(story=f"a{SURROGATE}b", story_title="A story"),
    "surrogate-in-html": encoded({"html": f"<p>a{SURROGATE}b</p>", "outlet": "Probe Outlet"}).encode(),
    "nested-100000-deep": (encoded({"text": IMPORT_TEXT, "outlet": "Probe Outlet"})[:-1]
                           + ', "extra": ' + deeply_nested() + "}").encode(),
    "nested-list": deeply_nested().encode(),
    "story-slug-over-200": jsonl(story="s" * 201, story_title="A story with a long address"),
    "infinity-as-date": (encoded({"text": IMPORT_TEXT, "outlet": "Probe Outlet"})[:-1]
                         + ', "published": 1e400}').encode(),
}


@pytest.mark.parametrize("case", sorted(BAD_JSON_LINES))
def test_the_command_line_refuses_a_bad_json_line_in_one_line_and_imports_the_next_file(case, tmp_path):
    bad = tmp_path / "a-bad.jsonl"
    bad.write_bytes(BAD_JSON_LINES[case])
    good = tmp_path / "b-good.txt"
    good.write_text("A good article that must still be imported.\n\nIt follows the bad one.")
    errors, output = io.StringIO(), io.StringIO()

    with pytest.raises(SystemExit) as exit_status:
        call_command("import_articles", str(bad), str(good), "--outlet", "Fallback Outlet",
                     stdout=output, stderr=errors)

    assert exit_status.value.code == 1
    lines = [line for line in errors.getvalue().splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith(f"{bad}: "), errors.getvalue()
    assert "Traceback" not in errors.getvalue()
    assert list(Article.objects.values_list("title", flat=True)) == ["A good article that must still be imported."]
    assert "1 file(s) failed" in output.getvalue()


@pytest.mark.parametrize("case", sorted(BAD_JSON_LINES))
def test_the_browser_import_refuses_a_bad_json_line_and_stores_nothing(case, editor):
    client = as_user(editor)
    upload = io.BytesIO(BAD_JSON_LINES[case])
    upload.name = "lines.jsonl"

    response = nothing_changed(lambda: client.post("/import/", {"file": upload, "format": "auto", "action": "import"}))

    assert response.status_code == 422
    assert "Nothing was imported" in response.content.decode()


@pytest.mark.parametrize("option", ["--outlet", "--title", "--byline", "--url", "--story"])
def test_a_command_line_argument_that_is_not_text_is_refused_in_one_line(option, tmp_path, seed_story):
    path = tmp_path / "a.txt"
    path.write_text(IMPORT_TEXT)
    errors = io.StringIO()
    # An argument that is not UTF-8 reaches Python as lone surrogates ("surrogateescape").
    value = "https://example.org/\udcff" if option == "--url" else "caf\udce9"
    arguments = [str(path), option, value] + ([] if option == "--outlet" else ["--outlet", "Probe Outlet"])

    def run():
        with pytest.raises((SystemExit, CommandError)):
            call_command("import_articles", *arguments, stdout=io.StringIO(), stderr=errors)

    nothing_changed(run)


def test_the_story_slug_limit_is_the_same_on_every_database(tmp_path):
    with pytest.raises(importer.ingest.IngestError, match="200"):
        importer.import_bytes("a.jsonl", jsonl(story="s" * 201, story_title="Long"))

    importer.import_bytes("a.jsonl", jsonl(story="s" * 200, story_title="Long"))
    assert Story.objects.get().slug == "s" * 200


@pytest.mark.parametrize(("separator", "stored"), [("\u2028", "\n"), ("\u2029", "\n\n"), ("\x85", "\n")],
                         ids=["U+2028", "U+2029", "U+0085"])
def test_a_json_line_whose_text_holds_a_unicode_line_separator_is_imported_whole(separator, stored, tmp_path):
    # The JSON line is one record (a reader that splits lines at U+2028 would cut it in two); in the article's
    # text the separator becomes the line break it stands for.
    text = f"First paragraph{separator}still the first.\n\nSecond paragraph."
    path = tmp_path / "lines.jsonl"
    path.write_bytes((json.dumps({"text": text, "outlet": "Probe Outlet"}, ensure_ascii=False) + "\n").encode())
    assert separator.encode() in path.read_bytes()

    call_command("import_articles", str(path), stdout=io.StringIO(), stderr=io.StringIO())

    assert Article.objects.get().text == text.replace(separator, stored)


def test_json_lines_with_windows_line_endings_still_import(tmp_path):
    path = tmp_path / "lines.jsonl"
    path.write_bytes(jsonl(title="One").rstrip(b"\n") + b"\r\n" + jsonl(title="Two", text="Another text."))

    call_command("import_articles", str(path), stdout=io.StringIO(), stderr=io.StringIO())

    assert sorted(Article.objects.values_list("title", flat=True)) == ["One", "Two"]


# --- the annotation import command ----------------------------------------------------------------------------


def w3c_annotation(article, **changes) -> dict:
    annotation = {
        "type": "Annotation",
        "creator": {"nickname": "imported-reviewer"},
        "body": [{"type": "TextualBody", "purpose": "tagging", "value": "rhetoric"},
                 {"type": "TextualBody", "purpose": "commenting", "value": "a note"}],
        "target": {"source": f"http://testserver/articles/{article.pk}/",
                   "selector": [{"type": "TextPositionSelector", "start": 0, "end": 5}]},
        "created": "2025-05-03T14:03:12+00:00",
    }
    annotation.update(changes)
    return annotation


def bad_annotation_files(article) -> dict[str, str]:
    body = w3c_annotation(article)
    return {
        "surrogate-in-note": encoded([w3c_annotation(article, body=[
            body["body"][0], {"type": "TextualBody", "purpose": "commenting", "value": SURROGATE}])]),
        "surrogate-in-creator": encoded([w3c_annotation(article, creator={"nickname": SURROGATE})]),
        "nested-100000-deep": "[" + encoded(body) + ", " + deeply_nested() + "]",
        "article-id-in-other-digits": encoded([w3c_annotation(article, target={
            "source": f"http://testserver/articles/{other_script(article.pk)}/",
            "selector": [{"type": "TextPositionSelector", "start": 0, "end": 5}]})]),
        "article-id-beyond-64-bits": encoded([w3c_annotation(article, target={
            "source": f"http://testserver/articles/{BEYOND_64_BITS}/",
            "selector": [{"type": "TextPositionSelector", "start": 0, "end": 5}]})]),
        "impossible-date": encoded([w3c_annotation(article, created="2025-13-45T10:00:00+00:00")]),
        "not-utf-8": "caf\xe9",
    }


@pytest.mark.parametrize("case", ["surrogate-in-note", "surrogate-in-creator", "nested-100000-deep",
                                  "article-id-in-other-digits", "article-id-beyond-64-bits", "impossible-date",
                                  "not-utf-8"])
def test_the_annotation_import_refuses_a_bad_file_in_one_line(case, tmp_path, seed_article):
    path = tmp_path / "annotations.jsonld"
    content = bad_annotation_files(seed_article)[case]
    path.write_bytes(content.encode("latin-1") if case == "not-utf-8" else content.encode())

    def run():
        with pytest.raises(CommandError) as refusal:
            call_command("import_annotations", str(path), stdout=io.StringIO())
        return refusal

    refusal = nothing_changed(run)

    assert "\n" not in str(refusal.value)


@pytest.mark.parametrize(("content", "byte", "position"), [
    ("caf\xe9".encode("latin-1"), "0xe9", 3),
    ('[{"type": "Annotation"}]'.encode("utf-16"), "0xff", 0),  # a file saved as "Unicode" on Windows
], ids=["latin-1", "utf-16"])
def test_the_annotation_import_names_the_byte_of_a_file_that_is_not_utf_8(content, byte, position, tmp_path,
                                                                          seed_article):
    path = tmp_path / "annotations.jsonld"
    path.write_bytes(content)

    with pytest.raises(CommandError) as refusal:
        nothing_changed(lambda: call_command("import_annotations", str(path), stdout=io.StringIO()))

    assert str(refusal.value) == (f"{path}: not UTF-8 text (byte {byte} at position {position}); "
                                  "convert the file to UTF-8 and import it again")


def test_an_annotation_file_with_a_byte_order_mark_imports(tmp_path, seed_article):
    # What Notepad and many Windows editors write at the start of a UTF-8 file; articles import with it too.
    path = tmp_path / "annotations.jsonld"
    path.write_bytes(b"\xef\xbb\xbf" + encoded([w3c_annotation(seed_article)]).encode())

    call_command("import_annotations", str(path), stdout=io.StringIO())

    assert Annotation.objects.get().quote == seed_article.text[:5]


def test_a_good_annotation_file_still_imports(tmp_path, seed_article):
    path = tmp_path / "annotations.jsonld"
    path.write_text(encoded([w3c_annotation(seed_article)]))

    call_command("import_annotations", str(path), stdout=io.StringIO())

    assert Annotation.objects.get().quote == seed_article.text[:5]


# --- outlet-blind review: the report filters -------------------------------------------------------------------


@pytest.fixture
def blind(story, seed_articles, make_article):
    """The seed story, outlet-blind; beside it an open story with an outlet of its own and one seed outlet."""
    story.outlet_blind = True
    story.save()
    open_story = Story.objects.create(slug="open-story", title="An open story")
    make_article("An open article.\n\nIts outlet is no secret.", outlet="Daily Open", story=open_story)
    shared = seed_articles[0].outlet
    make_article("The shared outlet writes openly here.\n\nSecond paragraph.", outlet=shared.name, story=open_story)
    return story


def seed_outlets(story):
    return list(Outlet.objects.filter(articles__story=story).distinct())


@pytest.mark.parametrize("query", ["", "?story=north-korea-arms-russia", "?story=open-story"])
def test_a_blind_reviewer_finds_no_seed_outlet_name_in_the_reports_page(query, blind, reviewer):
    page = as_user(reviewer).get(f"/reports/{query}").content.decode()

    shared = Article.objects.get(story__slug="open-story", outlet__name__in=[o.name for o in seed_outlets(blind)])
    for outlet in seed_outlets(blind):
        if outlet != shared.outlet:
            assert outlet.name not in page, outlet.name


def test_a_blind_reviewer_filters_a_blind_story_by_outlet_letter(blind, reviewer, seed_article):
    client = as_user(reviewer)

    page = client.get("/reports/?story=north-korea-arms-russia").content.decode()
    summary = client.get("/api/reports/summary?story=north-korea-arms-russia&outlet=outlet-a").json()

    for letter in "ABC":
        assert f'<option value="outlet-{letter.lower()}">Outlet {letter}</option>' in page
    assert [row["outlet"] for row in summary["outlets"]] == ["Outlet A"]


def test_a_real_outlet_name_in_a_blind_story_is_as_unknown_as_any_other(blind, reviewer):
    client = as_user(reviewer)
    answers = {}

    for outlet in [*seed_outlets(blind), None]:
        value = outlet.slug if outlet else "no-such-outlet"
        for path in ("/api/reports/summary", "/reports/outlets.csv"):
            response = client.get(f"{path}?story=north-korea-arms-russia&outlet={value}")
            answers.setdefault(path, set()).add((response.status_code, response.content))

    assert {status for path in answers for status, _ in answers[path]} == {400}
    assert all(len(bodies) == 1 for bodies in answers.values()), answers


def test_a_real_outlet_filter_without_a_story_never_reaches_into_a_blind_story(blind, reviewer, seed_articles):
    client = as_user(reviewer)
    shared = seed_articles[0].outlet

    summary = client.get(f"/api/reports/summary?outlet={shared.slug}").json()
    only_blind = next(o for o in seed_outlets(blind) if o != shared)
    refused = client.get(f"/api/reports/summary?outlet={only_blind.slug}")

    assert {row["story"] for row in summary["articles"]} == {"open-story"}
    assert [row["outlet"] for row in summary["outlets"]] == [shared.name]
    assert refused.status_code == 400


def test_an_editor_still_filters_a_blind_story_by_real_outlet(blind, editor, seed_article):
    summary = as_user(editor).get(
        f"/api/reports/summary?story=north-korea-arms-russia&outlet={seed_article.outlet.slug}"
    ).json()

    assert [row["outlet"] for row in summary["outlets"]] == [seed_article.outlet.name]


def test_a_blind_reviewer_finds_no_outlet_name_on_the_orphans_page(blind, reviewer, seed_article):
    Annotation.objects.filter(article=seed_article, reviewer=reviewer).update(orphaned=True)

    page = as_user(reviewer).get("/highlights/orphans/").content.decode()

    assert seed_article.title in page
    assert seed_article.outlet.name not in page


# --- the Content-Security-Policy on static files ---------------------------------------------------------------


STATIC_FILES = sorted(p.relative_to(Path("static")).as_posix() for p in Path("static").rglob("*.*"))


@pytest.mark.parametrize("name", STATIC_FILES)
def test_static_files_carry_the_security_headers(name, client):
    response = client.get(f"/static/{name}")

    assert response.status_code == 200
    assert header_problems(response) == []


def test_a_missing_static_file_carries_the_security_headers_too(client):
    response = client.get("/static/js/no-such-file.js")

    assert response.status_code in (302, 404)
    assert header_problems(response) == []


# --- the idle timeout slides with activity ------------------------------------------------------------------------


def age_session(client, seconds: int) -> None:
    """Move the session's clocks back by ``seconds``, as if that much time had passed."""
    session = client.session
    for key in (IdleSessionMiddleware.LAST_SEEN, IdleSessionMiddleware.STARTED):
        if key in session:
            session[key] -= seconds
    session.save()


@pytest.mark.parametrize("idle, pause", [(30, 10), (30, 25), (90, 50), (600, 59), (7200, 3000)])
def test_a_user_active_more_often_than_the_idle_timeout_stays_logged_in(idle, pause, client, reviewer, settings):
    settings.SESSION_IDLE_TIMEOUT = idle
    client.force_login(reviewer)
    client.get("/")

    for _ in range(6):
        age_session(client, pause)
        response = client.get("/api/stories/")

        assert response.status_code == 200


@pytest.mark.parametrize("idle, words", [(30, "30 seconds"), (45, "45 seconds"), (90, "1 minute 30 seconds"),
                                         (600, "10 minutes"), (5400, "1 hour 30 minutes"), (7200, "2 hours"),
                                         (1, "1 second")])
def test_the_login_page_names_the_idle_timeout_exactly(idle, words, client, reviewer, settings):
    settings.SESSION_IDLE_TIMEOUT = idle
    client.force_login(reviewer)
    client.get("/")

    age_session(client, idle + 1)
    response = client.get("/", follow=True)

    assert f"logged out after {words} without activity" in response.content.decode()


def test_an_idle_user_is_still_logged_out_after_the_timeout(client, reviewer, settings):
    settings.SESSION_IDLE_TIMEOUT = 30
    client.force_login(reviewer)
    client.get("/")
    session = client.session
    session[IdleSessionMiddleware.LAST_SEEN] = int(time.time()) - 31
    session.save()

    assert client.get("/api/stories/").status_code == 401


# --- claims across outlets ----------------------------------------------------------------------------------------


def test_an_article_with_a_superscript_after_a_month_does_not_break_the_claims(seed_story, make_article, reviewer):
    make_article("Officials said in May ² ships left the port.\n\nIn May ٣ more followed, they said.",
                 outlet="Probe Outlet", story=seed_story)
    client = as_user(reviewer)

    page = client.get(f"/stories/{seed_story.slug}/claims/")
    api = client.get(f"/api/stories/{seed_story.slug}/claims")

    assert page.status_code == 200 and api.status_code == 200


def test_claim_curation_refuses_ids_that_are_not_ids(seed_story, editor):
    from annotations.claims.models import Claim
    from annotations.claims.store import find_claims

    find_claims(seed_story)
    claim = Claim.objects.filter(story=seed_story, mentions__isnull=False).order_by("pk").first()
    mention = claim.mentions.order_by("pk").first()
    client = as_user(editor)
    base = f"/stories/{seed_story.slug}"
    forms = [(f"{base}/claims/{claim.pk}/merge/", "into"), (f"{base}/mentions/{mention.pk}/link/", "claim"),
             (f"{base}/claims/{claim.pk}/split/", "mentions")]

    for path, field in forms:
        for value in not_ids(claim.pk):
            response = nothing_changed(lambda p=path, f=field, v=value: client.post(p, {f: v}))

            assert response.status_code == 302, f"{path} {field}={value!r}: {response.status_code}"
            assert "message-error" in client.get(response.url).content.decode(), (path, value)


# --- other commands taking text from the command line -------------------------------------------------------------


@pytest.mark.parametrize("arguments", [["caf\udce9", "--role", "reviewer"],
                                       ["cafe", "--role", "reviewer", "--email", "caf\udce9@example.org"]],
                         ids=["username", "email"])
def test_createuser_refuses_an_argument_that_is_not_text(arguments, monkeypatch):
    monkeypatch.setenv("NEWSDESK_PASSWORD", "a long enough passphrase")

    def run():
        with pytest.raises(CommandError, match="surrogate"):
            call_command("createuser", *arguments, stdout=io.StringIO())

    nothing_changed(run)


def test_createuser_refuses_a_password_that_is_not_text(monkeypatch):
    monkeypatch.setenv("NEWSDESK_PASSWORD", "a long enough pass\udce9phrase")

    def run():
        with pytest.raises(CommandError, match="password"):
            call_command("createuser", "cafe", "--role", "reviewer", stdout=io.StringIO())

    nothing_changed(run)


def test_align_stories_refuses_a_slug_that_is_not_text(seed_story):
    def run():
        with pytest.raises(CommandError, match="surrogate"):
            call_command("align_stories", "caf\udce9", stdout=io.StringIO())

    nothing_changed(run)
