"""Exports: W3C JSON-LD checked against the W3C test suite's assertions, CSV, JSONL, and the round trip."""

import csv
import io
import json

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from annotations.interchange.jsonld_import import import_document, reanchor
from annotations.models import Annotation
from tests.annotations.highlights import highlight
from tests.annotations.w3c_schemas import W3C, failed_musts

pytestmark = pytest.mark.django_db

EMOJI_TEXT = "Rocket 😀 launch: officials said the test was “a great success” 😀 again.\n\nSecond paragraph 😀 here."


@pytest.fixture
def emoji_article(make_article, seed_story):
    return make_article(EMOJI_TEXT, outlet="Emoji Times", story=seed_story, title="Emoji test",
                        url="https://emoji.example/launch")


def export(client, fmt, story):
    response = client.get(f"/api/export/annotations.{fmt}?story={story.slug}")
    assert response.status_code == 200
    return b"".join(response.streaming_content).decode("utf-8")


def items_of(collection):
    return collection["first"]["items"]


def test_w3c_validators_accept_a_correct_sample_and_refuse_an_incorrect_one():
    correct = json.loads((W3C / "samples" / "correct-anno26.json").read_text())
    incorrect = json.loads((W3C / "samples" / "incorrect-anno2.json").read_text())

    assert failed_musts(correct, "annotations/annotationMusts.test") == []
    assert failed_musts(incorrect, "annotations/annotationMusts.test") != []


def test_jsonld_export_is_an_annotation_collection_passing_the_w3c_musts(
    client, editor, reviewer, emoji_article, seed_story
):
    highlight(emoji_article, reviewer, "attribution", 17, 30, source="officials", note="Who exactly?")
    highlight(emoji_article, reviewer, "rhetoric", 44, 58)
    client.force_login(editor)

    collection = json.loads(export(client, "jsonld", seed_story))

    assert collection["type"] == "AnnotationCollection"
    assert collection["total"] == 2
    assert failed_musts(collection, "collections/collectionMusts.test") == []
    assert failed_musts(collection["first"], "collections/pages/pageMusts.test") == []
    for annotation in items_of(collection):
        assert failed_musts(annotation, "annotations/annotationMusts.test") == []


def test_each_exported_annotation_has_both_selectors_a_tagging_body_and_its_creator(
    client, editor, reviewer, emoji_article, seed_story
):
    highlight(emoji_article, reviewer, "attribution", 17, 30, source="officials", note="Who exactly?")
    client.force_login(editor)

    annotation = items_of(json.loads(export(client, "jsonld", seed_story)))[0]

    assert "http://www.w3.org/ns/anno.jsonld" in annotation["@context"]
    assert {"type": "TextualBody", "purpose": "tagging", "value": "attribution", "format": "text/plain"} in (
        annotation["body"]
    )
    assert {"type": "TextualBody", "purpose": "commenting", "value": "Who exactly?", "format": "text/plain"} in (
        annotation["body"]
    )
    assert annotation["target"]["source"] == "https://emoji.example/launch"
    quote, position = annotation["target"]["selector"]
    assert quote == {"type": "TextQuoteSelector", "exact": EMOJI_TEXT[17:30], "prefix": EMOJI_TEXT[:17],
                     "suffix": EMOJI_TEXT[30:62]}
    assert position == {"type": "TextPositionSelector", "start": 17, "end": 30}
    assert annotation["creator"]["nickname"] == "reviewer"
    assert annotation["created"]


def test_position_selector_counts_code_points_so_emoji_count_as_one(client, editor, reviewer, emoji_article,
                                                                    seed_story):
    start = EMOJI_TEXT.index("Second paragraph")  # after three emoji, each one code point (two in UTF-16)
    highlight(emoji_article, reviewer, "boilerplate", start, start + 16)
    client.force_login(editor)

    annotation = items_of(json.loads(export(client, "jsonld", seed_story)))[0]

    position = annotation["target"]["selector"][1]
    assert position["start"] == start
    assert EMOJI_TEXT[position["start"] : position["end"]] == "Second paragraph"
    assert annotation["target"]["selector"][0]["exact"] == "Second paragraph"


