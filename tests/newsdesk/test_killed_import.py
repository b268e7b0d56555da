"""An import killed half-way (SIGKILL: no clean-up runs) leaves whole articles or none, and running it again
finishes the batch without duplicates.

``import_articles`` runs in its own process against a scratch database, is killed once some articles are
committed, and the database is then checked row by row.
"""

import hashlib
import json
import signal

import pytest

from newsdesk.importing import ingest
from tests.processes import manage, scratch_database, start_manage, wait_until

ARTICLES = 300  # text files: enough that the import is still running when it is killed
JSONL_FILES, LINES = 5, 60  # articles per JSONL file, which imports as one transaction
PARAGRAPHS = 8
WORDS = "officials said the launch was reckless according to sources in the region who asked not to be named".split()


@pytest.fixture(scope="module")
def database(tmp_path_factory):
    with scratch_database(tmp_path_factory.mktemp("killed-import")) as db:
        migrated = manage(db, "migrate", "--no-input")
        assert migrated.returncode == 0, migrated.stderr
        yield db


def article_text(number: int) -> str:
    """Paragraphs separated by one blank line: the canonical text is the file's text, passage for passage."""
    return "\n\n".join(
        f"Report {number}, paragraph {p}: " + " ".join(WORDS[(number + p + i) % len(WORDS)] for i in range(50)) + "."
        for p in range(PARAGRAPHS)
    )


def text_batch() -> list[str]:
    return [article_text(n) for n in range(ARTICLES)]


def jsonl_batch() -> list[list[str]]:
    return [[article_text(10_000 + f * LINES + line) for line in range(LINES)] for f in range(JSONL_FILES)]


def expected_articles() -> dict[str, str]:
    """checksum -> canonical text, as the import pipeline makes them, of every article the tests import."""
    texts = text_batch() + [text for batch in jsonl_batch() for text in batch]
    return {canonical.checksum: canonical.text for canonical in map(ingest.from_text, texts)}


def stored_articles(db) -> dict[int, tuple[str, str]]:
    return {pk: (text, checksum) for pk, text, checksum in db.query("SELECT id, text, checksum FROM newsdesk_article")}


def assert_every_article_is_whole(db, expected: dict[str, str]) -> int:
    """Every stored article has all its passages, exactly its text and checksum, and its audit event; no
    passage or audit event belongs to an article that is not stored. Returns how many articles there are."""
    articles = stored_articles(db)
    passages: dict[int, list[tuple[int, int, int]]] = {}
    for article_id, index, start, end in db.query(
        'SELECT article_id, "index", start, "end" FROM newsdesk_passage ORDER BY article_id, "index"'
    ):
        passages.setdefault(article_id, []).append((index, start, end))
    assert set(passages) <= set(articles), "passages of an article that is not stored"
    for pk, (text, checksum) in articles.items():
        assert checksum in expected, f"article {pk} is not one of the batch's articles"
        assert text == expected[checksum], f"article {pk} is not its whole text"
        assert hashlib.sha256(text.encode()).hexdigest() == checksum
        rows = passages.get(pk, [])
        assert [index for index, _, _ in rows] == list(range(PARAGRAPHS)), f"article {pk} lacks passages"
        assert "\n\n".join(text[start:end] for _, start, end in rows) == text
    audited = db.query("SELECT object_id FROM newsdesk_auditevent WHERE object_type = 'newsdesk.article'")
    assert sorted(int(pk) for (pk,) in audited) == sorted(articles)
    return len(articles)


def kill_once_some_are_committed(process, db, at_least: int) -> None:
    wait_until(lambda: db.count("newsdesk_article") >= at_least or process.poll() is not None, timeout=120,
               what=f"{at_least} committed articles")
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    process.stdout.close()


def test_a_killed_import_of_many_files_leaves_only_whole_articles_and_a_rerun_completes_it(database, tmp_path):
    paths = []
    for number, text in enumerate(text_batch()):
        path = tmp_path / f"report-{number:04d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    expected = expected_articles()
    before = database.count("newsdesk_article")

    importing = start_manage(database, "import_articles", *paths, "--outlet", "Wire Service")
    kill_once_some_are_committed(importing, database, before + 20)

    assert importing.returncode == -signal.SIGKILL
    stored = assert_every_article_is_whole(database, expected) - before
    assert 0 < stored < ARTICLES, "the import should have been killed part-way through the batch"

    rerun = manage(database, "import_articles", *paths, "--outlet", "Wire Service")

    assert rerun.returncode == 0, rerun.stderr
    assert f"{ARTICLES - stored} article(s) imported, {stored} duplicate(s) skipped, 0 file(s) failed." in rerun.stdout
    assert assert_every_article_is_whole(database, expected) - before == ARTICLES


def test_a_killed_jsonl_import_keeps_whole_files_only_and_a_rerun_completes_it(database, tmp_path):
    paths = []
    for file_number, texts in enumerate(jsonl_batch()):
        path = tmp_path / f"batch-{file_number}.jsonl"
        lines = [json.dumps({"text": text, "outlet": "Agency", "title": f"Batch {file_number}, {line}"})
                 for line, text in enumerate(texts)]
        path.write_text("\n".join(lines), encoding="utf-8")
        paths.append(str(path))
    expected = expected_articles()
    before = database.count("newsdesk_article")

    importing = start_manage(database, "import_articles", *paths)
    kill_once_some_are_committed(importing, database, before + LINES)

    assert importing.returncode == -signal.SIGKILL
    stored = database.count("newsdesk_article") - before
    assert stored % LINES == 0, "a JSONL file imports in one transaction: all of its lines or none"
    assert 0 < stored < JSONL_FILES * LINES, "the import should have been killed part-way through the batch"

    rerun = manage(database, "import_articles", *paths)

    assert rerun.returncode == 0, rerun.stderr
    assert database.count("newsdesk_article") - before == JSONL_FILES * LINES
    assert_every_article_is_whole(database, expected)
