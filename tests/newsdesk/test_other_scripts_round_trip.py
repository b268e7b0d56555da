"""An article in Hindi and one in Arabic through the import command and the highlights API: the passages are
the paragraphs, and a highlight's code-point offsets come back with exactly the words they were given for.

Every text here is invented for the test."""

import json
import unicodedata

import pytest
from django.core.management import call_command

from newsdesk.models import Article

pytestmark = pytest.mark.django_db

# Decomposed nukta forms (as some keyboards type them), Windows line breaks, single line breaks between
# paragraphs, Arabic-Indic digits and a Latin name inside right-to-left text.
HINDI = ("नई जल योजना\r\n\r\nनगर परिषद ने बुधवार को नई जल योजना को मंज\u093cूरी दी। योजना से २०,००० घरों को पानी "
         "मिलेगा।\r\nपरिषद के अध्यक्ष ने कहा कि काम अगले महीने शुरू होगा और दो साल में पूरा होगा।\r\n")
ARABIC = ("خطة الحافلات\n\nأعلنت البلدية يوم الثلاثاء أن شركة NovaBus ستشغّل ١٢٠ حافلة جديدة في المدينة. "
          "هل ستنجح الخطة؟\nيرى المعارضون أن التكلفة البالغة ٤٥ مليون دينار مرتفعة جدا بالنسبة للبلدية.\n")


def test_imported_hindi_and_arabic_keep_their_paragraphs_and_highlight_offsets(client, reviewer, tmp_path):
    for name, text in (("hindi.txt", HINDI), ("arabic.txt", ARABIC)):
        (tmp_path / name).write_bytes(text.encode("utf-8"))
    call_command("import_articles", str(tmp_path / "hindi.txt"), str(tmp_path / "arabic.txt"), "--story",
                 "buses-and-water", "--story-title", "Buses and water", "--outlet", "Test Outlet")
    client.force_login(reviewer)

    for article, phrases in (
        (Article.objects.get(text__startswith="नई"), ["मंज़ूरी", "२०,००० घरों", "पूरा होगा।"]),
        (Article.objects.get(text__startswith="خطة"), ["NovaBus ستشغّل ١٢٠", "الخطة؟", "مرتفعة جدا"]),
    ):
        passages = [article.text[p.start : p.end] for p in article.passages.order_by("start")]
        assert len(passages) == 3, passages
        phrases = [unicodedata.normalize("NFC", phrase) for phrase in phrases]  # as the article is stored
        for phrase in phrases:
            start = article.text.index(phrase)
            response = client.post("/api/annotations/", json.dumps(
                {"article": article.pk, "tag": "rhetoric", "start": start, "end": start + len(phrase),
                 "quote": phrase}), content_type="application/json")
            assert response.status_code == 201, response.content
            assert (response.json()["start"], response.json()["quote"]) == (start, phrase)
        listed = client.get(f"/api/annotations/?article={article.pk}").json()
        assert sorted((a["start"], a["end"], a["quote"]) for a in listed) == sorted(
            (article.text.index(p), article.text.index(p) + len(p), p) for p in phrases
        )