def test_an_article_without_url_is_exported_with_its_newsdesk_address(client, editor, reviewer, make_article,
                                                                      seed_story):
    article = make_article("Plain text with no address.", story=seed_story)
    highlight(article, reviewer, "factual_claim", 0, 5)
    client.force_login(editor)

    annotation = items_of(json.loads(export(client, "jsonld", seed_story)))[0]

    assert annotation["target"]["source"] == f"http://testserver/articles/{article.pk}/"


def test_csv_export_has_one_row_per_highlight_with_code_point_offsets(client, editor, reviewer, emoji_article,
                                                                     seed_story):
    highlight(emoji_article, reviewer, "rhetoric", 44, 58, note="scare quotes")
    client.force_login(editor)

    rows = list(csv.DictReader(io.StringIO(export(client, "csv", seed_story))))

    assert len(rows) == 1
    row = rows[0]
    assert (row["reviewer"], row["tag"], row["start"], row["end"]) == ("reviewer", "rhetoric", "44", "58")
    assert row["quote"] == EMOJI_TEXT[44:58]
    assert row["note"] == "scare quotes"
    assert row["article_checksum"] == emoji_article.checksum


def test_jsonl_export_has_one_line_per_article_and_reviewer(client, editor, reviewer, other_reviewer,
                                                           emoji_article, seed_story):
    highlight(emoji_article, reviewer, "rhetoric", 44, 58)
    highlight(emoji_article, reviewer, "attribution", 17, 30)
    highlight(emoji_article, other_reviewer, "rhetoric", 44, 58)
    client.force_login(editor)

    lines = [json.loads(line) for line in export(client, "jsonl", seed_story).splitlines()]

    assert [(line["reviewer"], line["label"]) for line in lines] == [
        ("other", [[44, 58, "rhetoric"]]),
        ("reviewer", [[17, 30, "attribution"], [44, 58, "rhetoric"]]),
    ]
    assert lines[0]["text"] == EMOJI_TEXT
    start, end, _ = lines[1]["label"][0]
    assert lines[1]["text"][start:end] == EMOJI_TEXT[17:30]


def test_export_of_an_unknown_story_is_404(client, editor):
    client.force_login(editor)

    response = client.get("/api/export/annotations.jsonld?story=nope")

    assert response.status_code == 404
    assert "story" in response.json()["errors"]


def test_export_needs_a_login(client, seed_story):
    assert client.get(f"/api/export/annotations.csv?story={seed_story.slug}").status_code == 401


def comparable(collection):
    """The annotations of an export without their database ids."""
    found = []
    for item in items_of(collection):
        item = dict(item)
        item.pop("id")
        found.append(json.dumps(item, sort_keys=True))
    return sorted(found)


def test_export_then_import_into_a_fresh_database_then_export_gives_the_same_annotations(
    client, editor, reviewer, other_reviewer, emoji_article, seed_article, seed_story, tmp_path
):
    highlight(emoji_article, reviewer, "attribution", 17, 30, source="officials", note="Who exactly?")
    highlight(emoji_article, other_reviewer, "rhetoric", 44, 58)
    highlight(seed_article, other_reviewer, "boilerplate", 0, 12)
    client.force_login(editor)
    first = json.loads(export(client, "jsonld", seed_story))
    path = tmp_path / "export.jsonld"
    path.write_text(json.dumps(first), encoding="utf-8")
    Annotation.objects.all().delete()
    get_user_model().objects.filter(username__in=["reviewer", "other"]).delete()

    call_command("import_annotations", str(path), stdout=io.StringIO())

    second = json.loads(export(client, "jsonld", seed_story))
    assert comparable(second) == comparable(first)
    created = get_user_model().objects.get(username="other")
    assert created.is_active is False
    assert not created.has_usable_password()


def test_importing_the_same_file_twice_adds_nothing(client, editor, reviewer, emoji_article, seed_story):
    highlight(emoji_article, reviewer, "rhetoric", 44, 58)
    client.force_login(editor)
    document = json.loads(export(client, "jsonld", seed_story))

    result = import_document(document)

    assert (result.created, result.skipped) == (0, 1)
    assert Annotation.objects.count() == 1


def test_import_re_anchors_by_quote_when_the_offsets_no_longer_fit(client, editor, reviewer, emoji_article,
                                                                  seed_story):
    highlight(emoji_article, reviewer, "rhetoric", 44, 58)
    client.force_login(editor)
    document = json.loads(export(client, "jsonld", seed_story))
    Annotation.objects.all().delete()
    items_of(document)[0]["target"]["selector"][1].update(start=3, end=17)  # stale offsets

    result = import_document(document)

    assert result.reanchored == 1
    annotation = Annotation.objects.get()
    assert (annotation.start, annotation.end, annotation.quote) == (44, 58, EMOJI_TEXT[44:58])


def test_reanchor_prefers_the_occurrence_whose_context_matches():
    text = "the cat sat. the dog sat. the cat ran."

    assert reanchor(text, "the cat", "ran. ", " sat", 0) == 0
    assert reanchor(text, "the cat", "dog sat. ", " ran", 0) == 26
    assert reanchor(text, "the bird", "", "", 0) is None


def test_import_of_an_annotation_on_an_unknown_article_fails_the_whole_file(
    client, editor, reviewer, emoji_article, seed_story, tmp_path
):
    highlight(emoji_article, reviewer, "rhetoric", 44, 58)
    highlight(emoji_article, reviewer, "attribution", 17, 30)
    client.force_login(editor)
    document = json.loads(export(client, "jsonld", seed_story))
    Annotation.objects.all().delete()
    target = items_of(document)[1]["target"]
    target["source"], target["newsdesk:checksum"] = "https://elsewhere.example/x", "0" * 64
    path = tmp_path / "bad.jsonld"
    path.write_text(json.dumps(document), encoding="utf-8")

    with pytest.raises(CommandError, match="annotation 2 .*no article matches source 'https://elsewhere.example/x'"):
        call_command("import_annotations", str(path), stdout=io.StringIO())

    assert not Annotation.objects.exists()


def test_import_of_a_file_that_is_not_json_says_so(tmp_path):
    path = tmp_path / "broken.jsonld"
    path.write_text("{not json", encoding="utf-8")

    with pytest.raises(CommandError, match="not a JSON file"):
        call_command("import_annotations", str(path))


def test_a_reviewer_exporting_an_outlet_blind_story_gets_no_outlet_name_or_url(client, reviewer, emoji_article,
                                                                              seed_story):
    seed_story.outlet_blind = True
    seed_story.save()
    highlight(emoji_article, reviewer, "rhetoric", 44, 58)
    client.force_login(reviewer)

    row = next(csv.DictReader(io.StringIO(export(client, "csv", seed_story))))
    annotation = items_of(json.loads(export(client, "jsonld", seed_story)))[0]

    assert row["outlet"].startswith("Outlet ")
    assert "emoji.example" not in row["article_url"]
    assert annotation["target"]["source"] == f"http://testserver/articles/{emoji_article.pk}/"


def test_jsonl_export_keeps_each_line_whole_when_the_text_holds_unicode_line_separators(
    client, editor, reviewer, make_article, seed_story
):
    text = "First clause\u2028second clause\u2029third\x85fourth, said the minister."
    article = make_article(text, story=seed_story)
    highlight(article, reviewer, "attribution", 0, len(text))
    client.force_login(editor)

    body = export(client, "jsonl", seed_story)

    lines = body.splitlines()  # splits on U+2028, U+2029 and U+0085 too
    assert len(lines) == 1
    assert json.loads(lines[0])["text"] == article.text
